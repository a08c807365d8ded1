"""A whoosh Storage kept inside the notebook file, so the index is encrypted with it.

Index files are rows of `search_files` (name, length, deleted, chunk size) and chunks in
`search_chunks`: 16 KiB each, zlib-compressed where that saves a tenth (`packed` says which).
Files stored before schema steps 8 and 9 keep their plain 64 KiB chunks and are read as they
are. Writes go through the caller's open transaction, so the index commits or rolls back together
with the rows it indexes. Files whoosh deletes are only marked deleted (an open searcher may
still be reading them) and purged when the notebook is next opened.
"""

from __future__ import annotations

import io
import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from whoosh.filedb.filestore import Storage
from whoosh.filedb.structfile import StructFile
from whoosh.util import random_name

if TYPE_CHECKING:  # any DB-API connection with sqlite3's interface (the notebook's is sqlcipher3's)
    from sqlite3 import Connection


# The chunk size of files stored now. A look-up of a few bytes (a term, a short posting list) reads,
# decrypts and unpacks one chunk: 16 KiB unpack in ~0.07 ms (64 KiB took ~0.2 ms, twice SQLite's
# read) and compress nearly as well (zlib's window is 32 KiB).
CHUNK = 16 * 1024
OLD_CHUNK = 64 * 1024  # the chunk size of files stored before schema step 9
CACHE_BYTES = 64 * 1024 * 1024  # decrypted, unpacked chunks: the hot term tables and postings stay in memory
# zlib level of stored chunks: 1.7x smaller (term files 2.5x, postings 1.45x: their large blocks are
# compressed already); level 6 saves ~3 % more and packs 1.6x slower.
PACK_LEVEL = 3
MIN_SAVING = 0.10  # a chunk is stored packed only when that saves at least this share of it


class IndexFileMissing(IOError):
    """whoosh asked for an index file that is not in the notebook."""


class OutsideTransaction(RuntimeError):
    """An index write was attempted outside a notebook transaction."""


class TryLock:
    """A lock whose bare `acquire()` never blocks: whoosh's `try_for` polls it.

    `on_change` is called after every acquire and release (the storage drops its file cache).
    """

    def __init__(self, on_change: Any = None) -> None:
        self._lock = threading.Lock()
        self._on_change = on_change

    def acquire(self, blocking: bool = False) -> bool:
        got = self._lock.acquire(blocking)
        if got and self._on_change is not None:
            self._on_change()
        return got

    def release(self) -> None:
        if self._lock.locked():
            self._lock.release()
            if self._on_change is not None:
                self._on_change()

    def locked(self) -> bool:
        return self._lock.locked()


class ChunkCache:
    """A small LRU cache of (name, chunk) → bytes shared by one storage's readers, of at most
    `capacity` bytes."""

    def __init__(self, conn: Connection, capacity: int = CACHE_BYTES) -> None:
        self._conn = conn
        self._capacity = capacity
        self._size = 0
        self._chunks: OrderedDict[tuple[str, int], bytes] = OrderedDict()
        self._versions: dict[str, float] = {}

    def get(self, name: str, number: int) -> bytes:
        key = (name, number)
        data = self._chunks.get(key)
        if data is not None:
            self._chunks.move_to_end(key)
            return data
        row = self._conn.execute(
            "SELECT data, packed FROM search_chunks WHERE name = ? AND chunk = ?", [name, number]
        ).fetchone()
        data = unpack_chunk(row[0], row[1]) if row else b""
        self._chunks[key] = data
        self._size += len(data)
        while self._size > self._capacity and len(self._chunks) > 1:
            self._size -= len(self._chunks.popitem(last=False)[1])
        return data

    def check_version(self, name: str, version: float) -> None:
        """Drop cached chunks of `name` if the file was rewritten since (a name reused after a
        rebuild in another connection, e.g. the table of contents `_MAIN_0.toc`)."""
        if self._versions.get(name, version) != version:
            self.forget(name)
        self._versions[name] = version

    def forget(self, name: str) -> None:
        for key in [k for k in self._chunks if k[0] == name]:
            self._size -= len(self._chunks.pop(key))


