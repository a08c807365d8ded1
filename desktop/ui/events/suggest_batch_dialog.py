"""Suggest events in many articles: found off the GUI thread with progress and Cancel, then reviewed
per article; only the suggestions the researcher ticks are recorded (each one undoable step)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.events.suggest import SuggestedEvent
from desktop.events.suggesting.confidence import confidence
from desktop.events_batch import ArticleSuggestions, accept_suggestions, article_ids, suggest_in_articles
from desktop.progress import Progress
from desktop.store.errors import NotebookError
from desktop.store.notebook import Notebook
from desktop.ui.common.core_messages import error_text
from desktop.ui.common.local_format import number
from desktop.ui.common.worker import GeneratorWorker
from desktop.ui.events.event_display import confidence_reasons, suggestion_summary

# session.background: turns work on a Notebook into a job that opens its own (worker thread) Notebook
Background = Callable[[Callable[[Notebook], Iterator[Any]]], Callable[[], Iterator[Any]]]
ARTICLE, SUGGESTION = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1


def _find(nb: Notebook, query: str | None) -> Iterator[Progress | ArticleSuggestions]:
    yield from suggest_in_articles(nb, article_ids(nb, query=query))


class SuggestBatchDialog(QDialog):
    """Choose all articles or a search's, look for events in them, tick and accept suggestions.

    nb          the window's notebook: accepted events are recorded through it (undoable)
    background  runs the search in a worker thread on its own connection (Session.background)
    """

    accepted_events = Signal(int)  # how many events were recorded
    evidence_requested = Signal(str, int, int)  # article id, start, end: show the passage

    def __init__(self, nb: Notebook, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggest events in many articles"))
        self.resize(860, 620)
        self._nb, self._background = nb, background
        self.worker: GeneratorWorker | None = None
        self.progress: QProgressDialog | None = None
        self.found: list[ArticleSuggestions] = []
        self._queue: list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = []
        self._recorded = 0
        self.all_button = QRadioButton(self.tr("All articles"), checked=True)
        self.query_button = QRadioButton(self.tr("The articles this search finds:"))
        self.query = QLineEdit(placeholderText=self.tr("e.g. detained AND Takhar"))
        self.query.textEdited.connect(lambda _text: self.query_button.setChecked(True))
        scope = QButtonGroup(self)
        scope.addButton(self.all_button)
        scope.addButton(self.query_button)
        self.find_button = QPushButton(self.tr("Look for events"), clicked=self.start)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName(self.tr("Suggested events by article"))
        self.tree.itemClicked.connect(self._show_passage)
        self.tree.itemChanged.connect(lambda *_: self._update_buttons())
        self.status = QLabel(self.tr("Suggestions are only recorded when you tick them and press Accept."))
        self.status.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Accept ticked"), clicked=self.accept_checked)
        self.tick_button = QPushButton(self.tr("Tick all"), clicked=lambda: self.set_all_checked(True))
        self.untick_button = QPushButton(self.tr("Untick all"), clicked=lambda: self.set_all_checked(False))
        self.tick_sure_button = QPushButton(
            self.tr("Tick high-confidence"),
            clicked=self.tick_high_confidence,
            toolTip=self.tr("Tick those whose sentence gives a date and a place or count of its own"),
        )
        close = QPushButton(self.tr("Close"), clicked=self.close)
        self._layout(close)
        self._update_buttons()

    def _layout(self, close: QPushButton) -> None:
        top = QHBoxLayout()
        for widget in (self.all_button, self.query_button):
            top.addWidget(widget)
        top.addWidget(self.query, 1)
        top.addWidget(self.find_button)
        bottom = QHBoxLayout()
        for button in (self.tick_button, self.tick_sure_button, self.untick_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.accept_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

    def set_query(self, query: str) -> None:
        """Offer the articles `query` finds (the library's search), or all articles for ""."""
        if self.worker is None and query:
            self.query.setText(query)
            self.query_button.setChecked(True)

    # -- finding (worker thread) ------------------------------------------------------------------
    def start(self) -> bool:
        """Look for events in the chosen articles; False when a search is running already."""
        if self.worker is not None:
            return False
        query = self.query.text().strip() if self.query_button.isChecked() else None
        if query == "":
            self.status.setText(self.tr("Type a search, or choose all articles."))
            return False
        self.found = []
        self.tree.clear()
        self.progress = QProgressDialog(self.tr("Reading articles…"), self.tr("Cancel"), 0, 0, self)
        self.progress.setWindowTitle(self.tr("Suggesting events"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumDuration(300)
        worker = GeneratorWorker(self._background(lambda nb: _find(nb, query)))
        worker.signals.progress.connect(self._progressed)
        worker.signals.item.connect(self._add)
        failed = self.tr("Could not suggest events: {message}")
        worker.signals.failed.connect(lambda message: self.status.setText(failed.format(message=message)))
        worker.signals.finished.connect(self._finished)
        self.progress.canceled.connect(worker.cancel)
        self.worker = worker
        self.find_button.setEnabled(False)
        worker.start()
        return True

    def _progressed(self, progress: Progress) -> None:
        dialog = self.progress
        if dialog is not None:
            dialog.setLabelText(
                self.tr("Looking for events: article {done} of {total}").format(
                    done=number(progress.done), total=number(progress.total)
                )
            )
            dialog.setMaximum(progress.total)
            dialog.setValue(progress.done)

    def _add(self, found: ArticleSuggestions) -> None:
        self.found.append(found)
        if not found.suggestions:
            return
        self.tree.blockSignals(True)
        head = QTreeWidgetItem(
            [f"{found.title} — " + self.tr("%n suggestion(s)", "", len(found.suggestions))]
        )
        head.setData(0, ARTICLE, found.article_id)
        head.setFlags(head.flags() | Qt.ItemFlag.ItemIsAutoTristate | Qt.ItemFlag.ItemIsUserCheckable)
        head.setCheckState(0, Qt.CheckState.Unchecked)
        for suggestion in found.suggestions:
            child = QTreeWidgetItem([suggestion_summary(suggestion)])
            child.setData(0, SUGGESTION, suggestion)
            child.setToolTip(0, confidence_reasons(suggestion))
            child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            child.setCheckState(0, Qt.CheckState.Unchecked)
            head.addChild(child)
        self.tree.addTopLevelItem(head)
        head.setExpanded(True)
        self.tree.blockSignals(False)

    def _finished(self, cancelled: bool) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.worker = None
        self.find_button.setEnabled(True)
        total = sum(len(f.suggestions) for f in self.found)
        articles = sum(1 for f in self.found if f.suggestions)
        recorded = sum(f.recorded for f in self.found)
        text = self.tr("%n suggestion(s)", "", total) + self.tr(" in %n article(s)", "", articles)
        text += self.tr("; %n already recorded, not shown", "", recorded) if recorded else ""
        text += (
            self.tr(". Stopped before the end (Cancel).")
            if cancelled
            else self.tr(". Tick those to record, then Accept.")
        )
        self.status.setText(text)
        self._update_buttons()

    # -- reviewing and accepting (GUI thread, the window's notebook: undoable) ------------------------
    def _children(self, head: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        return [head.child(i) for i in range(head.childCount())]

    def checked(self) -> list[tuple[str, SuggestedEvent]]:
        """(article id, suggestion) of every ticked suggestion, in the order shown."""
        out = []
        for n in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(n)
            for child in self._children(head):
                if child.checkState(0) == Qt.CheckState.Checked:
                    out.append((head.data(0, ARTICLE), child.data(0, SUGGESTION)))
        return out

    def set_all_checked(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for n in range(self.tree.topLevelItemCount()):
            self.tree.topLevelItem(n).setCheckState(0, state)

    def tick_high_confidence(self) -> None:
        """Tick exactly the high-confidence suggestions (see desktop/events/suggesting/confidence.py)."""
        self.tree.blockSignals(True)
        for n in range(self.tree.topLevelItemCount()):
            for child in self._children(self.tree.topLevelItem(n)):
                sure = confidence(child.data(0, SUGGESTION)).level == "high"
                child.setCheckState(0, Qt.CheckState.Checked if sure else Qt.CheckState.Unchecked)
        self.tree.blockSignals(False)
        self._update_buttons()

    def accept_checked(self) -> None:
        """Record the ticked suggestions, an article per turn of the event loop (the window keeps
        painting); each event is one undo step."""
        self._queue = []
        for n in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(n)
            ticked = [c for c in self._children(head) if c.checkState(0) == Qt.CheckState.Checked]
            if ticked:
                self._queue.append((head, ticked))
        self._recorded = 0
        self.accept_button.setEnabled(False)
        self._accept_next()

    def _accept_next(self) -> None:
        if not self._queue:
            self._accepted_all()
            return
        head, ticked = self._queue.pop(0)
        try:
            made = accept_suggestions(
                self._nb,
                article_id=head.data(0, ARTICLE),
                suggestions=[c.data(0, SUGGESTION) for c in ticked],
            )
        except NotebookError as exc:
            self._queue.clear()
            self.status.setText(error_text(exc))
            self._update_buttons()
            return
        self._recorded += len(made)
        for child in ticked:
            head.removeChild(child)
        if head.childCount() == 0:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(head))
        self.status.setText(self.tr("Recorded %n event(s)…", "", self._recorded))
        QTimer.singleShot(0, self._accept_next)

    def _accepted_all(self) -> None:
        self.status.setText(self.tr("Recorded %n event(s); Edit ▸ Undo takes each back.", "", self._recorded))
        self._update_buttons()
        self.accepted_events.emit(self._recorded)

    def _show_passage(self, item: QTreeWidgetItem) -> None:
        suggestion = item.data(0, SUGGESTION)
        if suggestion is not None and item.parent() is not None:
            self.evidence_requested.emit(item.parent().data(0, ARTICLE), suggestion.start, suggestion.end)

    def _update_buttons(self) -> None:
        any_shown = self.tree.topLevelItemCount() > 0
        self.accept_button.setEnabled(bool(self.checked()) and not self._queue)
        self.tick_button.setEnabled(any_shown)
        self.tick_sure_button.setEnabled(any_shown)
        self.untick_button.setEnabled(any_shown)

    def closeEvent(self, event: Any) -> None:
        if self.worker is not None:
            self.worker.cancel()
        super().closeEvent(event)
