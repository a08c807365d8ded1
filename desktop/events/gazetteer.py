"""The gazetteer: Afghan provinces, countries, cities; finding place mentions in English or Dari text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from desktop.events.script import fold, squash, term_regex
from desktop.resources import load_json

# A place name followed by one of these words names an organisation ("Afghanistan International").
_ORGANISATION_TAIL = re.compile(r"\s+(?:international|times|news|tv|radio|post|broadcasting)\b")
_PRIORITY = {"province": 0, "country": 1, "region": 2, "city": 3}


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry.

    kind      "province", "country", "region" (outside Afghanistan) or "city"
    iso       ISO 3166-2 code for a province (AF-BDS), ISO 3166-1 for a country (IR), else None
    province  the Afghan province's ISO code (a province, or the province a city lies in)
    country   ISO 3166-1 code of the country it lies in
    """

    kind: str
    name: str
    iso: str | None
    province: str | None
    country: str
    lat: float
    lon: float
    dari: tuple[str, ...] = ()
    tile: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """A place mentioned in a text: `text[start:end]` is the mention as written."""

    place: Place
    start: int
    end: int
    text: str


def _province(entry: dict[str, Any]) -> Place:
    row, col = entry["tile"]
    return Place(
        "province", entry["name"], entry["iso"], entry["iso"], entry["country"],
        entry["lat"], entry["lon"], tuple(entry["dari"]), (row, col),
    )  # fmt: skip


def _country(entry: dict[str, Any]) -> Place:
    iso = entry["iso"]
    return Place("country", entry["name"], iso, None, iso, entry["lat"], entry["lon"], tuple(entry["dari"]))


def _city(entry: dict[str, Any], kind: str) -> Place:
    return Place(
        kind, entry["name"], None, entry.get("province"), entry["country"],
        entry["lat"], entry["lon"], tuple(entry["dari"]),
    )  # fmt: skip


class Gazetteer:
    """All places, with lookup by name or code and a matcher over free text."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.places: list[Place] = [_province(e) for e in data["provinces"]]
        self.places += [_country(e) for e in data["countries"]]
        self.places += [_city(e, "region") for e in data.get("regions", [])]
        self.places += [_city(e, "city") for e in data.get("cities", [])]
        self.by_code = {p.iso: p for p in self.places if p.iso}
        self._by_key: dict[str, Place] = {}
        self.demonyms = {squash(d): e["iso"] for e in data["countries"] for d in e.get("demonyms", [])}
        self._abbreviations: dict[str, Place] = {}
        names: dict[str, list[str]] = {}
        for entry, place in zip(self._entries(data), self.places, strict=True):
            names[place.name] = [place.name, *entry.get("variants", []), *entry["dari"]]
            for abbreviation in entry.get("abbreviations", []):
                self._abbreviations[abbreviation] = place
            for name in names[place.name]:
                self._add_key(squash(name), place)
        terms = sorted({n for ns in names.values() for n in ns}, key=lambda n: -len(squash(n)))
        alternation = "|".join(term_regex(t, optional_separators=True) for t in terms)
        self._matcher = re.compile(alternation)
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
        """The place called `name` (any variant, Dari name or ISO code), or None."""
        if name.strip().upper() in self.by_code:
            return self.by_code[name.strip().upper()]
        key = squash(re.sub(r"(?i)\bprovince\b|ولایت", "", name))
        return self._by_key.get(key)

    def find(self, text: str) -> list[PlaceMatch]:
        """Every place mentioned in `text`, in order of appearance, with character spans."""
        folded = fold(text)
        found: list[PlaceMatch] = []
        for match in self._matcher.finditer(folded.text):
            if _ORGANISATION_TAIL.match(folded.text, match.end()):
                continue
            place = self._by_key.get(squash(match.group()))
            if place is not None:
                start, end = folded.span(match.start(), match.end())
                found.append(PlaceMatch(place, start, end, text[start:end]))
        for match in self._abbreviation_matcher.finditer(text):
            place = self._abbreviations[match.group()]
            found.append(PlaceMatch(place, match.start(), match.end(), match.group()))
        return sorted(found, key=lambda m: m.start)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer (`resources/gazetteer.json`), parsed once."""
    return Gazetteer(load_json("gazetteer.json"))


def find_places(text: str) -> list[PlaceMatch]:
    """Provinces, countries, regions and cities mentioned in `text` (English or Dari), in order."""
    return load_gazetteer().find(text)


def province_by_name(name: str) -> Place | None:
    """The Afghan province called `name` in any spelling or in Dari ("Sari Pul", "سرپل"), or None."""
    place = load_gazetteer().lookup(name)
    return place if place is not None and place.kind == "province" else None


def country_of_word(word: str) -> str | None:
    """ISO code of the country a demonym or country name refers to ("Iranian", "Pakistan's")."""
    gazetteer = load_gazetteer()
    key = squash(re.sub(r"['’]s$", "", word.strip()))
    if key in gazetteer.demonyms:
        return gazetteer.demonyms[key]
    place = gazetteer.lookup(re.sub(r"['’]s$", "", word.strip()))
    return place.country if place is not None and place.kind == "country" else None


def place_by_code(code: str) -> Place | None:
    """The province (AF-BDS) or country (IR) with this ISO code, or None."""
    return load_gazetteer().by_code.get(code.upper())


def provinces() -> list[Place]:
    """All 34 Afghan provinces, alphabetically by ISO code order of the resource file."""
    return [p for p in load_gazetteer().places if p.kind == "province"]
