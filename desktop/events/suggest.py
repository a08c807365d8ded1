"""Candidate events in an article's text: type, place, count, date and actors, each with its passage.

The rules, in the order they apply, are described for researchers in docs/EVENTS.md.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TypeVar

from desktop.events.gazetteer import PlaceMatch, find_places
from desktop.events.numbers import Count, CountMatch, find_counts
from desktop.events.script import FoldedText, fold
from desktop.events.sentences import Sentence, split_sentences
from desktop.events.suggesting import clauses
from desktop.events.suggesting.counting import one_person, people_counts, type_counts
from desktop.events.suggesting.dating import ArticleDates, When, nearest_date
from desktop.events.suggesting.merging import Candidate, drop_summaries, drop_totals, merge_repeats
from desktop.events.suggesting.placing import (
    Where,
    dominant_country,
    event_places,
    locating,
    placements,
    trigger_clusters,
    type_groups,
    where_of,
)
from desktop.events.suggesting.suggestion import SuggestedEvent
from desktop.events.vocabulary import Hit, find_perpetrators, find_triggers, find_victim_groups

__all__ = ["SuggestedEvent", "Where", "event_places", "suggest_events"]

_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[A-Za-z]{3}")
T = TypeVar("T", Hit, CountMatch, PlaceMatch)


@dataclass(slots=True)
class _Sentence:
    """One sentence and what was found in it; offsets of hits, counts and places are sentence-local."""

    sentence: Sentence
    paragraph: int
    folded: FoldedText
    to_folded: list[int]
    triggers: list[Hit] = field(default_factory=list)
    counts: list[CountMatch] = field(default_factory=list)
    perpetrators: list[Hit] = field(default_factory=list)
    victims: list[Hit] = field(default_factory=list)
    places: list[PlaceMatch] = field(default_factory=list)
    all_places: list[PlaceMatch] = field(default_factory=list)
    unreal: list[Hit] = field(default_factory=list)  # negated, hypothetical: they still claim their counts

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Folded (start, end) of the sentence-local original span."""
        return self.to_folded[start], self.to_folded[end]

    def article_span(self, start: int, end: int) -> tuple[int, int]:
        """Article (start, end) of a folded span of the sentence."""
        origin, offset = self.folded.origin, self.sentence.start
        if start >= len(origin) or end <= start:
            return offset + len(self.sentence.text), offset + len(self.sentence.text)
        return offset + origin[start], offset + origin[end - 1] + 1


@dataclass(slots=True)
class _Context:
    """What earlier sentences of the paragraph said: the incident a sentence may continue."""

    paragraph: int = -1
    actor: Hit | None = None
    where: Where | None = None
    when: When | None = None


def _folded(sentence: Sentence, whole: FoldedText) -> tuple[FoldedText, list[int]]:
    """The folded sentence (cut from the folded article) and, for each original offset, the folded one."""
    first, last = bisect_left(whole.origin, sentence.start), bisect_left(whole.origin, sentence.end)
    origin = tuple(o - sentence.start for o in whole.origin[first:last])
    folded = FoldedText(whole.text[first:last], origin, len(sentence.text))
    size = len(sentence.text)
    to_folded = [len(folded.text)] * (size + 1)
    for index in range(len(folded.text) - 1, -1, -1):
        to_folded[folded.origin[index]] = index
    produced = set(folded.origin)
    for original in range(size - 1, -1, -1):
        if original not in produced:  # a dropped character (tatweel, a direction mark)
            to_folded[original] = to_folded[original + 1]
    return folded, to_folded


def _distribute(items: list[T], sentences: list[_Sentence], starts: list[int], name: str) -> None:
    """Put each item found in the whole text into its sentence, with sentence-local offsets."""
    for item in items:
        index = bisect_right(starts, item.start) - 1
        if index < 0:
            continue
        sentence = sentences[index].sentence
        if item.end <= sentence.end:
            local = replace(item, start=item.start - sentence.start, end=item.end - sentence.start)
            getattr(sentences[index], name).append(local)


def _read(text: str, language: str, dates: ArticleDates) -> list[_Sentence]:
    """Sentences with their triggers, counts, actors and places (each matcher run once over the text)."""
    whole = fold(text)
    paragraph, counted = 0, 0
    read: list[_Sentence] = []
    for sentence in split_sentences(text):
        paragraph += text.count("\n", counted, sentence.start)
        counted = sentence.start
        read.append(_Sentence(sentence, paragraph, *_folded(sentence, whole)))
    starts = [s.sentence.start for s in read]
    mixed = _ARABIC_SCRIPT.search(text) and _LATIN.search(text)
    _distribute(find_triggers(text, language="" if mixed else language), read, starts, "triggers")
    counts = [c for c in find_counts(text) if not dates.overlaps(c.start, c.end)]
    _distribute(counts, read, starts, "counts")
    _distribute(find_perpetrators(text), read, starts, "perpetrators")
    _distribute(find_victim_groups(text), read, starts, "victims")
    _distribute(find_places(text), read, starts, "all_places")
    for item in read:
        item.places = locating(item.sentence.text, item.all_places)
        item.all_places = locating(item.sentence.text, item.all_places, modifiers=True)
    return read


