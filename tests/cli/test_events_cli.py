"""`fieldnotes events …` driven as a user would: in a subprocess, on a plain notebook."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.export.events_table import ACLED_COLUMNS, EVIDENCE_COLUMNS

TAKHAR = (
    "Taliban detain former soldiers\n\n"
    "The Taliban detained 12 former soldiers in Takhar province on 3 March 2024, relatives said. "
    "Two of them were later killed in Kunduz."
)
TAKHAR_AGAIN = (
    "More arrests\n\n"
    "Local sources said Taliban fighters arrested 15 former soldiers in Takhar on 4 March 2024."
)


def run(*args: str, home: Path, notebook: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDNOTES")}
    env["FIELDNOTES_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--notebook", str(notebook), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


class Fieldnotes:
    """`fieldnotes --notebook <a plain notebook>` in a subprocess; `ids` are its two articles."""

    def __init__(self, tmp_path: Path) -> None:
        self.notebook, self.home = tmp_path / "events.fieldnotes", tmp_path / "home"
        self("new", str(self.notebook), "--no-passphrase")
        (tmp_path / "takhar.txt").write_text(TAKHAR, encoding="utf-8")
        (tmp_path / "again.txt").write_text(TAKHAR_AGAIN, encoding="utf-8")
        files = [str(tmp_path / "takhar.txt"), str(tmp_path / "again.txt")]
        self.ids = [r["id"] for r in json.loads(self("import", *files, "--json").stdout)["files"]]

    def __call__(self, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        result = run(*args, home=self.home, notebook=self.notebook)
        if ok:
            assert result.returncode == 0, result.stderr
        return result


@pytest.fixture
def fn(tmp_path: Path) -> Fieldnotes:
    return Fieldnotes(tmp_path)


def test_suggest_json_lists_the_fields_a_user_needs(fn: Fieldnotes) -> None:
    suggestions = json.loads(fn("events", "suggest", fn.ids[0], "--json").stdout)
    detention = next(s for s in suggestions if s["type"] == "detention" and s["count"])
    assert {"type", "province", "count", "date_start", "passage"} <= set(detention)
    assert (detention["province"], detention["count"], detention["date_start"]) == (
        "AF-TAK",
        12,
        "2024-03-03",
    )
    assert "detained 12 former soldiers" in detention["passage"]
    assert json.loads(fn("events", "list", "--json").stdout) == []  # suggesting records nothing


def test_accepting_suggestions_records_events_with_their_passages(fn: Fieldnotes) -> None:
    suggestions = json.loads(fn("events", "suggest", fn.ids[0], "--json").stdout)
    wanted = [i + 1 for i, s in enumerate(suggestions) if s["count"]]
    result = fn("events", "suggest", fn.ids[0], "--accept", ",".join(map(str, wanted)))
    assert f"{len(wanted)} accepted" in result.stderr
    events = json.loads(fn("events", "list", "--json").stdout)
    assert sorted((e["type"], e["province"], e["count"]) for e in events) == [
        ("detention", "AF-TAK", 12),
        ("killing", "AF-KDZ", 2),
    ]
    assert all(e["evidence"] and e["articles"] == [fn.ids[0]] for e in events)
    assert [e["type"] for e in json.loads(fn("events", "list", "--json", "--province", "Kondoz").stdout)] == [
        "killing"
    ]


def test_add_by_passage_with_any_province_spelling(fn: Fieldnotes) -> None:
    fn(
        "events", "add", "--type", "detention", "--article", fn.ids[1][:8],
        "--passage", "arrested 15 former soldiers", "--province", "Tak'har", "--count", "15",
        "--date-start", "2024-03-04", "--perpetrator", "Taliban", "--tag", "Persecution/Detention",
    )  # fmt: skip
    (event,) = json.loads(fn("events", "list", "--json", "--tag", "Persecution").stdout)
    assert (event["province"], event["country"], event["count"], event["date_precision"]) == (
        "AF-TAK", "AF", 15, "day",
    )  # fmt: skip
    assert event["tags"] == ["Persecution/Detention"]


REFUSALS = [
    (["--type", "detention", "--evidence", "no-such-annotation"], "at least one passage"),
    (["--type", "riot", "--evidence", "x"], "unknown event type"),
    (["--type", "detention", "--article", "IDX", "--passage", "not in the text"], "passage is not in"),
    (["--type", "detention", "--article", "IDX", "--passage", "Taliban", "--province", "Atlantis"],
     "unknown province"),
    (["--type", "detention", "--article", "IDX", "--passage", "Taliban", "--date-start", "March"],
     "YYYY-MM-DD"),
]  # fmt: skip


def test_add_refuses_with_a_message_not_a_traceback(fn: Fieldnotes) -> None:
    for args, message in REFUSALS:
        result = fn("events", "add", *[fn.ids[1] if a == "IDX" else a for a in args], ok=False)
        assert (result.returncode, "Traceback" in result.stderr) == (1, False), result.stderr
        assert message in result.stderr
    assert json.loads(fn("events", "list", "--json").stdout) == []


def test_export_csv_follows_acled_and_cites_the_evidence(fn: Fieldnotes, tmp_path: Path) -> None:
    fn("events", "suggest", fn.ids[0], "--accept", "all")
    out = tmp_path / "events.csv"
    fn("events", "export", "--format", "csv", "-o", str(out), "--type", "detention")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert reader.fieldnames is not None
    assert tuple(reader.fieldnames[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert set(EVIDENCE_COLUMNS) <= set(reader.fieldnames)
    counted = next(r for r in rows if r["count"] == "12")
    assert (counted["event_date"], counted["time_precision"], counted["admin1"]) == (
        "2024-03-03",
        "1",
        "Takhar",
    )
    assert (counted["country"], counted["actor1"]) == ("Afghanistan", "Taliban")
    assert abs(float(counted["latitude"]) - 36.7) < 1 and abs(float(counted["longitude"]) - 69.5) < 1
    assert "detained 12 former soldiers" in counted["quotes"]
    assert counted["article_ids"] == fn.ids[0]
    assert {r["event_type"] for r in rows} == {"detention"}


def test_export_geojson_has_points_inside_afghanistan(fn: Fieldnotes, tmp_path: Path) -> None:
    fn("events", "suggest", fn.ids[0], "--accept", "all")
    out = tmp_path / "events.geojson"
    fn("events", "export", "--format", "geojson", "-o", str(out))
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection" and collection["features"]
    for feature in collection["features"]:
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert 60 < lon < 75 and 29 < lat < 39
        assert feature["properties"]["evidence"][0]["quote"]


def test_disagreements_show_two_sources_counting_differently(fn: Fieldnotes) -> None:
    for article, passage, province, count, day in (
        (fn.ids[0], "detained 12 former soldiers", "Takhar", "12", "2024-03-03"),
        (fn.ids[1], "arrested 15 former soldiers", "AF-TAK", "15", "2024-03-04"),
    ):
        fn("events", "add", "--type", "detention", "--article", article, "--passage", passage,
           "--province", province, "--count", count, "--date-start", day)  # fmt: skip
    (pair,) = json.loads(fn("events", "disagreements", "--json").stdout)
    assert pair["reason"] == "different counts"
    assert {pair["first"]["count"], pair["second"]["count"]} == {12, 15}
    assert "count" in pair["fields"]
    assert "different counts" in fn("events", "disagreements").stdout


def test_every_events_subcommand_has_a_description() -> None:
    from desktop.cli import build_parser

    parser = build_parser()
    events = next(a for a in parser._subparsers._group_actions[0].choices.items() if a[0] == "events")[1]  # type: ignore[union-attr]
    subcommands = events._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert set(subcommands) == {"list", "add", "suggest", "export", "disagreements"}
    assert all(p.description for p in subcommands.values())
