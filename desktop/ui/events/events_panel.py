"""The Events view: filters, the table with corroboration, timeline, province map and disagreements."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.export.events_table import date_kind
from desktop.store.changes import Change
from desktop.store.events import Event
from desktop.store.notebook import Notebook
from desktop.ui.common.local_format import number
from desktop.ui.events.event_editor_dialog import EventEditorDialog
from desktop.ui.events.events_disagreements_view import EventsDisagreementsView
from desktop.ui.events.events_filter_bar import EventFilter, EventsFilterBar
from desktop.ui.events.events_table_model import COLUMNS, EventsTableModel
from desktop.ui.events.province_map import ProvinceMap
from desktop.ui.events.timeline_panel import TimelinePanel

REFRESH_MS = 100  # the events are re-read at most this often while edits keep coming
REFRESH_ON = {"event", "annotation", "article", "tag", "metadata", "notebook"}


class EventsPanel(QWidget):
    """Everything about events for one notebook. Connect `evidence_requested` to the reader."""

    evidence_requested = Signal(str, int, int)  # article id, start, end of a passage
    events_shown = Signal(int)  # how many events pass the filters

    def __init__(self, nb: Notebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._nb = nb
        self._sources: dict[str, str] = {}
        self._stale = False
        self._refresh_due = False
        self.filters = EventsFilterBar()
        self.model = EventsTableModel(self)
        self.table = self._table()
        self.timeline = TimelinePanel()
        self.map = ProvinceMap()
        self.disagreements = EventsDisagreementsView(nb)
        self.summary = QLabel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.map, self.tr("Provinces"))
        self.tabs.addTab(self.disagreements, self.tr("Disagreements"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setSizes([300, 360])
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._buttons())
        self.filters.changed.connect(lambda _: self.refresh())
        self.map.province_clicked.connect(self.filters.set_province)
        self.timeline.events_clicked.connect(self.select_events)
        self.disagreements.evidence_requested.connect(self.evidence_requested)
        nb.add_listener(self._on_change)
        self.refresh()

    def detach(self) -> None:
        """Stop listening to the notebook (call before closing it or discarding the panel)."""
        self._nb.remove_listener(self._on_change)

    def _table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName(self.tr("Events"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("Where"), QHeaderView.ResizeMode.Stretch)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._menu)
        table.clicked.connect(self._show_evidence)
        table.doubleClicked.connect(lambda index: self.edit(self.model.event_at(index.row()).id))
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit…"), clicked=lambda: self.edit(self._current_id()))
        self.delete_button = QPushButton(self.tr("Delete"), clicked=self.delete_selected)
        for widget in (self.summary, self.edit_button, self.delete_button):
            row.addWidget(widget)
        row.insertStretch(1, 1)
        return row

    # -- refreshing ---------------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.kind in REFRESH_ON:
            if change.kind in {"article", "metadata"}:
                self._sources.clear()
            self._stale = True
            if not self._refresh_due:  # edits in a burst (a batch of accepted suggestions) refresh
                self._refresh_due = True  # the view at most every REFRESH_MS, and not while hidden
                QTimer.singleShot(REFRESH_MS, self, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        self._refresh_due = False
        if self._stale and self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def source_of(self, article_id: str) -> str:
        """An article's source as the filter lists it: its outlet, else its title."""
        if article_id not in self._sources:
            article = self._nb.article(article_id)
            self._sources[article_id] = article.outlet or article.title
        return self._sources[article_id]

    def _matches(self, event: Event, chosen: EventFilter) -> bool:
        """The filters the store does not apply: the source, and the kind of date."""
        if chosen.dates and date_kind(event) != chosen.dates:
            return False
        return not chosen.source or any(self.source_of(a) == chosen.source for a in event.articles)

    def refresh(self) -> None:
        """Re-read the events that pass the filters and redraw the table and pictures."""
        chosen = self.filters.current()
        self._stale = False
        everything = self._nb.events.all()
        self.filters.set_choices(
            tags=sorted({t for e in everything for t in e.tags}, key=str.casefold),
            sources=sorted({self.source_of(a) for e in everything for a in e.articles}, key=str.casefold),
        )
        found = self._all(everything, chosen.store_filters())
        shown = sorted((e for e in found if self._matches(e, chosen)), key=lambda e: not e.date_start)
        selected = set(self.selected_ids())
        self.model.set_events(shown)
        self.timeline.set_events(shown)
        self._update_map(chosen, everything)
        self.disagreements.set_events(shown)
        self.select_events([e.id for e in shown if e.id in selected])
        total = len(everything)
        self.summary.setText(
            self.tr("{shown} of %n event(s)", "", total).format(shown=number(len(shown)))
            if len(shown) != total
            else self.tr("%n event(s)", "", total)
        )
        self.events_shown.emit(len(shown))

    def _all(self, everything: list[Event], filters: dict[str, str | None]) -> list[Event]:
        """The events the store's filters keep (`everything` itself when none is set)."""
        return self._nb.events.all(**filters) if any(filters.values()) else everything

    def _update_map(self, chosen: EventFilter, everything: list[Event]) -> None:
        """The map counts every province under the other filters, so a click never empties it."""
        filters = {**chosen.store_filters(), "province": None}
        events = [e for e in self._all(everything, filters) if self._matches(e, chosen)]
        self.map.set_counts(
            Counter(e.province for e in events if e.province),
            abroad=Counter(e.country for e in events if not e.province and e.country),
        )
        self.map.set_selected(chosen.province)

    # -- selection and evidence -----------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.event_at(r).id for r in rows]

    def _current_id(self) -> str | None:
        ids = self.selected_ids()
        return ids[0] if ids else None

    def select_events(self, event_ids: Sequence[str]) -> None:
        """Select these events' rows (a click on the timeline does this)."""
        selection = QItemSelection()
        for event_id in event_ids:
            row = self.model.row_of(event_id)
            if row >= 0:
                selection.select(
                    self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1)
                )
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(selection, flags)
        if not selection.isEmpty():
            self.table.scrollTo(selection.indexes()[0])

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        self.timeline.set_selected(ids)
        self.edit_button.setEnabled(len(ids) == 1)
        self.delete_button.setEnabled(bool(ids))

    def _show_evidence(self, index: QModelIndex) -> None:
        event = self.model.event_at(index.row())
        self.show_evidence(event.id)

    def show_evidence(self, event_id: str, which: int = 0) -> None:
        """Ask the reader to show the event's `which`-th passage."""
        passages = self._nb.events.evidence(event_id)
        if passages:
            passage = passages[min(which, len(passages) - 1)]
            self.evidence_requested.emit(passage.article_id, passage.start, passage.end)

    def _menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        event = self.model.event_at(index.row())
        menu = QMenu(self)
        for i, passage in enumerate(self._nb.events.evidence(event.id)):
            quote = " ".join(passage.exact.split())
            show = self.tr("Show passage: «{quote}…»").format(quote=quote[:50])
            menu.addAction(show, lambda i=i: self.show_evidence(event.id, i))
        menu.addSeparator()
        menu.addAction(self.tr("Edit…"), lambda: self.edit(event.id))
        menu.addAction(self.tr("Delete"), self.delete_selected)
        menu.popup(self.table.viewport().mapToGlobal(point))

    # -- editing (through the store: every change is undoable) --------------------------------------
    def edit(self, event_id: str | None) -> None:
        if event_id is None:
            return
        dialog = EventEditorDialog(self._nb, self, event_id=event_id)
        dialog.evidence_requested.connect(self.evidence_requested)
        dialog.open()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete events"),
            self.tr(
                "Delete %n event(s)? Their passages stay annotated; Undo brings them back.", "", len(ids)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            for event_id in ids:
                self._nb.events.delete(event_id)
