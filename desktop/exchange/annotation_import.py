"""Importing W3C Web Annotations: find each one's article (by file hash or URL) and passage, store it.

An annotation is re-anchored on the article whose original file (or text) has the target's
SHA-256, else whose URL the target names; then by its quote with prefix and suffix, then by
its position. One that cannot be anchored is reported, never dropped silently. One already in
the notebook (same passage, same note) is reported as present, so importing twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.exchange import w3c_read, writing
from desktop.exchange.report import PRESENT, SKIPPED, STORED, ExchangeItem
from desktop.exchange.w3c_read import Target, W3CAnnotation
from desktop.progress import Progress
from desktop.store.annotations import Annotation, Annotations
from desktop.store.articles import Article
from desktop.store.ids import AnnotationId, ArticleId
from desktop.store.notebook import Notebook

SHA256_URN = "urn:sha256:"
ANNOTATIONS_PER_STEP = 200  # stored between two progress reports (and chances to cancel)


@dataclass(frozen=True)
class _Placed:
    found: W3CAnnotation
    article: Article
    span: tuple[int, int]


def articles_for(nb: Notebook, sources: tuple[str, ...]) -> list[Article]:
    """Live articles a target's sources name: by original or text hash first, then by URL."""
    ids: list[str] = []
    for source in sources:
        if source.lower().startswith(SHA256_URN):
            digest = source[len(SHA256_URN) :].lower()
            found = nb.duplicate_of(digest, digest)  # the article with this original file or text
            ids += [found] if found else []
    for source in sources:
        if not source.lower().startswith(("urn:", "_:")):
            sql = "SELECT id FROM articles WHERE deleted = 0 AND json_extract(csl, '$.URL') = ?"
            ids += [r[0] for r in nb.db.execute(sql, [source])]
    return [nb.article(i) for i in dict.fromkeys(ids)]


def place(target: Target, text: str) -> tuple[int, int] | None:
    """The passage in `text`: the quote (with prefix and suffix) nearest the position, else the position."""
    if target.exact:
        probe = Annotation(
            id=AnnotationId(""), article_id=ArticleId(""), start=target.start or 0, end=target.end or 0,
            exact=target.exact, prefix=target.prefix, suffix=target.suffix, note="", color="", tags=(),
            created="", modified="",
        )  # fmt: skip
        return Annotations.anchor(probe, text)
    if target.start is not None and target.end is not None and 0 <= target.start < target.end <= len(text):
        return target.start, target.end
    return None


def locate(nb: Notebook, found: W3CAnnotation) -> _Placed | str:
    """Where an annotation belongs in this notebook, or why it cannot be anchored."""
    if not found.targets:
        return "; ".join(found.problems) or "no target"
    named_any = False
    for target in found.targets:
        if not target.has_text_selector():
            continue
        for article in articles_for(nb, target.sources):
            named_any = True
            span = place(target, article.text)
            if span is not None:
                return _Placed(found, article, span)
    if not named_any:
        return "no article in this notebook has the file or URL it annotates"
    return "its passage is not in the article's text"


def import_annotations(nb: Notebook, path: Path) -> Iterator[Progress | ExchangeItem]:
    """Read a W3C file and store what can be anchored in one transaction (one undoable edit).

    Raises ExchangeError (nothing stored) when the file is not W3C annotations at all. Stop iterating
    to cancel: until the report's first item (the transaction has committed then) nothing is stored.
    """
    read = w3c_read.read_file(path)
    placed: list[_Placed] = []
    report: list[ExchangeItem] = []
    for done, found in enumerate(read):
        yield Progress(done, len(read), found.label)
        where = locate(nb, found)
        if isinstance(where, str):
            report.append(ExchangeItem("annotation", SKIPPED, found.label or "(no id)", where))
            continue
        same = writing.same_annotation(
            nb, article_id=where.article.id, start=where.span[0], end=where.span[1], note=found.note
        )
        if same is not None or any(_same_place(where, p) for p in placed):
            report.append(ExchangeItem("annotation", PRESENT, found.label, id=same.id if same else ""))
        else:
            placed.append(where)
    yield Progress(len(read), len(read), "storing")
    if placed:
        with nb.undo.edit(kind="annotation", label="Import annotations", action="import-annotations") as edit:
            for done, p in enumerate(placed, 1):
                new = writing.add_annotation(nb, edit, article=p.article, span=p.span, note=p.found.note,
                                             tags=p.found.tags)  # fmt: skip
                report.append(ExchangeItem("annotation", STORED, p.found.label, _ignored(p.found), id=new))
                if done % ANNOTATIONS_PER_STEP == 0:  # inside the transaction: a cancel here rolls it back
                    yield Progress(done, len(placed), "storing")
            edit.details.update({"file": path.name, "stored": len(placed), "format": "w3c"})
    yield from report


def _same_place(a: _Placed, b: _Placed) -> bool:
    return (a.article.id, a.span, a.found.note.strip()) == (b.article.id, b.span, b.found.note.strip())


def _ignored(found: W3CAnnotation) -> str:
    return "; ".join(found.problems)
