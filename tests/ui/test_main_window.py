"""The real main window around a notebook: annotate, tag, search, undo/redo, delete, RTL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontInfo, QTextCursor

from desktop.ui.reader import annotate_dialog
from desktop.ui.reader.annotate_dialog import AnnotationInput
from tests.ui.conftest import article_id, import_samples


@pytest.fixture
def ready(qtbot, window):
    import_samples(qtbot, window)
    return window


def open_article(window, title_part: str) -> str:
    ws = window.workspace
    aid = article_id(ws.nb, title_part)
    ws.library.select(aid)
    assert ws.reader.article.id == aid
    return aid


def annotate(qtbot, window, monkeypatch, word: str, answer: AnnotationInput) -> None:
    reader = window.workspace.reader
    start = reader.article.text.index(word)
    reader.show_passage(start, start + len(word))  # the same selection a mouse drag makes
    monkeypatch.setattr(annotate_dialog, "ask_annotation", lambda *a, **k: answer)
    qtbot.keyClick(reader.text, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)


def tint_of(reader, colour: str) -> str:
    """The light tint the reader paints for an annotation of `colour` over its palette's base."""
    from desktop.ui.common.contrast import parse_hex, to_hex
    from desktop.ui.common.theme import rgb
    from desktop.ui.reader.highlights import fill

    palette = reader.text.palette()
    base, ink = rgb(palette, palette.ColorRole.Base), rgb(palette, palette.ColorRole.Text)
    return to_hex(fill([parse_hex(colour)], base=base, text=ink))


def background_at(reader, offset: int) -> QColor:
    cursor = QTextCursor(reader.text.document())
    cursor.setPosition(offset + 1)  # the format of the character before the cursor
    return cursor.charFormat().background().color()


def test_annotating_a_selection_highlights_and_tags_it(qtbot, ready, monkeypatch):
    ws = ready.workspace
    aid = open_article(ready, "Kunduz")
    answer = AnnotationInput(note="7 detained", color="#8ce99a", tags=("Persecution/Detention",))
    annotate(qtbot, ready, monkeypatch, "armed men in uniform", answer)
    start = ws.reader.article.text.index("armed men in uniform")
    assert background_at(ws.reader, start).name() == tint_of(ws.reader, "#8ce99a")
    assert ws.annotations.list.count() == 1
    assert "7 detained" in ws.annotations.list.item(0).text()
    parent = ws.tags.item_for("Persecution")
    assert parent is not None and ws.tags.item_for("Persecution/Detention") is not None
    assert parent.index().siblingAtColumn(1).data() == "1"
    row = ws.library.model.row_of(aid)
    assert ws.library.model.index(row, 4).data() == 1  # the Annotations column
    assert ready.commands.undo.text() == "Undo Add annotation"


def test_clicking_a_tag_filters_the_library(qtbot, ready, monkeypatch):
    ws = ready.workspace
    aid = open_article(ready, "Kunduz")
    annotate(qtbot, ready, monkeypatch, "amnesty", AnnotationInput(tags=("Statements",)))
    index = ws.tags.item_for("Statements").index()
    qtbot.mouseClick(
        ws.tags.tree.viewport(), Qt.MouseButton.LeftButton, pos=ws.tags.tree.visualRect(index).center()
    )
    assert ws.library.filters["tag"].text() == "Statements"
    assert [r.id for r in ws.library.model.rows] == [aid]


