"""The suggestions of one sentence: for each event type and incident its triggers report, one per place,
with its count, date, actor and victims.
"""

from __future__ import annotations

import re

from desktop.events.gazetteer import PlaceMatch
from desktop.events.numbers import Count
from desktop.events.suggesting.article.article_facts import ArticleFacts
from desktop.events.suggesting.article.home import nationwide
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.article.sections import is_headline
from desktop.events.suggesting.merge.merging import Candidate
from desktop.events.suggesting.sentence import breakdowns, deportations, outcomes, taken_to_fight
from desktop.events.suggesting.sentence.incidents import sentence_incidents
from desktop.events.suggesting.suggestion import SuggestedEvent
from desktop.events.suggesting.when.dating import ArticleDates, When
from desktop.events.suggesting.when.trigger_dates import is_historical, when_of
from desktop.events.suggesting.where import continuity, origins, sentence_places
from desktop.events.suggesting.where.borders import foreign_side
from desktop.events.suggesting.where.incident_openings import starts_new_topic
from desktop.events.suggesting.where.placing import Where, placements, type_groups, where_of
from desktop.events.suggesting.where.running_context import Context, update_context
from desktop.events.suggesting.where.unplaced import ordinal_type, paragraph_scene, unnamed_place
from desktop.events.suggesting.who.count_owners import type_counts
from desktop.events.suggesting.who.counting import people_counts
from desktop.events.suggesting.who.participants import actor_of, count_of, nearest
from desktop.events.suggesting.words import generality, restatements, statements, tallies
from desktop.events.suggesting.words.authority_acts import closes
from desktop.events.suggesting.words.foreground import background_date
from desktop.events.suggesting.words.mentions import is_marks
from desktop.events.suggesting.words.triggers import live_triggers
from desktop.events.vocabulary import Hit


