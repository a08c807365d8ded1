"""Share files: write a signed, age-encrypted share of the notebook (or a selection), receive one.

Writing streams records and originals from the notebook through age's encryptor into the file;
receiving streams age's decryptor into a push parser (share_format) that merges inside ONE
transaction, committed only when the signature, every original's hash and every revision's
hash check out. Nothing decrypted touches the disk outside the (encrypted) notebook, and a
refused file rolls back, leaving the notebook file byte-for-byte as it was.

Both directions are generators (`share_steps`, `receive_steps`) that yield `Progress` in bytes
and then their report, so the app can show progress and cancel: closing a share generator
removes the partial file, closing a receive generator rolls the merge back. `share` and
`receive` run them to the end.

The work is a pipeline over the machine's cores: age runs on a helper thread that exchanges
1 MiB batches with the generator's thread through a small queue, and SHA-256s (the file's, and
on receive each original's) run on hash threads (share_streams). SQLite and hashlib release the
GIL; age (pyrage) holds it while it works, so it runs beside them but not beside Python code,
which is why its 8 KiB reads and writes are served in C. The notebook is only ever touched on the
generator's own thread. Each byte is hashed once per digest: originals are bound by the hash
the sender's notebook already holds, so sending does not hash them again.

Memory: recipient shares stream both ways (one record plus a few dozen MiB of buffers and
queues at most, whatever the notebook's size); passphrase shares are held whole in memory,
twice (pyrage's scrypt API takes and returns bytes), so large shares should go to recipients.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Generator, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pyrage

from desktop.progress import Progress
from desktop.store import custody, originals
from desktop.store.errors import NotebookError
from desktop.store.ids import now
from desktop.store.notebook import Notebook
from desktop.store.sharing import contacts, identity, merge
from desktop.store.sharing import format as fmt
from desktop.store.sharing.receiver import Receiver
from desktop.store.sharing.selection import Selection as Selection
from desktop.store.sharing.selection import linked
from desktop.store.sharing.selection import select as select
from desktop.store.sharing.streams import (
    HANDOFF_BATCH,
    READ_AHEAD,
    AgeThread,
    Handoff,
    HashingReader,
    HashingWriter,
    Stopped,
    buffered_sink,
)

# Re-exported: callers catch and read these as sharing.UnverifiedSender etc.
from desktop.store.sharing.types import ReceiveReport as ReceiveReport
from desktop.store.sharing.types import ShareRefused as ShareRefused
from desktop.store.sharing.types import ShareReport as ShareReport
from desktop.store.sharing.types import UnverifiedSender as UnverifiedSender

BLOB_CHUNK = 1024 * 1024
HEAD_BYTES = 4096
SHARE_LABEL = "Encrypting the share"
RECEIVE_LABEL = "Decrypting and merging"
T = TypeVar("T")


# -- running the steps -----------------------------------------------------------------------------
def run_to_end(steps: Iterator[Progress | T]) -> T:
    """Drive a `*_steps` generator to the end and return the report it yields last."""
    result: Any = None
    for value in steps:
        if not isinstance(value, Progress):
            result = value
    assert result is not None, "the steps ended without a report"
    return result


# -- writing a share -------------------------------------------------------------------------------
def share(
    nb: Notebook,
    out: Path | str,
    *,
    to: Iterable[str] = (),
    passphrase: str | None = None,
    selection: Selection | None = None,
    description: dict[str, Any] | None = None,
) -> ShareReport:
    """Write a share file (see `share_steps`) and return its report."""
    return run_to_end(
        share_steps(nb, out, to=to, passphrase=passphrase, selection=selection, description=description)
    )


def share_steps(
    nb: Notebook,
    out: Path | str,
    *,
    to: Iterable[str] = (),
    passphrase: str | None = None,
    selection: Selection | None = None,
    description: dict[str, Any] | None = None,
) -> Iterator[Progress | ShareReport]:
    """Write a share file to `out` for the contacts named in `to`, or for `passphrase`.

    Yields Progress (payload bytes written of an estimate) and, last, the ShareReport.
    selection    what `select` picked (None: the whole notebook)
    description  the choice in words, for the header and the custody log
    Recipient shares are also encrypted to this notebook's own key, so you can open your own.
    Raises NotFound for an unknown contact, NotebookError when neither `to` nor a passphrase
    is given. The file appears complete or not at all (written aside, then renamed); closing
    the generator early removes the partial file and logs nothing.
    """
    names = tuple(to)
    if bool(names) == (passphrase is not None):
        raise NotebookError("share to contacts or to a passphrase (one of the two)")
    out = Path(out)
    with nb.transaction() as db:
        me = identity.ensure(db, author=nb.author)
        recipients = [contacts.get(db, name).card.age for name in names]
        merge.snapshot(db)
    chosen = selection if selection is not None else select(nb)
    header = {
        "format": 1,
        "created": now(),
        "sender": me.card.text(),
        "notebook": nb.author,
        "selection": description or {"whole": True},
        "counts": {t: len(ids) for t, ids in chosen.items()},
    }
    partial = out.with_name(out.name + ".partial")
    try:
        originals, file_hash = yield from _write(nb, partial, header, chosen, me, recipients, passphrase)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    report = ShareReport(out, file_hash, sum(len(v) for v in chosen.values()), originals, names)
    _log_share(nb, report, header["selection"])
    yield report


def _log_share(nb: Notebook, report: ShareReport, selection: Any) -> None:
    with nb.transaction() as db:
        custody.append(
            db,
            actor=nb.author,
            action="share",
            details={
                "file": report.path.name,
                "file_sha256": report.file_sha256,
                "to": list(report.recipients) or "passphrase",
                "selection": selection,
                "records": report.records,
                "originals": report.originals,
            },
        )


def _write(
    nb: Notebook,
    path: Path,
    header: dict[str, Any],
    chosen: Selection,
    me: identity.Identity,
    recipients: list[str],
    passphrase: str | None,
) -> Generator[Progress, None, tuple[int, str]]:
    """Stream the signed payload through age into `path`. Returns (originals, file SHA-256)."""
    own_read = not nb.conn.in_transaction
    if own_read:
        nb.conn.execute("BEGIN")  # one consistent read of the notebook for the whole payload
    try:
        shas = sorted(_original_shas(nb, chosen["articles"]))
        total = _estimated_size(nb, chosen, shas)
        payload = fmt.SignedPayload(_frames(nb, header, chosen, shas), me.sign)
        with open(path, "wb") as f:
            sink = HashingWriter(f)
            try:
                if passphrase is not None:
                    parts: list[bytes | memoryview] = []
                    yield from _metered(payload, parts.append, total)
                    sink.write(pyrage.passphrase.encrypt(b"".join(parts), passphrase))
                else:
                    own = [me.card.age] if me.card.age not in recipients else []
                    keys = [pyrage.x25519.Recipient.from_str(r) for r in recipients + own]
                    yield from _encrypt(payload, sink, keys, total)
                file_hash = sink.digest.hexdigest()
            finally:
                sink.digest.close()
            f.flush()
            os.fsync(f.fileno())
    finally:
        if own_read:
            nb.conn.execute("COMMIT")
    return len(shas), file_hash


def _encrypt(
    payload: Iterable[bytes | memoryview], sink: Any, keys: list[Any], total: int
) -> Iterator[Progress]:
    """age's encryptor on a helper thread reads the payload that this thread hands it."""
    handoff = Handoff()
    # age reads 8 KiB at a time: io.BufferedReader serves those in C from 1 MiB reads of the chunks
    source = io.BufferedReader(fmt.ChunkReader(iter(handoff.get, None)), HANDOFF_BATCH)
    age = AgeThread(lambda: pyrage.encrypt_io(source, sink, keys), handoff)
    batch = bytearray()

    def send(chunk: bytes | memoryview) -> None:
        if len(chunk) >= HANDOFF_BATCH:  # an original's 1 MiB chunk goes as it is: no copy
            if batch:
                handoff.put(bytes(batch))
                batch.clear()
            handoff.put(chunk)
            return
        batch.extend(chunk)
        if len(batch) >= HANDOFF_BATCH:
            handoff.put(bytes(batch))
            batch.clear()

    try:
        yield from _metered(payload, send, total)
        handoff.put(bytes(batch))
        handoff.put(None)
    except Stopped:
        pass  # age stopped early: its error is raised below
    finally:
        age.join()  # after the end of the stream it has all it needs; else this stops it
    if age.error is not None:
        raise age.error


