"""Share payloads on which `make fuzz` (scripts/fuzz.py) broke the receiver, replayed as the fuzzer
ran them: encrypted to the receiving notebook's key and received unverified. Each must be refused
in one line, leaving the notebook as it was."""

from __future__ import annotations

from pathlib import Path

import pyrage
import pytest

from desktop.cli import main
from desktop.store.errors import NotebookError
from desktop.store.notebook import Notebook
from desktop.store.sharing import format as fmt
from desktop.store.sharing import identity, receive
from tests.sharing.conftest import file_hash, make_notebook

FINDINGS = Path(__file__).resolve().parents[1] / "fuzz_findings"
CASES = sorted(FINDINGS.glob("share-*.bin"))


def encrypted_to(nb: Notebook, payload: bytes) -> bytes:
    me = identity.load(nb.db, author=nb.author)
    assert me is not None
    return pyrage.encrypt(payload, [pyrage.x25519.Recipient.from_str(me.card.age)])


def test_the_share_findings_are_kept() -> None:
    assert any(p.name == "share-29ef407b525e.bin" for p in CASES)


@pytest.mark.parametrize("finding", CASES, ids=[p.stem for p in CASES])
def test_a_fuzzed_share_is_refused_in_one_line(tmp_path: Path, finding: Path) -> None:
    bob = make_notebook(tmp_path / "bob.fieldnotes", "Bob")
    share = tmp_path / "fuzzed.age"
    share.write_bytes(encrypted_to(bob, finding.read_bytes()))
    before = file_hash(bob)
    with pytest.raises(NotebookError) as refused:
        receive(bob, share, accept_unverified=True)
    assert "\n" not in str(refused.value)
    assert file_hash(bob) == before and bob.count_articles() == 0
    bob.close()


def test_an_original_claiming_more_bytes_than_the_file_is_refused_from_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The finding's cause: an original's 8-byte length (here 2**64 - 1) taken as its size."""
    bob = make_notebook(tmp_path / "bob.fieldnotes", "Bob")
    payload = (FINDINGS / "share-29ef407b525e.bin").read_bytes()
    header_end = len(fmt.MAGIC) + fmt.FRAME_HEAD.size + fmt.FRAME_HEAD.unpack_from(payload, len(fmt.MAGIC))[1]
    hostile = payload[:header_end] + fmt.frame_head(b"O", 2**64 - 1) + bytes(fmt.DIGEST_BYTES)
    share = tmp_path / "hostile.age"
    share.write_bytes(encrypted_to(bob, hostile))
    bob.close()
    capsys.readouterr()
    code = main(["--notebook", str(bob.path), "receive", str(share), "--accept-unverified"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip().splitlines() == [
        "fieldnotes: a frame in the share claims more bytes than the file holds (damaged?)"
    ]
