"""The notebook's tables and their migrations: one function per schema step, applied in order.

Every user record (article, annotation, tag, event) carries a UUID, created/modified times, an
author (the notebook identity that wrote it), a revision counter and a `deleted` tombstone flag,
so that notebooks can be merged without losing anyone's work.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from sqlite_utils import Database

from desktop.store import originals
from desktop.store.compression import unpack_text
from desktop.store.errors import NotebookError

log = logging.getLogger(__name__)
SLOW_STEP_S = 1.0  # a step that takes longer is reported in the log

RECORD_COLUMNS = """
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0
"""


def _run(db: Database, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def step_1_foundation(db: Database) -> None:
    """Articles with their originals, and the search index's file table."""
    _run(
        db,
        f"""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE originals (
            sha256 TEXT PRIMARY KEY,
            data BLOB NOT NULL,
            size INTEGER NOT NULL
        );
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            csl TEXT NOT NULL,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            text_sha256 TEXT NOT NULL,
            original_sha256 TEXT NOT NULL REFERENCES originals(sha256),
            filename TEXT NOT NULL,
            media_type TEXT NOT NULL,
            language TEXT NOT NULL DEFAULT '',
            direction TEXT NOT NULL DEFAULT 'ltr',
            {RECORD_COLUMNS}
        );
        CREATE INDEX articles_original ON articles(original_sha256);
        CREATE INDEX articles_text ON articles(text_sha256);
        CREATE TABLE search_files (
            name TEXT PRIMARY KEY,
            length INTEGER NOT NULL,
            modified REAL NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE search_chunks (
            name TEXT NOT NULL,
            chunk INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (name, chunk)
        ) WITHOUT ROWID
        """,
    )


def step_2_annotations_tags_events(db: Database) -> None:
    """Annotations anchored the W3C way, hierarchical tags, events backed by evidence."""
    _run(
        db,
        f"""
        CREATE TABLE annotations (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL DEFAULT '#ffe066',
            {RECORD_COLUMNS}
        );
        CREATE INDEX annotations_article ON annotations(article_id);
        CREATE TABLE tags (
            id TEXT PRIMARY KEY,
            path TEXT NOT NULL,
            color TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            {RECORD_COLUMNS}
        );
        CREATE INDEX tags_path ON tags(path);
        CREATE TABLE annotation_tags (
            annotation_id TEXT NOT NULL REFERENCES annotations(id),
            tag_id TEXT NOT NULL REFERENCES tags(id),
            PRIMARY KEY (annotation_id, tag_id)
        ) WITHOUT ROWID;
        CREATE INDEX annotation_tags_tag ON annotation_tags(tag_id);
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            date_start TEXT NOT NULL DEFAULT '',
            date_end TEXT NOT NULL DEFAULT '',
            date_precision TEXT NOT NULL DEFAULT 'day',
            country TEXT NOT NULL DEFAULT '',
            province TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            perpetrator TEXT NOT NULL DEFAULT '',
            victim_group TEXT NOT NULL DEFAULT '',
            count INTEGER,
            count_qualifier TEXT NOT NULL DEFAULT 'exact',
            description TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'reported',
            {RECORD_COLUMNS}
        );
        CREATE TABLE event_evidence (
            event_id TEXT NOT NULL REFERENCES events(id),
            annotation_id TEXT NOT NULL REFERENCES annotations(id),
            PRIMARY KEY (event_id, annotation_id)
        ) WITHOUT ROWID;
        CREATE TABLE event_tags (
            event_id TEXT NOT NULL REFERENCES events(id),
            tag_id TEXT NOT NULL REFERENCES tags(id),
            PRIMARY KEY (event_id, tag_id)
        ) WITHOUT ROWID;
        CREATE TABLE custody_log (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            record_id TEXT NOT NULL DEFAULT '',
            details TEXT NOT NULL DEFAULT '{{}}',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )
        """,
    )


def step_3_identity_contacts_sync(db: Database) -> None:
    """The notebook's key pair, its contacts, and each record's revision history and conflicts.

    A revision's hash covers its parents' hashes and its content, so a record's history is a
    small DAG that travels with it in share files; `record_heads` says which revision each row
    shows and which revisions are still unmerged heads (more than one head = a conflict).
    """
    _run(
        db,
        """
        CREATE TABLE identity (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            age_secret TEXT NOT NULL,
            signing_secret BLOB NOT NULL,
            created TEXT NOT NULL
        );
        CREATE TABLE contacts (
            name TEXT PRIMARY KEY,
            card TEXT NOT NULL,
            age_recipient TEXT NOT NULL,
            signing_key TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            fingerprint TEXT NOT NULL DEFAULT '',
            added TEXT NOT NULL
        );
        CREATE INDEX contacts_signing_key ON contacts(signing_key);
        CREATE TABLE record_revisions (
            hash TEXT PRIMARY KEY,
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            parents TEXT NOT NULL,
            generation INTEGER NOT NULL,
            content TEXT NOT NULL,
            content_hash TEXT NOT NULL
        );
        CREATE INDEX record_revisions_record ON record_revisions(table_name, record_id);
        CREATE TABLE record_heads (
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            shown TEXT NOT NULL,
            shown_content_hash TEXT NOT NULL,
            heads TEXT NOT NULL,
            PRIMARY KEY (table_name, record_id)
        ) WITHOUT ROWID;
        CREATE TABLE conflicts (
            id TEXT PRIMARY KEY,
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            heads TEXT NOT NULL,
            detected TEXT NOT NULL,
            resolved TEXT NOT NULL DEFAULT '',
            kept TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX conflicts_record ON conflicts(table_name, record_id)
        """,
    )


