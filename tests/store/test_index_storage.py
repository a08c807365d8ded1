"""The whoosh index kept inside the notebook: the storage contract whoosh relies on, and its promises.

Index files are 64 KiB chunk rows; they are written only inside a transaction and roll back
with it; deleted files stay readable until purged; no indexed word reaches the disk in the
clear; the index's ids are always the live rows' ids.
"""

from __future__ import annotations

import os
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.ingest.draft import ArticleDraft
from desktop.store import articles, maintenance
from desktop.store.notebook import Notebook
from desktop.store.search.storage import (
    CHUNK,
    ChunkCache,
    IndexFileMissing,
    NotebookStorage,
    OutsideTransaction,
)

PASSPHRASE = "storage test passphrase"
SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 17]


def draft(text: str, title: str = "A field report") -> ArticleDraft:
    return ArticleDraft(
        text=f"{title}\n\n{text}",
        csl={"type": "article", "title": title},
        original=f"{title}\n\n{text}".encode(),
        filename=f"{title}.txt",
        media_type="text/plain",
        language="en",
    )


@pytest.fixture
def nb(tmp_path: Path) -> Iterator[Notebook]:
    notebook = Notebook.create(tmp_path / "storage.fieldnotes", None)
    yield notebook
    notebook.close()


@pytest.fixture
def storage(nb: Notebook) -> NotebookStorage:
    return nb.index.storage


