"""Schema step 5: the search index's chunks move from a WITHOUT ROWID table to a rowid table,
every chunk kept as it was, and the notebook searches as before."""

from __future__ import annotations

from pathlib import Path

from desktop.store.file import schema
from desktop.store.notebook import Notebook
from tests.conftest import make_draft

TEXTS = [
    "Former soldiers were detained in Kabul last week, relatives said.",
    "In Badakhshan two former army officers were executed after surrendering.",
    "The provincial police denied the reports of detentions in Kabul.",
]


def _chunks(nb: Notebook) -> list[tuple[str, int, bytes]]:
    rows = nb.db.execute("SELECT name, chunk, data FROM search_chunks ORDER BY name, chunk").fetchall()
    return [(str(n), int(c), bytes(d)) for n, c, d in rows]


def _table_sql(nb: Notebook) -> str:
    row = nb.db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'search_chunks'")
    return str(row.fetchone()[0])


def test_chunks_move_to_a_rowid_table_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "old.fieldnotes"
    nb = Notebook.create(path, None)
    nb.add_articles([make_draft(text, title=f"Report {i}") for i, text in enumerate(TEXTS)])
    before = _chunks(nb)
    assert before and len({name for name, _, _ in before}) > 1
    # The notebook as step 1 made it: the same rows in a WITHOUT ROWID table.
    with nb.db.atomic():
        nb.db.execute("ALTER TABLE search_chunks RENAME TO chunks_copy")
        nb.db.execute(
            "CREATE TABLE search_chunks (name TEXT NOT NULL, chunk INTEGER NOT NULL, data BLOB NOT NULL, "
            "PRIMARY KEY (name, chunk)) WITHOUT ROWID"
        )
        nb.db.execute("INSERT INTO search_chunks SELECT name, chunk, data FROM chunks_copy")
        nb.db.execute("DROP TABLE chunks_copy")
    assert "WITHOUT ROWID" in _table_sql(nb)
    expected = {h.id for h in nb.search("kabul", limit=10).hits}
    assert len(expected) == 2

    with nb.db.atomic():
        schema.step_5_search_chunks_by_rowid(nb.db)

    assert "WITHOUT ROWID" not in _table_sql(nb)
    assert _chunks(nb) == before
    names = {r[0] for r in nb.db.execute("SELECT name FROM sqlite_master")}
    assert "search_chunks_by_rowid" not in names
    nb.close()
    reopened = Notebook.open(path, None)
    try:
        assert {h.id for h in reopened.search("kabul", limit=10).hits} == expected
        plan = " ".join(
            str(r[-1])
            for r in reopened.db.execute(
                "EXPLAIN QUERY PLAN SELECT data FROM search_chunks WHERE name = ? AND chunk = ?", ["x", 0]
            )
        )
        assert "INDEX" in plan  # found through the (name, chunk) index, not a scan
    finally:
        reopened.close()


def test_a_new_notebook_has_the_rowid_table(tmp_path: Path) -> None:
    nb = Notebook.create(tmp_path / "new.fieldnotes", None)
    try:
        assert schema.version(nb.db) == schema.LATEST
        assert "WITHOUT ROWID" not in _table_sql(nb)
    finally:
        nb.close()
