"""The open article's annotations: quote, note, tags and colour; click to go to the passage."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
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
from desktop.ui.reader import annotation_actions
from desktop.ui.reader.annotate_dialog import swatch

IdRole = Qt.ItemDataRole.UserRole + 20


def _item_text(note: Any) -> str:
    quote = " ".join(note.exact.split())
    quote = quote if len(quote) <= 120 else quote[:117] + "…"
    lines = [f"“\u2068{quote}\u2069”"]  # isolated, so a Persian quote keeps its marks in place
    if note.note:
        lines.append(note.note)
    if note.tags:
        lines.append("🏷 " + ", ".join(note.tags))
    return "\n".join(lines)


class AnnotationsPanel(QWidget):
    """Lists `nb.annotations.for_article(article_id)`; refreshes itself on notebook changes."""

    passage_requested = Signal(int, int)

    def __init__(self, nb: Notebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nb = nb
        self.article_id: str | None = None
        self.title = QLabel("Annotations", self)
        self.list = QListWidget(self)
        self.list.setAccessibleName("Annotations of this article")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemClicked.connect(self._go_to)
        self.list.itemActivated.connect(self._go_to)
        self.list.itemDoubleClicked.connect(lambda _: self.edit_current())
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.edit_button = QPushButton("&Edit…", self, clicked=self.edit_current)
        self.delete_button = QPushButton("&Delete", self, clicked=self.delete_current)
        self.edit_button.setAccessibleName("Edit annotation")
        self.delete_button.setAccessibleName("Delete annotation")
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
        for note in notes:
            item = QListWidgetItem(swatch(note.color), _item_text(note))
            item.setData(IdRole, note.id)
            item.setData(Qt.ItemDataRole.UserRole + 21, (note.start, note.end))
            item.setToolTip(note.exact)
            self.list.addItem(item)
            if note.id == current:
                self.list.setCurrentItem(item)
        self.title.setText(f"Annotations ({len(notes)})" if self.article_id else "Annotations")
        self._enable()

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
