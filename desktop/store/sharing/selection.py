"""What goes into a share: the records chosen (whole notebook, a tag, a search, events, ids) and
everything they need to make sense on the other side (their articles, evidence, tags)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop.store.notebook import Notebook
from desktop.store.sharing import merge

Selection = dict[str, set[str]]


def select(
    nb: Notebook,
    *,
    tag: str | None = None,
    query: str | None = None,
    event_ids: Iterable[str] = (),
    annotation_ids: Iterable[str] = (),
    article_ids: Iterable[str] = (),
    limit: int = 100_000,
) -> Selection:
    """The records to share: everything (nothing chosen), or the union of what is chosen.

    A tag picks the annotations and events carrying it (or a tag below it); a search picks
    the articles it finds with their annotations; ids pick those events, annotations, and
    articles with their annotations. All bring along what those refer to: an annotation its
    article and tags, an event its evidence and tags, an annotation the events it is evidence for.
    """
    db = nb.db
    chosen_ids = {"events": set(event_ids), "annotations": set(annotation_ids), "articles": set(article_ids)}
    if tag is None and query is None and not any(chosen_ids.values()):
        return {t: {r[0] for r in db.execute(f"SELECT id FROM {t}")} for t in merge.RECORD_TABLES}
    picked: Selection = {t: chosen_ids.get(t, set()) for t in merge.RECORD_TABLES}
    picked["annotations"] |= linked(db, "annotations", "id", "article_id", chosen_ids["articles"])
    if tag is not None:
        tag_ids = {
            r[0]
            for r in db.execute(
                "SELECT id FROM tags WHERE deleted = 0 "
                "AND (lower(path) = lower(?) OR lower(path) LIKE lower(?))",
                [tag, tag.rstrip("/") + "/%"],
            )
        }
        picked["tags"] |= tag_ids
        picked["annotations"] |= linked(db, "annotation_tags", "annotation_id", "tag_id", tag_ids)
        picked["events"] |= linked(db, "event_tags", "event_id", "tag_id", tag_ids)
    if query is not None:
        hits = {h.id for h in nb.search(query, limit=limit).hits}
        picked["articles"] |= hits
        picked["annotations"] |= linked(db, "annotations", "id", "article_id", hits)
    return _closure(db, picked)


def linked(db: Any, table: str, want: str, by: str, ids: set[str]) -> set[str]:
    out: set[str] = set()
    batch = sorted(ids)
    for start in range(0, len(batch), 500):
        part = batch[start : start + 500]
        marks = ",".join("?" * len(part))
        out |= {r[0] for r in db.execute(f"SELECT {want} FROM {table} WHERE {by} IN ({marks})", part)}
    return out


def _closure(db: Any, picked: Selection) -> Selection:
    """Add what the picked records refer to, until nothing new comes in."""
    while True:
        before = sum(len(v) for v in picked.values())
        notes, events = picked["annotations"], picked["events"]
        picked["articles"] |= linked(db, "annotations", "article_id", "id", notes)
        picked["tags"] |= linked(db, "annotation_tags", "tag_id", "annotation_id", notes)
        picked["events"] |= linked(db, "event_evidence", "event_id", "annotation_id", notes)
        picked["annotations"] |= linked(db, "event_evidence", "annotation_id", "event_id", events)
        picked["tags"] |= linked(db, "event_tags", "tag_id", "event_id", events)
        if sum(len(v) for v in picked.values()) == before:
            return picked
