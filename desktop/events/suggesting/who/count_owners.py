"""Which of a sentence's people counts belongs to which event: the one nearest its trigger, not across
a comma and another trigger ("218 killings, 14 disappearances"); the subject's count shared by its verbs
("Eleven men deported from Pakistan were detained"); never the parts in brackets of a total ("3 people
flogged (two men, one woman)"). Which counts count people at all: counting.py.
"""

from __future__ import annotations

import re

from desktop.events.numbers import CountMatch
from desktop.events.suggesting import PARTS
from desktop.events.suggesting.who.counting import LISTED
from desktop.events.vocabulary import Hit

_FAR = 10_000
_SUBJECT_DISTANCE = 120
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ASIDE = 20  # a count across a comma is farther than one next to the trigger
_MAX_COUNT_DISTANCE = 80
_CLAUSE_BREAK = re.compile(r"[,;:]|\band\b|(?<!\w)و(?!\w)")
_ENUMERATED = re.compile(
    r"\s+(?:[^\s,;،]+\s+){0,3}?(?:in|در|په)\s", re.IGNORECASE
)  # "five in X", "پنج تن در X"


def _distance(a: CountMatch | Hit, b: Hit) -> int:
    return max(b.start - a.end, a.start - b.end, 0)


def _reach(text: str, count: CountMatch, trigger: Hit, triggers: list[Hit]) -> int:
    """Characters between a count and a trigger; a count across a comma and another trigger belongs to
    that one ("218 killings, 14 disappearances"), not across an aside ("Twenty-three Afghans, including
    women, were deported")."""
    if count.start >= trigger.end:
        return _FAR if _CLAUSE_BREAK.search(text[trigger.end : count.start]) else count.start - trigger.end
    gap = text[count.end : trigger.start] if count.end <= trigger.start else ""
    if not re.search(r"[,;:،]", gap):
        return len(gap)
    crossed = any(count.end <= t.start and t.end <= trigger.start for t in triggers)
    return _FAR if crossed or ";" in gap or ":" in gap else len(gap) + _ASIDE


# A bracket opening within a few words after a count: "five people (four in Tani, …)", "3 people flogged in
# the city stadium (two men, one woman)"; how many words between them, by use (see `bracketed`).
_BRACKET_AFTER = {words: re.compile(rf"\s*(?:[^\W\d_]+\s+){{0,{words}}}?[(（]\s*") for words in (2, 7)}


def bracketed(text: str, total: CountMatch, words: int) -> tuple[int, int] | None:
    """The span inside the brackets opening at most `words` words (2 or 7) after the count `total` ("five
    people (four in Tani, one in Mohammad Agha)"), to the closing bracket or the text's end; None if none."""
    opened = _BRACKET_AFTER[words].match(text, total.end)
    if opened is None:
        return None
    closes = text.find(")", opened.end())
    return opened.end(), len(text) if closes < 0 else closes


def _bracketed_parts(text: str, counts: list[CountMatch], triggers: list[Hit]) -> set[CountMatch]:
    """The counts in brackets after another count in its clause, with no event's words of their own: parts of
    that total ("3 people flogged in the stadium (two men, one woman)"), never the event's count."""
    parts: set[CountMatch] = set()
    for total in counts:
        inside = bracketed(text, total, 7)
        if inside is None:
            continue
        opens, closes = inside
        if any(opens <= t.start < closes for t in triggers):
            continue  # "(two others were killed)": an event of its own
        inner = {c for c in counts if opens <= c.start and c.end <= closes}
        if any(LISTED.match(text, c.end) for c in inner):
            continue  # "(five in Kunduz and two in Baghlan)": a breakdown by place, each its own event
        parts |= inner
    return parts


def type_counts(
    text: str, counts: list[CountMatch], triggers: list[Hit], mine: list[Hit]
) -> list[CountMatch]:
    """Counts whose nearest trigger is one of `mine`, nearest first.

    text      the sentence
    counts    the sentence's people counts
    triggers  the sentence's event triggers (all types, those negated or hypothetical too)
    mine      the triggers of the event type
    """

    def reach(count: CountMatch, among: list[Hit]) -> int:
        return min(_reach(text, count, t, triggers) for t in among)

    # Dari and Pashto put the verb last: the count opens the sentence, the trigger ends it.
    limit = _MAX_COUNT_DISTANCE * 2 if _ARABIC.search(text) else _MAX_COUNT_DISTANCE
    # «دست‌کم هفت تن … بازداشت شدند؛ چهار تن از آنان … آزاد شده‌اند»: a count in the trigger's own part of the
    # sentence (between semicolons) before one in another part
    start = max((m.end() for m in PARTS.finditer(text, 0, mine[0].start)), default=0)
    end = min((m.start() for m in PARTS.finditer(text, mine[-1].end)), default=len(text))
    counts = [c for c in counts if start <= c.start and c.end <= end] or counts
    parts = _bracketed_parts(text, counts, triggers)
    counts = [c for c in counts if c not in parts] or counts
    if len(mine) == len(triggers):  # no competing type: "four in Takhar, three in Parwan"
        listed = [c for c in counts if _ENUMERATED.match(text, c.end) or reach(c, mine) < _FAR]
        near = [c for c in listed if min(_distance(c, t) for t in mine) <= limit]
        return sorted(near or listed, key=lambda c: min(_distance(c, t) for t in mine))
    own = [
        c
        for c in counts
        if reach(c, mine) <= min(limit, reach(c, triggers)) or _subject(text, c, mine, counts)
    ]
    return sorted(own, key=lambda c: reach(c, mine))


_RELATIVE_DISTANCE = 240
# The subject's relative clause: "Two officers who were led away …", and the subject's own verb after it
_WHO_CLAUSE = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:who|whom)\s", re.IGNORECASE)
_WERE_THEN = re.compile(r"\s(?:were|was)\s", re.IGNORECASE)


def _subject(text: str, count: CountMatch, mine: list[Hit], counts: list[CountMatch]) -> bool:
    """The count of the clause's subject, shared by its verbs ("Eleven men deported from Pakistan were
    detained", "three men were detained … and beaten"): before the trigger, no comma or count between."""
    trigger = mine[0]
    gap = text[count.end : trigger.start] if count.end <= trigger.start else ""
    # "Two former police officers who were led away … by men saying they were from … were found dead"
    who = _WHO_CLAUSE.match(gap)
    relative = who is not None and _WERE_THEN.search(gap, who.end()) is not None
    if count.end > trigger.start or trigger.start - count.end > (
        _RELATIVE_DISTANCE if relative else _SUBJECT_DISTANCE
    ):
        return False
    between = any(count.end <= c.start and c.end <= trigger.start for c in counts)
    return not between and not re.search(r"[,;:،؛]", gap)
