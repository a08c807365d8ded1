"""W3C Web Annotation: export, re-anchor in another notebook, other tools' shapes, refusals."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from desktop.store.notebook import Notebook
from tests.exchange.conftest import TAKHAR, Cli, counts


def _annotated(cli: Cli) -> str:
    article = next(a["id"] for a in cli.json("list", "--json") if a["title"].startswith("Taliban"))
    cli.json("annotate", article, "--quote", "The Taliban detained", "--occurrence", "2",
             "--tag", "Violations/Detention", "--note", "at night", "--json")  # fmt: skip
    cli.json("annotate", article, "--quote", "12 former soldiers", "--tag", "Counts", "--json")
    return article


def _shape(cli: Cli) -> list[tuple[str, int, int, str, tuple[str, ...]]]:
    return sorted(
        (a["quote"], a["start"], a["end"], a["note"], tuple(a["tags"]))
        for a in cli.json("annotations", "--json")
    )


def test_export_is_a_w3c_collection_with_quote_and_position_selectors(cli: Cli, tmp_path: Path) -> None:
    _annotated(cli)
    out = tmp_path / "notes.jsonld"
    assert cli("export", "annotations", "--format", "w3c", "-o", str(out))[0] == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert doc["type"] == "AnnotationCollection" and doc["total"] == 2
    items = doc["first"]["items"]
    assert doc["first"]["type"] == "AnnotationPage" and {i["type"] for i in items} == {"Annotation"}
    night = next(i for i in items if any(b.get("purpose") == "commenting" for b in i.get("body", [])))
    selectors = {s["type"]: s for s in night["target"]["selector"]}
    quote, position = selectors["TextQuoteSelector"], selectors["TextPositionSelector"]
    assert quote["exact"] == "The Taliban detained" and quote["suffix"].startswith(" two more")
    assert TAKHAR[position["start"] : position["end"]] == "The Taliban detained"
    assert night["target"]["source"]["id"].startswith("urn:sha256:")
    assert {(b["purpose"], b["value"]) for b in night["body"]} == {
        ("tagging", "Violations/Detention"),
        ("commenting", "at night"),
    }


def test_round_trip_into_another_notebook_and_twice_changes_nothing(
    cli: Cli, cli_for: Callable[[str], Cli], tmp_path: Path
) -> None:
    _annotated(cli)
    out = tmp_path / "notes.jsonld"
    cli("export", "annotations", "-o", str(out))
    other = cli_for("other")
    other.json("import", str(tmp_path / "takhar.txt"), "--json")
    report = other.json("import-annotations", str(out), "--json")
    assert [r["status"] for r in report] == ["stored", "stored"]
    assert _shape(other) == _shape(cli)
    before = counts(other.notebook)
    again = other.json("import-annotations", str(out), "--json")
    assert [r["status"] for r in again] == ["present", "present"]
    assert counts(other.notebook) == before


def test_an_annotation_that_cannot_be_anchored_is_reported(
    cli: Cli, cli_for: Callable[[str], Cli], tmp_path: Path
) -> None:
    _annotated(cli)
    out = tmp_path / "notes.jsonld"
    cli("export", "annotations", "-o", str(out))
    other = cli_for("empty")
    report = other.json("import-annotations", str(out), "--json")
    assert [r["status"] for r in report] == ["skipped", "skipped"]
    assert "no article" in report[0]["reason"]
    assert counts(other.notebook)["annotations"] == 0


def test_hypothesis_style_files_are_read(cli: Cli, tmp_path: Path) -> None:
    """A bare list, `target` as a list, `selector` as an object, a URL source, a RangeSelector."""
    article = next(a["id"] for a in cli.json("list", "--json") if a["title"].startswith("Taliban"))
    with Notebook.open(cli.notebook, None) as nb:
        nb.update_metadata(article, {"URL": "https://example.org/takhar"})
    one = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://hyp.is/abc",
        "type": "Annotation",
        "body": [{"type": "TextualBody", "value": "relatives", "purpose": "tagging"},
                 {"type": "TextualBody", "value": "who said it"}],
        "target": [{"source": "https://example.org/takhar",
                    "selector": [{"type": "RangeSelector", "startSelector": {}, "endSelector": {}},
                                 {"type": "TextQuoteSelector", "exact": "relatives said",
                                  "prefix": "3 March 2024, ", "suffix": "."}]}],
    }  # fmt: skip
    whole = {"type": "Annotation", "bodyValue": "a page note", "target": "https://example.org/takhar"}
    single = {"type": "Annotation", "bodyValue": "by position",
              "target": {"source": "https://example.org/takhar",
                         "selector": {"type": "TextPositionSelector", "start": 0, "end": 6}}}  # fmt: skip
    path = tmp_path / "hypothesis.json"
    path.write_text(json.dumps([one, whole, single]), encoding="utf-8")
    report = cli.json("import-annotations", str(path), "--json")
    assert [r["status"] for r in report] == ["skipped", "stored", "stored"]
    assert "whole document" in report[0]["reason"]
    assert "RangeSelector ignored" in report[1]["reason"]
    shape = _shape(cli)
    assert ("relatives said", TAKHAR.index("relatives said"), TAKHAR.index("relatives said") + 14,
            "who said it", ("relatives",)) in shape  # fmt: skip
    assert ("Taliba", 0, 6, "by position", ()) in shape
    path.write_text(json.dumps(single), encoding="utf-8")  # one annotation, not in a list
    assert [r["status"] for r in cli.json("import-annotations", str(path), "--json")] == ["present"]


def test_a_file_that_is_not_w3c_is_refused(cli: Cli, tmp_path: Path) -> None:
    before = counts(cli.notebook)
    for name, content in (("bad.jsonld", "{not json"), ("other.json", '{"hello": 1}')):
        (tmp_path / name).write_text(content, encoding="utf-8")
        code, _, err = cli("import-annotations", str(tmp_path / name))
        assert code == 1 and len(err.strip().splitlines()) == 1
    assert counts(cli.notebook) == before
