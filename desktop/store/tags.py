"""Tags: hierarchical codes ("Persecution/Detention") with colours; create, rename/move, merge, delete.

A path's parents need not exist as tags of their own: the tree shows them as implicit nodes.
Paths compare without regard to case, so typing "persecution/detention" finds the existing tag.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from desktop.store.anchoring import Annotation
from desktop.store.context import RecordContext
from desktop.store.errors import NotebookError, NotFound
from desktop.store.ids import TagId, new_id, now
from desktop.store.undo import Edit

TAG_COLUMNS = "id, path, color, description"
# `+a.deleted`: from the tag links to their articles, never every live article to its links
# (0.29 s → 0.01 s for the tag tree at 100,000 articles, bench/gui_bench.py)
LIVE_LINKS = """
    SELECT t.path, n.id FROM annotation_tags at
    JOIN tags t ON t.id = at.tag_id JOIN annotations n ON n.id = at.annotation_id
    JOIN articles a ON a.id = n.article_id
    WHERE t.deleted = 0 AND n.deleted = 0 AND +a.deleted = 0
"""


@dataclass(frozen=True)
class Tag:
    id: TagId
    path: str
    color: str
    description: str

    @property
    def name(self) -> str:
        """The last part of the path ("Detention" for "Persecution/Detention")."""
        return self.path.rsplit("/", 1)[-1]


@dataclass
class TagNode:
    """A node of the tag tree; `tag` is None for a parent that exists only as part of a path.

    `count` is the number of live annotations tagged with this node's path or one below it.
    """

    tag: Tag | None
    name: str
    path: str
    count: int = 0
    children: list[TagNode] = field(default_factory=list)


def normalize(path: str) -> str:
    """ "Persecution / Detention/" → "Persecution/Detention"; an empty path is refused."""
    parts = [" ".join(p.split()) for p in path.split("/")]
    clean = "/".join(p for p in parts if p)
    if not clean:
        raise NotebookError("a tag needs a name")
    return clean


def _from_row(row: Any) -> Tag:
    return Tag(TagId(row[0]), row[1], row[2], row[3])


def get(db: Database, tag_id: str) -> Tag:
    row = db.execute(f"SELECT {TAG_COLUMNS} FROM tags WHERE id = ? AND deleted = 0", [tag_id]).fetchone()
    if row is None:
        raise NotFound(f"no tag {tag_id}")
    return _from_row(row)


def find(db: Database, path: str) -> Tag | None:
    """The live tag with this path (ignoring case), if any."""
    row = db.execute(
        f"SELECT {TAG_COLUMNS} FROM tags WHERE path = ? COLLATE NOCASE AND deleted = 0 LIMIT 1",
        [normalize(path)],
    ).fetchone()
    return _from_row(row) if row else None


def live(db: Database) -> list[Tag]:
    rows = db.execute(f"SELECT {TAG_COLUMNS} FROM tags WHERE deleted = 0 ORDER BY path COLLATE NOCASE")
    return [_from_row(r) for r in rows]


def subtree(db: Database, path: str) -> list[Tag]:
    """Live tags at `path` or below it."""
    low = path.lower()
    rows = db.execute(
        f"SELECT {TAG_COLUMNS} FROM tags WHERE deleted = 0 "
        "AND (lower(path) = ? OR substr(lower(path), 1, ?) = ?)",
        [low, len(low) + 1, low + "/"],
    )
    return [_from_row(r) for r in rows]


def tagged_articles(db: Database, tag_ids: list[str]) -> set[str]:
    """Articles with a live annotation carrying one of these tags (their index entries name them)."""
    if not tag_ids:
        return set()
    marks = ",".join("?" * len(tag_ids))
    rows = db.execute(
        "SELECT DISTINCT n.article_id FROM annotation_tags at JOIN annotations n ON n.id = at.annotation_id "
        f"WHERE n.deleted = 0 AND at.tag_id IN ({marks})",
        tag_ids,
    )
    return {r[0] for r in rows}


def insert(
    db: Database, edit: Edit, *, path: str, color: str = "", description: str = "", author: str
) -> Tag:
    """Create a tag (inside an edit); refuses a path that already exists."""
    path = normalize(path)
    if find(db, path) is not None:
        raise NotebookError(f"there is already a tag {path}")
    tag = Tag(TagId(new_id()), path, color, description)
    edit.touch("tags", id=tag.id)
    stamp = now()
    db.execute(
        "INSERT INTO tags (id, path, color, description, created, modified, author) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [tag.id, tag.path, color, description, stamp, stamp, author],
    )
    return tag


def ensure(db: Database, edit: Edit, *, path: str, author: str) -> Tag:
    """The tag with this path, created (inside the edit) if it does not exist yet."""
    return find(db, path) or insert(db, edit, path=path, author=author)


def update(db: Database, edit: Edit, tag_id: str, *, author: str, **values: str) -> None:
    """Set columns of one tag (path, color, description), snapshotting it first."""
    edit.touch("tags", id=tag_id)
    sets = ", ".join(f"{c} = ?" for c in values)
    db.execute(
        f"UPDATE tags SET {sets}, modified = ?, author = ?, revision = revision + 1 WHERE id = ?",
        [*values.values(), now(), author, tag_id],
    )
    edit.record(tag_id)


def rename_subtree(db: Database, edit: Edit, *, old: str, new: str, author: str) -> list[Tag]:
    """Give `old` and every tag below it the prefix `new`. Refuses to collide with other tags."""
    new = normalize(new)
    moving = subtree(db, old)
    if not moving:
        raise NotFound(f"no tag {old}")
    moving_ids = {t.id for t in moving}
    for tag in moving:
        target = new + tag.path[len(old) :]
        clash = find(db, target)
        if clash is not None and clash.id not in moving_ids:
            raise NotebookError(f"there is already a tag {clash.path}: merge the tags instead")
    for tag in moving:
        update(db, edit, tag.id, author=author, path=new + tag.path[len(old) :])
    edit.articles |= tagged_articles(db, list(moving_ids))
    return [get(db, t.id) for t in moving]


def move_links(db: Database, edit: Edit, *, source: str, into: str) -> None:
    """Give everything tagged `source` the tag `into` instead."""
    edit.articles |= tagged_articles(db, [source, into])
    for table, key in (("annotation_tags", "annotation_id"), ("event_tags", "event_id")):
        edit.touch(table, tag_id=source)
        edit.touch(table, tag_id=into)
        db.execute(
            f"INSERT OR IGNORE INTO {table} ({key}, tag_id) SELECT {key}, ? FROM {table} WHERE tag_id = ?",
            [into, source],
        )
        db.execute(f"DELETE FROM {table} WHERE tag_id = ?", [source])


def tombstone(db: Database, edit: Edit, tag_id: str, *, author: str) -> None:
    """Delete a tag: take it off everything it was on and leave a tombstone."""
    edit.articles |= tagged_articles(db, [tag_id])
    for table in ("annotation_tags", "event_tags"):
        edit.touch(table, tag_id=tag_id)
        db.execute(f"DELETE FROM {table} WHERE tag_id = ?", [tag_id])
    edit.touch("tags", id=tag_id)
    db.execute(
        "UPDATE tags SET deleted = 1, modified = ?, author = ?, revision = revision + 1 WHERE id = ?",
        [now(), author, tag_id],
    )
    edit.record(tag_id)


def build_tree(db: Database) -> list[TagNode]:
    """The tag tree, sorted by name at every level, with counts of live annotations."""
    root = TagNode(None, "", "")
    nodes: dict[str, TagNode] = {}

    def node(path: str) -> TagNode:
        key = path.lower()
        if key not in nodes:
            parent_path, _, name = path.rpartition("/")
            nodes[key] = TagNode(None, name, path)
            (node(parent_path) if parent_path else root).children.append(nodes[key])
        return nodes[key]

    for tag in live(db):
        node(tag.path).tag = tag
    under: dict[str, set[str]] = defaultdict(set)
    for path, annotation_id in db.execute(LIVE_LINKS):
        parts = path.lower().split("/")
        for i in range(1, len(parts) + 1):
            under["/".join(parts[:i])].add(annotation_id)
    for key, n in nodes.items():
        n.count = len(under.get(key, ()))
    _sort(root.children)
    return root.children


def _sort(children: list[TagNode]) -> None:
    children.sort(key=lambda n: n.name.lower())
    for child in children:
        _sort(child.children)


class Tags:
    """`nb.tags`: the notebook's tags. Every edit is one transaction, undoable, and announced.

    `annotations_with` is the annotation store's query (annotations know tags, not the reverse).
    """

    def __init__(
        self, context: RecordContext, *, annotations_with: Callable[[str], list[Annotation]]
    ) -> None:
        self._context = context
        self._annotations_with = annotations_with

    def all(self) -> list[Tag]:
        """Every live tag, sorted by path."""
        return live(self._context.db)

    def tree(self) -> list[TagNode]:
        return build_tree(self._context.db)

    def get(self, tag_id: str) -> Tag:
        return get(self._context.db, tag_id)

    def find(self, path: str) -> Tag | None:
        return find(self._context.db, path)

    def create(self, path: str, *, color: str = "", description: str = "") -> Tag:
        """A new tag; `path` like "Persecution/Detention" (parents need not exist)."""
        ctx = self._context
        with ctx.edit(kind="tag", label="Create tag", action="create-tag") as edit:
            tag = insert(ctx.db, edit, path=path, color=color, description=description, author=ctx.author)
            edit.record(tag.id)
        return tag

    def ensure(self, path: str) -> Tag:
        """The tag with this path, created if new (an undoable "Create tag" only then)."""
        return self.find(path) or self.create(path)

    def rename(self, tag_id: str, new_path: str) -> Tag:
        """Rename or move a tag; the tags below it move with it. Returns the renamed tag."""
        tag = self.get(tag_id)
        self.rename_path(tag.path, new_path)
        return self.get(tag_id)

    def rename_path(self, old_path: str, new_path: str) -> list[Tag]:
        """Rename a path prefix, whether or not a tag exists at it (an implicit parent in the tree)."""
        ctx = self._context
        with ctx.edit(kind="tag", label="Rename tag", action="rename-tag") as edit:
            moved = rename_subtree(ctx.db, edit, old=old_path, new=new_path, author=ctx.author)
            edit.details.update({"from": old_path, "to": new_path})
        return moved

    def merge(self, source_id: str, into_id: str) -> Tag:
        """Move everything tagged `source` to `into` and delete `source`. Returns `into`."""
        ctx = self._context
        source, into = self.get(source_id), self.get(into_id)
        if source.id == into.id:
            raise NotebookError("a tag cannot be merged into itself")
        with ctx.edit(kind="tag", label="Merge tags", action="merge-tags") as edit:
            move_links(ctx.db, edit, source=source.id, into=into.id)
            tombstone(ctx.db, edit, source.id, author=ctx.author)
            edit.record(into.id)
            edit.details.update({"from": source.path, "into": into.path})
        return self.get(into.id)

    def set_color(self, tag_id: str, color: str) -> Tag:
        ctx = self._context
        self.get(tag_id)
        with ctx.edit(kind="tag", label="Change tag colour", action="edit-tag") as edit:
            update(ctx.db, edit, tag_id, author=ctx.author, color=color)
        return self.get(tag_id)

    def set_description(self, tag_id: str, description: str) -> Tag:
        ctx = self._context
        self.get(tag_id)
        with ctx.edit(kind="tag", label="Edit tag description", action="edit-tag") as edit:
            update(ctx.db, edit, tag_id, author=ctx.author, description=description)
        return self.get(tag_id)

    def delete(self, tag_id: str) -> None:
        """Delete one tag (not the tags below it); annotations keep their other tags."""
        ctx = self._context
        tag = self.get(tag_id)
        with ctx.edit(kind="tag", label="Delete tag", action="delete-tag") as edit:
            tombstone(ctx.db, edit, tag.id, author=ctx.author)
            edit.details["path"] = tag.path

    def annotations_with(self, path: str) -> list[Annotation]:
        """Live annotations tagged `path` or a tag below it, by article then position."""
        return self._annotations_with(normalize(path))
