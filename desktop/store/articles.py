"""Articles: store an imported draft with its original bytes, read, list, delete and re-index them."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlite_utils import Database

from desktop.csl.text import csl_date_text, csl_names
from desktop.ingest.draft import ArticleDraft
from desktop.store import originals
from desktop.store.compression import pack_text, unpack_text
from desktop.store.errors import NotFound
from desktop.store.ids import ArticleId, new_id, now
from desktop.store.search import IndexDoc, SearchIndex


@dataclass(frozen=True)
class Article:
    """One stored article. `csl` is its CSL-JSON metadata (with "id" set to the article id)."""

    id: ArticleId
    title: str
    csl: dict[str, Any]
    text: str
    language: str
    direction: str
    filename: str
    media_type: str
    original_sha256: str
    text_sha256: str
    created: str
    modified: str

    @property
    def outlet(self) -> str:
        return str(self.csl.get("container-title", ""))

    @property
    def issued(self) -> str:
        return csl_date_text(self.csl.get("issued"))

    @property
    def published(self) -> date | None:
        """The publication day (the 1st of the month or year when only those are known)."""
        parts = [int(p) for p in self.issued.split("-") if p.isdigit()]
        try:
            return date(*(parts + [1, 1])[:3]) if parts else None
        except ValueError:
            return None


ARTICLE_COLUMNS = (
    "id, title, csl, text, language, direction, filename, media_type, original_sha256, "
    "text_sha256, created, modified"
)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def csl_datetime(issued: Any) -> datetime | None:
    """The start of a CSL date as a datetime, for the index's date field."""
    text = csl_date_text(issued)
    parts = [int(p) for p in text.split("-") if p.isdigit()]
    if not parts:
        return None
    try:
        month, day = (parts[1:3] + [1, 1])[:2]
        return datetime(parts[0], month, day)
    except ValueError:
        return None


def find_duplicate(db: Database, *, original_sha256: str, text_sha256: str) -> ArticleId | None:
    """The id of a live article with the same original bytes or the same text, if any."""
    row = db.execute(
        # `+deleted` keeps SQLite on the two hash indexes: on (deleted, title) it would read
        # every live article, 0.2 s a file at 5,000 articles (found by bench/run.py).
        "SELECT id FROM articles WHERE +deleted = 0 AND (original_sha256 = ? OR text_sha256 = ?) LIMIT 1",
        [original_sha256, text_sha256],
    ).fetchone()
    return ArticleId(row[0]) if row else None


def insert(db: Database, draft: ArticleDraft, *, author: str) -> Article:
    """Store a draft and its original (call inside a transaction). Returns the stored article."""
    article = prepare(draft)
    store(db, article, draft.original, author=author)
    return article


def prepare(draft: ArticleDraft, hashes: tuple[str, str] | None = None) -> Article:
    """The article a draft becomes, with its new id and hashes, not yet stored (see store).
    `hashes`: the SHA-256 of its original and of its text (hex), if the caller has them."""
    original_sha256, text_sha256 = hashes or (sha256(draft.original), sha256(draft.text.encode("utf-8")))
    article_id = ArticleId(new_id())
    stamp = now()
    csl = dict(draft.csl)
    csl["id"] = article_id
    csl.setdefault("type", "article")
    title = str(csl.get("title") or draft.filename)
    csl["title"] = title
    return Article(
        id=article_id,
        title=title,
        csl=csl,
        text=draft.text,
        language=draft.language,
        direction=draft.direction,
        filename=draft.filename,
        media_type=draft.media_type,
        original_sha256=original_sha256,
        text_sha256=text_sha256,
        created=stamp,
        modified=stamp,
    )


def store(db: Database, article: Article, original: bytes, *, author: str) -> None:
    """Write a prepared article and its original bytes (call inside a transaction)."""
    store_many(db, [(article, original)], author=author)


def store_many(db: Database, batch: Sequence[tuple[Article, bytes]], *, author: str) -> None:
    """Write prepared articles and their original bytes (call inside a transaction), one
    statement a table for the whole batch."""
    originals.store_many(
        db,
        # a plain-text file's original is its text's UTF-8: kept once, as the text (originals.Form.TEXT)
        ((a.original_sha256, original, a.original_sha256 == a.text_sha256) for a, original in batch),
    )
    db.conn.executemany(
        f"INSERT INTO articles ({ARTICLE_COLUMNS}, author) VALUES ({', '.join('?' * 13)})",
        [
            (
                article.id,
                article.title,
                json.dumps(article.csl, ensure_ascii=False),
                pack_text(article.text),  # compressed where it pays (store/compression.py)
                article.language,
                article.direction,
                article.filename,
                article.media_type,
                article.original_sha256,
                article.text_sha256,
                article.created,
                article.modified,
                author,
            )
            for article, _ in batch
        ],
    )