class ChunkFile(StructFile):
    """A read-only StructFile over a window of one index file's chunks (whoosh reads only).

    whoosh finds a term by binary search, with thousands of small `get(position, length)`
    calls for a fuzzy or prefix query; they are served here straight from the chunk cache
    (through seek + read on io wrappers a fuzzy query took seconds). `subset` gives a window
    on the same chunks, which is how compound segments hand out their parts.
    """

    def __init__(self, cache: ChunkCache, name: str, length: int, base: int = 0, chunk: int = CHUNK) -> None:
        super().__init__(self, name=name)
        self._chunk_size = chunk  # of this file's chunks
        self._cache = cache
        self._file_name = name
        self._base = base
        self._length = length
        self._pos = 0
        self._number, self._chunk = -1, b""  # the chunk read last: most gets fall in it again

    def _at(self, position: int, size: int) -> bytes:
        """`size` bytes (fewer at the end of the window) from `position` in the window."""
        size = max(0, min(size, self._length - position))
        start = self._base + position
        number, offset = divmod(start, self._chunk_size)
        data = self._cache.get(self._file_name, number)
        if offset + size <= len(data):
            return data[offset : offset + size]
        parts, end = [], start + size
        while start < end:
            number, offset = divmod(start, self._chunk_size)
            piece = self._cache.get(self._file_name, number)[offset : offset + end - start]
            if not piece:
                raise IndexFileMissing(f"index file {self._file_name} is shorter than recorded")
            parts.append(piece)
            start += len(piece)
        return b"".join(parts)

    def get(self, position: int, length: int) -> bytes:
        start = self._base + position
        number = start // self._chunk_size
        if number != self._number:
            self._number, self._chunk = number, self._cache.get(self._file_name, number)
        offset = start - number * self._chunk_size
        if offset + length <= len(self._chunk) and position + length <= self._length:
            return self._chunk[offset : offset + length]
        return self._at(position, length)

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            size = self._length - self._pos
        data = self.get(self._pos, size)
        self._pos += len(data)
        return data

    def readline(self, size: int | None = -1) -> bytes:
        limit = self._length - self._pos if size is None or size < 0 else size
        out = bytearray()
        while len(out) < limit:
            piece = self._at(self._pos, min(256, limit - len(out)))
            if not piece:
                break
            cut = piece.find(b"\n")
            piece = piece if cut < 0 else piece[: cut + 1]
            out += piece
            self._pos += len(piece)
            if cut >= 0:
                break
        return bytes(out)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._length}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def subset(self, offset: int, length: int, name: str | None = None) -> ChunkFile:
        sub = ChunkFile(self._cache, self._file_name, length, self._base + offset, self._chunk_size)
        sub._name = name or self._name
        return sub

    def __iter__(self) -> Iterator[bytes]:
        while line := self.readline():
            yield line

    def write(self, *args: Any, **kwargs: Any) -> int:
        raise io.UnsupportedOperation("index files are read-only once stored")

    def truncate(self, *args: Any, **kwargs: Any) -> int:
        raise io.UnsupportedOperation("index files are read-only once stored")

    def flush(self) -> None:
        """Nothing to flush: reads only."""

    def close(self) -> None:
        self.is_closed = True


class SavingBuffer(io.BytesIO):
    """A rewritable in-memory file that hands its bytes to `save` when closed (once), as a view
    of its own buffer: a file of 60 MB is not copied again to be stored."""

    def __init__(self, save: Any) -> None:
        super().__init__()
        self._save = save

    def close(self) -> None:
        if not self.closed and self._save is not None:
            save, self._save = self._save, None
            with self.getbuffer() as view:  # released before the buffer is closed
                save(view)
        super().close()


class MemoryStorage(Storage):
    """whoosh's scratch space for a writer (sort runs): memory only, never the OS temp dir."""

    supports_mmap = False

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self._locks: dict[str, TryLock] = {}

    def create_file(self, name: str, **kwargs: Any) -> StructFile:
        return StructFile(SavingBuffer(lambda data: self.store_file(name, data)), name=name)

    def store_file(self, name: str, data: bytes | memoryview) -> None:
        """A whole file at once (a segment built elsewhere): kept as it is if it is bytes."""
        self.files[name] = data if isinstance(data, bytes) else bytes(data)

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


def pack_chunk(chunk: memoryview) -> tuple[bytes | memoryview, int]:
    """What `search_chunks` stores for a chunk: (its bytes compressed, 1) when that pays, else (the
    chunk as it is, 0)."""
    packed = zlib.compress(chunk, PACK_LEVEL)
    if len(packed) <= (1 - MIN_SAVING) * len(chunk):
        return packed, 1
    return chunk, 0


def unpack_chunk(stored: bytes, packed: int) -> bytes:
    """A chunk's bytes from its row (see pack_chunk)."""
    return zlib.decompress(stored) if packed else bytes(stored)


def _chunk_rows(name: str, data: bytes | memoryview) -> Iterator[tuple[str, int, bytes | memoryview, int]]:
    """(name, chunk number, stored chunk, packed) rows of a file, one at a time: each chunk a slice
    of a view of `data`, or its compressed bytes (see pack_chunk)."""
    view = memoryview(data)
    for number, start in enumerate(range(0, len(view), CHUNK)):
        yield name, number, *pack_chunk(view[start : start + CHUNK])


