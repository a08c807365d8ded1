"""Where an event happened: the places of a sentence grouped and paired with the counts that go with them."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from desktop.events.gazetteer import PlaceMatch, find_places
from desktop.events.name_index import merge_pashto
from desktop.events.numbers import Count, CountMatch
from desktop.events.place_context import dateline_places
from desktop.events.script import fold_str
from desktop.events.suggesting.roads import LANDMARK, off_the_road
from desktop.events.vocabulary import Hit

# "Afghanistan military personnel": the country name qualifies a noun; it does not say where.
_MODIFIER = re.compile(
    r"\s+(?:military|security|army|soldiers|troops|government|forces|personnel|refugees|citizens|"
    r"nationals|officials|police|embassy|envoy|authorities|border guards?|state department|department|"
    r"ministry|president)\b",
    re.IGNORECASE,
)
# "US concerned by …", "The United States has issued a warning": the country speaks; it is not a place
# (but "the council of Tajikistan said" still names one).
_SPEAKS = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:concerned|said|says|urged|urges|called|calls|expressed|expresses|warned|"
    r"warns|condemned|condemns|issued|announced|stated|told|critici[sz]ed|welcomed|demanded|asked|"
    r"ابراز|گفت|اعلام|خواست|هشدار|محکوم)\b",
    re.IGNORECASE,
)
_OF_IN = re.compile(r"(?:\bof|\bin|\bfrom|\bto|\binto|(?<!\w)(?:در|از|به))\s+(?:the\s+)?$", re.IGNORECASE)
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
# Where detainees were taken, not where they were detained: "transferred to a prison in", «به زندان».
_CUSTODY_BEFORE = re.compile(
    r"(?:transferred|moved|taken|sent|brought)\s+to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:in\s+|of\s+)?$|"
    r"(?:به|د)\s+(?:زندان|محبس|توقیفخانه|بندیخانه|زندان ولایتی)\s+(?:\S+\s+)?$|"
    r"(?<!\w)به\s+(?:یک\s+)?(?:مرکز|پایگاه|کمپ|اردوگاه|قرارگاه|مدرسه)\s+(?:\S+\s+){0,3}?(?:در\s+)?$|"
    r"\b(?:sent|taken|moved)\s+to\s+(?:a|the)\s+(?:\w+\s+)?(?:camp|centre|center|base|madrasa)\s+(?:in|at|near)\s+$",
    re.IGNORECASE,
)
_RESIDENT_BEFORE = re.compile(
    r"\b(?:residents?|natives?|originally)\s+(?:of|from)\s+(?:the\s+)?$|"
    r"(?<!\w)(?:اهل|باشنده|باشندگان|ساکن|ساکنان|اصلا)\s+(?:ولسوالی\s+|ولایت\s+|شهر\s+)?$",
    re.IGNORECASE,
)
_RESIDENT_AFTER = re.compile(
    r"(?:\s+\S+){0,3}?\s+(?:اوسېدونکی|اوسیدونکی|اوسېدونکي|اوسیدونکي|اوسیدونکو|اوسېدونکو)(?!\w)|"
    r"\s+(?:residents?|natives?)\b",
    re.IGNORECASE,
)
# Passed through or moved to after the event: "via Islam Qala", «از طریق بندر اسلام قلعه», «… به هرات انتقال».
_TRANSIT_BEFORE = re.compile(
    r"(?:\bvia|\bthrough|(?<!\w)از طریق)\s+(?:the\s+)?(?:\S+\s+)?$|"
    r"\b(?:brought|transferred|taken|returned|repatriated|sent)\s+(?:\S+\s+){0,4}?to\s+(?:the\s+)?$|"
    r"\b(?:handed over|handed back|received|delivered)\s+(?:to \S+ (?:\S+ )?)?(?:at|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)  # "the bodies … were handed over at Islam Qala": where they were received, not where they were killed
# … «به هرات انتقال یافت», «در اسلام قلعه تحویل داده شد», Pashto «د اسلام قلعې له لارې» (by way of)
_MOVED_AFTER = re.compile(
    r"\s+(?:ته\s+)?(?:انتقال|منتقل|آورده|ولېږدول|ولیږدول|راوړل|تحویل|وسپارل)\S*|\s+له\s+(?:لارې|لاری)(?!\w)"
)


def _moved_there(text: str, match: PlaceMatch) -> bool:
    """The place is where people or bodies were taken, or passed through, not where the event happened."""
    before = text[max(0, match.start - 40) : match.start]
    return bool(
        _CUSTODY_BEFORE.search(before)
        or _TRANSIT_BEFORE.search(before[-30:])
        or _MOVED_AFTER.match(text, match.end)
    )


_ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# "a Herat-based group said …": where someone is based, not where it happened (unless nothing else is named).
_BASED = re.compile(r"-?\s*based\b", re.IGNORECASE)
_ARRIVAL_AFTER = re.compile(r"\s+ته(?!\w)")
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


def event_places(text: str, *, modifiers: bool = False) -> list[PlaceMatch]:
    """Places in a sentence that can locate an event: adjectival country names ("US State
    Department") are left out unless `modifiers`, and so is a country when one of its provinces,
    cities or regions is named."""
    return locating(text, find_places(text), modifiers=modifiers)


# "(Khorasan Wire)", "Kabul Times", «خبرگزاری باختر»: a place in the name of a news outlet is not a place.
_OUTLET_AFTER = re.compile(
    r"\s+(?:wire|news|agency|times|post|press|tv|television|radio|daily|online|media|network|tribune|observer|"
    r"herald|gazette|monitor)\b",
    re.IGNORECASE,
)
_OUTLET_BEFORE = re.compile(r"(?:خبرگزاری|رادیو|تلویزیون|روزنامه|رسانه|راډیو|ټلویزیون|ورځپاڼه)\s+$")


def _outlet(text: str, match: PlaceMatch) -> bool:
    return bool(
        _OUTLET_AFTER.match(text, match.end)
        or _OUTLET_BEFORE.search(text[max(0, match.start - 12) : match.start])
    )


def locating(text: str, found: list[PlaceMatch], *, modifiers: bool = False) -> list[PlaceMatch]:
    """Of the places `found` in the sentence `text`, those that can locate an event (see event_places)."""
    filed = dateline_places(text, [(m.start, m.end) for m in found], labels=False)  # "KABUL –", not "Herat:"
    found = [m for i, m in enumerate(found) if i not in filed and not _outlet(text, m)]
    kept = [m for m in found if modifiers or m.place.kind != "country" or not _qualifies(text, m)]
    specific = {m.place.country for m in kept if m.place.kind != "country"}
    return [m for m in kept if m.place.kind != "country" or m.place.country not in specific]


def _qualifies(text: str, match: PlaceMatch) -> bool:
    """The country name qualifies a noun or is the subject speaking: it does not say where."""
    if _MODIFIER.match(text, match.end):
        return True
    located = _OF_IN.search(text, max(0, match.start - 12), match.start)
    return not located and bool(_SPEAKS.match(text, match.end))


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
        located = [m for m in places if not _elsewhere(text, m)]
        places = located or places
    if type_id == "flight":  # "two brothers who had returned from Iran fled back across the border"
        places = [m for m in places if m.place.country == "AF"] or places
    if type_id in ("detention", "recruitment", "killing"):
        # "detained in Andarab and transferred to Pul-i-Khumri prison", "recruited and taken to a centre in
        # Sheberghan", «اجساد … از طریق اسلام قلعه به هرات انتقال یافت»: not where it happened
        kept = [m for m in places if not _moved_there(text, m)]
        places = kept or (places if type_id == "detention" else [])
    if role is not None:
        places = [
            m for m in places
            if not role.search(text[max(0, m.start - 25) : m.start]) and not _ARRIVAL_AFTER.match(text, m.end)
        ]  # fmt: skip
    chosen: list[list[PlaceMatch]] = []
    for group in place_groups(text, places):
        closest = min(clusters, key=lambda cl: min(_distance(group[0], t) for t in cl))
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


def _elsewhere(text: str, match: PlaceMatch) -> bool:
    """The place says where people came from, live or are based ("returnees from Iran", "a resident of
    Kunar", «اهل ولسوالی رستاق», «د کونړ … اوسېدونکی», "a Kabul-based group"); not where residents who
    tell the story live ("residents of Nad Ali said", «د ناد علي ولسوالۍ اوسېدونکي وايي چې …»: local news)."""
    before = text[max(0, match.start - 25) : match.start]
    resident = _RESIDENT_AFTER.match(text, match.end)
    if resident and _SPEAKING.match(text, resident.end()):
        return False
    if _RESIDENT_BEFORE.search(before) and _SPEAKING.match(text, match.end):
        return False
    return bool(
        _ORIGIN.search(before[-12:])
        or _RESIDENT_BEFORE.search(before)
        or _BASED.match(text, match.end)
        or resident
    )


# Residents who speak are the story's local sources: "residents of Nad Ali said", «… اوسېدونکي وايي».
_SPEAKING = re.compile(
    r"\s*(?:,\s*)?(?:say|says|said|told|report|reported|وايي|وایي|وویل|ویلي|ویل|گفتند|می\s?گویند|گفته\s+اند)(?!\w)",
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


def _one_place(group: list[PlaceMatch]) -> bool:
    return len({where_of(m) for m in group}) == 1


def placements(
    text: str, groups: list[list[PlaceMatch]], counts: list[CountMatch]
) -> list[tuple[Where | None, Count | None]]:
    """(where, count) pairs for one event type in one sentence.

    A list of places sharing one count or none ("nine men in Farah, Nimroz and Helmand",
    "detentions in the provinces of A, B and C") is one event in their country: the sentence does
    not say what happened in each. Each place gets its own event when it has its own count
    ("four in Takhar, three in Parwan") or one each ("one each in Logar and Khost").
    """
    if not groups:
        return [(None, counts[0].count if counts else None)]
    enumerated = len(groups) > 1 and all(_governing_count(groups, i, counts) for i in range(len(groups)))
    pairs: list[tuple[Where | None, Count | None]] = []
    for index, group in enumerate(groups):
        if len(groups) == 1:
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


# A sentence that opens with these starts another incident: it does not continue the place of the last one.
_NEW_TOPIC = re.compile(
    r"^\W*(?:separately|elsewhere|in other news"
    r"|in (?:a|an)(?: \w+)? (?:separate|unrelated|different)(?: \w+)?"
    r"|in (?:another|a further|one more) (?:incident|case|development|province|district|report)"
    r"|در (?:یک )?(?:رویداد|رویدادی|حادثه|حادثه ای|مورد|موردی|قضیه)(?: ی)? (?:جداگانه|دیگر|دیگری)"
    r"|در (?:جای|جایی) دیگر|جداگانه|در خبری دیگر"
    r"|په (?:یوه )?(?:بله|جلا|بیله) (?:پیشه|واقعه|قضیه)|په بل زای)(?!\w)",  # Pashto letters merged
    re.IGNORECASE,
)
# Words that say a sentence tells of an incident (a raid, a search, an attack) even when no event of the
# vocabulary is named in it: "Taliban intelligence raided homes in Nili on Monday."
_INCIDENT = re.compile(
    r"\b(?:raid(?:ed|s|ing)?|storm(?:ed|ing)|search(?:ed|ing)|surround(?:ed|ing)|broke into|burst into|"
    r"forced (?:their|his|her|its) way into|entered|attack(?:ed|ing)|opened fire|cordon(?:ed)?|stopp(?:ed)|"
    r"came to|went to|arrived at|visited|rounded up|picked up|seized|checkpoint|summon(?:ed|s))\b"
    r"|(?<!\w)(?:یورش|هجوم|تلاشی|محاصره|حمله|بازرسی|چاپه|چاپی|یرغل|برید|ننوتل|ننوتی|پوسته|ایست بازرسی"
    r"|امدند|رفتند|ورغلل|راغلل|احضار\S*|وغوښتل)",
    re.IGNORECASE,
)


def starts_new_topic(folded: str) -> bool:
    """The sentence (folded) opens another incident ("Separately, …", "In a separate incident, …",
    "Elsewhere, …", «در رویدادی جداگانه»، «په یوه بله پېښه کې»): it takes no place from those before."""
    return bool(_NEW_TOPIC.search(merge_pashto(folded)))


def incident_where(text: str, places: list[PlaceMatch], acted: bool) -> Where | None:
    """Where a sentence without events tells an incident happened ("Taliban intelligence raided homes in
    Nili on Monday."): the one Afghan province its places lie in, when it names an act (a raid, a search)
    and `acted` (an actor or a date of its own); else None. The next sentences of the paragraph that
    name no place continue it ("Two former police officers were detained.")."""
    if not acted or not _INCIDENT.search(merge_pashto(fold_str(text))):
        return None
    places = [
        m for m in places
        if not _elsewhere(text, m) and not LANDMARK.search(text[max(0, m.start - 30) : m.start])
    ] or places  # fmt: skip
    provinces = {m.place.province for m in places if m.place.province}
    if len(provinces) != 1:
        return None
    precise = [m for m in places if m.place.kind != "province" and m.place.province in provinces]
    where = where_of(precise[-1]) if precise else where_of(places[-1])
    return Where(provinces.pop(), "AF", where.place)
