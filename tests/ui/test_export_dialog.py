"""The export dialog and Copy citation, built on a real notebook and driven as a user would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.selection import Selection
from desktop.store import custody
from desktop.store.notebook import Notebook
from desktop.ui.export.export_dialog import LOAD_STYLE, ExportDialog, preview_html
from desktop.ui.reader.cite_actions import CitationCopier
from tests.integration.conftest import ENGLISH_QUOTE, PERSIAN_QUOTE, REPORT_QUOTE, Fixture, fill

TIMEOUT_MS = 30_000


@pytest.fixture
def research(tmp_path: Path) -> Iterator[Fixture]:
    nb = Notebook.create(tmp_path / "ui.fieldnotes", None)
    try:
        yield fill(nb)
    finally:
        nb.close()


@pytest.fixture
def dialog(qtbot: QtBot, research: Fixture) -> Iterator[ExportDialog]:
    widget = ExportDialog(research.nb, selection=Selection(annotation_ids=(research.english_note,)))
    yield widget
    # pytest-qt would delete a widget given to addWidget before this runs: close it ourselves,
    # once no render is left running that could still deliver to it.
    qtbot.waitUntil(lambda: not widget.busy, timeout=TIMEOUT_MS)
    widget.close()
    widget.deleteLater()


def _preview_shows(dialog: ExportDialog, text: str) -> bool:
    return not dialog.busy and text in dialog.preview.toPlainText()


def test_preview_shows_the_current_selection_then_a_tag(qtbot: QtBot, dialog: ExportDialog) -> None:
    qtbot.waitUntil(lambda: _preview_shows(dialog, ENGLISH_QUOTE), timeout=TIMEOUT_MS)
    assert REPORT_QUOTE not in dialog.preview.toPlainText()
    assert "(RASC News Agency, 2024)" in dialog.preview.toPlainText()
    assert dialog.preview.isReadOnly() and not dialog.preview.openLinks()

    dialog.scope.setCurrentIndex(dialog.scope.findData("tag"))
    dialog.tag.setCurrentText("Persecution")
    qtbot.waitUntil(lambda: _preview_shows(dialog, REPORT_QUOTE), timeout=TIMEOUT_MS)
    assert PERSIAN_QUOTE in dialog.preview.toPlainText()
    assert dialog.status.text() == "3 items from 3 sources"


def test_persian_quote_is_right_to_left_in_the_preview(qtbot: QtBot, dialog: ExportDialog) -> None:
    dialog.scope.setCurrentIndex(dialog.scope.findData("everything"))
    qtbot.waitUntil(lambda: _preview_shows(dialog, PERSIAN_QUOTE), timeout=TIMEOUT_MS)
    block = dialog.preview.document().begin()
    while block.isValid() and PERSIAN_QUOTE not in block.text():
        block = block.next()
    assert block.isValid() and block.textDirection().name == "RightToLeft"


def test_options_change_the_preview(qtbot: QtBot, dialog: ExportDialog) -> None:
    qtbot.waitUntil(lambda: _preview_shows(dialog, "Matches the HRW count."), timeout=TIMEOUT_MS)
    dialog.checks["notes"].setChecked(False)
    dialog.checks["events_table"].setChecked(True)
    qtbot.waitUntil(lambda: _preview_shows(dialog, "Faizabad, Badakhshan"), timeout=TIMEOUT_MS)
    assert "Matches the HRW count." not in dialog.preview.toPlainText()


def test_save_writes_the_file_and_logs_the_export(
    qtbot: QtBot, dialog: ExportDialog, research: Fixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "out" / "summary.docx"
    dest.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    dialog.style_box.setCurrentIndex(dialog.style_box.findData("chicago-note-bibliography"))
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS) as saved:
        qtbot.mouseClick(dialog.save_button, qtbot_button())
    assert saved.args == [[dest]]
    assert dest.read_bytes()[:2] == b"PK"
    entry = list(custody.entries(research.nb.db))[-1]
    assert (entry.action, entry.details["format"], entry.details["style"]) == (
        "export",
        "docx",
        "chicago-note-bibliography",
    )
    assert entry.details["selection"] == {"annotation_ids": [research.english_note]}


def test_cancelled_save_writes_nothing(
    qtbot: QtBot, dialog: ExportDialog, research: Fixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    before = len(list(custody.entries(research.nb.db)))
    qtbot.mouseClick(dialog.save_button, qtbot_button())
    assert dialog.save_button.isEnabled()  # nothing started
    assert len(list(custody.entries(research.nb.db))) == before


def test_loading_a_csl_file_adds_it_as_a_style(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.export.styles import resolve_style

    source = resolve_style("mla").path
    mine = tmp_path / "my-journal.csl"
    mine.write_bytes(source.read_bytes())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(mine), ""))
    dialog.style_box.setCurrentIndex(dialog.style_box.findText(LOAD_STYLE))
    dialog.style_box.activated.emit(dialog.style_box.currentIndex())
    assert dialog.chosen_style() == str(mine)
    assert dialog.style_box.itemText(dialog.style_box.count() - 1) == LOAD_STYLE
    qtbot.waitUntil(lambda: _preview_shows(dialog, "(RASC News Agency)"), timeout=TIMEOUT_MS)


def test_closing_while_the_preview_renders_is_harmless(qtbot: QtBot, research: Fixture) -> None:
    widget = ExportDialog(research.nb)  # no current selection: starts on the first tag
    assert widget.scope.currentData() == "tag" and widget.busy
    widget.close()
    widget.deleteLater()
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=TIMEOUT_MS)
    qtbot.wait(50)  # deliver whatever the worker emitted: nothing may reach the deleted dialog


def test_preview_html_drops_scripts_and_marks_rtl_blocks() -> None:
    html = preview_html(
        '<html><body><script>x()</script><div dir="rtl"><blockquote><p>سلام</p></blockquote></div>'
    )
    assert "<script" not in html
    assert '<p dir="rtl">سلام</p>' in html


def test_copy_citation_of_an_annotation(qtbot: QtBot, research: Fixture) -> None:
    copier = CitationCopier(research.nb)
    with qtbot.waitSignal(copier.copied, timeout=TIMEOUT_MS) as copied:
        copier.copy_annotation(research.report_note, style="apa")
    text = copied.args[0]
    assert text.startswith(f"“{REPORT_QUOTE}” (Human Rights Watch, 2023)")
    assert QGuiApplication.clipboard().text() == text
    assert "https://doi.org/10.9999/hrw.2023.001" in QGuiApplication.clipboard().mimeData().html()
    qtbot.waitUntil(lambda: not copier.busy, timeout=TIMEOUT_MS)


def qtbot_button():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