def _metered(
    chunks: Iterable[bytes | memoryview], send: Callable[[Any], None], total: int
) -> Iterator[Progress]:
    """Pass each chunk to `send`, yielding Progress about every HANDOFF_BATCH bytes."""
    done, next_report = 0, HANDOFF_BATCH
    yield Progress(0, total, SHARE_LABEL)
    for chunk in chunks:
        send(chunk)
        done += len(chunk)
        if done >= next_report:
            total = max(total, done)
            yield Progress(done, total, SHARE_LABEL)
            next_report = done + HANDOFF_BATCH
    yield Progress(max(total, done), max(total, done), SHARE_LABEL)


def _estimated_size(nb: Notebook, chosen: Selection, shas: list[str]) -> int:
    """About how many payload bytes the share will have (for a progress bar, not exact)."""
    # the size column sits before the blob (schema step 7): reading it never walks the blob's pages
    total = _summed(nb, "SELECT sum(size) FROM originals WHERE sha256 IN ({})", shas)
    total += _summed(
        nb, "SELECT sum(length(CAST(text AS BLOB))) FROM articles WHERE id IN ({})", chosen["articles"]
    )
    for table in merge.RECORD_TABLES:
        per_revision = "SELECT sum(length(CAST(content AS BLOB)) + 200) FROM record_revisions WHERE "
        total += _summed(nb, per_revision + f"table_name = '{table}' AND record_id IN ({{}})", chosen[table])
    return max(total, 1)


