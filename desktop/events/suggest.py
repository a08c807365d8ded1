"""Candidate events in an article's text: type, place, count, date and actors, each with its passage.

The rules, in the order they apply, are described for researchers in docs/EVENTS.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from desktop.events.gazetteer import PlaceMatch
from desktop.events.numbers import Count
from desktop.events.sentences import Sentence
from desktop.events.suggesting import (
    breakdowns,
    continuity,
    generality,
    outcomes,
    restatements,
    retractions,
    sentence_places,
    statements,
    stretches,
    tallies,
    training,
)
from desktop.events.suggesting.borders import foreign_side
from desktop.events.suggesting.counting import people_counts, type_counts
from desktop.events.suggesting.dating import ArticleDates, DateMatch, When
from desktop.events.suggesting.foreground import background_date
from desktop.events.suggesting.home import home_province, nationwide
from desktop.events.suggesting.merging import (
    Candidate,
    date_continuations,
    drop_accounts,
    drop_headlines,
    drop_missing_before_death,
    drop_raids,
    drop_summaries,
    drop_totals,
    join_silence,
    merge_repeats,
)
from desktop.events.suggesting.participants import actor_of, count_of, nearest
from desktop.events.suggesting.placing import (
    Where,
    dominant_country,
    event_places,
    incident_where,
    placements,
    starts_new_topic,
    type_groups,
    where_of,
)
from desktop.events.suggesting.reading import ReadSentence, read_article
from desktop.events.suggesting.sections import (
    is_heading,
    is_headline,
    names_events,
    one_province,
    sections,
    title_alone,
)
from desktop.events.suggesting.suggestion import SuggestedEvent
from desktop.events.suggesting.tables import breakdown_line, counted_row, find_tables, row_events, table_date
from desktop.events.suggesting.trigger_dates import is_historical, when_of
from desktop.events.suggesting.triggers import live_triggers
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
    scene: Where | None = None  # the one province a sentence of the paragraph without events named
    alone: When | None = None  # a sentence that is only a date ("A: On 25 Saur."): the day the next ones tell


@dataclass(frozen=True, slots=True)
class _Article:
    """What the whole article says: its dates and the countries it is about."""

    dates: ArticleDates
    country: str | None  # the country named most
    abroad: str | None  # the country other than Afghanistan named most (deporting countries)
    paragraphs: dict[int, str | None]  # the country each paragraph names most
    sections: dict[int, str | None] = field(default_factory=dict)  # sentence start: its section's province
    province: str | None = None  # the one Afghan province all the article's places lie in, if only one
    title_alone: bool = False  # the first line is a short sentence of its own above a blank line
    subject: str | None = None  # the country the article opens with, up to its first event's words
    main: str | None = None  # the Afghan province of over half the article's places
    afghan: dict[int, str | None] = field(default_factory=dict)  # each paragraph's one Afghan province
    home: str | None = None  # the one province of the dateline or the title


def _fallback(article: _Article, item: ReadSentence, type_id: str) -> str | None:
    """The country of an event whose sentence names no place: a statement's is the article's subject,
    a flight's Afghanistan (keyed where people fled from), else the paragraph's country."""
    if type_id == "statement":
        return article.subject or article.country or article.paragraphs[item.paragraph] or "AF"
    if type_id == "flight":
        return "AF"
    return article.paragraphs[item.paragraph] or article.country


def _events_of_type(
    item: ReadSentence,
    live: list[Hit],
    mine: list[Hit],
    context: _Context,
    article: _Article,
    since: int,
    part: tuple[int, int] | None = None,
) -> list[SuggestedEvent]:
    """The suggestions of one incident of an event type in a sentence (`mine`, its triggers, whose counts
    stand after `since`; its places and counts within `part` when the sentence tells incidents part by part):
    one per place it names (see placing.placements)."""
    type_id = mine[0].key
    dates = article.dates
    own_when = when_of(item, mine, dates)
    still_history = context.historical and not continuity.speaks_of_now(item.folded.text)
    if (
        is_historical(item, mine, dates)
        or (own_when is None and still_history)
        or tallies.is_tally(item, dates)
    ):
        return []
    text = item.sentence.text
    actor = actor_of(item, mine, live) or context.actor
    home = actor.country if actor and type_id != "statement" else None
    places = item.all_places if type_id == "statement" else item.places
    at = item.sentence.start
    own = [m for m in places if not background_date(item, at + m.start, at + m.end)]
    places = own or places  # "A fifth man, who had been arrested in Tehran, was executed in Isfahan": Isfahan
    if part:
        places = [m for m in places if part[0] <= m.start and m.end <= part[1]]
    rivals = sorted(live + item.unreal, key=lambda t: t.start)
    # a place near a denied or feared event is that event's ("… denied that anyone was detained in Malistan")
    groups = type_groups(text, rivals, places, type_id, mine)
    upto = part[1] if part else len(text)
    people = [c for c in people_counts(text, item.counts) if since <= c.start and c.end <= upto]
    counts = type_counts(text, people, rivals, mine) if type_id != "statement" else []
    victim = nearest(item.victims, mine)
    # not dated: the day a sentence alone told before ("On 25 Saur. At my release, …"), else reported
    when = own_when or context.alone or dates.reported(item.sentence.start)
    parts = breakdowns.items(item, mine, people, dates) if type_id != "statement" else []
    placed: list[tuple[Where | None, Count | None, When | None]] = [
        (p.where, p.count.count, p.when) for p in parts
    ]
    placed = placed or [
        (where, found, None) for where, found in placements(text, groups, counts)
    ]  # "…were detained: four in X on 14 May, and three in Y on 2 June": each item its own event
    origin = sentence_places.flight_origin(item) if type_id == "flight" else None
    if origin and placed:  # "from Mazar-i-Sharif … into Pakistan via Torkham": where they fled from
        placed = [(origin, next((c for _, c, _ in placed if c), None), None)]
    counted = {c for _, c, _ in placed if c}
    senders = {w.country for w, _, _ in placed if w and w.country not in ("AF", None)}
    if type_id == "deportation" and not parts and len(placed) > 1 and len(counted) <= 1 and len(senders) <= 1:
        # "returned 2,300 Afghans through the Torkham and Chaman crossings": one deportation, counted
        whole = next(iter(counted), counts[0].count if len(counts) == 1 else None)
        placed = [(placed[0][0], whole, None)]
    events = []
    for where, found, item_when in placed:
        one_place = len({where_of(m).province or m.place.name for g in groups for m in g}) <= 1
        count = count_of(item, mine, live, found) if one_place and type_id != "statement" else found
        reaction = generality.observer_reaction(item.folded.text) and own_when is None
        if count is None and type_id != "statement" and reaction:
            continue  # "UNAMA called for the release of women detained in Kabul": a mention, not a report
        if (
            count is None
            and type_id not in ("statement", "flight")
            # "Forty-two … said that guards had beaten them": them are the 42, not the last incident's people
            and not any(c.end <= mine[0].start for c in people)
            and continuity.plural_subject(item.folded.text)
        ):
            count = context.count  # "They were detained …", "The men were beaten …": the same people
        if type_id == "disappearance":  # "summoned two women …; neither has been seen": the summoned
            count = outcomes.act_count(item, mine[0], people) or count
        if type_id == "statement" and statements.about_training(item.folded.text):
            continue  # a workshop's or a training's announcement
        if (
            count is None
            and type_id != "statement"
            # "patterns of torture in Herat": a kind, not an incident
            and (
                (where is None and generality.spoken_in_general(item, mine, live))
                or (own_when is None and generality.spoken_of_as_kind(item, mine, live))
            )
        ):
            continue
        whose = continuity.people_of(item.folded.text)  # "the detainees" were where the detention was
        if whose is None and continuity.ordinal_person(
            item.folded.text
        ):  # "A fifth woman …": one more of them
            whose = _ordinal_type(context, type_id)
        last = context.by_type.get(whose, context.where) if whose else context.where
        carried = last is not None and (last.province is not None or last.country not in (None, "AF"))
        inherited = last if where is None and carried and not nationwide(item.folded.text) else None
        if inherited and home and home != inherited.country:
            inherited = None  # "Tajik border guards held the men": abroad, whatever the last incident's place
        if type_id == "statement" and statements.national_authority(item.folded.text):
            inherited = None  # "the Supreme Court said all provincial courts must …": the country's policy
        there = sentence_places.there(item, mine)  # "beat them there": the place named last before
        # "Iranian border guards beat them near the Islam Qala crossing": on Iran's side
        if type_id != "deportation":  # a deportation is the deporting country's anyway (below)
            where = foreign_side(text, places, where, actor.text if actor else None, home) or where
        speaker = actor.country if actor and type_id == "statement" else None  # "Iran's minister said …"
        if speaker not in (None, "AF") and inherited and inherited.country != speaker:
            inherited = None  # «مقام‌های ایرانی اعلام کردند …» after an incident in Jowzjan: Iran's words
        scene = _scene(context, item, type_id, home or speaker)  # "In Kunduz, the situation deteriorated."
        place = there or where or inherited or scene or _unnamed(article, item, type_id, home or speaker)
        if not (there or where or inherited) and statements.provincial(item.folded.text):
            place = Where(article.main, "AF") if article.main else place  # "the provincial department"
        at = item_when or _when_there(item, groups, where, dates) or when
        if type_id == "deportation" and place.country in ("AF", None):
            place = sentence_places.sender(item, home, article.abroad) or place
        elif place.country != "AF" and sentence_places.afghan_side(item):
            place = Where(article.afghan.get(item.paragraph), "AF")  # "on the Afghan side of the crossing"
        events.append(
            SuggestedEvent(
                type_id, place.province, place.country, place.place, count,
                at.start, at.end, at.precision, actor.key if actor else None,
                victim.key if victim else None, text, item.sentence.start, item.sentence.end,
                mine[0].text, where is None and place.country is not None, where is not None and where.listed,
            )
        )  # fmt: skip
    if type_id == "deportation":  # the deporting country's one event, whatever crossings and cities it names
        return sentence_places.one_per_sender(events, own_when)
    return events


# What may part two incidents of one type in a sentence: "…, and a fifth man was arrested two days later".
_APART = re.compile(r"[,;،؛]|\b(?:and|then|while)\b|(?<!\w)(?:و|او)(?!\w)", re.IGNORECASE)
_ANOTHER = re.compile(
    r"\b(?:another|a (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|later)\b|"
    r"(?<!\w)(?:\S+می|دیگری|دوم|سوم|چهارم|پنجم|ششم|دویم|دریم|څلورم|پنځم|شپږم|بل)(?!\w)",
    re.IGNORECASE,
)


_NUMBER_ALONE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]?\s*$")


def _incidents(
    item: ReadSentence, mine: list[Hit], dates: ArticleDates
) -> list[tuple[list[Hit], int, tuple[int, int] | None]]:
    """The triggers of one type in a sentence, by incident: a trigger after a comma or "and" whose stretch
    names another person ("a fifth man", «مرد پنجمی», «پنځم سړی») and a date of its own is another
    incident ("four were taken from the mosque on 19 Aqrab, and a fifth man was arrested two days later");
    each with the sentence offset its counts stand after (the four are not the fifth man's), and, when the
    sentence tells them in parts between semicolons, the part each stands in."""
    groups = [mine[:1]]
    starts = [0]
    parts = False
    offset = item.sentence.start
    for before, hit in zip(mine, mine[1:], strict=False):
        stretch = item.sentence.text[before.end : hit.start]
        dated = any(dates.usable(m) for m in dates.within(offset + before.end, offset + hit.start))
        # "… hanged in Mashhad on 29 December; three men … executed in Zahedan on 2 January": each a part
        parted = _PART.search(stretch) and _own_date(item, hit, dates)
        if (dated and _APART.search(stretch) and _ANOTHER.search(stretch)) or parted:
            groups.append([hit])
            starts.append(before.end)
            parts = parts or bool(parted)
        else:
            groups[-1].append(hit)
    text = item.sentence.text
    return [(g, s, _part_of(text, g) if parts else None) for g, s in zip(groups, starts, strict=True)]


def _part_of(text: str, group: list[Hit]) -> tuple[int, int]:
    """The stretch between the semicolons around an incident's triggers."""
    start = max((m.end() for m in _PART.finditer(text, 0, group[0].start)), default=0)
    end = min((m.start() for m in _PART.finditer(text, group[-1].end)), default=len(text))
    return start, end


_PART = re.compile(r"[;؛]")


def _own_date(item: ReadSentence, hit: Hit, dates: ArticleDates) -> bool:
    """The part of the sentence `hit` stands in (up to the next semicolon) has a date of its own."""
    text = item.sentence.text
    end = min((m.start() for m in _PART.finditer(text, hit.end)), default=len(text))
    offset = item.sentence.start
    return any(dates.usable(m) for m in dates.within(offset + hit.end, offset + end))


def _when_there(
    item: ReadSentence, groups: list[list[PlaceMatch]], where: Where | None, dates: ArticleDates
) -> When | None:
    """The date of one place's event in a sentence listing several places with dates of their own ("seven
    in Herat on 2 May and five in Farah on 9 May"): the date nearest that place; None otherwise."""
    own = [m for m in dates.within(item.sentence.start, item.sentence.end) if dates.usable(m)]
    if where is None or len(groups) < 2 or len(own) < 2:
        return None
    there = [m for g in groups for m in g if where_of(m) == where]
    spots = [Hit("place", m.start, m.end, item.sentence.text[m.start : m.end]) for m in there]
    return when_of(item, spots, dates) if spots else None


def _ordinal_type(context: _Context, type_id: str) -> str | None:
    """Whose place "a fifth woman", "a third journalist" takes: the last incident of its type, else of any
    type when all the article's incidents so far lie in one province."""
    if type_id in context.by_type:
        return type_id
    provinces = {w.province for w in context.by_type.values()}
    return next(iter(context.by_type)) if len(provinces) == 1 and None not in provinces else None


def _scene(context: _Context, item: ReadSentence, type_id: str, home: str | None) -> Where | None:
    """The province a sentence earlier in the paragraph named without telling an event ("In Kunduz, the
    situation deteriorated in April.", «وضعیت در ولایت کندز بدتر شد»): where the paragraph's unplaced events
    happened, unless told abroad, country-wide or as another incident."""
    if context.scene is None or home not in (None, "AF") or type_id in ("statement", "deportation"):
        return None
    if nationwide(item.folded.text) or starts_new_topic(item.folded.text):
        return None
    return context.scene


def _unnamed(article: _Article, item: ReadSentence, type_id: str, home: str | None) -> Where:
    """Where an event happened that neither its sentence nor the incident before places: abroad with a foreign
    actor; else in the province of its section when its heading names one ("2. Takhar" above it), or of the
    article when all its places lie in one province (call notes about Nili) and the sentence does not open
    another incident ("In a separate incident, …"); else in the country (see _fallback)."""
    if home and home != "AF":
        return Where(None, home)
    country = home or _fallback(article, item, type_id)
    if country in ("AF", None) and type_id not in ("statement", "deportation"):
        local = article.sections.get(item.sentence.start)
        if local is None and not starts_new_topic(item.folded.text):
            local = article.province or article.home
        if nationwide(item.folded.text):  # "across the country", «در سراسر کشور»: no one province
            local = None
        if local:
            return Where(local, "AF")
    return Where(None, country)


def _subject(read: list[ReadSentence]) -> str | None:
    """The country the article opens with ("Pakistan: hundreds of Afghans rounded up in Islamabad"): named
    most in its sentences up to the first with an event's words; whose ministry "the ministry" is."""
    opening = next((i for i, s in enumerate(read) if s.triggers), len(read))
    return dominant_country([m for s in read[: opening + 1] for m in s.all_places])


def _paragraph_countries(read: list[ReadSentence]) -> dict[int, str | None]:
    """The country each paragraph names most."""
    places: dict[int, list[PlaceMatch]] = {}
    for s in read:
        places.setdefault(s.paragraph, []).extend(s.places)
    return {paragraph: dominant_country(found) for paragraph, found in places.items()}


# What is left of a sentence that is only a date: "On 25 Saur.", «روز ۲۵ ثور.», "پاسخ: د غویي په ۳مه."
_DATE_ALONE = re.compile(
    r"(?:\W*(?<!\w)(?:on|روز|در|به تاریخ|په|a|answer|پاسخ|ځواب|جواب)(?!\w))*\W*", re.IGNORECASE
)


def _without(sentence: Sentence, found: DateMatch) -> str:
    """The sentence's text without the date (article offsets)."""
    text, at = sentence.text, sentence.start
    return text[: max(0, found.start - at)] + text[found.end - at :]


def _update(context: _Context, item: ReadSentence, events: list[SuggestedEvent], dates: ArticleDates) -> None:
    """What the sentence tells the next ones: the actor, the place and people, whether it is history."""
    if item.perpetrators:
        context.actor = item.perpetrators[-1]
    # a place abroad is carried too ("Iranian police held 40 Afghans in Mashhad. One of them said …"), but
    # not a deportation's country: the deported are back in Afghanistan
    abroad = [e for e in events if e.country not in (None, "AF") and e.type != "deportation"]
    located = [e for e in events if (e.province or e in abroad) and not e.place_inferred]
    own = [m for m in dates.within(item.sentence.start, item.sentence.end) if dates.usable(m)]
    if not events and not continuity.historical_cue(item.folded.text) and not any(map(dates.is_old, own)):
        provinces = {m.place.province for m in item.places if m.place.country == "AF" and m.place.province}
        context.scene = Where(provinces.pop(), "AF") if len(provinces) == 1 else context.scene
    if located:
        context.where = Where(located[-1].province, located[-1].country, located[-1].place)
        context.by_type |= {e.type: Where(e.province, e.country, e.place) for e in located}
    elif not events and not continuity.historical_cue(item.folded.text) and not any(map(dates.is_old, own)):
        # "Taliban intelligence raided homes in Nili on Monday.": the next sentences continue it
        acted = bool(item.perpetrators or own)
        lead = sentence_places.place_lead(item)
        context.where = lead or incident_where(item.sentence.text, item.places, acted) or context.where
    if not events and len(own) == 1 and _DATE_ALONE.fullmatch(_without(item.sentence, own[0])):
        context.alone = dates.when(own[0])
    counted = [e.count for e in events if e.count and e.count.value > 1]
    if counted:
        context.count = counted[-1]
    elif not events and item.victims:
        # "Among those sent back were six former soldiers. They were detained …": the people named last
        named = [c for c in people_counts(item.sentence.text, item.counts) if c.count.value > 1]
        context.count = named[-1].count if len(named) == 1 else context.count
    if own or continuity.historical_cue(item.folded.text):
        old = [m for m in own if dates.is_old(m)]
        context.historical = len(old) == len(own) or continuity.historical_cue(item.folded.text)


def _retract(candidates: list[Candidate], item: ReadSentence, index: int) -> list[Candidate]:
    """A sentence saying a report was withdrawn or false cancels its own events, or else the last ones."""
    own = [c for c in candidates if c.sentence == index]
    if own:
        return [c for c in candidates if c.sentence != index]
    if item.triggers and retractions.claims_itself(item.folded.text):
        return candidates  # "an outlet had reported three killed, but the report was false": its own claim
    earlier = [c.sentence for c in candidates if c.paragraph >= item.paragraph - 1]
    last = max(earlier, default=None)
    return [c for c in candidates if c.sentence != last]


def _next_paragraph(item: ReadSentence, context: _Context, incident: _Context) -> _Context:
    """The context of a new paragraph: one about the people of the last incident ("The men were beaten")
    continues its place and count, even after a paragraph without events ("Abdul Rahim, 45, served …")."""
    same = continuity.refers_back(item.folded.text)
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
        context.where, context.count, context.scene = None, None, None
    live = live_triggers(item, seen_types)
    events = sentence_places.share_place(
        [
            e
            for type_id in dict.fromkeys(t.key for t in live)
            for mine, since, part in _incidents(item, [t for t in live if t.key == type_id], article.dates)
            for e in _events_of_type(item, live, mine, context, article, since, part)
        ]
    )
    summary = restatements.is_summary(item.folded.text)
    continues = continuity.refers_back(item.folded.text)
    headline = is_headline(item, index, article.title_alone)
    _update(context, item, events, article.dates)
    return [
        Candidate(e, index, item.paragraph, summary, headline, frozenset(item.alternatives), continues)
        for e in events
    ]


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
        sections(text, read),
        one_province(read, dates),
        title_alone(text, read, dates),
        _subject(read),
        sentence_places.main_province(read),
        sentence_places.paragraph_provinces(read),
        home_province(text, read),
    )
    candidates: list[Candidate] = []
    tables = find_tables(read, language)
    context = _Context()
    incident = context  # the context of the last sentence with events
    seen_types: set[str] = set()
    correcting = False
    lesson = training.training_document(text)  # a training's, a workshop's or a methodology's document
    acts = outcomes.pairs(read)  # act sentence → the sentence telling its outcome
    for index, item in enumerate(read):
        if acts.get(index, index) != index:
            outcomes.add_act(item)
        if index in acts.values():
            outcomes.add_outcome(item)
        if is_heading(text, item):  # "2. Taloqan (Takhar)": what follows is not the last incident's
            context = incident = _Context(item.paragraph)
        elif item.paragraph != context.paragraph and not _NUMBER_ALONE.match(item.sentence.text):
            # "3." before "When his brother returned …": the paragraph begins with its words, not its number
            context = _next_paragraph(item, context, incident)
        # "4. Returns and deportations": a section's name, not "Three men detained at the checkpoint tonight"
        label = index and is_heading(text, item) and names_events(item, dates)
        skipped = index in tables.skipped or label
        found = [] if skipped else _sentence_events(item, index, context, article, seen_types)
        if index in tables.counts:
            found = counted_row(found, tables.counts[index])  # "| … | Eight men detained … | 8 |"
        if index in tables.rows and not found:  # "| Islam Qala | Herat | Iran | 9,412 |" under "Deported"
            when = table_date(candidates, tables.rows[index], dates, tables.caption(index, read))
            rows = row_events(item, tables.rows[index], when)
            found = [Candidate(e, index, item.paragraph) for e in rows]
        elif not found and not item.triggers:
            found = breakdown_line(item, index, candidates)
        if lesson and not training.tells_incident(item, dates):
            found = []  # a training's or a methodology's topics: "how to document detention"
        if correcting and found:  # "Correction" on a line of its own: the claim below it is corrected away
            found, correcting = [], False
        candidates += found
        folded = item.folded.text
        previous = read[index - 1].folded.text if index else ""
        if retractions.retracts(folded) or retractions.corrects_previous(folded, previous):
            candidates = _retract(candidates, item, index)
        elif retractions.unconfirmed(
            folded
        ):  # a rumour or a claim on social media the author could not confirm
            own = [c for c in candidates if c.sentence == index]
            candidates = [c for c in candidates if c.sentence != index]
            if retractions.points_back(folded, bool(own)):  # "This could not be verified.": the claim before
                candidates = _retract(candidates, item, index)
        correcting = correcting or retractions.correction_heading(folded)
        if not is_headline(item, index, article.title_alone):  # a title announces, it reports nothing before
            seen_types |= {t.key for t in item.triggers}
        incident = context if found else incident
    candidates = stretches.date_stretches(date_continuations(candidates), dates)
    early = drop_missing_before_death(drop_raids(drop_headlines(drop_summaries(drop_accounts(candidates)))))
    joined = join_silence(early, text, {outcome: act for act, outcome in acts.items()})
    kept = drop_totals(merge_repeats(joined, text))
    return sorted((_uncounted(c.event) for c in kept), key=lambda e: e.start)


def _uncounted(event: SuggestedEvent) -> SuggestedEvent:
    """ "Dozens of protesters were detained": no count (the key's rule 6), its qualifier kept."""
    if event.count is None or not event.count.vague:
        return event
    return replace(event, count=None, uncounted=event.count.qualifier)
