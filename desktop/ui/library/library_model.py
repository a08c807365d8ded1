"""The library table: articles fetched page by page from the notebook, sortable and filterable."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.store.article_list import ArticleFilter, ArticleRow
from desktop.store.notebook import Notebook
from desktop.ui.common.local_format import date_with_solar, language_name, native_digits, number

PAGE = 200
COLUMNS = (
    QT_TRANSLATE_NOOP("LibraryModel", "Title"), QT_TRANSLATE_NOOP("LibraryModel", "Outlet"),
    QT_TRANSLATE_NOOP("LibraryModel", "Date"), QT_TRANSLATE_NOOP("LibraryModel", "Lang."),
    QT_TRANSLATE_NOOP("LibraryModel", "Notes"), QT_TRANSLATE_NOOP("LibraryModel", "Events"),
    QT_TRANSLATE_NOOP("LibraryModel", "Tags"),
)  # fmt: skip
TOOLTIPS = (
    "", "", QT_TRANSLATE_NOOP("LibraryModel", "Issued"), QT_TRANSLATE_NOOP("LibraryModel", "Language"),
    QT_TRANSLATE_NOOP("LibraryModel", "Annotations"),
    QT_TRANSLATE_NOOP("LibraryModel", "Events backed by its passages"),
    QT_TRANSLATE_NOOP("LibraryModel", "Distinct tags"),
)  # fmt: skip
# The store's sort keys for the columns it can order by (the counts it cannot).
ORDER_KEYS = {0: "title", 1: "outlet", 2: "date", 3: "language"}
ArticleIdRole = Qt.ItemDataRole.UserRole + 1
DirectionRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


# The filter controls map one to one onto the store's filter.
LibraryFilter = ArticleFilter


class LibraryModel(QAbstractTableModel):
    """Rows of `nb.article_rows`, fetched lazily in pages as the view scrolls.

    A filter narrows the same paged query (tag, outlet, dates, language), so a filtered list
    of any length scrolls as smoothly as the whole library.
    """

    def __init__(self, nb: Notebook, parent: Any = None) -> None:
        super().__init__(parent)
        self.nb = nb
        self.rows: list[ArticleRow] = []
        self._positions: dict[str, int] = {}  # article id → row, for the rows loaded
        self.order, self.descending = "added", False
        self.filter = LibraryFilter()
        self._exhausted = False
        self._sort_column = -1

    # -- Qt's model interface ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        translate = QCoreApplication.translate
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("LibraryModel", COLUMNS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return translate("LibraryModel", TOOLTIPS[section] or COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 2:
                return date_with_solar(row.issued)
            if column >= 4:
                counts = (row.annotations, row.events, row.tags)[column - 4]
                return number(counts) if native_digits() else counts  # an int sorts and reads as before
            if column == 3:
                return language_name(row.language)  # "English", «دری/فارسی», not "en", "fa"
            return (row.title, row.outlet, row.issued)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ArticleIdRole:
            return row.id
        if role == DirectionRole:
            return row.direction
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        new = self._fetch(len(self.rows), PAGE)
        self._exhausted = len(new) < PAGE
        if new:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(new) - 1)
            self._positions.update((r.id, i) for i, r in enumerate(new, start=len(self.rows)))
            self.rows.extend(new)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in ORDER_KEYS:
            return
        self.order = ORDER_KEYS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- ours -----------------------------------------------------------------------------------
    def set_filter(self, library_filter: LibraryFilter) -> None:
        self.filter = library_filter
        self.reload()

    def reload(self, *, keep: int = 0) -> None:
        """Fetch again from the start (after a change), keeping at least `keep` rows loaded."""
        self.beginResetModel()
        self.rows = self._fetch(0, max(PAGE, keep))
        self._positions = {r.id: i for i, r in enumerate(self.rows)}
        self._exhausted = len(self.rows) < max(PAGE, keep)
        self.endResetModel()

    def update_counts(self, article_ids: set[str]) -> None:
        """Recount annotations and tags of these loaded rows in place (cheaper than `reload`)."""
        for article_id in article_ids:
            row = self.row_of(article_id)
            if row < 0:
                continue
            notes = self.nb.annotations.for_article(article_id)
            tags = len({t for n in notes for t in n.tags})
            self.rows[row] = replace(self.rows[row], annotations=len(notes), tags=tags)
            self.dataChanged.emit(self.index(row, 4), self.index(row, 6))

    def row_of(self, article_id: str) -> int:
        """The article's row, or -1 when it is not loaded (or not in the list)."""
        return self._positions.get(article_id, -1)

    def _fetch(self, offset: int, limit: int) -> list[ArticleRow]:
        return self.nb.article_rows(
            limit=limit, offset=offset, order=self.order, descending=self.descending, where=self.filter
        )
