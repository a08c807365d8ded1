"""Property-based: random edits and exchanges among three notebooks never lose anything.

After everyone has exchanged with everyone, the three notebooks hold the same records, and
every version anyone wrote is in every notebook's history, either shown or, when it was not
superseded by an edit made on top of it, listed in an open conflict.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.store import sharing
from desktop.store.notebook import Notebook
from desktop.store.sharing import merge
from tests.sharing.conftest import add_article, annotate, edit, introduce, make_notebook, rows

NAMES = ("Alice", "Bob", "Carol")
# Notebooks sync every commit to disk; in memory-backed /dev/shm the examples run ~5x faster.
FAST_DIR = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None
TABLES = (*merge.RECORD_TABLES, "annotation_tags", "event_evidence", "event_tags", "record_revisions")

edit_op = st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 2), st.text("abc", max_size=3))
delete_op = st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 2), st.just(""))
add_op = st.tuples(st.just("add"), st.integers(0, 2), st.just(0), st.just(""))
send_op = st.tuples(st.just("send"), st.integers(0, 2), st.integers(0, 2), st.just(""))
ops = st.lists(st.one_of(edit_op, delete_op, add_op, send_op), max_size=12)


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


def apply(
    nbs: list[Notebook], notes: list[str], tmp: Path, op: tuple[str, int, int, str], written: set[str]
) -> None:
    kind, who, target, value = op
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
    if kind == "edit":
        edit(nb, "annotations", notes[target], note=f"{NAMES[who]}:{value}")
    else:
        edit(nb, "annotations", notes[target], deleted=1)
    record_written(nb, written)


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


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops)
def test_everyone_converges_and_nothing_is_lost(sequence: list[tuple[str, int, int, str]]) -> None:
    with three_notebooks() as (nbs, notes, tmp):
        written: set[str] = set()
        for op in sequence:
            apply(nbs, notes, tmp, op, written)
        everyone_exchanges(nbs, tmp)
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


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(edit_op, delete_op), max_size=6), st.lists(st.one_of(edit_op, delete_op), max_size=6)
)
def test_receiving_a_then_b_equals_b_then_a(
    a_edits: list[tuple[str, int, int, str]], b_edits: list[tuple[str, int, int, str]]
) -> None:
    with three_notebooks() as (nbs, notes, tmp):
        written: set[str] = set()
        for op in a_edits:
            apply(nbs, notes, tmp, (op[0], 0, op[2], op[3]), written)
        for op in b_edits:
            apply(nbs, notes, tmp, (op[0], 1, op[2], op[3]), written)
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
