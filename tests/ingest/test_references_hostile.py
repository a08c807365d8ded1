"""Hostile reference files (the fuzzer's CSL-JSON nested thousands deep, an oversized file): refused
in one line naming the file, before Python's JSON reader recurses or the file is read whole."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.ingest import references
from desktop.ingest.references import MAX_JSON_DEPTH, parse_csl_json, read_references

FINDING = Path(__file__).resolve().parents[1] / "fuzz_findings" / "references-63c4cc1e479a.bin"


def test_the_fuzzer_finding_nested_thousands_deep_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "zotero export.json"
    shutil.copy(FINDING, path)
    with pytest.raises(ValueError) as refused:
        read_references(path)
    assert str(refused.value) == (
        f"zotero export.json: nested more than {MAX_JSON_DEPTH} levels deep, not a CSL-JSON reference list"
    )


def test_the_bound_is_the_nesting_not_brackets_quoted_in_titles() -> None:
    title = 'Report "[[[[" ' + "{" * 100 + "\\" + " [" * 100
    item = {"type": "report", "title": title, "issued": {"date-parts": [[2024, 6, 3]]}}
    assert [i["title"] for i in parse_csl_json(json.dumps([item]))] == [title]
    nested: object = [item]
    for _ in range(MAX_JSON_DEPTH):
        nested = [nested]
    with pytest.raises(ValueError, match="nested more than"):
        parse_csl_json(json.dumps(nested), source="deep.json")


def test_a_reference_file_over_the_size_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(references, "MAX_FILE_BYTES", 1024)
    path = tmp_path / "huge.bib"
    path.write_text("@article{k, title={T}}\n" * 100, encoding="utf-8")
    with pytest.raises(ValueError, match=r"^huge\.bib: too large for a reference file") as refused:
        read_references(path)
    assert "\n" not in str(refused.value)


def test_the_cli_reports_the_nested_file_in_one_line_and_fails(
    tmp_path: Path, isolated_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notebook = str(tmp_path / "n.fieldnotes")
    assert main(["new", notebook, "--no-passphrase"]) == 0
    path = tmp_path / "refs.json"
    shutil.copy(FINDING, path)
    capsys.readouterr()
    assert main(["--notebook", notebook, "import-references", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.splitlines() == [
        f"error    refs.json: refs.json: nested more than {MAX_JSON_DEPTH} levels deep, "
        "not a CSL-JSON reference list"
    ]
