"""File ▸ Exchange with other tools: imports and exports run in the background and report what was skipped."""

from __future__ import annotations

import json
import zipfile

from PySide6.QtWidgets import QFileDialog

from tests.exchange import qda_samples


def _wait(qtbot, window) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not window.exchange.running, timeout=20_000)


def test_the_file_menu_has_the_exchange_entries(window) -> None:  # noqa: ANN001
    file_menu = window.commands.menus["File"]
    assert window.exchange.menuAction() in file_menu.actions()
    texts = [a.text() for a in window.exchange.actions() if a.text()]
    assert any("REFI-QDA project" in t and "Import" in t for t in texts)
    assert any("W3C" in t and "Export" in t for t in texts)
    window.show_locked()
    assert not window.exchange.menuAction().isEnabled()


def test_importing_a_project_reports_what_was_skipped(qtbot, window, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    path = qda_samples.write_qdpx(tmp_path / "nvivo.qdpx", qda_samples.nvivo_like())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.exchange.import_project.trigger()
    _wait(qtbot, window)
    qtbot.waitUntil(lambda: window.exchange.report is not None)
    lines = [
        window.exchange.report.problems.item(i).text() for i in range(window.exchange.report.problems.count())
    ]
    assert any("checkpoint.jpg" in line and "picture" in line for line in lines)
    assert any("UN report.pdf" in line for line in lines)
    qtbot.waitUntil(lambda: window.workspace.library.model.rowCount() == 1)
    assert window.workspace.tags.model.rowCount() == 1  # the tag tree refreshed: "Detention"
    window.exchange.report.close()


def test_exporting_both_formats(qtbot, window, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    project = qda_samples.write_qdpx(tmp_path / "qc.qdpx", qda_samples.qualcoder_like())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(project), ""))
    window.exchange.import_project.trigger()
    _wait(qtbot, window)
    window.exchange.report.close()
    out = tmp_path / "out.qdpx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.exchange.export_qdpx.trigger()
    _wait(qtbot, window)
    with zipfile.ZipFile(out) as archive:
        assert "project.qde" in archive.namelist()
    notes = tmp_path / "notes.jsonld"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(notes), ""))
    window.exchange.export_w3c.trigger()
    _wait(qtbot, window)
    assert json.loads(notes.read_text(encoding="utf-8"))["total"] == 2
    assert "2 annotations" in window.statusBar().currentMessage()


def test_the_import_dialog_takes_a_project_too(qtbot, window, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    path = qda_samples.write_qdpx(tmp_path / "qc.qdpx", qda_samples.qualcoder_like())
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    window.commands.import_files.trigger()
    qtbot.waitUntil(lambda: not window.runner.running, timeout=20_000)
    qtbot.waitUntil(lambda: window.workspace.library.model.rowCount() == 1)
    assert window.workspace.tags.model.rowCount() == 1  # "Violations", with its two codes below


def test_a_refused_file_is_one_message_and_changes_nothing(
    qtbot,
    window,
    monkeypatch,
    tmp_path,
    messages,  # noqa: ANN001
) -> None:
    path = tmp_path / "broken.qdpx"
    path.write_text("not a zip", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.exchange.import_project.trigger()
    _wait(qtbot, window)
    qtbot.waitUntil(lambda: bool(messages))
    assert "not a zip" in messages[0][1]
    assert window.workspace.library.model.rowCount() == 0
