"""The custody log read a page at a time (newest first) and checked step by step with progress."""

from __future__ import annotations

from desktop.progress import Progress
from desktop.store import custody
from desktop.store.notebook import Notebook


def _log(nb: Notebook, count: int) -> None:
    with nb.transaction():
        custody.append_many(nb.db, actor="me", action="import", records=[(f"r{i}", {}) for i in range(count)])


def test_pages_join_newest_first_without_gaps_or_repeats(notebook: Notebook) -> None:
    _log(notebook, 95)
    total = custody.last_seq(notebook.db)
    seen: list[int] = []
    page = custody.newest(notebook.db, limit=20)
    while page:
        seen += [e.seq for e in page]
        page = custody.newest(notebook.db, before=page[-1].seq, limit=20)
    assert seen == list(range(total, 0, -1))
    newer = custody.newest(notebook.db, after=total - 3, limit=20)  # what came after the newest shown
    assert [e.seq for e in newer] == [total, total - 1, total - 2]
    assert custody.newest(notebook.db, after=total, limit=20) == []


def test_the_check_reports_progress_and_finds_what_verify_finds(notebook: Notebook) -> None:
    _log(notebook, 95)
    total = custody.last_seq(notebook.db)
    steps = list(custody.verify_steps(notebook.db, every=10))
    progress, last = steps[:-1], steps[-1]
    assert all(isinstance(p, Progress) and p.total == total for p in progress)
    assert [p.done for p in progress] == list(range(10, total + 1, 10))
    assert isinstance(last, custody.Verified) and last.problems == [] and last.entries == total

    notebook.db.execute("UPDATE custody_log SET details = '{\"x\": 1}' WHERE seq = 40")
    notebook.db.execute("DELETE FROM custody_log WHERE seq = 60")
    found = list(custody.verify_steps(notebook.db))[-1]
    assert isinstance(found, custody.Verified) and found.entries == total - 1
    assert found.problems == custody.verify(notebook.db)
    assert "entry 40 was changed after it was written" in found.problems
    assert "entry 60 is missing (next is 61)" in found.problems
