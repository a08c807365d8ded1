"""Checking a notebook (integrity, originals' hashes, index agrees with rows) and rebuilding its index."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from desktop.progress import Progress
from desktop.store import articles, custody, originals
from desktop.store.notebook import Notebook

REBUILD_BATCH = 500


@dataclass
class CheckReport:
    """What `check` found; `ok` when nothing."""

    problems: list[str] = field(default_factory=list)
    articles: int = 0
    originals: int = 0
    indexed: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def check(nb: Notebook) -> Iterator[Progress | CheckReport]:
    """Yield progress, then one CheckReport."""
    report = CheckReport()
    total = originals.count(nb.db)
    yield Progress(0, total + 2, "SQLite integrity")
    for (line,) in nb.db.execute("PRAGMA integrity_check").fetchall():
        if line != "ok":
            report.problems.append(f"SQLite: {line}")
    for done, (_, problem) in enumerate(originals.problems(nb.db), start=1):  # each rebuilt whole
        report.originals += 1
        if problem is not None:
            report.problems.append(problem)
        if done % 200 == 0:
            yield Progress(done, total + 2, "originals")
    missing = nb.db.execute(
        "SELECT a.id FROM articles a LEFT JOIN originals o ON o.sha256 = a.original_sha256 "
        "WHERE o.sha256 IS NULL"
    ).fetchall()
    report.problems += [f"article {r[0]} has lost its original" for r in missing]
    yield Progress(total + 1, total + 2, "search index")
    rows, indexed = articles.live_ids(nb.db), nb.index.ids()
    report.articles, report.indexed = len(rows), len(indexed)
    if rows - indexed:
        report.problems.append(f"{len(rows - indexed)} articles are missing from the search index")
    if indexed - rows:
        report.problems.append(f"the search index has {len(indexed - rows)} articles too many")
    report.problems += [f"custody log: {p}" for p in custody.verify(nb.db)]
    yield Progress(total + 2, total + 2, "done")
    yield report


def rebuild_index(nb: Notebook) -> Iterator[Progress]:
    """Rebuild the search index from the rows, in one transaction (a crash keeps the old one)."""
    ids = sorted(articles.live_ids(nb.db))
    yield Progress(0, len(ids), "rebuilding the search index")
    with nb.transaction():
        nb.index.clear()
        for start in range(0, len(ids), REBUILD_BATCH):
            with nb.index.writer() as writer:
                for article_id in ids[start : start + REBUILD_BATCH]:
                    article = articles.get(nb.db, article_id)
                    tags = articles.tag_paths(nb.db, article_id)
                    nb.index.add(writer, articles.index_doc(article, tags))
            yield Progress(min(start + REBUILD_BATCH, len(ids)), len(ids), "indexed")
        custody.append(nb.db, actor=nb.author, action="rebuild-index", details={"articles": len(ids)})
