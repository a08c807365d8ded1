"""Notebook search: a query field (full query language), live ranked hits with snippets."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store.notebook import Hit, Notebook, SearchResult
from desktop.ui.common.core_messages import core_text, template_of
from desktop.ui.common.theme import error_colour
from desktop.ui.library.search_runner import Background, SearchOutcome, SearchRunner, search_once
from desktop.ui.library.snippet_delegate import HtmlRole, SnippetDelegate

# The search runs off the GUI thread and only the newest query waiting runs next; a search still
# running when a newer query comes is stopped (unless the newer one is the same search in other
# words, "soldier" then "soldiers": it goes on and answers it), so a short debounce costs the last
# query nothing: the searches between keys only warm its words. At 100,000 articles, a key every
# 80 ms (bench/gui_bench.py, medians of 3): results 0.39 s after the last key with 100 ms and no
# stopping, 0.09 s with 40 ms; 20 ms was no quicker and woke the worker at every key.
DEBOUNCE_MS = 40
LIMIT = 100
BATCH = 10  # hits laid out per turn of the event loop
OPEN_AFTER_MS = 1000  # the search worker's connection opens this long after the panel gets one
HitRole = Qt.ItemDataRole.UserRole + 11
QUERY_NOT_UNDERSTOOD = "could not understand the query {query}: {error}"  # the core's QuerySyntaxError


class SearchField(QLineEdit):
    """The search box above the list; emits `query_changed` when typing pauses (DEBOUNCE_MS)."""

    query_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        key = QKeySequence("Ctrl+K").toString(QKeySequence.SequenceFormat.NativeText)  # as the menu spells it
        text = self.tr('Search the notebook ({key}): words, "phrases", tag:…, date:[2024 TO 2025]')
        self.setPlaceholderText(text.format(key=key))
        self.setAccessibleName(self.tr("Search the notebook"))
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._paused)
        self.textChanged.connect(self._timer.start)
        self.returnPressed.connect(self._now)
        self._emitted: str | None = None  # the query emitted last

    def _paused(self) -> None:
        """Typing paused: the query, unless it is the one emitted last ("former" then "former ")."""
        if self.text().strip() != self._emitted:
            self._now()

    def _now(self) -> None:
        self._timer.stop()
        self._emitted = self.text().strip()
        self.query_changed.emit(self._emitted)


class SearchPanel(QWidget):
    """Hits for a query; `hit_opened(article_id, offset, length)` when one is activated.

    With `set_background` (the session's), searches run in a worker thread on its own connection
    and a keystroke never waits for one; without it (a panel built alone) they run in place.
    """

    hit_opened = Signal(str, int, int)
    suggestion_chosen = Signal(str)
    results_shown = Signal(str)  # the query whose hits (or error) are now on show

    def __init__(self, nb: Notebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nb = nb
        self.result: SearchResult | None = None
        self.shown_query: str | None = None  # the query the list shows the hits of
        self.shown_seconds = 0.0  # how long its search took in the worker
        self.runner: SearchRunner | None = None
        self._wanted = 0  # the newest request's serial: outcomes of older ones are dropped
        self.status = QLabel(self, textFormat=Qt.TextFormat.RichText, wordWrap=True)
        self.status.setAccessibleName(self.tr("Search status"))
        self.status.linkActivated.connect(self.suggestion_chosen.emit)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setItemDelegate(SnippetDelegate(self.list))
        self.list.setWordWrap(True)
        # Laid out a batch at a time between events: 100 hits never freeze the window.
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(BATCH)
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.list)

    def set_background(self, background: Background) -> None:
        """Search in a worker thread on its own connection (the session's `background`)."""
        self.detach()
        self.runner = SearchRunner(background, self)
        self.runner.finished.connect(self.show_outcome)
        self.runner.failed.connect(self._show_error)
        # Its connection opens once the window is up (not competing with the start for the CPU).
        QTimer.singleShot(OPEN_AFTER_MS, self.runner, self.runner.open)

    def detach(self) -> None:
        """Stop the search worker (before the notebook closes)."""
        if self.runner is not None:
            self.runner.stop()
            self.runner.deleteLater()
            self.runner = None

    def run(self, query: str) -> None:
        """Search and show the hits (or why there are none) when they come; the list keeps the
        previous hits meanwhile."""
        if self.runner is None:
            self._wanted += 1
            outcome = search_once(self.nb, self._wanted, query, LIMIT)
            assert outcome is not None  # nothing cancels a search run in place
            self.show_outcome(outcome)
            return
        self._wanted = self.runner.request(query, limit=LIMIT)

    def show_outcome(self, outcome: SearchOutcome) -> None:
        """Show what a query found, unless a newer query was asked for since (then drop it)."""
        if outcome.serial != self._wanted:
            return
        self.list.clear()
        self.result, self.shown_query, self.shown_seconds = outcome.result, outcome.query, outcome.seconds
        if outcome.result is None:
            self._show_error(outcome.error)
        else:
            for hit in outcome.result.hits:
                self._add(hit, outcome.titles.get(hit.id, hit.id))
            self.status.setText(self._status_text(outcome.result))
        self.results_shown.emit(outcome.query)

    def _show_error(self, message: str) -> None:
        red = error_colour(self)  # readable on the window colour, light or dark
        self.status.setText(f"<span style='color:{red}'>{html.escape(query_error_text(message))}</span>")

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


def query_error_text(message: str) -> str:
    """Why a query found nothing, in the interface language. The search engine's own reason is
    shown translated when the app knows it ("'xx' is not a parseable date"); an internal one
    ("list index out of range") becomes a hint a user can act on."""
    found = template_of(message)
    if found is None or found[0] != QUERY_NOT_UNDERSTOOD:
        return core_text(message)  # a message of the worker (the notebook would not open…)
    reason = found[1].get("error", "")
    if template_of(reason) is not None:
        detail = core_text(reason)
    else:
        detail = QCoreApplication.translate(
            "SearchPanel", "check its quotes, brackets and field names (tag:…, date:2024-05)"
        )
    return QCoreApplication.translate(
        "SearchPanel", "The search could not understand this query: {reason}"
    ).format(reason=detail)


def _match_length(hit: Hit) -> int:
    """Length of the first highlighted word (the store marks it **like this** in `snippet`)."""
    found = re.search(r"\*\*(.+?)\*\*", hit.snippet)
    return len(found.group(1)) if found and hit.first_match >= 0 else 0
