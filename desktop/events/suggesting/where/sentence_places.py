"""Where a sentence's events happened when its words leave it open: the country that deported people, the
one province a sentence names, the place a paragraph of notes opens with."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from desktop.events.gazetteer import country_of_word
from desktop.events.script import fold_str
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.suggestion import SuggestedEvent
from desktop.events.suggesting.when.dating import When
from desktop.events.suggesting.where.origins import destination
from desktop.events.suggesting.where.placing import Where, where_of
from desktop.events.vocabulary import Hit

_DEMONYM = re.compile(
    r"\b(?:Iranian|Pakistani|Tajik|Uzbek|Turkmen|Turkish)\b|(?<!\w)(?:ایرانی|پاکستانی)(?!\w)"
)


def sender(item: ReadSentence, home: str | None, abroad: str | None) -> Where | None:
    """A deportation is recorded where people were sent from, not where they arrived ("deported from
    Iran through Islam Qala"): the deporting actor's country, another country the sentence names, or
    the one the article names most."""
    if home and home != "AF":
        return Where(None, home)
    named = [m.place.country for m in item.all_places if m.place.country != "AF"]
    named = named or [
        c
        for w in _DEMONYM.findall(item.sentence.text)
        if (c := country_of_word(w) or _NEIGHBOUR_WORDS.get(fold_str(w))) not in (None, "AF")
    ]  # (the gazetteer knows English demonyms; Dari ones are below)
    # «مقام‌های تاجیک دوازده پناهجو را … بازگرداندند»: a neighbour's officials in Dari or Pashto
    named = named or [_NEIGHBOUR_WORDS[fold_str(w)] for w in _NEIGHBOUR_AUTHORITY.findall(item.sentence.text)]
    # "deported through Torkham": the crossing tells which neighbour sent them, before the article's guess
    crossed = [_CROSSINGS[m.place.name] for m in item.all_places if m.place.name in _CROSSINGS]
    country = named[0] if named else crossed[0] if crossed else abroad
    return Where(None, country) if country else None


# A neighbour's officials in Dari and Pashto: «مقام‌های تاجیک», «پولیس ایرانی» (the country's own name is a
# place, found with the others; «تاجیک» alone is also Afghanistan's Tajiks, «مردم تاجیک»).
_NEIGHBOUR_WORDS = {
    fold_str(w): c
    for c, words in {
        "IR": ("ایرانی", "ایراني"),
        "PK": ("پاکستانی", "پاکستاني"),
        "TJ": ("تاجیک", "تاجیکی"),
    }.items()
    for w in words
}
_NEIGHBOUR_AUTHORITY = re.compile(
    r"(?<!\w)(?:مقام[\s\u200c]*های|مقامات|مرزبانان|پولیس|پلیس|نیروهای|ماموران|مأموران|حکومت|دولت|چارواکو|"
    r"چارواکي|پولیسو|سرحدي ځواکونو)[\s\u200c]+(?:مرزی[\s\u200c]+|امنیتی[\s\u200c]+)?"
    rf"({'|'.join(sorted(_NEIGHBOUR_WORDS, key=len, reverse=True))})(?!\w)"
)


def crossing_country(name: str) -> str | None:
    """The neighbour on the other side of an Afghan border crossing ("Islam Qala" → "IR"), else None."""
    return _CROSSINGS.get(name)


# Afghan border crossings and the neighbour on their other side.
_CROSSINGS = {
    "Torkham": "PK", "Spin Boldak": "PK", "Ghulam Khan": "PK", "Angur Ada": "PK",
    "Islam Qala": "IR", "Abu Nasr Farahi": "IR", "Zaranj": "IR",
    "Sher Khan Bandar": "TJ", "Hairatan": "UZ", "Aqina": "TM", "Torghundi": "TM",
}  # fmt: skip


def share_place(events: list[SuggestedEvent]) -> list[SuggestedEvent]:
    """An event whose words have no place of their own in a sentence naming one province happened there
    ("detained in Herat; his whereabouts remain unknown")."""
    provinces = {e.province for e in events if e.province and not e.place_inferred}
    if len(provinces) != 1:
        return events
    (province,) = provinces
    return [
        # (a deportation is the sending country's: "deported through Spin Boldak into Kandahar" is Pakistan's)
        replace(e, province=province, country="AF", place=None)
        if e.place_inferred and e.type != "deportation"
        else e
        for e in events
    ]


def main_province(read: list[ReadSentence]) -> str | None:
    """The Afghan province over half of an article's places lie in (a provincial authority's, when a
    sentence names none: "the provincial department of information and culture ordered …")."""
    tally = Counter(m.place.province for s in read for m in s.places if m.place.province)
    if not tally:
        return None
    province, times = tally.most_common(1)[0]
    return province if 2 * times > sum(tally.values()) else None


_LEAD_WORDS = re.compile(r"^\W*(?:\w+[\s\-]*){1,4}[.:]?\W*$")


def place_lead(item: ReadSentence) -> Where | None:
    """A paragraph of notes opening with the name of its place ("Maimana. Met the brother of …"): the
    Afghan place all of that paragraph's incidents happened in."""
    if len(item.places) != 1 or item.triggers or not _LEAD_WORDS.match(item.sentence.text):
        return None
    match = item.places[0]
    if match.place.province is None or len(item.sentence.text.strip(" .:\n")) > len(match.place.name) + 12:
        return None
    return where_of(match)


