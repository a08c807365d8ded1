"""The gazetteer: Afghan provinces, districts and towns, countries, cities; place mentions in English, Dari
or Pashto text."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import lru_cache
from typing import Any

from desktop.events.districts import (
    Candidate,
    DistrictTable,
    best_of,
    load_districts,
    pashto_ablative,
    pashto_oblique,
    usual_of,
)
from desktop.events.name_index import NameHit, NameIndex, merge_pashto, name_key
from desktop.events.place import Place, PlaceMatch
from desktop.events.place_context import (
    ProvinceMentions,
    ProvinceSpans,
    dateline_places,
    district_word_near,
    fills_a_table_cell,
    heads_its_line,
    in_organisation_name,
    names_a_site,
    names_a_site_there,
    provinces_beside,
    seat_of_speakers,
)
from desktop.events.script import FoldedText, fold, fold_str, squash
from desktop.resources import load_json

__all__ = [
    "Gazetteer", "Place", "PlaceMatch", "country_of_word", "find_places", "load_gazetteer",
    "may_name_a_place", "place_by_code", "province_by_name", "provinces", "provinces_mentioned",
]  # fmt: skip

# A place name followed by one of these words names an organisation ("Afghanistan International").
_ORGANISATION_TAIL = re.compile(r"\s+(?:international|times|news|tv|radio|post|broadcasting)\b")
# "detained in Injil": a guarded name after a preposition of place, not followed by more of a name
# ("Maruf Khan")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|around)\s+$")
_NAME_GOES_ON = re.compile(r"[ -]+[A-Z]")
_LANGUAGES = frozenset({"farsi", "farsy"})  # "a post in Farsi" names the language, not Herat's Farsi district
_PRIORITY = {"province": 0, "country": 1, "region": 2, "city": 3}


def _province(entry: dict[str, Any]) -> Place:
    row, col = entry["tile"]
    return Place(
        "province", entry["name"], entry["iso"], entry["iso"], entry["country"],
        entry["lat"], entry["lon"], tuple(entry["dari"]), (row, col), tuple(entry.get("pashto", ())),
    )  # fmt: skip


def _country(entry: dict[str, Any]) -> Place:
    iso = entry["iso"]
    return Place("country", entry["name"], iso, None, iso, entry["lat"], entry["lon"], tuple(entry["dari"]))


def _city(entry: dict[str, Any], kind: str) -> Place:
    return Place(
        kind, entry["name"], None, entry.get("province"), entry["country"],
        entry["lat"], entry["lon"], tuple(entry["dari"]), None, tuple(entry.get("pashto", ())),
    )  # fmt: skip


class Gazetteer:
    """All places, with lookup by name or code and a matcher over free text."""

    def __init__(self, data: dict[str, Any], districts: DistrictTable | None = None) -> None:
        self.places: list[Place] = [_province(e) for e in data["provinces"]]
        self.places += [_country(e) for e in data["countries"]]
        self.places += [_city(e, "region") for e in data.get("regions", [])]
        self.places += [_city(e, "city") for e in data.get("cities", [])]
        self.by_code = {p.iso: p for p in self.places if p.iso}
        self._by_key: dict[str, Place] = {}
        self.demonyms = {squash(d): e["iso"] for e in data["countries"] for d in e.get("demonyms", [])}
        self._abbreviations: dict[str, Place] = {}
        self._index: NameIndex[Candidate] = NameIndex()
        for entry, place in zip(self._entries(data), self.places, strict=True):
            names = [place.name, *entry.get("variants", []), *entry["dari"], *entry.get("pashto", [])]
            for abbreviation in entry.get("abbreviations", []):
                self._abbreviations[abbreviation] = place
            for name in names:
                self._add_key(name_key(name), place)
            obliques = [
                form
                for name in names
                for form in pashto_oblique(name) | pashto_ablative(name)
                if place.kind != "country"
            ]
            self._index.add([*names, *obliques], Candidate(place, False))
        self.districts = districts
        if districts is not None:
            self.places += districts.places
            self._index.merge(districts.index)
        escaped = "|".join(re.escape(a) for a in sorted(self._abbreviations, key=len, reverse=True))
        self._abbreviation_matcher = re.compile(rf"(?<![\w.])(?:{escaped})(?![\w])")

    @staticmethod
    def _entries(data: dict[str, Any]) -> list[dict[str, Any]]:
        return [*data["provinces"], *data["countries"], *data.get("regions", []), *data.get("cities", [])]

    def _add_key(self, key: str, place: Place) -> None:
        known = self._by_key.get(key)
        if known is None or _PRIORITY[place.kind] < _PRIORITY[known.kind]:
            self._by_key[key] = place

    def lookup(self, name: str) -> Place | None:
        """The province, country, region or city called `name` (any variant, Dari or Pashto name, or
        ISO code), or None. Districts: see `districts.resolve_district`."""
        if name.strip().upper() in self.by_code:
            return self.by_code[name.strip().upper()]
        key = name_key(re.sub(r"(?i)\bprovince\b|ولایت", "", name))
        return self._by_key.get(key)

    def may_name_a_place(self, text: str) -> bool:
        """Cheap test before `find`: False when `text` names no place (True may still find none)."""
        return bool(self._abbreviation_matcher.search(text) or self._index.scan(fold_str(text)))

    def find(self, text: str, *, provinces_in_text: Iterable[str] = ()) -> list[PlaceMatch]:
        """Every place mentioned in `text`, in order of appearance, with character spans.

        provinces_in_text  ISO codes of provinces named elsewhere in the article (when `text` is one
                           sentence of it); with those named in `text` itself they settle a district
                           name found in several provinces, which is left out when still unsettled
        """
        folded = fold(text)
        merged = merge_pashto(folded.text)
        hits = [h for h in self._index.scan(merged) if not self._in_name(text, folded, merged, h)]
        provinces = [(h, c.place.province) for h in hits for c in h.values if c.place.kind == "province"]
        named = ProvinceSpans({h.start: p for h, p in provinces if p}, {h.end: p for h, p in provinces if p})
        article = {*named.starts.values(), *provinces_in_text}
        introduced = {
            i for i, h in enumerate(hits) if _introduced(text, folded.span(h.start, h.end), h, article)
        }
        options = [_options(h, merged, named, introduced=i in introduced) for i, h in enumerate(hits)]
        # A name the text once calls a district ("Daman district") is that district wherever it is named.
        confirmed = {
            c.place
            for h, o in zip(hits, options, strict=True)
            for c in h.values
            if c.guarded and c.place in o
        }
        if confirmed:
            options = [
                _options(h, merged, named, confirmed, introduced=i in introduced) for i, h in enumerate(hits)
            ]
        datelines = dateline_places(merged, [(h.start, h.end) for h in hits], labels=False)
        mentions = ProvinceMentions(merged)
        filed: set[str] = set()  # provinces named where the story was filed or where officials sit
        for index, (hit, places) in enumerate(zip(hits, options, strict=True)):
            if len(places) == 1 and places[0].province:
                if index in datelines or seat_of_speakers(merged, hit.start):
                    filed.add(places[0].province)
                else:
                    mentions.add(places[0].province, hit.start)
        mentions.extend(provinces_in_text)
        found: list[PlaceMatch] = []
        for hit, places in zip(hits, options, strict=True):
            place = _choose(places, mentions, hit.start, filed)
            if place is not None:
                start, end = folded.span(hit.start, hit.end)
                found.append(PlaceMatch(place, start, end, text[start:end]))
        for match in self._abbreviation_matcher.finditer(text):
            place = self._abbreviations[match.group()]
            found.append(PlaceMatch(place, match.start(), match.end(), match.group()))
        return sorted(found, key=lambda m: m.start)

    @staticmethod
    def _in_name(text: str, folded: FoldedText, merged: str, hit: NameHit[Candidate]) -> bool:
        """The name is part of an organisation's or an outlet's name ("Afghanistan International",
        "Kabul Diaspora Times", «رادیو صدای بلخ»): it names no place."""
        start, end = folded.span(hit.start, hit.end)
        if _ORGANISATION_TAIL.match(merged, hit.end):
            return not names_a_site(text, end)
        if text[start:end].isascii():
            return in_organisation_name(text, start, end)
        return in_organisation_name(merged, hit.start, hit.end)


def _introduced(text: str, span: tuple[int, int], hit: NameHit[Candidate], article: Collection[str]) -> bool:
    """ "detained in Injil on 9 September" in a report that names Herat: a guarded name written as a place
    (capitalised, after "in", "at", "near", "outside") whose only readings are districts of a province the
    text names is that district."""
    start, end = span
    return (
        text[start:end][:1].isupper()
        and text[start:end].lower() not in _LANGUAGES
        and text[start:end].isascii()
        and all(c.guarded and c.place.province in article for c in hit.values)
        and _LOCATIVE_BEFORE.search(text, max(0, start - 12), start) is not None
        and _NAME_GOES_ON.match(text, end) is None
    )


def _options(
    hit: NameHit[Candidate],
    merged: str,
    named: ProvinceSpans,
    confirmed: Collection[Place] = (),
    *,
    introduced: bool = False,
) -> list[Place]:
    """What a name found in the text may refer to, best first: one place when it is settled, none
    when its only readings are ordinary words here. A guarded name needs "district" / "ولسوالی"
    next to it, or its own province beside it ("Sangin, Helmand", "Helmand's Sangin"), or to be
    `confirmed` (so named elsewhere in the text), or to name a site ("the Qaisar bazaar"), or to head
    its line or paragraph in a text that names its province ("## Imam Sahib" under "Notes (Kunduz …)")."""
    places = []
    for candidate in hit.values:
        place = candidate.place
        if (
            candidate.everywhere
            and place not in confirmed
            and place.province not in provinces_beside(merged, hit.start, hit.end, named)
        ):
            continue  # "the Shahr-e Naw bazaar" of Kandahar city is no quarter of Kabul
        if (
            candidate.guarded
            and place not in confirmed
            and not (
                district_word_near(merged, hit.start, hit.end)
                or names_a_site_there(merged, hit.start, hit.end)
                # "## Imam Sahib", "Qaisar. Met …" in notes that name its province ("## Burqa" in a report
                # on dress codes is no district of Baghlan)
                or (place.province in named.starts.values() and heads_its_line(merged, hit.start, hit.end))
                or place.province in provinces_beside(merged, hit.start, hit.end, named)
                or fills_a_table_cell(
                    merged, hit.start, hit.end
                )  # "| 20 June | Maruf | Dozens of families … |"
                or introduced
            )
        ):
            continue
        places.append(place)
    primary = sorted((p for p in places if p.kind in _PRIORITY), key=lambda p: _PRIORITY[p.kind])
    if primary:
        # A district sharing its name with a province or city of the same province is that place.
        others = [p for p in places if p.kind not in _PRIORITY and p.province != primary[0].province]
        return [primary[0], *others]
    provinces = {p.province for p in places}
    return [best_of(places)] if len(provinces) == 1 else places


def _choose(places: list[Place], mentions: ProvinceMentions, at: int, filed: set[str]) -> Place | None:
    """One reading of a name: the only one, else the one in the province named nearest to it (same
    sentence, or shortly before), else the one in the province the article names (most often, then
    closest), else the one in the province of the dateline, else the province, country or city it names
    (listed first), else the usual district of that name, else none."""
    if len(places) <= 1:
        return places[0] if places else None
    candidates = {p.province for p in places if p.province}
    chosen = mentions.nearest(at, candidates)
    if chosen is None and places[0].kind in _PRIORITY:  # a province or city, unless only the other is named
        named = [p for p in candidates if mentions.named(p)]
        return best_of([p for p in places if p.province == named[0]]) if len(named) == 1 else places[0]
    chosen = chosen or mentions.most_named(at, candidates)
    if chosen is None:
        in_dateline = candidates & filed
        chosen = in_dateline.pop() if len(in_dateline) == 1 else None
    if chosen is not None:
        return best_of([p for p in places if p.province == chosen])
    if places[0].kind in _PRIORITY:
        return places[0]
    if any(mentions.named(p) for p in candidates):
        return None  # the article names both provinces: it does not say which
    usual = usual_of(places)  # "Surobi district" in an article naming neither Kabul nor Paktika: Kabul's
    return usual[0] if len(usual) == 1 else None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer (`resources/gazetteer.json` and `resources/districts.json`), parsed once."""
    return Gazetteer(load_json("gazetteer.json"), load_districts())


