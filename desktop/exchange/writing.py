"""Writing what an exchange import brings into the notebook, inside the import's one undoable edit."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.store import annotations as annotation_store
from desktop.store import tags as tag_store
from desktop.store.annotations import Annotation
from desktop.store.articles import Article
from desktop.store.ids import AnnotationId
from desktop.store.notebook import Notebook
from desktop.store.tags import Tag
from desktop.store.undo import Edit


def same_annotation(nb: Notebook, *, article_id: str, start: int, end: int, note: str) -> Annotation | None:
    """A live annotation over exactly this passage with this note: importing it again adds nothing."""
    for existing in nb.annotations.for_article(article_id):
        if (existing.start, existing.end) == (start, end) and existing.note.strip() == note.strip():
            return existing
    return None


def add_annotation(
    nb: Notebook,
    edit: Edit,
    *,
    article: Article,
    span: tuple[int, int],
    note: str,
    tags: Sequence[str],
    color: str = annotation_store.DEFAULT_COLOR,
) -> AnnotationId:
    """Store one annotation with its tags (tags that do not exist yet are created)."""
    new = annotation_store.insert(
        nb.db, edit, article=article, start=span[0], end=span[1], note=note, color=color, author=nb.author
    )
    annotation_store.set_tags(nb.db, edit, new, paths=tags, author=nb.author)
    (edit.articles if tags else edit.shown).add(article.id)
    return new


def ensure_tag(nb: Notebook, edit: Edit, *, path: str, color: str = "", description: str = "") -> Tag:
    """The tag at `path`, created with this colour and description when it is new; an existing tag
    only gains a colour or description it lacks (it never loses the user's)."""
    found = tag_store.find(nb.db, path)
    if found is None:
        tag = tag_store.insert(nb.db, edit, path=path, color=color, description=description, author=nb.author)
        edit.record(tag.id)
        return tag
    missing = {
        k: v for k, v in (("color", color), ("description", description)) if v and not getattr(found, k)
    }
    if missing:
        tag_store.update(nb.db, edit, found.id, author=nb.author, **missing)
    return found
