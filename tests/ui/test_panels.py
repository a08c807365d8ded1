"""Panels and models built standalone around a notebook."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from desktop.ingest.draft import ArticleDraft
from desktop.ui.library.library_model import LibraryFilter
from desktop.ui.library.library_panel import LibraryPanel
from desktop.ui.library.original_dialog import OriginalDialog, html_as_text
from desktop.ui.library.tag_tree_panel import TagTreePanel
from desktop.ui.reader.annotations_panel import AnnotationsPanel
from desktop.ui.reader.reader_panel import ReaderPanel
from tests.ui.conftest import article_id


def test_library_fetches_lazily_in_pages_and_sorts(qtbot, notebook):
    drafts = [
        ArticleDraft(
            f"Report {i:03}\n\ntext {i}",
            {"title": f"Report {i:03}"},
            f"r{i}".encode(),
            f"{i}.txt",
            "text/plain",
        )
        for i in range(450)
    ]
    notebook.add_articles(drafts)
    panel = LibraryPanel(notebook)
    qtbot.addWidget(panel)
    model = panel.model
    assert model.rowCount() <= 200 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    panel.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Report 449" and model.rowCount() == 200


def test_library_filters_by_language_outlet_and_date(qtbot, samples_nb):
    panel = LibraryPanel(samples_nb)
    qtbot.addWidget(panel)
    panel.model.set_filter(LibraryFilter(language="fa"))
    assert panel.model.rowCount() == 2
    panel.model.set_filter(LibraryFilter(outlet="Sample Wire"))
    assert [r.title for r in panel.model.rows] == [
        "SAMPLE: Former soldiers detained after returning to Kunduz"
    ]
    panel.model.set_filter(LibraryFilter(date_from="2024-06-01", date_to="2024-12-31"))
    assert [r.language for r in panel.model.rows] == ["fa"]
    panel.clear_filter()
    assert panel.model.rowCount() == 5


def test_annotations_panel_follows_the_notebook_and_goes_to_passages(qtbot, samples_nb):
    aid = article_id(samples_nb, "Kunduz")
    panel = AnnotationsPanel(samples_nb)
    qtbot.addWidget(panel)
    panel.show_article(aid)
    note = samples_nb.annotations.create(aid, start=10, end=30, note="check", tags=("A/B",))
    assert panel.list.count() == 1 and "check" in panel.list.item(0).text()
    with qtbot.waitSignal(panel.passage_requested) as signal:
        panel.list.itemClicked.emit(panel.list.item(0))
    assert signal.args == [10, 30]
    panel.list.setCurrentRow(0)
    panel.delete_current()
    assert panel.list.count() == 0
    samples_nb.undo.undo()
    assert panel.current_id() is None and panel.list.count() == 1
    assert panel.list.item(0).data(Qt.ItemDataRole.UserRole + 20) == note.id
    panel.detach()


def test_reader_clicking_a_highlight_selects_its_annotation(qtbot, samples_nb):
    aid = article_id(samples_nb, "Kunduz")
    note = samples_nb.annotations.create(aid, start=100, end=140)
    reader = ReaderPanel(samples_nb)
    qtbot.addWidget(reader)
    reader.show_article(aid)
    with qtbot.waitSignal(reader.annotation_clicked) as signal:
        cursor = reader.text.textCursor()
        cursor.setPosition(120)
        reader.text.setTextCursor(cursor)
    assert signal.args == [note.id]
    reader.detach()


def test_tag_tree_rename_move_and_merge(qtbot, samples_nb, monkeypatch):
    aid = article_id(samples_nb, "Kunduz")
    samples_nb.annotations.create(aid, start=0, end=10, tags=("Persecution/Detention", "Places/Kunduz"))
    panel = TagTreePanel(samples_nb)
    qtbot.addWidget(panel)
    assert panel.item_for("Persecution/Detention") is not None
    from desktop.ui.library import tag_actions

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Persecution/Arrest", True))
    tag_actions.rename(panel, samples_nb, "Persecution/Detention")
    assert (
        panel.item_for("Persecution/Arrest") is not None and panel.item_for("Persecution/Detention") is None
    )
    tag_actions.move_to(panel, samples_nb, "Places/Kunduz", "")
    assert panel.item_for("Kunduz") is not None
    kunduz, arrest = samples_nb.tags.find("Kunduz"), samples_nb.tags.find("Persecution/Arrest")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Persecution/Arrest", True))
    tag_actions.merge(panel, samples_nb, kunduz.id)
    assert panel.item_for("Kunduz") is None
    assert samples_nb.tags.get(arrest.id).path == "Persecution/Arrest"
    panel.detach()


def test_original_html_is_shown_as_text_with_its_checked_hash(qtbot, samples_nb):
    article = samples_nb.article(article_id(samples_nb, "Kunduz"))
    dialog = OriginalDialog(samples_nb, article)
    qtbot.addWidget(dialog)
    assert "<p>" not in dialog.view.toPlainText() and "Kunduz" in dialog.view.toPlainText()
    assert article.original_sha256 in dialog.info.text() and "matches" in dialog.info.text()


def test_html_as_text_drops_scripts_and_styles():
    page = "<html><head><style>p{}</style><script>alert(1)</script></head><body><p>Hello <b>there</b></p><img src='http://x/y.png'></body></html>"
    assert html_as_text(page) == "Hello there"


def test_bundled_fonts_are_registered(qapp, tmp_path, monkeypatch):  # noqa: ANN001
    """A font dropped in resources/fonts (as the bundle does) is available to the reader."""
    import shutil
    from pathlib import Path

    from PySide6.QtGui import QFontDatabase

    from desktop.ui.shell import app

    system_font = next(Path("/usr/share/fonts").rglob("DejaVuSans.ttf"), None)
    if system_font is None:
        import pytest

        pytest.skip("no DejaVu font file on this machine to copy")
    (tmp_path / "fonts").mkdir()
    shutil.copy(system_font, tmp_path / "fonts" / "Bundled.ttf")
    monkeypatch.setattr(app, "resources_dir", lambda: tmp_path)
    assert app.load_bundled_fonts() == 1
    assert "DejaVu Sans" in QFontDatabase.families()