def step_4_list_indexes(db: Database) -> None:
    """Indexes for the library list and counts, so they read an index rather than every text."""
    _run(
        db,
        """
        CREATE INDEX articles_live_created ON articles(deleted, created);
        CREATE INDEX articles_live_title ON articles(deleted, title COLLATE NOCASE);
        CREATE INDEX events_live_date ON events(deleted, date_start);
        CREATE INDEX event_evidence_annotation ON event_evidence(annotation_id)
        """,
    )


def step_5_search_chunks_by_rowid(db: Database) -> None:
    """The search index's chunks in a rowid table, found through a small (name, chunk) index.

    In the WITHOUT ROWID table each key comparison of a look-up read a neighbouring 64 KiB chunk
    whole (SQLite reads an overflowing record entirely to compare its key): one random chunk cost
    ~1.2 ms of decryption instead of ~0.2 ms at 100,000 articles. Copied a file at a time, its old
    rows deleted as it goes, so the pages they free take the next file (the notebook does not
    double in size).
    """
    db.execute(
        """
        CREATE TABLE search_chunks_by_rowid (
            name TEXT NOT NULL,
            chunk INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (name, chunk)
        )
        """
    )
    for (name,) in db.execute("SELECT DISTINCT name FROM search_chunks").fetchall():
        db.execute(
            "INSERT INTO search_chunks_by_rowid (name, chunk, data) "
            "SELECT name, chunk, data FROM search_chunks WHERE name = ? ORDER BY chunk",
            [name],
        )
        db.execute("DELETE FROM search_chunks WHERE name = ?", [name])
    db.execute("DROP TABLE search_chunks")
    db.execute("ALTER TABLE search_chunks_by_rowid RENAME TO search_chunks")


def step_6_library_order_indexes(db: Database) -> None:
    """Indexes for ordering the library by outlet, date and language, so that a page of 100,000
    articles in any order reads a page of index entries, not every row (issue 16). SQLite uses an
    index on an expression only for the very same expression: `article_list.ORDERS` writes these
    (tests/store/test_article_list.py checks that its queries use them)."""
    _run(
        db,
        """
        CREATE INDEX articles_live_outlet
          ON articles(deleted, json_extract(csl, '$."container-title"') COLLATE NOCASE);
        CREATE INDEX articles_live_issued ON articles(deleted, printf('%04d-%02d-%02d',
          json_extract(csl, '$.issued."date-parts"[0][0]'),
          coalesce(json_extract(csl, '$.issued."date-parts"[0][1]'), 1),
          coalesce(json_extract(csl, '$.issued."date-parts"[0][2]'), 1)));
        CREATE INDEX articles_live_language ON articles(deleted, language)
        """,
    )


