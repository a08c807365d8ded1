"""Annotations: passages of an article anchored the W3C way (offsets + quote + context), notes, colours, tags.

An annotation keeps its character offsets (TextPositionSelector) and the exact quote with up to
CONTEXT characters either side (TextQuoteSelector). If an article's text is ever re-extracted
and the offsets no longer hold, `anchor` finds the quote again; if it cannot, it says so (None)
and the annotation stays in the notebook for the user to see.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from desktop.store import articles
from desktop.store import tags as tag_store
from desktop.store.errors import NotebookError, NotFound
from desktop.store.ids import AnnotationId, ArticleId, new_id, now
from desktop.store.undo import Edit

if TYPE_CHECKING:
    from desktop.store.notebook import Notebook

CONTEXT = 32
DEFAULT_COLOR = "#ffe066"
COLUMNS = (
    'n.id, n.article_id, n.start, n."end", n.exact, n.prefix, n.suffix, n.note, n.color, '
    "n.created, n.modified"
)


@dataclass(frozen=True)
class Annotation:
    id: AnnotationId
    article_id: ArticleId
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    note: str
    color: str
    tags: tuple[str, ...]
    created: str
    modified: str


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


# -- anchoring --------------------------------------------------------------------------------
def quote(text: str, *, start: int, end: int) -> tuple[str, str, str]:
    """(exact, prefix, suffix) for text[start:end]; refuses an empty or out-of-range passage."""
    if not 0 <= start < end <= len(text):
        raise NotebookError(f"the passage {start}–{end} is not inside the article ({len(text)} characters)")
    return text[start:end], text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]


def anchor(annotation: Annotation, text: str) -> tuple[int, int] | None:
    """Where the annotation's passage is in `text`: its offsets if the quote is still there,
    else the occurrence of the quote whose surroundings best match the stored prefix and suffix
    (nearest the old position on a tie), allowing for changed whitespace; None if it is gone."""
    a = annotation
    if text[a.start : a.end] == a.exact:
        return a.start, a.end
    pattern = re.escape(a.exact)
    spans = [m.span() for m in re.finditer(pattern, text)]
    if not spans and a.exact.split():
        loose = r"\s+".join(re.escape(word) for word in a.exact.split())
        spans = [m.span() for m in re.finditer(loose, text)]
    if not spans:
        return None
    return max(spans, key=lambda s: (_context_score(text, s, a.prefix, a.suffix), -abs(s[0] - a.start)))


def _context_score(text: str, span: tuple[int, int], prefix: str, suffix: str) -> int:
    """How many characters of the stored prefix and suffix surround this span."""
    before, after = text[max(0, span[0] - len(prefix)) : span[0]], text[span[1] : span[1] + len(suffix)]
    score = 0
    while score < min(len(before), len(prefix)) and before[-1 - score] == prefix[-1 - score]:
        score += 1
    matched = score
    while (
        score - matched < min(len(after), len(suffix)) and after[score - matched] == suffix[score - matched]
    ):
        score += 1
    return score


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
    is written to the custody log and announced to the notebook's listeners."""

    def __init__(self, nb: Notebook) -> None:
        self._nb = nb

    def get(self, annotation_id: str) -> Annotation:
        return get(self._nb.db, annotation_id)

    def for_article(self, article_id: str) -> list[Annotation]:
        return for_article(self._nb.db, article_id)

    def tagged_with(self, path: str) -> list[Annotation]:
        return tagged_with(self._nb.db, path)

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
        nb = self._nb
        article = articles.get(nb.db, article_id)
        with nb.undo.edit(kind="annotation", label="Add annotation", action="annotate") as edit:
            new = insert(
                nb.db, edit, article=article, start=start, end=end, note=note, color=color, author=nb.author
            )
            set_tags(nb.db, edit, new, paths=tags, author=nb.author)
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
        nb = self._nb
        current = self.get(annotation_id)
        values = {
            k: v for k, v in (("note", note), ("color", color)) if v is not None and v != getattr(current, k)
        }
        retag = tags is not None and not _same_tags(current, tags)
        if not values and not retag:
            return current
        with nb.undo.edit(
            kind="annotation", label=_update_label(values, retag), action="edit-annotation"
        ) as edit:
            set_columns(nb.db, edit, current.id, author=nb.author, **values)
            if tags is not None and retag:
                set_tags(nb.db, edit, current.id, paths=tags, author=nb.author)
                edit.articles.add(current.article_id)
        return self.get(current.id)

    def delete(self, annotation_id: str) -> None:
        """Delete an annotation (a tombstone: undo brings it back with its tags)."""
        nb = self._nb
        current = self.get(annotation_id)
        with nb.undo.edit(kind="annotation", label="Delete annotation", action="delete-annotation") as edit:
            set_columns(nb.db, edit, current.id, author=nb.author, deleted=1)
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
