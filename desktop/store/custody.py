"""The custody log: an append-only, hash-chained record of what was done to the notebook.

Each entry's hash covers its content and the previous entry's hash, so editing or deleting an
entry by hand breaks the chain and `verify` finds it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from desktop.progress import Progress
from desktop.store.ids import now

GENESIS = "0" * 64


@dataclass(frozen=True)
class LogEntry:
    seq: int
    at: str
    actor: str
    action: str
    record_id: str
    details: dict[str, Any]
    prev_hash: str
    hash: str


def entry_hash(
    *, seq: int, at: str, actor: str, action: str, record_id: str, details: str, prev_hash: str
) -> str:
    """SHA-256 over the entry's fields in a fixed, unambiguous encoding."""
    payload = json.dumps([seq, at, actor, action, record_id, details, prev_hash], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    db: Database, *, actor: str, action: str, record_id: str = "", details: dict[str, Any]
) -> LogEntry:
    """Add an entry at the end of the chain (call inside the action's transaction)."""
    last = db.execute("SELECT seq, hash FROM custody_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = now()
    text = json.dumps(details, ensure_ascii=False, sort_keys=True)
    digest = entry_hash(
        seq=seq,
        at=at,
        actor=actor,
        action=action,
        record_id=record_id,
        details=text,
        prev_hash=prev,
    )
    db.execute(
        "INSERT INTO custody_log (seq, at, actor, action, record_id, details, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [seq, at, actor, action, record_id, text, prev, digest],
    )
    return LogEntry(seq, at, actor, action, record_id, details, prev, digest)


def append_many(
    db: Database, *, actor: str, action: str, records: Sequence[tuple[str, dict[str, Any]]]
) -> None:
    """Add an entry for each (record id, details) at the end of the chain, as `append` would one
    after the other, at one time (call inside the action's transaction; e.g. an import's batch)."""
    if not records:
        return
    last = db.execute("SELECT seq, hash FROM custody_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = now()
    rows = []
    for record_id, details in records:
        text = json.dumps(details, ensure_ascii=False, sort_keys=True)
        digest = entry_hash(
            seq=seq, at=at, actor=actor, action=action, record_id=record_id, details=text, prev_hash=prev
        )
        rows.append((seq, at, actor, action, record_id, text, prev, digest))
        seq, prev = seq + 1, digest
    db.conn.executemany(
        "INSERT INTO custody_log (seq, at, actor, action, record_id, details, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


_COLUMNS = "seq, at, actor, action, record_id, details, prev_hash, hash"
VERIFY_STEP = 5000  # entries checked between two progress reports


def _entry(row: Sequence[Any]) -> LogEntry:
    return LogEntry(row[0], row[1], row[2], row[3], row[4], json.loads(row[5]), row[6], row[7])


def entries(db: Database) -> Iterator[LogEntry]:
    """Every entry, oldest first."""
    for row in db.execute(f"SELECT {_COLUMNS} FROM custody_log ORDER BY seq"):
        yield _entry(row)


def newest(db: Database, *, before: int | None = None, after: int = 0, limit: int) -> list[LogEntry]:
    """A page of the log, newest first: up to `limit` entries with `after` < seq < `before`.

    On the primary key, so the page under entry 50,000 costs what the first one does (one entry
    per imported file: a log of 100,000 entries is never read whole to show a page of it)."""
    upper = "AND seq < ? " if before is not None else ""
    params = [after, *([before] if before is not None else []), limit]
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM custody_log WHERE seq > ? {upper}ORDER BY seq DESC LIMIT ?", params
    )
    return [_entry(row) for row in rows]


def last_seq(db: Database) -> int:
    """The newest entry's number (0 for an empty log): as many entries as an intact log holds."""
    return int(db.execute("SELECT coalesce(max(seq), 0) FROM custody_log").fetchone()[0])


@dataclass(frozen=True)
class Verified:
    """What `verify_steps` found: the problems (none when intact) among `entries` entries."""

    problems: list[str]
    entries: int


def verify(db: Database) -> list[str]:
    """Problems found in the chain (an empty list when it is intact)."""
    found = [step for step in verify_steps(db) if isinstance(step, Verified)]
    return found[0].problems


def verify_steps(db: Database, *, every: int = 0) -> Iterator[Progress | Verified]:
    """Check the chain entry by entry, yielding Progress every `every` entries (VERIFY_STEP when
    0) and, last, what it found (100,000 entries take ~0.5 s: the app checks off the GUI thread)."""
    every = every or VERIFY_STEP
    problems: list[str] = []
    prev, expected_seq, checked, total = GENESIS, 1, 0, last_seq(db)
    for row in db.execute(f"SELECT {_COLUMNS} FROM custody_log ORDER BY seq"):
        seq, at, actor, action, record_id, details, prev_hash, digest = row
        if seq != expected_seq:
            problems.append(f"entry {expected_seq} is missing (next is {seq})")
        if prev_hash != prev:
            problems.append(f"entry {seq} does not follow the entry before it")
        recomputed = entry_hash(
            seq=seq,
            at=at,
            actor=actor,
            action=action,
            record_id=record_id,
            details=details,
            prev_hash=prev_hash,
        )
        if recomputed != digest:
            problems.append(f"entry {seq} was changed after it was written")
        prev, expected_seq, checked = digest, seq + 1, checked + 1
        if checked % every == 0:
            yield Progress(checked, max(total, checked), "Checking the custody log")
    yield Verified(problems, checked)
