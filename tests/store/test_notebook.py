"""Creating, unlocking, re-keying notebooks, and that nothing readable reaches the disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.store import rekey
from desktop.store.errors import NotebookError, WrongPassphrase
from desktop.store.notebook import Notebook
from tests.conftest import make_draft

SECRET_WORD = "Zarghunashtraveller"


def notebook_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name))


def test_encrypted_notebook_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "enc.fieldnotes"
    with Notebook.create(path, "correct horse") as nb:
        nb.add_articles([make_draft(f"Witnesses met {SECRET_WORD} in Kunduz.", title="Kunduz")])
    with Notebook.open(path, "correct horse") as nb:
        assert nb.count_articles() == 1
        assert nb.search(SECRET_WORD.lower()).total == 1


def test_wrong_passphrase_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "enc.fieldnotes"
    Notebook.create(path, "right").close()
    before = path.read_bytes()
    with pytest.raises(WrongPassphrase):
        Notebook.open(path, "wrong")
    with pytest.raises(WrongPassphrase):
        Notebook.open(path, None)
    assert path.read_bytes() == before
    assert not Path(str(path) + "-wal").exists() or Path(str(path) + "-wal").stat().st_size == 0


def test_no_plaintext_in_file_wal_or_index(tmp_path: Path) -> None:
    path = tmp_path / "enc.fieldnotes"
    nb = Notebook.create(path, "pw")
    nb.add_articles([make_draft(f"The {SECRET_WORD} report.", title=f"{SECRET_WORD} title")])
    # while open: the WAL holds the latest pages
    data = notebook_bytes(path)
    assert SECRET_WORD.encode() not in data
    assert SECRET_WORD.lower().encode() not in data
    nb.close()
    data = notebook_bytes(path)
    assert SECRET_WORD.encode() not in data and b"SQLite format 3" not in data


def test_plain_notebook_is_plain_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "plain.fieldnotes"
    Notebook.create(path, None).close()
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    with Notebook.open(path, None) as nb:
        assert not nb.encrypted


def test_open_missing_or_foreign_file(tmp_path: Path) -> None:
    with pytest.raises(NotebookError, match="no notebook"):
        Notebook.open(tmp_path / "missing.fieldnotes", None)
    junk = tmp_path / "junk.fieldnotes"
    junk.write_bytes(b"this is not a database at all, just words" * 20)
    with pytest.raises(NotebookError):
        Notebook.open(junk, "pw")


def test_change_passphrase_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "enc.fieldnotes"
    with Notebook.create(path, "old") as nb:
        nb.add_articles([make_draft("Kept across the change.", title="Kept")])
    rekey.change_passphrase(path, "old", "new")
    with pytest.raises(WrongPassphrase):
        Notebook.open(path, "old")
    with Notebook.open(path, "new") as nb:
        assert nb.search("kept").total == 1
    rekey.change_passphrase(path, "new", None)
    with Notebook.open(path, None) as nb:
        assert nb.count_articles() == 1
    rekey.change_passphrase(path, None, "again")
    with Notebook.open(path, "again") as nb:
        assert nb.count_articles() == 1


def test_duplicates_are_found_by_bytes_or_text(notebook: Notebook) -> None:
    first = make_draft("Same words.", title="One", original=b"A")
    notebook.add_articles([first])
    assert notebook.find_duplicate(make_draft("Other words.", original=b"A")) is not None
    assert notebook.find_duplicate(make_draft("Same words.", original=b"B")) is not None
    assert notebook.find_duplicate(make_draft("New words.", original=b"C")) is None


def test_original_bytes_kept_exactly(notebook: Notebook) -> None:
    raw = "تاریخ\r\n".encode("utf-16")
    [article] = notebook.add_articles([make_draft("تاریخ", original=raw, language="fa")])
    assert notebook.original(article.id) == raw


def test_delete_leaves_tombstone_and_leaves_search(notebook: Notebook) -> None:
    [article] = notebook.add_articles([make_draft("Shelling in Helmand.", title="Helmand")])
    notebook.delete_article(article.id)
    assert notebook.count_articles() == 0
    assert notebook.search("helmand").total == 0
    row = notebook.db.execute("SELECT deleted FROM articles WHERE id = ?", [article.id]).fetchone()
    assert row[0] == 1


def test_failed_transaction_leaves_rows_and_index_untouched(notebook: Notebook) -> None:
    notebook.add_articles([make_draft("Baseline article.", title="Base")])
    with pytest.raises(RuntimeError), notebook.transaction(), notebook.index.writer() as w:
        from desktop.store import articles

        article = articles.insert(notebook.db, make_draft("Rolled back words."), author="")
        notebook.index.add(w, articles.index_doc(article))
        raise RuntimeError("boom")
    assert notebook.count_articles() == 1
    assert notebook.search("rolled").total == 0
    assert notebook.index.ids() == {r.id for r in notebook.article_rows()}


def test_library_filters_page_through_every_match(notebook: Notebook) -> None:
    from desktop.store.article_list import ArticleFilter

    notebook.add_articles(
        [
            make_draft(
                f"Report {i} from Herat.",
                title=f"H{i:03d}",
                language="en",
                **{"container-title": "Amu TV", "issued": {"date-parts": [[2024, 1 + i % 12]]}},
            )
            for i in range(250)
        ]
        + [make_draft("گزارش از هرات", title="fa", language="fa", direction="rtl")]
    )
    tagged = notebook.article_rows(limit=3, order="title")
    notebook.annotations.create(tagged[0].id, start=0, end=6, tags=["Persecution/Detention"])
    notebook.annotations.create(tagged[1].id, start=0, end=6, tags=["Persecution"])

    def ids(where: ArticleFilter) -> list[str]:
        pages, offset = [], 0
        while page := notebook.article_rows(limit=100, offset=offset, order="title", where=where):
            pages += [r.id for r in page]
            offset += 100
        return pages

    assert len(ids(ArticleFilter(outlet="amu"))) == 250  # more than a page, any case
    assert len(ids(ArticleFilter(language="fa"))) == 1
    assert len(ids(ArticleFilter(date_from="2024-06", date_to="2024-06"))) == 21  # i % 12 == 5
    assert ids(ArticleFilter(tag="persecution")) == [tagged[0].id, tagged[1].id]  # sub-tags count
    assert ids(ArticleFilter(tag="Persecution/Detention")) == [tagged[0].id]
