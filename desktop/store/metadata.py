"""Article edits after import: citation metadata (CSL fields), deleting and restoring an article.

The text and the original never change; these edits touch only the columns in EDIT_COLUMNS,
which is also all an undo step needs to snapshot (not the article's text).
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from desktop.store import articles
from desktop.store.errors import NotebookError, NotFound
from desktop.store.ids import now
from desktop.store.undo import Edit

EDIT_COLUMNS = ("title", "csl", "deleted")


def merged_csl(current: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """`current` with the fields in `changes` replaced; a field set to None or "" is removed.

    The "id" field always stays the article's id, and the title may not become empty.
    """
    csl = dict(current)
    for key, value in changes.items():
        if key == "id":
            continue
        if value is None or value == "":
            csl.pop(key, None)
        else:
            csl[key] = value
    title = " ".join(str(csl.get("title") or "").split())
    if not title:
        raise NotebookError("an article needs a title")
    csl["title"] = title
    return csl


def write_csl(db: Database, edit: Edit, article_id: str, *, csl: dict[str, Any], author: str) -> None:
    """Store new CSL metadata (and the title column) for a live article, inside an edit."""
    _touch(edit, article_id)
    db.execute(
        "UPDATE articles SET csl = ?, title = ?, modified = ?, author = ?, revision = revision + 1 "
        "WHERE id = ?",
        [json.dumps(csl, ensure_ascii=False), csl["title"], now(), author, article_id],
    )


def delete(db: Database, edit: Edit, article_id: str, *, author: str) -> None:
    """Tombstone a live article (its annotations stay, so undo brings them back with it)."""
    _touch(edit, article_id)
    articles.mark_deleted(db, article_id, author=author)


def restore(db: Database, edit: Edit, article_id: str, *, author: str) -> str:
    """Bring back a deleted article; returns its title. Refuses an article that is not deleted."""
    row = db.execute("SELECT title, deleted FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None or not row[1]:
        raise NotFound(f"no deleted article {article_id}")
    _touch(edit, article_id)
    db.execute(
        "UPDATE articles SET deleted = 0, modified = ?, author = ?, revision = revision + 1 WHERE id = ?",
        [now(), author, article_id],
    )
    return str(row[0])


def _touch(edit: Edit, article_id: str) -> None:
    edit.touch("articles", columns=EDIT_COLUMNS, id=article_id)
    edit.record(article_id)
    edit.articles.add(article_id)
