"""Import files off the GUI thread with a cancellable progress dialog, then report per file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.importer import PROJECT_SUFFIXES, ImportResult, import_paths
from desktop.progress import Progress
from desktop.store.changes import Change
from desktop.store.notebook import Notebook
from desktop.ui.common.core_messages import core_text
from desktop.ui.common.error_message import show_error
from desktop.ui.common.local_format import isolate, number
from desktop.ui.common.worker import GeneratorWorker
from desktop.ui.library.import_report_dialog import ImportReportDialog
from desktop.ui.library.import_texts import cancelled_project, is_project
from desktop.ui.shell.session import Session


class ImportRunner(QObject):
    """One import at a time. `finished(results, cancelled)` once the worker has stopped."""

    finished = Signal(list, bool)

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.worker: GeneratorWorker | None = None
        self.results: list[ImportResult] = []
        self.progress: QProgressDialog | None = None
        self.report: ImportReportDialog | None = None
        self.pending: list[str] = []  # the project being imported (see _collecting)

    @property
    def running(self) -> bool:
        return self.worker is not None

    def start(self, paths: list[Path]) -> bool:
        """Start importing `paths` (files and folders); False when an import is already running."""
        if self.worker is not None or not paths:
            return False
        self.results, self.pending = [], []
        self.progress = self._progress_dialog()
        self.worker = GeneratorWorker(self.session.background(_collecting(paths, self.results, self.pending)))
        self.worker.signals.progress.connect(self._progressed)
        title = self.tr("Import")
        self.worker.signals.failed.connect(lambda m: show_error(self.parent_widget, title, m))
        self.worker.signals.finished.connect(self._finished)
        self.progress.canceled.connect(self.worker.cancel)
        self.worker.start()
        return True

    def _progress_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self.tr("Reading files…"), self.tr("Cancel"), 0, 0, self.parent_widget)
        dialog.setWindowTitle(self.tr("Importing"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(300)
        dialog.setAccessibleName(self.tr("Import progress"))
        return dialog

    def _progressed(self, progress: Progress) -> None:
        dialog = self.progress  # setValue() may process events, and `_finished` may run inside it
        if dialog is None:
            return
        # a file's name, or a step of a project's import ("storing"), in the interface language
        name = core_text(Path(progress.label).name) if progress.label != "done" else self.tr("Finishing…")
        dialog.setLabelText(
            self.tr("{done} of {total}: {name}").format(
                done=number(progress.done), total=number(progress.total), name=isolate(name)
            )
        )
        dialog.setMaximum(progress.total)
        dialog.setValue(progress.done)

    def _finished(self, cancelled: bool) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.worker = None
        if cancelled and self.pending:  # its one transaction was rolled back
            self.results.append(cancelled_project(self.pending[0]))
        if any(is_project(r) and r.status == "imported" for r in self.results):
            # tags and annotations came in on the worker's connection: views refresh
            self.session.nb.notify(Change("notebook", (), "Import project"))
        if cancelled or any(r.status != "imported" for r in self.results):
            self.report = ImportReportDialog(self.results, cancelled, self.parent_widget)
            self.report.open()  # window-modal but not blocking: the window refreshes behind it
        self.finished.emit(self.results, cancelled)


def _collecting(
    paths: list[Path], results: list[ImportResult], pending: list[str]
) -> Callable[[Notebook], Iterator[Progress | ImportResult]]:
    """The worker's job: import `paths` (REFI-QDA projects, named or in folders, each reported as
    one file), keeping each result in `results` as it comes: a Cancel pressed while a batch or a
    project commits stops the signals, but what was stored must still be reported. `pending`
    holds the project being imported, if any, until its result comes."""

    def work(nb: Notebook) -> Iterator[Progress | ImportResult]:
        named = ""  # the last file the importer named
        for value in import_paths(nb, paths):
            if isinstance(value, Progress):
                # The importer names a project, then the exchange importer starts reading it.
                if named and value.label == f"reading {Path(named).name}" and _is_project(named):
                    pending[:] = [named]
                named = value.label
            else:
                results.append(value)
                if pending and value.path == pending[0]:
                    pending.clear()
            yield value

    return work


def _is_project(path: str) -> bool:
    return Path(path).suffix.lower() in PROJECT_SUFFIXES
