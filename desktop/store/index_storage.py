"""A whoosh Storage kept inside the notebook file, so the index is encrypted with it.

Index files are rows of `search_files` (name, length, deleted) and 64 KiB chunks in
`search_chunks`. Writes go through the caller's open transaction, so the index commits or rolls
back together with the rows it indexes. Files whoosh deletes are only marked deleted (an open
searcher may still be reading them) and purged when the notebook is next opened.
"""

from __future__ import annotations

import io
import threading
import time
from collections import OrderedDict
from typing import Any

from whoosh.filedb.filestore import Storage
from whoosh.filedb.structfile import StructFile
from whoosh.util import random_name

from desktop.store.unlock import Connection

CHUNK = 64 * 1024
CACHE_CHUNKS = 256  # 16 MiB of decrypted index pages per open file set


class IndexFileMissing(IOError):
    """whoosh asked for an index file that is not in the notebook."""


class OutsideTransaction(RuntimeError):
    """An index write was attempted outside a notebook transaction."""


class TryLock:
    """A lock whose bare `acquire()` never blocks: whoosh's `try_for` polls it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def acquire(self, blocking: bool = False) -> bool:
        return self._lock.acquire(blocking)

    def release(self) -> None:
        if self._lock.locked():
            self._lock.release()

    def locked(self) -> bool:
        return self._lock.locked()


class ChunkCache:
    """A small LRU cache of (name, chunk) → bytes shared by one storage's readers."""

    def __init__(self, conn: Connection, capacity: int = CACHE_CHUNKS) -> None:
        self._conn = conn
        self._capacity = capacity
        self._chunks: OrderedDict[tuple[str, int], bytes] = OrderedDict()

    def get(self, name: str, number: int) -> bytes:
        key = (name, number)
        data = self._chunks.get(key)
        if data is not None:
            self._chunks.move_to_end(key)
            return data
        row = self._conn.execute(
            "SELECT data FROM search_chunks WHERE name = ? AND chunk = ?", [name, number]
        ).fetchone()
        data = bytes(row[0]) if row else b""
        self._chunks[key] = data
        if len(self._chunks) > self._capacity:
            self._chunks.popitem(last=False)
        return data

    def forget(self, name: str) -> None:
        for key in [k for k in self._chunks if k[0] == name]:
            del self._chunks[key]


class ChunkReader(io.RawIOBase):
    """A read-only, seekable file over one index file's chunks."""

    def __init__(self, cache: ChunkCache, name: str, length: int) -> None:
        super().__init__()
        self._cache = cache
        self._name = name
        self._length = length
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._length}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def read(self, size: int | None = -1) -> bytes:
        end = self._length if size is None or size < 0 else min(self._length, self._pos + size)
        parts = []
        while self._pos < end:
            number, offset = divmod(self._pos, CHUNK)
            data = self._cache.get(self._name, number)[offset : offset + end - self._pos]
            if not data:
                raise IndexFileMissing(f"index file {self._name} is shorter than recorded")
            parts.append(data)
            self._pos += len(data)
        return b"".join(parts)

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readline(self, size: int | None = -1) -> bytes:
        out = bytearray()
        while size is None or size < 0 or len(out) < size:
            byte = self.read(1)
            if not byte:
                break
            out += byte
            if byte == b"\n":
                break
        return bytes(out)


class SavingBuffer(io.BytesIO):
    """A rewritable in-memory file that hands its bytes to `save` when closed (once)."""

    def __init__(self, save: Any) -> None:
        super().__init__()
        self._save = save

    def close(self) -> None:
        if not self.closed and self._save is not None:
            save, self._save = self._save, None
            save(self.getvalue())
        super().close()


class MemoryStorage(Storage):
    """whoosh's scratch space for a writer (sort runs): memory only, never the OS temp dir."""

    supports_mmap = False

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self._locks: dict[str, TryLock] = {}

    def create_file(self, name: str, **kwargs: Any) -> StructFile:
        return StructFile(SavingBuffer(lambda data: self.files.__setitem__(name, data)), name=name)

    def open_file(self, name: str, **kwargs: Any) -> StructFile:
        if name not in self.files:
            raise IndexFileMissing(name)
        return StructFile(io.BytesIO(self.files[name]), name=name)

    def list(self) -> list[str]:
        return list(self.files)

    def file_exists(self, name: str) -> bool:
        return name in self.files

    def file_length(self, name: str) -> int:
        return len(self.files[name])

    def file_modified(self, name: str) -> float:
        return -1

    def delete_file(self, name: str) -> None:
        self.files.pop(name, None)

    def rename_file(self, name: str, newname: str, safe: bool = False) -> None:
        self.files[newname] = self.files.pop(name)

    def lock(self, name: str) -> TryLock:
        return self._locks.setdefault(name, TryLock())

    def temp_storage(self, name: str | None = None) -> MemoryStorage:
        return MemoryStorage()

    def destroy(self, *args: Any, **kwargs: Any) -> None:
        self.files.clear()


