"""The share pipeline's parts: the parser takes the plaintext in any pieces, hashes run on their own
thread and agree with hashlib, and a share or receive that fails half-way leaves nothing behind."""

from __future__ import annotations

import hashlib
import io
import threading
from pathlib import Path
from typing import Any

import pyrage
import pytest
import sqlcipher3

from desktop.progress import Progress
from desktop.store import originals, sharing
from desktop.store.notebook import Notebook
from desktop.store.sharing import format as fmt
from desktop.store.sharing import identity, merge
from desktop.store.sharing.receiver import Receiver
from desktop.store.sharing.streams import HashingReader, HashingWriter, HashThread
from tests.sharing.conftest import add_article, annotate, file_hash

BIG = bytes(range(256)) * 4096 * 3  # 3 MiB: several 1 MiB batches through every stage


def share_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("share-")]


@pytest.fixture
def shared(pair: tuple[Notebook, Notebook], tmp_path: Path) -> tuple[Notebook, Notebook, Path]:
    alice, bob = pair
    article = add_article(alice, "Former soldiers were detained in Takhar.", original=BIG)
    annotate(alice, article, exact="Former soldiers")
    add_article(alice, "A second report, its original small.", title="Second")
    sharing.share(alice, tmp_path / "s.age", to=["Bob"])
    return alice, bob, tmp_path / "s.age"


