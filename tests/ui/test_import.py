"""Importing through the window: the file dialog, drag and drop, cancel, the error report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from desktop.ui.shell.samples import sample_paths
from tests.ui.conftest import import_samples


def test_import_through_the_file_dialog_fills_the_library(qtbot, window, monkeypatch):
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in sample_paths()], "")
    )
    window.commands.import_files.trigger()
    qtbot.waitUntil(lambda: not window.runner.running, timeout=20_000)
    library = window.workspace.library
    qtbot.waitUntil(lambda: library.model.rowCount() == 5)
    titles = {library.model.index(r, 0).data() for r in range(5)}
    assert "SAMPLE: Former soldiers detained after returning to Kunduz" in titles
    assert "5 articles" in window.counts.text()
    assert window.runner.report is None  # everything imported: nothing to report


def test_files_that_cannot_be_read_are_listed_after_the_import(qtbot, window, monkeypatch, tmp_path):
    bad = tmp_path / "notes.xyz"
    bad.write_text("not an article format")
    chosen = [str(sample_paths()[0]), str(bad)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))
    window.commands.import_files.trigger()
    qtbot.waitUntil(lambda: window.runner.report is not None, timeout=20_000)
    report = window.runner.report
    assert report.problems.count() == 1
    assert "notes.xyz" in report.problems.item(0).text()
    assert window.workspace.library.model.rowCount() == 1
    report.close()


def test_a_folder_import_lists_the_files_it_skipped(qtbot, window, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / sample_paths()[0].name).write_bytes(sample_paths()[0].read_bytes())
    (folder / "table.xyz").write_text("a spreadsheet export")
    window.start_import([folder])
    qtbot.waitUntil(lambda: window.runner.report is not None, timeout=20_000)
    report = window.runner.report
    assert [report.problems.item(i).text() for i in range(report.problems.count())] == [
        "table.xyz: skipped, unsupported type (.xyz)"
    ]
    assert report.imported.count() == 1
    report.close()


def test_dropping_a_folder_imports_what_is_inside(qtbot, window, tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    for path in sample_paths()[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: not window.runner.running, timeout=20_000)
    qtbot.waitUntil(lambda: window.workspace.library.model.rowCount() == 2)


def test_cancel_leaves_nothing_half_imported(qtbot, window, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(300):
        (folder / f"{i:03}.txt").write_text(f"Report {i}\n\nDetentions reported in district {i}.\n")
    window.start_import([folder])
    window.runner.worker.cancel()  # as the progress dialog's Cancel button does
    qtbot.waitUntil(lambda: not window.runner.running, timeout=20_000)
    report = window.runner.report
    assert report is not None and "cancelled" in report.windowTitle().lower()
    assert window.workspace.library.model.rowCount() == 0
    report.close()


def test_a_second_import_waits_for_the_first(qtbot, window):
    import_samples(qtbot, window)
    window.start_import(sample_paths())  # all duplicates now
    qtbot.waitUntil(lambda: window.runner.report is not None, timeout=20_000)
    assert window.runner.report.problems.count() == 5
    assert "already in the notebook" in window.runner.report.problems.item(0).text()
    window.runner.report.close()
    assert Path(window.session.path).exists()
