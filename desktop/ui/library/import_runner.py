"""Import files off the GUI thread with a cancellable progress dialog, then report per file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.importer import ImportResult, import_paths
from desktop.progress import Progress
from desktop.store.changes import Change
from desktop.store.notebook import Notebook
from desktop.ui.common.error_message import show_error
from desktop.ui.common.local_format import isolate, number
from desktop.ui.common.worker import GeneratorWorker
from desktop.ui.library.import_report_dialog import ImportReportDialog
from desktop.ui.shell.session import Session

PROJECT_SUFFIXES = (".qdpx", ".qdc")  # REFI-QDA projects and codebooks: see desktop.exchange


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
        self.projects = False

    @property
    def running(self) -> bool:
        return self.worker is not None

    def start(self, paths: list[Path]) -> bool:
        """Start importing `paths` (files and folders); False when an import is already running."""
        if self.worker is not None or not paths:
            return False
        self.results = []
        self.projects = any(p.suffix.lower() in PROJECT_SUFFIXES for p in paths)
        self.progress = self._progress_dialog()
        work: Any = lambda nb: _import(nb, paths)  # noqa: E731
        self.worker = GeneratorWorker(self.session.background(work))
        self.worker.signals.progress.connect(self._progressed)
        self.worker.signals.item.connect(self.results.append)
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
        name = Path(progress.label).name if progress.label != "done" else self.tr("Finishing…")
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
        if self.projects:  # tags and annotations came in on the worker's connection: views refresh
            self.session.nb.notify(Change("notebook", (), "Import project"))
        if cancelled or any(r.status != "imported" for r in self.results):
            self.report = ImportReportDialog(self.results, cancelled, self.parent_widget)
            self.report.open()  # window-modal but not blocking: the window refreshes behind it
        self.finished.emit(self.results, cancelled)


def _import(nb: Notebook, paths: list[Path]) -> Iterator[Progress | ImportResult]:
    """Articles, and REFI-QDA projects (.qdpx, .qdc) through the exchange importer."""
    projects = [p for p in paths if p.suffix.lower() in PROJECT_SUFFIXES]
    for path in projects:
        yield from as_import_results(nb, path)
    articles = [p for p in paths if p not in projects]
    if articles:
        yield from import_paths(nb, articles)


def as_import_results(nb: Notebook, path: Path) -> Iterator[Progress | ImportResult]:
    """A project imported as the import report shows files: a result per source, and each record
    skipped as an error with its reason."""
    from desktop.exchange.project_import import import_project
    from desktop.exchange.report import SKIPPED, STORED, ExchangeError

    try:
        for item in import_project(nb, path):
            if isinstance(item, Progress):
                yield item
            elif item.status == SKIPPED:
                yield ImportResult(
                    f"{path.name}: {item.label}",
                    "error",
                    error=QCoreApplication.translate("ImportRunner", "{kind} skipped: {reason}").format(
                        kind=item.kind, reason=item.reason
                    ),
                )
            elif item.kind == "source":
                status = "imported" if item.status == STORED else "duplicate"
                yield ImportResult(f"{path.name}: {item.label}", status, id=item.id or None, title=item.label)
    except ExchangeError as exc:
        yield ImportResult(str(path), "error", error=str(exc))
