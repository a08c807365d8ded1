"""Open a notebook file: derive its key from the passphrase (Argon2id) and key SQLCipher with it.

The Argon2id salt is the 16-byte salt SQLCipher keeps at the start of every encrypted file, so a
notebook stays one file: we hand SQLCipher a raw key *and* that salt (`x'<key><salt>'`).
"""

from __future__ import annotations

import errno
import os
import urllib.parse
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3
from argon2.low_level import Type, hash_secret_raw

from desktop.store.errors import NotebookError, WrongPassphrase
from desktop.store.file import notebook_lock

PLAIN_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
# Argon2id, RFC 9106 "second recommended" shape scaled to unlock in ~0.1-0.2 s on a 2-core laptop.
ARGON2_TIME_COST = 3
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_PARALLELISM = 2

if TYPE_CHECKING:  # sqlcipher3's connection has the standard library's API
    from sqlite3 import Connection
else:
    Connection = sqlcipher3.Connection


class _NotebookConnection(sqlcipher3.Connection):
    """A connection that holds this process's lock on its notebook until it is closed, and
    knows whether it was opened read-only."""

    lock: tuple[int, int] | None = None
    read_only = False

    def close(self) -> None:
        try:
            super().close()
        finally:
            notebook_lock.release(self.lock)
            self.lock = None


def is_read_only(conn: Any) -> bool:
    """True for a connection `connect` opened read-only (the file or its folder not writable)."""
    return bool(getattr(conn, "read_only", False))


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """The 32-byte SQLCipher key for `passphrase` with this file's `salt`."""
    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=salt,
        time_cost=ARGON2_TIME_COST,
        memory_cost=ARGON2_MEMORY_KIB,
        parallelism=ARGON2_PARALLELISM,
        hash_len=32,
        type=Type.ID,
    )


def key_pragma_value(key: bytes, salt: bytes) -> str:
    """SQLCipher's raw-key-with-salt literal."""
    return f"\"x'{key.hex()}{salt.hex()}'\""


def is_encrypted(path: Path) -> bool:
    """True when `path` exists and is not a plain SQLite file."""
    header = read_header(path)
    return bool(header) and header != PLAIN_HEADER


def read_header(path: Path) -> bytes:
    """The first 16 bytes of the file, or b"" when it is missing or empty."""
    try:
        with open(path, "rb") as f:
            return f.read(SALT_BYTES)
    except FileNotFoundError:
        return b""
    except PermissionError:
        raise NotebookError(f"{path}: cannot be read (permission denied)") from None


def connect(path: Path, passphrase: str | None, *, create: bool = False) -> Connection:
    """Open (or with `create`, make) the notebook at `path` and return a keyed connection.

    passphrase  None for a plain notebook; required for an encrypted one.
    Raises WrongPassphrase when the key does not open the file, NotebookError for anything
    else a user must fix (missing file, not a notebook).
    """
    header = read_header(path)
    if not header and not create:
        raise NotebookError(f"{path}: no notebook here (create one with `fieldnotes new`)")
    if header and create:
        raise NotebookError(f"{path}: a file already exists there")
    if header and len(header) < SALT_BYTES:
        raise NotebookError(f"{path}: not a Fieldnotes notebook (file too short)")
    encrypted = (create and passphrase is not None) or (bool(header) and header != PLAIN_HEADER)
    if encrypted and passphrase is None:
        raise WrongPassphrase(f"{path}: this notebook is encrypted; a passphrase is needed")
    read_only = not create and not writable(path)
    lock = None if read_only or create else notebook_lock.acquire(path)  # before anything is read
    try:
        conn = _open(path, read_only=read_only)
    except BaseException:
        notebook_lock.release(lock)
        raise
    conn.lock = lock
    try:
        # SQLCipher would print its own errors for a wrong key on stderr; we report one line.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if encrypted:
            assert passphrase is not None
            salt = os.urandom(SALT_BYTES) if create else header
            conn.execute(f"PRAGMA key = {key_pragma_value(derive_key(passphrase, salt), salt)}")
        configure(conn)
        if create:
            conn.lock = notebook_lock.acquire(path)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if read_only and "unable to open" in str(exc):  # a -wal SQLite cannot read without its -shm
            raise NotebookError(
                f"{path}: cannot be opened read-only: its last changes are still in "
                f"{path.name}-wal, which SQLite cannot read here; copy both files somewhere writable"
            ) from exc
        if encrypted:
            raise WrongPassphrase(f"{path}: wrong passphrase, or not a Fieldnotes notebook") from exc
        raise NotebookError(f"{path}: not a Fieldnotes notebook ({exc})") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def writable(path: Path) -> bool:
    """Whether this process may write the notebook: the file, and its folder (SQLite keeps its
    write-ahead log beside the file). False on read-only media and for files or folders that
    are not ours to write."""
    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError as error:
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return False
        raise NotebookError(f"{path}: cannot be opened ({error.strerror or error})") from None
    return os.access(path.parent if str(path.parent) else Path("."), os.W_OK)


def _open(path: Path, *, read_only: bool) -> _NotebookConnection:
    """A connection to `path`: read-write, or read-only — `immutable` when SQLite cannot
    keep its shared-memory file beside the notebook (a read-only folder or medium)."""
    if not read_only:
        conn = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=False, factory=_NotebookConnection
        )
        return conn
    uri = "file:" + urllib.parse.quote(str(path.absolute()))
    wal = path.with_name(path.name + "-wal")
    shared_memory_possible = os.access(path.parent, os.W_OK) or wal.exists()
    mode = "?mode=ro" if shared_memory_possible else "?mode=ro&immutable=1"
    conn = sqlcipher3.connect(
        uri + mode, uri=True, isolation_level=None, check_same_thread=False, factory=_NotebookConnection
    )
    conn.read_only = True
    return conn


def configure(conn: Connection) -> None:
    """Pragmas every connection gets: WAL, full sync, temp data in memory only, foreign keys.

    Reading sqlite_master first makes a wrong key fail here, before anything is written.
    """
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("PRAGMA temp_store = MEMORY")
    if not is_read_only(conn):
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
