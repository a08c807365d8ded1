"""Annotations: passages of an article with notes, colours and tags; their edits and queries.

How a passage is anchored (offsets + quote + context, the W3C way) lives in anchoring.py; the
`Annotation` record is defined there and re-exported here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from desktop.store import articles
from desktop.store import tags as tag_store
from desktop.store.anchoring import Annotation as Annotation
from desktop.store.anchoring import anchor, quote
from desktop.store.context import RecordContext
from desktop.store.errors import NotFound
from desktop.store.ids import AnnotationId, ArticleId, new_id, now
from desktop.store.undo import Edit

DEFAULT_COLOR = "#ffe066"
COLUMNS = (
    'n.id, n.article_id, n.start, n."end", n.exact, n.prefix, n.suffix, n.note, n.color, '
    "n.created, n.modified"
)


# -- reading ----------------------------------------------------------------------------------
def _tag_paths(db: Database, ids: list[str]) -> dict[str, tuple[str, ...]]:
    """{annotation id: its live tag paths, sorted}."""
    found: dict[str, list[str]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = db.execute(
            "SELECT at.annotation_id, t.path FROM annotation_tags at JOIN tags t ON t.id = at.tag_id "
            f"WHERE t.deleted = 0 AND at.annotation_id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        for annotation_id, path in rows:
            found[annotation_id].append(path)
    return {k: tuple(sorted(v, key=str.lower)) for k, v in found.items()}


def _select(db: Database, where: str, params: list[Any], order: str = 'n.start, n."end"') -> list[Annotation]:
    rows = db.execute(f"SELECT {COLUMNS} FROM annotations n {where} ORDER BY {order}", params).fetchall()
    paths = _tag_paths(db, [r[0] for r in rows])
    return [
        Annotation(
            id=AnnotationId(r[0]),
            article_id=ArticleId(r[1]),
            start=r[2],
            end=r[3],
            exact=r[4],
            prefix=r[5],
            suffix=r[6],
            note=r[7],
            color=r[8],
            tags=paths.get(r[0], ()),
            created=r[9],
            modified=r[10],
        )
        for r in rows
    ]


def get(db: Database, annotation_id: str) -> Annotation:
    found = _select(db, "WHERE n.id = ? AND n.deleted = 0", [annotation_id])
    if not found:
        raise NotFound(f"no annotation {annotation_id}")
    return found[0]


def for_article(db: Database, article_id: str) -> list[Annotation]:
    """The article's live annotations in reading order."""
    return _select(db, "WHERE n.article_id = ? AND n.deleted = 0", [article_id])


def tagged_with(db: Database, path: str) -> list[Annotation]:
    """Live annotations of live articles tagged `path` or below it, by article then position."""
    tag_ids = [t.id for t in tag_store.subtree(db, path)]
    if not tag_ids:
        return []
    where = (
        "JOIN articles a ON a.id = n.article_id WHERE n.deleted = 0 AND a.deleted = 0 AND n.id IN "
        f"(SELECT annotation_id FROM annotation_tags WHERE tag_id IN ({','.join('?' * len(tag_ids))}))"
    )
    return _select(db, where, tag_ids, order='n.article_id, n.start, n."end"')


# -- writing (inside an edit) -----------------------------------------------------------------
def insert(
    db: Database,
    edit: Edit,
    *,
    article: articles.Article,
    start: int,
    end: int,
    note: str,
    color: str,
    author: str,
) -> AnnotationId:
    exact, prefix, suffix = quote(article.text, start=start, end=end)
    annotation_id = AnnotationId(new_id())
    edit.touch("annotations", id=annotation_id)
    stamp = now()
    db.execute(
        'INSERT INTO annotations (id, article_id, start, "end", exact, prefix, suffix, note, color, '
        "created, modified, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [annotation_id, article.id, start, end, exact, prefix, suffix, note, color, stamp, stamp, author],
    )
    edit.record(annotation_id)
    return annotation_id


def set_tags(db: Database, edit: Edit, annotation_id: str, *, paths: Sequence[str], author: str) -> None:
    """Make `paths` the annotation's tags, creating tags that do not exist yet."""
    edit.touch("annotation_tags", annotation_id=annotation_id)
    tag_ids = dict.fromkeys(tag_store.ensure(db, edit, path=p, author=author).id for p in paths)
    db.execute("DELETE FROM annotation_tags WHERE annotation_id = ?", [annotation_id])
    for tag_id in tag_ids:
        db.execute(
            "INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)", [annotation_id, tag_id]
        )


