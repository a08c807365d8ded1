"""Original files: each stored once, as the article text it equals, compressed, or as it is, and read back
through one function that checks what it rebuilds against the SHA-256 recorded at import.

An `originals` row is (sha256, form, size, data), `data` last so that reading the other columns never
walks a large blob's pages. Its form says what `data` holds:

    RAW   the bytes themselves
    ZLIB  the bytes compressed with zlib (only when that saves at least MIN_SAVING)
    TEXT  nothing: the bytes are the UTF-8 of an article's text whose SHA-256 is the same (a plain-text
          file), so they are not stored twice; the text is immutable once imported

`read` gives an original whole (the one decoding function); `chunks` streams it for a share;
`problems` is the integrity check's view; `store_many` and `compact` choose the form.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterable, Iterator, Sequence
from enum import IntEnum
from typing import Any

from sqlite_utils import Database

from desktop.store.compression import MIN_SAVING, ZLIB_LEVEL, unpack_text
from desktop.store.errors import NotebookError, NotFound

SAMPLE_BYTES = 64 * 1024  # a larger original is compressed only if its first SAMPLE_BYTES compress
STREAM_CHUNK = 1024 * 1024


class Form(IntEnum):
    """How an original's bytes are kept (the `form` column)."""

    RAW = 0
    ZLIB = 1
    TEXT = 2


