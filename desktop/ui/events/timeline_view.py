"""The events timeline: days along a zoomable axis, one lane per type or province, an event per mark.

A day is a filled dot, a day taken from the article's publication date ("reported") a hollow
one, a month, year or range a bar over its span (pale when approximate). Clicking marks emits
their event ids; Ctrl+wheel zooms around the cursor, Shift+wheel pans. Colours come from the
palette (text, grid, background), so the timeline reads in light and dark themes alike.

Right to left (Dari, Pashto) the whole picture is mirrored: time runs from right to left, the
lane names stand at the right, the legend starts at the right. Positions are worked out left to
right ("logical" x) and mirrored where they are painted (`_screen_x`, `_screen_rect`); the marks
keep their on-screen rectangles, so clicks and tooltips find them either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.store.events import Event
from desktop.ui.common.local_format import digits, number
from desktop.ui.events import timeline_layout as layout
from desktop.ui.events import timeline_legend as legend
from desktop.ui.events.event_display import (
    date_text,
    type_color,
    type_label,
    type_labels,
    where_text,
)
from desktop.ui.events.timeline_legend import MARKER

AXIS, RIGHT, ROW, LANE_PAD = 40, 18, 18, 8
MIN_DAY, MAX_DAY = 0.02, 60.0  # pixels per day, zoomed out and in
GROUPINGS = {
    "type": QT_TRANSLATE_NOOP("TimelineView", "Type"),
    "province": QT_TRANSLATE_NOOP("TimelineView", "Province"),
}


@dataclass(frozen=True)
class Mark:
    """One painted event: its id and where it was drawn (tests click their centres)."""

    event_id: str
    rect: QRectF
    kind: str  # "point", "reported" or "bar"
    lane: str


class TimelineView(QWidget):
    """Paints dated events; `events_clicked(ids)` when marks (or a lane's name) are clicked."""

    events_clicked = Signal(list)
    view_changed = Signal()  # zoom or scroll changed: the panel updates its scroll bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(480, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Timeline of events"))
        self.grouping = "type"
        self._spans: list[layout.Span] = []
        self._lanes: list[layout.Lane] = []
        self._first = self._last = 0
        self._day_width, self._offset, self._fit = 1.0, 0.0, True
        self._selected: set[str] = set()
        self._marks: list[Mark] = []
        self._lane_rects: list[tuple[QRectF, layout.Lane]] = []
        self._ticks: list[layout.Tick] = []
        self._left = 160

    # -- what is shown --------------------------------------------------------------------------
    def set_events(self, events: Sequence[Event]) -> None:
        """Show the dated ones of these events (the panel lists the undated beside the timeline)."""
        self._spans = [s for s in (layout.event_span(e) for e in events) if s is not None]
        if self._spans:
            self._first, self._last = layout.whole_months(self._spans)
        self._relayout()

    def set_grouping(self, grouping: str) -> None:
        """One lane per event "type" or per "province" (the country for events abroad)."""
        if grouping not in GROUPINGS:
            raise ValueError(f"{grouping}: group by one of {', '.join(GROUPINGS)}")
        self.grouping = grouping
        self._relayout()

    def set_selected(self, event_ids: Sequence[str]) -> None:
        self._selected = set(event_ids)
        self.update()

    def selected(self) -> set[str]:
        return set(self._selected)

    def marks(self) -> list[Mark]:
        """The marks as last painted."""
        return list(self._marks)

    def lane_labels(self) -> list[str]:
        return [lane.label for lane in self._lanes]

    def _relayout(self) -> None:
        grouping = self.grouping
        order = list(type_labels()) if grouping == "type" else []
        self._lanes = layout.lanes(
            self._spans,
            key=lambda e: layout.lane_key(e, grouping),
            label=lambda k: layout.lane_label(k, grouping),
            order=order,
        )
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self._lane_title(lane)) for lane in self._lanes), default=0)
        self._left = int(min(max(110, widest + 24), 260))
        if self._fit:
            self._fit_days()
        self._pack()

    def _pack(self) -> None:
        for lane in self._lanes:
            layout.pack(lane, x_of=self._x, marker=MARKER)
        lanes_height = sum(self._lane_height(lane) for lane in self._lanes)
        self.setMinimumHeight(self._legend_height() + AXIS + lanes_height + 4)
        self.updateGeometry()
        self.update()
        self.view_changed.emit()

    def sizeHint(self) -> QSize:
        return QSize(900, max(260, self.minimumHeight()))

    # -- zoom and scroll ------------------------------------------------------------------------
    def _plot_width(self) -> float:
        return max(50.0, self.width() - self._left - RIGHT)

    def _fit_days(self) -> None:
        days = max(1, self._last - self._first + 1)
        self._day_width = min(MAX_DAY, max(MIN_DAY, self._plot_width() / days))
        self._offset = 0.0

    def _x(self, day: float) -> float:
        """The logical x of `day` (left to right, whatever the direction)."""
        return self._left + (day - self._first) * self._day_width - self._offset

    def right_to_left(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _screen_x(self, x: float) -> float:
        """A logical x where it is painted (and back: mirroring is its own inverse)."""
        return self.width() - x if self.right_to_left() else x

    def _screen_rect(self, rect: QRectF) -> QRectF:
        if not self.right_to_left():
            return QRectF(rect)
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def x_of_day(self, day: date) -> float:
        """Where `day` is painted, in the widget's pixels (tests compare directions with it)."""
        return self._screen_x(self._x(day.toordinal() + 0.5))

    def content_width(self) -> float:
        return (self._last - self._first + 1) * self._day_width if self._spans else 0.0

    def scroll_range(self) -> tuple[int, int]:
        """(largest offset, page width) in pixels, for the panel's scroll bar."""
        return max(0, int(self.content_width() - self._plot_width())), int(self._plot_width())

    def offset(self) -> int:
        return int(self._offset)

    def set_offset(self, pixels: float) -> None:
        self._offset = min(max(0.0, pixels), float(self.scroll_range()[0]))
        self.update()
        self.view_changed.emit()

    def zoom(self, factor: float, *, at: float | None = None) -> None:
        """Zoom by `factor` keeping the day under `at` (x in pixels; default the middle) in place."""
        if not self._spans:
            return
        x = self._left + self._plot_width() / 2 if at is None else self._screen_x(at)
        day = self._first + (x - self._left + self._offset) / self._day_width
        self._day_width = min(MAX_DAY, max(MIN_DAY, self._day_width * factor))
        self._fit = False
        self._offset = (day - self._first) * self._day_width - (x - self._left)
        self._pack()
        self.set_offset(self._offset)

    def fit(self) -> None:
        """Show the whole span of the events in the width."""
        self._fit = True
        self._fit_days()
        self._pack()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self._fit_days()
        self._pack()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120 or event.angleDelta().x() / 120
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.25**steps, at=event.position().x())
        elif modifiers & Qt.KeyboardModifier.ShiftModifier or event.angleDelta().x():
            # a sideways swipe moves the picture its way: towards later days when mirrored
            mirrored = self.right_to_left() and not event.angleDelta().y()
            self.set_offset(self._offset + (steps if mirrored else -steps) * 60)
        else:
            event.ignore()  # the surrounding scroll area scrolls the lanes
            return
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """+ and - zoom, 0 fits, the arrow keys pan (towards what lies on their side)."""
        key = event.key()
        later = -80 if self.right_to_left() else 80  # later days lie on the left when mirrored
        zoom, pan = {Qt.Key.Key_Plus: 1.5, Qt.Key.Key_Equal: 1.5, Qt.Key.Key_Minus: 1 / 1.5}, {
            Qt.Key.Key_Left: -later, Qt.Key.Key_Right: later}  # fmt: skip
        if key in zoom:
            self.zoom(zoom[key])
        elif key in pan:
            self.set_offset(self._offset + pan[key])
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    # -- painting -------------------------------------------------------------------------------
    def _lane_title(self, lane: layout.Lane) -> str:
        return f"{lane.label} ({number(len(lane.spans))})"

    @staticmethod
    def _lane_height(lane: layout.Lane) -> int:
        return lane.row_count * ROW + 2 * LANE_PAD

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        self._marks, self._lane_rects = [], []
        if not self._spans:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No dated events to show"))
            return
        self._paint_legend(painter)
        bottom = self._paint_lanes(painter)
        # Tall timelines scroll: the axis stays at the bottom of what is visible.
        visible = self.visibleRegion().boundingRect()
        self._paint_axis(painter, min(bottom, visible.bottom() - AXIS) if not visible.isEmpty() else bottom)
        painter.end()

    def _legend(self) -> list[legend.Entry]:
        shown = {s.event.type for s in self._spans} if self.grouping == "province" else set()
        return legend.legend_entries(self.fontMetrics(), self.width(), self.palette().text().color(), shown)

    def _legend_height(self) -> int:
        return legend.legend_height(self._legend())

    def _paint_legend(self, painter: QPainter) -> None:
        palette = self.palette()
        legend.paint_legend(
            painter,
            self._legend(),
            text=palette.text().color(),
            base=palette.base(),
            screen=self._screen_rect,
        )

    def _paint_lanes(self, painter: QPainter) -> float:
        palette, top = self.palette(), float(self._legend_height())
        plot = QRectF(self._left, top, self._plot_width(), self.height() - top - AXIS)
        for n, lane in enumerate(self._lanes):
            height = self._lane_height(lane)
            band = QRectF(0, top, self.width(), height)
            painter.fillRect(band, palette.alternateBase() if n % 2 else palette.base())
            label = self._screen_rect(QRectF(10, top, self._left - 18, height))
            painter.setPen(palette.text().color())
            painter.drawText(
                label, Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, self._lane_title(lane)
            )
            self._lane_rects.append((label, lane))
            top += height
        plot.setBottom(top)
        self._paint_grid(painter, plot)
        painter.save()
        painter.setClipRect(self._screen_rect(plot.adjusted(-MARKER, 0, 0, 0)))
        top = float(self._legend_height())
        for lane in self._lanes:
            for span, row in zip(lane.spans, lane.rows, strict=True):
                self._paint_span(painter, span, top + LANE_PAD + row * ROW + ROW / 2, lane.key)
            top += self._lane_height(lane)
        painter.restore()
        return top

    def _paint_grid(self, painter: QPainter, plot: QRectF) -> None:
        palette = self.palette()
        label_width = painter.fontMetrics().horizontalAdvance("Mmm") + 12
        self._ticks = layout.ticks(
            self._first, self._last, day_width=self._day_width, label_width=label_width
        )
        solid, dotted = QPen(palette.mid().color(), 1), QPen(palette.mid().color(), 1, Qt.PenStyle.DotLine)
        for tick in self._ticks:
            x = self._x(tick.day)
            if plot.left() <= x <= plot.right():
                painter.setPen(solid if tick.major else dotted)
                x = self._screen_x(x)
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(QPen(palette.text().color(), 1))
        start, end = self._screen_x(self._left), self._screen_x(plot.right())
        painter.drawLine(QPointF(start, plot.bottom()), QPointF(end, plot.bottom()))
        painter.drawLine(QPointF(start, plot.top()), QPointF(start, plot.bottom()))

    def _paint_axis(self, painter: QPainter, bottom: float) -> None:
        palette = self.palette()
        right = self._left + self._plot_width()
        painter.fillRect(QRectF(0, bottom + 1, self.width(), AXIS), palette.base())
        painter.setPen(palette.text().color())
        painter.drawLine(QPointF(self._screen_x(self._left), bottom), QPointF(self._screen_x(right), bottom))
        for tick in self._ticks:
            x = self._x(tick.day)
            if not tick.label or not self._left <= x <= right - 10:
                continue
            x = self._screen_x(x)
            painter.drawLine(QPointF(x, bottom), QPointF(x, bottom + (10 if tick.major else 5)))
            self._paint_tick_label(painter, x, bottom + (32 if tick.major else 17), tick.label)
        near = [
            t for t in self._ticks if t.major and t.label and self._left <= self._x(t.day) < self._left + 50
        ]
        if not near:  # name the year the view starts in, on the years' row
            day = date.fromordinal(int(self._first + self._offset / self._day_width))
            self._paint_tick_label(painter, self._screen_x(self._left), bottom + 32, digits(str(day.year)))

    def _paint_tick_label(self, painter: QPainter, x: float, baseline: float, label: str) -> None:
        """`label` beside its tick at `x`, on the side later days lie (the right, or the left
        when mirrored)."""
        width = painter.fontMetrics().horizontalAdvance(label)
        painter.drawText(QPointF(x - 3 - width if self.right_to_left() else x + 3, baseline), label)

    def _paint_span(self, painter: QPainter, span: layout.Span, y: float, lane: str) -> None:
        color = QColor(type_color(span.event.type))
        if span.point:
            x = self._x(span.first + 0.5)
            rect = QRectF(x - MARKER / 2, y - MARKER / 2, MARKER, MARKER)
            kind = "reported" if span.reported else "point"
        else:
            left, right = self._x(span.first), self._x(span.last + 1)
            rect = QRectF(left, y - 5, max(MARKER * 0.6, right - left), 10)
            kind = "bar"
        rect = self._screen_rect(rect)  # the marks keep where they are on screen: clicks find them
        legend.paint_mark(
            painter, rect, kind, color, base=self.palette().base(), approximate=span.approximate
        )
        if span.event.id in self._selected:
            painter.setPen(QPen(self.palette().highlight().color(), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 4, 4)
        self._marks.append(Mark(span.event.id, rect, kind, lane))

    # -- clicking -------------------------------------------------------------------------------
    def ids_at(self, point: QPointF) -> list[str]:
        """The events whose marks are under `point` (a few pixels of slack), or the lane's events
        when `point` is on a lane's name."""
        found = [m.event_id for m in self._marks if m.rect.adjusted(-3, -4, 3, 4).contains(point)]
        if found:
            return list(dict.fromkeys(found))
        lane = next((lane for rect, lane in self._lane_rects if rect.contains(point)), None)
        return [s.event.id for s in lane.spans] if lane else []

    def mousePressEvent(self, event: QMouseEvent) -> None:
        ids = self.ids_at(event.position())
        if ids:
            self.set_selected(ids)
            self.events_clicked.emit(ids)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        ids = set(self.ids_at(event.position()))
        inside = self._screen_x(event.position().x()) >= self._left  # not on the lanes' names
        spans = [s for s in self._spans if s.event.id in ids] if inside else []
        if not spans:
            self.setToolTip("")
            self.unsetCursor()
            return
        lines = [
            " · ".join((type_label(s.event.type), date_text(s.event), where_text(s.event))) for s in spans[:8]
        ]
        more = [self.tr("… and %n more", "", len(spans) - 8)] if len(spans) > 8 else []
        self.setToolTip("\n".join(lines + more))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