def _summed(nb: Notebook, sql: str, ids: Iterable[str]) -> int:
    batch, total = sorted(ids), 0
    for start in range(0, len(batch), 500):
        part = batch[start : start + 500]
        total += nb.db.execute(sql.format(",".join("?" * len(part))), part).fetchone()[0] or 0
    return int(total)


def _original_shas(nb: Notebook, article_ids: set[str]) -> set[str]:
    return linked(nb.db, "articles", "original_sha256", "id", article_ids)


def _frames(
    nb: Notebook, header: dict[str, Any], chosen: Selection, shas: list[str]
) -> Iterator[bytes | memoryview]:
    """Header, originals (so articles find theirs), then records, referred-to tables first."""
    yield fmt.json_frame(b"H", header)
    for sha in shas:
        # whole bytes, whatever form the notebook keeps them in (the share's format is unchanged)
        size, chunks = originals.chunks(nb.db, sha, BLOB_CHUNK)
        yield from fmt.original_frame(sha, size, chunks)
    for table in merge.RECORD_TABLES:
        for record_id in sorted(chosen[table]):
            yield fmt.json_frame(b"R", merge.record_payload(nb.db, table, record_id))


# -- receiving a share -----------------------------------------------------------------------------
def needs_passphrase(path: Path | str) -> bool:
    """True when the share file at `path` was made for a passphrase (not for contacts).

    Raises ShareFormatError when it is not an age file, OSError when it cannot be read.
    """
    with open(path, "rb") as f:
        return fmt.is_passphrase_file(f.read(HEAD_BYTES))


def receive(
    nb: Notebook, path: Path | str, *, accept_unverified: bool = False, passphrase: str | None = None
) -> ReceiveReport:
    """Decrypt, verify and merge a share file (see `receive_steps`). Returns what it did."""
    return run_to_end(receive_steps(nb, path, accept_unverified=accept_unverified, passphrase=passphrase))


