"""Notebook search: a query field (full query language), live ranked hits with snippets."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store.notebook import Hit, Notebook, QuerySyntaxError, SearchResult
from desktop.ui.common.theme import error_colour
from desktop.ui.library.snippet_delegate import HtmlRole, SnippetDelegate

DEBOUNCE_MS = 250
LIMIT = 100
HitRole = Qt.ItemDataRole.UserRole + 11


class SearchField(QLineEdit):
    """The search box above the list; emits `query_changed` ~250 ms after typing stops."""

    query_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(
            self.tr('Search the notebook (Ctrl+K): words, "phrases", tag:…, date:[2024 TO 2025]')
        )
        self.setAccessibleName(self.tr("Search the notebook"))
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.query_changed.emit(self.text().strip()))
        self.textChanged.connect(self._timer.start)
        self.returnPressed.connect(self._now)

    def _now(self) -> None:
        self._timer.stop()
        self.query_changed.emit(self.text().strip())


class SearchPanel(QWidget):
    """Hits for a query; `hit_opened(article_id, offset, length)` when one is activated."""

    hit_opened = Signal(str, int, int)
    suggestion_chosen = Signal(str)

    def __init__(self, nb: Notebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nb = nb
        self.result: SearchResult | None = None
        self.status = QLabel(self, textFormat=Qt.TextFormat.RichText, wordWrap=True)
        self.status.setAccessibleName(self.tr("Search status"))
        self.status.linkActivated.connect(self.suggestion_chosen.emit)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setItemDelegate(SnippetDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.list)

    def run(self, query: str) -> None:
        """Search and show the hits (or why there are none)."""
        self.list.clear()
        try:
            self.result = self.nb.search(query, limit=LIMIT)
        except QuerySyntaxError as exc:
            self.result = None
            red = error_colour(self)  # readable on the window colour, light or dark
            self.status.setText(f"<span style='color:{red}'>{html.escape(str(exc))}</span>")
            return
        titles = self.nb.titles([h.id for h in self.result.hits])
        for hit in self.result.hits:
            self._add(hit, titles.get(hit.id, hit.id))
        self.status.setText(self._status_text(self.result))

    def _add(self, hit: Hit, title: str) -> None:
        item = QListWidgetItem()
        item.setData(HtmlRole, f"<b>{html.escape(title)}</b><br>{hit.snippet_html}")
        item.setData(HitRole, hit)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}: {hit.snippet}")
        self.list.addItem(item)

    def _status_text(self, result: SearchResult) -> str:
        shown = len(result.hits)
        text = self.tr("%n matching article(s)", "", result.total)
        if shown < result.total:
            text += self.tr(" (best %n shown)", "", shown)
        if result.suggestion:
            link = html.escape(result.suggestion, quote=True)
            suggestion = f'<a href="{link}">{html.escape(result.suggestion)}</a>'
            text += self.tr(" — did you mean {suggestion}?").format(suggestion=suggestion)
        return text

    def open_row(self, row: int) -> None:
        item = self.list.item(row)
        if item is not None:
            self.list.setCurrentItem(item)
            self._open(item)

    def _open(self, item: QListWidgetItem) -> None:
        hit: Hit = item.data(HitRole)
        self.hit_opened.emit(hit.id, max(hit.first_match, 0), _match_length(hit))


def _match_length(hit: Hit) -> int:
    """Length of the first highlighted word (the store marks it **like this** in `snippet`)."""
    found = re.search(r"\*\*(.+?)\*\*", hit.snippet)
    return len(found.group(1)) if found and hit.first_match >= 0 else 0
