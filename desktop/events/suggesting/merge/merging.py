"""One suggestion per real event: passages about the same incident merged into the one with the most facts."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import timedelta

from desktop.events.numbers import Count
from desktop.events.suggesting.suggestion import SuggestedEvent


@dataclass(frozen=True, slots=True)
class Candidate:
    """A suggestion with where it came from.

    sentence   index of its sentence in the article
    paragraph  index of its paragraph
    summary    its sentence adds events up ("in total", "altogether")
    headline   its sentence is the article's title
    alternatives  other types its sentence allows ("detained or disappeared"): it may restate those
    """

    event: SuggestedEvent
    sentence: int
    paragraph: int
    summary: bool = False
    headline: bool = False
    alternatives: frozenset[str] = frozenset()
    continues: bool = False  # its sentence speaks of people already named ("He was taken to …")


def agree(a: object, b: object) -> bool:
    """Two facts that do not contradict each other: equal, or either unknown."""
    return a is None or b is None or a == b


def _dates_agree(a: SuggestedEvent, b: SuggestedEvent) -> bool:
    if a.date_start is None or b.date_start is None or a.date_reported or b.date_reported:
        return True
    a_end, b_end = a.date_end or a.date_start, b.date_end or b.date_start
    # an approximate date ("last week", "about ten days ago") agrees with days within a week of it
    slack = timedelta(days=7) if "approximate" in (a.date_precision, b.date_precision) else timedelta(0)
    return a.date_start - slack <= b_end and b.date_start - slack <= a_end


def same_incident(a: SuggestedEvent, b: SuggestedEvent) -> bool:
    """Same type; places, counts, dates and actors that do not contradict each other."""
    if a.type != b.type or not agree(a.country, b.country) or not agree(a.province, b.province):
        return False
    if (a.listed or b.listed) and (a.province or b.province):
        return False  # "detained in Balkh, Samangan and Jowzjan" is not the incident told in Balkh
    counts = a.count is None or b.count is None or _counts_agree(a.count, b.count)
    # Two counted events of different victims are two incidents; an uncounted mention may name them otherwise.
    victims = agree(a.victim_group, b.victim_group) or a.count is None or b.count is None
    actors = agree(a.perpetrator, b.perpetrator) and victims
    # a quarter's count is not one incident's, unless it is the same people at the same place ("seven in
    # Shindand district" in a quarter's breakdown, then "the seven men in Shindand were taken on 19 July")
    same_people = a.count is not None and a.count == b.count and a.place is not None and a.place == b.place
    tallies = not _tally(a) ^ _tally(b) or same_people
    return counts and actors and agree(a.place, b.place) and _dates_agree(a, b) and tallies


def _tally(event: SuggestedEvent) -> bool:
    """A count over more than a month ("218 killings since August 2021"): a tally, not one incident."""
    if event.count is None or event.date_start is None or event.date_end is None:
        return False
    return (event.date_end - event.date_start).days > 31


def _counts_agree(a: Count, b: Count) -> bool:
    """Equal, or within what a qualifier allows ("hundreds" = at least 200 agrees with 700)."""
    if a.value == b.value:
        return True
    low, high = (a, b) if a.value < b.value else (b, a)
    if low.qualifier == "at least":
        return True
    return "about" in (a.qualifier, b.qualifier) and high.value <= low.value * 1.25


def fill(primary: SuggestedEvent, other: SuggestedEvent) -> SuggestedEvent:
    """The primary suggestion with the fields it lacks taken from the other."""
    dated = primary.date_start is not None and not primary.date_reported
    date_from = primary if dated or other.date_start is None or other.date_reported else other
    if dated and primary.date_precision != "day" and other.date_precision == "day":
        date_from = other  # "last week … five in Mazar" then "on Saturday, five activists": the day
    return replace(
        primary,
        province=primary.province or other.province,
        country=primary.country or other.country,
        place=primary.place or other.place,
        count=primary.count or other.count,
        date_start=date_from.date_start,
        date_end=date_from.date_end,
        date_precision=date_from.date_precision,
        perpetrator=primary.perpetrator or other.perpetrator,
        victim_group=primary.victim_group or other.victim_group,
        place_inferred=primary.place_inferred and (other.place_inferred or other.province is None),
        listed=primary.listed or other.listed,
    )


def _merge(kept: Candidate, new: Candidate, text: str) -> Candidate:
    first, second = (kept, new) if kept.event.facts() >= new.event.facts() else (new, kept)
    event = fill(first.event, second.event)
    if new.event.type == "disappearance" and kept.event.type in new.alternatives:
        event = replace(event, type="disappearance")  # "three detained in X", then "… not heard from since"
    adds = event.facts() > first.event.facts()
    if adds and kept.paragraph == new.paragraph and abs(kept.sentence - new.sentence) == 1:
        start, end = min(kept.event.start, new.event.start), max(kept.event.end, new.event.end)
        event = replace(event, start=start, end=end, passage=text[start:end])
    return Candidate(
        event,
        max(first.sentence, second.sentence),
        first.paragraph,
        first.summary and second.summary,
        first.headline and second.headline,
        continues=new.continues,
    )


_BODY = re.compile(r"bod(?:y|ies)|corpses?|remains|grave|found dead|جسد|اجساد|مړی|مړي", re.IGNORECASE)


def _found_dead(event: SuggestedEvent) -> bool:
    """A killing known by its body ("the body of … was found", «مړی … وموندل شو»)."""
    return event.type == "killing" and _BODY.search(event.trigger) is not None


_NEAR = 3  # sentences: a mention without a province joins a province's event only this close


def _same(kept: Candidate, new: Candidate) -> bool:
    """The same incident; "eight detained or disappeared" may restate a disappearance reported before; the
    next sentence about the same people may name another place of the province ("arrested at his home in
    Injil district. He was taken to the intelligence directorate in Herat city.")."""
    event = new.event
    if kept.event.type in new.alternatives:
        event = replace(event, type=kept.event.type)
    follows = new.continues and new.paragraph == kept.paragraph and new.sentence - kept.sentence == 1
    counted = kept.event.count is not None and event.count is not None
    if (
        counted
        and kept.paragraph != new.paragraph
        and not new.continues
        and _found_dead(kept.event) != _found_dead(event)
    ):
        return False  # "gunmen shot a soldier in Nad Ali" … (a paragraph on) "a body was found near Lashkar"
    if kept.event.listed != event.listed and kept.paragraph != new.paragraph and not new.continues:
        return False  # "arrested … in Nangarhar, Kunar, Laghman and Nuristan" is no count told paragraphs on
    if follows and event.province and event.province == kept.event.province:
        event = replace(event, place=kept.event.place)
    if event.place_inferred and event.province == kept.event.province and event.count is not None:
        # "no information about the three travellers": a place carried from the last incident is no place
        # of its own to tell the counted people apart
        event = replace(event, place=kept.event.place)
    return same_incident(kept.event, event)


def _partner(kept: list[Candidate], new: Candidate) -> int | None:
    """The kept suggestion `new` repeats: one with the same province first, else a nearby one that agrees."""
    types = {new.event.type} | new.alternatives  # the only types _same can match (a cheap filter first)
    matching = [
        i
        for i, c in enumerate(kept)
        if c.event.type in types
        and _same(c, new)
        and (c.event.province == new.event.province or abs(c.sentence - new.sentence) <= _NEAR)
    ]
    exact = [i for i in matching if kept[i].event.province == new.event.province]
    best = exact or matching
    return best[0] if best else None


def merge_repeats(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Suggestions that describe the same incident merged into the one with the most facts."""
    kept: list[Candidate] = []
    for candidate in candidates:
        index = _partner(kept, candidate)
        if index is None:
            kept.append(candidate)
        else:
            kept[index] = _merge(kept[index], candidate, text)
    return kept
