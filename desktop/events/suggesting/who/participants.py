"""Who an event concerns: its actor (the perpetrator in the trigger's clause or nearest it), the nearest
victim group, and the count of people when the sentence names one person ("a former officer").
"""

from __future__ import annotations

from desktop.events.numbers import Count
from desktop.events.suggesting import compile_folded
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.who.single_person import one_person, singular_subject
from desktop.events.suggesting.words import clauses
from desktop.events.suggesting.words.foreground import APART
from desktop.events.vocabulary import Hit


def actor_of(item: ReadSentence, mine: list[Hit], live: list[Hit]) -> Hit | None:
    """The perpetrator in the trigger's clause, else the nearest one no other event's trigger is closer to."""
    clause = clauses.clause_at(item.folded.text, *item.span(mine[0].start, mine[0].end))
    start, end = item.article_span(clause.start, clause.end)
    offset = item.sentence.start
    inside = [p for p in item.perpetrators if start <= p.start + offset and p.end + offset <= end]
    if inside:
        return nearest(inside, mine)
    found = nearest(item.perpetrators, mine)
    others = [t for t in live if t.key != mine[0].key]
    if found is None or not others or nearest([found], mine) is None:
        return found
    return found if _gap(found, mine) <= _gap(found, others) else None


def _gap(item: Hit, triggers: list[Hit]) -> int:
    """Characters between `item` and the nearest of `triggers`."""
    return min(max(t.start - item.end, item.start - t.end, 0) for t in triggers)


def nearest(items: list[Hit], triggers: list[Hit]) -> Hit | None:
    """The item nearest to any of `triggers`."""
    return min(items, key=lambda item: _gap(item, triggers), default=None)


def count_of(item: ReadSentence, mine: list[Hit], live: list[Hit], count: Count | None) -> Count | None:
    """The count found for the event, else one when the sentence names one person ("a former officer")."""
    if count is not None:
        return count
    start, end = item.span(mine[0].start, mine[0].end)
    clause = clauses.clause_at(item.folded.text, start, end)
    sentence_wide = len({t.key for t in live}) == 1
    found = one_person(item.folded.text, 0 if sentence_wide else clause.start, len(item.folded.text))
    if found is None and not sentence_wide:  # "…, while in Imam Sahib a former police officer who had been
        # picked up has not been heard from since": the person of the trigger's part of the sentence
        breaks = [m.end() for m in APART.finditer(item.folded.text, 0, start)]
        if breaks:
            found = one_person(item.folded.text, max(breaks), len(item.folded.text))
    if found is None and mine[0].key == "killing" and _ONE_BODY.search(item.folded.text):
        return Count(1)  # «جسد احمد، معلم ۳۰ ساله، … پیدا شد», "the body of Abdul Wali was found": one body
    return found or singular_subject(item.folded.text, start)


# One body: «جسد» (not «اجساد», «جسد دو مرد»), Pashto «مړی», "the body of", "his body" (not "bodies").
_ONE_BODY = compile_folded(
    r"(?<!\w)(?:(?:the|his|her|a) body of(?!\s+(?:\S+\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"several|many|\d))|(?:his|her) body)(?!\w)|"
    r"(?<!\w)جسد(?!\s+(?:\S+\s+)?(?:دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|چند|تعدادی|شماری|[0-9۰-۹]))(?!\w)|"
    r"(?<!\w)(?:مړی|مړي)(?!\w)"
)
