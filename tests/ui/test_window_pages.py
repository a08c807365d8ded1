"""Every sidebar page and menu of the main window leads somewhere real."""

from __future__ import annotations

from desktop.ui.shell.main_window import MainWindow


def test_sidebar_pages_show_their_panels(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    ws = window.workspace
    assert ws is not None
    expected = {
        "Library": ws.library,
        "Events": ws.events,
        "Conflicts": ws.conflicts,
        "Custody log": ws.custody,
    }
    for row in range(ws.nav.count()):
        name = ws.nav.item(row).text()
        ws.nav.setCurrentRow(row)
        assert ws.middle.currentWidget() is expected[name], name


def test_menus_offer_events_export_and_sharing(window: MainWindow) -> None:
    titles = {a.text().replace("&", "") for a in window.menuBar().actions()}
    assert {"File", "Edit", "Article", "View", "Share"} <= titles
    share_menu = window.commands.menus["Share"]
    labels = [a.text().replace("&", "") for a in share_menu.actions() if a.text()]
    assert labels == ["Share…", "Receive…", "Contacts…", "My identity card…"]
    assert window.commands.export.shortcut().toString() == "Ctrl+Shift+S"


def test_show_events_shortcut_switches_page(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.show_events()
    assert window.workspace is not None
    assert window.workspace.middle.currentWidget() is window.workspace.events


def test_copy_citation_quotes_the_selected_annotation(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from PySide6.QtGui import QGuiApplication

    from tests.conftest import make_draft

    nb = window.session.nb
    [article] = nb.add_articles(
        [
            make_draft(
                "Witnesses said seven men were detained at night.",
                title="Night raid",
                **{"container-title": "Sample Wire", "issued": {"date-parts": [[2024, 3, 12]]}},
            )
        ]
    )
    note = nb.annotations.create(article.id, start=15, end=47)
    ws = window.workspace
    ws.open_article(article.id)
    ws.annotations.select(note.id)
    window.copy_citation()
    qtbot.waitUntil(lambda: not window.citations.busy, timeout=30_000)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("“seven men were detained at night”"), text
    assert "Night raid" in text
