"""One Fieldnotes process writes to a notebook at a time: an advisory lock on the notebook file.

SQLite alone would let two processes take turns writing (each waiting up to its busy timeout),
but two apps editing one notebook would each show a stale view and undo the other's work. So a
process opening a notebook to write takes an exclusive `flock` on the file itself (no lock file
to leave behind; independent of SQLite's own fcntl locks) and holds it until its last connection
to the file closes. Threads of one process share the lock (each opens its own connection). The
operating system drops the lock when the process dies, so a crash never leaves it held. Where
`flock` does not exist (Windows) nothing is locked.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from desktop.store.errors import NotebookError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


class NotebookInUse(NotebookError):
    """Another running Fieldnotes has this notebook open."""


@dataclass
class _Held:
    fd: int
    users: int


_held: dict[tuple[int, int], _Held] = {}  # (device, inode) → this process's lock on it
_guard = threading.Lock()


def acquire(path: Path) -> tuple[int, int] | None:
    """Lock the notebook at `path` for this process; returns the key to `release` it with.

    Raises NotebookInUse (naming the other process when the system says which) when another
    process holds it. None when locking is not available here.
    """
    if fcntl is None:
        return None
    with _guard:
        fd = os.open(path, os.O_RDONLY)
        info = os.fstat(fd)
        key = (info.st_dev, info.st_ino)
        held = _held.get(key)
        if held is not None:
            os.close(fd)
            held.users += 1
            return key
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            holder = _holder(info)
            who = f" (pid {holder})" if holder else ""
            raise NotebookInUse(f"{path}: is open in another Fieldnotes{who}; close it there first") from None
        except OSError:  # a file system without flock (some network shares): go on unlocked
            os.close(fd)
            return None
        _held[key] = _Held(fd, 1)
        return key


def release(key: tuple[int, int] | None) -> None:
    """Give up one use of a lock `acquire` returned; the last use unlocks the file."""
    if key is None:
        return
    with _guard:
        held = _held.get(key)
        if held is None:
            return
        held.users -= 1
        if held.users == 0:
            del _held[key]
            os.close(held.fd)  # closing the descriptor releases the flock


def _holder(info: os.stat_result) -> int | None:
    """The pid holding a flock on this file, from Linux's /proc/locks (None elsewhere)."""
    inode = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
    try:
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        fields = line.split()
        # "1: FLOCK  ADVISORY  WRITE 4242 08:01:1234 0 EOF" (a blocked waiter has "->" after "1:")
        if "FLOCK" in fields and inode in fields and "->" not in fields:
            pid = fields[fields.index(inode) - 1]
            if pid.isdigit() and int(pid) != os.getpid():
                return int(pid)
    return None
