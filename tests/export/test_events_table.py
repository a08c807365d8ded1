"""Event tables: ACLED columns, time precision codes, coordinates from the gazetteer, JSON, GeoJSON."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from desktop.export.events_table import (
    ACLED_COLUMNS,
    EvidenceRef,
    locate,
    render,
    time_precision,
    write,
)


@dataclass(frozen=True)
class Ev:
    id: str = "ev-1"
    type: str = "detention"
    date_start: str = "2024-03-03"
    date_end: str = ""
    date_precision: str = "day"
    country: str = "AF"
    province: str = "AF-BDS"
    place: str = ""
    perpetrator: str = "Taliban"
    victim_group: str = "former soldiers"
    count: int | None = 15
    count_qualifier: str = "at least"
    count_words: str = ""
    description: str = "Night raids on homes"
    status: str = "reported"
    tags: tuple[str, ...] = ("Persecution/Detention",)
    sources: int = 2


EVIDENCE = [
    EvidenceRef(
        "ann-1", "art-1", "Detentions in Badakhshan", "RASC News", "detained 15, former\nsoldiers", 4, 30
    ),
    EvidenceRef("ann-2", "art-2", "بازداشت در بدخشان", "هشت صبح", "پانزده سرباز پیشین", 0, 18),
]


def parse_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_starts_with_the_acled_columns_and_cites_every_passage() -> None:
    text = render([(Ev(), EVIDENCE)], "csv")
    assert text.splitlines()[0].split(",")[: len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    (row,) = parse_csv(text)
    assert (row["event_date"], row["time_precision"], row["event_type"]) == ("2024-03-03", "1", "detention")
    assert (row["actor1"], row["actor2"], row["count"], row["count_qualifier"]) == (
        "Taliban", "former soldiers", "15", "at least",
    )  # fmt: skip
    assert (row["country"], row["admin1"], row["geo_precision"]) == ("Afghanistan", "Badakhshan", "2")
    assert row["source"] == "RASC News; هشت صبح"
    assert row["evidence_ids"] == "ann-1; ann-2" and row["article_ids"] == "art-1; art-2"
    assert row["quotes"] == "detained 15, former soldiers | پانزده سرباز پیشین"
    assert row["notes"] == "Night raids on homes" and row["corroboration"] == "2"


@pytest.mark.parametrize(
    ("precision", "start", "end", "code"),
    [
        ("day", "2024-03-03", "", 1),
        ("day", "2024-03-03", "2024-03-08", 2),
        ("approximate", "2024-03-03", "", 2),
        ("day", "2024-03-01", "2024-04-20", 3),
        ("month", "2024-03", "", 3),
        ("year", "2024", "", 3),
    ],
)
def test_time_precision_uses_acled_codes(precision: str, start: str, end: str, code: int) -> None:
    assert time_precision(Ev(date_precision=precision, date_start=start, date_end=end)) == code


def test_coordinates_prefer_the_place_then_the_province_then_the_country() -> None:
    city = locate(Ev(place="Kabul", province="AF-KAB"))
    province = locate(Ev(place="a village near the river", province="AF-BDS"))
    country = locate(Ev(province="", country="IR", place=""))
    assert city.geo_precision == 1 and city.location == "Kabul"
    assert province.geo_precision == 2 and province.location == "a village near the river"
    assert 36 < (province.latitude or 0) < 38 and 70 < (province.longitude or 0) < 72  # Badakhshan
    assert (country.geo_precision, country.country, country.location) == (3, "Iran", "Iran")
    assert locate(Ev(province="", country="")).latitude is None


def test_geojson_is_a_feature_collection_of_lon_lat_points() -> None:
    nowhere = Ev(id="ev-2", province="", country="")
    collection = json.loads(render([(Ev(), EVIDENCE), (nowhere, EVIDENCE[:1])], "geojson"))
    located, unplaced = collection["features"]
    lon, lat = located["geometry"]["coordinates"]
    assert located["geometry"]["type"] == "Point" and 70 < lon < 72 and 36 < lat < 38
    assert located["properties"]["evidence"][1]["quote"] == "پانزده سرباز پیشین"
    assert unplaced["geometry"] is None  # kept, not silently dropped


def test_json_keeps_fields_and_evidence(tmp_path: Path) -> None:
    dest = write([(Ev(count=None), EVIDENCE)], tmp_path / "events.json", "json")
    (record,) = json.loads(dest.read_text(encoding="utf-8"))
    assert record["count"] is None and record["province_name"] == "Badakhshan"
    assert [e["annotation_id"] for e in record["evidence"]] == ["ann-1", "ann-2"]
    assert not list(tmp_path.glob("*.tmp"))


def test_csv_file_opens_in_spreadsheets_with_dari_intact(tmp_path: Path) -> None:
    dest = write([(replace(Ev(), province="AF-SAR"), EVIDENCE)], tmp_path / "events.csv", "csv")
    assert dest.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM tells Excel it is UTF-8
    (row,) = list(csv.DictReader(dest.read_text(encoding="utf-8-sig").splitlines()))
    assert row["admin1"] == "Sar-e Pol" and "پانزده" in row["quotes"]


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        render([], "xlsx")


def test_a_count_given_only_in_words_keeps_its_qualifier_and_words_beside_an_empty_count() -> None:
    dozens = Ev(count=None, count_qualifier="at least", count_words="Dozens")
    unknown = Ev(id="ev-2", count=None, count_qualifier="exact")
    rows = parse_csv(render([(dozens, EVIDENCE), (unknown, EVIDENCE)], "csv"))
    # the count column stays a number or empty, for the tools that add counts up
    assert [(r["count"], r["count_qualifier"], r["count_words"]) for r in rows] == [
        ("", "at least", "Dozens"),
        ("", "", ""),
    ]
    (record,) = json.loads(render([(dozens, EVIDENCE)], "json"))
    assert (record["count"], record["count_qualifier"], record["count_words"]) == (None, "at least", "Dozens")