_TIGHT = re.compile(r"\s*(?:,|،)?\s*(?:(?:and|or|nor|و|او)\s+)?(?:(?:a|an|the)\s+)?")


def _live(item: _Sentence, earlier_types: set[str]) -> list[Hit]:
    """Triggers that report an event: not negated, hypothetical, or pointing back at one reported before;
    a trigger joined to an unreal one inherits it ("feared deportation and a return to Afghanistan")."""
    folded = item.folded.text
    live = []
    unreal: Hit | None = None
    for hit in item.triggers:
        start, end = item.span(hit.start, hit.end)
        joined = unreal is not None and _TIGHT.fullmatch(item.sentence.text, unreal.end, hit.start)
        if joined or clauses.is_negated(folded, start, end) or clauses.is_hypothetical(folded, start, end):
            unreal = hit
            item.unreal.append(hit)
            continue
        unreal = None
        if hit.key in earlier_types and clauses.is_restatement(folded, start):
            continue
        live.append(hit)
    return live


def _actor(item: _Sentence, mine: list[Hit], live: list[Hit]) -> Hit | None:
    """The perpetrator in the trigger's clause, else the nearest one no other event's trigger is closer to."""
    clause = clauses.clause_at(item.folded.text, *item.span(mine[0].start, mine[0].end))
    start, end = item.article_span(clause.start, clause.end)
    offset = item.sentence.start
    inside = [p for p in item.perpetrators if start <= p.start + offset and p.end + offset <= end]
    if inside:
        return _nearest(inside, mine)
    found = _nearest(item.perpetrators, mine)
    others = [t for t in live if t.key != mine[0].key]
    if found is None or not others or _nearest([found], mine) is None:
        return found
    return found if _gap(found, mine) <= _gap(found, others) else None


def _gap(item: Hit, triggers: list[Hit]) -> int:
    return min(max(t.start - item.end, item.start - t.end, 0) for t in triggers)


def _nearest(items: list[Hit], triggers: list[Hit]) -> Hit | None:
    def distance(item: Hit) -> int:
        return min(max(t.start - item.end, item.start - t.end, 0) for t in triggers)

    return min(items, key=distance, default=None)


def _when(item: _Sentence, mine: list[Hit], dates: ArticleDates) -> When | None:
    """The event's date from its own sentence, None when it gives none."""
    offset = item.sentence.start
    own = [m for m in dates.within(offset, item.sentence.end) if not dates.places_something_else(m)]
    clause = clauses.clause_at(item.folded.text, *item.span(mine[0].start, mine[0].end))
    bounds = item.article_span(clause.start, clause.end)
    spans = [(offset + t.start, offset + t.end) for t in mine]
    found = nearest_date(own, spans, bounds)
    return dates.when(found) if found else None


def _is_historical(item: _Sentence, mine: list[Hit], dates: ArticleDates) -> bool:
    offset = item.sentence.start
    own = [m for m in dates.within(offset, item.sentence.end) if not dates.places_something_else(m)]
    spans = [(offset + t.start, offset + t.end) for t in mine]
    found = nearest_date(own, spans, (offset, item.sentence.end))
    return (found is not None and dates.is_old(found)) or clauses.historical_cue(item.folded.text)


def _count(item: _Sentence, mine: list[Hit], count: Count | None) -> Count | None:
    if count is not None:
        return count
    start, end = item.span(mine[0].start, mine[0].end)
    clause = clauses.clause_at(item.folded.text, start, end)
    sentence_wide = len({t.key for t in item.triggers}) == 1
    return one_person(item.folded.text, 0 if sentence_wide else clause.start, len(item.folded.text))


def _events_of_type(
    item: _Sentence,
    live: list[Hit],
    type_id: str,
    context: _Context,
    dates: ArticleDates,
    fallback: str | None,
) -> list[SuggestedEvent]:
    mine = [t for t in live if t.key == type_id]
    if _is_historical(item, mine, dates):
        return []
    text = item.sentence.text
    actor = _actor(item, mine, live) or context.actor
    home = actor.country if actor and type_id != "statement" else None
    places = item.all_places if type_id == "statement" else item.places
    groups = type_groups(text, live, places, type_id)
    rivals = sorted(live + item.unreal, key=lambda t: t.start)
    people = people_counts(text, item.counts)
    counts = type_counts(text, people, rivals, mine) if type_id != "statement" else []
    victim = _nearest(item.victims, mine)
    own_when = _when(item, mine, dates)
    events = []
    for where, found in placements(text, groups, counts):
        one_place = len({where_of(m).province or m.place.name for g in groups for m in g}) <= 1
        count = _count(item, mine, found) if one_place and type_id != "statement" else found
        if where is None and count is None and type_id != "statement" and _general(item, mine, live):
            continue
        inherited = context.where if where is None and context.where and context.where.province else None
        place = where or inherited or (Where(None, home) if home else None) or Where(None, fallback)
        if type_id == "deportation" and place.country == "AF":
            place = _sender(item, home) or place
        continues = where is None or (context.where is not None and where.province == context.where.province)
        when = own_when or (context.when if continues and context.when else None) or dates.reported()
        events.append(
            SuggestedEvent(
                type_id, place.province, place.country, place.place, count,
                when.start, when.end, when.precision, actor.key if actor else None,
                victim.key if victim else None, text, item.sentence.start, item.sentence.end,
                mine[0].text, where is None and place.country is not None,
            )
        )  # fmt: skip
    return events


