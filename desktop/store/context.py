"""RecordContext: what the notebook hands each record store, so that no store knows the Notebook.

A store gets the connection, who edits, and a way to open one undoable edit; the undo log gets
the transactions, the re-indexing and the listeners it runs every edit through (see undo.py).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from sqlite_utils import Database

from desktop.store.changes import Change
from desktop.store.undo import Edit


class OpenEdit(Protocol):
    """Starts one undoable user action (`UndoHistory.edit` of the notebook's undo log)."""

    def __call__(self, *, kind: str, label: str, action: str) -> AbstractContextManager[Edit]: ...


@dataclass(frozen=True)
class RecordContext:
    """Built once by the notebook and shared by its record stores and its undo log.

    db           the notebook's connection (its thread only)
    edit         opens one undoable edit: one transaction, re-indexed, logged and announced
    transaction  one unit of work: rows and search index commit together, or neither does
    reindex      brings articles' search entries in line with their rows (inside a transaction)
    notify       tells the notebook's listeners about a committed change
    read_author  who edits are recorded as (read when asked: a new notebook gets its id later)
    """

    db: Database
    edit: OpenEdit
    transaction: Callable[[], AbstractContextManager[Database]]
    reindex: Callable[[Collection[str]], None]
    notify: Callable[[Change], None]
    read_author: Callable[[], str]

    @property
    def author(self) -> str:
        return self.read_author()