_FROM = re.compile(
    # "from Mazar-i-Sharif", «از …», «له …»; and the place a verb of leaving takes: "had fled Chaghcharan"
    r"(?:\bfrom|(?<!\w)از|(?<!\w)له)\s+(?:the\s+)?(?:\S+\s+)?$|\b(?:fled|left|abandoned|escaped|leaving|fleeing)\s+$"
    # "families from villages around Tagab", "from the villages near Chak"
    r"|\bfrom\s+(?:the\s+)?(?:villages?|areas?|districts?|homes?)\s+(?:around|near|of|in)\s+$",
    re.IGNORECASE,
)
# Pashto names the place before its "from": «د شهرستان له ولسوالۍ څخه» (from the district of Shahrestan).
_FROM_AFTER = re.compile(
    r"^\s+له\s+(?:ولسوالۍ|ولسوالی|ولایت|ولايت|ښار|ښاره|کلي|کلي|سيمې|سیمې)\s+(?:څخه|نه|ځنې)(?!\w)"
)


def flight_origin(item: ReadSentence, *, homes: bool = False) -> Where | None:
    """Where people fled from ("activists from Mazar-i-Sharif … crossed into Pakistan via Torkham", «از
    مزار شریف … به پاکستان»): an Afghan place right after "from" (flight is keyed where it started). With
    `homes`, also where the people are from ("twenty young men from Dand district were taken … to fight"):
    recruitment is keyed where they were taken from."""
    text = item.sentence.text
    for match in item.all_places if homes else item.places:
        if (
            match.place.country == "AF"
            and match.place.province
            and not destination(text, match)  # «… له وېرې لوګر ته کډه شوې»: "for fear", then where they went
            and (
                _FROM.search(text[max(0, match.start - 40) : match.start])
                or _FROM_AFTER.match(text[match.end : match.end + 30])
            )
        ):
            return where_of(match)
    return None


_THERE = re.compile(r"^\W*(?:\S+\s+){0,2}?(?:there|in that place|آنجا|همانجا|هلته)(?!\w)", re.IGNORECASE)


def there(item: ReadSentence, mine: list[Hit]) -> Where | None:
    """ "held … at the Sefid Sang camp in Razavi Khorasan …, and that guards had beaten them there": the place
    named last before the event's words, when "there" (آنجا, هلته) follows them."""
    text = item.sentence.text
    if not _THERE.match(text[mine[-1].end : mine[-1].end + 40]):
        return None
    before = [m for m in item.all_places if m.end <= mine[0].start and (m.place.province or m.place.country)]
    return where_of(before[-1]) if before else None


def one_per_sender(events: list[SuggestedEvent], own: When | None) -> list[SuggestedEvent]:
    """A deportation whose sentence names several places ("arrested … in Mashhad on 6 April and deported
    through Islam Qala on 9 April") is one event of the deporting country, not one per place, dated by the
    date nearest its trigger (`own`); places with counts of their own stay apart ("500 through Islam Qala on
    2 May and 300 through Milak on 5 May")."""
    kept: list[SuggestedEvent] = []
    for event in events:
        key = (event.province, event.country, event.count)
        if not any((k.province, k.country, k.count) == key for k in kept):
            kept.append(event)
    if own is None or len({e.count for e in kept}) != 1:
        return kept
    return [replace(e, date_start=own.start, date_end=own.end, date_precision=own.precision) for e in kept]


