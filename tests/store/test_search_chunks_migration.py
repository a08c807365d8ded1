"""Schema step 5: the search index's chunks move from a WITHOUT ROWID table to a rowid table,
every chunk kept as it was, and the notebook searches as before. Schema steps 8 and 9: chunks are
stored compressed, 16 KiB each; files stored before keep their plain 64 KiB chunks, read as they are."""

from __future__ import annotations

from pathlib import Path

from desktop.store.file import schema
from desktop.store.notebook import Notebook
from desktop.store.search.storage import OLD_CHUNK, unpack_chunk
from tests.conftest import make_draft

TEXTS = [
    "Former soldiers were detained in Kabul last week, relatives said.",
    "In Badakhshan two former army officers were executed after surrendering.",
    "The provincial police denied the reports of detentions in Kabul.",
]


def _chunks(nb: Notebook) -> list[tuple[str, int, bytes]]:
    """Every chunk's (name, number, bytes), unpacked."""
    packed = "packed" if "packed" in {c.name for c in nb.db["search_chunks"].columns} else "0"
    rows = nb.db.execute(f"SELECT name, chunk, data, {packed} FROM search_chunks ORDER BY name, chunk")
    return [(str(n), int(c), unpack_chunk(d, p)) for n, c, d, p in rows.fetchall()]


def _files(nb: Notebook) -> dict[str, bytes]:
    """Every live index file's bytes."""
    names = [r[0] for r in nb.db.execute("SELECT name FROM search_files WHERE deleted = 0")]
    return {name: nb.index.storage.read_whole(name) for name in names}


def _make_old(nb: Notebook, *, without_rowid: bool) -> None:
    """The index as a notebook before step 8 (and before step 5 if `without_rowid`) held it:
    plain 64 KiB chunks in a table of (name, chunk, data), and no chunk size per file."""
    before = [
        (name, number, data[start : start + OLD_CHUNK])
        for name, data in _files(nb).items()
        for number, start in enumerate(range(0, len(data), OLD_CHUNK))
    ]
    with nb.db.atomic():
        nb.db.execute("ALTER TABLE search_files DROP COLUMN chunk_size")
        nb.db.execute("DROP TABLE search_chunks")
        nb.db.execute(
            "CREATE TABLE search_chunks (name TEXT NOT NULL, chunk INTEGER NOT NULL, data BLOB NOT NULL, "
            f"PRIMARY KEY (name, chunk)){' WITHOUT ROWID' if without_rowid else ''}"
        )
        nb.db.conn.executemany("INSERT INTO search_chunks (name, chunk, data) VALUES (?, ?, ?)", before)


def _table_sql(nb: Notebook) -> str:
    row = nb.db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'search_chunks'")
    return str(row.fetchone()[0])


def test_chunks_move_to_a_rowid_table_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "old.fieldnotes"
    nb = Notebook.create(path, None)
    nb.add_articles([make_draft(text, title=f"Report {i}") for i, text in enumerate(TEXTS)])
    # The notebook as step 1 made it: plain rows in a WITHOUT ROWID table.
    _make_old(nb, without_rowid=True)
    before = _chunks(nb)
    assert before and len({name for name, _, _ in before}) > 1
    assert "WITHOUT ROWID" in _table_sql(nb)
    with nb.db.atomic():  # what opening it does (steps 6 and 7 concern other tables)
        schema.step_5_search_chunks_by_rowid(nb.db)
        schema.step_8_search_chunks_packed(nb.db)
        schema.step_9_search_chunk_size(nb.db)

    assert "WITHOUT ROWID" not in _table_sql(nb)
    assert _chunks(nb) == before
    names = {r[0] for r in nb.db.execute("SELECT name FROM sqlite_master")}
    assert "search_chunks_by_rowid" not in names
    nb.close()
    reopened = Notebook.open(path, None)
    try:
        assert len({h.id for h in reopened.search("kabul", limit=10).hits}) == 2
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


def test_plain_chunks_of_an_older_notebook_are_read_and_new_files_packed(tmp_path: Path) -> None:
    """Steps 8 and 9 keep the chunks stored before as they are (plain, 64 KiB); they are read as
    before, and files stored later are compressed (here: far smaller than their bytes)."""
    path = tmp_path / "step7.fieldnotes"
    nb = Notebook.create(path, None)
    # Files over 64 KiB, so that reading them with the wrong chunk size would fail.
    long_texts = [f"{text} " + " ".join(f"word{i}x{j}" for j in range(9000)) for i, text in enumerate(TEXTS)]
    nb.add_articles([make_draft(text, title=f"Report {i}") for i, text in enumerate(long_texts)])
    files = _files(nb)
    assert max(map(len, files.values())) > OLD_CHUNK
    _make_old(nb, without_rowid=False)
    nb.db.execute("UPDATE meta SET value = '7' WHERE key = 'schema_version'")
    nb.close()
    nb = Notebook.open(path, None)  # steps 8 and 9
    try:
        assert schema.version(nb.db) == schema.LATEST
        assert _files(nb) == files
        sizes = {r[0] for r in nb.db.execute("SELECT DISTINCT chunk_size FROM search_files")}
        assert sizes == {OLD_CHUNK}
        assert nb.db.execute("SELECT count(*) FROM search_chunks WHERE packed = 1").fetchone()[0] == 0
        assert len({h.id for h in nb.search("kabul", limit=10).hits}) == 2
        nb.add_articles([make_draft("Two detained in Kabul, a neighbour said.", title="Report 3")])
        assert len({h.id for h in nb.search("kabul", limit=10).hits}) == 3
        assert len({h.id for h in nb.search("word1x8999", limit=10).hits}) == 1
        packed_files = nb.db.execute(
            "SELECT f.length, sum(length(c.data)) FROM search_files f JOIN search_chunks c USING (name) "
            "WHERE f.deleted = 0 GROUP BY f.name HAVING max(c.packed) = 1"
        ).fetchall()
        assert packed_files
        assert sum(stored for _, stored in packed_files) < sum(length for length, _ in packed_files) / 2
    finally:
        nb.close()
