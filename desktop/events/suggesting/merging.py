"""One suggestion per real event: passages about the same incident merged, totals of listed events dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import timedelta
from itertools import accumulate

from desktop.events.numbers import Count
from desktop.events.script import fold_str
from desktop.events.suggesting.mentions import HARMS, before_then, is_search, is_silence, silence_of_one
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


def _agree(a: object, b: object) -> bool:
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
    if a.type != b.type or not _agree(a.country, b.country) or not _agree(a.province, b.province):
        return False
    if (a.listed or b.listed) and (a.province or b.province):
        return False  # "detained in Balkh, Samangan and Jowzjan" is not the incident told in Balkh
    counts = a.count is None or b.count is None or _counts_agree(a.count, b.count)
    # Two counted events of different victims are two incidents; an uncounted mention may name them otherwise.
    victims = _agree(a.victim_group, b.victim_group) or a.count is None or b.count is None
    actors = _agree(a.perpetrator, b.perpetrator) and victims
    # a quarter's count is not one incident's, unless it is the same people at the same place ("seven in
    # Shindand district" in a quarter's breakdown, then "the seven men in Shindand were taken on 19 July")
    same_people = a.count is not None and a.count == b.count and a.place is not None and a.place == b.place
    tallies = not _tally(a) ^ _tally(b) or same_people
    return counts and actors and _agree(a.place, b.place) and _dates_agree(a, b) and tallies


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


def _fill(primary: SuggestedEvent, other: SuggestedEvent) -> SuggestedEvent:
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
    event = _fill(first.event, second.event)
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


def drop_headlines(candidates: list[Candidate]) -> list[Candidate]:
    """A title announces what the story reports: its events are left out when the story has events of
    their type (the story's have the details and the passage to quote)."""

    def announced(c: Candidate) -> bool:
        return c.headline and any(o.event.type == c.event.type and not o.headline for o in candidates)

    return [c for c in candidates if not announced(c)]


def drop_summaries(candidates: list[Candidate]) -> list[Candidate]:
    """Leave out events of a sentence adding events up ("in total, seven were detained") when other
    sentences report events of that type."""

    def restates(c: Candidate) -> bool:
        return c.summary and any(
            o.event.type == c.event.type and o.sentence != c.sentence for o in candidates
        )

    return [c for c in candidates if not restates(c)]


def _is_total(event: SuggestedEvent, others: list[SuggestedEvent], types: frozenset[str]) -> bool:
    """A country's count that adds up the counts of events in its provinces, or a province's that adds up
    those of its districts ("eight detained or disappeared in Takhar: five in Rustaq and three in
    Farkhar"); `types` are the event's type and those its sentence allows."""
    if event.count is None:
        return False
    same = [
        e for e in others if e is not event and e.type in types and e.country == event.country and e.count
    ]
    same = list({(e.province, e.place, e.count.value if e.count else None): e for e in same}.values())
    if event.province is None and event.country not in (None, "AF"):
        # abroad no province is named: "the execution of five Afghans in Iranian prisons this month", then
        # four hanged in Karaj on 4 February and a fifth executed in Isfahan two days later
        parts = [e for e in same if e.province is None and _within(e, event)]
    elif event.province is None:
        parts = [e for e in same if e.province]
    elif event.place is None:
        parts = [e for e in same if e.province == event.province and e.place]
    else:  # "five in Faizabad": four taken from the mosque there, and a fifth man two days later
        parts = [e for e in same if e.province == event.province and e.place in (event.place, None)]
    if len(parts) >= 2 and _adds_up(event.count, sum(e.count.value for e in parts if e.count)):
        return True
    # or a run of parts told one after the other ("Six of them were arrested in Spin Boldak … Five more were
    # detained in Lashkar Gah …"), when the article tells other incidents of the type too
    if len(parts) <= 2:
        return False
    sums = [0, *accumulate(e.count.value if e.count else 0 for e in sorted(parts, key=lambda e: e.start))]
    return any(
        sums[j] - sums[i] == event.count.value for i in range(len(sums)) for j in range(i + 2, len(sums))
    )


def _within(part: SuggestedEvent, total: SuggestedEvent) -> bool:
    """The part's dates lie in the total's range (or either is undated or only reported)."""
    if part.date_start is None or total.date_start is None or total.date_reported or part.date_reported:
        return True
    return total.date_start <= part.date_start and (part.date_end or part.date_start) <= (
        total.date_end or total.date_start
    )


def _adds_up(total: Count, found: int) -> bool:
    """The parts' sum is the total: equal, or close for a total with a qualifier ("at least twelve
    detained", then six and five listed; "about 40", then 20 and 18)."""
    if total.qualifier in ("at least", "about"):
        return 0.85 * total.value <= found <= 1.25 * total.value
    return found == total.value


def drop_totals(candidates: list[Candidate]) -> list[Candidate]:
    """Leave out aggregates restating events already suggested ("eight detained: five in X, three in Y")."""
    events = [c.event for c in candidates]

    def types(c: Candidate) -> frozenset[str]:  # the detained who then disappeared were detained
        extra = {"disappearance"} if c.event.type == "detention" else set()
        return c.alternatives | {c.event.type} | extra

    return [c for c in candidates if not _is_total(c.event, events, types(c))]


def drop_raids(candidates: list[Candidate]) -> list[Candidate]:
    """A house search or raid told next to what it did to people ("Taliban intelligence raided homes in
    Nili. Two former police officers were detained.") is that event, not a threat besides."""

    def harmed(c: Candidate) -> bool:
        return any(
            o.event.type in HARMS and o.paragraph == c.paragraph and abs(o.sentence - c.sentence) <= 1
            and _agree(o.event.province, c.event.province)
            for o in candidates
        )  # fmt: skip

    return [
        c for c in candidates if not (c.event.type == "threat" and is_search(c.event.trigger) and harmed(c))
    ]


def join_silence(
    candidates: list[Candidate], text: str, acts: dict[int, int] | None = None
) -> list[Candidate]:
    """A detention told in one sentence and silence about the person in the next ("… took him away. Since
    that day we have had no news of him.", «… با خود بردند. از همان روز هیچ خبری از او نداریم») is one
    disappearance, dated and placed by the detention; `acts` (outcome sentence → act sentence, see
    outcomes.pairs) reaches an act a sentence or two further back ("… was summoned on 9 May. His wife went
    to the office. He has not been seen since.")."""
    acts = acts or {}
    kept = list(candidates)
    for silent in candidates:
        paired = silent.sentence in acts
        if silent.event.type != "disappearance" or not (paired or is_silence(silent.event.trigger)):
            continue
        act = acts.get(silent.sentence, silent.sentence - 1)
        taken = [
            c for c in kept
            if c.event.type in ("detention", "disappearance") and c is not silent
            and c.paragraph == silent.paragraph
            and c.sentence == act and _agree(c.event.province, silent.event.province)
            and not (act == silent.sentence and not is_silence(silent.event.trigger))  # "held and vanished"
            and (c.event.count is None or silent.event.count is None or c.event.count == silent.event.count)
        ]  # fmt: skip
        if len(taken) != 1 or not any(c is silent for c in kept):
            continue
        detained = taken[0].event
        start, end = detained.start, silent.event.end if act == silent.sentence - 1 else detained.end
        after = text[silent.event.start : silent.event.end]
        after = after[after.find(silent.event.trigger) + len(silent.event.trigger) :][:20]
        if detained.count is None and silent.event.count is None and silence_of_one(fold_str(after)):
            detained = replace(detained, count=Count(1, "exact"))  # «هیچ خبری از او»: of one person
        event = replace(
            _fill(replace(detained, type="disappearance", trigger=silent.event.trigger), silent.event),
            passage=text[start:end], start=start, end=end,
        )  # fmt: skip
        at = next(i for i, c in enumerate(kept) if c is taken[0])  # by identity: == compares every field
        kept[at] = replace(taken[0], event=event, sentence=silent.sentence)
        kept = [c for c in kept if c is not silent]
    return kept


def drop_missing_before_death(candidates: list[Candidate]) -> list[Candidate]:
    """ "The body of a former commander was found on 18 April. He had been missing since 15 April.": the
    disappearance before a killing told just before it is its background, not another event; an abduction
    ("he had been abducted by armed men at a checkpoint", «ربوده شده بود») is an act of its own."""

    def background(c: Candidate) -> bool:
        return (
            c.event.type == "disappearance"
            and before_then(fold_str(c.event.passage))
            and not _ABDUCTED.search(fold_str(c.event.trigger))
            and any(
                o.event.type == "killing" and o.paragraph == c.paragraph and o.sentence == c.sentence - 1
                and _agree(o.event.province, c.event.province)
                for o in candidates
            )
        )  # fmt: skip

    return [c for c in candidates if not background(c)]


_ABDUCTED = re.compile(r"abduct|kidnap|taken|ربود|اختطاف|تښتول|تښتاو|بوتلل|پایین", re.IGNORECASE)
_QUOTE_OPENS = re.compile(r"^[\s\-*•]*[\"“«‘']")
# Harm done while resisting the incident just told: "were beaten when they tried to stop the men from taking
# her", «هنگامی که خواستند جلوی بردن او را بگیرند لت و کوب شدند», «کله یې چې د نیولو مخه ونیوله».
_RESISTING = re.compile(
    r"\b(?:when|as|while|after)\s+(?:they|he|she|we|I)\s+(?:tried|attempted|wanted|refused|resisted|protested)"
    r"|(?:هنگامی که|وقتی که|وقتی|زمانی که)\s+(?:\S+\s+){0,3}(?:مانع|جلوی|جلو|مقاومت|اعتراض)"
    r"|(?:کله چې|کله یې چې)\s+(?:\S+\s+){0,3}(?:مخه|مخنیوی|مقاومت|اعتراض)",
    re.IGNORECASE,
)


def date_continuations(candidates: list[Candidate]) -> list[Candidate]:
    """A witness's words quoted right after a dated sentence of the same paragraph ("Two men were killed on
    Aug. 9 … \"They beat us with rifle butts, … they took my brother\", said a farmer") tell that day's
    incident, as does harm done resisting it ("were beaten when they tried to stop the men from taking her",
    also opening the next paragraph): an event they give no date of their own takes its day instead of the
    publication date."""
    carried = []
    for c in candidates:
        if not c.event.date_reported:  # dated by its own words (most): nothing to look for (speed)
            carried.append(c)
            continue
        quoted = _QUOTE_OPENS.match(c.event.passage) is not None
        resisting = _RESISTING.search(c.event.passage) is not None
        before = [
            d.event
            for d in candidates
            if d.sentence == c.sentence - 1
            and (d.paragraph == c.paragraph or resisting)  # the sentence just before, in any paragraph
            and d.event.date_precision == "day"
        ]
        if c.event.date_reported and before and (quoted or resisting):
            day = before[-1]
            c = replace(
                c,
                event=replace(
                    c.event, date_start=day.date_start, date_end=day.date_end, date_precision="day"
                ),
            )
        carried.append(c)
    return carried


# A witness's words: the passage opens with a quote, or someone "said:" one («یکی از آنان گفت: «…»»).
_ACCOUNT = re.compile(r"^[\s\-*•]*[\"“«‘']|(?:said|says|told \w+|گفت|گفته است|وویل|ویلي)\s*:\s*[\"“«]")


def drop_accounts(candidates: list[Candidate]) -> list[Candidate]:
    """A witness's quoted account with no date of its own, told right after (up to two sentences) an event
    of its type in the same place ("At least six men were rounded up in Khan Abad …" then "\"They took my
    brother and my two cousins\", one Khan Abad resident said"), is that event told again, not another."""

    def told_before(c: Candidate) -> bool:
        if not c.event.date_reported or not _ACCOUNT.search(c.event.passage):
            return False
        return any(
            o.event.type == c.event.type and 0 < c.sentence - o.sentence <= 2 and not o.event.date_reported
            and _agree(o.event.province, c.event.province) and _agree(o.event.country, c.event.country)
            for o in candidates
        )  # fmt: skip

    return [c for c in candidates if not told_before(c)]
