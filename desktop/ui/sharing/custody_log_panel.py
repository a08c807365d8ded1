"""The custody log: who imported, edited, shared and merged what, and a check of its hash chain."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.store.changes import Change
from desktop.store.notebook import Notebook
from desktop.store.sharing.custody_view import ChainCheck, LogRow, check_chain, log_rows
from desktop.ui.common.core_messages import core_text, custody_action, custody_details
from desktop.ui.common.local_format import digits, number
from desktop.ui.common.theme import status_text, tint

COLUMNS = (
    "#", QT_TRANSLATE_NOOP("CustodyLogModel", "Time"), QT_TRANSLATE_NOOP("CustodyLogModel", "Who"),
    QT_TRANSLATE_NOOP("CustodyLogModel", "Action"), QT_TRANSLATE_NOOP("CustodyLogModel", "Record"),
    QT_TRANSLATE_NOOP("CustodyLogModel", "Details"),
)  # fmt: skip
TAMPERED = "#e03131"  # tinted over the palette's base, so the row stays readable in dark themes
INTACT, BROKEN = "#1e7b34", "#c0392b"
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class CustodyLogModel(QAbstractTableModel):
    """The entries as table rows; the entries the last check named are shown in red.

    A model rather than a QTableWidget: a log has thousands of entries, and filling items one
    call at a time is slow (and PySide6 6.12 on Python 3.11 leaks a None reference per call).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LogRow] = []
        self.marked: frozenset[int] = frozenset()

    def set_rows(self, rows: list[LogRow], marked: frozenset[int]) -> None:
        self.beginResetModel()
        self.rows, self.marked = rows, marked
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        entry = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell_text(entry, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and entry.seq in self.marked:
            return QBrush(tint(QGuiApplication.palette(), TAMPERED))
        return None


def cell_text(entry: LogRow, column: int) -> str:
    """A cell in the interface language: the core's words (action, "you", detail keys) translated;
    names, titles and values as they are."""
    if column == 0:
        return number(entry.seq)
    if column == 1:
        return digits(entry.at[:19].replace("T", " "))
    words = (core_text(entry.who), custody_action(entry.action), entry.record, custody_details(entry.details))
    return words[column - 2]


class CustodyLogPanel(QWidget):
    """`CustodyLogPanel(nb)`: the log, newest last, and a "Verify chain" button.

    Refreshes when shown and after every change to the notebook (each change adds entries).
    """

    def __init__(self, nb: Notebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nb = nb
        self.check: ChainCheck | None = None
        self.model = CustodyLogModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Custody log"))
        self.verify_button = QPushButton(self.tr("&Verify chain"), self)
        self.verify_button.setToolTip(
            self.tr("Check that no entry was changed or removed since it was written")
        )
        self.result = QLabel(self, wordWrap=True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.verify_button.clicked.connect(self.verify)
        nb.add_listener(self._on_change)
        self.refresh()

    def detach(self) -> None:
        """Stop listening to the notebook (before it closes)."""
        self.nb.remove_listener(self._on_change)

    def _on_change(self, _change: Change) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        marked = self.check.entries if self.check is not None else frozenset()
        self.model.set_rows(log_rows(self.nb), marked)
        self.table.scrollToBottom()

    def verify(self) -> ChainCheck:
        """Check the hash chain; say whether it is intact, or which entries were changed."""
        self.check = check = check_chain(self.nb)
        self.refresh()
        if check.intact:
            self.result.setText(
                self.tr(
                    "Intact: all %n entries are unchanged and in order since they were written.",
                    "",
                    self.model.rowCount(),
                )
            )
            self._show_result(INTACT)
        else:
            problems = "\n".join(f"• {core_text(p)}" for p in check.problems)
            broken = self.tr("BROKEN: the log was edited outside Fieldnotes.")
            self.result.setText(f"{broken}\n{problems}")
            self._show_result(BROKEN)
        return check

    def _show_result(self, colour: str) -> None:
        self._result_colour = colour
        shade = status_text(self.palette(), colour).name()
        self.result.setStyleSheet(f"color: {shade}; font-weight: bold")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_result_colour", ""):
            self._show_result(self._result_colour)  # light ↔ dark

    def marked_entries(self) -> list[int]:
        """The entries shown as changed (their sequence numbers)."""
        return [row.seq for row in self.model.rows if row.seq in self.model.marked]
