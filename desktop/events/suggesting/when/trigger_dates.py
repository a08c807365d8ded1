"""The date of the event a sentence's triggers report, from its own clause (not a background event's, a
release's or another part's), and whether it lies years back.
"""

from __future__ import annotations

import re

from desktop.events.dates.finding import still_after
from desktop.events.suggesting import PARTS
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.when.dating import ArticleDates, DateMatch, When, nearest_date
from desktop.events.suggesting.where import continuity
from desktop.events.suggesting.words import carried_out, clauses
from desktop.events.suggesting.words.foreground import background_date
from desktop.events.vocabulary import Hit

_LEAD = 4  # characters: "On 9 June," or "Last week," opens the sentence


def when_of(item: ReadSentence, mine: list[Hit], dates: ArticleDates) -> When | None:
    """The event's date from its own sentence, None when it gives none."""
    offset = item.sentence.start
    own = [m for m in dates.within(offset, item.sentence.end) if dates.usable(m)]
    own = [m for m in own if not background_date(item, m.start, m.end) and not _other_part(item, m, mine)]
    # "… detained two days later …, beaten, and released the next morning": the release's date, when another
    # dates the event
    # only a release's date: a detention has none of its own (a beating in custody ends by then)
    kept = [m for m in own if not _release_date(item, m, mine)]
    own = kept or ([] if mine[0].key == "detention" else own)
    own = [m for m in own if not _in_relative_clause(item, m, mine)]
    # "Eleven days later, she still does not know where he is": the day a state still holds dates nothing
    own = [m for m in own if not still_after(item.sentence.text, m.end - offset)]
    done = carried_out.carried_out_date(item, own)  # "… ordered …; the flogging was carried out the next day"
    own = [done] if done else own
    clause = clauses.clause_at(item.folded.text, *item.span(mine[0].start, mine[0].end))
    bounds = item.article_span(clause.start, clause.end)
    spans = [(offset + t.start, offset + t.end) for t in mine]
    found = nearest_date(own, spans, bounds, lead=offset + _LEAD)
    if found is None:
        return None
    first = offset + mine[0].start
    when = dates.when(
        found, before=item.sentence.text[found.end - offset : mine[0].start] if found.end <= first else ""
    )
    return _and_the_next(item, own, found, when, dates)


# "in raids on Saturday and Sunday", «روزهای شنبه و یکشنبه»: two days joined make one span.
_AND_DAY = re.compile(r"\s*(?:and|و|او)\s*(?:on\s+|روز\s+)?", re.IGNORECASE)


def _and_the_next(
    item: ReadSentence, own: list[DateMatch], found: DateMatch, when: When, dates: ArticleDates
) -> When:
    """The event's day, or the span to the day joined to it by "and" ("on Saturday and Sunday")."""
    text, offset = item.sentence.text, item.sentence.start
    joined = next(
        (
            m
            for m in own
            if m.start > found.end and _AND_DAY.fullmatch(text, found.end - offset, m.start - offset)
        ),
        None,
    )
    if joined is None or when.precision != "day":
        return when
    other = dates.when(joined)
    start, later = when.start, other.start
    if other.precision != "day" or start is None or later is None or not 0 < (later - start).days <= 7:
        return when
    return When(start, other.end, "range")


# "… beaten with a rifle butt, and released the next morning", «… و روز بعد رها شد»: the release's date.
_RELEASED = re.compile(r"\b(?:released|freed|let go|set free|sent home)\b", re.IGNORECASE)
_RELEASED_AFTER = re.compile(r"\s*(?:رها|آزاد|خوشې|خوشي)\s*(?:شد|شدند|شو|شول|کړل|کړای)")


