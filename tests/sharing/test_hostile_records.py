"""Hostile shares that get past age and the hashes: records well hashed and signed from a contact but
holding values SQLite cannot store (an integer past 64 bits, a list where a text belongs), links
that are not lists, JSON nested thousands deep. Each is refused in one line, the notebook
byte-identical, never a traceback."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pyrage
import pytest

from desktop.cli import main
from desktop.store import sharing
from desktop.store.errors import NotebookError
from desktop.store.notebook import Notebook
from desktop.store.sharing import format as fmt
from desktop.store.sharing import identity, merge
from tests.sharing.conftest import add_article, add_tag, annotate, file_hash
from tests.sharing.test_refusals import forged


def rehashed(value: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """The record with its one revision's content changed and its hash recomputed, as a hostile
    sender (who knows the hashing, it is no secret) would make it."""
    rev = value["revisions"][0]
    rev["content"].update(changes)
    content_hash = merge.sha256_text(merge.canonical(rev["content"]))
    rev["hash"] = merge.revision_hash(value["table"], value["id"], tuple(rev["parents"]), content_hash)
    return value


@pytest.mark.parametrize(
    "changes",
    [
        {"color": 2**70},  # OverflowError when bound
        {"path": ["a", "list"]},  # not a value SQLite binds
        {"description": {"an": "object"}},
    ],
    ids=["int-past-64-bits", "list", "object"],
)
def test_a_signed_record_with_values_sqlite_cannot_hold_is_refused(
    pair: tuple[Notebook, Notebook], tmp_path: Path, changes: dict[str, Any]
) -> None:
    alice, bob = pair
    tag = add_tag(alice, "Violations/Detention")
    with alice.transaction() as db:
        merge.snapshot(db)
        me = identity.ensure(db, author=alice.author)
    value = rehashed(merge.record_payload(alice.db, "tags", tag), **changes)
    bob_me = identity.load(bob.db, author=bob.author)
    assert bob_me is not None
    share = tmp_path / "hostile.age"
    share.write_bytes(forged(me.card.text(), me, [fmt.json_frame(b"R", value)], bob_me.card.age))
    before = file_hash(bob)
    with pytest.raises(NotebookError) as refused:
        sharing.receive(bob, share)
    assert str(refused.value).startswith("a record in the share does not fit this notebook")
    assert "\n" not in str(refused.value)
    assert file_hash(bob) == before


def test_links_that_are_not_a_list_are_refused_from_the_cli(
    pair: tuple[Notebook, Notebook], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    alice, bob = pair
    article = add_article(alice, "A report on detentions in Takhar.", original=b"the original")
    note = annotate(alice, article, exact="detentions")
    with alice.transaction() as db:
        merge.snapshot(db)
        me = identity.ensure(db, author=alice.author)
    annotation = merge.record_payload(alice.db, "annotations", note)
    frames: list[bytes | memoryview] = [
        *fmt.original_frame(alice.article(article).original_sha256, 12, [b"the original"]),
        fmt.json_frame(b"R", merge.record_payload(alice.db, "articles", article)),
        fmt.json_frame(b"R", rehashed(annotation, _annotation_tags=7)),
    ]
    bob_me = identity.load(bob.db, author=bob.author)
    assert bob_me is not None
    share = tmp_path / "links.age"
    share.write_bytes(forged(me.card.text(), me, frames, bob_me.card.age))
    before = file_hash(bob)
    bob.close()
    capsys.readouterr()
    assert main(["--notebook", str(bob.path), "receive", str(share)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("fieldnotes: a record in the share does not fit this notebook"), err
    assert len(err.strip().splitlines()) == 1
    with Notebook.open(bob.path, None) as again:
        assert file_hash(again) == before


def test_a_header_nested_thousands_deep_is_refused_in_one_line(
    pair: tuple[Notebook, Notebook], tmp_path: Path
) -> None:
    """Python's JSON reader recurses once per bracket: a frame of 100,000 is a damaged share."""
    _, bob = pair
    bob_me = identity.load(bob.db, author=bob.author)
    assert bob_me is not None
    body = b"[" * 100_000
    payload = fmt.MAGIC + fmt.frame_head(b"H", len(body)) + body
    share = tmp_path / "deep.age"
    share.write_bytes(pyrage.encrypt(payload, [pyrage.x25519.Recipient.from_str(bob_me.card.age)]))
    before = file_hash(bob)
    with pytest.raises(sharing.ShareRefused, match="^a record in the share is damaged$"):
        sharing.receive(bob, share, accept_unverified=True)
    assert file_hash(bob) == before


def test_a_card_nested_thousands_deep_is_a_damaged_card() -> None:
    text = identity.CARD_PREFIX + base64.b64encode(b"[" * 100_000).decode("ascii")
    with pytest.raises(identity.BadCard, match="damaged"):
        identity.parse_card(text)
