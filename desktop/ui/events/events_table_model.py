"""The events table's item model: one row per event, its corroboration as a column."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.store.events import Event
from desktop.ui.common import language
from desktop.ui.common.local_format import number, solar_date
from desktop.ui.events.event_display import (
    actor_label,
    choice_labels,
    count_text,
    date_text,
    place_label,
    type_color,
    type_label,
    where_text,
)

COLUMNS = (
    QT_TRANSLATE_NOOP("EventsTableModel", "Date"), QT_TRANSLATE_NOOP("EventsTableModel", "Type"),
    QT_TRANSLATE_NOOP("EventsTableModel", "Where"), QT_TRANSLATE_NOOP("EventsTableModel", "Count"),
    QT_TRANSLATE_NOOP("EventsTableModel", "Perpetrator"), QT_TRANSLATE_NOOP("EventsTableModel", "Victims"),
    QT_TRANSLATE_NOOP("EventsTableModel", "Status"), QT_TRANSLATE_NOOP("EventsTableModel", "Sources"),
)  # fmt: skip
SOURCES_COLUMN = COLUMNS.index("Sources")
Index = QModelIndex | QPersistentModelIndex


class EventsTableModel(QAbstractTableModel):
    """Read-only rows over a list of events (the panel sets them after filtering)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._events: list[Event] = []

    def set_events(self, events: Sequence[Event]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def event_at(self, row: int) -> Event:
        return self._events[row]

    def events(self) -> list[Event]:
        return list(self._events)

    def row_of(self, event_id: str) -> int:
        """The row showing this event, or -1."""
        return next((i for i, e in enumerate(self._events) if e.id == event_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("EventsTableModel", COLUMNS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Corroboration: distinct sources behind the evidence")
                if section == SOURCES_COLUMN
                else None
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event, column = self._events[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(event, column)
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return QColor(type_color(event.type))
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and event.province:
            return place_label(event.province)
        if role == Qt.ItemDataRole.ToolTipRole and column == SOURCES_COLUMN:
            sources = self.tr("%n distinct source(s)", "", event.sources)
            return sources + self.tr(", %n passage(s)", "", len(event.evidence))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in {3, SOURCES_COLUMN}:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return event.id
        return None

    def _text(self, event: Event, column: int) -> str:
        statuses = choice_labels()["verification_statuses"]
        values = (
            self._date(event), type_label(event.type), where_text(event), count_text(event),
            actor_label(event.perpetrator), actor_label(event.victim_group),
            statuses.get(event.status, event.status),
            number(event.sources),
        )  # fmt: skip
        return values[column]

    def _date(self, event: Event) -> str:
        """ "2024-03-03", with "(13 Hut 1402)" after it when Solar Hijri dates are on."""
        text = date_text(event) or self.tr("undated")
        one_day = event.date_start and event.date_end in ("", None, event.date_start)
        solar = solar_date(event.date_start) if one_day and language.solar_dates() else ""
        return f"{text} ({solar})" if solar else text
