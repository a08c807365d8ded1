"""Events as tables: CSV in the ACLED layout plus evidence references, JSON and GeoJSON.

Pure: the caller hands in events and their evidence (see `gather`); coordinates come from the
gazetteer (the place when it is known there, else the province's centroid, else the country's).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.events.gazetteer import Place, find_places, load_gazetteer, place_by_code
from desktop.events.record import EventRecord
from desktop.events.script import squash
from desktop.events.vague_counts import uncounted
from desktop.export.atomic_file import write_atomically
from desktop.export.formats import EVENT_TABLE_FORMATS

if TYPE_CHECKING:
    from desktop.store.notebook import Notebook

ACLED_COLUMNS = (
    "event_id", "event_date", "time_precision", "event_type", "actor1", "actor2", "country",
    "admin1", "location", "latitude", "longitude", "geo_precision", "count", "source", "notes",
)  # fmt: skip
EXTRA_COLUMNS = (
    "date_end", "date_precision", "count_qualifier", "count_words", "status", "corroboration", "tags",
)  # fmt: skip
EVIDENCE_COLUMNS = ("evidence_ids", "article_ids", "articles", "quotes")
COLUMNS = ACLED_COLUMNS + EXTRA_COLUMNS + EVIDENCE_COLUMNS
FORMATS = EVENT_TABLE_FORMATS
QUOTE_SEPARATOR = " | "


@dataclass(frozen=True)
class EvidenceRef:
    """One passage behind an event: the annotation, its article and the quoted words."""

    annotation_id: str
    article_id: str
    article_title: str
    source: str  # the outlet, or the article title when it has none
    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class Location:
    """Where an event is drawn: coordinates and how precise they are (ACLED geo_precision)."""

    country: str  # the country's name
    admin1: str  # the province's name
    location: str
    latitude: float | None
    longitude: float | None
    geo_precision: int | None  # 1 the place itself, 2 the province, 3 the country


# -- the pieces --------------------------------------------------------------------------------
def _parse(day: str) -> date | None:
    try:
        return date.fromisoformat(day)
    except ValueError:
        return None


DATE_KINDS = ("own", "reported", "undated")


def date_kind(event: EventRecord) -> str:
    """ "own" when the sources date the event, "reported" when it carries its article's
    publication date instead, "undated" when it has no date."""
    if not event.date_start:
        return "undated"
    return "reported" if event.date_precision == "reported" else "own"


def time_precision(event: EventRecord) -> int:
    """ACLED's code: 1 the day is known, 2 within a week or approximate, 3 a month or more (or
    only the day it was reported: it happened on or before it)."""
    if event.date_precision in {"month", "year", "reported"}:
        return 3
    if event.date_precision == "approximate":
        return 2
    start, end = _parse(event.date_start), _parse(event.date_end)
    if start is None:
        return 3
    span = (end - start).days if end else 0
    return 1 if span <= 0 else 2 if span <= 7 else 3


def _town(name: str) -> Place | None:
    """The city or region a free-text place names ("Kabul", "Islam Qala border crossing")."""
    towns = [p for p in load_gazetteer().places if p.kind in {"city", "region"}]
    exact = next((p for p in towns if squash(p.name) == squash(name)), None)
    mentioned = (m.place for m in find_places(name) if m.place.kind in {"city", "region"})
    return exact or next(mentioned, None)


def locate(event: EventRecord) -> Location:
    """The event's names and coordinates: place > province centroid > country centroid."""
    province = place_by_code(event.province) if event.province else None
    country = place_by_code(event.country) if event.country else None
    if country is None and province is not None:
        country = place_by_code(province.country)
    admin1 = province.name if province else ""
    country_name = country.name if country else event.country
    named = _town(event.place) if event.place else None
    if named is not None:
        return Location(country_name, admin1, event.place, named.lat, named.lon, 1)
    location = event.place or admin1 or country_name
    for found, precision in ((province, 2), (country, 3)):
        if found is not None:
            return Location(country_name, admin1, location, found.lat, found.lon, precision)
    return Location(country_name, admin1, location, None, None, None)


