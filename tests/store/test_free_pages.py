"""Free pages: a new notebook can give pages it no longer uses back to the disk, and does so when
it closes if a change freed many (a merge's replaced segments); a few are left for reuse."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from desktop.store import rekey
from desktop.store.file import free_pages
from desktop.store.notebook import Notebook
from tests.conftest import make_draft

PASSPHRASE = "free pages test passphrase"


def _store_and_drop(nb: Notebook, size: int) -> None:
    """An index file of `size` random bytes stored, then deleted and purged (as a merge does)."""
    storage = nb.index.storage
    with nb.transaction():
        f = storage.create_file("replaced.seg")
        f.write(os.urandom(size))
        f.close()
    with nb.transaction():
        storage.delete_file("replaced.seg")
        storage.purge_deleted()


def _free(nb: Notebook) -> int:
    return int(nb.conn.execute("PRAGMA freelist_count").fetchone()[0])


def test_a_notebook_returns_many_freed_pages_when_it_closes(tmp_path: Path) -> None:
    path = tmp_path / "big.fieldnotes"
    nb = Notebook.create(path, PASSPHRASE)
    assert int(nb.conn.execute("PRAGMA auto_vacuum").fetchone()[0]) == free_pages.INCREMENTAL
    (article,) = nb.add_articles([make_draft("Two former soldiers were detained in Kunduz.", title="Kunduz")])
    _store_and_drop(nb, 8 * 2**20)
    assert _free(nb) > 2000
    nb.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.stat().st_size
    nb.close()
    assert path.stat().st_size < before - 7 * 2**20
    with Notebook.open(path, PASSPHRASE) as reopened:
        assert _free(reopened) == 0
        assert [h.id for h in reopened.search("kunduz").hits] == [article.id]
        assert reopened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_few_free_pages_are_left_for_the_next_writes(tmp_path: Path) -> None:
    path = tmp_path / "small.fieldnotes"
    nb = Notebook.create(path, None)
    _store_and_drop(nb, 256 * 1024)
    left = _free(nb)
    assert 0 < left < free_pages.GIVE_BACK_MIN_PAGES
    nb.close()
    with Notebook.open(path, None) as reopened:
        assert _free(reopened) == left


def test_a_file_without_incremental_vacuum_keeps_its_pages(tmp_path: Path) -> None:
    """Notebooks made before keep auto_vacuum off (only a VACUUM could change it): nothing moves."""
    conn = sqlite3.connect(tmp_path / "old.sqlite", isolation_level=None)
    conn.execute("CREATE TABLE t (data BLOB)")
    conn.execute("INSERT INTO t VALUES (zeroblob(8 * 1024 * 1024))")
    conn.execute("DELETE FROM t")
    free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    assert free > free_pages.GIVE_BACK_MIN_PAGES
    assert free_pages.give_back(conn) == 0
    assert int(conn.execute("PRAGMA freelist_count").fetchone()[0]) == free
    conn.close()


def test_a_new_passphrase_keeps_free_pages_returnable(tmp_path: Path) -> None:
    """The re-encrypted copy is made with incremental vacuum too (an older notebook gains it)."""
    path = tmp_path / "rekeyed.fieldnotes"
    Notebook.create(path, "old passphrase").close()
    rekey.change_passphrase(path, "old passphrase", PASSPHRASE)
    with Notebook.open(path, PASSPHRASE) as nb:
        assert int(nb.conn.execute("PRAGMA auto_vacuum").fetchone()[0]) == free_pages.INCREMENTAL
        _store_and_drop(nb, 8 * 2**20)
    assert path.stat().st_size < 4 * 2**20
