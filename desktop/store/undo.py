"""Undo and redo of edits: each edit records row snapshots from before and after it, and undo restores them.

An edit is run through `UndoHistory.edit`, which opens the transaction, lets the edit say which
rows it is about to change (`Edit.touch`), and on the way out snapshots those rows again,
re-indexes the articles it affected, writes the custody log, pushes an undo step and tells the
notebook's listeners. Undo and redo restore the snapshots in one transaction of their own, with
a fresh revision and modification time, so a restored record still reads as newer to a merge.

The undo log is given what it runs edits through (a `UnitOfWork`: the notebook's RecordContext);
it knows neither the notebook nor the record stores.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Collection, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from sqlite_utils import Database

from desktop.store import custody
from desktop.store.changes import Change
from desktop.store.ids import now

HISTORY_LIMIT = 200
# Tables whose rows come and go (no tombstone): restoring them deletes and re-inserts.
LINK_TABLES = frozenset({"annotation_tags", "event_tags", "event_evidence"})
# Bumped on every restore rather than restored, so merges see the undo as the newest edit.
STAMP_COLUMNS = ("revision", "modified", "author")

Rows = tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Snapshot:
    """Which rows a snapshot covers: `table` rows matching `where`, limited to `columns` if given."""

    table: str
    where: tuple[tuple[str, str], ...]
    columns: tuple[str, ...] | None = None

    def read(self, db: Database) -> Rows:
        cols = ", ".join(f'"{c}"' for c in self.columns) if self.columns else "*"
        cursor = db.execute(f"SELECT {cols} FROM {self.table} WHERE {self._clause()}", self._values())
        names = [d[0] for d in cursor.description]
        return tuple(dict(zip(names, row, strict=True)) for row in cursor.fetchall())

    def restore(self, db: Database, rows: Rows, *, author: str) -> None:
        """Make the covered rows equal `rows` again (a record that did not exist becomes a tombstone)."""
        if self.table in LINK_TABLES:
            db.execute(f"DELETE FROM {self.table} WHERE {self._clause()}", self._values())
            for row in rows:
                _insert(db, self.table, row)
            return
        stamp = [now(), author]
        bump = "revision = revision + 1, modified = ?, author = ?"
        if not rows:
            sql = f"UPDATE {self.table} SET deleted = 1, {bump} WHERE {self._clause()}"
            db.execute(sql, [*stamp, *self._values()])
            return
        row = {k: v for k, v in rows[0].items() if k not in STAMP_COLUMNS}
        sets = ", ".join(f'"{c}" = ?' for c in row)
        sql = f"UPDATE {self.table} SET {sets}, {bump} WHERE {self._clause()}"
        if db.execute(sql, [*row.values(), *stamp, *self._values()]).rowcount == 0:
            _insert(db, self.table, rows[0])

    def _clause(self) -> str:
        return " AND ".join(f'"{c}" = ?' for c, _ in self.where)

    def _values(self) -> list[str]:
        return [v for _, v in self.where]


def _insert(db: Database, table: str, row: dict[str, Any]) -> None:
    cols = ", ".join(f'"{c}"' for c in row)
    db.execute(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(row))})", list(row.values()))


@dataclass(frozen=True)
class RowChange:
    snapshot: Snapshot
    before: Rows
    after: Rows


@dataclass(frozen=True)
class Step:
    """One undoable action: its change, its row changes in the order made, the articles to re-index."""

    change: Change
    rows: tuple[RowChange, ...]
    articles: frozenset[str]


@dataclass
class Edit:
    """An edit being recorded. Call `touch` before changing rows; add ids and affected articles."""

    db: Database
    ids: list[str] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)  # their search entries must be rebuilt
    shown: set[str] = field(default_factory=set)  # their view changed, their search entry did not
    details: dict[str, Any] = field(default_factory=dict)
    _before: dict[Snapshot, Rows] = field(default_factory=dict)

    def touch(self, table: str, *, columns: tuple[str, ...] | None = None, **where: str) -> None:
        """Snapshot the rows of `table` matching `where` (once per edit), before changing them."""
        snap = Snapshot(table, tuple(where.items()), columns)
        if snap not in self._before:
            self._before[snap] = snap.read(self.db)

    def record(self, record_id: str) -> None:
        """Name a record this edit is about (goes into the Change and the custody log)."""
        if record_id not in self.ids:
            self.ids.append(record_id)

    def row_changes(self) -> tuple[RowChange, ...]:
        return tuple(RowChange(s, before, s.read(self.db)) for s, before in self._before.items())


class UnitOfWork(Protocol):
    """What the undo log runs an edit through (the notebook's RecordContext provides it)."""

    @property
    def db(self) -> Database: ...

    @property
    def author(self) -> str: ...

    def transaction(self) -> AbstractContextManager[Database]: ...

    def reindex(self, article_ids: Collection[str]) -> None: ...

    def notify(self, change: Change) -> None: ...


class UndoHistory:
    """The open notebook's undo and redo stacks (in memory, the last HISTORY_LIMIT edits)."""

    def __init__(self, work: UnitOfWork, *, limit: int = HISTORY_LIMIT) -> None:
        self._work = work
        self._done: deque[Step] = deque(maxlen=limit)
        self._undone: list[Step] = []

    @contextlib.contextmanager
    def edit(self, *, kind: str, label: str, action: str) -> Iterator[Edit]:
        """Run one undoable user action in one transaction (see the module docstring)."""
        work = self._work
        edit = Edit(work.db)
        with work.transaction():
            yield edit
            rows = edit.row_changes()
            work.reindex(edit.articles)
            details = {"label": label, "ids": edit.ids, **edit.details}
            custody.append(
                work.db, actor=work.author, action=action, record_id=_first(edit.ids), details=details
            )
        change = Change(kind, tuple(edit.ids), label, tuple(sorted(edit.articles | edit.shown)))
        self._done.append(Step(change, rows, frozenset(edit.articles)))
        self._undone.clear()
        work.notify(change)

    def undo(self) -> Change | None:
        """Revert the last edit; returns its change (labelled "Undo …"), or None if there is none."""
        if not self._done:
            return None
        step = self._done[-1]
        self._apply(step, undo=True)
        self._undone.append(self._done.pop())
        return self._announce(step, "Undo")

    def redo(self) -> Change | None:
        """Make the last undone edit again; returns its change (labelled "Redo …") or None."""
        if not self._undone:
            return None
        step = self._undone[-1]
        self._apply(step, undo=False)
        self._done.append(self._undone.pop())
        return self._announce(step, "Redo")

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo_label(self) -> str:
        """ "Undo Add annotation", or "Undo" when there is nothing to undo (for a menu item)."""
        return f"Undo {self._done[-1].change.label}" if self._done else "Undo"

    def redo_label(self) -> str:
        return f"Redo {self._undone[-1].change.label}" if self._undone else "Redo"

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()

    def _apply(self, step: Step, *, undo: bool) -> None:
        work = self._work
        changes = reversed(step.rows) if undo else step.rows
        verb = "undo" if undo else "redo"
        with work.transaction():
            for rc in changes:
                rc.snapshot.restore(work.db, rc.before if undo else rc.after, author=work.author)
            work.reindex(step.articles)
            details = {"label": step.change.label, "ids": list(step.change.ids)}
            custody.append(
                work.db, actor=work.author, action=verb, record_id=_first(step.change.ids), details=details
            )

    def _announce(self, step: Step, verb: str) -> Change:
        change = replace(step.change, label=f"{verb} {step.change.label}")
        self._work.notify(change)
        return change


def _first(ids: list[str] | tuple[str, ...]) -> str:
    return ids[0] if ids else ""
