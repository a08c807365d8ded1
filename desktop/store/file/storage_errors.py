"""What a failed write to the disk means for the user: a full disk, read-only media, a lost device.

SQLite reports these as its own errors (SQLITE_FULL, SQLITE_READONLY, SQLITE_IOERR) and Python's
file functions as OSError; both reach the CLI and the app as exceptions with no hint of what to
do. Every write to a notebook is inside a transaction that SQLite rolls back when a write fails,
so the message can say the notebook is intact (the crash harness and tests/store/test_storage_errors.py
check that it is).
"""

from __future__ import annotations

import errno
from pathlib import Path

import sqlcipher3

_FULL = frozenset({errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)})
_INTACT = "what was under way was not stored and the notebook is intact"


def explain(exc: BaseException, notebook: Path | str) -> str | None:
    """One line for the user when `exc` is a storage failure, else None."""
    if isinstance(exc, sqlcipher3.Error):
        name = str(getattr(exc, "sqlite_errorname", "") or "")
        text = str(exc)
        if name.startswith("SQLITE_READONLY") or "readonly database" in text:
            return read_only_message(notebook)
        if name == "SQLITE_FULL" or "disk is full" in text:
            return f"{notebook}: the disk is full: {_INTACT}; free some space and try again"
        if name.startswith("SQLITE_IOERR") or "disk I/O error" in text:
            return (
                f"{notebook}: could not write to the disk ({text}): {_INTACT}; check that the "
                "disk has free space and is still connected, then try again"
            )
        return None
    if isinstance(exc, OSError):
        where = exc.filename or notebook
        if exc.errno in _FULL:
            return f"{where}: the disk is full ({exc.strerror}): {_INTACT}; free some space and try again"
        if exc.errno == errno.EROFS:
            return f"{where}: is on read-only media ({exc.strerror}); nothing was changed"
    return None


def read_only_message(notebook: Path | str) -> str:
    """What a command that would change a read-only notebook says."""
    return (
        f"{notebook}: the notebook is read-only (the file or its folder cannot be written, or it is "
        "on read-only media): this command would change it, so nothing was done; copy it somewhere "
        "writable to work on it"
    )
