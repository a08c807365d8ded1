"""The reader's text view: a read-only QTextEdit with a margin on the reading side where passages
that back an event are marked by a bar (so evidence does not flood the page with colour)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

GUTTER = 8  # px: the bar is 4 wide, centred


class EvidenceGutter(QWidget):
    """Paints its text view's evidence bars, level with their lines."""

    def __init__(self, view: ReaderText) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self) -> QSize:
        return QSize(GUTTER, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        for rect in self.view.evidence_rects():
            painter.fillRect(rect, self.view.evidence_colour)
        painter.end()


class ReaderText(QTextEdit):
    """`set_evidence(spans, colour)`: Qt document ranges to mark in the margin."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, readOnly=True, undoRedoEnabled=False)
        self.spans: list[tuple[int, int]] = []
        self.evidence_colour = QColor("#c2410c")
        self.gutter = EvidenceGutter(self)
        self.setViewportMargins(GUTTER, 0, GUTTER, 0)  # both sides: the reading side flips with RTL
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.gutter.update())
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self.gutter.update())

    def set_evidence(self, spans: list[tuple[int, int]], colour: QColor) -> None:
        self.spans, self.evidence_colour = spans, colour
        self.gutter.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_gutter()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._place_gutter()

    def _place_gutter(self) -> None:
        """On the left of left-to-right text, on the right of right-to-left text."""
        area = self.viewport().geometry()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x = area.right() + 1 if rtl else area.left() - GUTTER
        self.gutter.setGeometry(QRect(x, area.top(), GUTTER, area.height()))
        self.gutter.update()

    def evidence_rects(self) -> list[QRect]:
        """The bars, in the gutter's coordinates (from the first line of a passage to its last)."""
        rects = []
        last = self.document().characterCount() - 1
        for start, end in self.spans:
            cursor = QTextCursor(self.document())
            cursor.setPosition(min(start, last))
            top = self.cursorRect(cursor).top()
            cursor.setPosition(min(max(end - 1, start), last))
            bottom = self.cursorRect(cursor).bottom()
            if bottom >= 0 and top <= self.viewport().height():
                rects.append(QRect(2, top, GUTTER - 4, max(4, bottom - top + 1)))
        return rects
