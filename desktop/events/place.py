"""A gazetteer entry (province, country, region, city, district or town) and a mention of one in a text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry.

    kind      "province", "country", "region" (outside Afghanistan), "city", "district" or "town"
    iso       ISO 3166-2 code for a province (AF-BDS), ISO 3166-1 for a country (IR), else None
    province  the Afghan province's ISO code (a province, or the province a city, district or town lies in)
    country   ISO 3166-1 code of the country it lies in
    lat, lon  approximate centroid (WGS 84); None for districts and towns, whose coordinates are not known
    dari      names in Dari (Persian script); pashto: names in Pashto where the resource lists them
    """

    kind: str
    name: str
    iso: str | None
    province: str | None
    country: str
    lat: float | None
    lon: float | None
    dari: tuple[str, ...] = ()
    tile: tuple[int, int] | None = None
    pashto: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """A place mentioned in a text: `text[start:end]` is the mention as written."""

    place: Place
    start: int
    end: int
    text: str
