"""The open notebook as the app holds it: its path, the Notebook, and how to open it again."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.store.notebook import Notebook


@dataclass
class Session:
    """An unlocked notebook. The passphrase is kept (in memory only) so that background work
    can open its own connection to the same file; locking forgets it."""

    path: Path
    passphrase: str | None
    nb: Notebook

    def background(self, work: Callable[[Notebook], Iterator[Any]]) -> Callable[[], Iterator[Any]]:
        """A job for GeneratorWorker: opens its own Notebook on this file in the worker thread."""
        path, passphrase = self.path, self.passphrase

        def job() -> Iterator[Any]:
            nb = Notebook.open(path, passphrase)
            try:
                yield from work(nb)
            finally:
                nb.close()

        return job

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.nb.close()
        self.passphrase = None


def open_session(path: Path, passphrase: str | None) -> Session:
    """Unlock `path`; raises WrongPassphrase / NotebookError with a message for the user."""
    return Session(path, passphrase, Notebook.open(path, passphrase))


def create_session(path: Path, passphrase: str | None) -> Session:
    return Session(path, passphrase, Notebook.create(path, passphrase))