def row(event: EventRecord, evidence: Sequence[EvidenceRef]) -> dict[str, Any]:
    """One flat row in COLUMNS order (values as they go into a CSV cell)."""
    where = locate(event)
    count = "" if event.count is None else event.count
    uncounted_event = uncounted(event.count, event.count_qualifier)  # "dozens": no number, "at least"
    return {
        "event_id": event.id, "event_date": event.date_start, "time_precision": time_precision(event),
        "event_type": event.type, "actor1": event.perpetrator, "actor2": event.victim_group,
        "country": where.country, "admin1": where.admin1, "location": where.location,
        "latitude": "" if where.latitude is None else where.latitude,
        "longitude": "" if where.longitude is None else where.longitude,
        "geo_precision": "" if where.geo_precision is None else where.geo_precision,
        "count": count, "source": "; ".join(dict.fromkeys(e.source for e in evidence)),
        "notes": event.description, "date_end": event.date_end, "date_precision": event.date_precision,
        "count_qualifier": event.count_qualifier if event.count is not None or uncounted_event else "",
        "count_words": event.count_words,
        "status": event.status, "corroboration": event.sources, "tags": "; ".join(event.tags),
        "evidence_ids": "; ".join(e.annotation_id for e in evidence),
        "article_ids": "; ".join(dict.fromkeys(e.article_id for e in evidence)),
        "articles": "; ".join(dict.fromkeys(e.article_title for e in evidence)),
        "quotes": QUOTE_SEPARATOR.join(" ".join(e.quote.split()) for e in evidence),
    }  # fmt: skip


# -- the formats -------------------------------------------------------------------------------
Item = tuple[EventRecord, Sequence[EvidenceRef]]


def to_csv(items: Iterable[Item]) -> str:
    """CSV with a header row: ACLED columns, then the event's extra fields, then evidence."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for event, evidence in items:
        writer.writerow(row(event, evidence))
    return out.getvalue()


def _record(event: EventRecord, evidence: Sequence[EvidenceRef]) -> dict[str, Any]:
    where = locate(event)
    return {
        "id": event.id, "type": event.type, "date_start": event.date_start, "date_end": event.date_end,
        "date_precision": event.date_precision, "time_precision": time_precision(event),
        "country": event.country, "country_name": where.country, "province": event.province,
        "province_name": where.admin1, "place": event.place, "latitude": where.latitude,
        "longitude": where.longitude, "geo_precision": where.geo_precision,
        "perpetrator": event.perpetrator, "victim_group": event.victim_group, "count": event.count,
        "count_qualifier": event.count_qualifier, "count_words": event.count_words,
        "description": event.description,
        "status": event.status, "tags": list(event.tags), "corroboration": event.sources,
        "evidence": [e.__dict__ for e in evidence],
    }  # fmt: skip


def to_json(items: Iterable[Item]) -> str:
    """A JSON list of events, each with its evidence passages as a list."""
    return json.dumps([_record(e, ev) for e, ev in items], ensure_ascii=False, indent=1) + "\n"


def to_geojson(items: Iterable[Item]) -> str:
    """A GeoJSON FeatureCollection of Points ([longitude, latitude], WGS 84); an event with no
    known place keeps its Feature with a null geometry, so nothing silently drops out."""
    features = []
    for event, evidence in items:
        properties = _record(event, evidence)
        lat, lon = properties.pop("latitude"), properties.pop("longitude")
        geometry = None if lat is None else {"type": "Point", "coordinates": [lon, lat]}
        features.append({"type": "Feature", "id": event.id, "geometry": geometry, "properties": properties})
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, ensure_ascii=False, indent=1) + "\n"


def render(items: Sequence[Item], fmt: str) -> str:
    """The export's text in `fmt` ("csv", "json" or "geojson")."""
    writers = {"csv": to_csv, "json": to_json, "geojson": to_geojson}
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
    return writers[fmt](items)


def write(items: Sequence[Item], dest: Path, fmt: str) -> Path:
    """Render and write atomically to `dest` (UTF-8; CSV with a BOM so spreadsheets read Dari)."""
    text = render(items, fmt)
    data = ("\ufeff" + text if fmt == "csv" else text).encode("utf-8")
    return write_atomically(dest, data)


# -- from a notebook ---------------------------------------------------------------------------
def gather(nb: Notebook, events: Iterable[EventRecord]) -> list[Item]:
    """Pair each event with its evidence references, read through the notebook's façade."""
    items: list[Item] = []
    articles: dict[str, tuple[str, str]] = {}
    for event in events:
        refs = []
        for annotation in nb.events.evidence(event.id):
            if annotation.article_id not in articles:
                article = nb.article(annotation.article_id)
                articles[article.id] = (article.title, article.outlet or article.title)
            title, source = articles[annotation.article_id]
            refs.append(
                EvidenceRef(
                    annotation.id, annotation.article_id, title, source,
                    annotation.exact, annotation.start, annotation.end,
                )
            )  # fmt: skip
        items.append((event, refs))
    return items
