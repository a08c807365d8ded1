"""Byte streams for share files: a bounded hand-off between the notebook's thread and age's, a
SHA-256 on its own thread, and pass-through readers/writers that hash what flows (the file's
SHA-256 for the custody log)."""

from __future__ import annotations

import hashlib
import io
import queue
import threading
from collections.abc import Callable
from typing import Any

HANDOFF_BATCH = 1024 * 1024  # bytes handed between the generator's thread and age's at a time
HANDOFF_DEPTH = 8  # batches in flight: bounds memory, lets reading overlap with the cipher
HANDOFF_WAIT = 0.05  # seconds a blocked side waits before looking whether the other stopped
HASH_DEPTH = 16  # chunks waiting for the hash thread (each at most ~1 MiB)
HASH_DIRECT = 64 * 1024  # chunks this large go to the hash thread as they are; smaller are gathered
READ_AHEAD = 1024 * 1024  # what HashingReader reads from the file at a time


class Stopped(OSError):
    """The other side of a handoff stopped (an error, or the user cancelled)."""


class Handoff:
    """Byte batches from one thread to another through a small queue (None ends the stream).

    Either side may `stop()` it; a side blocked on a full or empty queue then raises Stopped
    instead of waiting for ever.
    """

    def __init__(self) -> None:
        self._queue: queue.Queue[bytes | bytearray | memoryview | None] = queue.Queue(maxsize=HANDOFF_DEPTH)
        self._stopped = threading.Event()

    def stop(self) -> None:
        self._stopped.set()

    def put(self, batch: bytes | bytearray | memoryview | None) -> None:
        while not self._stopped.is_set():
            try:
                self._queue.put(batch, timeout=HANDOFF_WAIT)
                return
            except queue.Full:
                continue
        raise Stopped("the share was stopped")

    def get(self) -> bytes | bytearray | memoryview | None:
        while True:
            try:
                return self._queue.get(timeout=HANDOFF_WAIT)
            except queue.Empty:
                if self._stopped.is_set():
                    raise Stopped("the share was stopped") from None


class HandoffWriter(io.RawIOBase):
    """What age's decryptor writes plaintext into, through `buffered_sink`: each write is a
    batch of about HANDOFF_BATCH bytes, copied (the buffer is reused) and handed over as it is."""

    def __init__(self, handoff: Handoff) -> None:
        self._handoff = handoff

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._handoff.put(bytes(data))  # a new bytes object: the other side may keep views of it
        return len(data)


def buffered_sink(handoff: Handoff) -> io.BufferedWriter:
    """A writer for age that gathers its 8 KiB writes in C and hands on 1 MiB batches.

    (A Python writer would be called 128 times a MiB on age's thread, which holds the GIL.)
    """
    return io.BufferedWriter(HandoffWriter(handoff), buffer_size=HANDOFF_BATCH)


class AgeThread:
    """One age call on a helper thread; `error` holds what it raised. It stops the handoff when
    it ends, so the generator's side never waits on a thread that is gone."""

    def __init__(self, call: Callable[[], None], handoff: Handoff) -> None:
        self.error: BaseException | None = None
        self._call = call
        self._handoff = handoff
        self._thread = threading.Thread(target=self._run, name="share-age", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._call()
        except BaseException as exc:  # handed to the generator's thread, which raises it
            self.error = exc
        finally:
            self._handoff.stop()

    def join(self) -> None:
        self._handoff.stop()
        self._thread.join()


class HashThread:
    """SHA-256 on a helper thread (hashlib releases the GIL), so that hashing overlaps with age's
    cipher and SQLite's writes on the other core.

    `update` keeps large chunks as they are (no copy): the caller must not change a buffer after
    giving it. `hexdigest` waits for what was given, returns its digest and starts a new one, so
    one thread hashes a run of originals one after the other. Memory: HASH_DEPTH chunks.
    """

    def __init__(self) -> None:
        self._pending = bytearray()  # small writes, gathered into one chunk
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=HASH_DEPTH)
        self._digests: queue.Queue[str] = queue.Queue()  # one short string per digest asked for
        self._thread = threading.Thread(target=self._run, name="share-hash", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        digest = hashlib.sha256()
        while (chunk := self._queue.get()) is not None:
            if chunk is _DIGEST:
                self._digests.put(digest.hexdigest())
                digest = hashlib.sha256()
            else:
                digest.update(chunk)

    def update(self, data: bytes | bytearray | memoryview) -> None:
        if len(data) < HASH_DIRECT:
            self._pending += data
            if len(self._pending) >= HASH_DIRECT:
                self._send_pending()
            return
        self._send_pending()
        self._queue.put(data)

    def _send_pending(self) -> None:
        if self._pending:
            self._queue.put(self._pending)
            self._pending = bytearray()

    def hexdigest(self) -> str:
        """The digest of everything given since the last call (or the start)."""
        self.end_digest()
        return self._digests.get()

    def end_digest(self) -> None:
        """End the current digest without waiting for it (`next_digest` returns it, in order)."""
        if not self._thread.is_alive():
            raise RuntimeError("the hash thread was closed")
        self._send_pending()
        self._queue.put(_DIGEST)

    def next_digest(self, *, wait: bool = True) -> str | None:
        """The oldest ended digest not yet returned; None when `wait` is False and it is not ready."""
        try:
            return self._digests.get(block=wait)
        except queue.Empty:
            return None

    def close(self) -> None:
        """Stop the thread (also after a failure; idempotent)."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()


class HashingWriter(io.RawIOBase):
    """Writes through to a file, hashing what passes (the share file's SHA-256 for the log)."""

    def __init__(self, f: Any) -> None:
        self._f = f
        self.digest = HashThread()

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.digest.update(data)  # age hands over a new bytes object each time: safe to keep
        return int(self._f.write(data))


class HashingReader(io.RawIOBase):
    """Reads from a file, hashing each block on the hash thread (the received file's SHA-256 for
    the log). Wrap it in `io.BufferedReader(reader, READ_AHEAD)`: age's 8 KiB reads are then
    served in C, and this reads and hashes 1 MiB at a time."""

    def __init__(self, f: Any) -> None:
        self._f = f
        self.digest = HashThread()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        block = self._read(len(buffer))
        buffer[: len(block)] = block
        return len(block)

    def readall(self) -> bytes:
        """The whole rest (a passphrase share is decrypted whole)."""
        return self._read(-1)

    def _read(self, size: int) -> bytes:
        block: bytes = self._f.read(size)
        self.digest.update(block)  # a new bytes object: kept by the hash thread, not copied
        return block


_DIGEST = object()  # in a HashThread's queue: "send the digest so far"
