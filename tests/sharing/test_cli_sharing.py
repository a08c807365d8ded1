"""The sharing commands as a user types them: identity, contacts, share, receive, log --verify."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.store import sharing
from desktop.store.notebook import Notebook


@pytest.fixture
def people(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_home: Path) -> dict[str, str]:
    """Two unencrypted notebooks, Alice's holding one imported article; paths by name."""
    monkeypatch.delenv("FIELDNOTES_SHARE_PASSPHRASE", raising=False)
    paths = {name: str(tmp_path / f"{name}.fieldnotes") for name in ("alice", "bob")}
    for path in paths.values():
        assert main(["new", path, "--no-passphrase"]) == 0
    article = tmp_path / "kunduz.txt"
    article.write_text("The Taliban detained twelve former police officers in Kunduz.", encoding="utf-8")
    assert main(["--notebook", paths["alice"], "import", str(article)]) == 0
    return paths


def fieldnotes(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def card_of(capsys: pytest.CaptureFixture[str], path: str, name: str) -> str:
    code, out, _ = fieldnotes(capsys, "--notebook", path, "identity", "show", "--name", name)
    assert code == 0 and f"name         {name}" in out
    return out.strip().splitlines()[-1]


def test_share_to_a_contact_and_receive(
    people: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    alice, bob = people["alice"], people["bob"]
    bob_card = card_of(capsys, bob, "Bob")
    alice_card = card_of(capsys, alice, "Alice")
    assert fieldnotes(capsys, "--notebook", alice, "contacts", "add", "Bob", bob_card)[0] == 0
    code, out, _ = fieldnotes(capsys, "--notebook", alice, "contacts", "list")
    assert code == 0 and out.startswith("Bob ")
    share = str(tmp_path / "to-bob.age")
    code, out, _ = fieldnotes(capsys, "--notebook", alice, "share", "--to", "Bob", "-o", share)
    assert code == 0 and "1 records, 1 originals" in out
    # Bob does not know Alice yet: refused, then accepted once he adds her card
    code, _, err = fieldnotes(capsys, "--notebook", bob, "receive", share)
    assert code == 1 and "not in your contacts" in err
    assert fieldnotes(capsys, "--notebook", bob, "contacts", "add", "Alice", alice_card)[0] == 0
    code, out, _ = fieldnotes(capsys, "--notebook", bob, "receive", share)
    assert code == 0 and "signature valid" in out and "1 added" in out
    code, out, _ = fieldnotes(capsys, "--notebook", bob, "search", "officers")
    assert code == 0 and "**officers**" in out
    code, out, _ = fieldnotes(capsys, "--notebook", bob, "log", "--json")
    entries = json.loads(out)
    assert entries[-1]["action"] == "receive" and entries[-1]["who"] == "Bob (you)"
    assert entries[-1]["details"]["sender"] == "Alice"
    assert fieldnotes(capsys, "--notebook", bob, "contacts", "remove", "Alice")[0] == 0


def test_passphrase_share_from_a_file(
    people: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "share-passphrase"
    secret.write_text("a long shared secret\n", encoding="utf-8")
    share = str(tmp_path / "p.age")
    args = ["--share-passphrase-file", str(secret)]
    assert (
        fieldnotes(capsys, "--notebook", people["alice"], "share", "--passphrase", "-o", share, *args)[0] == 0
    )
    code, _, err = fieldnotes(capsys, "--notebook", people["bob"], "receive", share)
    assert code == 2 and "share passphrase is needed" in err
    code, out, _ = fieldnotes(
        capsys, "--notebook", people["bob"], "receive", share, *args, "--accept-unverified"
    )
    assert code == 0 and "signature unknown signer" in out


def test_log_verify_finds_an_edited_or_deleted_entry(
    people: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    alice = people["alice"]
    code, out, err = fieldnotes(capsys, "--notebook", alice, "log", "--verify")
    assert code == 0 and "intact" in err and "import" in out
    with Notebook.open(Path(alice), None) as nb:
        nb.conn.execute('UPDATE custody_log SET details = \'{"file": "other.txt"}\' WHERE seq = 2')
    code, _, err = fieldnotes(capsys, "--notebook", alice, "log", "--verify")
    assert code == 1 and "entry 2 was changed" in err
    with Notebook.open(Path(alice), None) as nb:
        nb.conn.execute("DELETE FROM custody_log WHERE seq = 1")
    code, _, err = fieldnotes(capsys, "--notebook", alice, "log", "--verify", "--json")
    assert code == 1 and "BROKEN" in err


def test_share_needs_recipients_or_passphrase(
    people: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = fieldnotes(capsys, "--notebook", people["alice"], "share", "-o", "x.age")
    assert code == 2 and "one of the two" in err
    code, _, err = fieldnotes(capsys, "--notebook", people["alice"], "share", "--to", "Nobody", "-o", "x.age")
    assert code == 1 and "no contact called 'Nobody'" in err
    assert not Path("x.age").exists()


def test_sharing_commands_are_documented() -> None:
    from desktop.cli import build_parser

    text = build_parser().format_help()
    for command in ("identity", "contacts", "share", "receive", "log", "conflicts"):
        assert command in text
    assert sharing.ShareRefused.__doc__