def _events_of_type(
    item: ReadSentence,
    live: list[Hit],
    mine: list[Hit],
    context: Context,
    article: ArticleFacts,
    since: int,
    part: tuple[int, int] | None = None,
) -> list[SuggestedEvent]:
    """The suggestions of one incident of an event type in a sentence (`mine`, its triggers, whose counts
    stand after `since`; its places and counts within `part` when the sentence tells incidents part by part):
    one per place it names (see placing.placements)."""
    type_id = mine[0].key
    dates = article.dates
    act = outcomes.act_before(item, mine[0]) if type_id == "disappearance" else None
    anchor = [act, *mine] if act else mine  # "taken on Friday …; their whereabouts are unknown": the taking's
    own_when = when_of(item, anchor, dates)
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
    offset = item.sentence.start
    own = [m for m in places if not background_date(item, offset + m.start, offset + m.end)]
    places = own or places  # "A fifth man, who had been arrested in Tehran, was executed in Isfahan": Isfahan
    if type_id not in ("flight", "statement"):  # "three brothers originally from Nad Ali … were stopped …"
        places = [m for m in places if not origins.not_the_scene(text, m)]
    if part:
        places = [m for m in places if part[0] <= m.start and m.end <= part[1]]
    abroad_now = context.where is not None and context.where.country not in (None, "AF")
    if (home not in (None, "AF") or abroad_now) and type_id not in ("deportation", "statement"):
        # "Tajik guards detained seven farmers from Khwaja Bahauddin": in Tajikistan, not at the men's home;
        # "In the camp near Shiraz … the guards beat two boys from Badghis": where the story is
        places = origins.without_homes(text, places)
    if type_id == "flight":  # "have since moved to Herat city": where they went is not where they fled
        places = [m for m in places if not origins.destination(text, m)]
    # an intention in a relative clause does not claim the counted people («سه مهاجر را که قصد عبور از مرز را
    # داشتند، … کشتند», "three migrants who wanted to cross, … were shot")
    unreal = [t for t in item.unreal if not _in_relative_clause(text, t)]
    # the marks a beating left claim no one from another event ("Three … returned as corpses; relatives …
    # described burns and broken fingers": the three are the killing's)
    marks = type_id == "torture" and is_marks(mine[0].text)
    rivals = sorted(
        (t for t in live + unreal if t.key == type_id or not (t.key == "torture" and is_marks(t.text))),
        key=lambda t: t.start,
    )
    # a place near a denied or feared event is that event's ("… denied that anyone was detained in Malistan")
    groups = type_groups(text, rivals, places, type_id, mine)
    upto = part[1] if part else len(text)
    people = [c for c in people_counts(text, item.counts) if since <= c.start and c.end <= upto]
    counts = type_counts(text, people, rivals, anchor) if type_id != "statement" else []
    victim = nearest(item.victims, mine)
    # not dated: the day a sentence alone told before ("On 25 Saur. At my release, …"), else reported
    # … else, for the teller's or the same people's next step, the day the paragraph's story is on ("On 28 May
    # I was summoned. I was taken to a room …")
    story = context.day if _goes_on(item.sentence.text) else None
    when = own_when or context.alone or story or dates.reported(item.sentence.start)
    borrowed = own_when is None and (context.alone or story) is not None  # a date line's or the story's day
    parts = breakdowns.items(item, mine, people, dates) if type_id != "statement" else []
    placed: list[tuple[Where | None, Count | None, When | None]] = [
        (p.where, p.count.count, p.when) for p in parts
    ]
    placed = placed or [
        (where, found, None) for where, found in placements(text, groups, counts, people)
    ]  # "…were detained: four in X on 14 May, and three in Y on 2 June": each item its own event
    # … and where people were taken from to join a unit («از ولسوالی تیوره … به یک قطعه نظامی در هلمند»)
    fight = type_id == "recruitment" and taken_to_fight.to_fight(item)
    origin = sentence_places.flight_origin(item, homes=fight) if type_id == "flight" or fight else None
    if origin and placed:  # "from Mazar-i-Sharif … into Pakistan via Torkham": where they fled from
        placed = [(origin, next((c for _, c, _ in placed if c), None), None)]
    counted = {c for _, c, _ in placed if c}
    senders = {w.country for w, _, _ in placed if w and w.country not in ("AF", None)}
    if type_id == "deportation" and not parts and len(placed) > 1 and len(counted) <= 1 and len(senders) <= 1:
        # "returned 2,300 Afghans through the Torkham and Chaman crossings": one deportation, counted
        whole = next(iter(counted), counts[0].count if len(counts) == 1 else None)
        # "3,940 via Islam Qala and 1,420 via Milak": all of them
        whole = deportations.all_deported(item, people, dates) or whole
        placed = [(placed[0][0], whole, None)]
    if type_id == "deportation" and not parts and (senders_counted := deportations.by_sender(item, people)):
        placed = [(Where(None, country), found, None) for country, found in senders_counted]
    elif (
        type_id == "deportation" and not parts and (by_day := deportations.by_day(item, people, live, dates))
    ):
        sender = next((w for w, _, _ in placed if w and w.country not in ("AF", None)), None)
        placed = [(sender, found, at) for found, at in by_day]  # "500 … on 2 May and 300 … on 5 May": two
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
            and not counted  # another place of the sentence holds its count: not the last incident's people
            # "Forty-two … said that guards had beaten them": them are the 42, not the last incident's people
            and not any(c.end <= mine[0].start for c in people)
            and continuity.plural_subject(item.folded.text)
        ):
            count = context.count  # "They were detained …", "The men were beaten …": the same people
        if type_id == "disappearance":  # "summoned two women …; neither has been seen": the summoned
            count = outcomes.act_count(item, mine[0], people) or count
        if continuity.one_more_person(item.folded.text) and not any(c.start < _NOUN_PHRASE for c in counts):
            count = Count(1)  # "A fourth trader from the same row as the Imam Sahib three was picked up"
        if (
            type_id == "statement"
            and statements.about_training(item.folded.text)
            and not closes(mine[0].text)
        ):
            continue  # a workshop's or a training's announcement
        if (
            count is None
            and type_id != "statement"
            # "patterns of torture in Herat": a kind, not an incident
            and (
                # (the marks a beating left are seen on someone: «آثار سوختگی» is no "signs of" in general)
                (where is None and not marks and generality.spoken_in_general(item, mine, live))
                or (own_when is None and generality.spoken_of_as_kind(item, mine, live))
                or generality.alarmed_at_numbers(item, mine, live)
            )
        ):
            continue
        if generality.habitual(item.folded.text) and not (own_when and own_when.precision == "day"):
            continue  # "From 2015 onwards, Iran … deported hundreds of thousands each year": a habit
        whose = continuity.people_of(item.folded.text)  # "the detainees" were where the detention was
        if whose is None and continuity.ordinal_person(
            item.folded.text
        ):  # "A fifth woman …": one more of them
            whose = ordinal_type(context, type_id)
        last = context.by_type.get(whose, context.where) if whose else context.where
        carried = last is not None and (last.province is not None or last.country not in (None, "AF"))
        inherited = last if where is None and carried and not nationwide(item.folded.text) else None
        if inherited and type_id == "flight" and inherited.country not in (None, "AF"):
            # "my nephew fled to Iran for fear of arrest": from home, not from the story abroad
            inherited = None
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
        scene = paragraph_scene(
            context, item, type_id, home or speaker
        )  # "In Kunduz, the situation deteriorated."
        place = there or where or inherited or scene or unnamed_place(article, item, type_id, home or speaker)
        if (
            type_id == "statement"
            and statements.national_authority(item.folded.text)
            and nationwide(item.folded.text)
        ):
            place = Where(
                None, place.country or "AF"
            )  # "In Kabul, the Ministry … said … banned across the country"
        abroad = home not in (None, "AF")  # "Iranian border guards shot …, a provincial official said"
        if not (there or where or inherited or abroad) and statements.provincial(item.folded.text):
            place = Where(article.main, "AF") if article.main else place  # "the provincial department"
        at = item_when or _when_there(item, groups, where, dates) or when
        if type_id == "deportation" and place.country in ("AF", None):
            place = sentence_places.sender(item, home, article.abroad) or place
        elif place.country != "AF" and type_id != "deportation" and sentence_places.afghan_side(item):
            # (a deportation is the sender's: "deported through Chaman, say officials on the Afghan side")
            place = Where(article.afghan.get(item.paragraph), "AF")  # "on the Afghan side of the crossing"
        elif place.country in ("AF", None) and (side := sentence_places.other_side(item)):
            place = Where(None, side)  # "detained 150 traders on the Pakistani side": in Pakistan
        events.append(
            SuggestedEvent(
                type_id, place.province, place.country, place.place, count,
                at.start, at.end, at.precision, actor.key if actor else None,
                victim.key if victim else None, text, item.sentence.start, item.sentence.end,
                mine[0].text, where is None and place.country is not None, where is not None and where.listed,
                date_inferred=borrowed and at is when,
            )
        )  # fmt: skip
    if type_id == "deportation":  # the deporting country's one event, whatever crossings and cities it names
        return sentence_places.one_per_sender(events, own_when)
    return sentence_places.one_per_place(events)


