"""REFI-QDA import: projects in other tools' styles, the round trip, and importing twice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.store.notebook import Notebook
from tests.exchange import qda_samples
from tests.exchange.conftest import Cli, counts
from tests.exchange.test_qdpx_export import annotate_and_record_event


def _records(cli: Cli, path: object) -> list[dict[str, str]]:
    """`fieldnotes import PROJECT --json`: the project is one file of the report; its records."""
    report = cli.json("import", str(path), "--json")
    [project] = report["files"]
    assert sum(report["counts"].values()) == 1 and report["counts"][project["status"]] == 1
    return project["records"]


def _by_status(report: list[dict[str, str]], kind: str, status: str) -> list[dict[str, str]]:
    return [r for r in report if r["kind"] == kind and r["status"] == status]


def test_qualcoder_like_project(cli_for: Callable[[str], Cli], tmp_path: Path) -> None:
    cli = cli_for("qualcoder")
    path = qda_samples.write_qdpx(tmp_path / "qc.qdpx", qda_samples.qualcoder_like())
    report = _records(cli, path)
    assert len(_by_status(report, "source", "stored")) == 1
    assert len(_by_status(report, "annotation", "stored")) == 2
    tree = {t["path"]: t for t in _flat(cli.json("tags", "--json"))}
    assert tree["Violations"]["color"] == "#336699" and tree["Violations"]["description"] == "All violations"
    assert tree["Violations/Detention"]["color"] == "#c0392b"
    assert tree["Violations/Disappearance"]["color"] == "#aaaaaa"
    notes = {a["quote"]: (a["note"], a["tags"]) for a in cli.json("annotations", "--json")}
    assert notes["Former police officers were detained"] == (
        "Officers, not soldiers.",
        ["Violations/Detention"],
    )
    assert notes["Families were not told where."] == ("", ["Violations/Disappearance"])
    assert any(r["kind"] == "user" and r["label"] == "coder one" for r in report)


def test_atlas_like_project_with_internal_and_relative_paths(
    cli_for: Callable[[str], Cli], tmp_path: Path
) -> None:
    cli = cli_for("atlas")
    xml, members = qda_samples.atlas_like()
    report = _records(cli, str(qda_samples.write_qdpx(tmp_path / "atlas.qdpx", xml, members)))
    assert len(_by_status(report, "source", "stored")) == 2
    [herat] = [a for a in cli.json("annotations", "--json")]
    assert herat["quote"] == "چهار سرباز پیشین"
    assert herat["note"] == "four of them\n\nSeen by two witnesses."
    assert herat["tags"] == ["Actors/Former soldiers"]
    assert [t["path"] for t in cli.json("tags", "--json")] == ["Actors"]  # a folder, not a tag of its own
    assert cli.json("tags", "--json")[0]["id"] is None
    skipped = _by_status(report, "note", "skipped")
    assert [r["reason"] for r in skipped] == ["not attached to a passage"]
    with Notebook.open(cli.notebook, None) as nb:
        texts = sorted(nb.article(r["id"]).text for r in _by_status(report, "source", "stored"))
        herat_article = nb.article(herat["article"])
    assert texts == sorted([qda_samples.KABUL, qda_samples.HERAT])
    assert herat_article.direction == "rtl"


def test_nvivo_like_project_reports_what_it_cannot_hold(
    cli_for: Callable[[str], Cli], tmp_path: Path
) -> None:
    cli = cli_for("nvivo")
    path = qda_samples.write_qdpx(tmp_path / "nvivo.qdpx", qda_samples.nvivo_like())
    report = _records(cli, path)
    skipped = {(r["kind"], r["label"]): r["reason"] for r in report if r["status"] == "skipped"}
    assert "picture" in skipped["source", "checkpoint.jpg"]
    assert "PDF" in skipped["source", "UN report.pdf"]
    assert "whole source" in skipped["source", "Kabul"]
    assert ("case", "Respondent 1") in skipped
    assert [a["quote"] for a in cli.json("annotations", "--json")] == [qda_samples.KABUL[19:41]]


def test_a_codebook_becomes_the_tag_tree(cli_for: Callable[[str], Cli], tmp_path: Path) -> None:
    cli = cli_for("codebook")
    path = tmp_path / "codes.qdc"
    path.write_text(qda_samples.codebook(), encoding="utf-8")
    _records(cli, path)
    tags = {t["path"]: t for t in _flat(cli.json("tags", "--json"))}
    assert tags["Violations"]["color"] == "#336699"
    assert tags["Violations/Detention"]["description"] == "held"
    before = counts(cli.notebook)
    assert {r["status"] for r in _records(cli, path)} == {"present"}
    assert counts(cli.notebook) == before


def test_round_trip_into_an_empty_notebook(cli: Cli, cli_for: Callable[[str], Cli], tmp_path: Path) -> None:
    annotate_and_record_event(cli)
    dari = next(a["id"] for a in cli.json("list", "--json") if not a["title"].startswith("Taliban"))
    cli.json(
        "annotate", dari, "--quote", "دوازده سرباز", "--tag", "Actors/سربازان", "--note", "یادداشت", "--json"
    )
    out = tmp_path / "all.qdpx"
    assert cli("export", "qdpx", "-o", str(out))[0] == 0
    other = cli_for("copy")
    report = _records(other, out)
    assert not [r for r in report if r["status"] == "skipped" and r["kind"] != "case"]
    assert _articles(other) == _articles(cli)
    assert _annotations(other) == _annotations(cli)
    assert _tags(other) == _tags(cli)
    before = counts(other.notebook)
    again = _records(other, out)
    assert {r["status"] for r in again if r["kind"] != "case"} == {"present"}
    assert counts(other.notebook) == before


def test_the_import_is_in_the_custody_log_once(cli_for: Callable[[str], Cli], tmp_path: Path) -> None:
    cli = cli_for("custody")
    path = qda_samples.write_qdpx(tmp_path / "qc.qdpx", qda_samples.qualcoder_like())
    _records(cli, path)
    with Notebook.open(cli.notebook, None) as nb:
        actions = [r[0] for r in nb.db.execute("SELECT action FROM custody_log ORDER BY seq")]
    assert actions.count("import-project") == 1 and actions.count("import") == 1


def _flat(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [x for n in nodes for x in [n, *_flat(n["children"])]]


def _articles(cli: Cli) -> list[tuple[str, str, str, str]]:
    with Notebook.open(cli.notebook, None) as nb:
        rows = nb.article_rows(limit=100)
        found = [nb.article(r.id) for r in rows]
        return sorted((a.title, a.text, a.original_sha256, a.csl.get("URL", "")) for a in found)


def _annotations(cli: Cli) -> list[tuple[str, str, int, int, str, tuple[str, ...]]]:
    titles = {a["id"]: a["title"] for a in cli.json("list", "--json")}
    return sorted(
        (titles[a["article"]], a["quote"], a["start"], a["end"], a["note"], tuple(a["tags"]))
        for a in cli.json("annotations", "--json")
    )


def _tags(cli: Cli) -> list[tuple[str, str, str, bool]]:
    return sorted(
        (t["path"], t["color"], t["description"], t["id"] is None) for t in _flat(cli.json("tags", "--json"))
    )
