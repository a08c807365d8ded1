"""The Timeline tab: the timeline with its grouping switch and zoom, and the undated events beside it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QScrollBar,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store.events import Event
from desktop.ui.events.event_display import actor_label, count_text, type_color, type_label, where_text
from desktop.ui.events.timeline_layout import event_span
from desktop.ui.events.timeline_view import GROUPINGS, TimelineView


def swatch(color: str) -> QIcon:
    """A small square of the event type's colour."""
    pixmap = QPixmap(10, 10)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def undated_text(event: Event) -> str:
    """ "Detention · Takhar · 12 · Taliban": what tells undated events apart."""
    parts = (type_label(event.type), where_text(event), count_text(event), actor_label(event.perpetrator))
    return " · ".join(p for p in parts if p)


class TimelinePanel(QWidget):
    """`set_events` shows events; `events_clicked(ids)` when marks or undated events are clicked."""

    events_clicked = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = TimelineView()
        self.grouping = QComboBox()
        self.grouping.setAccessibleName(self.tr("Group the timeline by"))
        for value, label in GROUPINGS.items():
            self.grouping.addItem(QCoreApplication.translate("TimelineView", label), value)
        self.grouping.currentIndexChanged.connect(lambda: self.view.set_grouping(self.grouping.currentData()))
        self.scrollbar = QScrollBar(Qt.Orientation.Horizontal)
        self.scrollbar.valueChanged.connect(self.view.set_offset)
        self.view.view_changed.connect(self._sync_scrollbar)
        self.view.events_clicked.connect(self._clicked)
        self.undated_label = QLabel()
        self.undated = QListWidget()
        self.undated.setAccessibleName(self.tr("Undated events"))
        self.undated.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.undated.setWordWrap(True)
        self.undated.itemClicked.connect(lambda _item: self._undated_clicked())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._toolbar())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._timeline_column())
        splitter.addWidget(self._undated_column())
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([880, 260])
        self.splitter = splitter
        layout.addWidget(splitter, 1)

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Group by")))
        row.addWidget(self.grouping)
        row.addSpacing(16)
        for text, tip, slot in (
            ("−", self.tr("Zoom out (Ctrl+wheel)"), lambda: self.view.zoom(1 / 1.5)),
            ("+", self.tr("Zoom in (Ctrl+wheel)"), lambda: self.view.zoom(1.5)),
            (self.tr("Fit"), self.tr("Show every dated event"), self.view.fit),
        ):
            button = QToolButton(text=text, toolTip=tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            row.addWidget(button)
        legend = QLabel(self.tr("Click a mark to select its event; click a lane's name for all of them."))
        legend.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        row.addSpacing(12)
        row.addWidget(legend, 1)
        return row

    def _timeline_column(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidget(self.view)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.verticalScrollBar().valueChanged.connect(lambda _value: self.view.update())  # its axis
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.scrollbar)
        return column

    def _undated_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(4, 0, 4, 0)  # the heading clear of the splitter on either side
        layout.addWidget(self.undated_label)
        layout.addWidget(self.undated, 1)
        return column

    # -- contents ---------------------------------------------------------------------------------
    def set_events(self, events: Sequence[Event]) -> None:
        """Dated events on the timeline, the others listed beside it."""
        self.view.set_events(events)
        undated = [e for e in events if event_span(e) is None]
        self.undated.blockSignals(True)
        self.undated.clear()
        for event in undated:
            item = QListWidgetItem(undated_text(event))
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            item.setIcon(swatch(type_color(event.type)))
            self.undated.addItem(item)
        self.undated.blockSignals(False)
        self.undated_label.setText(
            self.tr("Undated (%n)", "", len(undated)) if undated else self.tr("No undated events")
        )

    def set_grouping(self, grouping: str) -> None:
        self.grouping.setCurrentIndex(max(0, self.grouping.findData(grouping)))

    def set_selected(self, event_ids: Sequence[str]) -> None:
        """Mark these events on the timeline and in the undated list (without emitting)."""
        self.view.set_selected(event_ids)
        chosen = set(event_ids)
        self.undated.blockSignals(True)
        for row in range(self.undated.count()):
            item = self.undated.item(row)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) in chosen)
        self.undated.blockSignals(False)

    def undated_ids(self) -> list[str]:
        return [self.undated.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.undated.count())]

    def _undated_clicked(self) -> None:
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.undated.selectedItems()]
        if ids:
            self.view.set_selected(ids)
            self.events_clicked.emit(ids)

    def _clicked(self, ids: list[str]) -> None:
        self.undated.clearSelection()
        self.events_clicked.emit(ids)

    def _sync_scrollbar(self) -> None:
        largest, page = self.view.scroll_range()
        self.scrollbar.blockSignals(True)
        self.scrollbar.setRange(0, largest)
        self.scrollbar.setPageStep(page)
        self.scrollbar.setSingleStep(40)
        self.scrollbar.setValue(self.view.offset())
        self.scrollbar.blockSignals(False)
        self.scrollbar.setVisible(largest > 0)