_NOUN_PHRASE = 30  # characters: "A fifth woman and her two sons" counts its own people there


# A sentence telling the next step of the story just told: "I was taken …", "They beat me …", "Then …".
_GOES_ON = re.compile(  # (a quoted witness is not: see merge/continuations.py)
    r"^[^\w\"“«‘']*(?:I|we|he|she|they|then|there|later that (?:day|night))\b", re.IGNORECASE
)
# … in Dari and Pashto: «مرا تمام شب آنجا نگه داشتند», «سپس …», Pashto «بیا …», «هغه یې …».
_GOES_ON_FA_PS = re.compile(
    r"^[^\w\"“«‘']*(?:مرا|ما را|او را|وی را|آنان را|آنها را|ایشان را|سپس|بعدا|بعداً|پس از آن|آنجا|بیا|وروسته|"
    r"هغه یې|دوی یې|ما یې|موږ یې|"
    # the same agents again: «ماموران یکی از ذاکران را … لت‌وکوب کردند», "The guards beat …"
    r"ماموران|مأموران|نیروها|مهاجمان|افراد مسلح|آنان|آنها|ایشان|هغوی|دوی|وسله والو)(?!\w)"
    r"|^[^\w\"“«‘']*the (?:officers|guards|gunmen|attackers|fighters|soldiers|police|agents|raiders)\b"
)
# … the people of the incident just told, counted as its outcome: "Two farmers were killed on the spot",
# "Nine of the women were taken to …" (a passive verb early in the sentence).
_COUNTED_OUTCOME = re.compile(
    r"^[^\w\"“«‘']*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both|all|one|several|"
    r"many|some)\b[^.;:,]{0,40}?\b(?:were|was)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|shot|taken|detained|"
    r"arrested|beaten|held)\b",
    re.IGNORECASE,
)
# … or said to be the same incident anywhere: "that afternoon", "in the attack", «در این رویداد»,
# «په دې شخړه کې».
_SAME_INCIDENT = re.compile(
    r"\b(?:that|the same) (?:morning|afternoon|evening|night|day)\b|\blater that\b"
    r"|\b(?:in|during) the (?:attack|clash|clashes|shooting|raid|incident|fighting|violence|explosion|"
    r"blast)\b"
    r"|(?<!\w)در (?:این|همین|آن) (?:رویداد|حمله|درگیری|حادثه|انفجار|تیراندازی|یورش|شب|روز)(?!\w)"
    r"|(?<!\w)در جریان (?:این|همین|آن)(?!\w)"
    r"|(?<!\w)په (?:دې|همدې|هغه) (?:شخړه|شخړې|پېښه|پیښه|برید|نښته|نښتې|ډزو|چاودنه|شپه|ورځ)(?!\w)",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"(?<!\w)(?:که|چې|who|which|that)\s[^,،;؛.]*[,،]")


