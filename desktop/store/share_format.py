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
import queue
import struct
import threading
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from desktop.store.errors import NotebookError

MAGIC = b"FIELDNOTES-SHARE/1\n"
SIGNATURE_CONTEXT = b"fieldnotes-share/1 payload sha256\n"
FRAME_HEAD = struct.Struct(">cQ")
MAX_JSON_FRAME = 256 * 1024 * 1024  # one record (an article with its text) or the header
DIGEST_BYTES = 32
AGE_MAGIC = b"age-encryption.org/v1\n"


class ShareFormatError(NotebookError):
    """The share's content is malformed, truncated or tampered with."""


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

    def __init__(self, chunks: Iterable[bytes | memoryview]) -> None:
        self._chunks = iter(chunks)
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._pending = memoryview(chunk)
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


class BackgroundHash:
    """SHA-256 computed on another thread (hashlib releases the GIL), fed in 1 MiB batches.

    Used for the share file's own hash, so that hashing overlaps with age's cipher.
    """

    BATCH = 1024 * 1024

    def __init__(self) -> None:
        self._digest = hashlib.sha256()
        self._pending = bytearray()
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=8)
        self._thread = threading.Thread(target=self._run, name="share-file-hash", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (batch := self._queue.get()) is not None:
            self._digest.update(batch)

    def update(self, data: Any) -> None:
        self._pending += data
        if len(self._pending) >= self.BATCH:
            self._queue.put(bytes(self._pending))
            self._pending.clear()

    def hexdigest(self) -> str:
        """The digest of everything given (call at the end)."""
        self.close()
        return self._digest.hexdigest()

    def close(self) -> None:
        """Hash what is pending and stop the thread (also after a failure; idempotent)."""
        if self._thread.is_alive():
            self._queue.put(bytes(self._pending))
            self._queue.put(None)
            self._thread.join()


# -- reading ----------------------------------------------------------------------------------
class FrameHandler(Protocol):
    """What the reader calls as frames arrive (it raises ShareFormatError on malformed input)."""

    def header(self, value: dict[str, Any]) -> None: ...
    def original_start(self, sha256_hex: str, size: int) -> None: ...
    def original_chunk(self, data: bytes) -> None: ...
    def original_end(self) -> None: ...
    def record(self, value: dict[str, Any]) -> None: ...
    def signature(self, digest: bytes, signature: bytes) -> None: ...


class PayloadReader(io.RawIOBase):
    """A push parser: age's decryptor `write`s plaintext into it, it calls the handler.

    Everything before the signature frame but originals' bytes is hashed as it passes (the
    handler checks each original against its SHA-256); `finish()` raises unless
    the payload ended exactly after a signature frame.
    """

    def __init__(self, handler: FrameHandler) -> None:
        self.handler = handler
        self.digest = hashlib.sha256()
        self.size = 0
        self._buffer = bytearray()
        self._magic_seen = False
        self._kind = b""  # the frame being read ("" between frames)
        self._left = 0  # body bytes of that frame still to come
        self._original_left = -1  # for O frames: bytes of data still to come (-1: digest first)
        self._frames = 0
        self._signed = False

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self.size += len(chunk)
        self._buffer += chunk
        while self._step():
            pass
        return len(chunk)

    def finish(self) -> None:
        """Call after the last byte: the payload must end right after its signature."""
        if not self._signed or self._kind or self._buffer:
            raise ShareFormatError("the share file is incomplete (truncated?)")

    def _take(self, n: int) -> bytes:
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        return data

    def _step(self) -> bool:
        """Consume what can be consumed from the buffer; False when more input is needed."""
        if not self._magic_seen:
            if len(self._buffer) < len(MAGIC):
                return False
            if self._take(len(MAGIC)) != MAGIC:
                raise ShareFormatError("not a Fieldnotes share (unknown content)")
            self.digest.update(MAGIC)
            self._magic_seen = True
            return True
        if self._signed:
            if self._buffer:
                raise ShareFormatError("unexpected data after the signature")
            return False
        if not self._kind:
            return self._start_frame()
        if self._kind == b"O":
            return self._original_step()
        if len(self._buffer) < self._left:
            return False
        self._end_json_frame(self._take(self._left))
        return True

    def _start_frame(self) -> bool:
        if len(self._buffer) < FRAME_HEAD.size:
            return False
        head = self._take(FRAME_HEAD.size)
        kind, length = FRAME_HEAD.unpack(head)
        if kind not in (b"H", b"O", b"R", b"S") or (self._frames == 0) != (kind == b"H"):
            raise ShareFormatError("the share's content is out of order (damaged?)")
        if kind != b"O" and length > MAX_JSON_FRAME:
            raise ShareFormatError("a record in the share is too large")
        if kind == b"O" and length < DIGEST_BYTES:
            raise ShareFormatError("an original's frame is damaged")
        if kind != b"S":
            self.digest.update(head)
        self._kind, self._left, self._frames = kind, length, self._frames + 1
        self._original_left = -1
        return True

    def _original_step(self) -> bool:
        if self._original_left < 0:
            if len(self._buffer) < DIGEST_BYTES:
                return False
            digest = self._take(DIGEST_BYTES)
            self.digest.update(digest)
            self._original_left = self._left - DIGEST_BYTES
            self.handler.original_start(digest.hex(), self._original_left)
        n = min(self._original_left, len(self._buffer))
        if n:
            data = self._take(n)
            self.handler.original_chunk(data)  # not in the digest: checked against its SHA-256
            self._original_left -= n
        if self._original_left == 0:
            self.handler.original_end()
            self._kind = b""
            return True
        return False

    def _end_json_frame(self, body: bytes) -> None:
        kind, self._kind = self._kind, b""
        if kind != b"S":
            self.digest.update(body)
        try:
            value = json.loads(body.decode("utf-8"))
        except ValueError as exc:
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
