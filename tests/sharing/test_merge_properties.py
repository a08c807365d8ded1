"""Property-based: random edits and exchanges among three notebooks never lose anything.

After everyone has exchanged with everyone, the three notebooks hold the same records, and
every version anyone wrote is in every notebook's history, either shown or, when it was not
superseded by an edit made on top of it, listed in an open conflict.

Edit times come from a clock the history drives (milliseconds since the previous edit, 0 for two
saves within one millisecond): equal times are explored on purpose and found again from a seed,
where the wall clock made them depend on how fast the machine was. `make soak` runs thousands
of histories per property (HYPOTHESIS_PROFILE=soak, see tests/sharing/conftest.py).
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.store import sharing
from desktop.store.notebook import Notebook
from desktop.store.sharing import merge
from tests.sharing.conftest import MERGE_SETTINGS, add_article, annotate, edit, introduce, make_notebook, rows

NAMES = ("Alice", "Bob", "Carol")
# Notebooks sync every commit to disk; in memory-backed /dev/shm the examples run ~5x faster.
FAST_DIR = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None
TABLES = (*merge.RECORD_TABLES, "annotation_tags", "event_evidence", "event_tags", "record_revisions")

# An operation: (kind, who, which annotation or to whom, note text, milliseconds since the last edit).
Op = tuple[str, int, int, str, int]
ms = st.integers(0, 2)
edit_op = st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 2), st.text("abc", max_size=3), ms)
delete_op = st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 2), st.just(""), ms)
add_op = st.tuples(st.just("add"), st.integers(0, 2), st.just(0), st.just(""), st.just(0))
send_op = st.tuples(st.just("send"), st.integers(0, 2), st.integers(0, 2), st.just(""), st.just(0))
ops = st.lists(st.one_of(edit_op, delete_op, add_op, send_op), max_size=12)


class Clock:
    """The edits' modification times: each some milliseconds after the one before."""

    def __init__(self) -> None:
        self.at = datetime.now(UTC)  # after the setup's records were made, as real edits are

    def advance(self, milliseconds: int) -> str:
        self.at += timedelta(milliseconds=milliseconds)
        return self.at.isoformat(timespec="milliseconds").replace("+00:00", "Z")


@contextmanager
def three_notebooks() -> Iterator[tuple[list[Notebook], list[str], Path]]:
    """Alice, Bob and Carol, all holding one article with three annotations."""
    with tempfile.TemporaryDirectory(dir=FAST_DIR) as folder:
        tmp = Path(folder)
        nbs = [make_notebook(tmp / f"{n}.fieldnotes", n) for n in NAMES]
        introduce(*zip(NAMES, nbs, strict=True))
        article = add_article(nbs[0], "Detentions of former soldiers in Badakhshan and Takhar provinces.")
        notes = [annotate(nbs[0], article, exact=w) for w in ("Detentions", "soldiers", "Takhar")]
        for i in (1, 2):
            exchange(nbs, 0, i, tmp)
        try:
            yield nbs, notes, tmp
        finally:
            for nb in nbs:
                nb.close()


def exchange(nbs: list[Notebook], src: int, dst: int, tmp: Path) -> None:
    if src == dst:
        return
    path = tmp / f"{NAMES[src]}-to-{NAMES[dst]}.age"
    sharing.share(nbs[src], path, to=[NAMES[dst]])
    sharing.receive(nbs[dst], path)


def record_written(nb: Notebook, written: set[str]) -> None:
    """Snapshot an edit as its own revision and remember its hash (the edit "anyone wrote")."""
    with nb.transaction() as db:
        merge.snapshot(db)
    written.update(h.shown for h in merge.all_heads(nb.db, "annotations").values())


def apply(nbs: list[Notebook], notes: list[str], tmp: Path, op: Op, written: set[str], clock: Clock) -> None:
    kind, who, target, value, after_ms = op
    nb = nbs[who]
    if kind == "send":
        exchange(nbs, who, target, tmp)
        return
    if kind == "add":
        article = nb.db.execute("SELECT id FROM articles").fetchone()[0]
        notes.append(annotate(nb, article, exact="former"))
        # only its author has it until it is sent: keep edits to records everyone holds
        record_written(nb, written)
        notes.pop()
        return
    at = clock.advance(after_ms)
    if kind == "edit":
        edit(nb, "annotations", notes[target], at=at, note=f"{NAMES[who]}:{value}")
    else:
        edit(nb, "annotations", notes[target], at=at, deleted=1)
    record_written(nb, written)