def step_7_originals_stored_once(db: Database) -> None:
    """Originals stored once and compressed (issue 16): a plain-text file's original is the UTF-8 of
    its article's text, so it keeps no bytes of its own (form TEXT, rebuilt from the text); others
    are compressed with zlib where that saves 10 % (see store/originals.py). Article texts stored
    before stay plain (both forms are read, store/compression.py): compressing them here took 2.5×
    as long at 20,000 articles, and the pages it frees only shrink the file through a VACUUM.
    The table is rebuilt with a `form` column and `data` last, so that reading form and size never
    walks a blob's pages.

    A row becomes TEXT only when its bytes equal an article's text byte for byte (a damaged copy
    stays as it is, for the check to report). Those in one statement; the others are copied a row
    at a time, the old row deleted as it goes, so the pages it frees take the next ones (the
    notebook does not double in size).
    """
    if "form" in {c.name for c in db["originals"].columns}:
        return  # converted already (a notebook whose version was set back)
    db.execute(
        """
        CREATE TABLE originals_stored_once (
            sha256 TEXT PRIMARY KEY,
            form INTEGER NOT NULL DEFAULT 0,
            size INTEGER NOT NULL,
            data BLOB NOT NULL
        )
        """
    )
    # Equal to a text, byte for byte (an older notebook's texts are all plain TEXT): in one statement.
    text_kept = db.execute(
        "INSERT INTO originals_stored_once (sha256, form, size, data) "
        f"SELECT o.sha256, {int(originals.Form.TEXT)}, o.size, x'' FROM originals o WHERE EXISTS ("
        "  SELECT 1 FROM articles a WHERE a.text_sha256 = o.sha256 AND typeof(a.text) = 'text'"
        "  AND CAST(a.text AS BLOB) = o.data)"
    ).rowcount
    db.execute("DELETE FROM originals WHERE sha256 IN (SELECT sha256 FROM originals_stored_once)")
    rows = db.execute("SELECT rowid, sha256 FROM originals").fetchall()
    for rowid, sha in rows:
        data = bytes(db.execute("SELECT data FROM originals WHERE rowid = ?", [rowid]).fetchone()[0])
        text = db.execute("SELECT text FROM articles WHERE text_sha256 = ? LIMIT 1", [sha]).fetchone()
        form, stored = originals.encoded(
            data, text_equal=text is not None and unpack_text(text[0]).encode("utf-8") == data
        )
        db.execute(
            "INSERT INTO originals_stored_once (sha256, form, size, data) VALUES (?, ?, ?, ?)",
            [sha, int(form), len(data), stored],
        )
        db.execute("DELETE FROM originals WHERE rowid = ?", [rowid])
    db.execute("DROP TABLE originals")
    db.execute("ALTER TABLE originals_stored_once RENAME TO originals")
    log.info("schema step 7: %d originals kept as their text, %d others converted", text_kept, len(rows))


def step_8_search_chunks_packed(db: Database) -> None:
    """The search index's chunks may be stored zlib-compressed (issue 16: the index was over half
    the notebook): `packed` is 1 for those (see search/storage.py). The chunks stored before stay
    as they are (0: plain), so the step is instant; segments written from now on, and those a merge
    rewrites, are packed."""
    if "packed" in {c.name for c in db["search_chunks"].columns}:
        return  # converted already (a notebook whose version was set back)
    db.execute("ALTER TABLE search_chunks ADD COLUMN packed INTEGER NOT NULL DEFAULT 0")


def step_9_search_chunk_size(db: Database) -> None:
    """Each index file's chunk size (issue 16): 16 KiB for files stored from now on, so that a
    look-up of a few bytes unpacks 16 KiB, not 64; files stored before keep their 64 KiB chunks."""
    if "chunk_size" in {c.name for c in db["search_files"].columns}:
        return  # converted already (a notebook whose version was set back)
    db.execute("ALTER TABLE search_files ADD COLUMN chunk_size INTEGER NOT NULL DEFAULT 65536")


MIGRATIONS: list[Callable[[Database], None]] = [
    step_1_foundation,
    step_2_annotations_tags_events,
    step_3_identity_contacts_sync,
    step_4_list_indexes,
    step_5_search_chunks_by_rowid,
    step_6_library_order_indexes,
    step_7_originals_stored_once,
    step_8_search_chunks_packed,
    step_9_search_chunk_size,
]
LATEST = len(MIGRATIONS)


def version(db: Database) -> int:
    """The schema version the notebook is at (0 for an empty file)."""
    if "meta" not in db.table_names():
        return 0
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(db: Database) -> int:
    """Bring the notebook up to LATEST, each step in its own transaction. Returns the version."""
    current = version(db)
    if current > LATEST:
        raise NotebookError(
            f"this notebook was written by a newer Fieldnotes (schema {current} > {LATEST}); "
            "update Fieldnotes to open it"
        )
    if current < LATEST:
        if current:
            log.info("migrating the notebook from schema %d to %d", current, LATEST)
        # SQLite's way to rebuild a table others refer to (step 7's originals): foreign keys off
        # while the steps run (the pragma is a no-op inside a transaction); such a step copies
        # every row it drops, so no reference is left dangling.
        enforced = db.execute("PRAGMA foreign_keys").fetchone()[0]
        db.execute("PRAGMA foreign_keys = OFF")
        try:
            for number, step in enumerate(MIGRATIONS[current:], start=current + 1):
                _apply(db, number, step)
        finally:
            db.execute(f"PRAGMA foreign_keys = {'ON' if enforced else 'OFF'}")
    return LATEST


def _apply(db: Database, number: int, step: Callable[[Database], None]) -> None:
    """Run one step and record its number, in one transaction; log it when it is slow."""
    started = time.perf_counter()
    with db.atomic():
        step(db)
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", [str(number)])
    took = time.perf_counter() - started
    if took > SLOW_STEP_S:
        log.warning("schema step %d (%s) took %.1f s", number, step.__name__, took)
