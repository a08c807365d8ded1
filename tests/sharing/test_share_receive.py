"""Share to a contact, receive on another notebook: everything arrives, signed and intact."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.store import custody, sharing
from desktop.store.notebook import Notebook
from desktop.store.sharing import identity, merge
from tests.sharing.conftest import add_article, add_event, add_tag, annotate, file_hash, make_notebook, rows

ORIGINAL = bytes(range(256)) * 4096  # 1 MiB of every byte value: the evidentiary copy


def fill(nb: Notebook) -> dict[str, str]:
    article = add_article(
        nb, "Former soldiers were detained in Badakhshan on 5 March.", title="Detentions", original=ORIGINAL
    )
    tag = add_tag(nb, "Persecution/Detention")
    note = annotate(nb, article, exact="Former soldiers were detained", note="key passage", tags=[tag])
    event = add_event(nb, evidence=[note], description="detention of former soldiers", tags=[tag])
    return {"article": article, "tag": tag, "note": note, "event": event}


TABLES = (*merge.RECORD_TABLES, "annotation_tags", "event_evidence", "event_tags", "originals")


def test_share_to_contact_arrives_whole(pair: tuple[Notebook, Notebook], tmp_path: Path) -> None:
    alice, bob = pair
    ids = fill(alice)
    report = sharing.share(alice, tmp_path / "s.age", to=["Bob"])
    assert report.records == 4 and report.originals == 1
    received = sharing.receive(bob, tmp_path / "s.age")
    assert received.signature == "valid" and received.sender == "Alice"
    assert received.counts == {"added": 4, "originals": 1}
    for table in TABLES:
        assert rows(bob, table) == rows(alice, table), table
    original = bob.original(ids["article"])
    assert original == ORIGINAL
    assert hashlib.sha256(original).hexdigest() == bob.article(ids["article"]).original_sha256
    assert [h.id for h in bob.search("soldiers").hits] == [ids["article"]]
    assert [h.id for h in bob.search('tag:"persecution/detention"').hits] == [ids["article"]]


def test_share_and_receive_are_in_the_custody_log(pair: tuple[Notebook, Notebook], tmp_path: Path) -> None:
    alice, bob = pair
    fill(alice)
    report = sharing.share(alice, tmp_path / "s.age", to=["Bob"])
    sharing.receive(bob, tmp_path / "s.age")
    shared = list(custody.entries(alice.db))[-1]
    got = list(custody.entries(bob.db))[-1]
    assert shared.action == "share" and shared.details["to"] == ["Bob"]
    assert got.action == "receive" and got.details["sender"] == "Alice"
    assert shared.details["file_sha256"] == got.details["file_sha256"] == report.file_sha256
    assert got.actor == bob.author
    assert custody.verify(alice.db) == [] and custody.verify(bob.db) == []


def test_passphrase_share(pair: tuple[Notebook, Notebook], tmp_path: Path) -> None:
    alice, bob = pair
    ids = fill(alice)
    sharing.share(alice, tmp_path / "p.age", passphrase="correct horse battery")
    with pytest.raises(sharing.ShareRefused, match="passphrase"):
        sharing.receive(bob, tmp_path / "p.age")
    with pytest.raises(sharing.ShareRefused, match="passphrase is wrong"):
        sharing.receive(bob, tmp_path / "p.age", passphrase="wrong")
    sharing.receive(bob, tmp_path / "p.age", passphrase="correct horse battery")
    assert bob.original(ids["article"]) == ORIGINAL


@pytest.mark.skipif(shutil.which("age") is None, reason="the age command is not installed")
def test_the_age_command_decrypts_a_share(pair: tuple[Notebook, Notebook], tmp_path: Path) -> None:
    alice, bob = pair
    fill(alice)
    sharing.share(alice, tmp_path / "s.age", to=["Bob"])
    me = identity.load(bob.db, author=bob.author)
    assert me is not None
    key = tmp_path / "bob.key"
    key.write_text(str(me.age_identity) + "\n")
    out = subprocess.run(
        ["age", "--decrypt", "-i", str(key), str(tmp_path / "s.age")], capture_output=True, check=True
    ).stdout
    assert out.startswith(b"FIELDNOTES-SHARE/1\n")
    assert ORIGINAL in out


def test_unknown_signer_is_refused_unless_accepted(tmp_path: Path) -> None:
    alice = make_notebook(tmp_path / "a.fieldnotes", "Alice")
    stranger = make_notebook(tmp_path / "s.fieldnotes", "Stranger")
    fill(stranger)
    sharing.share(stranger, tmp_path / "s.age", passphrase="pw")
    before = file_hash(alice)
    with pytest.raises(sharing.ShareRefused, match="not in your contacts"):
        sharing.receive(alice, tmp_path / "s.age", passphrase="pw")
    assert file_hash(alice) == before
    report = sharing.receive(alice, tmp_path / "s.age", passphrase="pw", accept_unverified=True)
    assert report.signature == "unknown signer"
    entry = list(custody.entries(alice.db))[-1]
    assert entry.details["accepted_unverified"] is True and entry.details["sender"] == "Stranger"
    assert alice.count_articles() == 1
    alice.close()
    stranger.close()


def test_share_not_addressed_to_me_is_refused(pair: tuple[Notebook, Notebook], tmp_path: Path) -> None:
    alice, bob = pair
    carol = make_notebook(tmp_path / "c.fieldnotes", "Carol")
    fill(alice)
    sharing.share(alice, tmp_path / "s.age", to=["Bob"])
    with pytest.raises(sharing.ShareRefused, match="not addressed to you"):
        sharing.receive(carol, tmp_path / "s.age")
    carol.close()


def test_receiving_twice_changes_nothing(pair: tuple[Notebook, Notebook], tmp_path: Path) -> None:
    alice, bob = pair
    fill(alice)
    sharing.share(alice, tmp_path / "s.age", to=["Bob"])
    sharing.receive(bob, tmp_path / "s.age")
    snapshot = {t: rows(bob, t) for t in (*TABLES, "record_revisions", "record_heads")}
    again = sharing.receive(bob, tmp_path / "s.age")
    assert again.counts == {"unchanged": 4}
    assert {t: rows(bob, t) for t in snapshot} == snapshot
