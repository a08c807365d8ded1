"""What points somewhere turns round right to left: arrow glyphs in texts (menu paths ▸, "from →
to"), and icons with a direction (back, forward, next, indent), mirrored in Dari and Pashto."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import QStyle, QWidget

ARROWS = {"▸": "◂", "▶": "◀", "→": "←", "›": "‹", "»": "«", "⇒": "⇐", "⟶": "⟵"}
ARROWS |= {mirror: glyph for glyph, mirror in ARROWS.items()}
ICON_SIZES = (16, 22, 24, 32, 48, 64)  # made when an icon (an SVG) lists no sizes of its own
_MODES = (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active, QIcon.Mode.Selected)
_STATES = (QIcon.State.Off, QIcon.State.On)
# Standard pixmaps that point a fixed way (Qt turns SP_ArrowBack/SP_ArrowForward round by itself).
_MIRRORED_STANDARD = {
    QStyle.StandardPixmap.SP_ArrowRight: QStyle.StandardPixmap.SP_ArrowLeft,
    QStyle.StandardPixmap.SP_ArrowLeft: QStyle.StandardPixmap.SP_ArrowRight,
    QStyle.StandardPixmap.SP_MediaSeekForward: QStyle.StandardPixmap.SP_MediaSeekBackward,
    QStyle.StandardPixmap.SP_MediaSeekBackward: QStyle.StandardPixmap.SP_MediaSeekForward,
    QStyle.StandardPixmap.SP_MediaSkipForward: QStyle.StandardPixmap.SP_MediaSkipBackward,
    QStyle.StandardPixmap.SP_MediaSkipBackward: QStyle.StandardPixmap.SP_MediaSkipForward,
}


def right_to_left(widget: QWidget | None = None) -> bool:
    """Whether `widget` (else the application) is laid out right to left."""
    direction = widget.layoutDirection() if widget is not None else QGuiApplication.layoutDirection()
    return direction == Qt.LayoutDirection.RightToLeft


def arrow(glyph: str, widget: QWidget | None = None) -> str:
    """`glyph` ("▸", "→", "›" …) pointing the way the layout reads: turned round right to left."""
    return ARROWS.get(glyph, glyph) if right_to_left(widget) else glyph


def mirrored_icon(icon: QIcon) -> QIcon:
    """`icon` flipped left to right, in each of its sizes, modes and states."""
    out = QIcon()
    for mode in _MODES:
        for state in _STATES:
            sizes = icon.availableSizes(mode, state) or [QSize(s, s) for s in ICON_SIZES]
            for size in sizes:
                pixmap = icon.pixmap(size, 1.0, mode, state)
                if not pixmap.isNull():
                    image = pixmap.toImage().flipped(Qt.Orientation.Horizontal)
                    out.addPixmap(QPixmap.fromImage(image), mode, state)
    return out


def directional_icon(icon: QIcon, widget: QWidget | None = None) -> QIcon:
    """An icon that points a way (back, next, indent): as drawn left to right, mirrored right to left."""
    return mirrored_icon(icon) if right_to_left(widget) and not icon.isNull() else icon


def standard_icon(widget: QWidget, pixmap: QStyle.StandardPixmap) -> QIcon:
    """The style's icon, the mirror one for the standard icons that point a fixed way."""
    if right_to_left(widget):
        pixmap = _MIRRORED_STANDARD.get(pixmap, pixmap)
    return widget.style().standardIcon(pixmap, None, widget)