def test_undo_and_redo_remove_and_restore_an_annotation(qtbot, ready, monkeypatch):
    ws = ready.workspace
    open_article(ready, "Kunduz")
    annotate(qtbot, ready, monkeypatch, "identity cards", AnnotationInput(note="ID check"))
    start = ws.reader.article.text.index("identity cards")
    assert ws.annotations.list.count() == 1
    qtbot.keyClick(ready, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ws.annotations.list.count() == 0
    assert background_at(ws.reader, start).name() != tint_of(ws.reader, "#ffe066")
    assert ready.commands.redo.text() == "Redo Add annotation" and ready.commands.redo.isEnabled()
    qtbot.keyClick(
        ready, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert ws.annotations.list.count() == 1
    assert background_at(ws.reader, start).name() == tint_of(ws.reader, "#ffe066")


def test_search_opens_a_hit_at_its_passage(qtbot, ready):
    ws = ready.workspace
    ready.commands.search.trigger()
    qtbot.keyClicks(ws.search_field, "deported")
    qtbot.waitUntil(lambda: ws.search.list.count() > 0, timeout=3_000)
    assert ws.middle.currentWidget() is ws.search
    assert "<b>deported</b>" in ws.search.list.item(0).data(Qt.ItemDataRole.UserRole + 10)
    ws.search.open_row(0)
    cursor = ws.reader.text.textCursor()
    assert cursor.selectedText() == "deported"
    hit = ws.search.result.hits[0]
    assert cursor.selectionStart() == hit.first_match and ws.reader.article.id == hit.id


def test_did_you_mean_is_clickable(qtbot, ready):
    ws = ready.workspace
    qtbot.keyClicks(ws.search_field, "detaned")
    qtbot.waitUntil(lambda: "did you mean" in ws.search.status.text(), timeout=3_000)
    ws.search.status.linkActivated.emit(ws.search.result.suggestion)
    assert ws.search_field.text() == ws.search.result.suggestion
    qtbot.waitUntil(lambda: ws.search.list.count() > 0, timeout=3_000)


def test_a_bad_query_says_why_instead_of_failing(qtbot, ready):
    ws = ready.workspace
    ws.run_search("date:[2024 TO")  # searched off the GUI thread: the answer comes a moment later
    qtbot.waitUntil(lambda: ws.search.shown_query == "date:[2024 TO", timeout=3_000)
    assert ws.search.list.count() == 0 and ws.search.status.text()


def test_find_in_article(qtbot, ready):
    ws = ready.workspace
    open_article(ready, "Kunduz")
    ready.workspace.reader.find_action.trigger()
    assert ws.reader.find_bar.isVisible()
    qtbot.keyClicks(ws.reader.find_bar.field, "warrant")
    assert ws.reader.text.textCursor().selectedText() == "warrant"


def test_persian_article_is_right_to_left_in_an_arabic_script_font(qtbot, ready):
    ws = ready.workspace
    open_article(ready, "هرات")
    text = ws.reader.text
    assert text.layoutDirection() == Qt.LayoutDirection.RightToLeft
    option = text.document().defaultTextOption()
    assert option.alignment() & Qt.AlignmentFlag.AlignRight
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert QFontInfo(text.font()).family() == "Noto Naskh Arabic"
    open_article(ready, "Kunduz")  # and back to left-to-right
    assert text.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_delete_key_deletes_the_article_and_undo_brings_it_back(qtbot, ready):
    ws = ready.workspace
    aid = open_article(ready, "Badakhshan")
    ws.library.table.setFocus()
    ready.commands.delete.trigger()
    assert ws.library.model.row_of(aid) == -1 and "4 articles" in ready.counts.text()
    ready.commands.undo.trigger()
    assert ws.library.model.row_of(aid) >= 0


def test_editing_metadata_updates_the_header_and_library(qtbot, ready, monkeypatch):
    from desktop.ui.library import metadata_dialog

    ws = ready.workspace
    aid = open_article(ready, "Badakhshan")
    csl = dict(
        ws.reader.article.csl,
        **{"container-title": "Monitoring Group", "issued": {"date-parts": [[2024, 5, 2]]}},
    )
    monkeypatch.setattr(metadata_dialog, "ask_metadata", lambda *a: csl)
    ws.reader.metadata_action.trigger()
    assert "Monitoring Group" in ws.reader.header.text()
    row = ws.library.model.row_of(aid)
    assert ws.library.model.index(row, 1).data() == "Monitoring Group"
    assert ws.library.model.index(row, 2).data() == "2024-05-02"