class NotebookStorage(Storage):
    """The search index's files, as rows of the notebook (see the module docstring)."""

    supports_mmap = False

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._cache = ChunkCache(conn)
        self._locks: dict[str, TryLock] = {}

    # -- reading ----------------------------------------------------------------------------
    def list(self) -> list[str]:
        rows = self._conn.execute("SELECT name FROM search_files WHERE deleted = 0").fetchall()
        return [r[0] for r in rows]

    def _row(self, name: str) -> tuple[int, float]:
        row = self._conn.execute(
            "SELECT length, modified FROM search_files WHERE name = ? AND deleted = 0", [name]
        ).fetchone()
        if row is None:
            raise IndexFileMissing(f"index file {name} is not in the notebook")
        return int(row[0]), float(row[1])

    def file_exists(self, name: str) -> bool:
        return (
            self._conn.execute("SELECT 1 FROM search_files WHERE name = ? AND deleted = 0", [name]).fetchone()
            is not None
        )

    def file_length(self, name: str) -> int:
        return self._row(name)[0]

    def file_modified(self, name: str) -> float:
        return self._row(name)[1]

    def open_file(self, name: str, **kwargs: Any) -> StructFile:
        # `mapped=` and other FileStorage options are accepted and ignored.
        length, _ = self._row(name)
        return StructFile(io.BufferedReader(ChunkReader(self._cache, name, length)), name=name)

    # -- writing (only inside a transaction) ---------------------------------------------------
    def _require_transaction(self) -> None:
        if not self._conn.in_transaction:
            raise OutsideTransaction("index writes must happen inside a notebook transaction")

    def create_file(self, name: str, **kwargs: Any) -> StructFile:
        self._require_transaction()
        return StructFile(SavingBuffer(lambda data: self._write(name, data)), name=name)

    def _write(self, name: str, data: bytes) -> None:
        self._require_transaction()
        self._conn.execute("DELETE FROM search_chunks WHERE name = ?", [name])
        self._conn.executemany(
            "INSERT INTO search_chunks (name, chunk, data) VALUES (?, ?, ?)",
            [(name, i // CHUNK, data[i : i + CHUNK]) for i in range(0, len(data), CHUNK)],
        )
        self._conn.execute(
            "INSERT OR REPLACE INTO search_files (name, length, modified, deleted) VALUES (?, ?, ?, 0)",
            [name, len(data), time.time()],
        )
        self._cache.forget(name)

    def delete_file(self, name: str) -> None:
        self._require_transaction()
        self._conn.execute("UPDATE search_files SET deleted = 1 WHERE name = ?", [name])

    def rename_file(self, name: str, newname: str, safe: bool = False) -> None:
        self._require_transaction()
        if safe and self.file_exists(newname):
            raise NameError(f"index file {newname} exists")
        for table in ("search_chunks", "search_files"):
            self._conn.execute(f"DELETE FROM {table} WHERE name = ?", [newname])
            self._conn.execute(f"UPDATE {table} SET name = ? WHERE name = ?", [newname, name])
        self._cache.forget(name)
        self._cache.forget(newname)

    def purge_deleted(self) -> int:
        """Remove files marked deleted (call when no searcher can be reading them)."""
        self._require_transaction()
        names = [r[0] for r in self._conn.execute("SELECT name FROM search_files WHERE deleted = 1")]
        for name in names:
            self._conn.execute("DELETE FROM search_chunks WHERE name = ?", [name])
            self._conn.execute("DELETE FROM search_files WHERE name = ?", [name])
        return len(names)

    def clear(self) -> None:
        """Remove every index file (before a rebuild, inside its transaction)."""
        self._require_transaction()
        self._conn.execute("DELETE FROM search_chunks")
        self._conn.execute("DELETE FROM search_files")
        self._cache = ChunkCache(self._conn)

    # -- the rest of whoosh's contract -------------------------------------------------------
    def lock(self, name: str) -> TryLock:
        # Processes are kept apart by SQLite's write lock; this only orders writers in-process.
        return self._locks.setdefault(name, TryLock())

    def temp_storage(self, name: str | None = None) -> MemoryStorage:
        return MemoryStorage()

    def create(self) -> NotebookStorage:
        return self

    def destroy(self, *args: Any, **kwargs: Any) -> None:
        self.clear()

    def close(self) -> None:
        """Nothing to do: the connection belongs to the notebook."""

    def optimize(self) -> None:
        """Nothing to do: SQLite manages its pages."""

    def __repr__(self) -> str:
        return f"NotebookStorage({random_name(4)})"
