"""Suggested events for one article: found off the GUI thread, then accepted, edited or dismissed."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.events.suggest import SuggestedEvent, suggest_events
from desktop.events.suggesting.confidence import confidence
from desktop.events_batch import suggestion_fields
from desktop.store.errors import NotebookError
from desktop.store.notebook import Notebook
from desktop.ui.common.core_messages import error_text
from desktop.ui.common.worker import GeneratorWorker
from desktop.ui.events.event_display import confidence_reasons, suggestion_summary
from desktop.ui.events.event_editor_dialog import EventEditorDialog
from desktop.ui.events.event_evidence import from_passage
from desktop.ui.events.suggest_batch_dialog import Background, SuggestBatchDialog


class SuggestionsPanel(QWidget):
    """`set_article(id)` lists what the suggester finds; `accepted(event_id)` after each accept."""

    accepted = Signal(str)
    finished = Signal(int)  # how many suggestions were found
    evidence_requested = Signal(str, int, int)

    def __init__(self, nb: Notebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._nb = nb
        self._article_id: str | None = None
        self._worker: GeneratorWorker | None = None
        self.status = QLabel(self.tr("Choose an article to see the events it reports."))
        self.status.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Suggested events"))
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemClicked.connect(self._show_passage)
        self.accept_button = QPushButton(
            self.tr("Accept"), clicked=self.accept_current, toolTip=self.tr("Record this event")
        )
        self.edit_button = QPushButton(
            self.tr("Edit…"), clicked=self.edit_current, toolTip=self.tr("Correct it, then record it")
        )
        self.dismiss_button = QPushButton(self.tr("Dismiss"), clicked=self.dismiss_current)
        self.accept_all_button = QPushButton(self.tr("Accept all"), clicked=self.accept_all)
        self.batch_button = QPushButton(
            self.tr("In all articles…"),
            clicked=self.open_batch,
            toolTip=self.tr("Suggest events in all articles, or a search's"),
        )
        self.batch_button.setEnabled(False)
        self.hide_unsure = QCheckBox(
            self.tr("Hide low-confidence"),
            toolTip=self.tr("Hide suggestions whose sentence gives neither a date nor a place of its own"),
        )
        self.hide_unsure.toggled.connect(self._filter)
        self._background: Background | None = None
        self._search = ""
        self.batch: SuggestBatchDialog | None = None
        row = QHBoxLayout()
        for button in (self.accept_button, self.edit_button, self.dismiss_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.accept_all_button)
        row.addWidget(self.batch_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.hide_unsure)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self._update_buttons()

    def set_background(self, background: Background) -> None:
        """How to run work in a worker thread on its own connection (the session's `background`):
        it enables suggesting in all articles."""
        self._background = background
        self.batch_button.setEnabled(True)

    def set_search(self, query: str) -> None:
        """The library's current search: "In all articles…" then offers its articles."""
        self._search = query.strip()

    def open_batch(self) -> SuggestBatchDialog | None:
        """The dialog that suggests events in many articles, then records those ticked."""
        if self._background is None:
            return None
        if self.batch is None:
            self.batch = SuggestBatchDialog(self._nb, self._background, self)
            self.batch.evidence_requested.connect(self.evidence_requested)
        self.batch.set_query(self._search)
        self.batch.show()
        self.batch.raise_()
        return self.batch

    # -- finding ----------------------------------------------------------------------------
    def set_article(self, article_id: str) -> None:
        """Find suggestions for this article in a worker thread (the text is read here, on the GUI
        thread: the store's connection stays on the thread that opened it)."""
        article = self._nb.article(article_id)
        self._article_id = article.id
        self.list.clear()
        self.status.setText(self.tr("Looking for events in “{title}”…").format(title=article.title))
        text, day, language = article.text, article.published, article.language

        def job() -> Iterator[object]:
            yield suggest_events(text, published=day, language=language)

        if self._worker is not None:
            self._worker.cancel()
        worker = GeneratorWorker(job)
        worker.signals.item.connect(lambda found, aid=article.id: self._show(aid, found))
        failed = self.tr("Could not suggest events: {message}")
        worker.signals.failed.connect(lambda message: self.status.setText(failed.format(message=message)))
        self._worker = worker
        worker.start()

    def _show(self, article_id: str, found: list[SuggestedEvent]) -> None:
        if article_id != self._article_id:
            return  # the user moved on to another article meanwhile
        self.list.clear()
        for suggestion in found:
            item = QListWidgetItem(suggestion_summary(suggestion))
            item.setData(Qt.ItemDataRole.UserRole, suggestion)
            item.setToolTip(confidence_reasons(suggestion))
            self.list.addItem(item)
        self._filter()
        self.status.setText(
            self.tr("%n possible event(s): accept, edit or dismiss each.", "", len(found))
            if found
            else self.tr("No events found in this text.")
        )
        self._update_buttons()
        self.finished.emit(len(found))

    def _filter(self) -> None:
        """Show or hide the low-confidence suggestions (they stay in the list: nothing is dismissed)."""
        hide = self.hide_unsure.isChecked()
        for i in range(self.list.count()):
            item = self.list.item(i)
            s: SuggestedEvent = item.data(Qt.ItemDataRole.UserRole)
            item.setHidden(hide and confidence(s).level == "low")
        current = self.list.currentItem()
        if current is not None and current.isHidden():
            self.list.setCurrentRow(-1)
        self._update_buttons()

    def suggestions(self) -> list[SuggestedEvent]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    # -- acting ------------------------------------------------------------------------------
    def _current(self) -> SuggestedEvent | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self) -> None:
        chosen = self._current() is not None
        for button in (self.accept_button, self.edit_button, self.dismiss_button):
            button.setEnabled(chosen)
        self.accept_all_button.setEnabled(bool(self._shown()))

    def _show_passage(self, item: QListWidgetItem) -> None:
        s: SuggestedEvent = item.data(Qt.ItemDataRole.UserRole)
        if self._article_id:
            self.evidence_requested.emit(self._article_id, s.start, s.end)

    def _remove_current(self) -> None:
        self.list.takeItem(self.list.currentRow())
        self._update_buttons()

    def accept_current(self) -> None:
        """Record the event and its passage as one undoable step."""
        s = self._current()
        if s is None or self._article_id is None:
            return
        try:
            event = self._nb.events.from_passage(
                self._article_id, start=s.start, end=s.end, **suggestion_fields(s)
            )
        except NotebookError as exc:
            self.status.setText(error_text(exc))
            return
        self._remove_current()
        self.accepted.emit(event.id)

    def _shown(self) -> list[int]:
        return [i for i in range(self.list.count()) if not self.list.item(i).isHidden()]

    def accept_all(self) -> None:
        """Accept every suggestion shown (hidden low-confidence ones stay in the list)."""
        while shown := self._shown():
            self.list.setCurrentRow(shown[0])
            before = self.list.count()
            self.accept_current()
            if self.list.count() == before:
                break  # refused: its message is shown

    def edit_current(self) -> None:
        """Open the editor prefilled; the suggestion leaves the list once the event is saved."""
        s = self._current()
        if s is None or self._article_id is None:
            return
        item = self.list.currentItem()
        dialog = EventEditorDialog(
            self._nb,
            self,
            fields=suggestion_fields(s),
            evidence=[from_passage(self._nb, self._article_id, s.start, s.end)],
        )
        dialog.saved.connect(lambda event_id: self._edited(item, event_id))
        dialog.evidence_requested.connect(self.evidence_requested)
        dialog.open()
        self.editor = dialog

    def _edited(self, item: QListWidgetItem, event_id: str) -> None:
        row = self.list.row(item)
        if row >= 0:
            self.list.takeItem(row)
        self._update_buttons()
        self.accepted.emit(event_id)

    def dismiss_current(self) -> None:
        if self._current() is not None:
            self._remove_current()
