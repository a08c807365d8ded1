"""Candidate events in an article's text: type, place, count, date and actors, each with its passage.

The rules, in the order they apply, are described for researchers in docs/EVENTS.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from desktop.events.gazetteer import PlaceMatch
from desktop.events.numbers import Count
from desktop.events.suggesting import clauses
from desktop.events.suggesting.counting import one_person, people_counts, type_counts
from desktop.events.suggesting.dating import ArticleDates, When, nearest_date
from desktop.events.suggesting.merging import (
    Candidate,
    drop_headlines,
    drop_summaries,
    drop_totals,
    merge_repeats,
)
from desktop.events.suggesting.placing import (
    Where,
    dominant_country,
    event_places,
    incident_where,
    placements,
    starts_new_topic,
    trigger_clusters,
    type_groups,
    where_of,
)
from desktop.events.suggesting.reading import ReadSentence, read_article
from desktop.events.suggesting.suggestion import SuggestedEvent
from desktop.events.vocabulary import Hit

__all__ = ["SuggestedEvent", "Where", "event_places", "suggest_events"]


@dataclass(slots=True)
class _Context:
    """What earlier sentences of the paragraph said: the incident a sentence may continue.

    historical  the last dated sentence looked back years: undated ones after it do too
    count       how many people the last counted event concerned ("They were detained …" are those)
    """

    paragraph: int = -1
    actor: Hit | None = None
    where: Where | None = None
    historical: bool = False
    count: Count | None = None
    by_type: dict[str, Where] = field(default_factory=dict)  # the last place of each type of event


@dataclass(frozen=True, slots=True)
class _Article:
    """What the whole article says: its dates and the countries it is about."""

    dates: ArticleDates
    country: str | None  # the country named most
    abroad: str | None  # the country other than Afghanistan named most (deporting countries)
    paragraphs: dict[int, str | None]  # the country each paragraph names most


_LEAD = 4  # characters: "On 9 June," or "Last week," opens the sentence
_OR = re.compile(r"\s*(?:or|and/or|یا|او یا)\s+", re.IGNORECASE)
_TIGHT = re.compile(r"\s*(?:,|،)?\s*(?:(?:and|or|nor|و|او)\s+)?(?:(?:a|an|the)\s+)?")


def _live(item: ReadSentence, earlier_types: set[str]) -> list[Hit]:
    """Triggers that report an event: not negated, hypothetical, or pointing back at one reported before;
    a trigger joined to an unreal one inherits it ("feared deportation and a return to Afghanistan")."""
    folded = item.folded.text
    live: list[Hit] = []
    unreal: Hit | None = None
    for hit in _typed(item):
        start, end = item.span(hit.start, hit.end)
        joined = unreal is not None and _TIGHT.fullmatch(item.sentence.text, unreal.end, hit.start)
        if clauses.names_people(folded, start, end) or clauses.weak_without_object(folded, start, end):
            continue
        if hit.key == "recruitment" and clauses.trade_in_goods(folded, start, end):
            continue
        if hit.key == "statement" and clauses.no_statement_made(folded, start, end):
            continue
        if joined or clauses.is_negated(folded, start, end) or clauses.is_hypothetical(folded, start, end):
            unreal = hit
            item.unreal.append(hit)
            continue
        unreal = None
        if hit.key in earlier_types and clauses.is_restatement(folded, start):
            continue
        if clauses.is_state(folded, start) or clauses.is_cause(folded, start, end):
            continue
        if live and live[-1].key != hit.key and _OR.fullmatch(item.sentence.text, live[-1].end, hit.start):
            item.alternatives.add(hit.key)  # "detained or disappeared": one event, of either type
            continue
        live.append(hit)
    return _foreground(item, live)


def _typed(item: ReadSentence) -> list[Hit]:
    """The sentence's triggers with statements sorted out: a statement's words overlapping another
    event's ("warned him") are that event; a warning by armed men is a threat; concern, calls and
    condemnation by the UN or a rights group are no statement (a statement is an authority's policy)."""
    folded = item.folded.text
    others = [t for t in item.triggers if t.key != "statement"]
    typed: list[Hit] = []
    policy = any(t.key == "statement" for t in item.triggers)
    for hit in item.triggers:
        if hit.key == "threat" and policy and hit.text.lower().startswith("or "):
            continue  # "must leave by 20 March or face arrest": the order's sanction, not a threat made
        if hit.key == "statement":
            if any(o.start < hit.end and hit.start < o.end for o in others):
                continue
            start, end = item.span(hit.start, hit.end)
            speaker = clauses.statement_speaker(folded, start)
            if speaker == "observer":
                continue
            # "they had been warned": no warning is made in this sentence
            made = not clauses.no_statement_made(folded, start, end)
            to_people = clauses.warns_people(folded, start, end)
            armed = speaker == "armed" or (speaker in ("force", None) and to_people)
            if made and clauses.is_warning(folded, start, end) and armed:
                if any(o.key == "threat" for o in typed):
                    continue
                hit = replace(hit, key="threat")
        typed.append(hit)
    return typed


def _foreground(item: ReadSentence, live: list[Hit]) -> list[Hit]:
    """The events the sentence reports, without its background: "a fifth man, who had been arrested in
    May, was executed" reports the execution; "found the body of a man missing since Friday" a killing."""
    folded = item.folded.text

    def background(hit: Hit) -> bool:
        start, end = item.span(hit.start, hit.end)
        return clauses.is_background(folded, start, end)

    main = {t.key for t in live if not background(t)}
    kept = [t for t in live if t.key in main or not (main - {t.key})]
    item.background += [t for t in live if t not in kept]
    unknown = [t for t in kept if t.key == "disappearance" and _SINCE.search(t.text)]
    if unknown and not any(t.key == "detention" and t.start > unknown[0].start for t in kept):
        # "detained and not heard from since": a detention followed by silence is one disappearance
        kept = [t for t in kept if t.key != "detention"]
    body = any(t.key == "killing" and _BODY.search(t.text) for t in kept)
    if body and any(t.key != "disappearance" for t in kept):
        item.background += [t for t in kept if t.key == "disappearance"]
        kept = [t for t in kept if t.key != "disappearance"]  # he was missing before he was found dead
    return kept


def _background_date(item: ReadSentence, start: int, end: int) -> bool:
    """The date (article offsets) belongs to a background event's clause ("who had been missing since
    Friday", «که از روز جمعه ناپدید شده بود»), not to the event the sentence reports."""
    offset, folded = item.sentence.start, item.folded.text
    for hit in item.background:
        clause = clauses.clause_at(folded, *item.span(hit.start, hit.end))
        left, right = item.article_span(clause.start, clause.end)
        since = _SINCE_DATE.match(item.sentence.text, hit.end)
        right = max(right, offset + since.end()) if since else right
        if left <= start and end <= right:
            return True
    return False


_SINCE_DATE = re.compile(r"\s+(?:since|from|on|for)\s+\S+(?:\s+\S+){0,3}", re.IGNORECASE)


_SINCE = re.compile(
    r"heard|seen|whereabouts|fate|news|word of|trace|information|خبر|اطلاع|سرنوشت|ردی|درک|څرک|پته|برخلیک",
    re.IGNORECASE,
)
_BODY = re.compile(r"bod(?:y|ies)|جسد|اجساد|مړی|مړي|جنازه", re.IGNORECASE)


def _actor(item: ReadSentence, mine: list[Hit], live: list[Hit]) -> Hit | None:
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
    """Characters between `item` and the nearest of `triggers`."""
    return min(max(t.start - item.end, item.start - t.end, 0) for t in triggers)


def _nearest(items: list[Hit], triggers: list[Hit]) -> Hit | None:
    """The item nearest to any of `triggers`."""
    return min(items, key=lambda item: _gap(item, triggers), default=None)


def _when(item: ReadSentence, mine: list[Hit], dates: ArticleDates) -> When | None:
    """The event's date from its own sentence, None when it gives none."""
    offset = item.sentence.start
    own = [m for m in dates.within(offset, item.sentence.end) if dates.usable(m)]
    own = [m for m in own if not _background_date(item, m.start, m.end)]
    clause = clauses.clause_at(item.folded.text, *item.span(mine[0].start, mine[0].end))
    bounds = item.article_span(clause.start, clause.end)
    spans = [(offset + t.start, offset + t.end) for t in mine]
    found = nearest_date(own, spans, bounds, lead=offset + _LEAD)
    if found is None:
        return None
    first = offset + mine[0].start
    return dates.when(
        found, before=item.sentence.text[found.end - offset : mine[0].start] if found.end <= first else ""
    )


def _is_historical(item: ReadSentence, mine: list[Hit], dates: ArticleDates) -> bool:
    """The event's nearest date lies years before the article, or the sentence looks back ("years ago")."""
    offset = item.sentence.start
    own = [m for m in dates.within(offset, item.sentence.end) if dates.usable(m)]
    spans = [(offset + t.start, offset + t.end) for t in mine]
    found = nearest_date(own, spans, (offset, item.sentence.end))
    return (found is not None and dates.is_old(found)) or clauses.historical_cue(item.folded.text)


def _count(item: ReadSentence, mine: list[Hit], live: list[Hit], count: Count | None) -> Count | None:
    """The count found for the event, else one when the sentence names one person ("a former officer")."""
    if count is not None:
        return count
    start, end = item.span(mine[0].start, mine[0].end)
    clause = clauses.clause_at(item.folded.text, start, end)
    sentence_wide = len({t.key for t in live}) == 1
    return one_person(item.folded.text, 0 if sentence_wide else clause.start, len(item.folded.text))


def _fallback(article: _Article, item: ReadSentence, type_id: str) -> str | None:
    """The country of an event whose sentence names no place: a statement's is the article's subject,
    a flight's Afghanistan (keyed where people fled from), else the paragraph's country."""
    if type_id == "statement":
        return article.country or article.paragraphs[item.paragraph] or "AF"
    if type_id == "flight":
        return "AF"
    return article.paragraphs[item.paragraph] or article.country


def _events_of_type(
    item: ReadSentence, live: list[Hit], type_id: str, context: _Context, article: _Article
) -> list[SuggestedEvent]:
    """The suggestions of one event type in a sentence: one per place it names (see placing.placements)."""
    mine = [t for t in live if t.key == type_id]
    dates = article.dates
    own_when = _when(item, mine, dates)
    if _is_historical(item, mine, dates) or (own_when is None and context.historical):
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
    when = own_when or dates.reported()  # an event the article does not date: reported on publication
    events = []
    for where, found in placements(text, groups, counts):
        one_place = len({where_of(m).province or m.place.name for g in groups for m in g}) <= 1
        count = _count(item, mine, live, found) if one_place and type_id != "statement" else found
        if count is None and type_id != "statement" and clauses.observer_reaction(item.folded.text):
            continue  # "UNAMA called for the release of women detained in Kabul": a mention, not a report
        if count is None and type_id != "statement" and clauses.plural_subject(item.folded.text):
            count = context.count  # "They were detained …", "The men were beaten …": the same people
        if type_id == "statement" and clauses.about_training(item.folded.text):
            continue  # a workshop's or a training's announcement
        if where is None and count is None and type_id != "statement" and _general(item, mine, live):
            continue
        whose = clauses.people_of(item.folded.text)  # "the detainees" were where the detention was
        last = context.by_type.get(whose, context.where) if whose else context.where
        carried = last is not None and (last.province is not None or last.country not in (None, "AF"))
        inherited = last if where is None and carried else None
        if inherited and home and home != inherited.country:
            inherited = None  # "Tajik border guards held the men": abroad, whatever the last incident's place
        place = where or inherited or (Where(None, home) if home else None)
        place = place or Where(None, _fallback(article, item, type_id))
        if type_id == "deportation" and place.country == "AF":
            place = _sender(item, home, article.abroad) or place
        events.append(
            SuggestedEvent(
                type_id, place.province, place.country, place.place, count,
                when.start, when.end, when.precision, actor.key if actor else None,
                victim.key if victim else None, text, item.sentence.start, item.sentence.end,
                mine[0].text, where is None and place.country is not None,
            )
        )  # fmt: skip
    return events


def _sender(item: ReadSentence, home: str | None, abroad: str | None) -> Where | None:
    """A deportation is recorded where people were sent from, not where they arrived ("deported from
    Iran through Islam Qala"): the deporting actor's country, another country the sentence names, or
    the one the article names most."""
    if home and home != "AF":
        return Where(None, home)
    named = [m.place.country for m in item.all_places if m.place.country != "AF"]
    country = named[0] if named else abroad
    return Where(None, country) if country else None


def _general(item: ReadSentence, mine: list[Hit], live: list[Hit]) -> bool:
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


def _paragraph_countries(read: list[ReadSentence]) -> dict[int, str | None]:
    """The country each paragraph names most."""
    places: dict[int, list[PlaceMatch]] = {}
    for s in read:
        places.setdefault(s.paragraph, []).extend(s.places)
    return {paragraph: dominant_country(found) for paragraph, found in places.items()}


def _update(context: _Context, item: ReadSentence, events: list[SuggestedEvent], dates: ArticleDates) -> None:
    """What the sentence tells the next ones: the actor, the place and people, whether it is history."""
    if item.perpetrators:
        context.actor = item.perpetrators[-1]
    # a place abroad is carried too ("Iranian police held 40 Afghans in Mashhad. One of them said …"), but
    # not a deportation's country: the deported are back in Afghanistan
    abroad = [e for e in events if e.country not in (None, "AF") and e.type != "deportation"]
    located = [e for e in events if (e.province or e in abroad) and not e.place_inferred]
    own = [m for m in dates.within(item.sentence.start, item.sentence.end) if dates.usable(m)]
    if located:
        context.where = Where(located[-1].province, located[-1].country, located[-1].place)
        context.by_type |= {e.type: Where(e.province, e.country, e.place) for e in located}
    elif not events and not clauses.historical_cue(item.folded.text) and not any(map(dates.is_old, own)):
        # "Taliban intelligence raided homes in Nili on Monday.": the next sentences continue it
        acted = bool(item.perpetrators or own)
        context.where = incident_where(item.sentence.text, item.places, acted) or context.where
    counted = [e.count for e in events if e.count and e.count.value > 1]
    if counted:
        context.count = counted[-1]
    elif not events and item.victims:
        # "Among those sent back were six former soldiers. They were detained …": the people named last
        named = [c for c in people_counts(item.sentence.text, item.counts) if c.count.value > 1]
        context.count = named[-1].count if len(named) == 1 else context.count
    if own or clauses.historical_cue(item.folded.text):
        old = [m for m in own if dates.is_old(m)]
        context.historical = len(old) == len(own) or clauses.historical_cue(item.folded.text)


_TERMINAL = re.compile(r"[.!?؟…:;\"”»)]$")


def _is_headline(item: ReadSentence, index: int) -> bool:
    """A title: the first line, or a Markdown heading, without a full stop and short."""
    text = item.sentence.text
    heading = text.startswith("#") or (index == 0 and not _TERMINAL.search(text))
    return heading and len(text.split()) <= 20


def _retract(candidates: list[Candidate], item: ReadSentence, index: int) -> list[Candidate]:
    """A sentence saying a report was withdrawn or false cancels its own events, or else the last ones."""
    own = [c for c in candidates if c.sentence == index]
    if own:
        return [c for c in candidates if c.sentence != index]
    earlier = [c.sentence for c in candidates if c.paragraph >= item.paragraph - 1]
    last = max(earlier, default=None)
    return [c for c in candidates if c.sentence != last]


def _next_paragraph(item: ReadSentence, context: _Context, incident: _Context) -> _Context:
    """The context of a new paragraph: one about the people of the last incident ("The men were beaten")
    continues its place and count, even after a paragraph without events ("Abdul Rahim, 45, served …")."""
    same = clauses.refers_back(item.folded.text)
    return _Context(
        item.paragraph,
        None,
        incident.where if same else None,
        context.historical and same,
        incident.count if same else None,
        dict(incident.by_type),  # "the detainees" may be those of any earlier paragraph
    )


def _sentence_events(
    item: ReadSentence, index: int, context: _Context, article: _Article, seen_types: set[str]
) -> list[Candidate]:
    """The suggestions of one sentence, with what the merging needs to know of it."""
    if starts_new_topic(item.folded.text):  # "In a separate incident, …": not the last incident's place
        context.where, context.count = None, None
    live = _live(item, seen_types)
    events = _share_place(
        [
            e
            for type_id in dict.fromkeys(t.key for t in live)
            for e in _events_of_type(item, live, type_id, context, article)
        ]
    )
    summary = clauses.is_summary(item.folded.text)
    headline = _is_headline(item, index)
    _update(context, item, events, article.dates)
    return [
        Candidate(e, index, item.paragraph, summary, headline, frozenset(item.alternatives)) for e in events
    ]


# "- Four in Herat", "Kunduz: 3", "• ۴ تن در هرات": a line of a breakdown, without the event's words.
_BREAKDOWN = re.compile(r"^\W{0,3}(?:\S+\s*){1,6}$")


def _breakdown_line(item: ReadSentence, index: int, candidates: list[Candidate]) -> list[Candidate]:
    """A short line with only a count and a province right after a counted event (or another such line)
    breaks that event down ("Nine people were detained this month.\n- Four in Herat\n- Three in Kunduz"):
    an event of its type in that province; the total is then left out as adding them up."""
    text = item.sentence.text
    people = people_counts(text, item.counts)
    located = [where_of(m) for m in item.places if where_of(m).province]
    if not _BREAKDOWN.match(text) or len(people) != 1 or len({w.province for w in located}) != 1:
        return []
    before = [c for c in candidates if c.sentence == index - 1]
    if len({c.event.type for c in before}) != 1:
        return []
    model = before[-1]
    where = located[0]
    event = replace(
        model.event, province=where.province, country=where.country, place=where.place,
        count=people[0].count, passage=text, start=item.sentence.start, end=item.sentence.end,
        place_inferred=False,
    )  # fmt: skip
    return [Candidate(event, index, item.paragraph, alternatives=model.alternatives)]


def suggest_events(text: str, *, published: date | None, language: str) -> list[SuggestedEvent]:
    """Candidate events in an article, in text order, one per incident.

    text       the article's plain text (offsets in the result index into it)
    published  the publication date: resolves "last week", dates events the article does not date
               (precision "reported"); None leaves them undated
    language   BCP-47 code of the text ("en", "fa", "prs", "ps"; "" for unknown or mixed)
    """
    dates = ArticleDates(text, published=published)
    read = read_article(text, language, dates)
    abroad = [m for s in read for m in s.all_places if m.place.country != "AF"]
    article = _Article(
        dates,
        dominant_country([m for s in read for m in s.places]),
        dominant_country(abroad),
        _paragraph_countries(read),
    )
    candidates: list[Candidate] = []
    context = _Context()
    incident = context  # the context of the last sentence with events
    seen_types: set[str] = set()
    correcting = False
    for index, item in enumerate(read):
        if item.paragraph != context.paragraph:
            context = _next_paragraph(item, context, incident)
        found = _sentence_events(item, index, context, article, seen_types)
        if not found and not item.triggers:
            found = _breakdown_line(item, index, candidates)
        if correcting and found:  # "Correction" on a line of its own: the claim below it is corrected away
            found, correcting = [], False
        candidates += found
        folded = item.folded.text
        previous = read[index - 1].folded.text if index else ""
        if clauses.retracts(folded) or clauses.corrects_previous(folded, previous):
            candidates = _retract(candidates, item, index)
        elif clauses.unconfirmed(folded):  # a rumour or a claim on social media the author could not confirm
            own = [c for c in candidates if c.sentence == index]
            if own or not clauses.points_back(folded):
                candidates = [c for c in candidates if c.sentence != index]
            else:  # "This could not be verified.": the claim of the sentence before
                candidates = _retract(candidates, item, index)
        correcting = correcting or clauses.correction_heading(folded)
        seen_types |= {t.key for t in item.triggers}
        incident = context if found else incident
    kept = drop_totals(merge_repeats(drop_headlines(drop_summaries(candidates)), text))
    return sorted((c.event for c in kept), key=lambda e: e.start)
