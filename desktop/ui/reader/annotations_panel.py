"""The open article's annotations: quote, note, tags and colour; click to go to the passage.

Each entry's swatch is what the reader paints for it: the tint of its tag's colour, or for event
evidence the margin bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store.notebook import Notebook
from desktop.ui.common.contrast import to_hex
from desktop.ui.common.local_format import isolate
from desktop.ui.common.theme import rgb
from desktop.ui.reader import annotation_actions, highlights

IdRole = Qt.ItemDataRole.UserRole + 20
MarkRole = Qt.ItemDataRole.UserRole + 22  # the highlights.Mark the swatch shows


def _item_text(note: Any) -> str:
    quote = " ".join(note.exact.split())
    quote = quote if len(quote) <= 120 else quote[:117] + "…"
    lines = [f"“\u2068{quote}\u2069”"]  # isolated, so a Persian quote keeps its marks in place
    if QGuiApplication.isRightToLeft():  # Dari and Pashto quote «so»; the marks go with the quote's
        lines = [isolate(f"«{quote}»")]  # own direction, not the window's
    if note.note:
        lines.append(note.note)
    if note.tags:
        lines.append("🏷 " + ", ".join(note.tags))
    return "\n".join(lines)


def mark_swatch(mark: highlights.Mark, palette: QPalette, size: int = 14) -> QIcon:
    """The reader's look of `mark` in small: its tint framed by its underline colour, or for event
    evidence (without a colour of its own) the bar drawn in the reader's margin."""
    base, ink = rgb(palette, QPalette.ColorRole.Base), rgb(palette, QPalette.ColorRole.Text)
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(to_hex(base)))
    painter = QPainter(pixmap)
    if mark.filled:
        tint = highlights.fill([mark.color], base=base, text=ink)
        painter.fillRect(0, 0, size, size, QColor(to_hex(highlights.underline(mark.color, background=tint))))
        painter.fillRect(1, 1, size - 2, size - 2, QColor(to_hex(tint)))
    if mark.evidence:
        bar = QColor(to_hex(highlights.evidence_mark(base)))
        painter.fillRect(size - 5 if mark.filled else 5, 0, 4, size, bar)
    painter.end()
    return QIcon(pixmap)


class AnnotationsPanel(QWidget):
    """Lists `nb.annotations.for_article(article_id)`; refreshes itself on notebook changes."""

    passage_requested = Signal(int, int)

    def __init__(self, nb: Notebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nb = nb
        self.article_id: str | None = None
        self.title = QLabel(self.tr("Annotations"), self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Annotations of this article"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemClicked.connect(self._go_to)
        self.list.itemActivated.connect(self._go_to)
        self.list.itemDoubleClicked.connect(lambda _: self.edit_current())
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.edit_button = QPushButton(self.tr("&Edit…"), self, clicked=self.edit_current)
        self.delete_button = QPushButton(self.tr("&Delete"), self, clicked=self.delete_current)
        self.edit_button.setAccessibleName(self.tr("Edit annotation"))
        self.delete_button.setAccessibleName(self.tr("Delete annotation"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        nb.add_listener(self._on_change)
        self.show_article(None)

    def detach(self) -> None:
        """Stop listening (before the notebook closes)."""
        self.nb.remove_listener(self._on_change)

    def _on_change(self, change: Any) -> None:
        self.refresh()

    def show_article(self, article_id: str | None) -> None:
        self.article_id = article_id
        self.refresh()

    def refresh(self) -> None:
        current = self.current_id()
        self.list.clear()
        notes = self.nb.annotations.for_article(self.article_id) if self.article_id else []
        marks = highlights.marks_in(self.nb, self.article_id or "", notes)
        for note, mark in zip(notes, marks, strict=True):
            item = QListWidgetItem(mark_swatch(mark, self.palette()), _item_text(note))
            evidence_tip = self.tr("Event evidence") + f": {note.exact}"  # lupdate reads no f-string
            item.setToolTip(evidence_tip if mark.evidence else note.exact)
            item.setData(IdRole, note.id)
            item.setData(MarkRole, mark)
            item.setData(Qt.ItemDataRole.UserRole + 21, (note.start, note.end))
            self.list.addItem(item)
            if note.id == current:
                self.list.setCurrentItem(item)
        self.title.setText(
            self.tr("Annotations (%n)", "", len(notes)) if self.article_id else self.tr("Annotations")
        )
        self._enable()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light ↔ dark: the swatches follow
            self._repaint_swatches()  # no notebook call: it may be closed by now

    def _repaint_swatches(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setIcon(mark_swatch(item.data(MarkRole), self.palette()))

    def _enable(self) -> None:
        chosen = self.list.currentItem() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(IdRole) if item else None

    def select(self, annotation_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(IdRole) == annotation_id:
                self.list.setCurrentRow(row)

    def _go_to(self, item: QListWidgetItem) -> None:
        start, end = item.data(Qt.ItemDataRole.UserRole + 21)
        self.passage_requested.emit(start, end)

    def edit_current(self) -> None:
        if self.current_id():
            annotation_actions.edit(self, self.nb, self.current_id() or "")

    def delete_current(self) -> None:
        if self.current_id():
            annotation_actions.delete(self, self.nb, self.current_id() or "")