def _goes_on(text: str) -> bool:
    """The sentence tells the next step of the story the paragraph is on, so it happened on its day."""
    return bool(
        _GOES_ON.match(text)
        or _GOES_ON_FA_PS.match(text)
        or _COUNTED_OUTCOME.match(text)
        or _SAME_INCIDENT.search(text)
    )


def _in_relative_clause(text: str, hit: Hit) -> bool:
    """The trigger stands in a relative clause closed by a comma ("who had tried to cross the border,")."""
    return any(m.start() < hit.start and hit.end <= m.end() for m in _RELATIVE.finditer(text))


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


def sentence_events(
    item: ReadSentence, index: int, context: Context, article: ArticleFacts, seen_types: set[str]
) -> list[Candidate]:
    """The suggestions of one sentence, with what the merging needs to know of it."""
    if starts_new_topic(item.folded.text):  # "In a separate incident, …": not the last incident's place
        context.where, context.count, context.scene = None, None, None
    live = live_triggers(item, seen_types)
    events = sentence_places.share_place(
        [
            e
            for type_id in dict.fromkeys(t.key for t in live)
            for mine, since, part in sentence_incidents(
                item, [t for t in live if t.key == type_id], article.dates
            )
            for e in _events_of_type(item, live, mine, context, article, since, part)
        ]
    )
    summary = restatements.is_summary(item.folded.text)
    continues = continuity.refers_back(item.folded.text)
    headline = is_headline(item, index, article.title_alone, article.title_index)
    update_context(context, item, events, article.dates)
    return [
        Candidate(e, index, item.paragraph, summary, headline, frozenset(item.alternatives), continues)
        for e in events
    ]