def resolve_all(nb: Notebook, *, pick: int) -> None:
    """Keep one version of each open conflict, as `conflicts resolve` does: the `pick`-th.

    Versions are ordered by time and text before the hash: hashes cover random ids, and a
    failing history must keep the same versions when hypothesis runs it again.
    """
    for conflict in merge.list_conflicts(nb):
        versions = sorted(
            conflict.versions,
            key=lambda v: (v.content["modified"], v.content["note"], v.content["deleted"], v.hash),
        )
        merge.resolve_conflict(nb, conflict.id, keep=versions[pick % len(versions)].hash)


def everyone_exchanges(nbs: list[Notebook], tmp: Path) -> None:
    for _ in range(2):  # two rounds: what reaches B from A in round one reaches C in round two
        for src, dst in itertools.permutations(range(3), 2):
            exchange(nbs, src, dst, tmp)


def ancestors(nb: Notebook, rev_hash: str) -> set[str]:
    seen, todo = set(), [rev_hash]
    while todo:
        h = todo.pop()
        if h not in seen:
            seen.add(h)
            todo.extend(merge.get_revision(nb.db, h).parents)
    return seen


def assert_converged_and_nothing_lost(nbs: list[Notebook], written: set[str]) -> None:
    for table in TABLES:
        assert rows(nbs[0], table) == rows(nbs[1], table) == rows(nbs[2], table), table
    for nb in nbs:
        heads = merge.all_heads(nb.db, "annotations")
        open_conflicts = {c.record_id: {v.hash for v in c.versions} for c in merge.list_conflicts(nb)}
        kept: set[str] = set()
        for record_id, h in heads.items():
            assert (len(h.heads) > 1) == (record_id in open_conflicts)
            if record_id in open_conflicts:
                assert open_conflicts[record_id] == set(h.heads)
            for head in h.heads:
                kept |= ancestors(nb, head)
        assert written <= kept  # every version written is a head or under one


@settings(MERGE_SETTINGS)
@given(sequence=ops, resolver=st.integers(0, 2), pick=st.integers(0, 2))
# Issue 13: Alice saves the same note twice within one millisecond, her notebook recording each
# save as it does before a share; the second save is no new version, but her row counted it, so
# her revision number stayed one ahead of everyone else's for the same version.
@example(sequence=[("edit", 0, 0, "", 0), ("edit", 0, 0, "", 0)], resolver=0, pick=0)
def test_everyone_converges_and_nothing_is_lost(sequence: list[Op], resolver: int, pick: int) -> None:
    with three_notebooks() as (nbs, notes, tmp):
        written: set[str] = set()
        clock = Clock()
        for op in sequence:
            apply(nbs, notes, tmp, op, written, clock)
        everyone_exchanges(nbs, tmp)
        assert_converged_and_nothing_lost(nbs, written)
        # then one of them resolves every conflict: the resolutions win everywhere, alike
        resolve_all(nbs[resolver], pick=pick)
        record_written(nbs[resolver], written)
        everyone_exchanges(nbs, tmp)
        assert_converged_and_nothing_lost(nbs, written)
        assert all(merge.list_conflicts(nb) == [] for nb in nbs)


@settings(MERGE_SETTINGS)
@given(
    st.lists(st.one_of(edit_op, delete_op), max_size=6), st.lists(st.one_of(edit_op, delete_op), max_size=6)
)
def test_receiving_a_then_b_equals_b_then_a(a_edits: list[Op], b_edits: list[Op]) -> None:
    with three_notebooks() as (nbs, notes, tmp):
        written: set[str] = set()
        clock = Clock()
        for kind, _, target, value, after_ms in a_edits:
            apply(nbs, notes, tmp, (kind, 0, target, value, after_ms), written, clock)
        for kind, _, target, value, after_ms in b_edits:
            apply(nbs, notes, tmp, (kind, 1, target, value, after_ms), written, clock)
        sharing.share(nbs[0], tmp / "a.age", to=["Carol"])
        sharing.share(nbs[1], tmp / "b.age", to=["Carol"])
        carol = nbs[2]
        carol.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        copy_path = tmp / "carol-copy.fieldnotes"
        copy_path.write_bytes(carol.path.read_bytes())
        with Notebook.open(copy_path, None) as copy:
            for name in ("a.age", "b.age"):
                sharing.receive(carol, tmp / name)
            for name in ("b.age", "a.age"):
                sharing.receive(copy, tmp / name)
            for table in (*TABLES, "record_heads"):
                assert rows(carol, table) == rows(copy, table), table