def one_per_place(events: list[SuggestedEvent]) -> list[SuggestedEvent]:
    """One event per place in a sentence: "police in Karachi detained around 200 Afghans … across the Sohrab
    Goth and Al-Asif Square neighbourhoods" names three places of one country, one detention (the counted one
    kept); "in raids on Saturday and Sunday" spans both days. Places counted apart stay apart ("two teachers
    … in Kabul on 3 May, three students … in Kabul on 9 May")."""
    kept: list[SuggestedEvent] = []
    for event in events:
        same = next((k for k in kept if (k.province, k.country) == (event.province, event.country)), None)
        if same is None or (event.count is not None and same.count is not None and event.count != same.count):
            kept.append(event)
            continue
        first = same if same.count is not None or event.count is None else event
        other = event if first is same else same
        if first.date_start and other.date_start and first.date_start != other.date_start:
            start = min(first.date_start, other.date_start)
            end = max(first.date_end or first.date_start, other.date_end or other.date_start)
            first = replace(first, date_start=start, date_end=end, date_precision="range")
        kept[kept.index(same)] = first
    return kept


# "detained … on the Afghan side of the crossing", «در سوی افغانی مرز», «د پولې افغان لوري ته»: in Afghanistan
# (not "officials on the Afghan side said": who speaks).
_AFGHAN_SIDE = re.compile(
    r"\b(?:on|at|to|from) the afghan side\b(?!(?:\s+(?:of\s+)?the\s+\w+)?\s+(?:said|says|say|told))"
    r"|(?<!\w)(?:سوی|طرف|سمت|جانب)\s+(?:افغانی|افغانستان)(?!\w)|(?<!\w)(?:افغان|افغانستان)\s+(?:لوری|لوري|خوا|اړخ)",
    re.IGNORECASE,
)


# "detained … on the Pakistani side", «در سوی ایرانی مرز», «د پولې هاخوا په ایراني خوا کې»: in that country
_OTHER_SIDE = re.compile(
    r"\b(?:on|at) the (?P<en>pakistani|iranian|tajik|uzbek|turkmen) (?:side|bank)\b"
    r"(?!(?:\s+(?:of\s+)?the\s+\w+)?\s+(?:said|says|say|told))"
    r"|(?<!\w)(?:سوی|طرف|سمت|جانب)\s+(?P<fa>پاکستانی|ایرانی|تاجیکی|ازبکی|ترکمنی)(?!\w)"
    r"|(?<!\w)(?P<ps>پاکستاني|ایراني|تاجیکي)\s+(?:لوری|لوري|خوا|اړخ)",
    re.IGNORECASE,
)
_SIDES = {
    "pak": "PK",
    "ira": "IR",
    "ایر": "IR",
    "پاک": "PK",
    "taj": "TJ",
    "تاج": "TJ",
    "uzb": "UZ",
    "ازب": "UZ",
}
_SIDES |= {"tur": "TM", "ترک": "TM"}


def other_side(item: ReadSentence) -> str | None:
    """The neighbour whose side of the border the sentence places its event on, if it names one."""
    found = _OTHER_SIDE.search(item.sentence.text)
    if found is None:
        return None
    word = (found["en"] or found["fa"] or found["ps"]).lower()
    return _SIDES.get(word[:3])


def afghan_side(item: ReadSentence) -> bool:
    """The sentence places its event on the Afghan side of a border or crossing."""
    return bool(_AFGHAN_SIDE.search(item.sentence.text))


def paragraph_provinces(read: list[ReadSentence]) -> dict[int, str | None]:
    """The one Afghan province each paragraph's places lie in (a crossing, a district), if only one."""
    found: dict[int, set[str]] = {}
    for item in read:
        found.setdefault(item.paragraph, set()).update(
            m.place.province for m in item.all_places if m.place.country == "AF" and m.place.province
        )
    return {paragraph: next(iter(p)) if len(p) == 1 else None for paragraph, p in found.items()}
