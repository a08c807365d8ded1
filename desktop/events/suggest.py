"""Candidate events in an article's text: type, place, count, date and actors, each with its sentence."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.events.dates import DateMatch, find_dates
from desktop.events.gazetteer import PlaceMatch, find_places
from desktop.events.numbers import CountMatch, find_counts
from desktop.events.sentences import Sentence, split_sentences
from desktop.events.vocabulary import Hit, find_perpetrators, find_triggers, find_victim_groups

# "Afghanistan military personnel": the country name qualifies a noun; it does not say where.
_MODIFIER = re.compile(
    r"\s+(?:military|security|army|soldiers|troops|government|forces|personnel|refugees|citizens|"
    r"nationals|officials|police|embassy|envoy|authorities|border guards?|state department|department|"
    r"ministry|president)\b",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"[\s,،;]*(?:(?:and|or|و)\s+)?(?:the\s+)?", re.IGNORECASE)
_COORDINATION = re.compile(r"[,،]|\b(?:and|or)\b|(?<!\w)و(?!\w)", re.IGNORECASE)
_EACH = re.compile(r"\beach\b|(?<!\w)هر(?!\w)", re.IGNORECASE)
# Deportation happens where people are sent from; flight is recorded where people arrive.
_NOT_WHERE = {
    "deportation": re.compile(r"(?:\bto|\binto|(?<!\w)به)\s+(?:the\s+)?$", re.IGNORECASE),
    "flight": re.compile(r"(?:\bfrom|(?<!\w)از)\s+(?:the\s+)?$", re.IGNORECASE),
}
_CLAUSE_BREAK = re.compile(r"[,;:]|\band\b|(?<!\w)و(?!\w)")
_FAR = 10_000
_ENUMERATED = re.compile(r"\s+(?:each\s+)?(?:in|در)\s", re.IGNORECASE)
_MAX_COUNT_DISTANCE = 80
_MAX_COORDINATION_GAP = 30


@dataclass(frozen=True, slots=True)
class Where:
    """Where an event happened: an Afghan province (ISO 3166-2), a country, a city or region name."""

    province: str | None
    country: str | None
    place: str | None = None


@dataclass(frozen=True, slots=True)
class SuggestedEvent:
    """A candidate event; `passage == text[start:end]` is the sentence to annotate as evidence.

    count           a numbers.Count (value and "exact" / "at least" / "about") or None
    place_inferred  True when the sentence names no place and it was taken from the context
    """

    type: str
    province: str | None
    country: str | None
    place: str | None
    count: Any
    date_start: date | None
    date_end: date | None
    date_precision: str | None
    perpetrator: str | None
    victim_group: str | None
    passage: str
    start: int
    end: int
    trigger: str
    place_inferred: bool = False

    def event_fields(self) -> dict[str, Any]:
        """The event fields accepting this suggestion fills in (those it found; the rest left out)."""
        d = self.to_dict()
        fields = {
            "type": self.type, "province": self.province, "country": self.country, "place": self.place,
            "count": d["count"], "count_qualifier": d["count_qualifier"], "date_start": d["date_start"],
            "date_end": d["date_end"] if d["date_end"] != d["date_start"] else None,
            "date_precision": d["date_precision"], "perpetrator": self.perpetrator,
            "victim_group": self.victim_group,
        }  # fmt: skip
        return {k: v for k, v in fields.items() if v is not None}

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary (dates as ISO strings, the count split into value and qualifier)."""
        return {
            "type": self.type, "province": self.province, "country": self.country, "place": self.place,
            "count": self.count.value if self.count else None,
            "count_qualifier": self.count.qualifier if self.count else None,
            "date_start": self.date_start.isoformat() if self.date_start else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "date_precision": self.date_precision, "perpetrator": self.perpetrator,
            "victim_group": self.victim_group, "passage": self.passage, "start": self.start,
            "end": self.end, "trigger": self.trigger, "place_inferred": self.place_inferred,
        }  # fmt: skip


def _where(match: PlaceMatch) -> Where:
    place = match.place
    return Where(place.province, place.country, place.name if place.kind in {"city", "region"} else None)


def event_places(text: str, *, modifiers: bool = False) -> list[PlaceMatch]:
    """Places in a sentence that can locate an event: adjectival country names ("US State
    Department") are left out unless `modifiers`, and so is a country when one of its provinces,
    cities or regions is named."""
    found = [
        m
        for m in find_places(text)
        if modifiers or m.place.kind != "country" or not _MODIFIER.match(text, m.end)
    ]
    specific = {m.place.country for m in found if m.place.kind != "country"}
    return [m for m in found if m.place.kind != "country" or m.place.country not in specific]