class NotebookStorage(Storage):
    """The search index's files, as rows of the notebook (see the module docstring)."""

    supports_mmap = False

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._cache = ChunkCache(conn)
        self._locks: dict[str, TryLock] = {}
        # While a writer holds the write lock inside a transaction nobody else can change the file
        # table, and whoosh asks whether a file exists once per posting it writes (~160 times
        # an article with the spelling field): remember the answers until the lock changes hands.
        self._files: dict[str, tuple[int, float, int] | None] = {}

    # -- reading ----------------------------------------------------------------------------
    def list(self) -> list[str]:
        rows = self._conn.execute("SELECT name FROM search_files WHERE deleted = 0").fetchall()
        return [r[0] for r in rows]

    def _writing(self) -> bool:
        """True while a writer of this storage holds its lock (whoosh names it <index>_WRITELOCK)."""
        return self._conn.in_transaction and any(
            lock.locked() for name, lock in self._locks.items() if name.endswith("WRITELOCK")
        )

    def _lookup(self, name: str) -> tuple[int, float, int] | None:
        """(length, modified, chunk size) of a live file, or None."""
        if name in self._files and self._writing():
            return self._files[name]
        row = self._conn.execute(
            "SELECT length, modified, chunk_size FROM search_files WHERE name = ? AND deleted = 0", [name]
        ).fetchone()
        found = (int(row[0]), float(row[1]), int(row[2])) if row else None
        if self._writing():
            self._files[name] = found
        return found

    def _row(self, name: str) -> tuple[int, float, int]:
        found = self._lookup(name)
        if found is None:
            raise IndexFileMissing(f"index file {name} is not in the notebook")
        return found

    def _forget_files(self) -> None:
        self._files.clear()

    def file_exists(self, name: str) -> bool:
        return self._lookup(name) is not None

    def file_length(self, name: str) -> int:
        return self._row(name)[0]

    def file_modified(self, name: str) -> float:
        return self._row(name)[1]

    def open_file(self, name: str, **kwargs: Any) -> StructFile:
        # `mapped=` and other FileStorage options are accepted and ignored.
        length, modified, chunk = self._row(name)
        self._cache.check_version(name, modified)
        return ChunkFile(self._cache, name, length, chunk=chunk)

    def read_whole(self, name: str) -> bytes:
        """A whole file's bytes straight from its chunks, past the chunk cache (for a merge in a
        worker process: its sources would otherwise fill the cache with chunks read once)."""
        length = self._row(name)[0]
        rows = self._conn.execute(
            "SELECT data, packed FROM search_chunks WHERE name = ? ORDER BY chunk", [name]
        )
        data = b"".join([unpack_chunk(stored, packed) for stored, packed in rows])
        if len(data) != length:
            raise IndexFileMissing(f"index file {name} is shorter than recorded")
        return data

    # -- writing (only inside a transaction) ---------------------------------------------------
    def _require_transaction(self) -> None:
        if not self._conn.in_transaction:
            raise OutsideTransaction("index writes must happen inside a notebook transaction")

    def create_file(self, name: str, **kwargs: Any) -> StructFile:
        self._require_transaction()
        return StructFile(SavingBuffer(lambda data: self._write(name, data)), name=name)

    def store_file(self, name: str, data: bytes | memoryview) -> None:
        """A whole file at once (a segment built in a worker process), inside the transaction."""
        self._write(name, data)

    def _write(self, name: str, data: bytes | memoryview) -> None:
        """Store `data` as the file `name`, chunk by chunk: the chunks are views of `data`
        handed to SQLite one at a time, never copied into bytes of their own or joined."""
        self._require_transaction()
        self._forget_files()
        self._conn.execute("DELETE FROM search_chunks WHERE name = ?", [name])
        self._conn.executemany(
            "INSERT INTO search_chunks (name, chunk, data, packed) VALUES (?, ?, ?, ?)",
            _chunk_rows(name, data),
        )
        self._conn.execute(
            "INSERT OR REPLACE INTO search_files (name, length, modified, deleted, chunk_size) "
            "VALUES (?, ?, ?, 0, ?)",
            [name, len(data), time.time(), CHUNK],
        )
        self._cache.forget(name)

    def delete_file(self, name: str) -> None:
        self._require_transaction()
        self._forget_files()
        self._conn.execute("UPDATE search_files SET deleted = 1 WHERE name = ?", [name])

    def rename_file(self, name: str, newname: str, safe: bool = False) -> None:
        self._require_transaction()
        if safe and self.file_exists(newname):
            raise NameError(f"index file {newname} exists")
        self._forget_files()
        for table in ("search_chunks", "search_files"):
            self._conn.execute(f"DELETE FROM {table} WHERE name = ?", [newname])
            self._conn.execute(f"UPDATE {table} SET name = ? WHERE name = ?", [newname, name])
        self._cache.forget(name)
        self._cache.forget(newname)

    def purge_deleted(self) -> int:
        """Remove files marked deleted (after each index commit, and at open).

        A searcher in another connection may still be reading them: it gets IndexFileMissing
        and `SearchIndex.search` reopens it on the new index.
        """
        self._require_transaction()
        self._forget_files()
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
        self._forget_files()

    # -- the rest of whoosh's contract -------------------------------------------------------
    def lock(self, name: str) -> TryLock:
        # Processes are kept apart by SQLite's write lock; this only orders writers in-process.
        if name not in self._locks:
            self._locks[name] = TryLock(on_change=self._forget_files)
        return self._locks[name]

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
