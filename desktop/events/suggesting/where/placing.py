"""Where an event happened: the places of a sentence grouped and paired with the counts that go with them."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from desktop.events.gazetteer import PlaceMatch
from desktop.events.numbers import Count, CountMatch
from desktop.events.suggesting.where.origins import ARRIVAL_AFTER
from desktop.events.suggesting.where.place_roles import elsewhere, moved_there
from desktop.events.suggesting.where.roads import off_the_road
from desktop.events.vocabulary import Hit

_LIST_GAP = re.compile(r"[\s,،;]*(?:(?:and|or|و|او)\s+)?(?:the\s+)?", re.IGNORECASE)
# "Khanabad district of Kunduz province", "Khanabad, Kunduz": one place said twice.
_SAME_PLACE_GAP = re.compile(
    r"(?:['’]s)?\s*(?:province|district|town|city|village|area|ولایت|ولسوالی|ولسوالۍ|ولسوالي)?\s*[,،]?\s*"
    r"(?:of|in|در|ولسوالی|ولسوالۍ|شهر|ولایت|د)?\s*(?:the\s+)?",
    re.IGNORECASE,
)  # also «د هلمند ولایت د ناد علي ولسوالۍ», «ولایت غزنی، ولسوالی جاغوری»
_COORDINATION = re.compile(r"[,،]|\b(?:and|or)\b|(?<!\w)(?:و|او)(?!\w)", re.IGNORECASE)
_EACH = re.compile(r"\beach\b|(?<!\w)(?:هر|هر یک|هریک)(?!\w)", re.IGNORECASE)
# Deportation happens where people are sent from; flight is recorded where people arrive.
# Deportation is recorded where people were sent from and flight where they fled from: not where
# they arrived ("to Iran", "به ایران", Pashto "پاکستان ته").
_NOT_WHERE = {
    "deportation": re.compile(
        r"(?:\bto|\binto|(?<!\w)به)\s+(?:the\s+)?(?:neighbou?ring\s+)?$", re.IGNORECASE
    ),
    "flight": re.compile(
        r"(?:\bto|\binto|\btowards?|\bfor|(?<!\w)به|(?<!\w)مقصد)\s+(?:the\s+)?(?:neighbou?ring\s+)?$",
        re.IGNORECASE,
    ),
}


_SEPARATE = re.compile(
    r"\b(?:who|which|whom|said|says|told|that|while|but|whereas)\b|[;؛]|(?<!\w)(?:که|گفت|گفتند|ویل|وايي|وایي|چې)(?!\w)",
    re.IGNORECASE,
)
_MAX_COORDINATION_GAP = 30
_NOT_COORDINATION = re.compile(
    r"\b(?:who|which|whom|then|after|before|when|while|but)\b|(?<!\w)(?:که|بعد|پس)(?!\w)"
)
_CONTRAST = re.compile(
    r"\b(?:while|whereas|but|although|however)\b|(?<!\w)(?:اما|ولی|در حالی که|خو)(?!\w)", re.I
)
_STRONG_BREAK = re.compile(
    r";|\b(?:while|whereas|but|although|however)\b|(?<!\w)(?:اما|ولی|در حالی که|خو)(?!\w)", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Where:
    """Where an event happened: an Afghan province (ISO 3166-2), a country, a district, city or region."""

    province: str | None
    country: str | None
    place: str | None = None
    listed: bool = False  # several provinces named, none with its own count: the country stands for them


def where_of(match: PlaceMatch) -> Where:
    """A district or town is recorded in its province, with its own name as the place."""
    place = match.place
    named = place.name if place.kind in {"city", "region", "district", "town"} else None
    return Where(place.province, place.country, named)


def dominant_country(places: list[PlaceMatch]) -> str | None:
    """The country mentioned most (provinces and cities count for theirs); ties go to the first."""
    tally = Counter(m.place.country for m in places)
    return tally.most_common(1)[0][0] if tally else None


def _distance(a: PlaceMatch | Hit, b: Hit) -> int:
    return max(b.start - a.end, a.start - b.end, 0)


def trigger_clusters(text: str, triggers: list[Hit]) -> list[list[Hit]]:
    """Triggers joined by "and" or a comma ("detentions and tortures") share their places."""
    clusters: list[list[Hit]] = []
    for hit in triggers:
        gap = text[clusters[-1][-1].end : hit.start] if clusters else ""
        joined = _COORDINATION.search(gap) and not _NOT_COORDINATION.search(gap)
        if clusters and len(gap) <= _MAX_COORDINATION_GAP and (joined or not gap.strip()):
            clusters[-1].append(hit)
        else:
            clusters.append([hit])
    return clusters


def place_groups(text: str, places: list[PlaceMatch]) -> list[list[PlaceMatch]]:
    """Places listed together ("Khost, Parwan and Faryab") form one group; a district followed by its
    province ("Khanabad district of Kunduz") is one place."""
    groups: list[list[PlaceMatch]] = []
    for match in places:
        last = groups[-1][-1] if groups else None
        gap = text[last.end : match.start] if last else ""
        province = where_of(last).province if last else None
        if last and province and province == where_of(match).province and _SAME_PLACE_GAP.fullmatch(gap):
            if last.place.kind == "province":  # keep the more precise name
                groups[-1][-1] = match
            continue
        if last and _LIST_GAP.fullmatch(gap):
            groups[-1].append(match)
        else:
            groups.append([match])
    return groups


def type_groups(
    text: str, triggers: list[Hit], places: list[PlaceMatch], type_id: str, own: list[Hit] | None = None
) -> list[list[PlaceMatch]]:
    """Place groups closest to a trigger cluster that contains this type (or one of `own`, the triggers of one
    incident of it), in the same part of the sentence ("… in Afghanistan, while others fled to Iran": only
    Iran for the flight)."""
    clusters = trigger_clusters(text, triggers)
    mine = own or [t for t in triggers if t.key == type_id]
    role = _NOT_WHERE.get(type_id)
    places = off_the_road(text, places)
    if type_id not in _NOT_WHERE:
        # "returnees from Iran detained at Islam Qala": where people came from, unless nothing else is
        # named ("a former officer from Farkhar was reported missing")
        located = [m for m in places if not elsewhere(text, m)]
        places = located or places
    if type_id == "flight":  # "two brothers who had returned from Iran fled back across the border"
        places = [m for m in places if m.place.country == "AF"] or places
    if type_id in ("detention", "recruitment", "killing"):
        # "detained in Andarab and transferred to Pul-i-Khumri prison", "recruited and taken to a centre in
        # Sheberghan", «اجساد … از طریق اسلام قلعه به هرات انتقال یافت»: not where it happened
        kept = [m for m in places if not moved_there(text, m)]
        places = kept or (places if type_id == "detention" else [])
    if role is not None:
        places = [
            m for m in places
            if not role.search(text[max(0, m.start - 25) : m.start]) and not ARRIVAL_AFTER.match(text, m.end)
        ]  # fmt: skip
    chosen: list[list[PlaceMatch]] = []
    for group in place_groups(text, places):
        # the nearest trigger on the group's side of a ";": "arrested after petitioning the governor in
        # Ghazni; they were held …" is the arrest's place, though "held" is nearer
        closest = min(
            clusters,
            key=lambda cl: min((_across(text, group, t), _distance(group[0], t)) for t in cl),
        )
        if not any(t in mine for t in closest) or _apart(text, group, mine, len(clusters) == 1):
            continue
        chosen.append(group)
    # "met three young men in Herat city who said a broker in Mashhad had recruited them": the place in the
    # trigger's own clause, when one is
    in_clause = [g for g in chosen if any(not _SEPARATE.search(_between(text, g, t)) for t in mine)]
    return in_clause or chosen


def _between(text: str, group: list[PlaceMatch], trigger: Hit) -> str:
    return (
        text[trigger.end : group[0].start]
        if trigger.end <= group[0].start
        else text[group[-1].end : trigger.start]
    )


def _across(text: str, group: list[PlaceMatch], trigger: Hit) -> bool:
    """A ";" stands between the group and the trigger, and the clause after it goes on about the same people
    ("; they were held for three days"), not about others ("; a further 14,000 came back")."""
    return _GOES_ON_ABOUT_THEM.search(_between(text, group, trigger)) is not None


_GOES_ON_ABOUT_THEM = re.compile(
    r"[;؛]\s*(?:they|he|she|all of them|both|(?<!\w)(?:آنان|آنها|ایشان|او|وی|هغوی|دوی|هغه))(?!\w)",
    re.IGNORECASE,
)


def _apart(text: str, group: list[PlaceMatch], triggers: list[Hit], alone: bool) -> bool:
    """Every trigger is across a "while" or "but" from the group, or across a ";" when the other part
    has events of its own (`alone` False): "raided his house in Herat; he has not been heard from since"."""

    def between(t: Hit) -> str:
        return text[t.end : group[0].start] if t.end <= group[0].start else text[group[-1].end : t.start]

    breaks = _CONTRAST if alone else _STRONG_BREAK
    return all(breaks.search(between(t)) for t in triggers)


def _governing_count(
    groups: list[list[PlaceMatch]], index: int, counts: list[CountMatch]
) -> CountMatch | None:
    """In "four in Takhar, three in Parwan" each place takes the count just before it."""
    floor = groups[index - 1][-1].end if index else 0
    before = sorted(
        (c for c in counts if floor <= c.start and c.end <= groups[index][0].start), key=lambda c: c.start
    )
    return before[-1] if before else None


_OPEN_BRACKET = re.compile(r"\s*\(\s*")


def _bracketed_count(text: str, group: list[PlaceMatch], counts: list[CountMatch]) -> CountMatch | None:
    """In "Kandahar (11), Herat (6) and Takhar (4 men in Taloqan)" each place takes the count opening the
    brackets right after it."""
    return next(
        (c for m in group for c in counts if _OPEN_BRACKET.fullmatch(text, m.end, c.start)),
        None,
    )


def _one_place(group: list[PlaceMatch]) -> bool:
    return len({where_of(m) for m in group}) == 1


def placements(
    text: str,
    groups: list[list[PlaceMatch]],
    counts: list[CountMatch],
    people: list[CountMatch] | None = None,
) -> list[tuple[Where | None, Count | None]]:
    """(where, count) pairs for one event type in one sentence.

    A list of places sharing one count or none ("nine men in Farah, Nimroz and Helmand",
    "detentions in the provinces of A, B and C") is one event in their country: the sentence does
    not say what happened in each. Each place gets its own event when it has its own count
    ("four in Takhar, three in Parwan") or one each ("one each in Logar and Khost"), or opens brackets right
    after it ("in Kandahar (eleven people, on 2 August), in Herat (six people …)": any of the sentence's
    `people` counts, however far from the event's word).
    """
    if not groups:
        return [(None, counts[0].count if counts else None)]
    enumerated = len(groups) > 1 and all(_governing_count(groups, i, counts) for i in range(len(groups)))
    bracketed = [_bracketed_count(text, g, people or counts) for g in groups] if len(groups) > 1 else []
    # a place inside another's brackets ("Takhar (four men in Taloqan …)") is that place's
    inside = [
        found is None
        and any(c and c.start < g[0].start and ")" not in text[c.end : g[0].start] for c in bracketed)
        for g, found in zip(groups, bracketed, strict=False)
    ]
    by_brackets = any(bracketed) and all(c or i for c, i in zip(bracketed, inside, strict=False))
    pairs: list[tuple[Where | None, Count | None]] = []
    for index, group in enumerate(groups):
        if by_brackets:
            found = bracketed[index]
        elif len(groups) == 1:
            found = counts[0] if counts else None
        else:
            found = _governing_count(groups, index, counts) if enumerated or len(counts) > 1 else None
            found = found or (counts[0] if len(counts) == 1 and index == 0 else None)
        count = found.count if found else None
        each = (
            found is not None
            and found.end <= group[0].start
            and _EACH.search(text[found.end : group[0].start])
        )
        if _one_place(group) or each:
            pairs += [(where_of(m), count) for m in {where_of(m): m for m in group}.values()]
            continue
        provinces = {where_of(m).province for m in group}
        if len(provinces) == 1 and None not in provinces:  # "Arghandab and Daman districts of Kandahar"
            pairs.append((Where(provinces.pop(), group[0].place.country), count))
            continue
        countries = list(dict.fromkeys(m.place.country for m in group))
        if len(countries) == 1:
            pairs.append((Where(None, countries[0], listed=None not in provinces), count))
        else:
            pairs += [(Where(None, country), None) for country in countries]
    return _one_per_province(pairs)


def _one_per_province(
    pairs: list[tuple[Where | None, Count | None]],
) -> list[tuple[Where | None, Count | None]]:
    """A province named twice ("Zabul: 2 ex-policemen beaten in Qalat") is one event, with the count
    and the most precise place, unless each mention has its own count."""
    kept: list[tuple[Where | None, Count | None]] = []
    for where, count in pairs:
        twin = next(
            (
                i
                for i, (w, c) in enumerate(kept)
                if w and where and w.province and w.province == where.province
            ),
            None,
        )
        if twin is None or (count is not None and kept[twin][1] is not None):
            kept.append((where, count))
            continue
        other, other_count = kept[twin]
        place = where.place if where and where.place else other.place if other else None
        kept[twin] = (Where(other.province if other else None, other.country if other else None, place),
                      other_count or count)  # fmt: skip
    return kept
