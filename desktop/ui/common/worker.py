"""Run a Progress-yielding generator on the thread pool and turn what it yields into Qt signals."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.progress import Progress
from desktop.store.file import storage_errors
from desktop.ui.common.core_messages import core_text


class WorkerSignals(QObject):
    progress = Signal(object)  # a Progress
    item = Signal(object)  # anything else the generator yields (ImportResult, a report…)
    failed = Signal(str)  # a message for the user
    finished = Signal(bool)  # True when cancelled


class GeneratorWorker(QRunnable):
    """Iterates `job()` off the GUI thread. `job` is called *in* the worker thread, so it can
    open its own Notebook there (a store connection stays on the thread that opened it)."""

    def __init__(self, job: Callable[[], Iterator[object]]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it alive until `finished`
        self.job = job
        self.signals = WorkerSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop at the next yield: closing the generator rolls back the batch in progress."""
        self._cancel.set()

    def run(self) -> None:
        try:
            generator = self.job()
            try:
                for value in generator:
                    if self._cancel.is_set():
                        break
                    signal = self.signals.progress if isinstance(value, Progress) else self.signals.item
                    signal.emit(value)
            finally:
                generator.close()
        except Exception as exc:  # shown to the user as a message, never a traceback
            problem = storage_errors.explain(exc, "")  # a full disk, a read-only notebook
            message = core_text(problem or str(exc)).removeprefix(": ")  # in the interface language
            self.signals.failed.emit(message or type(exc).__name__)
        self.signals.finished.emit(self._cancel.is_set())

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)
