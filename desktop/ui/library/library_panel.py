"""The library pane: filter controls above a lazily fetched, sortable table of articles."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store.notebook import Notebook
from desktop.ui.common import language
from desktop.ui.common.local_format import date_with_solar, language_name
from desktop.ui.library.library_model import PAGE, ArticleIdRole, LibraryFilter, LibraryModel


class LibraryPanel(QWidget):
    """Shows the notebook's articles; emits `article_selected(id)` when the user picks one."""

    article_selected = Signal(str)

    def __init__(self, nb: Notebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryModel(nb, self)
        self.filters = {
            "tag": _field(self.tr("Tag"), self.tr("Filter by tag path")),
            "outlet": _field(self.tr("Outlet"), self.tr("Filter by outlet")),
            "date_from": _field(self.tr("From"), self.tr("Issued on or after (YYYY, YYYY-MM or YYYY-MM-DD)")),
            "date_to": _field(self.tr("To"), self.tr("Issued on or before (YYYY, YYYY-MM or YYYY-MM-DD)")),
            "language": _field(self.tr("Lang"), self.tr("Filter by language code, e.g. en, fa")),
        }
        for name, width in (("date_from", 90), ("date_to", 90), ("language", 60)):
            self.filters[name].setMaximumWidth(width)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.apply_filter)
        clear = QToolButton(text=self.tr("Clear"), toolTip=self.tr("Clear the filters"))
        clear.setAccessibleName(self.tr("Clear filters"))
        clear.clicked.connect(self.clear_filter)
        row = QHBoxLayout()
        for edit in self.filters.values():
            edit.textChanged.connect(self._timer.start)
            row.addWidget(edit)
        row.addWidget(clear)
        self.table = self._make_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setAccessibleName(self.tr("Articles"))
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        names = header.fontMetrics()  # a column is at least as wide as its heading (Dari ones are longer)
        for column, width in ((1, 110), (2, 82), (3, 44), (4, 48), (5, 50), (6, 40)):
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            table.setColumnWidth(column, max(width, names.horizontalAdvance(heading) + 14))
        longest = max(table.fontMetrics().horizontalAdvance(language_name(c)) for c in ("en", "fa", "ps"))
        table.setColumnWidth(3, max(table.columnWidth(3), longest + 12))  # "Dari/Persian", not "fa"
        if language.solar_dates():  # "2024-04-27 (8 ثور 1403)"
            width = table.fontMetrics().horizontalAdvance(date_with_solar("2024-12-30")) + 16
            table.setColumnWidth(2, max(82, width))
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.selectionModel().selectionChanged.connect(self._selected)
        return table

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.article_selected.emit(indexes[0].data(ArticleIdRole))

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ArticleIdRole) if rows else None

    def select(self, article_id: str) -> None:
        row = self.model.row_of(article_id)
        if row >= 0:  # not selectRow(): right to left it looks past the last column and selects nothing
            flags = QItemSelectionModel.SelectionFlag
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), flags.ClearAndSelect | flags.Rows
            )

    def apply_filter(self) -> None:
        values = {name: edit.text().strip() for name, edit in self.filters.items()}
        self.model.set_filter(LibraryFilter(**values))

    def set_tag_filter(self, path: str) -> None:
        self.filters["tag"].setText(path)
        self.apply_filter()

    def clear_filter(self) -> None:
        for edit in self.filters.values():
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self.apply_filter()

    def refresh(self) -> None:
        """Re-query after a change, keeping the selection and the rows down to it or to the view's
        end (not every row scrolled past: 100,000 rows would take seconds to read again)."""
        current = self.selected_id()
        reached = max(self.table.rowAt(self.table.viewport().height() - 1), self.model.row_of(current or ""))
        self.model.reload(keep=min(len(self.model.rows), reached + 1 + PAGE))
        if current:  # reselect quietly: the reader already shows it
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self.select(current)
            selection.blockSignals(False)


def _field(placeholder: str, tip: str) -> QLineEdit:
    edit = QLineEdit(placeholderText=placeholder, toolTip=tip, clearButtonEnabled=True)
    edit.setAccessibleName(tip)
    return edit
