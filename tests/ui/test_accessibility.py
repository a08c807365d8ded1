"""Keyboard and screen reader: accessible names, Tab through every pane, a visible focus,
standard shortcuts, and Help ▸ Keyboard shortcuts listing the actions themselves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from desktop.ui.shell.shortcuts_dialog import ShortcutsDialog, shortcut_rows
from tests.ui.conftest import import_samples

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSpinBox,
)


@pytest.fixture
def ready(qtbot, window):  # noqa: ANN001
    import_samples(qtbot, window)
    window.workspace.library.select(window.workspace.library.model.rows[0].id)
    return window


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces: the accessible name, else the text or the label's buddy."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def part_of_a_qt_widget(widget: QWidget) -> bool:
    """Qt's own inner pieces (a combo's popup, a line edit's clear button, a table's headers)."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QScrollBar):
        return True
    parent = widget.parentWidget()
    if isinstance(widget, QHeaderView) and isinstance(parent, QAbstractItemView):
        return True
    while parent is not None:
        if isinstance(parent, (QComboBox, QLineEdit, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return False


def test_every_interactive_widget_has_an_accessible_name(ready):
    ready.workspace.reader.find_bar.start()  # the find bar is built hidden: show it too
    unnamed = [
        f"{type(w).__name__} in {type(w.parentWidget()).__name__}"
        for w in ready.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and not part_of_a_qt_widget(w) and not accessible_name(w)
    ]
    assert unnamed == []
    assert accessible_name(ready.workspace.reader.text) == "Article text"


def tab_cycle(qtbot, start: QWidget, presses: int = 40) -> list[QWidget]:  # noqa: ANN001
    start.setFocus()
    qtbot.waitUntil(lambda: start.hasFocus())
    seen = []
    for _ in range(presses):
        widget = QApplication.focusWidget()
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def test_tab_from_the_search_field_reaches_every_pane(qtbot, ready):
    ws = ready.workspace
    seen = tab_cycle(qtbot, ws.search_field)
    panes = [ws.library.table, ws.reader.text, ws.annotations.list, ws.nav, ws.tags.tree]
    assert all(p in seen for p in panes), [type(w).__name__ for w in seen]
    order = [seen.index(p) for p in panes]
    assert order == sorted(order)  # list, reader, notes, then the sidebar, then round again
    assert seen.count(ws.search_field) >= 2  # Tab cycles: nothing traps the focus
    ws.nav.setCurrentRow(1)  # the Events page
    assert ws.events.table in tab_cycle(qtbot, ws.search_field)


def test_shift_tab_goes_back(qtbot, ready):
    ws = ready.workspace
    ws.reader.text.setFocus()
    qtbot.waitUntil(ws.reader.text.hasFocus)
    qtbot.keyClick(ws.reader.text, Qt.Key.Key_Backtab)
    assert not ws.reader.text.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert ws.reader.text.hasFocus()


def left_edge(view: QWidget) -> QColor:
    """The colour on screen at the middle of the view's left edge (frame overlays included)."""
    image = view.parentWidget().grab(view.geometry()).toImage()
    return image.pixelColor(0, view.height() // 2)


def test_the_focused_pane_is_framed_in_the_highlight_colour(qtbot, qapp, ready):
    from desktop.ui.common.theme import apply_theme

    table = ready.workspace.library.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    assert left_edge(table) == table.palette().highlight().color()
    ready.workspace.reader.text.setFocus()
    qtbot.waitUntil(lambda: not table.hasFocus())
    assert left_edge(table) != table.palette().highlight().color()
    assert left_edge(ready.workspace.reader.text) == table.palette().highlight().color()
    try:  # the frame and the panes follow a switch to the dark theme
        apply_theme("dark", qapp)
        qapp.processEvents()
        assert table.palette().base().color().lightness() < 128
        assert left_edge(ready.workspace.reader.text) == table.palette().highlight().color()
    finally:
        apply_theme("system", qapp)


def menu_actions(window) -> list:  # noqa: ANN001
    out, menus = [], [a.menu() for a in window.menuBar().actions() if a.menu()]
    while menus:
        menu = menus.pop(0)
        for action in menu.actions():
            if isinstance(action.menu(), QMenu):
                menus.append(action.menu())
            elif not action.isSeparator() and action.text():
                out.append(action)
    return out


def test_every_menu_opens_from_the_keyboard_and_the_main_actions_have_keys(ready):
    """Alt + a menu's letter opens it (arrows and Enter reach every entry); the everyday actions
    have shortcuts or letters of their own."""
    assert all("&" in a.text() for a in ready.menuBar().actions() if a.menu())
    for title in ("File", "Edit", "Article", "View", "Share", "Help"):
        menu = next(a.menu() for a in ready.menuBar().actions() if a.text().replace("&", "") == title)
        for action in menu.actions():
            if not action.isSeparator() and action.text() and not isinstance(action.menu(), QMenu):
                assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()


def test_standard_shortcuts_where_the_platform_has_them(ready):
    redo = {s.toString() for s in ready.commands.redo.shortcuts()}
    platform = {s.toString() for s in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)}
    assert redo == platform and "Ctrl+Shift+Z" in redo
    assert ready.commands.undo.shortcut().matches(QKeySequence(QKeySequence.StandardKey.Undo))
    assert not ready.commands.quit.shortcut().isEmpty()  # a fallback where the platform has none
    assert ready.workspace.reader.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)


def test_help_lists_every_action_with_its_shortcut(qtbot, ready):
    qtbot.keyClick(ready, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: ready.findChild(ShortcutsDialog) is not None)
    dialog = ready.findChild(ShortcutsDialog)
    listed = dict(dialog.listed())
    for action in menu_actions(ready):
        name = action.text().replace("&", "").rstrip("…").strip()
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
        assert listed.get(name) == keys, name
    assert listed["Show highlights"] == "Ctrl+Shift+H"
    assert listed["Keyboard shortcuts"].startswith("F1")
    assert any(r.menu == "Article" and r.action == "Annotate selection" for r in shortcut_rows(ready))
    dialog.filter.setText("highlights")
    assert [name for name, _keys in dialog.listed()] == ["Show highlights"]
    dialog.reject()


def unnamed_in(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} in {type(w.parentWidget()).__name__}"
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and not part_of_a_qt_widget(w) and not accessible_name(w)
    ]


def test_the_dialogs_people_use_most_name_their_fields(qtbot, ready):
    from desktop.ui.reader.annotate_dialog import AnnotateDialog, AnnotationInput
    from desktop.ui.shell.passphrase_dialog import NewPassphraseDialog
    from desktop.ui.shell.preferences_dialog import PreferencesDialog

    dialogs = [
        PreferencesDialog(ready),
        AnnotateDialog(ready, quote="a passage", tag_paths=["Persecution"], initial=AnnotationInput()),
        NewPassphraseDialog(ready, title="New notebook", intro="Choose a passphrase"),
        ShortcutsDialog(ready),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert unnamed_in(dialog) == [], type(dialog).__name__
    assert dialogs[0].theme.accessibleName() == "Theme"
