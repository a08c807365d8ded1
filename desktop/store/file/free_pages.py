"""Pages a notebook no longer uses, given back to the disk: new notebooks keep SQLite's free-page
list returnable (`auto_vacuum = INCREMENTAL`), and a notebook returns a large one when it closes.

Merges during a large import free the pages of the segments they replace; later batches reuse
them, but the last merges' pages stayed in the file (46.5 MiB of 531.8 at 100,000 articles).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.store.file.unlock import is_read_only

if TYPE_CHECKING:
    from sqlite3 import Connection

INCREMENTAL = 2  # PRAGMA auto_vacuum's value for incremental vacuuming
GIVE_BACK_MIN_PAGES = 1024  # 4 MiB: a smaller free list is left for the next writes to reuse


def make_returnable(conn: Connection) -> None:
    """Keep the free-page list of a new, still empty notebook returnable. The setting takes effect
    through a VACUUM once the file has its first page (switching to WAL writes it), instant while
    the notebook is empty; an older notebook keeps auto_vacuum off."""
    conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
    conn.execute("VACUUM")


def give_back(conn: Connection, *, min_pages: int = GIVE_BACK_MIN_PAGES) -> int:
    """Return the free pages to the disk if there are at least `min_pages` of them and the
    notebook allows it; the number of pages returned. One transaction of its own: SQLite moves
    the pages in use from the end of the file into the free ones, then truncates it."""
    if is_read_only(conn) or conn.in_transaction:
        return 0
    if int(conn.execute("PRAGMA auto_vacuum").fetchone()[0]) != INCREMENTAL:
        return 0
    free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    if free < min_pages:
        return 0
    conn.execute("PRAGMA incremental_vacuum").fetchall()  # each step is a row: run them all
    return free - int(conn.execute("PRAGMA freelist_count").fetchone()[0])
