"""Importing a REFI-QDA project (.qdpx) or codebook (.qdc): codes become tags, text sources articles,
coded selections annotations with their notes, in one transaction (one undoable edit).

Everything is planned before anything is written, so a refused file leaves the notebook as it
was. A source whose text (or original file) is already an article is matched to it, and a
passage already annotated with the same note is left alone: importing twice changes nothing.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
from collections.abc import Iterator
from concurrent.futures import wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.exchange import qdpx_read, writing
from desktop.exchange.qdpx_read import Project, Source
from desktop.exchange.report import PRESENT, SKIPPED, STORED, ExchangeItem
from desktop.ingest.draft import ArticleDraft
from desktop.ingest.language import detect
from desktop.ingest.text import normalise
from desktop.progress import Progress
from desktop.store import tags as tag_store
from desktop.store.anchoring import CONTEXT
from desktop.store.annotations import Annotation, Annotations
from desktop.store.articles import Article
from desktop.store.ids import AnnotationId, ArticleId
from desktop.store.notebook import Notebook, PreparedArticles

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


@dataclass
class _Passage:
    label: str
    span: tuple[int, int]
    tags: list[str]
    note: str


@dataclass
class _Target:
    """Where a source goes: an existing article, or a draft to store (then `article` is set later)."""

    source: Source
    article: Article | None = None
    draft: ArticleDraft | None = None
    passages: list[_Passage] = field(default_factory=list)


@dataclass
class _Plan:
    tags: list[qdpx_read.Code] = field(default_factory=list)  # to create or complete
    targets: list[_Target] = field(default_factory=list)
    report: list[ExchangeItem] = field(default_factory=list)

    def writes(self) -> bool:
        return bool(self.tags) or any(t.draft is not None or t.passages for t in self.targets)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- planning (reads only) -----------------------------------------------------------------------
def _plan_codes(nb: Notebook, project: Project, plan: _Plan) -> None:
    for code in project.codes:
        if not code.codable and code.has_children:
            continue  # a grouping node: in Fieldnotes the path's parent, shown in the tree
        existing = tag_store.find(nb.db, code.path)
        lacking = existing is not None and (
            (qdpx_color(code.color) and not existing.color) or (code.description and not existing.description)
        )
        if existing is None or lacking:
            plan.tags.append(code)
        status = STORED if existing is None else PRESENT
        plan.report.append(ExchangeItem("code", status, code.path, id=existing.id if existing else ""))


def qdpx_color(value: str) -> str:
    """#RGB or #RRGGBB as Fieldnotes keeps colours (#rrggbb), else ""."""
    if not re.fullmatch(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})", value or ""):
        return ""
    digits = value[1:]
    return "#" + ("".join(c * 2 for c in digits) if len(digits) == 3 else digits).lower()


def _csl(source: Source) -> dict[str, Any]:
    v = source.variables
    csl: dict[str, Any] = {"type": "article", "title": v.get("Title") or source.name}
    if v.get("Author"):
        csl["author"] = [{"literal": name.strip()} for name in v["Author"].split(";") if name.strip()]
    if v.get("Outlet"):
        csl["container-title"] = v["Outlet"]
    if v.get("URL"):
        csl["URL"] = v["URL"]
    found = _DATE.match(v.get("Published", ""))
    if found:
        csl["issued"] = {"date-parts": [[int(p) for p in found.groups() if p]]}
    return csl


def _draft(source: Source, text: str) -> ArticleDraft:
    language, direction = detect(text)
    language = source.variables.get("Language") or language
    original, filename, media = text.encode("utf-8"), f"{source.name[:80]}.txt", "text/plain"
    claimed = source.variables.get("Original SHA-256", "").lower()
    if source.original is not None and _sha(source.original) == claimed:
        suffix = Path(source.variables.get("Original file", "")).suffix
        original, filename = source.original, f"{source.name[:80]}{suffix}"
        media = mimetypes.guess_type(f"x{suffix}")[0] or "application/octet-stream"
    return ArticleDraft(text=text, csl=_csl(source), original=original, filename=filename,
                        media_type=media, language=language, direction=direction)  # fmt: skip


def _passage(source: Source, selection: qdpx_read.Selection, text: str) -> tuple[int, int] | None:
    """The selection's span in `text` (the source's text after normalising, or an existing article's)."""
    raw = source.text
    exact = raw[selection.start : selection.end]
    if not exact.strip():
        return None
    probe = Annotation(
        id=AnnotationId(""), article_id=ArticleId(""), start=selection.start, end=selection.end, exact=exact,
        prefix=raw[max(0, selection.start - CONTEXT) : selection.start],
        suffix=raw[selection.end : selection.end + CONTEXT], note="", color="", tags=(), created="",
        modified="",
    )  # fmt: skip
    return Annotations.anchor(probe, text)


def _note(project: Project, selection: qdpx_read.Selection) -> str:
    parts = [selection.description] + [project.notes.get(n, "") for n in selection.notes]
    return "\n\n".join(p for p in parts if p)


