"""Share and receive as generators: they report progress, and stopping them leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.progress import Progress
from desktop.store import custody, sharing
from desktop.store.notebook import Notebook
from tests.sharing.conftest import add_article, add_event, annotate, file_hash, make_notebook

BIG = bytes(range(256)) * 4096 * 6  # 6 MiB of originals: several progress reports


@pytest.fixture
def filled(pair: tuple[Notebook, Notebook]) -> tuple[Notebook, Notebook]:
    alice, bob = pair
    article = add_article(alice, "Former soldiers were detained in Takhar.", original=BIG)
    annotate(alice, article, exact="Former soldiers")
    return alice, bob


def progress_of(values: list[object]) -> list[Progress]:
    return [v for v in values if isinstance(v, Progress)]


def test_share_reports_bytes_then_its_report(filled: tuple[Notebook, Notebook], tmp_path: Path) -> None:
    alice, _ = filled
    values = list(sharing.share_steps(alice, tmp_path / "s.age", to=["Bob"]))
    report = values[-1]
    assert isinstance(report, sharing.ShareReport) and report.records == 2
    steps = progress_of(values)
    assert len(steps) >= 6  # about one per MiB
    assert [p.done for p in steps] == sorted(p.done for p in steps)
    assert all(0 <= p.done <= p.total for p in steps)
    assert steps[-1].done == steps[-1].total >= len(BIG)
    assert steps[0].total >= len(BIG)  # the estimate knows the originals from the start


def test_receive_reports_bytes_of_the_file(filled: tuple[Notebook, Notebook], tmp_path: Path) -> None:
    alice, bob = filled
    sharing.share(alice, tmp_path / "s.age", to=["Bob"])
    values = list(sharing.receive_steps(bob, tmp_path / "s.age"))
    report = values[-1]
    assert isinstance(report, sharing.ReceiveReport) and report.counts["added"] == 2
    steps = progress_of(values)
    size = (tmp_path / "s.age").stat().st_size
    assert len(steps) >= 6
    assert all(p.total == size for p in steps) and steps[-1].done == size
    assert bob.count_articles() == 1


def test_cancelling_a_share_removes_the_partial_file(
    filled: tuple[Notebook, Notebook], tmp_path: Path
) -> None:
    alice, _ = filled
    before = len(list(custody.entries(alice.db)))
    steps = sharing.share_steps(alice, tmp_path / "s.age", to=["Bob"])
    for value in steps:
        if isinstance(value, Progress) and value.done > 0:
            assert (tmp_path / "s.age.partial").exists()
            break
    steps.close()  # what the app's Cancel does
    assert not [p.name for p in tmp_path.iterdir() if ".age" in p.name]
    assert len(list(custody.entries(alice.db))) == before  # nothing logged: nothing was shared
    sharing.share(alice, tmp_path / "s.age", to=["Bob"])  # and the notebook is free to share again
    assert (tmp_path / "s.age").exists()


def test_cancelling_a_passphrase_share_removes_the_partial_file(
    filled: tuple[Notebook, Notebook], tmp_path: Path
) -> None:
    alice, _ = filled
    steps = sharing.share_steps(alice, tmp_path / "p.age", passphrase="correct horse")
    next(v for v in steps if isinstance(v, Progress) and v.done > 0)
    steps.close()
    assert not (tmp_path / "p.age").exists() and not (tmp_path / "p.age.partial").exists()


def test_cancelling_a_receive_rolls_back(filled: tuple[Notebook, Notebook], tmp_path: Path) -> None:
    alice, bob = filled
    sharing.share(alice, tmp_path / "s.age", to=["Bob"])
    before = file_hash(bob)
    steps = sharing.receive_steps(bob, tmp_path / "s.age")
    seen = [v for _, v in zip(range(4), steps, strict=False)]
    assert all(isinstance(v, Progress) for v in seen) and seen[-1].done > 0
    steps.close()
    assert file_hash(bob) == before
    assert bob.count_articles() == 0
    report = sharing.receive(bob, tmp_path / "s.age")  # the lock is free, the file still good
    assert report.counts["added"] == 2


def test_an_unknown_signer_is_its_own_refusal(filled: tuple[Notebook, Notebook], tmp_path: Path) -> None:
    """The app offers "accept as unverified" for this refusal only, not for a damaged file."""
    alice, _ = filled
    carol = make_notebook(tmp_path / "carol.fieldnotes", "Carol")
    try:
        sharing.share(alice, tmp_path / "s.age", passphrase="pw")
        with pytest.raises(sharing.UnverifiedSender) as refused:
            sharing.receive(carol, tmp_path / "s.age", passphrase="pw")
        assert refused.value.sender == "Alice" and refused.value.signature == "unknown signer"
        assert carol.count_articles() == 0
        data = (tmp_path / "s.age").read_bytes()
        (tmp_path / "short.age").write_bytes(data[: len(data) // 2])
        with pytest.raises(sharing.ShareRefused) as damaged:
            sharing.receive(carol, tmp_path / "short.age", passphrase="pw", accept_unverified=True)
        assert not isinstance(damaged.value, sharing.UnverifiedSender)
        report = sharing.receive(carol, tmp_path / "s.age", passphrase="pw", accept_unverified=True)
        assert report.signature == "unknown signer" and carol.count_articles() == 1
    finally:
        carol.close()


def test_selected_events_bring_their_evidence(filled: tuple[Notebook, Notebook]) -> None:
    alice, _ = filled
    note = next(r[0] for r in alice.db.execute("SELECT id FROM annotations"))
    event = add_event(alice, evidence=[note], description="detention")
    other = add_article(alice, "An unrelated report.")
    chosen = sharing.select(alice, event_ids=[event])
    assert chosen["events"] == {event} and chosen["annotations"] == {note}
    assert other not in chosen["articles"] and len(chosen["articles"]) == 1
    assert sharing.select(alice, article_ids=[other])["articles"] == {other}
