"""The plaintext inside a share file: a magic line, then typed frames, the last one a signature.

A share file is a standard age file (https://age-encryption.org/v1); what it decrypts to is

    b"FIELDNOTES-SHARE/1\\n"
    frame*    kind (1 byte) + body length (8 bytes, big-endian) + body
      H       header, JSON: format, sender card, notebook id, selection, counts (always first)
      O       one original file: its 32-byte SHA-256, then its bytes (streamed, never whole)
      R       one record, JSON: table, id, its revision history, and an article's text
      S       signature, JSON: the payload digest and the sender's Ed25519 signature over
              SIGNATURE_CONTEXT + that digest (always last)

The payload digest is the SHA-256 of every byte before the S frame **except originals'
contents**: those are bound by their SHA-256, which is in the signed part and which the
receiver checks against the bytes. (Hashing them twice would cost a third of the speed on a
laptop without SHA instructions.)

Both sides stream: the writer yields chunks as it reads originals from the notebook, and the
reader is a push parser fed by age's decryptor, so memory holds one JSON frame at a time
(at most MAX_JSON_FRAME) and a small buffer for originals, whatever the file's size.
"""

from __future__ import annotations

import hashlib
import io
import json
import struct
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

from desktop.store.sharing.types import ShareRefused

MAGIC = b"FIELDNOTES-SHARE/1\n"
SIGNATURE_CONTEXT = b"fieldnotes-share/1 payload sha256\n"
FRAME_HEAD = struct.Struct(">cQ")
MAX_JSON_FRAME = 256 * 1024 * 1024  # one record (an article with its text) or the header
MAX_ORIGINAL = 2**31 - 1  # the most bytes SQLite stores in one value, whatever its configured limit
DIGEST_BYTES = 32
AGE_MAGIC = b"age-encryption.org/v1\n"


class ShareFormatError(ShareRefused):
    """The share's content is malformed, truncated or tampered with (a refusal like any other)."""


# -- writing ----------------------------------------------------------------------------------
def frame_head(kind: bytes, length: int) -> bytes:
    return FRAME_HEAD.pack(kind, length)


def json_frame(kind: bytes, value: Any) -> bytes:
    body = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return frame_head(kind, len(body)) + body


def original_frame(sha256_hex: str, size: int, chunks: Iterable[bytes]) -> Iterator[bytes | memoryview]:
    """An original's frame as chunks: head + digest, then its bytes as `chunks` gives them.

    The bytes come out as memoryviews: SignedPayload leaves those out of the payload digest.
    """
    yield frame_head(b"O", DIGEST_BYTES + size) + bytes.fromhex(sha256_hex)
    for chunk in chunks:
        yield memoryview(chunk)


def signature_message(digest: bytes) -> bytes:
    """What the sender signs: a fixed context string and the payload's SHA-256."""
    return SIGNATURE_CONTEXT + digest


class SignedPayload:
    """Wraps the frames of a payload: adds the magic first and the signature frame last.

    `sign` turns the payload digest's message into a signature (the sender's Ed25519 key).
    """

    def __init__(self, frames: Iterable[bytes | memoryview], sign: Any) -> None:
        self._frames = frames
        self._sign = sign
        self.size = 0

    def __iter__(self) -> Iterator[bytes | memoryview]:
        digest = hashlib.sha256()
        for chunk in _with_magic(self._frames):
            if not isinstance(chunk, memoryview):  # originals' bytes are bound by their hash
                digest.update(chunk)
            self.size += len(chunk)
            yield chunk
        value = digest.digest()
        signature = self._sign(signature_message(value))
        tail = json_frame(b"S", {"sha256": value.hex(), "ed25519": signature.hex()})
        self.size += len(tail)
        yield tail


def _with_magic(frames: Iterable[bytes | memoryview]) -> Iterator[bytes | memoryview]:
    yield MAGIC
    yield from frames


class ChunkReader(io.RawIOBase):
    """A readable file over an iterator of byte chunks (what age's encryptor reads from)."""

    def __init__(self, chunks: Iterable[bytes | bytearray | memoryview]) -> None:
        self._chunks = iter(chunks)
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        """Up to `size` bytes (age asks for 8 KiB at a time); b"" at the end."""
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return b""
            self._pending = memoryview(chunk)
        n = len(self._pending) if size is None or size < 0 else size
        data = self._pending[:n].tobytes()
        self._pending = self._pending[n:]
        return data

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


# -- reading ----------------------------------------------------------------------------------
class FrameHandler(Protocol):
    """What the reader calls as frames arrive (it raises ShareFormatError on malformed input)."""

    def header(self, value: dict[str, Any]) -> None: ...
    def original_start(self, sha256_hex: str, size: int) -> None: ...
    def original_chunk(self, data: memoryview) -> None: ...
    def original_end(self) -> None: ...
    def record(self, value: dict[str, Any]) -> None: ...
    def signature(self, digest: bytes, signature: bytes) -> None: ...


