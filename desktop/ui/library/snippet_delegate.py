"""Paints a search hit as its title over its snippet, the matched words in bold."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

HtmlRole = Qt.ItemDataRole.UserRole + 10
Index = QModelIndex | QPersistentModelIndex
KEEP_DOCUMENTS = 300  # the hits of a search (100) at about three widths


class SnippetDelegate(QStyledItemDelegate):
    """Items carry safe HTML (escaped by the store, only <b> added) in HtmlRole.

    Laying out a hit's HTML is the costly part (~1 ms): each laid-out document is kept for its
    size hint and its paints, until the text, the width or the font changes.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents: OrderedDict[tuple[str, float, str], QTextDocument] = OrderedDict()

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        html = index.data(HtmlRole) or ""
        width = max(option.rect.width() - 8, 100)  # type: ignore[attr-defined]
        key = (html, float(width), option.font.key())  # type: ignore[attr-defined]
        doc = self._documents.get(key)
        if doc is None:
            doc = QTextDocument()
            doc.setDefaultFont(option.font)  # type: ignore[attr-defined]
            doc.setHtml(html)
            doc.setTextWidth(width)
            self._documents[key] = doc
            if len(self._documents) > KEEP_DOCUMENTS:
                self._documents.popitem(last=False)
        else:
            self._documents.move_to_end(key)
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None  # type: ignore[attr-defined]
        option.text = ""  # type: ignore[attr-defined]
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)  # type: ignore[attr-defined]
        doc = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = option.state & QStyle.StateFlag.State_Selected  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))  # type: ignore[attr-defined]
        painter.save()
        rect = option.rect  # type: ignore[attr-defined]
        painter.translate(rect.left() + 4, rect.top() + 2)
        painter.setClipRect(QRectF(0, 0, rect.width() - 8, rect.height() - 4))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 6)
