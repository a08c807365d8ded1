"""Notebooks for sharing tests: two or three colleagues who know each other's cards."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from desktop.store.ids import new_id, now
from desktop.store.notebook import Notebook
from desktop.store.sharing import contacts, identity
from tests.conftest import make_draft

# The merge properties run 25 histories each in `make test`; `make soak` (HYPOTHESIS_PROFILE=soak)
# runs 2,000 each. Picked here for those tests only, not loaded for the whole run, so the other
# property tests keep their own settings. A history takes ~0.1 s: no deadline.
settings.register_profile(
    "merge", max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("soak", settings.get_profile("merge"), max_examples=2000, print_blob=True)
MERGE_SETTINGS = settings.get_profile("soak" if os.environ.get("HYPOTHESIS_PROFILE") == "soak" else "merge")


def make_notebook(path: Path, name: str) -> Notebook:
    """An unencrypted notebook (fast) with an identity called `name`."""
    nb = Notebook.create(path, None)
    with nb.transaction() as db:
        identity.ensure(db, author=nb.author, name=name)
    return nb


def card(nb: Notebook) -> str:
    me = identity.load(nb.db, author=nb.author)
    assert me is not None
    return me.card.text()


def introduce(*notebooks: tuple[str, Notebook]) -> None:
    """Everyone adds everyone else as a contact, under their name."""
    for _, nb in notebooks:
        for other_name, other in notebooks:
            if other is not nb:
                with nb.transaction() as db:
                    contacts.add(db, name=other_name, card_text=card(other))


def add_article(nb: Notebook, text: str, *, title: str = "An article", original: bytes | None = None) -> str:
    return nb.add_articles([make_draft(text, title=title, original=original)])[0].id


def add_tag(nb: Notebook, path: str) -> str:
    tag_id, stamp = new_id(), now()
    with nb.transaction() as db:
        db.execute(
            "INSERT INTO tags (id, path, created, modified, author) VALUES (?, ?, ?, ?, ?)",
            [tag_id, path, stamp, stamp, nb.author],
        )
    return tag_id


def annotate(nb: Notebook, article_id: str, *, exact: str, note: str = "", tags: Sequence[str] = ()) -> str:
    text = nb.article(article_id).text
    start = text.index(exact)
    note_id, stamp = new_id(), now()
    with nb.transaction() as db:
        db.execute(
            'INSERT INTO annotations (id, article_id, start, "end", exact, note, created, modified, author) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [note_id, article_id, start, start + len(exact), exact, note, stamp, stamp, nb.author],
        )
        for tag_id in tags:
            db.execute("INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)", [note_id, tag_id])
    return note_id


def add_event(nb: Notebook, *, evidence: list[str], description: str, tags: Sequence[str] = ()) -> str:
    event_id, stamp = new_id(), now()
    with nb.transaction() as db:
        db.execute(
            "INSERT INTO events (id, type, description, created, modified, author) VALUES (?, ?, ?, ?, ?, ?)",
            [event_id, "detention", description, stamp, stamp, nb.author],
        )
        for note_id in evidence:
            db.execute(
                "INSERT INTO event_evidence (event_id, annotation_id) VALUES (?, ?)", [event_id, note_id]
            )
        for tag_id in tags:
            db.execute("INSERT INTO event_tags (event_id, tag_id) VALUES (?, ?)", [event_id, tag_id])
    return event_id


def edit(nb: Notebook, table: str, record_id: str, *, at: str | None = None, **values: Any) -> None:
    """An edit as the app makes it: new values, a new modification time, revision + 1.

    at  the modification time (default: now); times are kept to the millisecond, so two saves
        within one millisecond carry the same time, and tests name it to make that happen
    """
    sets = ", ".join(f"{k} = ?" for k in values)
    with nb.transaction() as db:
        db.execute(
            f"UPDATE {table} SET {sets}, modified = ?, author = ?, revision = revision + 1 WHERE id = ?",
            [*values.values(), at or now(), nb.author, record_id],
        )


def rows(nb: Notebook, table: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in nb.db.execute(f"SELECT * FROM {table} ORDER BY 1, 2")]


def file_hash(nb: Notebook) -> str:
    """The notebook's bytes on disk, after checkpointing its write-ahead log."""
    nb.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return hashlib.sha256(nb.path.read_bytes()).hexdigest()


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Notebook, Notebook]]:
    """Alice and Bob, each with a notebook, who have exchanged cards."""
    alice = make_notebook(tmp_path / "alice.fieldnotes", "Alice")
    bob = make_notebook(tmp_path / "bob.fieldnotes", "Bob")
    introduce(("Alice", alice), ("Bob", bob))
    yield alice, bob
    alice.close()
    bob.close()