def _release_date(item: ReadSentence, found: DateMatch, mine: list[Hit]) -> bool:
    """A date after the event's words that dates the release ("kicked and beaten …, and released the next
    morning", «… لت‌وکوب شد و روز بعد رها شد»), not the event."""
    text, offset = item.sentence.text, item.sentence.start
    at, end = found.start - offset, found.end - offset
    if at < mine[-1].end:
        return False
    return bool(_RELEASED.search(text, mine[-1].end, at) or _RELEASED_AFTER.match(text, end))


# "The body of a shopkeeper who had returned from Pakistan in May was found …", «جسد مردی که در ماه ثور از
# پاکستان برگشته بود، … پیدا شد»: what the person had done before, in a clause of its own.
_RELATIVE_CLAUSE = re.compile(
    r"\b(?:who|which|that) (?:had|has|have)\b.*?(?=\b(?:was|were|is|are|has been|have been)\b)"
    # (from the last «که» / «چې» before the verb: «… ویلي چې د شنبې په ورځ … ځوانان چې … راستانه شوي وو،»
    # opens with "said that", not with the relative clause)
    r"|(?<!\w)که\s(?:(?!که\s)[^،,.])*?\s(?:بود|بودند)(?=[،,.]|$)"
    # Pashto: «… جسد وموندل شو چې څو ورځې مخکې له کوره وتلی و» (who had left home a few days before)
    r"|(?<!\w)چې\s(?:(?!چې\s)[^،,.])*?\s(?:و|وو|وه|وې)(?=[،,.]|$)",
    re.IGNORECASE,
)


def _in_relative_clause(item: ReadSentence, found: DateMatch, mine: list[Hit]) -> bool:
    """The date stands in a relative clause telling what the person had done before the sentence's event,
    whose words stand outside it."""
    text, offset = item.sentence.text, item.sentence.start
    for m in _RELATIVE_CLAUSE.finditer(text):
        inside = m.start() <= found.start - offset and found.end - offset <= m.end()
        if inside and not any(m.start() <= t.start < m.end() for t in mine):
            return True
    return False


def _other_part(item: ReadSentence, found: DateMatch, mine: list[Hit]) -> bool:
    """The date stands in another part of the sentence, past a semicolon, beside another event's words ("in
    Dara-i-Nur a young man is missing; in Khewa a farmer was killed on 10 May")."""
    part = _part_at(item.sentence.text, found.start - item.sentence.start)
    if part is None or any(part[0] <= t.start < part[1] for t in mine):
        return False
    return any(part[0] <= t.start < part[1] for t in item.triggers if t.key != mine[0].key)


def _part_at(text: str, at: int) -> tuple[int, int] | None:
    """The part of the sentence `text` cut by semicolons that holds offset `at` (start, end)."""
    cuts = [0, *(m.end() for m in PARTS.finditer(text)), len(text) + 1]
    return next(((a, b) for a, b in zip(cuts, cuts[1:], strict=False) if a <= at < b), None)


def is_historical(item: ReadSentence, mine: list[Hit], dates: ArticleDates) -> bool:
    """The event's nearest date lies years before the article, or the sentence looks back ("years ago")."""
    offset = item.sentence.start
    own = [m for m in dates.within(offset, item.sentence.end) if dates.usable(m)]
    spans = [(offset + t.start, offset + t.end) for t in mine]
    # the dates of the event's own part of a sentence cut by semicolons, when it has any ("in 2021 … were
    # killed; families interviewed this quarter …": this quarter dates the families, not the killings)
    low, high = _part_at(item.sentence.text, mine[0].start) or (0, 0)
    own = [m for m in own if offset + low <= m.start < offset + high] or own
    # the date of the event's own clause: "The author, who left for Iran in 2021, was deported on 2 October"
    clause = clauses.clause_at(item.folded.text, *item.span(mine[0].start, mine[0].end))
    found = nearest_date(own, spans, item.article_span(clause.start, clause.end), lead=offset + _LEAD)
    era = found is None and continuity.era_cue(item.folded.text)
    return (found is not None and dates.is_old(found)) or continuity.historical_cue(item.folded.text) or era