def set_columns(db: Database, edit: Edit, annotation_id: str, *, author: str, **values: Any) -> None:
    """Change some of an annotation's columns (note, color, deleted), snapshotting it first."""
    edit.touch("annotations", id=annotation_id)
    sets = "".join(f"{c} = ?, " for c in values)
    db.execute(
        f"UPDATE annotations SET {sets}modified = ?, author = ?, revision = revision + 1 WHERE id = ?",
        [*values.values(), now(), author, annotation_id],
    )
    edit.record(annotation_id)


def _same_tags(current: Annotation, paths: Sequence[str]) -> bool:
    wanted = {p.lower() for p in map(tag_store.normalize, paths)}
    return wanted == {p.lower() for p in current.tags}


class Annotations:
    """`nb.annotations`: every edit is one transaction, undoable, re-indexes the article's tags,
    is written to the custody log and announced to the notebook's listeners (through the
    context's `edit`)."""

    def __init__(self, context: RecordContext) -> None:
        self._context = context

    def get(self, annotation_id: str) -> Annotation:
        return get(self._context.db, annotation_id)

    def for_article(self, article_id: str) -> list[Annotation]:
        return for_article(self._context.db, article_id)

    def tagged_with(self, path: str) -> list[Annotation]:
        return tagged_with(self._context.db, path)

    @staticmethod
    def anchor(annotation: Annotation, text: str) -> tuple[int, int] | None:
        return anchor(annotation, text)

    def create(
        self,
        article_id: str,
        *,
        start: int,
        end: int,
        note: str = "",
        color: str = DEFAULT_COLOR,
        tags: Sequence[str] = (),
    ) -> Annotation:
        """Annotate text[start:end] of the article; tag paths that do not exist yet are created."""
        ctx = self._context
        article = articles.get(ctx.db, article_id)
        with ctx.edit(kind="annotation", label="Add annotation", action="annotate") as edit:
            new = insert(
                ctx.db, edit, article=article, start=start, end=end, note=note, color=color, author=ctx.author
            )
            set_tags(ctx.db, edit, new, paths=tags, author=ctx.author)
            # Only tags reach the search index (`tag:`): an untagged passage needs no re-index.
            (edit.articles if tags else edit.shown).add(article.id)
            edit.details.update({"article": article.id, "start": start, "end": end, "tags": list(tags)})
        return self.get(new)

    def update(
        self,
        annotation_id: str,
        *,
        note: str | None = None,
        color: str | None = None,
        tags: Sequence[str] | None = None,
    ) -> Annotation:
        """Change the note, colour and/or tags (None leaves one as it is; `tags` replaces them all).

        Nothing changes (and no undo step is made) when the values are the ones already there.
        """
        ctx = self._context
        current = self.get(annotation_id)
        values = {
            k: v for k, v in (("note", note), ("color", color)) if v is not None and v != getattr(current, k)
        }
        retag = tags is not None and not _same_tags(current, tags)
        if not values and not retag:
            return current
        with ctx.edit(
            kind="annotation", label=_update_label(values, retag), action="edit-annotation"
        ) as edit:
            set_columns(ctx.db, edit, current.id, author=ctx.author, **values)
            if tags is not None and retag:
                set_tags(ctx.db, edit, current.id, paths=tags, author=ctx.author)
                edit.articles.add(current.article_id)
        return self.get(current.id)

    def delete(self, annotation_id: str) -> None:
        """Delete an annotation (a tombstone: undo brings it back with its tags)."""
        ctx = self._context
        current = self.get(annotation_id)
        with ctx.edit(kind="annotation", label="Delete annotation", action="delete-annotation") as edit:
            set_columns(ctx.db, edit, current.id, author=ctx.author, deleted=1)
            (edit.articles if current.tags else edit.shown).add(current.article_id)
            edit.details.update({"article": current.article_id, "exact": current.exact[:200]})


def _update_label(values: dict[str, str], retag: bool) -> str:
    if retag and not values:
        return "Tag annotation"
    if set(values) == {"note"} and not retag:
        return "Edit note"
    if set(values) == {"color"} and not retag:
        return "Change highlight colour"
    return "Edit annotation"
