"""A total broken down in its own sentence: "At least N were detained between A and B: four … in X on D1,
and three … in Y on D2." Each item after the colon, dash or semicolon is one event with its own count, place
and date; the total restates them (the key's rule 2)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.events.gazetteer import PlaceMatch
from desktop.events.numbers import CountMatch
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.when.dating import ArticleDates, When
from desktop.events.suggesting.where.placing import Where, where_of
from desktop.events.suggesting.who.count_owners import bracketed
from desktop.events.vocabulary import Hit

# Where the breakdown opens after the event's words, and where one item ends and the next begins.
_OPENS = re.compile(r"[:;؛]|\s[-–—]\s")
_NEXT_ITEM = re.compile(r"\s*(?:[,،;؛]\s*(?:and\s+|و\s*|او\s+)?|\s(?:and|و|او)\s+)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Item:
    """One item of a breakdown: its count, the place it names and its date (sentence-local spans)."""

    count: CountMatch
    where: Where | None
    when: When | None
    start: int
    end: int


def _opening(text: str, after: int, first: CountMatch) -> bool:
    """The first count stands right after the colon, dash or semicolon that follows the event's words."""
    opened = _OPENS.search(text, after, first.start)
    return opened is not None and not text[opened.end() : first.start].strip()


def _place(places: list[PlaceMatch], start: int, end: int) -> Where | None:
    """The one Afghan province or foreign country the item names; None for none or several ("one each in
    Logar and Khost" is left to placing)."""
    inside = [
        m for m in places if start <= m.start and m.end <= end and (m.place.province or m.place.country)
    ]
    if len({m.place.province or m.place.country for m in inside}) != 1:
        return None
    return where_of(inside[0])


def _in_brackets(text: str, counts: list[CountMatch]) -> tuple[list[CountMatch], int] | None:
    """The counts in brackets right after a total ("five people (four in Tani, one in Mohammad Agha)"), and
    where the brackets close; None when there are none."""
    for total in counts:
        inside = bracketed(text, total, 2)
        if inside is None:
            continue
        opens, closes = inside
        inner = [c for c in counts if opens <= c.start and c.end <= closes]
        if len(inner) >= 2 and inner[0].start == opens:
            return inner, closes
    return None


def items(item: ReadSentence, mine: list[Hit], counts: list[CountMatch], dates: ArticleDates) -> list[Item]:
    """The items of a breakdown after the event's words (at least two, each opening with a count of people
    and naming a place), or [] when the sentence has none."""
    text = item.sentence.text
    after = [c for c in counts if c.start >= mine[-1].end]
    closes = len(text)
    bracketed = _in_brackets(text, [c for c in counts if c.start >= mine[0].start])
    if bracketed:
        after, closes = bracketed
    elif len(after) < 2 or not _opening(text, mine[-1].end, after[0]):
        return []
    heads = [after[0]] + [c for c in after[1:] if _NEXT_ITEM.search(text[max(0, c.start - 8) : c.start])]
    if len(heads) < 2:
        return []
    found = []
    offset = item.sentence.start
    for head, following in zip(heads, [*heads[1:], None], strict=True):
        end = following.start if following else closes
        where = _place(item.places, head.start, end)
        if where is None:
            return []  # "…: five were later released, two charged": no breakdown by one place each
        own = [m for m in dates.within(offset + head.start, offset + end) if dates.usable(m)]
        found.append(Item(head, where, dates.when(own[0]) if own else None, head.start, end))
    return _told_before(item, counts, found[0].start, dates) + found


_PART = re.compile(r"[;؛]")


def _told_before(item: ReadSentence, counts: list[CountMatch], start: int, dates: ArticleDates) -> list[Item]:
    """The parts between semicolons before a breakdown that each tell their own count and place with the
    event's words ("six people … were flogged … at the Kandahar city sports ground on Thursday; four men were
    lashed in Ghazni; three people in Mazar-e Sharif; …"): items of the same list, walking back from it."""
    text = item.sentence.text
    cuts = [m.start() for m in _PART.finditer(text, 0, start)]
    if not cuts:
        return []
    found: list[Item] = []
    offset = item.sentence.start
    ends = cuts[::-1]
    for end, begin in zip(ends, [*ends[1:], -1], strict=True):
        inside = [c for c in counts if begin < c.start and c.end <= end]
        where = _place(item.places, begin + 1, end)
        if not inside or where is None:
            break
        own = [m for m in dates.within(offset + begin + 1, offset + end) if dates.usable(m)]
        found.insert(0, Item(inside[0], where, dates.when(own[0]) if own else None, inside[0].start, end))
    return found
