"""Right-to-left text in widgets: layout direction, alignment and an Arabic-script font."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextOption
from PySide6.QtWidgets import QWidget

# Noto Naskh Arabic (fonts-noto-core) has every Dari, Pashto and Urdu letter; DejaVu lacks some.
ARABIC_SCRIPT_FONT = "Noto Naskh Arabic"


def arabic_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setFamilies([ARABIC_SCRIPT_FONT, "Noto Sans Arabic", *base.families()])
    font.setPointSizeF(max(base.pointSizeF(), 9.0) * 1.2)  # Naskh reads small at Latin sizes
    return font


def text_option(direction: str) -> QTextOption:
    """The document option for an article: right-aligned, right-to-left when `direction` is rtl."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    if direction == "rtl":
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    else:
        option.setTextDirection(Qt.LayoutDirection.LeftToRight)
        option.setAlignment(Qt.AlignmentFlag.AlignLeft)
    return option


def apply_direction(widget: QWidget, direction: str, base: QFont) -> None:
    """Layout direction and font for a widget showing text in `direction`."""
    rtl = direction == "rtl"
    widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    widget.setFont(arabic_font(base) if rtl else base)


def qt_offset(text: str, index: int) -> int:
    """The QTextDocument position of Python string index `index` (Qt counts UTF-16 units)."""
    head = text[:index]
    if head.isascii() or all(ord(c) < 0x10000 for c in head):
        return index
    return len(head.encode("utf-16-le")) // 2


def py_index(text: str, position: int) -> int:
    """The inverse of `qt_offset`."""
    if all(ord(c) < 0x10000 for c in text):
        return position
    units = 0
    for i, c in enumerate(text):
        if units >= position:
            return i
        units += 2 if ord(c) >= 0x10000 else 1
    return len(text)
