"""The events timeline: months along the x axis, one coloured lane per event type, bars = events."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.store.events import Event
from desktop.ui.events.event_display import type_color, type_label, type_labels

LEFT, TOP, BOTTOM, RIGHT = 170, 34, 40, 16
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def month_of(event: Event) -> tuple[int, int] | None:
    """(year, month) the event starts in; a year-only date counts in January; None undated."""
    parts = [int(p) for p in event.date_start.split("-")[:2] if p.isdigit()]
    if not parts:
        return None
    return parts[0], parts[1] if len(parts) > 1 else 1


def month_range(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    months, (year, month) = [], first
    while (year, month) <= last:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


@dataclass(frozen=True)
class Bar:
    """One drawn bar: the events of one type in one month, and where it was painted."""

    type: str
    month: tuple[int, int]
    event_ids: tuple[str, ...]
    rect: QRectF


class TimelineView(QWidget):
    """Paints events per month and type; clicking a bar emits `events_clicked(ids)`."""

    events_clicked = Signal(list)  # event ids of the clicked bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(480, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._cells: dict[tuple[str, tuple[int, int]], list[str]] = {}
        self._types: list[str] = []
        self._months: list[tuple[int, int]] = []
        self._undated = 0
        self._bars: list[Bar] = []
        self._selected: set[str] = set()
        self._left = LEFT
        self.setAccessibleName("Timeline of events by type")

    def sizeHint(self) -> QSize:
        return QSize(900, TOP + BOTTOM + 40 * max(3, len(self._types)))

    def set_events(self, events: Sequence[Event]) -> None:
        """Show these events (undated ones are counted in a note, not drawn)."""
        cells: dict[tuple[str, tuple[int, int]], list[str]] = defaultdict(list)
        for event in events:
            month = month_of(event)
            if month is not None:
                cells[event.type, month].append(event.id)
        self._cells = dict(cells)
        self._undated = sum(1 for e in events if month_of(e) is None)
        present = {t for t, _ in cells}
        self._types = [t for t in type_labels() if t in present] + sorted(present - set(type_labels()))
        months = [m for _, m in cells]
        self._months = month_range(min(months), max(months)) if months else []
        self.updateGeometry()
        self.update()

    def set_selected(self, event_ids: Sequence[str]) -> None:
        self._selected = set(event_ids)
        self.update()

    def bars(self) -> list[Bar]:
        """The bars as last painted (tests click their centres)."""
        return list(self._bars)

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self._bars = []
        if not self._months:
            painter.setPen(self.palette().placeholderText().color())
            note = "No dated events to show" + (f" ({self._undated} undated)" if self._undated else "")
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, note)
            return
        widest = max(painter.fontMetrics().horizontalAdvance(self._lane_label(t)) for t in self._types)
        self._left = min(max(LEFT, widest + 42), self.width() // 3)
        plot = QRectF(self._left, TOP, self.width() - self._left - RIGHT, self.height() - TOP - BOTTOM)
        self._paint_legend(painter)
        self._paint_axis(painter, plot)
        lane = plot.height() / len(self._types)
        peak = max(len(ids) for ids in self._cells.values())
        for row, type_id in enumerate(self._types):
            self._paint_lane(painter, plot, row, lane, type_id, peak)
        painter.end()

    def _lane_label(self, type_id: str) -> str:
        total = sum(len(ids) for (t, _), ids in self._cells.items() if t == type_id)
        return f"{type_label(type_id)} ({total})"

    def _column_width(self, plot: QRectF) -> float:
        return plot.width() / len(self._months)

    def _paint_legend(self, painter: QPainter) -> None:
        x = float(self._left)
        metrics = painter.fontMetrics()
        for type_id in self._types:
            painter.fillRect(QRectF(x, 10, 12, 12), QColor(type_color(type_id)))
            painter.setPen(self.palette().text().color())
            label = type_label(type_id)
            painter.drawText(QPointF(x + 16, 21), label)
            x += 16 + metrics.horizontalAdvance(label) + 14
        if self._undated:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(QPointF(x + 6, 21), f"+ {self._undated} undated (not shown)")

    def _paint_axis(self, painter: QPainter, plot: QRectF) -> None:
        width = self._column_width(plot)
        metrics = painter.fontMetrics()
        step = max(1, int((metrics.horizontalAdvance("Mmm") + 10) // max(width, 1)) + 1)
        grid = QPen(self.palette().mid().color(), 1, Qt.PenStyle.DotLine)
        for i, (year, month) in enumerate(self._months):
            x = plot.left() + i * width
            if month == 1 or i == 0:  # a year starts: a solid line and the year on the second row
                painter.setPen(QPen(self.palette().mid().color(), 1))
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() + 30))
                painter.setPen(self.palette().text().color())
                painter.drawText(QPointF(x + 3, plot.bottom() + 30), str(year))
            elif i % step == 0:
                painter.setPen(grid)
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            if i % step == 0:
                painter.setPen(self.palette().text().color())
                painter.drawText(QPointF(x + 3, plot.bottom() + 14), MONTHS[month - 1])
        painter.setPen(QPen(self.palette().text().color(), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    def _paint_lane(
        self, painter: QPainter, plot: QRectF, row: int, lane: float, type_id: str, peak: int
    ) -> None:
        top = plot.top() + row * lane
        color = QColor(type_color(type_id))
        if row % 2:
            painter.fillRect(QRectF(0, top, self.width(), lane), self.palette().alternateBase())
        painter.setPen(self.palette().text().color())
        painter.fillRect(QRectF(12, top + lane / 2 - 6, 12, 12), color)
        label_rect = QRectF(30, top, self._left - 36, lane)
        painter.drawText(
            label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, self._lane_label(type_id)
        )
        width = self._column_width(plot)
        small = QFont(painter.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        for i, month in enumerate(self._months):
            ids = self._cells.get((type_id, month))
            if not ids:
                continue
            height = max(3.0, (lane - 14) * len(ids) / peak)
            rect = QRectF(plot.left() + i * width + 1.5, top + lane - height - 2, max(2.0, width - 3), height)
            painter.fillRect(rect, color)
            if self._selected & set(ids):
                painter.setPen(QPen(self.palette().highlight().color(), 2.5))
                painter.drawRect(rect.adjusted(-1, -1, 1, 1))
            if width >= 14:
                painter.save()
                painter.setFont(small)
                painter.setPen(self.palette().text().color())
                painter.drawText(
                    QRectF(rect.left() - 4, rect.top() - 13, rect.width() + 8, 12),
                    Qt.AlignmentFlag.AlignCenter,
                    str(len(ids)),
                )
                painter.restore()
            self._bars.append(Bar(type_id, month, tuple(ids), rect))

    # -- clicking -----------------------------------------------------------------------------
    def bar_at(self, point: QPointF) -> Bar | None:
        """The bar under `point`, generously: anywhere in its month column within its lane."""
        for bar in self._bars:
            column = QRectF(
                bar.rect.left() - 1, bar.rect.top() - 14, bar.rect.width() + 2, bar.rect.height() + 16
            )
            if column.contains(point):
                return bar
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position())
        if bar is not None:
            self.set_selected(bar.event_ids)
            self.events_clicked.emit(list(bar.event_ids))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position())
        if bar is None:
            self.setToolTip("")
            self.unsetCursor()
            return
        year, month = bar.month
        self.setToolTip(f"{type_label(bar.type)}, {MONTHS[month - 1]} {year}: {len(bar.event_ids)} event(s)")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