@lru_cache(maxsize=1)
def _without_districts() -> Gazetteer:
    """Provinces, countries, regions and cities only: enough for lookups by name or code, and ~10×
    quicker to load than the districts (a province list in a dialog need not wait for them)."""
    return Gazetteer(load_json("gazetteer.json"))


def find_places(text: str, *, provinces_in_text: Iterable[str] = ()) -> list[PlaceMatch]:
    """Provinces, districts, towns, countries, regions and cities mentioned in `text` (English, Dari or
    Pashto), in order. `provinces_in_text`: ISO codes the rest of the article names (see Gazetteer.find)."""
    return load_gazetteer().find(text, provinces_in_text=provinces_in_text)


def may_name_a_place(text: str) -> bool:
    """Cheap test before `find_places` (e.g. per sentence): False when no word of `text` can begin the
    name of a province, district, town, country, region or city."""
    return load_gazetteer().may_name_a_place(text)


def provinces_mentioned(text: str) -> set[str]:
    """ISO codes of the Afghan provinces `text` names, directly or through a city, district or town."""
    return {m.place.province for m in find_places(text) if m.place.province}


def province_by_name(name: str) -> Place | None:
    """The Afghan province called `name` in any spelling or in Dari ("Sari Pul", "سرپل"), or None."""
    place = _without_districts().lookup(name)
    return place if place is not None and place.kind == "province" else None


def country_of_word(word: str) -> str | None:
    """ISO code of the country a demonym or country name refers to ("Iranian", "Pakistan's")."""
    gazetteer = _without_districts()
    key = squash(re.sub(r"['’]s$", "", word.strip()))
    if key in gazetteer.demonyms:
        return gazetteer.demonyms[key]
    place = gazetteer.lookup(re.sub(r"['’]s$", "", word.strip()))
    return place.country if place is not None and place.kind == "country" else None


def place_by_code(code: str) -> Place | None:
    """The province (AF-BDS) or country (IR) with this ISO code, or None."""
    return _without_districts().by_code.get(code.upper())


def provinces() -> list[Place]:
    """All 34 Afghan provinces, alphabetically by ISO code order of the resource file."""
    return [p for p in _without_districts().places if p.kind == "province"]
