"""Importing files: read each with desktop.ingest, skip duplicates, store in batches.

A generator yielding Progress while it reads and one ImportResult per file after that file's
batch has committed, so a result never claims an import that a crash or cancel could undo.
Every file a folder holds gets a result, those not read too ("skipped", with the reason). A
REFI-QDA project (.qdpx) or codebook (.qdc), named or met in a folder, goes to the exchange
importer after the files, in its own transaction, and gets one result too.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from desktop.ingest.draft import ArticleDraft, IngestError
from desktop.ingest.reader import SUPPORTED_SUFFIXES, read_file
from desktop.ingest.walk import display_path, walk
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
PROJECT_SUFFIXES = frozenset([".qdpx", ".qdc"])  # REFI-QDA projects and codebooks: desktop.exchange

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportResult:
    """The outcome for one file: status is one of OUTCOMES. `error` says why a file failed,
    `reason` why it failed or was skipped (e.g. "unsupported type (.xyz)"). A REFI-QDA project's
    `title` says what it held, and `records` lists each of its records (ExchangeItem.as_dict)."""

    path: str
    status: str
    id: str | None = None
    title: str | None = None
    error: str | None = None
    reason: str | None = None
    records: tuple[dict[str, str], ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """The result as JSON reports print it; `records` only for a project."""
        out = asdict(self)
        if not self.records:
            del out["records"]
        else:
            out["records"] = list(self.records)
        return out

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
    committed are dropped and nothing of them is stored (nor a merge of index segments under way
    at the end, see Notebook.merge_leftover_segments). Projects (PROJECT_SUFFIXES) are imported
    last, each in its own transaction, so that a source also given as a file is matched, not
    stored twice."""
    found = list(walk(paths, SUPPORTED_SUFFIXES | PROJECT_SUFFIXES))
    batches = Batches(nb)
    projects: list[Path] = []
    for done, entry in enumerate(found, start=1):
        path = entry.path
        yield Progress(done - 1, len(found), display_path(path))
        if entry.outcome is None and path.suffix.lower() in PROJECT_SUFFIXES:
            projects.append(path)
            continue
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
    yield Progress(len(found) - len(projects), len(found), "done")  # the last batches are stored now
    yield from batches.finish()
    for done, path in enumerate(projects, start=len(found) - len(projects)):
        yield Progress(done, len(found), display_path(path))
        yield from import_project_file(nb, path)
    # The index segments a long import left beyond what the merge policy keeps (the merge worker
    # falls behind: 23-32 after 100,000 articles) are merged now: every search looks in each.
    for _ in nb.merge_leftover_segments():
        yield Progress(len(found), len(found), "done")


def import_project_file(nb: Notebook, path: Path) -> Iterator[Progress | ImportResult]:
    """A REFI-QDA project or codebook through the exchange importer (one transaction): its
    Progress, then one result: "imported" when it stored something, "duplicate" when everything
    in it was already here, "skipped" when it held nothing Fieldnotes keeps, "error" when it was
    refused whole. Stop iterating to cancel: the project's transaction is rolled back."""
    from desktop.exchange.project_import import import_project
    from desktop.exchange.report import ExchangeError, ExchangeItem

    items: list[ExchangeItem] = []
    try:
        for item in import_project(nb, path):
            if isinstance(item, Progress):
                yield item
            else:
                items.append(item)
    except ExchangeError as exc:
        reason = str(exc).splitlines()[0] if str(exc) else "refused"
        yield _failed(path, reason.removeprefix(f"{path.name}: "))
        return
    except MemoryError:
        yield _failed(path, "too large to read in memory")
        return
    yield _project_result(path, items)


def _project_result(path: Path, items: list[Any]) -> ImportResult:
    """The one result of a project imported, from its exchange report (ExchangeItem)."""
    from desktop.exchange.report import PRESENT, SKIPPED, STORED

    records = tuple(i.as_dict() for i in items)
    what = "REFI-QDA " + ("codebook" if path.suffix.lower() == ".qdc" else "project")
    stored = Counter(i.kind for i in items if i.status == STORED and i.kind != "user")  # users: named only
    present = sum(i.status == PRESENT for i in items)
    skipped = _records(sum(i.status == SKIPPED for i in items), "skipped")
    if stored:
        kept = ", ".join(_records(n, kind) for kind, n in sorted(stored.items(), key=_kind_order))
        notes = [f"{present} already here"] * bool(present) + [skipped] * bool(skipped)
        title = f"{what}: {kept} stored" + "".join(f"; {note}" for note in notes)
        return ImportResult(display_path(path), "imported", title=title, records=records)
    aside = f" ({skipped})" if skipped else ""
    if present:
        title = f"{what}, already in the notebook{aside}"
        return ImportResult(display_path(path), "duplicate", title=title, records=records)
    reason = f"a {what} with nothing Fieldnotes keeps{aside}"
    return ImportResult(display_path(path), "skipped", reason=reason, records=records)


def _kind_order(item: tuple[str, int]) -> tuple[int, str]:
    """Sources, then codes, then annotations, then the rest by name."""
    order = ("source", "code", "annotation")
    return (order.index(item[0]) if item[0] in order else len(order), item[0])


def _records(n: int, kind: str) -> str:
    """ "2 sources", "1 code", "3 records skipped"; "" for no skipped records."""
    if kind == "skipped":
        return f"{n} record{'s' if n != 1 else ''} skipped" if n else ""
    return f"{n} {kind}{'s' if n != 1 else ''}"


@dataclass
class _Batch:
    """Drafts read and results held (duplicates, errors), in the order of their files."""

    drafts: list[tuple[str, ArticleDraft]] = field(default_factory=list)
    hashes: list[tuple[str, str]] = field(default_factory=list)  # each draft's original and text SHA-256
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
        duplicate: str | None = self.nb.duplicate_of(original, text)
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
            batch.hashes.append((original, text))
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
            self.indexing.append(
                (batch, self.nb.prepare_articles([d for _, d in batch.drafts], batch.hashes))
            )
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