def receive_steps(
    nb: Notebook, path: Path | str, *, accept_unverified: bool = False, passphrase: str | None = None
) -> Iterator[Progress | ReceiveReport]:
    """Decrypt, verify and merge a share file in one transaction.

    Yields Progress (bytes of the file processed) and, last, the ReceiveReport.
    accept_unverified  merge even when the signer is unknown or the signature is bad (the
                       custody log records that it was accepted unverified)
    passphrase         for a share made with --passphrase
    Raises UnverifiedSender (nothing changed) for an unknown or bad signer without
    accept_unverified, ShareRefused (nothing changed) for a file that is damaged, truncated or
    not for this notebook. Closing the generator early rolls everything back.
    """
    path = Path(path)
    me = identity.load(nb.db, author=nb.author)
    size = max(path.stat().st_size, 1)
    with open(path, "rb") as f:
        protected = fmt.is_passphrase_file(f.read(HEAD_BYTES))
        f.seek(0)
        if protected and passphrase is None:
            raise ShareRefused(f"{path.name} is protected by a passphrase: give it to receive the share")
        if not protected and me is None:
            raise ShareRefused(f"{path.name} cannot be for this notebook: it has no identity yet")
        source = HashingReader(f)
        try:
            with nb.transaction() as db:
                merge.snapshot(db)
                receiver = Receiver(nb, me, accept_unverified=accept_unverified)
                try:
                    reader = fmt.PayloadReader(receiver, limit=size)
                    yield from _decrypt(source, reader, me, passphrase, size)
                    reader.finish()
                    receiver.finish()
                finally:
                    receiver.close()
                nb.reindex(set(receiver.articles))
                receiver.report.file_sha256 = source.digest.hexdigest()
                _log_receive(nb, path, receiver.report, accept_unverified)
        finally:
            source.digest.close()
    yield receiver.report


def _decrypt(
    source: Any, reader: fmt.PayloadReader, me: identity.Identity | None, passphrase: str | None, size: int
) -> Iterator[Progress]:
    """Run age's decryptor into the reader, yielding progress; age errors become ShareRefused."""
    yield Progress(0, size, RECEIVE_LABEL)
    try:
        if passphrase is not None:
            plaintext = memoryview(pyrage.passphrase.decrypt(source.read(), passphrase))
            for start in range(0, len(plaintext), BLOB_CHUNK):
                reader.write(plaintext[start : start + BLOB_CHUNK])
                yield Progress(min(reader.size, size), size, RECEIVE_LABEL)
        else:
            assert me is not None
            yield from _decrypt_streaming(source, reader, me.age_identity, size)
    except (pyrage.DecryptError, OSError) as exc:  # OSError: a damaged or truncated stream
        raise ShareRefused(
            "cannot decrypt the share: it is damaged or truncated, "
            + ("or the passphrase is wrong" if passphrase is not None else "or it is not addressed to you")
        ) from exc
    yield Progress(size, size, RECEIVE_LABEL)


def _decrypt_streaming(source: Any, reader: fmt.PayloadReader, key: Any, size: int) -> Iterator[Progress]:
    """age's decryptor on a helper thread; this thread feeds its plaintext to the reader (which
    writes to the notebook, so it must stay on the notebook's thread)."""
    handoff = Handoff()
    sink = buffered_sink(handoff)

    def decrypt() -> None:
        pyrage.decrypt_io(io.BufferedReader(source, READ_AHEAD), sink, [key])
        sink.flush()
        handoff.put(None)

    age = AgeThread(decrypt, handoff)
    try:
        while (batch := handoff.get()) is not None:
            reader.write(batch)
            yield Progress(min(reader.size, size), size, RECEIVE_LABEL)
    except Stopped:
        pass  # age ended early: its error is raised below
    finally:
        age.join()
    if age.error is not None:
        raise age.error


def _log_receive(nb: Notebook, path: Path, report: ReceiveReport, accepted: bool) -> None:
    custody.append(
        nb.db,
        actor=nb.author,
        action="receive",
        details={
            "file": path.name,
            "file_sha256": report.file_sha256,
            "sender": report.sender,
            "fingerprint": report.fingerprint,
            "signature": report.signature,
            "accepted_unverified": accepted and report.signature != "valid",
            "counts": report.counts,
        },
    )
