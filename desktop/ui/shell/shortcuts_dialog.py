"""Help ▸ Keyboard shortcuts: every action of the window with its shortcut, read from the actions
themselves (menus first, in menu order), so the list never drifts from what the keys do."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.direction import arrow

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ShortcutRow:
    menu: str  # "File ▸ Exchange with other tools" (◂ right to left), or "" outside the menus
    action: str
    keys: str  # "Ctrl+Shift+Z, Ctrl+Y" in the platform's spelling; "" when there is none


def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _keys(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())


def _walk(menu: QMenu, path: str, seen: set[int], rows: list[ShortcutRow]) -> None:
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible() or id(action) in seen:
            continue
        seen.add(id(action))
        sub = action.menu()
        if isinstance(sub, QMenu):
            _walk(sub, f"{path} {arrow('▸')} {_clean(sub.title())}", seen, rows)  # ◂ right to left
        elif action.text():
            rows.append(ShortcutRow(path, _clean(action.text()), _keys(action)))


def shortcut_rows(window: QMainWindow) -> list[ShortcutRow]:
    """Every menu action (with or without a shortcut), then other actions that have a shortcut."""
    rows: list[ShortcutRow] = []
    seen: set[int] = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            _walk(menu, _clean(menu.title()), seen, rows)
    listed = {(r.action, r.keys) for r in rows}
    for action in window.findChildren(QAction):
        row = ShortcutRow("", _clean(action.text()), _keys(action))
        if row.keys and row.action and (row.action, row.keys) not in listed:
            listed.add((row.action, row.keys))
            rows.append(row)
    return rows


class ShortcutsDialog(QDialog):
    """The table of `shortcut_rows(window)`, filtered as you type."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = shortcut_rows(window)
        self.filter = QLineEdit(self, clearButtonEnabled=True)
        self.filter.setPlaceholderText(self.tr("Filter by action, key or menu"))
        self.filter.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter.textChanged.connect(self._apply_filter)
        self.table = QTableWidget(len(self.rows), 3, self)
        self.table.setAccessibleName(self.tr("Actions and their shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut"), self.tr("Menu")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for row, entry in enumerate(self.rows):
            menu = entry.menu or self.tr("(window-wide)")
            for column, text in enumerate((entry.action, entry.keys or "—", menu)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        hint = QLabel(
            self.tr("Menus open with Alt and the underlined letter; Tab moves between panes."), self
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.filter, self.table, hint, buttons):
            layout.addWidget(widget)
        self.resize(620, 560)

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for row, entry in enumerate(self.rows):
            haystack = f"{entry.action} {entry.keys} {entry.menu}".casefold()
            self.table.setRowHidden(row, bool(needle) and needle not in haystack)

    def listed(self) -> list[tuple[str, str]]:
        """(action, shortcut) of the rows shown."""
        return [
            (entry.action, entry.keys)
            for row, entry in enumerate(self.rows)
            if not self.table.isRowHidden(row)
        ]


def _show(window: QMainWindow) -> None:
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def install_help_menu(window: QMainWindow) -> QAction:
    """Add Help ▸ Keyboard shortcuts (F1, the platform's help key) to `window`; returns the action."""
    menu = window.menuBar().addMenu(translate("ShortcutsDialog", "&Help"))
    action = QAction(translate("ShortcutsDialog", "&Keyboard shortcuts…"), window)
    action.setShortcuts(QKeySequence.StandardKey.HelpContents)
    action.setToolTip(translate("ShortcutsDialog", "List every action and its keyboard shortcut"))
    action.triggered.connect(lambda _=False: _show(window))
    menu.addAction(action)
    window.addAction(action)
    return action
