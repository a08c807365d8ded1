"""File ▸ Exchange with other tools: REFI-QDA projects and W3C annotations in and out, off the GUI
thread with a cancellable progress dialog, then a report of what was kept and what was skipped."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QProgressDialog

from desktop.progress import Progress
from desktop.store.changes import Change
from desktop.store.notebook import Notebook
from desktop.ui.common.core_messages import core_text
from desktop.ui.common.error_message import show_error
from desktop.ui.common.local_format import isolate, number
from desktop.ui.common.worker import GeneratorWorker
from desktop.ui.export.exchange_report import ExchangeReport
from desktop.ui.shell.session import Session

PROJECT_FILTER = QT_TRANSLATE_NOOP(
    "ExchangeMenu", "REFI-QDA projects and codebooks (*.qdpx *.qdc);;All files (*)"
)
W3C_FILTER = QT_TRANSLATE_NOOP("ExchangeMenu", "W3C Web Annotations (*.jsonld *.json);;All files (*)")


class ExchangeMenu(QMenu):
    """The submenu; `session()` gives the open notebook (None when locked)."""

    def __init__(self, window: QMainWindow, *, session: Callable[[], Session | None]) -> None:
        super().__init__(window)
        self.setTitle(self.tr("E&xchange with other tools"))
        self.window_ = window
        self.session = session
        self.worker: GeneratorWorker | None = None
        self.progress: QProgressDialog | None = None
        self.items: list[Any] = []
        self.report: ExchangeReport | None = None
        self.import_project = self.addAction(
            self.tr("Import REFI-QDA project or codebook…"), self.choose_project
        )
        self.import_w3c = self.addAction(self.tr("Import W3C annotations…"), self.choose_annotations)
        self.addSeparator()
        self.export_qdpx = self.addAction(self.tr("Export REFI-QDA project (.qdpx)…"), self.choose_qdpx)
        self.export_w3c = self.addAction(self.tr("Export annotations as W3C (.jsonld)…"), self.choose_w3c)

    # -- choosing files ----------------------------------------------------------------------------
    def choose_project(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window_, self.tr("Import a REFI-QDA project"), "", self.tr(PROJECT_FILTER)
        )
        if name:
            from desktop.exchange.project_import import import_project

            self.run(self.tr("Import project"), lambda nb: import_project(nb, Path(name)), changes=True)

    def choose_annotations(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window_, self.tr("Import W3C annotations"), "", self.tr(W3C_FILTER)
        )
        if name:
            from desktop.exchange.annotation_import import import_annotations

            self.run(
                self.tr("Import annotations"), lambda nb: import_annotations(nb, Path(name)), changes=True
            )

    def choose_qdpx(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window_, self.tr("Export a REFI-QDA project"), "", self.tr(PROJECT_FILTER)
        )
        if name:
            self.run(self.tr("Export project"), lambda nb: _export_qdpx(nb, Path(name)), changes=False)

    def choose_w3c(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window_, self.tr("Export W3C annotations"), "", self.tr(W3C_FILTER)
        )
        if name:
            self.run(self.tr("Export annotations"), lambda nb: _export_w3c(nb, Path(name)), changes=False)

    # -- running -----------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.worker is not None

    def run(self, title: str, work: Callable[[Notebook], Iterator[Any]], *, changes: bool) -> bool:
        """Run `work` on its own connection in the worker thread; False if one is already running."""
        session = self.session()
        if session is None or self.worker is not None:
            return False
        self.items = []
        self.progress = QProgressDialog(f"{title}…", self.tr("Cancel"), 0, 0, self.window_)
        self.progress.setWindowTitle(title)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        items = self.items

        def collecting(nb: Notebook) -> Iterator[Any]:
            # Kept here rather than from the item signal: a Cancel pressed while the import commits
            # takes effect at the report's first line, after the records were stored; the rest of
            # the report is then still read (it is a list in memory, no more work) and shown whole.
            steps = work(nb)
            reporting = False
            try:
                for value in steps:
                    if not isinstance(value, Progress):
                        items.append(value)
                        reporting = True
                    yield value
            except GeneratorExit:
                if reporting:
                    items.extend(value for value in steps if not isinstance(value, Progress))
                raise
            finally:
                steps.close()

        self.worker = GeneratorWorker(session.background(collecting))
        self.worker.signals.progress.connect(self._progressed)
        self.worker.signals.failed.connect(lambda m: show_error(self.window_, title, m))
        self.worker.signals.finished.connect(
            lambda cancelled: self._finished(title, session, changes, cancelled)
        )
        self.progress.canceled.connect(self.worker.cancel)
        self.worker.start()
        return True

    def _progressed(self, progress: Progress) -> None:
        if self.progress is not None:
            label = self.tr("{done} of {total}: {name}").format(
                done=number(progress.done),
                total=number(progress.total),
                name=isolate(core_text(progress.label)[-60:]),
            )
            if progress.label == "storing":  # one transaction: a Cancel rolls all of it back
                label += "\n" + self.tr(
                    "Everything is stored in one step: Cancel now leaves the notebook as it was. "
                    "Only the final save, a moment long, cannot be stopped."
                )
            self.progress.setLabelText(label)
            self.progress.setMaximum(max(progress.total, 1))
            self.progress.setValue(progress.done)

    def _finished(self, title: str, session: Session, changes: bool, cancelled: bool) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.worker = None
        reported = [i for i in self.items if hasattr(i, "status")]
        if changes and any(i.status == "stored" for i in reported) and self.session() is session:
            session.nb.notify(Change("article", (), title))  # written on another connection: refresh
        status = self.window_.statusBar()
        if reported:
            note = (
                self.tr("Cancel came after the final save: everything listed here was stored.")
                if cancelled
                else ""
            )
            done = self.tr("{title}: finished").format(title=title)
            self.report = ExchangeReport(done, reported, note, self.window_)
            self.report.open()
        elif cancelled:
            status.showMessage(self.tr("{title}: cancelled, nothing was changed.").format(title=title), 8000)
        elif self.items:
            resolved = self.items[-1]
            status.showMessage(
                f"{title}: "
                + self.tr("%n article(s)", "", len(resolved.articles))
                + self.tr(", %n annotation(s).", "", len(resolved.annotations)),
                8000,
            )


def _export_qdpx(nb: Notebook, dest: Path) -> Iterator[Any]:
    from desktop.exchange.exports import export_qdpx
    from desktop.selection import Selection

    yield from export_qdpx(nb, Selection(everything=True), dest)


def _export_w3c(nb: Notebook, dest: Path) -> Iterator[Any]:
    from desktop.exchange.exports import export_w3c
    from desktop.selection import Selection

    yield Progress(0, 1, dest.name)
    yield export_w3c(nb, Selection(everything=True), dest)
