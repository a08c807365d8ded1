"""Byte streams for share files: a bounded hand-off between the notebook's thread and age's, and
pass-through readers/writers that hash what flows (the file's SHA-256 for the custody log)."""

from __future__ import annotations

import io
import queue
import threading
from collections.abc import Callable
from typing import Any

from desktop.store import share_format as fmt

HANDOFF_BATCH = 1024 * 1024  # bytes handed between the generator's thread and age's at a time
HANDOFF_DEPTH = 8  # batches in flight: bounds memory, lets reading overlap with the cipher
HANDOFF_WAIT = 0.05  # seconds a blocked side waits before looking whether the other stopped


class Stopped(OSError):
    """The other side of a handoff stopped (an error, or the user cancelled)."""


class Handoff:
    """Byte batches from one thread to another through a small queue (None ends the stream).

    Either side may `stop()` it; a side blocked on a full or empty queue then raises Stopped
    instead of waiting for ever.
    """

    def __init__(self) -> None:
        self._queue: queue.Queue[bytes | memoryview | None] = queue.Queue(maxsize=HANDOFF_DEPTH)
        self._stopped = threading.Event()

    def stop(self) -> None:
        self._stopped.set()

    def put(self, batch: bytes | memoryview | None) -> None:
        while not self._stopped.is_set():
            try:
                self._queue.put(batch, timeout=HANDOFF_WAIT)
                return
            except queue.Full:
                continue
        raise Stopped("the share was stopped")

    def get(self) -> bytes | memoryview | None:
        while True:
            try:
                return self._queue.get(timeout=HANDOFF_WAIT)
            except queue.Empty:
                if self._stopped.is_set():
                    raise Stopped("the share was stopped") from None


class HandoffWriter(io.RawIOBase):
    """What age's decryptor writes plaintext into: gathers 1 MiB batches for the handoff."""

    def __init__(self, handoff: Handoff) -> None:
        self._handoff = handoff
        self._batch = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._batch += data
        if len(self._batch) >= HANDOFF_BATCH:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self._batch:
            self._handoff.put(bytes(self._batch))
            self._batch.clear()


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


class HashingWriter(io.RawIOBase):
    """Writes through to a file, hashing what passes (the share file's SHA-256 for the log)."""

    def __init__(self, f: Any) -> None:
        self._f = f
        self.digest = fmt.BackgroundHash()

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.digest.update(data)
        return int(self._f.write(data))


class HashingReader(io.RawIOBase):
    """Reads from a file, hashing what passes (the received file's SHA-256 for the log)."""

    def __init__(self, f: Any) -> None:
        self._f = f
        self.digest = fmt.BackgroundHash()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = int(self._f.readinto(buffer))
        self.digest.update(memoryview(buffer)[:n])
        return n
