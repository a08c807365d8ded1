"""The importer's batches: read while earlier batches are indexed, committed in order, reported
only once committed, duplicates caught across batches not yet committed, a cancel storing
nothing uncommitted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop import importer
from desktop.importer import ImportResult, import_paths
from desktop.store import custody
from desktop.store.maintenance import CheckReport, check
from desktop.store.notebook import Notebook
from desktop.store.search.builder import PARALLEL_MIN, SegmentBuilder


def write_files(folder: Path, count: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"f{i:03d}.txt"
        text = f"Report {i}\n\nWitnesses described the raid number q{i}z in detail.\n"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def results_of(nb: Notebook, paths: list[Path]) -> list[ImportResult]:
    return [r for r in import_paths(nb, paths) if isinstance(r, ImportResult)]


def check_report(nb: Notebook) -> CheckReport:
    (report,) = [r for r in check(nb) if isinstance(r, CheckReport)]
    return report


def test_every_file_is_reported_once_after_its_batch_commits(
    notebook: Notebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "BATCH_FILES", 3)
    paths = write_files(tmp_path / "in", 10)
    paths[6].write_bytes(paths[1].read_bytes())  # same as a file two batches back, maybe uncommitted
    paths[7].write_bytes(b"")  # an error
    seen = []
    for item in import_paths(notebook, paths):
        if isinstance(item, ImportResult):
            seen.append(item)
            if item.status == "imported":  # reported only once it is stored
                assert notebook.article(item.id).title == f"Report {int(Path(item.path).stem[1:])}"
    assert sorted(r.path for r in seen) == sorted(str(p) for p in paths)
    by_path = {Path(r.path).name: r for r in seen}
    assert by_path["f006.txt"].status == "duplicate"
    assert by_path["f006.txt"].id in ("(this import: f001.txt)", by_path["f001.txt"].id)
    assert by_path["f007.txt"].status == "error"
    assert notebook.count_articles() == 8
    assert check_report(notebook).ok
    assert notebook.search("q9z").total == 1


def test_a_duplicate_of_a_file_in_a_batch_not_yet_committed_is_caught(
    notebook: Notebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "BATCH_FILES", 2)
    monkeypatch.setattr(notebook, "batches_in_flight", lambda: 2)
    paths = write_files(tmp_path / "in", 5)
    paths[3].write_bytes(paths[0].read_bytes())  # batch 2; batch 1 is still being indexed then
    results = {Path(r.path).name: r for r in results_of(notebook, paths)}
    assert results["f003.txt"].status == "duplicate"
    assert results["f003.txt"].id == "(this import: f000.txt)"
    assert notebook.count_articles() == 4


@pytest.mark.parametrize("batch_files", [3, 70])  # 70: batches go to the indexing worker processes
def test_a_cancel_stores_nothing_of_the_batches_not_committed(
    notebook: Notebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch_files: int
) -> None:
    monkeypatch.setattr(importer, "BATCH_FILES", batch_files)
    paths = write_files(tmp_path / "in", batch_files * 4)
    run = import_paths(notebook, paths)
    reported = []
    for item in run:
        if isinstance(item, ImportResult):
            reported.append(item)
            if len(reported) == batch_files:  # the first batch has committed; later ones are in flight
                break
    run.close()
    if batch_files >= PARALLEL_MIN and SegmentBuilder.index_workers():
        assert notebook._segment_builder.worker_pids()  # the worker path was taken
    assert notebook.count_articles() == batch_files
    assert {r.id for r in reported} == {row.id for row in notebook.article_rows(limit=1000)}
    report = check_report(notebook)
    assert report.ok, report.problems
    assert report.indexed == batch_files
    # what was cancelled imports again, nothing of it taken for a duplicate
    again = results_of(notebook, paths)
    assert sum(r.status == "imported" for r in again) == batch_files * 3
    assert check_report(notebook).indexed == batch_files * 4


def test_every_file_of_a_folder_gets_a_result_with_its_outcome(notebook: Notebook, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_files(folder, 2)
    (folder / "table.xyz").write_text("not an article")
    (folder / ".DS_Store").write_bytes(b"\0\1")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "z-copy.txt").write_bytes((folder / "f000.txt").read_bytes())
    os.mkfifo(folder / "pipe.txt")  # opening it would block the import for ever
    (folder / "loop").symlink_to(folder)
    results = {Path(r.path).name: r for r in results_of(notebook, [folder])}
    assert {name: r.status for name, r in results.items()} == {
        ".DS_Store": "skipped",
        "z-copy.txt": "duplicate",
        "empty.txt": "error",
        "f000.txt": "imported",
        "f001.txt": "imported",
        "loop": "skipped",
        "pipe.txt": "skipped",
        "table.xyz": "skipped",
    }
    assert results["table.xyz"].reason == "unsupported type (.xyz)"
    assert results["pipe.txt"].reason == "not a regular file (a named pipe)"
    assert results["loop"].reason == "a link to a folder (not followed)"
    assert results["empty.txt"].error == "is empty"
    counts = importer.count_outcomes(results.values())
    assert counts == {"imported": 2, "duplicate": 1, "skipped": 4, "error": 1}
    assert importer.summary_line(counts) == "2 imported, 1 duplicate, 4 skipped, 1 error"


def test_a_reader_that_fails_unexpectedly_fails_only_its_file(
    notebook: Notebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = write_files(tmp_path / "in", 3)
    real = importer.read_file

    def choking(path: Path):  # type: ignore[no-untyped-def]
        if path.name == "f001.txt":
            raise RecursionError("maximum recursion depth exceeded")
        return real(path)

    monkeypatch.setattr(importer, "read_file", choking)
    results = {Path(r.path).name: r for r in results_of(notebook, paths)}
    assert results["f001.txt"].status == "error"
    assert results["f001.txt"].error == "could not be read (RecursionError in its reader)"
    assert notebook.count_articles() == 2


def test_each_imported_file_has_one_custody_entry_in_an_intact_chain(
    notebook: Notebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "BATCH_FILES", 3)  # entries of a batch are appended together
    paths = write_files(tmp_path / "in", 8)
    imported = {r.id: r for r in results_of(notebook, paths) if r.status == "imported"}
    entries = [e for e in custody.entries(notebook.db) if e.action == "import"]
    assert sorted(e.record_id for e in entries) == sorted(imported)
    for entry in entries:
        article = notebook.article(entry.record_id)
        assert entry.details == {
            "file": article.filename,
            "original_sha256": article.original_sha256,
            "text_sha256": article.text_sha256,
        }
    assert custody.verify(notebook.db) == []
    seqs = [e.seq for e in custody.entries(notebook.db)]
    assert seqs == list(range(1, len(seqs) + 1))