def _from_row(row: Any) -> Article:
    return Article(
        id=ArticleId(row[0]),
        title=row[1],
        csl=json.loads(row[2]),
        text=unpack_text(row[3]),
        language=row[4],
        direction=row[5],
        filename=row[6],
        media_type=row[7],
        original_sha256=row[8],
        text_sha256=row[9],
        created=row[10],
        modified=row[11],
    )


def get(db: Database, article_id: str) -> Article:
    """The live article with this id (a unique prefix of at least 6 characters also works)."""
    row = db.execute(
        f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ? AND deleted = 0", [article_id]
    ).fetchone()
    if row is None and len(article_id) >= 6:
        rows = db.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id LIKE ? AND deleted = 0 LIMIT 2",
            [article_id.replace("%", "").replace("_", "") + "%"],
        ).fetchall()
        row = rows[0] if len(rows) == 1 else None
    if row is None:
        raise NotFound(f"no article {article_id}")
    return _from_row(row)


def texts(db: Database, ids: list[str]) -> dict[str, str]:
    """{id: text} for these articles (snippets)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(f"SELECT id, text FROM articles WHERE id IN ({marks})", ids).fetchall()
    return {article_id: unpack_text(text) for article_id, text in rows}


def original(db: Database, article_id: str) -> bytes:
    """The original file's bytes, exactly as imported (rebuilt and checked by originals.read).
    Raises NotFound, or originals.DamagedOriginal when it cannot be rebuilt."""
    row = db.execute("SELECT original_sha256 FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise NotFound(f"no original for article {article_id}")
    try:
        return originals.read(db, row[0])
    except NotFound:
        raise NotFound(f"no original for article {article_id}") from None


def pack_texts(db: Database, article_ids: Collection[str] | None = None) -> int:
    """Compress the stored texts of these articles (all when None) that are stored plain and for
    which it pays (call inside a transaction; an older notebook's, a received article's). Returns
    how many were compressed. One row at a time: memory holds one text."""
    plain = "SELECT rowid FROM articles WHERE typeof(text) = 'text'"
    if article_ids is None:
        rowids = [r[0] for r in db.execute(plain)]
    else:
        ids, rowids = sorted(article_ids), []
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            rowids += [r[0] for r in db.execute(f"{plain} AND id IN ({','.join('?' * len(part))})", part)]
    packed = 0
    for rowid in rowids:
        text = db.execute("SELECT text FROM articles WHERE rowid = ?", [rowid]).fetchone()[0]
        stored = pack_text(text)
        if isinstance(stored, bytes):
            db.execute("UPDATE articles SET text = ? WHERE rowid = ?", [stored, rowid])
            packed += 1
    return packed


def count(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM articles WHERE deleted = 0").fetchone()[0])


def live_ids(db: Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT id FROM articles WHERE deleted = 0")}


def tag_paths(db: Database, article_id: str) -> tuple[str, ...]:
    """The tag paths on this article's live annotations (indexed as `tag:`)."""
    rows = db.execute(
        "SELECT DISTINCT t.path FROM tags t JOIN annotation_tags at ON at.tag_id = t.id "
        "JOIN annotations n ON n.id = at.annotation_id "
        "WHERE n.article_id = ? AND n.deleted = 0 AND t.deleted = 0",
        [article_id],
    ).fetchall()
    return tuple(r[0] for r in rows)


def index_doc(article: Article, tags: tuple[str, ...] = ()) -> IndexDoc:
    """The search document for an article."""
    return IndexDoc(
        id=article.id,
        title=article.title,
        body=article.text,
        author=csl_names(article.csl.get("author")),
        outlet=article.outlet,
        tags=tags,
        date=csl_datetime(article.csl.get("issued")),
        language=article.language,
    )


def reindex(db: Database, index: SearchIndex, article_ids: Collection[str]) -> None:
    """Bring these articles' search entries in line with their rows (call inside the transaction)."""
    if not article_ids:
        return
    with index.writer() as writer:
        for article_id in sorted(article_ids):
            row = db.execute("SELECT deleted FROM articles WHERE id = ?", [article_id]).fetchone()
            if row is None or row[0]:
                index.delete(writer, article_id)
                continue
            index.add(writer, index_doc(get(db, article_id), tag_paths(db, article_id)))


def mark_deleted(db: Database, article_id: str, *, author: str) -> None:
    """Leave a tombstone (the row stays, so the deletion can travel to colleagues)."""
    db.execute(
        "UPDATE articles SET deleted = 1, modified = ?, revision = revision + 1, author = ? WHERE id = ?",
        [now(), author, article_id],
    )