def _plan_source(
    nb: Notebook, project: Project, source: Source, plan: _Plan, seen: dict[str, _Target]
) -> None:
    text = normalise(source.text)
    if not text.strip():
        plan.report.append(ExchangeItem("source", SKIPPED, source.name, "no text"))
        return
    target = _Target(source)
    draft = _draft(source, text)
    keys = (_sha(draft.original), _sha(text.encode("utf-8")))
    existing = nb.duplicate_of(*keys)
    if existing is not None:
        target.article = nb.article(existing)
        plan.report.append(ExchangeItem("source", PRESENT, source.name, id=existing))
    elif keys[0] in seen or keys[1] in seen:
        target = seen.get(keys[0]) or seen[keys[1]]
        plan.report.append(ExchangeItem("source", PRESENT, source.name, "the same text as another source"))
    else:
        target.draft = draft
        seen[keys[0]] = seen[keys[1]] = target
        plan.targets.append(target)
    for why in source.skipped:
        plan.report.append(ExchangeItem("source", SKIPPED, source.name, why))
    into = target.article.text if target.article else text
    paths = {c.guid: c.path for c in project.codes}
    for selection in source.selections:
        label = f"«{source.text[selection.start : selection.end][:50]}» in {source.name[:40]}"
        span = _passage(source, selection, into)
        if span is None:
            plan.report.append(
                ExchangeItem("annotation", SKIPPED, label, "an empty selection or one not found")
            )
            continue
        passage = _Passage(label, span, [paths[c] for c in selection.codes], _note(project, selection))
        if _already(nb, target, passage):
            plan.report.append(ExchangeItem("annotation", PRESENT, label))
            continue
        target.passages.append(passage)
    if target.article is not None and target.passages and target not in plan.targets:
        plan.targets.append(target)


def _already(nb: Notebook, target: _Target, passage: _Passage) -> bool:
    if any(p.span == passage.span and p.note.strip() == passage.note.strip() for p in target.passages):
        return True
    if target.article is None:
        return False
    found = writing.same_annotation(
        nb, article_id=target.article.id, start=passage.span[0], end=passage.span[1], note=passage.note
    )
    return found is not None


def _plan_rest(project: Project, plan: _Plan) -> None:
    attached = {n for s in project.sources for sel in s.selections for n in sel.notes}
    for note_id, text in project.notes.items():
        if note_id not in attached:
            plan.report.append(
                ExchangeItem("note", SKIPPED, text[:60] or note_id, "not attached to a passage")
            )
    for missing in sorted(attached - project.notes.keys()):
        plan.report.append(ExchangeItem("note", SKIPPED, missing, "named by a passage, not in the project"))
    for kind, label, why in project.skipped:
        plan.report.append(ExchangeItem(kind, SKIPPED, label, why))


# -- writing (one transaction) -------------------------------------------------------------------
STORE_CHUNK = 1000  # sources indexed at a time: a cancel waits for at most one chunk's indexing
ANNOTATIONS_PER_STEP = 200  # annotations stored between two progress reports


def _indexed(prepared: PreparedArticles, done: int, total: int) -> Iterator[Progress]:
    """Progress while an indexing worker builds a chunk's segment: a cancel can stop here."""
    segment = prepared.segment
    while segment is not None and not segment.done():
        wait([segment], timeout=0.2)
        yield Progress(done, total, "storing")


def _store(nb: Notebook, plan: _Plan, project: Project, path: Path) -> Iterator[Progress]:
    """Write the plan in one undoable edit, yielding Progress inside its transaction: a cancel
    (closing this generator) at any of them rolls the whole project back. Only the edit's end,
    re-indexing the articles whose passages got tags and committing, cannot be stopped."""
    new = [t for t in plan.targets if t.draft is not None]
    total = len(new) + sum(len(t.passages) for t in plan.targets)
    done = 0
    with nb.undo.edit(kind="annotation", label="Import project", action="import-project") as edit:
        for code in plan.tags:
            writing.ensure_tag(
                nb, edit, path=code.path, color=qdpx_color(code.color), description=code.description
            )
        for first in range(0, len(new), STORE_CHUNK):
            chunk = new[first : first + STORE_CHUNK]
            prepared = nb.prepare_articles([t.draft for t in chunk if t.draft is not None])
            yield from _indexed(prepared, done, total)
            for target, article in zip(chunk, nb.add_articles(prepared), strict=True):
                target.article = article
                plan.report.append(ExchangeItem("source", STORED, target.source.name, id=article.id))
            done += len(chunk)
            yield Progress(done, total, "storing")
        for target in plan.targets:
            assert target.article is not None
            for p in target.passages:
                made = writing.add_annotation(
                    nb, edit, article=target.article, span=p.span, note=p.note, tags=p.tags
                )
                plan.report.append(ExchangeItem("annotation", STORED, p.label, id=made))
                done += 1
                if done % ANNOTATIONS_PER_STEP == 0:
                    yield Progress(done, total, "storing")
        users = sorted(n for n in project.users.values() if n)
        edit.details.update(
            {"file": path.name, "project": project.name, "users": users, "format": "refi-qda"}
        )


def import_project(nb: Notebook, path: Path) -> Iterator[Progress | ExchangeItem]:
    """Read a .qdpx or .qdc and store it in one transaction; yields Progress, then the report.

    Raises ExchangeError before anything is written when the file is refused. Stop iterating to
    cancel: up to the transaction's last step (see _store) nothing of the project is stored.
    """
    yield Progress(0, 1, f"reading {path.name}")
    project = qdpx_read.read(path)
    plan = _Plan()
    _plan_codes(nb, project, plan)
    seen: dict[str, _Target] = {}
    for done, source in enumerate(project.sources):
        yield Progress(done, len(project.sources), source.name)
        _plan_source(nb, project, source, plan, seen)
    _plan_rest(project, plan)
    logged = "named in the custody log entry of the import"
    for name in sorted(n for n in project.users.values() if n):
        status, why = (STORED, logged) if plan.writes() else (PRESENT, "")
        plan.report.append(ExchangeItem("user", status, name, why))
    yield Progress(len(project.sources), len(project.sources), "storing")
    if plan.writes():
        yield from _store(nb, plan, project, path)
    yield from plan.report
