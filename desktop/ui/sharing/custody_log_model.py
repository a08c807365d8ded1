"""The custody log as a table: newest entries first, read a page at a time as the view scrolls."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QGuiApplication

from desktop.store.notebook import Notebook
from desktop.store.sharing import custody_view
from desktop.store.sharing.custody_view import PAGE, LogRow, actor_names
from desktop.ui.common.core_messages import core_text, custody_action, custody_details
from desktop.ui.common.local_format import digits, number
from desktop.ui.common.theme import tint

COLUMNS = (
    "#", QT_TRANSLATE_NOOP("CustodyLogModel", "Time"), QT_TRANSLATE_NOOP("CustodyLogModel", "Who"),
    QT_TRANSLATE_NOOP("CustodyLogModel", "Action"), QT_TRANSLATE_NOOP("CustodyLogModel", "Record"),
    QT_TRANSLATE_NOOP("CustodyLogModel", "Details"),
)  # fmt: skip
WHO, RECORD = 2, 4  # the columns that show names for ids
TAMPERED = "#e03131"  # tinted over the palette's base, so the row stays readable in dark themes
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class CustodyLogModel(QAbstractTableModel):
    """The log's entries, newest first, read in pages of `PAGE` (one entry per imported file: a
    log of 100,000 entries is never read whole); the entries the last check named show in red.

    Nothing is read until `reload` (the panel calls it when first shown). After a change,
    `take_changes` adds the new entries on top and renames what the change renamed; the rows
    already read are not read again.
    """

    def __init__(self, nb: Notebook, parent: Any = None) -> None:
        super().__init__(parent)
        self.nb = nb
        self.rows: list[LogRow] = []
        self.marked: frozenset[int] = frozenset()
        self.loaded = False
        self._names: dict[str, str] = {}  # author id → name (the owner, named contacts)
        self._exhausted = True

    # -- Qt's model interface -----------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell_text(entry, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and entry.seq in self.marked:
            return QBrush(tint(QGuiApplication.palette(), TAMPERED))
        return None

    def canFetchMore(self, parent: Index = ROOT) -> bool:  # noqa: N802 - Qt's name
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = ROOT) -> None:  # noqa: N802 - Qt's name
        """The next page of older entries (the view asks as it scrolls towards the end)."""
        if parent.isValid() or self._exhausted or not self.rows:
            return
        older = custody_view.log_page(self.nb, before=self.rows[-1].seq, names=self._names)
        self._exhausted = len(older) < PAGE
        if older:
            self.beginInsertRows(ROOT, len(self.rows), len(self.rows) + len(older) - 1)
            self.rows.extend(older)
            self.endInsertRows()

    # -- ours ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the newest page again, forgetting the rows read before."""
        self._names = actor_names(self.nb)
        rows = custody_view.log_page(self.nb, names=self._names)
        self.beginResetModel()
        self.rows, self._exhausted, self.loaded = rows, len(rows) < PAGE, True
        self.endResetModel()

    def take_changes(self, touched: Collection[str] = ()) -> int:
        """Show what changes did to the log: their new entries on top (the newest page again when
        more than a page came), new names of people and of the records `touched` (ids). Returns
        how many entries were added on top."""
        if not self.loaded:
            return 0
        self._rename_people()
        self._retitle(set(touched))
        newest = self.rows[0].seq if self.rows else 0
        new = custody_view.log_page(self.nb, after=newest, limit=PAGE + 1, names=self._names)
        if len(new) > PAGE:  # an import of many files: the rows between would be missing
            self.reload()
            return len(new)
        if new:
            self.beginInsertRows(ROOT, 0, len(new) - 1)
            self.rows[:0] = new
            self.endInsertRows()
        return len(new)

    def set_marked(self, marked: frozenset[int]) -> None:
        """Show these entries (sequence numbers) in red, and what they hold now."""
        self.marked = marked
        if self.rows:
            self._reread(marked)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def _reread(self, seqs: frozenset[int]) -> None:
        """Read these loaded entries again (a check found them changed outside Fieldnotes)."""
        where = {row.seq: i for i, row in enumerate(self.rows) if row.seq in seqs}
        for seq in sorted(where)[:PAGE]:
            again = custody_view.log_page(self.nb, after=seq - 1, before=seq + 1, limit=1, names=self._names)
            if again:
                self.rows[where[seq]] = again[0]

    def _rename_people(self) -> None:
        names = actor_names(self.nb)
        if names == self._names:
            return
        self._names = names
        self.rows = [replace(r, who=names.get(r.actor, r.actor)) for r in self.rows]
        if self.rows:
            self.dataChanged.emit(self.index(0, WHO), self.index(len(self.rows) - 1, WHO))

    def _retitle(self, ids: set[str]) -> None:
        """Titles again for the loaded rows about these records (an article renamed or added)."""
        shown = [i for i, row in enumerate(self.rows) if row.record_id in ids] if ids else []
        if not shown:
            return
        titles = self.nb.titles(sorted({self.rows[i].record_id for i in shown}))
        for i in shown:
            row = self.rows[i]
            self.rows[i] = replace(row, record=titles.get(row.record_id, row.record_id))
            self.dataChanged.emit(self.index(i, RECORD), self.index(i, RECORD))


def cell_text(entry: LogRow, column: int) -> str:
    """A cell in the interface language: the core's words (action, "you", detail keys) translated;
    names, titles and values as they are."""
    if column == 0:
        return number(entry.seq)
    if column == 1:
        return digits(entry.at[:19].replace("T", " "))
    words = (core_text(entry.who), custody_action(entry.action), entry.record, custody_details(entry.details))
    return words[column - 2]
