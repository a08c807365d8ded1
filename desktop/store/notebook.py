"""Notebook: the façade the UI and the command line use. One user action = one transaction.

The notebook builds its record stores and its undo log and hands them a RecordContext (its
connection, author, transactions, re-indexing, listeners); none of them knows the Notebook.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Collection, Iterator
from concurrent.futures import Future
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from desktop.ingest.draft import ArticleDraft
from desktop.store import article_list, articles, custody, metadata
from desktop.store.annotations import Annotations
from desktop.store.article_list import ArticleFilter, ArticleRow
from desktop.store.articles import Article
from desktop.store.changes import Change, Listener, Listeners
from desktop.store.context import RecordContext
from desktop.store.errors import NotebookError
from desktop.store.events import Events
from desktop.store.file import free_pages, schema, unlock
from desktop.store.ids import ArticleId, new_id, now
from desktop.store.search import (
    INDEX_NAME,
    BuiltSegment,
    IndexDoc,
    SearchIndex,
    SearchResult,
    SegmentBuilder,
    index_documents,
    merge_leftovers,
    start_indexing,
)

# the search types callers see, through the façade rather than the engine's package
from desktop.store.search import Hit as Hit
from desktop.store.search import QuerySyntaxError as QuerySyntaxError
from desktop.store.search import SearchCancelled as SearchCancelled
from desktop.store.tags import Tags
from desktop.store.undo import Edit, UndoHistory

log = logging.getLogger(__name__)


IMPORT_CACHE_KIB = 32 * 1024  # SQLite's page cache once a large batch is imported
IMPORT_CACHE_BATCH = 64  # articles in a batch that make it large


@dataclass(frozen=True)
class PreparedArticles:
    """A batch of drafts with their articles' ids, and its index segment if a worker builds it
    (see Notebook.prepare_articles)."""

    drafts: tuple[ArticleDraft, ...]
    articles: tuple[Article, ...]
    docs: tuple[IndexDoc, ...]  # the articles' search documents
    segment: Future[BuiltSegment] | None


class Notebook:
    """An open notebook file. Use `Notebook.create` / `Notebook.open`, then `close()`.

    The connection belongs to the thread that opened the notebook: work in another thread
    opens its own `Notebook` on the same file.
    """

    def __init__(self, path: Path, conn: unlock.Connection) -> None:
        self.path = path
        self.conn = conn
        self.db = Database(conn)
        self.index = SearchIndex(conn)
        self._segment_builder = SegmentBuilder()  # a worker process, started by the first large import
        self._import_cache = False  # the larger page cache of an import is set (add_articles)
        self.encrypted = unlock.is_encrypted(path)
        self._listeners = Listeners()
        records = RecordContext(
            db=self.db,
            edit=self._edit,
            transaction=self.transaction,
            reindex=self.reindex,
            notify=self.notify,
            read_author=lambda: self.author,
        )
        self.undo = UndoHistory(records)
        self.annotations = Annotations(records)
        self.tags = Tags(records, annotations_with=self.annotations.tagged_with)
        self.events = Events(records)

    # -- opening and closing ----------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, passphrase: str | None) -> Notebook:
        """Make a new notebook; encrypted unless `passphrase` is None."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        nb = cls(path, unlock.connect(path, passphrase, create=True))
        free_pages.make_returnable(nb.conn)
        schema.migrate(nb.db)
        with nb.transaction():
            nb.db.execute("INSERT INTO meta (key, value) VALUES ('notebook_id', ?)", [new_id()])
            nb.db.execute("INSERT INTO meta (key, value) VALUES ('created', ?)", [now()])
            nb.index.create()
            custody.append(nb.db, actor=nb.author, action="create", details={})
        nb.encrypted = passphrase is not None
        return nb

    @classmethod
    def open(cls, path: Path | str, passphrase: str | None) -> Notebook:
        """Unlock an existing notebook, migrating it to the current schema."""
        path = Path(path)
        nb = cls(path, unlock.connect(path, passphrase))
        try:
            if schema.version(nb.db) == 0:
                raise NotebookError(f"{path}: not a Fieldnotes notebook")
            schema.migrate(nb.db)
            if not unlock.is_read_only(nb.conn):
                with nb.transaction():
                    nb.index.storage.purge_deleted()
        except BaseException:
            nb.conn.close()
            raise
        return nb

    def close(self) -> None:
        self._store_background_merge()
        self._segment_builder.close()
        self.index.close()
        try:  # what merges freed (see free_pages): a smaller file to copy and back up
            free_pages.give_back(self.conn)
        except Exception as exc:  # the notebook is whole without it
            log.warning("could not return the free pages of %s: %s", self.path.name, exc)
        with contextlib.suppress(Exception):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()

    def merge_leftover_segments(self) -> Iterator[None]:
        """After a large import: merge the index segments it left beyond what the merge policy
        keeps (the merge worker falls behind a long import), one merge at a time in the merge
        worker, each swapped in by a transaction of its own. Yields while a merge runs; stop
        iterating to cancel (the merge under way is dropped, nothing of it stored)."""

        @contextlib.contextmanager
        def writer() -> Iterator[Any]:
            with self.transaction(), self.index.writer() as w:
                yield w

        return merge_leftovers(
            self._segment_builder, self.index.ix._segments, writer, store=self._store_background_merge
        )

    def _store_background_merge(self) -> None:
        """Wait for a merge the worker is doing (see index_builder) and swap it in."""
        if self._segment_builder.pending is None:
            return
        try:
            with self.transaction(), self.index.writer() as writer:
                if not self._segment_builder.finish_merge(writer, wait=True):
                    writer.merge_now([], list(writer.segments))  # leave the segments as they are
        except Exception as exc:  # the index is whole without it: the sources are still there
            log.warning("could not store the background merge of %s: %s", self.path.name, exc)

    def __enter__(self) -> Notebook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """One unit of work: rows and search index commit together, or neither does.

        BEGIN IMMEDIATE takes the write lock up front, so two processes writing at once wait
        for each other instead of failing half-way.
        """
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            # SQLite has already rolled back after some failures (a full disk, an I/O error):
            # a second ROLLBACK would fail and hide the error that matters
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self.index.close()  # a searcher may have seen uncommitted index files
            raise
        self.conn.execute("COMMIT")

    def _edit(self, *, kind: str, label: str, action: str) -> AbstractContextManager[Edit]:
        """One undoable edit, through whichever undo log the notebook has now (a test may swap it)."""
        return self.undo.edit(kind=kind, label=label, action=action)

    def reindex(self, article_ids: Collection[str]) -> None:
        """Bring these articles' search entries in line with their rows (inside a transaction)."""
        articles.reindex(self.db, self.index, article_ids)

    # -- listeners ----------------------------------------------------------------------------
    def add_listener(self, fn: Listener) -> None:
        """Call `fn(change)` after every committed edit, undo and redo (views refresh from it)."""
        self._listeners.add(fn)

    def remove_listener(self, fn: Listener) -> None:
        self._listeners.remove(fn)

    def notify(self, change: Change) -> None:
        self._listeners.notify(change)

    @property
    def author(self) -> str:
        """Who this notebook's edits are recorded as (its id until identities exist)."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'notebook_id'").fetchone()
        return row[0] if row else ""

    # -- articles -----------------------------------------------------------------------------
    def find_duplicate(self, draft: ArticleDraft) -> ArticleId | None:
        return self.duplicate_of(articles.sha256(draft.original), articles.sha256(draft.text.encode("utf-8")))

    def duplicate_of(self, original_sha256: str, text_sha256: str) -> ArticleId | None:
        """A live article with these original bytes or this text (SHA-256, hex), if any."""
        return articles.find_duplicate(self.db, original_sha256=original_sha256, text_sha256=text_sha256)

    def batches_in_flight(self) -> int:
        """How many prepared batches can be indexed at once (one an indexing worker process)."""
        return max(1, self._segment_builder.index_workers())

    def prepare_articles(
        self, drafts: list[ArticleDraft], hashes: list[tuple[str, str]] | None = None
    ) -> PreparedArticles:
        """Give a batch of drafts their ids and start indexing them in the worker process, so that
        the caller can read the next batch meanwhile. Nothing is stored until add_articles.
        `hashes`: each draft's original and text SHA-256 (hex), if the caller has them already."""
        if hashes is None:
            prepared = [articles.prepare(draft) for draft in drafts]
        else:
            prepared = [articles.prepare(d, h) for d, h in zip(drafts, hashes, strict=True)]
        docs = [articles.index_doc(a) for a in prepared]
        started = start_indexing(self._segment_builder, INDEX_NAME, docs)
        return PreparedArticles(tuple(drafts), tuple(prepared), tuple(docs), started)

    def add_articles(self, batch: list[ArticleDraft] | PreparedArticles) -> list[Article]:
        """Store drafts (already checked for duplicates) or a prepared batch, and index them, in
        one transaction."""
        prepared = batch if isinstance(batch, PreparedArticles) else self.prepare_articles(batch)
        stored = list(prepared.articles)
        author = self.author
        if len(stored) >= IMPORT_CACHE_BATCH and not self._import_cache:
            # Rows go in at random places of the tables and their indexes (random ids, hashes);
            # with SQLite's 2 MiB page cache each insert read (and decrypted) pages evicted by
            # the last: a batch's rows and index files took twice as long.
            self.conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
            self._import_cache = True
        with self.transaction(), self.index.writer() as writer:
            originals = [draft.original for draft in prepared.drafts]
            articles.store_many(self.db, list(zip(stored, originals, strict=True)), author=author)

            def record_imports() -> None:
                records = [
                    (
                        article.id,
                        {
                            "file": draft.filename,
                            "original_sha256": article.original_sha256,
                            "text_sha256": article.text_sha256,
                        },
                    )
                    for draft, article in zip(prepared.drafts, stored, strict=True)
                ]
                custody.append_many(self.db, actor=author, action="import", records=records)

            # The custody log is written while the worker process builds its part of the index.
            index_documents(
                writer,
                list(prepared.docs),
                self._segment_builder,
                meanwhile=record_imports,
                started=prepared.segment,
            )
        if stored:
            self.notify(Change("article", tuple(a.id for a in stored), "Import articles"))
        return stored

    def article(self, article_id: str) -> Article:
        return articles.get(self.db, article_id)

    def original(self, article_id: str) -> bytes:
        return articles.original(self.db, self.article(article_id).id)

    def article_rows(
        self,
        *,
        limit: int = 100,
        offset: int = 0,
        order: str = "added",
        descending: bool = False,
        where: ArticleFilter | None = None,
    ) -> list[ArticleRow]:
        """A page of the library, optionally filtered (see ArticleFilter)."""
        return article_list.list_rows(
            self.db, limit=limit, offset=offset, order=order, descending=descending, where=where
        )

    def count_articles(self) -> int:
        return articles.count(self.db)

    def delete_article(self, article_id: str) -> Article:
        """Tombstone an article and drop it from the index (undoable). Returns what was deleted."""
        article = self.article(article_id)
        with self.undo.edit(kind="article", label="Delete article", action="delete") as edit:
            metadata.delete(self.db, edit, article.id, author=self.author)
            edit.details["title"] = article.title
        return article

    def restore_article(self, article_id: str) -> Article:
        """Bring back a deleted article with its annotations, and index it again (undoable)."""
        with self.undo.edit(kind="article", label="Restore article", action="restore") as edit:
            edit.details["title"] = metadata.restore(self.db, edit, article_id, author=self.author)
        return self.article(article_id)

    def update_metadata(self, article_id: str, csl: dict[str, Any]) -> Article:
        """Edit citation metadata: fields in `csl` replace the stored ones (None or "" removes one).

        The article is re-indexed (title, author, outlet, date) in the same transaction.
        """
        article = self.article(article_id)
        new = metadata.merged_csl(article.csl, csl)
        if new == article.csl:
            return article
        with self.undo.edit(kind="metadata", label="Edit metadata", action="edit-metadata") as edit:
            metadata.write_csl(self.db, edit, article.id, csl=new, author=self.author)
            edit.details["fields"] = sorted(k for k in csl if k != "id")
        return self.article(article.id)

    # -- search -------------------------------------------------------------------------------
    def search(
        self, query: str, *, limit: int = 20, cancelled: Callable[[], bool] | None = None
    ) -> SearchResult:
        """Ranked hits with highlighted snippets (see the README for the query language).

        `cancelled()`, if given, is asked between steps of the search; True stops it with
        SearchCancelled (a search typed over: what it read stays cached for the next one)."""
        return self.index.search(
            query, limit=limit, texts=lambda ids: articles.texts(self.db, ids), cancelled=cancelled
        )

    def same_search(self, a: str, b: str) -> bool:
        """Whether queries `a` and `b` find the same hits with the same snippets (they parse to the
        same terms); the "did you mean" of a search that finds nothing may still differ."""
        return self.index.same_query(a, b)

    def read_ahead_search(self) -> Iterator[None]:
        """Read ahead, one short step a `yield`, what the first search would read whatever its
        words (see SearchIndex.read_ahead); for a search worker while it waits for queries."""
        return self.index.read_ahead()

    def titles(self, ids: list[str]) -> dict[str, str]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return dict(self.db.execute(f"SELECT id, title FROM articles WHERE id IN ({marks})", ids))