def pattern(size: int) -> bytes:
    """Bytes that differ from chunk to chunk, so a misplaced chunk is noticed."""
    return bytes((i * 7 + i // CHUNK) % 251 for i in range(size))


def write(nb: Notebook, name: str, data: bytes) -> None:
    with nb.transaction():
        f = nb.index.storage.create_file(name)
        f.write(data)
        f.close()


def chunk_rows(nb: Notebook, name: str) -> int:
    return int(nb.db.execute("SELECT count(*) FROM search_chunks WHERE name = ?", [name]).fetchone()[0])


@pytest.mark.parametrize("size", SIZES)
def test_files_round_trip_through_chunks(nb: Notebook, storage: NotebookStorage, size: int) -> None:
    data = pattern(size)
    write(nb, "roundtrip.bin", data)
    assert storage.file_exists("roundtrip.bin")
    assert storage.file_length("roundtrip.bin") == size
    assert chunk_rows(nb, "roundtrip.bin") == -(-size // CHUNK)
    with storage.open_file("roundtrip.bin", mapped=False) as f:
        assert f.read() == data
    with storage.open_file("roundtrip.bin") as f:  # small reads across every boundary
        pieces = []
        while piece := f.read(4099):
            pieces.append(piece)
        assert b"".join(pieces) == data


def test_rewriting_a_file_replaces_all_its_chunks(nb: Notebook, storage: NotebookStorage) -> None:
    write(nb, "shrinks.bin", pattern(3 * CHUNK))
    write(nb, "shrinks.bin", b"short")
    assert chunk_rows(nb, "shrinks.bin") == 1
    assert storage.open_file("shrinks.bin").read() == b"short"


def test_storing_a_file_copies_none_of_it(nb: Notebook, storage: NotebookStorage) -> None:
    """A merged segment's file (tens of MB) goes to SQLite chunk by chunk, as views of its bytes or
    each chunk's compressed copy in turn: neither whoosh's close of a written file nor a segment
    built elsewhere (store_file) copies or joins it (Python's allocations while storing stay far
    below the file's size; zlib's own state is ~0.3 MB)."""
    size = 4 * 2**20 + 5
    data = pattern(size)
    tracemalloc.start()
    try:
        with nb.transaction():
            f = storage.create_file("written.bin")
            f.write(data)
            tracemalloc.reset_peak()
            before = tracemalloc.get_traced_memory()[0]
            f.close()  # SavingBuffer hands its buffer to the storage
            closing = tracemalloc.get_traced_memory()[1] - before
            tracemalloc.reset_peak()
            before = tracemalloc.get_traced_memory()[0]
            storage.store_file("built.bin", data)
            storing = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert closing < size // 8, closing
    assert storing < size // 8, storing
    for name in ("written.bin", "built.bin"):
        assert chunk_rows(nb, name) == -(-size // CHUNK)
        assert storage.file_length(name) == size
        assert storage.read_whole(name) == data
        assert storage.open_file(name).read() == data


def test_a_created_file_can_be_patched_before_it_is_closed(nb: Notebook, storage: NotebookStorage) -> None:
    # Compound segments seek back and rewrite their header.
    with nb.transaction():
        f = storage.create_file("patched.bin")
        f.write(b"\0" * 8 + pattern(CHUNK))
        f.seek(0)
        f.write_long(CHUNK)
        f.close()
    with storage.open_file("patched.bin") as f:
        assert f.read_long() == CHUNK
        assert f.read() == pattern(CHUNK)


def test_seek_readline_get_and_subset_work_across_chunk_boundaries(
    nb: Notebook, storage: NotebookStorage
) -> None:
    head = b"x" * (CHUNK - 10)
    data = head + b"line one spans the boundary\nline two\n" + pattern(CHUNK)
    write(nb, "lines.txt", data)
    f = storage.open_file("lines.txt")
    f.seek(CHUNK - 10)
    assert f.readline() == b"line one spans the boundary\n"
    assert f.readline() == b"line two\n"
    assert f.tell() == len(head) + 37
    assert f.get(CHUNK - 10, 8) == b"line one"
    sub = f.subset(CHUNK - 10, 27)
    assert sub.read() == b"line one spans the boundary"
    sub.seek(5)
    assert sub.read(3) == b"one"
    f.seek(-4, 2)
    assert f.read() == data[-4:]


def test_a_missing_file_raises_an_ioerror(storage: NotebookStorage) -> None:
    with pytest.raises(IOError):
        storage.open_file("never-written.seg")
    with pytest.raises(IndexFileMissing):
        storage.file_length("never-written.seg")
    assert not storage.file_exists("never-written.seg")


def test_writes_outside_a_transaction_are_refused(nb: Notebook, storage: NotebookStorage) -> None:
    write(nb, "kept.bin", b"kept")
    with pytest.raises(OutsideTransaction):
        storage.create_file("stray.bin")
    with pytest.raises(OutsideTransaction):
        storage.delete_file("kept.bin")
    with pytest.raises(OutsideTransaction):
        storage.rename_file("kept.bin", "moved.bin")
    assert storage.list() == [n for n in storage.list() if n != "stray.bin"]
    assert storage.open_file("kept.bin").read() == b"kept"


def test_rollback_removes_index_files_written_in_the_transaction(
    nb: Notebook, storage: NotebookStorage
) -> None:
    before = set(storage.list())
    with pytest.raises(RuntimeError), nb.transaction():
        f = storage.create_file("doomed.bin")
        f.write(pattern(CHUNK + 5))
        f.close()
        assert storage.file_exists("doomed.bin")
        raise RuntimeError("the user cancelled")
    assert set(storage.list()) == before
    assert chunk_rows(nb, "doomed.bin") == 0


def test_a_failed_import_batch_leaves_rows_and_index_as_they_were(nb: Notebook) -> None:
    nb.add_articles([draft("The first report mentions Kunduz.")])
    files_before = set(nb.index.storage.list())
    broken = draft("Second report.", title="Second")
    broken.original = None  # type: ignore[assignment]  # fails inside the transaction
    with pytest.raises(TypeError):
        nb.add_articles([draft("A third report about Herat.", title="Third"), broken])
    assert set(nb.index.storage.list()) == files_before
    assert nb.index.ids() == articles.live_ids(nb.db)
    assert nb.count_articles() == 1
    assert nb.search("herat").hits == []


def test_a_failed_index_commit_does_not_leave_the_index_locked(
    nb: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = NotebookStorage._write

    def failing_write(self: NotebookStorage, name: str, data: bytes) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(NotebookStorage, "_write", failing_write)
    with pytest.raises(OSError):
        nb.add_articles([draft("Lost to a full disk.")])
    monkeypatch.setattr(NotebookStorage, "_write", real_write)
    [article] = nb.add_articles([draft("Written after the disk was freed.", title="Later")])
    assert nb.index.ids() == {article.id}
    assert [h.id for h in nb.search("freed").hits] == [article.id]


def test_a_deleted_file_stays_readable_until_purged(nb: Notebook, storage: NotebookStorage) -> None:
    data = pattern(2 * CHUNK + 3)
    write(nb, "old.seg", data)
    reader = storage.open_file("old.seg")  # an older searcher holds it open
    with nb.transaction():
        storage.delete_file("old.seg")
    assert not storage.file_exists("old.seg")
    assert "old.seg" not in storage.list()
    assert chunk_rows(nb, "old.seg") == 3
    assert reader.read() == data
    with nb.transaction():
        assert storage.purge_deleted() == 1
    assert chunk_rows(nb, "old.seg") == 0
    assert nb.db.execute("SELECT count(*) FROM search_files WHERE name = 'old.seg'").fetchone()[0] == 0


def test_files_replaced_by_a_commit_are_purged_with_it(tmp_path: Path) -> None:
    """Merged-away segments leave the notebook in the commit that replaced them: the file does
    not grow with every merge, and the first open after a big import has nothing to clean."""
    path = tmp_path / "purge.fieldnotes"
    with Notebook.create(path, None) as nb:
        names_seen: set[str] = set()
        for n in range(6):  # each batch is a commit; merges replace older segments' files
            nb.add_articles([draft(f"Report number {n} on Badakhshan.", title=f"Report {n}")])
            names_seen |= {r[0] for r in nb.db.execute("SELECT name FROM search_files")}
            assert nb.db.execute("SELECT count(*) FROM search_files WHERE deleted = 1").fetchone()[0] == 0
        nb.delete_article(nb.article_rows()[0].id)
        live = {r[0] for r in nb.db.execute("SELECT name FROM search_files")}
    assert names_seen - live, "no commit replaced any file: the test did not exercise a merge"
    with Notebook.open(path, None) as nb:
        orphans = nb.db.execute(
            "SELECT count(*) FROM search_chunks WHERE name NOT IN (SELECT name FROM search_files)"
        ).fetchone()[0]
        assert orphans == 0
        assert len(nb.search("badakhshan").hits) == 5


def test_a_searcher_whose_files_were_purged_reopens(tmp_path: Path) -> None:
    """The app searches while an import in another connection commits and purges."""
    path = tmp_path / "two.fieldnotes"
    with Notebook.create(path, None) as app, Notebook.open(path, None) as worker:
        app.add_articles([draft("First report from Kunduz.", title="First")])
        assert len(app.search("kunduz").hits) == 1
        searcher = app.index.searcher()
        for n in range(6):
            worker.add_articles([draft(f"Report {n} from Kunduz.", title=f"R{n}")])
        # the app's old searcher still points at files the worker's commits replaced
        assert app.index._searcher is searcher
        assert len(app.search("kunduz").hits) == 7


@pytest.mark.parametrize("encrypted", [True, False])
def test_no_indexed_word_reaches_the_disk_in_the_clear(tmp_path: Path, encrypted: bool) -> None:
    word = "quokkaventure"
    path = tmp_path / "secret.fieldnotes"
    nb = Notebook.create(path, PASSPHRASE if encrypted else None)
    nb.add_articles([draft(f"The informant's codename was {word.capitalize()}.", title="Informants")])
    assert nb.search(word).hits  # indexed, and the WAL still holds the pages

    def on_disk() -> bytes:
        return b"".join(
            p.read_bytes().lower() for p in tmp_path.iterdir() if p.name.startswith("secret.fieldnotes")
        )

    assert Path(f"{path}-wal").exists()
    seen_open = word.encode() in on_disk()
    nb.close()
    seen_closed = word.encode() in on_disk()
    if encrypted:
        assert not seen_open and not seen_closed
    else:  # the same check finds the word in a plain notebook: the grep is not blind
        assert seen_open or seen_closed


def test_index_ids_equal_row_ids_after_adds_and_deletes(nb: Notebook) -> None:
    stored = nb.add_articles([draft(f"Report {n} mentions token zx{n}q.", title=f"R{n}") for n in range(6)])
    stored += nb.add_articles([draft("A late report, token zx9q.", title="Late")])
    for article in stored[1:5:2]:
        nb.delete_article(article.id)
    live = articles.live_ids(nb.db)
    assert len(live) == 5
    assert nb.index.ids() == live
    for n, article in enumerate(stored[:6]):
        hits = [h.id for h in nb.search(f"zx{n}q").hits]
        assert hits == ([article.id] if article.id in live else [])
    report = list(maintenance.check(nb))[-1]
    assert report.ok, report.problems


def test_two_notebooks_on_one_file_see_each_others_index_writes(tmp_path: Path) -> None:
    path = tmp_path / "shared.fieldnotes"
    first = Notebook.create(path, None)
    second = Notebook.open(path, None)
    try:
        a = first.add_articles([draft("Written by the first window about Takhar.", title="A")])[0]
        assert [h.id for h in second.search("takhar").hits] == [a.id]
        b = second.add_articles([draft("Written by the second window about Takhar.", title="B")])[0]
        c = first.add_articles([draft("The first window writes again about Takhar.", title="C")])[0]
        for nb in (first, second):
            assert {h.id for h in nb.search("takhar").hits} == {a.id, b.id, c.id}
            assert nb.index.ids() == articles.live_ids(nb.db)
    finally:
        second.close()
        first.close()


def test_chunks_are_stored_compressed_when_that_pays(nb: Notebook, storage: NotebookStorage) -> None:
    """A chunk that compresses is stored packed, one that does not (random bytes) as it is; a file
    of both kinds reads back whole, by small reads across every boundary too."""
    noise = os.urandom(CHUNK)
    data = pattern(2 * CHUNK) + noise + pattern(CHUNK // 2)
    write(nb, "mixed.bin", data)
    rows = nb.db.execute(
        "SELECT chunk, packed, length(data) FROM search_chunks WHERE name = ? ORDER BY chunk", ["mixed.bin"]
    ).fetchall()
    assert [(c, p) for c, p, _ in rows] == [(0, 1), (1, 1), (2, 0), (3, 1)]
    assert rows[0][2] < CHUNK // 10 and rows[2][2] == CHUNK
    assert storage.read_whole("mixed.bin") == data
    with storage.open_file("mixed.bin") as f:
        pieces = []
        while piece := f.read(4099):
            pieces.append(piece)
        assert b"".join(pieces) == data


def test_the_chunk_cache_keeps_at_most_its_capacity_in_bytes(nb: Notebook, storage: NotebookStorage) -> None:
    data = pattern(5 * CHUNK)
    write(nb, "cached.bin", data)
    cache = ChunkCache(nb.db.conn, capacity=2 * CHUNK)
    assert [cache.get("cached.bin", n) for n in range(5)] == [
        data[n * CHUNK : (n + 1) * CHUNK] for n in range(5)
    ]
    assert list(cache._chunks) == [("cached.bin", 3), ("cached.bin", 4)]
    assert cache._size == 2 * CHUNK
    cache.forget("cached.bin")
    assert cache._size == 0 and not cache._chunks
