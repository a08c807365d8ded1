"""Merging: descendants fast-forward, concurrent edits become conflicts, deletions travel."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.store import sharing
from desktop.store.ids import now
from desktop.store.notebook import Notebook
from desktop.store.sharing import contacts, merge
from tests.sharing.conftest import add_article, add_tag, annotate, card, edit, make_notebook, rows

TABLES = (*merge.RECORD_TABLES, "annotation_tags", "event_evidence", "event_tags")


def send(src: Notebook, dst: Notebook, to: str, path: Path) -> sharing.ReceiveReport:
    sharing.share(src, path, to=[to])
    return sharing.receive(dst, path)


@pytest.fixture
def synced(pair: tuple[Notebook, Notebook], tmp_path: Path) -> tuple[Notebook, Notebook, str, str]:
    """Alice and Bob both hold one article with one annotation."""
    alice, bob = pair
    article = add_article(alice, "Three former officers were detained in Kunduz.")
    note = annotate(alice, article, exact="former officers", note="first reading")
    send(alice, bob, "Bob", tmp_path / "1.age")
    return alice, bob, article, note


def note_of(nb: Notebook, note_id: str) -> str:
    return str(nb.db.execute("SELECT note FROM annotations WHERE id = ?", [note_id]).fetchone()[0])


def test_a_descendant_edit_fast_forwards(synced: tuple[Notebook, Notebook, str, str], tmp_path: Path) -> None:
    alice, bob, _, note = synced
    edit(bob, "annotations", note, note="second reading")
    report = send(bob, alice, "Alice", tmp_path / "2.age")
    assert report.counts.get("updated") == 1
    assert note_of(alice, note) == "second reading"
    assert merge.list_conflicts(alice) == []
    # and back again: Bob's own edit comes home unchanged
    assert send(alice, bob, "Bob", tmp_path / "3.age").counts.get("conflict") is None
    assert rows(alice, "annotations") == rows(bob, "annotations")


def test_concurrent_edits_keep_both_versions(
    synced: tuple[Notebook, Notebook, str, str], tmp_path: Path
) -> None:
    alice, bob, _, note = synced
    edit(alice, "annotations", note, note="Alice's reading")
    time.sleep(0.005)  # times are kept to the millisecond: make Bob's edit the later one
    edit(bob, "annotations", note, note="Bob's reading")
    send(alice, bob, "Bob", tmp_path / "a.age")
    send(bob, alice, "Alice", tmp_path / "b.age")
    for nb in (alice, bob):
        (conflict,) = merge.list_conflicts(nb)
        assert conflict.record_id == note and conflict.table == "annotations"
        assert {v.content["note"] for v in conflict.versions} == {"Alice's reading", "Bob's reading"}
    assert rows(alice, "annotations") == rows(bob, "annotations")  # both show the same (newer) one
    assert note_of(alice, note) == "Bob's reading"


def revision_of(nb: Notebook, note_id: str) -> int:
    return int(nb.db.execute("SELECT revision FROM annotations WHERE id = ?", [note_id]).fetchone()[0])


def test_saving_the_same_edit_twice_in_one_millisecond_gives_one_revision_everywhere(
    synced: tuple[Notebook, Notebook, str, str], tmp_path: Path
) -> None:
    """Issue 13: Bob saves a note, his notebook records that version (as before every share),
    and the same save comes again with the same time to the millisecond. The second save wrote
    exactly what the first did, so the history has nothing new, but Bob's row counted one more
    edit: Alice showed the version as revision 2, Bob as revision 3, and no exchange mended it."""
    alice, bob, _, note = synced
    stamp = now()
    edit(bob, "annotations", note, note="second reading", at=stamp)
    with bob.transaction() as db:
        merge.snapshot(db)
    edit(bob, "annotations", note, note="second reading", at=stamp)
    send(bob, alice, "Alice", tmp_path / "2.age")
    send(alice, bob, "Bob", tmp_path / "3.age")
    assert [r.content["note"] for r in merge.history(bob.db, "annotations", note)] == [
        "first reading",
        "second reading",
    ]  # nothing was lost: the second save wrote exactly what the first did
    assert revision_of(alice, note) == revision_of(bob, note) == 2
    assert rows(alice, "annotations") == rows(bob, "annotations")


def test_a_version_whose_parent_is_missing_is_refused(synced: tuple[Notebook, Notebook, str, str]) -> None:
    """A version's number counts its ancestors: one arriving without them would be numbered by
    whatever the receiving notebook happens to hold, so such a record is refused as damaged."""
    _, bob, _, note = synced
    (first,) = merge.history(bob.db, "annotations", note)
    content, unknown = dict(first.content, note="an orphan"), "0" * 64
    claimed = merge.revision_hash(
        "annotations", note, (unknown,), merge.sha256_text(merge.canonical(content))
    )
    value = {
        "table": "annotations",
        "id": note,
        "revisions": [{"hash": claimed, "parents": [unknown], "content": content}],
    }
    with pytest.raises(merge.MergeError, match="parent"), bob.transaction() as db:
        merge.merge_record(db, value)
    assert merge.history(bob.db, "annotations", note) == [first]


def test_a_resolution_travels_and_closes_the_conflict_everywhere(
    synced: tuple[Notebook, Notebook, str, str], tmp_path: Path
) -> None:
    alice, bob, article, note = synced
    edit(alice, "annotations", note, note="Alice's reading")
    edit(bob, "annotations", note, note="Bob's reading")
    send(alice, bob, "Bob", tmp_path / "a.age")
    send(bob, alice, "Alice", tmp_path / "b.age")
    (conflict,) = merge.list_conflicts(alice)
    alices = next(v for v in conflict.versions if v.content["note"] == "Alice's reading")
    merge.resolve_conflict(alice, conflict.id, keep=alices.hash[:10])
    assert note_of(alice, note) == "Alice's reading" and merge.list_conflicts(alice) == []
    send(alice, bob, "Bob", tmp_path / "c.age")
    assert note_of(bob, note) == "Alice's reading" and merge.list_conflicts(bob) == []
    # Bob's version is still in the record's history: nothing was lost
    assert "Bob's reading" in {r.content["note"] for r in merge.history(bob.db, "annotations", note)}


def test_tombstones_travel(synced: tuple[Notebook, Notebook, str, str], tmp_path: Path) -> None:
    alice, bob, article, _ = synced
    assert [h.id for h in bob.search("officers").hits] == [article]
    alice.delete_article(article)
    send(alice, bob, "Bob", tmp_path / "d.age")
    assert bob.count_articles() == 0
    assert bob.db.execute("SELECT deleted FROM articles WHERE id = ?", [article]).fetchone()[0] == 1
    assert bob.search("officers").hits == []


def test_delete_against_edit_is_a_conflict(
    synced: tuple[Notebook, Notebook, str, str], tmp_path: Path
) -> None:
    alice, bob, _, note = synced
    edit(alice, "annotations", note, deleted=1)
    edit(bob, "annotations", note, note="an important correction")
    send(alice, bob, "Bob", tmp_path / "a.age")
    (conflict,) = merge.list_conflicts(bob)
    assert {(v.content["deleted"], v.content["note"]) for v in conflict.versions} == {
        (1, "first reading"),
        (0, "an important correction"),
    }


def test_links_travel_with_their_owner(synced: tuple[Notebook, Notebook, str, str], tmp_path: Path) -> None:
    alice, bob, article, note = synced
    tag = add_tag(alice, "Persecution/Detention")
    with alice.transaction() as db:
        db.execute("INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)", [note, tag])
    send(alice, bob, "Bob", tmp_path / "t.age")
    assert rows(bob, "annotation_tags") == [(note, tag)]
    assert [h.id for h in bob.search('tag:"persecution"').hits] == [article]


def test_both_orders_give_the_same_notebook(pair: tuple[Notebook, Notebook], tmp_path: Path) -> None:
    alice, bob = pair
    article = add_article(alice, "Shared base text about detentions.")
    note = annotate(alice, article, exact="detentions")
    send(alice, bob, "Bob", tmp_path / "base.age")
    edit(alice, "annotations", note, note="A")
    edit(bob, "annotations", note, note="B")
    annotate(bob, article, exact="Shared base")
    carol1 = make_notebook(tmp_path / "c1.fieldnotes", "Carol")
    for nb, name, other in ((alice, "Carol", carol1), (bob, "Carol", carol1), (carol1, "Alice", alice)):
        with nb.transaction() as db:
            contacts.add(db, name=name, card_text=card(other))
    with carol1.transaction() as db:
        contacts.add(db, name="Bob", card_text=card(bob))
    sharing.share(alice, tmp_path / "fa.age", to=["Carol"])
    sharing.share(bob, tmp_path / "fb.age", to=["Carol"])
    carol1.close()
    copy = tmp_path / "c2.fieldnotes"
    copy.write_bytes((tmp_path / "c1.fieldnotes").read_bytes())
    carol1 = Notebook.open(tmp_path / "c1.fieldnotes", None)
    carol2 = Notebook.open(copy, None)
    for path in ("fa.age", "fb.age"):
        sharing.receive(carol1, tmp_path / path)
    for path in ("fb.age", "fa.age"):
        sharing.receive(carol2, tmp_path / path)
    for table in (*TABLES, "record_revisions", "record_heads"):
        assert rows(carol1, table) == rows(carol2, table), table
    carol1.close()
    carol2.close()
