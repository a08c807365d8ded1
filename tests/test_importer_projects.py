"""REFI-QDA projects and codebooks among the files of an import: routed to the exchange importer,
whether named or met in a folder, after the files, and reported as one line each like any file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.importer import ImportResult, count_outcomes, import_paths
from desktop.store.notebook import Notebook
from tests.exchange import qda_samples


def results_of(nb: Notebook, paths: list[Path]) -> dict[str, ImportResult]:
    return {Path(r.path).name: r for r in import_paths(nb, paths) if isinstance(r, ImportResult)}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of a project, a codebook, an article, a file of another type and a broken project."""
    d = tmp_path / "fieldwork"
    (d / "coding").mkdir(parents=True)
    qda_samples.write_qdpx(d / "coding" / "nvivo.qdpx", qda_samples.nvivo_like())
    (d / "coding" / "codes.QDC").write_text(qda_samples.codebook(), encoding="utf-8")
    (d / "herat.txt").write_text(qda_samples.HERAT, encoding="utf-8")
    (d / "table.xyz").write_text("a spreadsheet export", encoding="utf-8")
    (d / "broken.qdpx").write_text("not a zip", encoding="utf-8")
    return d


def test_a_folder_walk_imports_the_projects_in_it_one_result_each(notebook: Notebook, folder: Path) -> None:
    results = results_of(notebook, [folder])
    assert set(results) == {"nvivo.qdpx", "codes.QDC", "herat.txt", "table.xyz", "broken.qdpx"}
    nvivo = results["nvivo.qdpx"]
    assert nvivo.status == "imported"
    assert nvivo.title == "REFI-QDA project: 1 source, 1 code, 1 annotation stored; 4 records skipped"
    assert {(r["kind"], r["status"]) for r in nvivo.records} >= {("source", "stored"), ("case", "skipped")}
    assert results["codes.QDC"].status == "imported"
    assert results["codes.QDC"].title is not None and "REFI-QDA codebook: " in results["codes.QDC"].title
    assert results["broken.qdpx"].status == "error"
    assert results["broken.qdpx"].error == "not a REFI-QDA project (not a zip archive)"
    assert results["table.xyz"].reason == "unsupported type (.xyz)"
    assert notebook.count_articles() == 2  # herat.txt and the project's Kabul source
    assert {t.path for t in notebook.tags.all()} >= {"Detention", "Violations", "Violations/Detention"}
    assert count_outcomes(results.values()) == {"imported": 3, "duplicate": 0, "skipped": 1, "error": 1}


def test_importing_the_folder_again_reports_the_projects_as_duplicates(
    notebook: Notebook, folder: Path
) -> None:
    results_of(notebook, [folder])
    again = results_of(notebook, [folder])
    assert again["nvivo.qdpx"].status == "duplicate"
    assert again["nvivo.qdpx"].title == "REFI-QDA project, already in the notebook (4 records skipped)"
    assert again["codes.QDC"].status == "duplicate" and again["herat.txt"].status == "duplicate"
    assert notebook.count_articles() == 2


def test_a_project_comes_after_the_files_so_a_source_given_as_a_file_too_is_matched(
    notebook: Notebook, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    qda_samples.write_qdpx(folder / "a-project.qdpx", qda_samples.nvivo_like())  # walked first
    (folder / "kabul.txt").write_text(qda_samples.KABUL, encoding="utf-8")
    results = [r for r in import_paths(notebook, [folder]) if isinstance(r, ImportResult)]
    assert [(Path(r.path).name, r.status) for r in results] == [
        ("kabul.txt", "imported"),
        ("a-project.qdpx", "imported"),  # its code and annotation are new
    ]
    assert (
        results[1].title == "REFI-QDA project: 1 code, 1 annotation stored; 1 already here; 4 records skipped"
    )
    assert notebook.count_articles() == 1  # the project's Kabul source is the imported file


def test_a_project_holding_nothing_fieldnotes_keeps_is_skipped(notebook: Notebook, tmp_path: Path) -> None:
    xml = re.sub(
        r"<TextSource .*?</TextSource>|<CodeBook>.*?</CodeBook>", "", qda_samples.nvivo_like(), flags=re.S
    )
    path = qda_samples.write_qdpx(tmp_path / "pictures.qdpx", xml)
    [result] = results_of(notebook, [path]).values()
    assert (result.status, result.reason) == (
        "skipped",
        "a REFI-QDA project with nothing Fieldnotes keeps (3 records skipped)",
    )
    assert notebook.count_articles() == 0 and notebook.tags.all() == []


def test_the_cli_prints_one_json_document_with_the_project_as_one_entry(
    folder: Path, tmp_path: Path, isolated_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "n.fieldnotes")
    assert main(["new", path, "--no-passphrase"]) == 0
    capsys.readouterr()
    assert main(["--notebook", path, "import", str(folder), "--json"]) == 1  # broken.qdpx failed
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert set(report) == {"files", "counts"} and err == ""
    files = {Path(f["path"]).name: f for f in report["files"]}
    assert files["nvivo.qdpx"]["status"] == "imported" and len(files["nvivo.qdpx"]["records"]) == 7
    assert "records" not in files["herat.txt"]
    assert report["counts"] == {"imported": 3, "duplicate": 0, "skipped": 1, "error": 1}


def test_the_text_report_gives_a_project_one_line_and_its_skipped_records_below(
    folder: Path, tmp_path: Path, isolated_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "n.fieldnotes")
    assert main(["new", path, "--no-passphrase"]) == 0
    (folder / "broken.qdpx").unlink()
    capsys.readouterr()
    assert main(["--notebook", path, "import", str(folder)]) == 0  # a skipped file is not a failure
    lines = capsys.readouterr().out.splitlines()
    project = folder / "coding" / "nvivo.qdpx"
    at = lines.index(
        f"imported  {project}: REFI-QDA project: 1 source, 1 code, 1 annotation stored; 4 records skipped"
    )
    assert lines[at + 1 : at + 5] == [
        "            source skipped: Kabul: a coding of the whole source (Fieldnotes codes passages)",
        "            source skipped: checkpoint.jpg: a picture: Fieldnotes holds text only",
        "            source skipped: UN report.pdf: a PDF (selections by page area): "
        "Fieldnotes holds text only",
        "            case skipped: Respondent 1: cases are not imported",
    ]
    assert lines[-1] == "3 imported, 0 duplicates, 1 skipped, 0 errors"