class Recorder:
    """A frame handler that writes down what the parser calls, originals' bytes joined."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def header(self, value: dict[str, Any]) -> None:
        self.calls.append(("header", value["sender"]))

    def original_start(self, sha256_hex: str, size: int) -> None:
        self.calls.append(("original", [sha256_hex, size, bytearray()]))

    def original_chunk(self, data: memoryview) -> None:
        self.calls[-1][1][2].extend(data)

    def original_end(self) -> None:
        self.calls.append(("end", None))

    def record(self, value: dict[str, Any]) -> None:
        self.calls.append(("record", value["id"]))

    def signature(self, digest: bytes, signature: bytes) -> None:
        self.calls.append(("signature", digest))


def plaintext_of(bob: Notebook, path: Path) -> bytes:
    me = identity.load(bob.db, author=bob.author)
    assert me is not None
    return bytes(pyrage.decrypt(path.read_bytes(), [me.age_identity]))


@pytest.mark.parametrize("piece", [1, 7, 4099, 1 << 20])
def test_the_parser_takes_the_payload_in_any_pieces(
    shared: tuple[Notebook, Notebook, Path], piece: int
) -> None:
    _, bob, path = shared
    plaintext = plaintext_of(bob, path)
    whole, pieces = Recorder(), Recorder()
    fmt.PayloadReader(whole).write(plaintext)
    reader = fmt.PayloadReader(pieces)
    for start in range(0, len(plaintext), piece):
        reader.write(plaintext[start : start + piece])
    reader.finish()
    assert pieces.calls == whole.calls
    originals = [value for kind, value in pieces.calls if kind == "original"]
    assert [bytes(data) for _, _, data in originals if len(data) == len(BIG)] == [BIG]
    assert all(hashlib.sha256(data).hexdigest() == sha for sha, _, data in originals)
    assert pieces.calls[-1][0] == "signature"


def test_an_original_with_no_bytes_arrives(pair: tuple[Notebook, Notebook], tmp_path: Path) -> None:
    alice, bob = pair
    add_article(alice, "A report whose original is an empty file.", original=b"")
    sharing.share(alice, tmp_path / "s.age", to=["Bob"])
    report = sharing.receive(bob, tmp_path / "s.age")
    assert report.counts["originals"] == 1 and bob.count_articles() == 1


def test_the_hash_thread_agrees_with_hashlib() -> None:
    hasher = HashThread()
    try:
        chunks = [b"a" * 10, bytes(range(256)) * 1000, memoryview(b"b" * 100_000)[5:], b"", b"tail"]
        for chunk in chunks:
            hasher.update(chunk)
        assert hasher.hexdigest() == hashlib.sha256(b"".join(bytes(c) for c in chunks)).hexdigest()
        hasher.update(b"next original")  # each digest starts afresh
        assert hasher.hexdigest() == hashlib.sha256(b"next original").hexdigest()
        assert hasher.hexdigest() == hashlib.sha256(b"").hexdigest()
    finally:
        hasher.close()
    with pytest.raises(RuntimeError):
        hasher.hexdigest()  # closed: an error, not a wait for ever


def test_the_hashing_reader_serves_small_reads_and_hashes_the_whole_file() -> None:
    data = bytes(range(256)) * 9000  # more than one read-ahead block
    reader = HashingReader(io.BytesIO(data))
    try:
        parts = [reader.read(8192)]
        buffer = bytearray(1000)
        parts.append(bytes(buffer[: reader.readinto(buffer)]))
        while part := reader.read(65536):
            parts.append(part)
        assert b"".join(parts) == data
        assert reader.digest.hexdigest() == hashlib.sha256(data).hexdigest()
    finally:
        reader.digest.close()
    rest = HashingReader(io.BytesIO(data))
    try:
        assert rest.read(10) + rest.read() == data  # read() to the end: a passphrase share
        assert rest.digest.hexdigest() == hashlib.sha256(data).hexdigest()
    finally:
        rest.digest.close()


def test_a_receive_that_fails_half_way_leaves_the_notebook_unchanged(
    shared: tuple[Notebook, Notebook, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, bob, path = shared
    before = file_hash(bob)
    chunks = 0
    original_chunk = Receiver.original_chunk

    def disk_full_on_the_second_chunk(self: Receiver, data: memoryview) -> None:
        nonlocal chunks
        chunks += 1
        if chunks == 2:
            raise sqlcipher3.OperationalError("database or disk is full")
        original_chunk(self, data)

    monkeypatch.setattr(Receiver, "original_chunk", disk_full_on_the_second_chunk)
    with pytest.raises(sqlcipher3.OperationalError, match="disk is full"):
        sharing.receive(bob, path)
    assert file_hash(bob) == before and bob.count_articles() == 0
    assert share_threads() == []  # age's thread and the hash threads have stopped
    monkeypatch.undo()
    assert sharing.receive(bob, path).counts["added"] == 3


@pytest.mark.parametrize("damaged_index", [0, 1])
def test_a_damaged_original_is_refused_after_its_bytes_were_written(
    pair: tuple[Notebook, Notebook], tmp_path: Path, damaged_index: int
) -> None:
    """Originals are checked on the hash thread while SQLite writes on: a mismatch, in the first
    original or the last, still refuses the file and rolls everything back."""
    alice, bob = pair
    ids = [add_article(alice, f"Report {i}.", original=bytes([i]) + BIG) for i in range(2)]
    with alice.transaction() as db:
        merge.snapshot(db)
        me = identity.ensure(db, author=alice.author)
    bob_me = identity.load(bob.db, author=bob.author)
    assert bob_me is not None
    frames = [fmt.json_frame(b"H", {"format": 1, "sender": me.card.text()})]
    for i, article in enumerate(ids):
        data = bytearray(alice.original(article))
        if i == damaged_index:
            data[len(data) - 10] ^= 1
        frames += fmt.original_frame(alice.article(article).original_sha256, len(data), [bytes(data)])
    frames += [fmt.json_frame(b"R", merge.record_payload(alice.db, "articles", a)) for a in ids]
    plaintext = b"".join(fmt.SignedPayload(frames, me.sign))
    recipient = pyrage.x25519.Recipient.from_str(bob_me.card.age)
    (tmp_path / "bad.age").write_bytes(pyrage.encrypt(plaintext, [recipient]))
    before = file_hash(bob)
    with pytest.raises(sharing.ShareRefused, match="does not match its SHA-256"):
        sharing.receive(bob, tmp_path / "bad.age")
    assert file_hash(bob) == before and bob.count_articles() == 0 and share_threads() == []


def test_a_share_that_fails_reading_the_notebook_leaves_no_file(
    shared: tuple[Notebook, Notebook, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, _, _ = shared
    entries = len(list(alice.db.execute("SELECT seq FROM custody_log")))
    original_chunks = originals.chunks

    def fails_after_one_chunk(db: Any, sha: str, chunk: int) -> tuple[int, Any]:
        size, chunks = original_chunks(db, sha, chunk)

        def failing() -> Any:
            yield next(chunks)
            raise OSError("read error")

        return size, failing()

    monkeypatch.setattr(originals, "chunks", fails_after_one_chunk)
    with pytest.raises(OSError, match="read error"):
        sharing.share(alice, tmp_path / "failed.age", to=["Bob"])
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith("failed")]
    assert len(list(alice.db.execute("SELECT seq FROM custody_log"))) == entries
    assert share_threads() == []


def test_a_share_that_cannot_write_its_file_leaves_no_file(
    shared: tuple[Notebook, Notebook, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The error happens on age's thread; it reaches the caller and the partial file goes."""
    alice, _, _ = shared
    written = 0
    write = HashingWriter.write

    def disk_full_after_a_mib(self: HashingWriter, data: Any) -> int:
        nonlocal written
        written += len(data)
        if written > 1 << 20:
            raise OSError("disk full")
        return write(self, data)

    monkeypatch.setattr(HashingWriter, "write", disk_full_after_a_mib)
    with pytest.raises((OSError, pyrage.EncryptError), match="disk full"):  # age wraps it
        sharing.share(alice, tmp_path / "failed.age", to=["Bob"])
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith("failed")]
    assert share_threads() == []


def test_cancelling_stops_every_thread(shared: tuple[Notebook, Notebook, Path], tmp_path: Path) -> None:
    """What the app's Cancel does, half-way through each direction: no thread is left running."""
    alice, bob, path = shared
    before = file_hash(bob)
    for steps in (
        sharing.share_steps(alice, tmp_path / "cancelled.age", to=["Bob"]),
        sharing.receive_steps(bob, path),
    ):
        next(v for v in steps if isinstance(v, Progress) and v.done > 0)
        assert share_threads()  # the pipeline is running
        steps.close()
        assert share_threads() == []
    assert not (tmp_path / "cancelled.age").exists() and file_hash(bob) == before