class DamagedOriginal(NotebookError):
    """An original cannot be rebuilt, or what was rebuilt does not match its SHA-256."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- choosing the form -----------------------------------------------------------------------------------
def pays(sample: bytes) -> bool:
    """True when zlib saves at least MIN_SAVING of `sample`."""
    return len(zlib.compress(sample, ZLIB_LEVEL)) <= (1 - MIN_SAVING) * len(sample)


def encoded(data: bytes, *, text_equal: bool = False) -> tuple[Form, bytes]:
    """The form and the stored bytes for an original.

    text_equal  the caller knows `data` is the UTF-8 of an article's text (equal SHA-256s)
    Compressed data that would not save MIN_SAVING stays raw; a large original whose first
    SAMPLE_BYTES do not compress (a PDF's streams, images, archives) is not compressed whole.
    """
    if text_equal:
        return Form.TEXT, b""
    if len(data) > 4 * SAMPLE_BYTES and not pays(data[:SAMPLE_BYTES]):
        return Form.RAW, data
    packed = zlib.compress(data, ZLIB_LEVEL)
    if len(packed) <= (1 - MIN_SAVING) * len(data):
        return Form.ZLIB, packed
    return Form.RAW, data


def store_many(db: Database, batch: Iterable[tuple[str, bytes, bool]]) -> None:
    """Store originals given as (sha256, bytes, text_equal) unless stored already (in a transaction).

    text_equal  the original's SHA-256 equals its article's text's: nothing is stored but the form
    """
    rows = []
    for sha, data, text_equal in batch:
        form, stored = encoded(data, text_equal=text_equal)
        rows.append((sha, int(form), len(data), stored))
    db.conn.executemany(
        "INSERT OR IGNORE INTO originals (sha256, form, size, data) VALUES (?, ?, ?, ?)", rows
    )


# -- reading ---------------------------------------------------------------------------------------------
def _text_bytes(db: Database, sha: str) -> bytes | None:
    row = db.execute("SELECT text FROM articles WHERE text_sha256 = ? LIMIT 1", [sha]).fetchone()
    return None if row is None else unpack_text(row[0]).encode("utf-8")


def decoded(db: Database, sha: str, form: int, data: bytes) -> bytes:
    """The original's bytes from its stored form. Raises DamagedOriginal when they cannot be rebuilt.
    RAW bytes are returned as they are stored (the check and the UI compare them with the hash)."""
    if form == Form.RAW:
        return bytes(data)
    if form == Form.ZLIB:
        try:
            return zlib.decompress(data)
        except zlib.error as exc:
            raise DamagedOriginal(f"original {sha[:12]}… cannot be decompressed ({exc})") from exc
    if form == Form.TEXT:
        text = _text_bytes(db, sha)
        if text is None:
            raise DamagedOriginal(f"original {sha[:12]}… is kept as an article's text, and no article has it")
        return text
    raise DamagedOriginal(f"original {sha[:12]}… is stored in an unknown form ({form})")


def read(db: Database, sha: str) -> bytes:
    """The original file whose SHA-256 is `sha`, exactly as imported.

    Raises NotFound when there is none, DamagedOriginal when a compressed or text-kept original
    cannot be rebuilt or what is rebuilt does not match `sha`.
    """
    row = db.execute("SELECT form, data FROM originals WHERE sha256 = ?", [sha]).fetchone()
    if row is None:
        raise NotFound(f"no original {sha[:12]}…")
    data = decoded(db, sha, int(row[0]), row[1])
    if row[0] != Form.RAW and sha256(data) != sha:
        raise DamagedOriginal(f"original {sha[:12]}… does not match its SHA-256")
    return data


def chunks(db: Database, sha: str, chunk: int = STREAM_CHUNK) -> tuple[int, Iterator[bytes]]:
    """(size, the bytes in pieces of at most `chunk`) of an original, for streaming it into a share:
    a raw or compressed original is read from its blob a piece at a time (memory holds a piece,
    not the file). The receiver checks the bytes against the SHA-256. Raises NotFound."""
    found = db.execute("SELECT rowid, form, size FROM originals WHERE sha256 = ?", [sha]).fetchone()
    if found is None:
        raise NotFound(f"no original {sha[:12]}…")
    rowid, form, size = found
    if form == Form.TEXT:
        data = read(db, sha)  # checked here: a text that no longer matches must not leave as the original
        return len(data), (data[i : i + chunk] for i in range(0, len(data), chunk))
    pieces = _blob_pieces(db.conn, rowid, chunk)
    return int(size), pieces if form == Form.RAW else _inflated(sha, pieces, chunk)


def _blob_pieces(conn: Any, rowid: int, chunk: int) -> Iterator[bytes]:
    with conn.open_blob("originals", "data", rowid, readonly=True) as blob:
        while piece := blob.read(chunk):
            yield piece


def _inflated(sha: str, pieces: Iterable[bytes], chunk: int) -> Iterator[bytes]:
    inflater = zlib.decompressobj()
    try:
        for piece in pieces:
            out = inflater.decompress(piece, chunk)
            while out:
                yield out
                out = inflater.decompress(inflater.unconsumed_tail, chunk)
        if tail := inflater.flush():
            yield tail
        if not inflater.eof:
            raise DamagedOriginal(f"original {sha[:12]}… is cut short")
    except zlib.error as exc:
        raise DamagedOriginal(f"original {sha[:12]}… cannot be decompressed ({exc})") from exc


# -- checking and converting -----------------------------------------------------------------------------
def count(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM originals").fetchone()[0])


def problems(db: Database) -> Iterator[tuple[str, str | None]]:
    """(sha256, what is wrong with it or None) for every stored original: each one rebuilt whole
    and compared with its SHA-256 and size (the integrity check)."""
    for sha, form, size, data in db.execute("SELECT sha256, form, size, data FROM originals"):
        try:
            original = decoded(db, sha, form, data)
        except DamagedOriginal as exc:
            yield sha, str(exc)
            continue
        if sha256(original) != sha or len(original) != size:
            yield sha, f"original {sha[:12]}… does not match its SHA-256"
        else:
            yield sha, None


def compact(db: Database, shas: Sequence[str]) -> int:
    """Re-store these RAW originals in the form `store_many` would have chosen (after a receive,
    which writes them as they arrive). Returns how many changed. Call inside a transaction.

    An original becomes TEXT only when its bytes equal an article's text byte for byte."""
    changed = 0
    for sha in shas:
        row = db.execute("SELECT rowid, size FROM originals WHERE sha256 = ? AND form = 0", [sha]).fetchone()
        if row is None or not row[1]:
            continue
        rowid, size = row
        text = _text_bytes(db, sha)
        if text is not None and len(text) == size and text == _whole(db, rowid):
            form, data = Form.TEXT, b""
        elif size > 4 * SAMPLE_BYTES and not pays(_head(db, rowid)):
            continue
        else:
            form, data = encoded(_whole(db, rowid))
            if form == Form.RAW:
                continue
        db.execute("UPDATE originals SET form = ?, data = ? WHERE rowid = ?", [int(form), data, rowid])
        changed += 1
    return changed


def _whole(db: Database, rowid: int) -> bytes:
    return bytes(db.execute("SELECT data FROM originals WHERE rowid = ?", [rowid]).fetchone()[0])


def _head(db: Database, rowid: int) -> bytes:
    with db.conn.open_blob("originals", "data", rowid, readonly=True) as blob:  # type: ignore[attr-defined]
        return bytes(blob.read(SAMPLE_BYTES))
