"""`fieldnotes events suggest --all / --query` and reported dates, driven as a user would."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.cli.test_events_cli import Fieldnotes

# An article that says what happened but not when: its publication date stands in ("reported").
UNDATED_PAGE = """<html><head><title>Arrests in Badakhshan</title>
<meta property="article:published_time" content="2024-06-03">
<meta property="og:site_name" content="Amu TV"></head>
<body><article><h1>Arrests in Badakhshan</h1>
<p>The Taliban detained 7 former soldiers in Badakhshan province, relatives said.</p>
</article></body></html>"""


@pytest.fixture
def fn(tmp_path: Path) -> Fieldnotes:
    nb = Fieldnotes(tmp_path)
    page = tmp_path / "undated.html"
    page.write_text(UNDATED_PAGE, encoding="utf-8")
    nb.ids.append(json.loads(nb("import", str(page), "--json").stdout)["files"][0]["id"])
    return nb


def test_suggest_all_lists_suggestions_per_article_and_accepts_them(fn: Fieldnotes) -> None:
    found = json.loads(fn("events", "suggest", "--all", "--json").stdout)
    assert {a["article_id"] for a in found} == set(fn.ids)
    assert all(a["suggestions"] and a["title"] for a in found)
    assert json.loads(fn("events", "list", "--json").stdout) == []  # suggesting records nothing

    accepted = fn("events", "suggest", "--all", "--accept", "all")
    total = sum(len(a["suggestions"]) for a in found)
    assert f"3 article(s) read, {total} suggestion(s) in 3, {total} accepted" in accepted.stderr
    assert len(json.loads(fn("events", "list", "--json").stdout)) == total

    again = fn("events", "suggest", "--all", "--accept", "all")  # nothing is recorded twice
    assert f"0 accepted ({total} already recorded, not shown)" in again.stderr
    assert len(json.loads(fn("events", "list", "--json").stdout)) == total


def test_suggest_query_reads_only_the_articles_the_search_finds(fn: Fieldnotes) -> None:
    found = json.loads(fn("events", "suggest", "--query", "Badakhshan", "--json").stdout)
    assert [a["article_id"] for a in found] == [fn.ids[2]]
    assert fn("events", "suggest", "--all", "--accept", "1", ok=False).returncode == 2
    assert fn("events", "suggest", ok=False).returncode == 2


def test_an_undated_event_takes_its_articles_date_marked_reported(fn: Fieldnotes, tmp_path: Path) -> None:
    (suggestion,) = json.loads(fn("events", "suggest", fn.ids[2], "--json").stdout)
    assert (suggestion["date_start"], suggestion["date_precision"]) == ("2024-06-03", "reported")
    fn("events", "suggest", fn.ids[2], "--accept", "all")
    fn("events", "suggest", fn.ids[0], "--accept", "all")

    (reported,) = json.loads(fn("events", "list", "--dates", "reported", "--json").stdout)
    assert (reported["date_start"], reported["date_precision"], reported["province"]) == (
        "2024-06-03", "reported", "AF-BDS",
    )  # fmt: skip
    assert "2024-06-03 (reported)" in fn("events", "list", "--dates", "reported").stdout
    own = json.loads(fn("events", "list", "--dates", "own", "--json").stdout)
    assert own and all(e["date_precision"] != "reported" for e in own)

    out = tmp_path / "events.csv"
    fn("events", "export", "-o", str(out), "--dates", "reported")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["event_date"], row["date_precision"], row["time_precision"]) == (
        "2024-06-03",
        "reported",
        "3",
    )