class PayloadReader(io.RawIOBase):
    """A push parser: age's decryptor `write`s plaintext into it, it calls the handler.

    Everything before the signature frame but originals' bytes is hashed as it passes (the
    handler checks each original against its SHA-256); `finish()` raises unless
    the payload ended exactly after a signature frame. Originals' bytes go to the handler as
    views of what was written, without a copy; everything else is gathered until whole.

    limit  the most bytes the payload can hold (the encrypted file's size: age only adds to it);
           a frame claiming more is refused before the handler is asked to make room for it
    """

    def __init__(self, handler: FrameHandler, *, limit: int = MAX_ORIGINAL) -> None:
        self.handler = handler
        self.limit = limit
        self.digest = hashlib.sha256()
        self.size = 0
        self._buffer = bytearray()  # what is gathered towards the next step
        self._need = len(MAGIC)  # bytes the next step needs
        self._step: Callable[[bytes], None] = self._magic
        self._kind = b""  # the frame being read
        self._length = 0  # its body's length
        self._original_left = 0  # bytes of an original's data still to come
        self._frames = 0
        self._signed = False

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        """Parse `data`. Originals' bytes are handed on as views of it: do not change it after."""
        view = memoryview(data)
        self.size += len(view)
        while True:
            if self._original_left:
                if not view:
                    break
                n = min(self._original_left, len(view))
                self.handler.original_chunk(view[:n])  # not in the digest: checked against its SHA-256
                self._original_left -= n
                view = view[n:]
                if not self._original_left:
                    self._end_original()
                continue
            if self._signed:
                if view:
                    raise ShareFormatError("unexpected data after the signature")
                break
            missing = self._need - len(self._buffer)
            if missing > len(view):
                self._buffer += view
                break
            self._buffer += view[:missing]
            view = view[missing:]
            gathered = bytes(self._buffer)
            self._buffer.clear()
            self._step(gathered)
        return len(data)

    def finish(self) -> None:
        """Call after the last byte: the payload must end right after its signature."""
        if not self._signed or self._buffer or self._original_left:
            raise ShareFormatError("the share file is incomplete (truncated?)")

    def _expect(self, need: int, step: Callable[[bytes], None]) -> None:
        self._need, self._step = need, step

    def _magic(self, magic: bytes) -> None:
        if magic != MAGIC:
            raise ShareFormatError("not a Fieldnotes share (unknown content)")
        self.digest.update(magic)
        self._expect(FRAME_HEAD.size, self._frame_head)

    def _frame_head(self, head: bytes) -> None:
        kind, length = FRAME_HEAD.unpack(head)
        if kind not in (b"H", b"O", b"R", b"S") or (self._frames == 0) != (kind == b"H"):
            raise ShareFormatError("the share's content is out of order (damaged?)")
        if kind != b"O" and length > MAX_JSON_FRAME:
            raise ShareFormatError("a record in the share is too large")
        if kind == b"O" and length < DIGEST_BYTES:
            raise ShareFormatError("an original's frame is damaged")
        if length > min(self.limit, DIGEST_BYTES + MAX_ORIGINAL):  # a damaged or hostile length
            raise ShareFormatError("a frame in the share claims more bytes than the file holds (damaged?)")
        if kind != b"S":
            self.digest.update(head)
        self._kind, self._length, self._frames = kind, length, self._frames + 1
        if kind == b"O":
            self._expect(DIGEST_BYTES, self._original_digest)
        else:
            self._expect(length, self._end_json_frame)

    def _original_digest(self, digest: bytes) -> None:
        self.digest.update(digest)
        self._original_left = self._length - DIGEST_BYTES
        self.handler.original_start(digest.hex(), self._original_left)
        if not self._original_left:
            self._end_original()

    def _end_original(self) -> None:
        self.handler.original_end()
        self._expect(FRAME_HEAD.size, self._frame_head)

    def _end_json_frame(self, body: bytes) -> None:
        kind = self._kind
        self._expect(FRAME_HEAD.size, self._frame_head)
        if kind != b"S":
            self.digest.update(body)
        try:
            value = json.loads(body.decode("utf-8"))
        except (ValueError, RecursionError) as exc:  # RecursionError: arrays nested thousands deep
            raise ShareFormatError("a record in the share is damaged") from exc
        if not isinstance(value, dict):
            raise ShareFormatError("a record in the share is damaged")
        if kind == b"H":
            self.handler.header(value)
        elif kind == b"R":
            self.handler.record(value)
        else:
            self._end_signature(value)

    def _end_signature(self, value: dict[str, Any]) -> None:
        digest = self.digest.digest()
        try:
            claimed, signature = bytes.fromhex(value["sha256"]), bytes.fromhex(value["ed25519"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ShareFormatError("the share's signature frame is damaged") from exc
        if claimed != digest:
            raise ShareFormatError("the share's content does not match its signed hash")
        self._signed = True
        self.handler.signature(digest, signature)


def is_passphrase_file(head: bytes) -> bool:
    """True when an age file's header says it was encrypted to a passphrase (scrypt)."""
    if not head.startswith(AGE_MAGIC):
        raise ShareFormatError("not an age-encrypted share file")
    return b"\n-> scrypt " in head[: head.find(b"\n---")] if b"\n---" in head else b"-> scrypt" in head
