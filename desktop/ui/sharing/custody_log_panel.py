"""The custody log page: its entries, newest first, and a check of its hash chain off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.progress import Progress
from desktop.store.changes import Change
from desktop.store.notebook import Notebook
from desktop.store.sharing.custody_view import ChainCheck, check_chain, check_chain_steps
from desktop.ui.common.core_messages import core_text
from desktop.ui.common.local_format import number
from desktop.ui.common.theme import status_text
from desktop.ui.common.worker import GeneratorWorker
from desktop.ui.sharing.custody_log_model import COLUMNS, CustodyLogModel

INTACT, BROKEN = "#1e7b34", "#c0392b"
# The session's `background`: wraps work on a Notebook into a job that opens its own connection.
Background = Callable[[Callable[[Notebook], Iterator[Any]]], Callable[[], Iterator[Any]]]


class CustodyLogPanel(QWidget):
    """`CustodyLogPanel(nb)`: the log, newest first, and a "Verify chain" button.

    Reads the newest page when first shown and more as the table scrolls; after a change, only
    the entries it added (and the names it changed). With `set_background` (the session's) the
    check runs in a worker thread with progress and Cancel; without it (a panel built alone), in
    place.
    """

    def __init__(self, nb: Notebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nb = nb
        self.check: ChainCheck | None = None
        self.worker: GeneratorWorker | None = None  # the check running
        self._background: Background | None = None
        self._touched: set[str] = set()  # ids of records changed since the rows were brought up to date
        self.model = CustodyLogModel(nb, self)
        self.table = self._table()
        self.verify_button = QPushButton(self.tr("&Verify chain"), self)
        self.verify_button.setToolTip(
            self.tr("Check that no entry was changed or removed since it was written")
        )
        self.cancel_button = QPushButton(self.tr("Cancel"), self, visible=False)
        self.progress = QProgressBar(self, visible=False)
        self.progress.setAccessibleName(self.tr("Progress of the check"))
        self.result = QLabel(self, wordWrap=True)
        # Its text never widens the page (the table would be laid out and painted again).
        self.result.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress)
        row.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.verify_button.clicked.connect(self.verify)
        self.cancel_button.clicked.connect(self.cancel_check)
        nb.add_listener(self._on_change)

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        # Sized to the rows in view when first shown, not to every row as each page arrives (as
        # ResizeToContents would: it asks each cell of 200 rows for its text, ~50 ms a page).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        table.setAccessibleName(self.tr("Custody log"))
        return table

    def set_background(self, background: Background) -> None:
        """Check the chain in a worker thread on its own connection (the session's `background`)."""
        self._background = background

    def detach(self) -> None:
        """Stop listening to the notebook and stop a check under way (before it closes)."""
        self.nb.remove_listener(self._on_change)
        self.cancel_check()

    def _on_change(self, change: Change) -> None:
        self._touched.update(change.ids, change.articles)
        if self.isVisible():
            self._take_changes()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self.model.loaded:
            self._take_changes()  # what changed while another page was shown
        else:
            self._touched.clear()
            self.model.reload()
            self.table.resizeColumnsToContents()  # the newest page's widths
        super().showEvent(event)

    def _take_changes(self) -> None:
        """The new entries on top; a reader scrolled down keeps the same rows in view."""
        bar = self.table.verticalScrollBar()
        at = bar.value()
        added = self.model.take_changes(self._touched)
        self._touched.clear()
        if at > 0 and added:
            bar.setValue(at + added)

    # -- the check of the chain ---------------------------------------------------------------------
    def verify(self) -> ChainCheck | None:
        """Check the hash chain, then say whether it is intact or which entries were changed.

        In the worker when there is a background (returns None: the result comes later), else in
        place (returns what it found)."""
        if self.worker is not None:
            return None
        if self._background is None:
            return self._show_check(check_chain(self.nb))
        self.worker = worker = GeneratorWorker(self._background(check_chain_steps))
        worker.signals.progress.connect(self._progressed)
        worker.signals.item.connect(self._show_check)
        worker.signals.failed.connect(self._failed)
        worker.signals.finished.connect(self._ended)  # a bound slot: none once the panel is gone
        self._running(True)
        self.result.setStyleSheet("")
        self._result_colour = ""
        self.result.setText(core_text("Checking the custody log") + "…")
        # Laid out and painted now: while the worker runs Python, each cell the table paints
        # waits for it (the GIL), so nothing the table shows changes until the result.
        self.layout().activate()
        self.repaint()
        worker.start()
        return None

    def cancel_check(self) -> None:
        """Stop a check under way (nothing is changed either way)."""
        if self.worker is not None:
            self.worker.cancel()

    def _running(self, running: bool) -> None:
        self.verify_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)  # busy until the first report
        widest = self._progress_text(10**6, 10**6)  # its reports fit without changing its size
        self.progress.setMinimumWidth(self.progress.fontMetrics().horizontalAdvance(widest) + 24)

    def _progressed(self, progress: Progress) -> None:
        """How far the check got, in the bar alone (the label's lines would move the table)."""
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(progress.done)
        self.progress.setFormat(self._progress_text(progress.done, progress.total))

    def _progress_text(self, done: int, total: int) -> str:
        return self.tr("{done} of {total} entries").format(done=number(done), total=number(total))

    def _failed(self, message: str) -> None:
        self.result.setText(message)
        self._show_result(BROKEN)

    def _ended(self, cancelled: bool) -> None:
        self.worker = None  # one check at a time (`verify` starts none while one runs)
        self._running(False)
        if cancelled:
            self.result.setStyleSheet("")
            self._result_colour = ""
            self.result.setText(self.tr("Check cancelled: nothing was found or changed."))

    def _show_check(self, check: ChainCheck) -> ChainCheck:
        self.check = check
        self.model.set_marked(check.entries)
        if check.intact:
            self.result.setText(
                self.tr(
                    "Intact: all %n entries are unchanged and in order since they were written.",
                    "",
                    check.checked,
                )
            )
            self._show_result(INTACT)
        else:
            problems = "\n".join(f"• {core_text(p)}" for p in check.problems)
            broken = self.tr("BROKEN: the log was edited outside Fieldnotes.")
            self.result.setText(f"{broken}\n{problems}")
            self._show_result(BROKEN)
        return check

    def _show_result(self, colour: str) -> None:
        self._result_colour = colour
        shade = status_text(self.palette(), colour).name()
        self.result.setStyleSheet(f"color: {shade}; font-weight: bold")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_result_colour", ""):
            self._show_result(self._result_colour)  # light ↔ dark

    def marked_entries(self) -> list[int]:
        """The entries shown as changed (their sequence numbers), among those read."""
        return [row.seq for row in self.model.rows if row.seq in self.model.marked]
