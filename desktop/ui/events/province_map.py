"""The province tile map: each Afghan province a labelled square where it roughly lies, coloured by count.

Background, empty tiles, borders and labels come from the palette, so it reads in dark themes too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.events.gazetteer import Place, provinces
from desktop.ui.common.contrast import blend, contrast_ratio, to_hex
from desktop.ui.common.local_format import number
from desktop.ui.common.theme import rgb
from desktop.ui.events.event_display import place_name

# A sequential scale from pale to deep red (ColorBrewer "Reds"): more events, darker tile.
SCALE = ("#fee5d9", "#fcbba1", "#fc9272", "#fb6a4a", "#de2d26", "#a50f15")
EMPTY = "#f2f2f2"  # without a palette (light)
INKS = ("#1a1a1a", "#ffffff")
MARGIN, GAP, LEGEND = 12, 4, 46


@dataclass(frozen=True)
class Tile:
    province: Place
    rect: QRectF


def shade(count: int, peak: int, *, empty: QColor | None = None) -> QColor:
    """The tile colour for `count` events when the busiest province has `peak` (`empty`: for none)."""
    if count <= 0 or peak <= 0:
        return QColor(empty or EMPTY)
    step = min(len(SCALE) - 1, int((len(SCALE) - 1) * (count - 1) / max(1, peak - 1) + 0.5))
    return QColor(SCALE[step if peak > 1 else len(SCALE) // 2])


def map_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """(empty tile, tile border) for `palette`: a step off the base towards the text colour."""
    base, text = rgb(palette, QPalette.ColorRole.Base), rgb(palette, QPalette.ColorRole.Text)
    return QColor(to_hex(blend(text, base, 0.08))), QColor(to_hex(blend(text, base, 0.35)))


def ink_on(fill: QColor) -> QColor:
    """Dark or white label text, whichever contrasts more with the tile."""
    rgb_fill = (fill.red(), fill.green(), fill.blue())
    return QColor(max(INKS, key=lambda ink: contrast_ratio(rgb_fill, QColor(ink).getRgb()[:3])))


def _tile_names(province: Place) -> tuple[str, str]:
    """(the tile's heading, the line under it): "Badakhshan" over «بدخشان» in English; in Dari and
    Pashto the local name first and the English one under it, for the sources in English."""
    local = place_name(province.iso or "")
    if local != province.name:  # the interface speaks Dari or Pashto
        return local, province.name
    return province.name, province.dari[0] if province.dari else ""


class ProvinceMap(QWidget):
    """Counts by province on the gazetteer's tile grid; clicking a tile emits `province_clicked`.

    Clicking the selected tile again emits "" (all provinces). Events outside Afghanistan are
    listed under the map by country.
    """

    province_clicked = Signal(str)  # ISO 3166-2 code, or "" to clear

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._places = [p for p in provinces() if p.tile is not None]
        self._rows = 1 + max(p.tile[0] for p in self._places if p.tile)
        self._cols = 1 + max(p.tile[1] for p in self._places if p.tile)
        self._counts: dict[str, int] = {}
        self._abroad: dict[str, int] = {}
        self._selected = ""
        self._tiles: list[Tile] = []
        self.setMinimumSize(420, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Events by province (tile map)"))

    def sizeHint(self) -> QSize:
        return QSize(760, 600)

    def set_counts(self, counts: Mapping[str, int], *, abroad: Mapping[str, int] | None = None) -> None:
        """Events per province ISO code; `abroad`: per country code, for events outside Afghanistan."""
        self._counts = {k: v for k, v in counts.items() if v}
        self._abroad = {k: v for k, v in (abroad or {}).items() if v}
        self.update()

    def set_selected(self, iso: str) -> None:
        self._selected = iso
        self.update()

    def tiles(self) -> list[Tile]:
        """Tiles as last laid out (tests click their centres)."""
        return list(self._tiles)

    def _layout(self) -> list[Tile]:
        usable_w = self.width() - 2 * MARGIN
        usable_h = self.height() - 2 * MARGIN - LEGEND
        side = max(20.0, min(usable_w / self._cols, usable_h / self._rows))
        left = (self.width() - side * self._cols) / 2
        tiles = []
        for place in self._places:
            row, col = place.tile or (0, 0)
            rect = QRectF(left + col * side + GAP / 2, MARGIN + row * side + GAP / 2, side - GAP, side - GAP)
            tiles.append(Tile(place, rect))
        return tiles

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self._tiles = self._layout()
        peak = max(self._counts.values(), default=0)
        for tile in self._tiles:
            self._paint_tile(painter, tile, peak)
        self._paint_legend(painter, peak)
        painter.end()

    def _paint_tile(self, painter: QPainter, tile: Tile, peak: int) -> None:
        iso = tile.province.iso or ""
        count = self._counts.get(iso, 0)
        empty, edge = map_colours(self.palette())
        fill = shade(count, peak, empty=empty)
        painter.setBrush(fill)
        selected = iso == self._selected
        border = self.palette().highlight().color() if selected else edge
        painter.setPen(QPen(border, 3.5 if selected else 1))
        painter.drawRoundedRect(tile.rect, 4, 4)
        painter.setPen(self.palette().text().color() if count <= 0 else ink_on(fill))
        side = tile.rect.width()
        font = QFont(painter.font())
        font.setPointSizeF(max(6.0, min(10.0, side / 9)))
        painter.setFont(font)
        top, middle = _tile_names(tile.province)  # in Dari and Pashto the local name on top
        arabic = QFont(font)
        arabic.setFamilies(["Noto Naskh Arabic", "Noto Sans Arabic", font.family()])
        painter.setFont(font if top.isascii() else arabic)
        name = painter.fontMetrics().elidedText(top, Qt.TextElideMode.ElideRight, int(side - 6))
        painter.drawText(
            tile.rect.adjusted(3, 3, -3, 0), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name
        )
        if middle:
            painter.setFont(font if middle.isascii() else arabic)
            painter.drawText(tile.rect, Qt.AlignmentFlag.AlignCenter, middle)
        if count:
            bold = QFont(font)
            bold.setBold(True)
            bold.setPointSizeF(font.pointSizeF() * 1.3)
            painter.setFont(bold)
            painter.drawText(
                tile.rect.adjusted(0, 0, 0, -3),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                number(count),
            )

    def _paint_legend(self, painter: QPainter, peak: int) -> None:
        """The scale under the map: "Events: ▢ 0 ▢ 1 ▢ 2", from the right edge leftwards in a
        right-to-left interface (each number on its swatch's left), and the events abroad below."""
        painter.setFont(self.font())
        metrics = painter.fontMetrics()
        rtl = self.isRightToLeft()
        y = self.height() - LEGEND + 6
        cursor = float(self.width() - MARGIN if rtl else MARGIN)

        def take(width: float) -> float:
            """The left edge of the next `width` pixels along the line; moves the cursor past them."""
            nonlocal cursor
            left = cursor - width if rtl else cursor
            cursor = cursor - width if rtl else cursor + width
            return left

        painter.setPen(self.palette().text().color())
        heading = self.tr("Events:")
        painter.drawText(QPointF(take(metrics.horizontalAdvance(heading)), y + 11), heading)
        take(8)
        values = (
            list(range(1, peak + 1))
            if peak <= len(SCALE)
            else [round(1 + (peak - 1) * i / (len(SCALE) - 1)) for i in range(len(SCALE))]
        )
        empty, edge = map_colours(self.palette())
        for value in [0, *values]:
            painter.setBrush(shade(value, peak, empty=empty))
            painter.setPen(edge)
            painter.drawRect(QRectF(take(16), y, 16, 14))
            take(4)
            painter.setPen(self.palette().text().color())
            label = number(value)
            painter.drawText(QPointF(take(metrics.horizontalAdvance(label)), y + 11), label)
            take(6)
        if self._abroad:
            ranked = sorted(self._abroad.items(), key=lambda item: (-item[1], place_name(item[0])))
            places = " · ".join(f"{place_name(c)} {number(n)}" for c, n in ranked)
            abroad = self.tr("Not on the map (no province): {places}").format(places=places)
            line = QRectF(MARGIN, y + 18, self.width() - 2 * MARGIN, metrics.height() + 4)
            align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            painter.drawText(line, align | Qt.AlignmentFlag.AlignVCenter, abroad)

    # -- clicking -----------------------------------------------------------------------------
    def tile_at(self, point: QPointF) -> Tile | None:
        return next((t for t in self._tiles if t.rect.contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        tile = self.tile_at(event.position())
        if tile is None:
            return
        iso = tile.province.iso or ""
        self.set_selected("" if iso == self._selected else iso)
        self.province_clicked.emit(self._selected)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        tile = self.tile_at(event.position())
        if tile is None:
            self.setToolTip("")
            self.unsetCursor()
            return
        top, middle = _tile_names(tile.province)
        other = f" ({middle})" if middle else ""
        count = self._counts.get(tile.province.iso or "", 0)
        self.setToolTip(f"{top}{other}: " + self.tr("%n event(s) — click to filter", "", count))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
