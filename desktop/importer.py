"""Importing files: read each with desktop.ingest, skip duplicates, store in batches.

A generator yielding Progress while it reads and one ImportResult per file after that file's
batch has committed, so a result never claims an import that a crash or cancel could undo.
Every file a folder holds gets a result, those not read too ("skipped", with the reason).
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop.ingest.draft import ArticleDraft, IngestError
from desktop.ingest.reader import read_file, walk
from desktop.ingest.walk import display_path
from desktop.progress import Progress
from desktop.store.articles import sha256
from desktop.store.notebook import Notebook, PreparedArticles

# Bigger batches index faster (fewer index segments, fewer distinct terms per article, and no
# merges until some 20,000 articles at 2,000 a batch); a batch also ends after 32 MiB or 2 s of
# reading. While batches are indexed in the worker processes (two on two cores) the next is read
# (Batches), so a cancel or crash loses at most the three batches not yet committed (a few
# seconds of reading), never reported as imported.
BATCH_FILES = 2000
BATCH_BYTES = 32 * 2**20
BATCH_SECONDS = 2.0
OUTCOMES = ("imported", "duplicate", "skipped", "error")  # the statuses, in the order reports list them

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportResult:
    """The outcome for one file: status is one of OUTCOMES. `error` says why a file failed,
    `reason` why it failed or was skipped (e.g. "unsupported type (.xyz)")."""

    path: str
    status: str
    id: str | None = None
    title: str | None = None
    error: str | None = None
    reason: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return asdict(self)

    @property
    def detail(self) -> str:
        """What a report line says after the file's name: the reason, or the article's title."""
        return (self.reason or self.error or "") if self.status in ("skipped", "error") else self.title or ""


def count_outcomes(results: Iterable[ImportResult]) -> dict[str, int]:
    """How many files had each outcome, every outcome listed (0 when none)."""
    counts = Counter(r.status for r in results)
    return {outcome: counts[outcome] for outcome in OUTCOMES}


def summary_line(counts: dict[str, int]) -> str:
    """E.g. "3 imported, 1 duplicate, 2 skipped, 0 errors"."""
    plural = {"imported": "imported", "duplicate": "duplicates", "skipped": "skipped", "error": "errors"}
    return ", ".join(f"{n} {outcome if n == 1 else plural[outcome]}" for outcome, n in counts.items())


def _failed(path: Path, reason: str) -> ImportResult:
    return ImportResult(display_path(path), "error", error=reason, reason=reason)


def import_paths(nb: Notebook, paths: Iterable[Path]) -> Iterator[Progress | ImportResult]:
    """Import files and folders (recursively). Stop iterating to cancel: the batches not yet
    committed are dropped and nothing of them is stored."""
    found = list(walk(paths))
    batches = Batches(nb)
    for done, entry in enumerate(found, start=1):
        path = entry.path
        yield Progress(done - 1, len(found), display_path(path))
        if entry.outcome == "skipped":
            batches.hold(ImportResult(display_path(path), "skipped", reason=entry.reason))
            continue
        if entry.outcome is not None:
            batches.hold(_failed(path, entry.reason))
            continue
        try:
            draft = read_file(path)
        except IngestError as exc:
            batches.hold(_failed(path, exc.problem))
            continue
        except MemoryError:
            batches.hold(_failed(path, "too large to read in memory"))
            continue
        except Exception as exc:  # a reader's library choking on a hostile file
            log.warning("reading %s failed: %r", display_path(path), exc)
            batches.hold(_failed(path, f"could not be read ({type(exc).__name__} in its reader)"))
            continue
        yield from batches.add(display_path(path), draft)
    yield Progress(len(found), len(found), "done")  # every file read; the last batches are stored now
    yield from batches.finish()


@dataclass
class _Batch:
    """Drafts read and results held (duplicates, errors), in the order of their files."""

    drafts: list[tuple[str, ArticleDraft]] = field(default_factory=list)
    held: list[ImportResult] = field(default_factory=list)
    size: int = 0
    started: float = field(default_factory=time.monotonic)


class Batches:
    """Cuts drafts into batches (BATCH_FILES, BATCH_BYTES, BATCH_SECONDS) and stores them, one
    transaction a batch. A full batch is handed to the notebook's indexing worker at once
    (Notebook.prepare_articles) and committed when the next one is full, so that reading and
    indexing overlap. Results come only after their batch has committed, batch by batch: its
    imported files, then its duplicates and errors.
    """

    def __init__(self, nb: Notebook) -> None:
        self.nb = nb
        self.reading = _Batch()
        self.indexing: list[tuple[_Batch, PreparedArticles]] = []  # oldest first
        self.in_flight = nb.batches_in_flight()
        self.uncommitted: dict[str, str] = {}  # hashes of uncommitted drafts → their file's name
        self.commits = 0  # batches committed

    def hold(self, result: ImportResult) -> None:
        """A result with no article (a duplicate or an error), reported with its batch."""
        self.reading.held.append(result)

    def add(self, path: str, draft: ArticleDraft) -> Iterator[ImportResult]:
        """Add a draft (or report it as a duplicate); yields the results of a batch it commits."""
        original, text = sha256(draft.original), sha256(draft.text.encode("utf-8"))
        duplicate = self.nb.duplicate_of(original, text)
        if duplicate is None:
            name = self.uncommitted.get(original) or self.uncommitted.get(text)
            duplicate = f"(this import: {name})" if name else None
        if duplicate is not None:
            title = str(draft.csl.get("title") or draft.filename)
            self.hold(ImportResult(path, "duplicate", id=duplicate, title=title))
        else:
            self.uncommitted[original] = self.uncommitted[text] = Path(path).name
            batch = self.reading
            batch.drafts.append((path, draft))
            batch.size += len(draft.original) + len(draft.text)
        batch = self.reading
        if (
            len(batch.drafts) >= BATCH_FILES
            or batch.size >= BATCH_BYTES
            or time.monotonic() - batch.started >= BATCH_SECONDS
        ):
            yield from self._next()

    def finish(self) -> Iterator[ImportResult]:
        """Commit what is left; yields its results."""
        yield from self._next()
        while self.indexing:
            yield from self._commit()

    def _next(self) -> Iterator[ImportResult]:
        """Send the batch being read to an indexing worker; commit the oldest batch sent before
        if as many are being indexed as there are workers."""
        batch, self.reading = self.reading, _Batch()
        if batch.drafts:
            self.indexing.append((batch, self.nb.prepare_articles([d for _, d in batch.drafts])))
        while len(self.indexing) > self.in_flight or (self.indexing and not batch.drafts):
            yield from self._commit()
        if not batch.drafts:
            yield from batch.held
        self.reading.started = time.monotonic()  # a batch's seconds count from here, not the commit

    def _commit(self) -> Iterator[ImportResult]:
        batch, prepared = self.indexing.pop(0)
        stored = self.nb.add_articles(prepared)
        self.commits += 1
        for article in stored:
            self.uncommitted.pop(article.original_sha256, None)
            self.uncommitted.pop(article.text_sha256, None)
        for (path, _), article in zip(batch.drafts, stored, strict=True):
            yield ImportResult(path, "imported", id=article.id, title=article.title)
        yield from batch.held
