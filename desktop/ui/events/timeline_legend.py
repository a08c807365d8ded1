"""The timeline's marks and legend: how a day, a reported day and a span are drawn, and the legend
of those shapes (and of the types' colours) wrapped to the width and mirrored right to left."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPen

from desktop.ui.events.event_display import type_color, type_label, type_labels

LEGEND_LINE, MARKER = 22, 11.0
SHAPES = (
    ("point", QT_TRANSLATE_NOOP("TimelineView", "day")),
    ("reported", QT_TRANSLATE_NOOP("TimelineView", "reported: the article's date")),
    ("bar", QT_TRANSLATE_NOOP("TimelineView", "month or range")),
    ("approximate", QT_TRANSLATE_NOOP("TimelineView", "approximate")),
)
Entry = tuple[QRectF, str, str, QColor]  # where (logical, left to right), kind, label, colour


def paint_mark(
    painter: QPainter, rect: QRectF, kind: str, color: QColor, *, base: QBrush, approximate: bool = False
) -> None:
    """A bar over a span, a hollow dot for a reported day (`base` inside), a dot for a day."""
    painter.save()
    if kind == "bar":
        fill = QColor(color)
        if approximate:
            fill.setAlpha(90)
        painter.setPen(QPen(color, 1.2))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
    elif kind == "reported":  # hollow: the date is the article's, not the event's
        painter.setPen(QPen(color, 2.2))
        painter.setBrush(base)
        painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
    else:
        fill = QColor(color)
        if approximate:
            fill.setAlpha(90)
        painter.setPen(QPen(color.darker(130) if not approximate else color, 1.2))
        painter.setBrush(fill)
        painter.drawEllipse(rect)
    painter.restore()


def legend_entries(
    metrics: QFontMetrics, width: float, text: QColor, swatch_types: Iterable[str] = ()
) -> list[Entry]:
    """Each legend entry where it goes, wrapped to `width` (minus the right margin): the mark
    shapes, then the colour of each type in `swatch_types` (when the lanes are provinces)."""
    shown = set(swatch_types)
    entries = [(kind, QCoreApplication.translate("TimelineView", label), text) for kind, label in SHAPES]
    entries += [("swatch", type_label(t), QColor(type_color(t))) for t in type_labels() if t in shown]
    out, x, line = [], 12.0, 0
    for kind, label, colour in entries:
        size = 22 + metrics.horizontalAdvance(label) + 16
        if x + size > width - 18 and x > 12:
            x, line = 12.0, line + 1
        out.append((QRectF(x, 6 + line * LEGEND_LINE, size, LEGEND_LINE), kind, label, colour))
        x += size
    return out


def legend_height(entries: list[Entry]) -> int:
    lines = max((int((r.top() - 6) // LEGEND_LINE) for r, *_ in entries), default=0) + 1
    return 10 + lines * LEGEND_LINE


def paint_legend(
    painter: QPainter, entries: list[Entry], *, text: QColor, base: QBrush, screen: Callable[[QRectF], QRectF]
) -> None:
    """Paint the entries, each rectangle passed through `screen` (mirroring it right to left)."""
    for rect, kind, label, colour in entries:
        y = rect.center().y()
        if kind == "swatch":
            painter.fillRect(screen(QRectF(rect.left(), y - 5, 12, 12)), colour)
        else:
            wide = kind in {"bar", "approximate"}
            mark = QRectF(rect.left(), y - 5, 16 if wide else MARKER, 10 if wide else MARKER)
            shape = "bar" if wide else kind
            paint_mark(painter, screen(mark), shape, colour, base=base, approximate=kind == "approximate")
        painter.setPen(text)
        # the painter of a right-to-left widget aligns text to the right: next to its swatch
        painter.drawText(screen(rect.adjusted(22, 0, 0, 0)), Qt.AlignmentFlag.AlignVCenter, label)
