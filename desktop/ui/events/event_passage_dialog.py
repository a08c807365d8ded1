"""Pick a passage of any article as further evidence for an event: choose the article, select words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.store.notebook import Notebook
from desktop.ui.events.event_evidence import EvidenceItem, from_passage


def python_offset(text: str, utf16: int) -> int:
    """Qt counts positions in UTF-16 units; Python strings count code points."""
    return len(text.encode("utf-16-le")[: 2 * utf16].decode("utf-16-le", errors="ignore"))


class EventPassageDialog(QDialog):
    """Returns the selected passage as an EvidenceItem (`passage()`), or None if cancelled."""

    def __init__(self, nb: Notebook, parent: QWidget | None = None, *, article_id: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a passage as evidence"))
        self.resize(720, 520)
        self._nb = nb
        self.articles = QComboBox()
        self.articles.setAccessibleName(self.tr("Article"))
        for row in nb.article_rows(limit=100_000, order="title"):
            outlet = f" — {row.outlet}" if row.outlet else ""
            self.articles.addItem(f"{row.title}{outlet}", row.id)
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.hint = QLabel(self.tr("Select the words that report the event."))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add passage"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.articles, self.text, self.hint, self.buttons):
            layout.addWidget(widget)
        self.articles.currentIndexChanged.connect(self._show_article)
        self.text.selectionChanged.connect(self._update_ok)
        if article_id:
            self.articles.setCurrentIndex(max(0, self.articles.findData(nb.article(article_id).id)))
        self._show_article()

    def _show_article(self) -> None:
        article_id = self.articles.currentData()
        if article_id is None:
            self.text.setPlainText("")
        else:
            article = self._nb.article(article_id)
            self.text.setPlainText(article.text)
            rtl = article.direction == "rtl"
            self.text.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
        self._update_ok()

    def select(self, start: int, end: int) -> None:
        """Select text[start:end] (Python offsets), as a user's drag would."""
        text = self.text.toPlainText()
        cursor = self.text.textCursor()
        cursor.setPosition(len(text[:start].encode("utf-16-le")) // 2)
        cursor.setPosition(len(text[:end].encode("utf-16-le")) // 2, cursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)

    def span(self) -> tuple[int, int] | None:
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return None
        text = self.text.toPlainText()
        start = python_offset(text, cursor.selectionStart())
        end = python_offset(text, cursor.selectionEnd())
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.span() is not None)

    def passage(self) -> EvidenceItem | None:
        span = self.span()
        article_id = self.articles.currentData()
        if span is None or article_id is None:
            return None
        return from_passage(self._nb, article_id, *span)