def _distance(a: Hit | CountMatch | PlaceMatch | DateMatch, b: Hit) -> int:
    return max(b.start - a.end, a.start - b.end, 0)


def _count_distance(text: str, count: CountMatch, trigger: Hit) -> int:
    """Characters between a count and a trigger; a count across a comma belongs to another phrase
    ("218 killings, 14 disappearances")."""
    if count.start >= trigger.end:
        return _FAR if _CLAUSE_BREAK.search(text[trigger.end : count.start]) else count.start - trigger.end
    gap = text[count.end : trigger.start] if count.end <= trigger.start else ""
    return _FAR if re.search(r"[,;:،]", gap) else len(gap)


def _nearest(items: list[Any], triggers: list[Hit]) -> Any:
    return min(items, key=lambda item: min(_distance(item, t) for t in triggers), default=None)


def _clusters(text: str, triggers: list[Hit]) -> list[list[Hit]]:
    """Triggers joined by "and" or a comma ("detentions and tortures") share their places."""
    clusters: list[list[Hit]] = []
    for hit in triggers:
        gap = text[clusters[-1][-1].end : hit.start] if clusters else ""
        if clusters and len(gap) <= _MAX_COORDINATION_GAP and (_COORDINATION.search(gap) or not gap.strip()):
            clusters[-1].append(hit)
        else:
            clusters.append([hit])
    return clusters


def _groups(text: str, places: list[PlaceMatch]) -> list[list[PlaceMatch]]:
    """Places listed together ("Khost, Parwan and Faryab") form one group."""
    groups: list[list[PlaceMatch]] = []
    for match in places:
        if groups and _LIST_GAP.fullmatch(text[groups[-1][-1].end : match.start]):
            groups[-1].append(match)
        else:
            groups.append([match])
    return groups


def _governing_count(
    groups: list[list[PlaceMatch]], index: int, counts: list[CountMatch]
) -> CountMatch | None:
    """In "four in Takhar, three in Parwan" each place takes the count just before it."""
    floor = groups[index - 1][-1].end if index else 0
    before = sorted(
        (c for c in counts if floor <= c.start and c.end <= groups[index][0].start), key=lambda c: c.start
    )
    return before[-1] if before else None


def _placements(
    text: str, groups: list[list[PlaceMatch]], counts: list[CountMatch]
) -> list[tuple[Where | None, Any]]:
    """(where, count) pairs for one event type in one sentence; a total over a list of places is
    kept once at country level rather than repeated for each place."""
    if not groups:
        return [(None, counts[0].count if counts else None)]
    pairs: list[tuple[Where | None, Any]] = []
    for index, group in enumerate(groups):
        found = counts[0] if len(groups) == 1 and counts else _governing_count(groups, index, counts)
        count = found.count if found else None
        shared = (
            found is not None
            and found.end <= group[0].start
            and _EACH.search(text[found.end : group[0].start])
        )
        if len(group) == 1 or shared or count is None:
            pairs += [(_where(m), count) for m in group]
            continue
        pairs += [(_where(m), None) for m in group]
        countries = {m.place.country for m in group}
        if len(countries) == 1:
            pairs.append((Where(None, countries.pop()), count))
    return pairs


@dataclass(frozen=True, slots=True)
class _Found:
    """Everything found in one sentence."""

    triggers: list[Hit]
    places: list[PlaceMatch]
    all_places: list[PlaceMatch]
    counts: list[CountMatch]
    dates: list[DateMatch]
    perpetrators: list[Hit]
    victims: list[Hit]


def _find_all(sentence: Sentence, places: list[PlaceMatch], published: date | None, language: str) -> _Found:
    text = sentence.text
    dates = find_dates(text, published=published)
    counts = [c for c in find_counts(text) if not any(c.start < d.end and d.start < c.end for d in dates)]
    triggers = [t for t in find_triggers(text, language=language) if not t.hypothetical]
    every_place = event_places(text, modifiers=True)
    return _Found(
        triggers, places, every_place, counts, dates, find_perpetrators(text), find_victim_groups(text)
    )


def _type_counts(text: str, found: _Found, type_id: str) -> list[CountMatch]:
    """Counts whose nearest trigger is of this type, nearest first."""
    mine = [t for t in found.triggers if t.key == type_id]

    def reach(count: CountMatch, triggers: list[Hit]) -> int:
        return min(_count_distance(text, count, t) for t in triggers)

    if len(mine) == len(found.triggers):  # no competing type: "four in Takhar, three in Parwan"
        listed = [c for c in found.counts if _ENUMERATED.match(text, c.end) or reach(c, mine) < _FAR]
        near = [c for c in listed if min(_distance(c, t) for t in mine) <= _MAX_COUNT_DISTANCE]
        return sorted(near or listed, key=lambda c: min(_distance(c, t) for t in mine))
    own = [c for c in found.counts if reach(c, mine) <= min(_MAX_COUNT_DISTANCE, reach(c, found.triggers))]
    return sorted(own, key=lambda c: reach(c, mine))


