"""Every sidebar page and menu of the main window leads somewhere real."""

from __future__ import annotations

from desktop.ui.main_window import MainWindow


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