def _sender(item: _Sentence, home: str | None) -> Where | None:
    """A deportation is recorded where people were sent from, not where they arrived ("deported from
    Iran through Islam Qala"): the deporting actor's country, or another country the sentence names."""
    if home and home != "AF":
        return Where(None, home)
    abroad = [m.place.country for m in item.all_places if m.place.country != "AF"]
    return Where(None, abroad[0]) if abroad else None


def _general(item: _Sentence, mine: list[Hit], live: list[Hit]) -> bool:
    """Events spoken of in general ("a rise in disappearances, arrests, torture", "a report on the
    killing of …"): a cue near the trigger or near another in its list."""
    mates = [
        t
        for cluster in trigger_clusters(item.sentence.text, live)
        if set(cluster) & set(mine)
        for t in cluster
    ]
    return any(clauses.is_general(item.folded.text, *item.span(t.start, t.end)) for t in mates)


def _share_place(events: list[SuggestedEvent]) -> list[SuggestedEvent]:
    """An event whose words have no place of their own in a sentence naming one province happened there
    ("detained in Herat; his whereabouts remain unknown")."""
    provinces = {e.province for e in events if e.province and not e.place_inferred}
    if len(provinces) != 1:
        return events
    (province,) = provinces
    return [
        replace(e, province=province, country="AF") if e.place_inferred and not e.province else e
        for e in events
    ]


def _paragraph_countries(read: list[_Sentence]) -> dict[int, str | None]:
    """The country each paragraph names most."""
    places: dict[int, list[PlaceMatch]] = {}
    for s in read:
        places.setdefault(s.paragraph, []).extend(s.places)
    return {paragraph: dominant_country(found) for paragraph, found in places.items()}


def _update(context: _Context, item: _Sentence, events: list[SuggestedEvent]) -> None:
    if item.perpetrators:
        context.actor = item.perpetrators[-1]
    if events:
        last = events[-1]
        if last.province and not last.place_inferred:
            context.where = Where(last.province, last.country, last.place)
        if last.date_start and last.date_precision != "reported":
            context.when = When(last.date_start, last.date_end, last.date_precision)


def _retract(candidates: list[Candidate], item: _Sentence, index: int) -> list[Candidate]:
    """A sentence saying a report was withdrawn or false cancels its own events, or else the last ones."""
    own = [c for c in candidates if c.sentence == index]
    if own:
        return [c for c in candidates if c.sentence != index]
    earlier = [c.sentence for c in candidates if c.paragraph >= item.paragraph - 1]
    last = max(earlier, default=None)
    return [c for c in candidates if c.sentence != last]


def suggest_events(text: str, *, published: date | None, language: str) -> list[SuggestedEvent]:
    """Candidate events in an article, in text order, one per incident.

    text       the article's plain text (offsets in the result index into it)
    published  the publication date: resolves "last week", dates events the article does not date
               (precision "reported"); None leaves them undated
    language   BCP-47 code of the text ("en", "fa", "prs", "ps"; "" for unknown or mixed)
    """
    dates = ArticleDates(text, published=published)
    read = _read(text, language, dates)
    article = dominant_country([m for s in read for m in s.places])
    countries = _paragraph_countries(read)
    candidates: list[Candidate] = []
    context = _Context()
    incident = context  # the context of the last sentence with events
    seen_types: set[str] = set()
    for index, item in enumerate(read):
        if item.paragraph != context.paragraph:
            # "The men were beaten …": a paragraph about the people of the last one continues its incident.
            # A paragraph without events in between does not break it ("Abdul Rahim, 45, served …").
            same = clauses.refers_back(item.folded.text)
            context = _Context(
                item.paragraph, None, incident.where if same else None, incident.when if same else None
            )
        live = _live(item, seen_types)
        fallback = countries[item.paragraph] or article
        statement_fallback = article or fallback
        events = [
            e
            for type_id in dict.fromkeys(t.key for t in live)
            # a statement without a place is the article's subject country's, not its paragraph's
            for e in _events_of_type(
                item,
                live,
                type_id,
                context,
                dates,
                statement_fallback if type_id == "statement" else fallback,
            )
        ]
        events = _share_place(events)
        summary = clauses.is_summary(item.folded.text)
        candidates += [Candidate(e, index, item.paragraph, summary) for e in events]
        if clauses.retracts(item.folded.text):
            candidates = _retract(candidates, item, index)
        seen_types |= {t.key for t in item.triggers}
        _update(context, item, events)
        incident = context if events else incident
    kept = drop_totals(merge_repeats(drop_summaries(candidates), text))
    return sorted((c.event for c in kept), key=lambda e: e.start)