def _type_groups(text: str, found: _Found, type_id: str) -> list[list[PlaceMatch]]:
    """Place groups closest to a trigger cluster that contains this type."""
    clusters = _clusters(text, found.triggers)
    chosen: list[list[PlaceMatch]] = []
    places = found.all_places if type_id == "statement" else found.places
    role = _NOT_WHERE.get(type_id)
    places = [m for m in places if role is None or not role.search(text[max(0, m.start - 12) : m.start])]
    for group in _groups(text, places):
        closest = min(clusters, key=lambda cl: min(_distance(group[0], t) for t in cl))
        if any(t.key == type_id for t in closest):
            chosen.append(group)
    return chosen


def _in_sentence(
    sentence: Sentence, found: _Found, context_actor: Hit | None, fallback: Where | None
) -> list[SuggestedEvent]:
    events: list[SuggestedEvent] = []
    for type_id in dict.fromkeys(t.key for t in found.triggers):
        mine = [t for t in found.triggers if t.key == type_id]
        when: DateMatch | None = _nearest(found.dates, mine)
        actor: Hit | None = _nearest(found.perpetrators, mine) or context_actor
        victim: Hit | None = _nearest(found.victims, mine)
        groups = _type_groups(sentence.text, found, type_id)
        home = Where(None, actor.country) if actor and actor.country and type_id != "statement" else None
        for where, count in _placements(sentence.text, groups, _type_counts(sentence.text, found, type_id)):
            place = where or home or fallback or Where(None, None)
            events.append(
                SuggestedEvent(
                    type_id, place.province, place.country, place.place, count,
                    when.range.start if when else None, when.range.end if when else None,
                    when.range.precision if when else None, actor.key if actor else None,
                    victim.key if victim else None, sentence.text, sentence.start, sentence.end,
                    mine[0].text, where is None and place.country is not None,
                )
            )  # fmt: skip
    return events


def _dominant(places: list[PlaceMatch]) -> str | None:
    """The country mentioned most (provinces and cities count for theirs); ties go to the first."""
    tally = Counter(m.place.country for m in places)
    return tally.most_common(1)[0][0] if tally else None


def _dedupe(text: str, events: list[SuggestedEvent]) -> list[SuggestedEvent]:
    """Drop repeats of the same type, place, count and date; within a paragraph, also repeats
    with another date wording, and one without a count when the same type and place has one."""

    def where(e: SuggestedEvent) -> tuple[Any, ...]:
        return (e.type, e.province, e.country, e.place, text.count("\n", 0, e.start))

    counted = {where(e) for e in events if e.count is not None}
    seen: set[tuple[Any, ...]] = set()
    kept: list[SuggestedEvent] = []
    for event in events:
        keys = {(*where(event), event.count), (*where(event)[:4], event.count, event.date_start)}
        if not keys & seen and (event.count is not None or where(event) not in counted):
            seen |= keys
            kept.append(event)
    return kept


def suggest_events(text: str, *, published: date | None, language: str) -> list[SuggestedEvent]:
    """Candidate events in an article, in text order, near-identical ones merged.

    text       the article's plain text (offsets in the result index into it)
    published  the publication date, to resolve "last week" or "yesterday" (None: left open)
    language   BCP-47 code of the text ("en", "fa", "prs", "ps"; "" for unknown or mixed)
    """
    sentences = split_sentences(text)
    places = [event_places(s.text) for s in sentences]
    article = _dominant([m for found in places for m in found])
    paragraphs = [text.count("\n", 0, s.start) for s in sentences]
    events: list[SuggestedEvent] = []
    actor: Hit | None = None
    for index, sentence in enumerate(sentences):
        found = _find_all(sentence, places[index], published, language)
        if index and paragraphs[index] != paragraphs[index - 1]:
            actor = None  # an actor named earlier in the paragraph is the likely one
        if found.triggers:
            same = [m for i, ms in enumerate(places) if paragraphs[i] == paragraphs[index] for m in ms]
            country = _dominant(same) or article
            events += _in_sentence(sentence, found, actor, Where(None, country) if country else None)
        actor = found.perpetrators[-1] if found.perpetrators else actor
    return _dedupe(text, events)
