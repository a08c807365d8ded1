"""Damaged, truncated and forged share files are refused and leave the notebook byte-identical."""

from __future__ import annotations

from pathlib import Path

import pyrage
import pytest

from desktop.store import sharing
from desktop.store.notebook import Notebook
from desktop.store.sharing import format as fmt
from desktop.store.sharing import identity, merge
from tests.sharing.conftest import add_article, annotate, file_hash, make_notebook

BIG = bytes(range(256)) * 16384  # 4 MiB: more than SQLite's page cache, so pages spill to the WAL


@pytest.fixture
def shared(pair: tuple[Notebook, Notebook], tmp_path: Path) -> tuple[Notebook, bytes]:
    alice, bob = pair
    article = add_article(alice, "A report on detentions in Takhar.", original=BIG)
    annotate(alice, article, exact="detentions")
    sharing.share(alice, tmp_path / "s.age", to=["Bob"])
    return bob, (tmp_path / "s.age").read_bytes()


def refused(bob: Notebook, path: Path, data: bytes) -> None:
    path.write_bytes(data)
    before = file_hash(bob)
    with pytest.raises(sharing.ShareRefused):
        sharing.receive(bob, path)
    assert file_hash(bob) == before
    assert bob.count_articles() == 0


@pytest.mark.parametrize("where", [30, 200, 0.5, 0.9, -1])
def test_a_flipped_byte_is_refused(shared: tuple[Notebook, bytes], tmp_path: Path, where: float) -> None:
    bob, data = shared
    at = int(len(data) * where) if isinstance(where, float) else where
    damaged = bytearray(data)
    damaged[at] ^= 0x01
    refused(bob, tmp_path / "damaged.age", bytes(damaged))


@pytest.mark.parametrize("keep", [0.2, 0.6, 0.99, -1])
def test_a_truncated_file_is_refused(shared: tuple[Notebook, bytes], tmp_path: Path, keep: float) -> None:
    bob, data = shared
    cut = len(data) - 1 if keep == -1 else int(len(data) * keep)
    refused(bob, tmp_path / "short.age", data[:cut])


def test_the_intact_file_is_then_received(shared: tuple[Notebook, bytes], tmp_path: Path) -> None:
    bob, data = shared
    refused(bob, tmp_path / "short.age", data[:-100])
    (tmp_path / "ok.age").write_bytes(data)
    sharing.receive(bob, tmp_path / "ok.age")
    assert bob.count_articles() == 1


def forged(
    sender_card: str, signer: identity.Identity, payload_records: list[bytes | memoryview], to: str
) -> bytes:
    """A payload claiming `sender_card` but signed by `signer`, encrypted to `to`."""
    header = {
        "format": 1,
        "created": "",
        "sender": sender_card,
        "notebook": "",
        "selection": {},
        "counts": {},
    }
    frames: list[bytes | memoryview] = [fmt.json_frame(b"H", header), *payload_records]
    plaintext = b"".join(fmt.SignedPayload(frames, signer.sign))
    return pyrage.encrypt(plaintext, [pyrage.x25519.Recipient.from_str(to)])


def test_a_forged_signature_is_refused(pair: tuple[Notebook, Notebook], tmp_path: Path) -> None:
    alice, bob = pair
    mallory = make_notebook(tmp_path / "m.fieldnotes", "Mallory")
    article = add_article(mallory, "A planted report.")
    with mallory.transaction() as db:
        merge.snapshot(db)
        m = identity.ensure(db, author=mallory.author)
    original = list(
        fmt.original_frame(mallory.article(article).original_sha256, 17, [mallory.original(article)])
    )
    record = fmt.json_frame(b"R", merge.record_payload(mallory.db, "articles", article))
    alice_card = identity.load(alice.db, author=alice.author)
    bob_me = identity.load(bob.db, author=bob.author)
    assert alice_card is not None and bob_me is not None
    data = forged(alice_card.card.text(), m, [*original, record], bob_me.card.age)
    path = tmp_path / "forged.age"
    path.write_bytes(data)
    before = file_hash(bob)
    with pytest.raises(sharing.ShareRefused, match="signature does not match"):
        sharing.receive(bob, path)
    assert file_hash(bob) == before
    mallory.close()


def test_a_record_whose_hash_was_changed_is_refused(pair: tuple[Notebook, Notebook], tmp_path: Path) -> None:
    """Even a correctly signed share cannot carry a revision that does not match its hash."""
    alice, bob = pair
    article = add_article(alice, "A report.")
    with alice.transaction() as db:
        merge.snapshot(db)
        me = identity.ensure(db, author=alice.author)
    value = merge.record_payload(alice.db, "articles", article)
    value["revisions"][0]["content"]["title"] = "Changed"
    bob_me = identity.load(bob.db, author=bob.author)
    assert bob_me is not None
    original = fmt.original_frame(
        alice.article(article).original_sha256, len(b"A report."), [alice.original(article)]
    )
    frames = [*original, fmt.json_frame(b"R", value)]
    (tmp_path / "bad.age").write_bytes(forged(me.card.text(), me, frames, bob_me.card.age))
    before = file_hash(bob)
    with pytest.raises(merge.MergeError, match="does not match its hash"):
        sharing.receive(bob, tmp_path / "bad.age")
    assert file_hash(bob) == before
