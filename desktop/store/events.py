"""Events: who did what to whom, where, when and how many — each backed by annotated passages.

An event cannot exist without evidence: at least one live annotation, possibly from several
articles. Its corroboration is the number of distinct sources (outlets, or articles without
one) behind that evidence. Every edit is one undoable transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from desktop.events import vocabulary
from desktop.events.vague_counts import count_words, uncounted
from desktop.store import annotations as annotation_store
from desktop.store import articles
from desktop.store import tags as tag_store
from desktop.store.context import RecordContext
from desktop.store.errors import NotebookError, NotFound
from desktop.store.ids import EventId, new_id, now
from desktop.store.undo import Edit

FIELDS = (
    "type", "date_start", "date_end", "date_precision", "country", "province", "place",
    "perpetrator", "victim_group", "count", "count_qualifier", "description", "status",
)  # fmt: skip
EVIDENCE_COLOR = "#f4a6a6"


class EventError(NotebookError):
    """An event that cannot be saved as given (no evidence, an unknown type…)."""


@dataclass(frozen=True)
class Event:
    id: EventId
    type: str
    date_start: str
    date_end: str
    date_precision: str
    country: str
    province: str
    place: str
    perpetrator: str
    victim_group: str
    count: int | None
    count_qualifier: str
    description: str
    status: str
    evidence: tuple[str, ...]  # annotation ids
    tags: tuple[str, ...]
    sources: int  # corroboration: distinct outlets (or articles) behind the evidence
    articles: tuple[str, ...]
    created: str
    modified: str
    # not stored: the source's words for a count given only in words ("dozens"), read from the evidence
    count_words: str = ""


def validate(values: dict[str, Any]) -> None:
    """Raise EventError for a value outside the vocabularies (one message a user can act on)."""
    checks = {
        "type": [t.id for t in vocabulary.event_types()],
        "status": vocabulary.choices("verification_statuses"),
        "date_precision": vocabulary.choices("date_precisions"),
        "count_qualifier": vocabulary.choices("count_qualifiers"),
    }
    for name, allowed in checks.items():
        if name in values and values[name] not in allowed:
            raise EventError(f"{name} must be one of {', '.join(allowed)} (not {values[name]!r})")
    count = values.get("count")
    if count is not None and (not isinstance(count, int) or count < 0):
        raise EventError(f"count must be a whole number ≥ 0 (not {count!r})")
    start, end = values.get("date_start") or "", values.get("date_end") or ""
    if start and end and end < start:
        raise EventError(f"the end date {end} is before the start date {start}")


# -- reading ----------------------------------------------------------------------------------
def _evidence(db: Database, event_id: str) -> list[tuple[str, str, str]]:
    """(annotation id, article id, source key) of the event's live evidence."""
    rows = db.execute(
        "SELECT n.id, n.article_id, "
        "coalesce(nullif(json_extract(a.csl, '$.\"container-title\"'), ''), a.id) "
        "FROM event_evidence ee JOIN annotations n ON n.id = ee.annotation_id "
        "JOIN articles a ON a.id = n.article_id "
        "WHERE ee.event_id = ? AND n.deleted = 0 AND a.deleted = 0 ORDER BY n.created",
        [event_id],
    ).fetchall()
    return [(r[0], r[1], str(r[2]).casefold()) for r in rows]


def _count_words(db: Database, values: dict[str, Any], evidence: Sequence[str]) -> str:
    """The evidence's words for a count given only in words ("dozens"); "" for a counted event."""
    if not uncounted(values["count"], values["count_qualifier"]) or not evidence:
        return ""
    marks = ",".join("?" * len(evidence))
    quotes = db.execute(f"SELECT exact FROM annotations WHERE id IN ({marks}) ORDER BY created", [*evidence])
    return count_words(r[0] for r in quotes)


def _tags(db: Database, event_id: str) -> tuple[str, ...]:
    rows = db.execute(
        "SELECT t.path FROM event_tags et JOIN tags t ON t.id = et.tag_id "
        "WHERE et.event_id = ? AND t.deleted = 0 ORDER BY t.path",
        [event_id],
    ).fetchall()
    return tuple(r[0] for r in rows)


def get(db: Database, event_id: str) -> Event:
    cols = ", ".join(f'"{c}"' for c in FIELDS)
    row = db.execute(
        f"SELECT id, {cols}, created, modified FROM events WHERE id = ? AND deleted = 0", [event_id]
    ).fetchone()
    if row is None:
        raise NotFound(f"no event {event_id}")
    evidence = _evidence(db, event_id)
    values = dict(zip(FIELDS, row[1 : 1 + len(FIELDS)], strict=True))
    return Event(
        id=EventId(row[0]),
        **values,
        evidence=tuple(e[0] for e in evidence),
        tags=_tags(db, event_id),
        sources=len({e[2] for e in evidence}),
        articles=tuple(dict.fromkeys(e[1] for e in evidence)),
        created=row[-2],
        modified=row[-1],
        count_words=_count_words(db, values, [e[0] for e in evidence]),
    )


def select_ids(
    db: Database,
    *,
    type: str | None = None,
    province: str | None = None,
    status: str | None = None,
    tag: str | None = None,
    article_id: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> list[str]:
    """Ids of live events matching every filter given, oldest event date first."""
    where, params = ["e.deleted = 0"], []
    for column, value in (("type", type), ("province", province), ("status", status)):
        if value:
            where.append(f"e.{column} = ?")
            params.append(value)
    if date_from:
        where.append("(e.date_end >= ? OR (e.date_end = '' AND e.date_start >= ?))")
        params += [date_from, date_from]
    if date_to:
        where.append("e.date_start <= ? AND e.date_start != ''")
        params.append(date_to + "~")  # "2024-06" includes every day of June
    if tag:
        where.append(
            "e.id IN (SELECT et.event_id FROM event_tags et JOIN tags t ON t.id = et.tag_id "
            "WHERE t.deleted = 0 AND (t.path = ? OR t.path LIKE ?))"
        )
        params += [tag, tag + "/%"]
    if article_id:
        where.append(
            "e.id IN (SELECT ee.event_id FROM event_evidence ee JOIN annotations n "
            "ON n.id = ee.annotation_id WHERE n.article_id = ? AND n.deleted = 0)"
        )
        params.append(article_id)
    sql = f"SELECT e.id FROM events e WHERE {' AND '.join(where)} ORDER BY e.date_start, e.created"
    return [r[0] for r in db.execute(sql, params).fetchall()]


# -- writing (inside an edit) -----------------------------------------------------------------
def _set_evidence(db: Database, edit: Edit, event_id: str, annotation_ids: Sequence[str]) -> None:
    ids = list(dict.fromkeys(annotation_ids))
    live = {
        r[0]
        for r in db.execute(
            f"SELECT id FROM annotations WHERE deleted = 0 AND id IN ({','.join('?' * len(ids))})", ids
        )
    }
    if not ids or set(ids) - live:
        raise EventError("an event needs at least one passage as evidence (select a passage first)")
    edit.touch("event_evidence", event_id=event_id)
    db.execute("DELETE FROM event_evidence WHERE event_id = ?", [event_id])
    for annotation_id in ids:
        db.execute(
            "INSERT INTO event_evidence (event_id, annotation_id) VALUES (?, ?)", [event_id, annotation_id]
        )


def _set_tags(db: Database, edit: Edit, event_id: str, paths: Sequence[str], author: str) -> None:
    edit.touch("event_tags", event_id=event_id)
    tag_ids = dict.fromkeys(tag_store.ensure(db, edit, path=p, author=author).id for p in paths)
    db.execute("DELETE FROM event_tags WHERE event_id = ?", [event_id])
    for tag_id in tag_ids:
        db.execute("INSERT INTO event_tags (event_id, tag_id) VALUES (?, ?)", [event_id, tag_id])


class Events:
    """`nb.events`: create, edit, list and delete events; see the module docstring."""

    def __init__(self, context: RecordContext) -> None:
        self._context = context

    def get(self, event_id: str) -> Event:
        return get(self._context.db, event_id)

    def all(self, **filters: str | None) -> list[Event]:
        """Events matching `select_ids` filters (type, province, status, tag, article_id, dates)."""
        return [get(self._context.db, i) for i in select_ids(self._context.db, **filters)]

    def evidence(self, event_id: str) -> list[annotation_store.Annotation]:
        return [annotation_store.get(self._context.db, a) for a in self.get(event_id).evidence]

    def create(self, *, evidence: Sequence[str], tags: Sequence[str] = (), **fields: Any) -> Event:
        """A new event backed by `evidence` (annotation ids; at least one). Fields as in FIELDS."""
        values = {"date_precision": "day", "count_qualifier": "exact", "status": "reported", **fields}
        unknown = set(values) - set(FIELDS)
        if unknown:
            raise EventError(f"events have no field {', '.join(sorted(unknown))}")
        validate(values)
        with self._context.edit(kind="event", label="Add event", action="add-event") as edit:
            event_id = self._insert(edit, values, evidence=evidence, tags=tags)
        return self.get(event_id)

    def from_passage(
        self,
        article_id: str,
        *,
        start: int,
        end: int,
        note: str = "",
        tags: Sequence[str] = (),
        **fields: Any,
    ) -> Event:
        """Annotate text[start:end] of the article and record an event backed by it: one undo step.

        This is "New event from passage" and accepting a suggestion.
        """
        ctx = self._context
        article = articles.get(ctx.db, article_id)
        values = {"date_precision": "day", "count_qualifier": "exact", "status": "reported", **fields}
        validate(values)
        with ctx.edit(kind="event", label="Add event from passage", action="add-event") as edit:
            annotation_id = annotation_store.insert(
                ctx.db,
                edit,
                article=article,
                start=start,
                end=end,
                note=note,
                color=EVIDENCE_COLOR,
                author=ctx.author,
            )
            annotation_store.set_tags(ctx.db, edit, annotation_id, paths=tags, author=ctx.author)
            (edit.articles if tags else edit.shown).add(article.id)
            event_id = self._insert(edit, values, evidence=[annotation_id], tags=tags)
        return self.get(event_id)

    def _insert(
        self, edit: Edit, values: dict[str, Any], *, evidence: Sequence[str], tags: Sequence[str]
    ) -> EventId:
        ctx, event_id = self._context, EventId(new_id())
        edit.touch("events", id=event_id)
        stamp = now()
        cols = ", ".join(f'"{c}"' for c in values)
        db_values = [v if v is not None or c == "count" else "" for c, v in values.items()]
        ctx.db.execute(
            f"INSERT INTO events (id, {cols}, created, modified, author) "
            f"VALUES (?, {', '.join('?' * len(values))}, ?, ?, ?)",
            [event_id, *db_values, stamp, stamp, ctx.author],
        )
        _set_evidence(ctx.db, edit, event_id, evidence)
        _set_tags(ctx.db, edit, event_id, tags, ctx.author)
        edit.record(event_id)
        return event_id

    def update(
        self,
        event_id: str,
        *,
        evidence: Sequence[str] | None = None,
        tags: Sequence[str] | None = None,
        **fields: Any,
    ) -> Event:
        """Change fields, and/or replace the evidence or tags (None leaves them as they are)."""
        ctx, current = self._context, self.get(event_id)
        changed = {k: v for k, v in fields.items() if getattr(current, k, object()) != v}
        if set(fields) - set(FIELDS):
            raise EventError(f"events have no field {', '.join(sorted(set(fields) - set(FIELDS)))}")
        validate({**current.__dict__, **changed})
        with ctx.edit(kind="event", label="Edit event", action="edit-event") as edit:
            edit.touch("events", id=current.id)
            if changed:
                sets = "".join(f'"{c}" = ?, ' for c in changed)
                ctx.db.execute(
                    f"UPDATE events SET {sets}modified = ?, author = ?, revision = revision + 1 WHERE id = ?",
                    [*changed.values(), now(), ctx.author, current.id],
                )
            if evidence is not None:
                _set_evidence(ctx.db, edit, current.id, evidence)
            if tags is not None:
                _set_tags(ctx.db, edit, current.id, tags, ctx.author)
            edit.record(current.id)
        return self.get(current.id)

    def add_evidence(self, event_id: str, annotation_id: str) -> Event:
        """Back the event with one more passage (e.g. from another article: corroboration)."""
        return self.update(event_id, evidence=[*self.get(event_id).evidence, annotation_id])

    def remove_evidence(self, event_id: str, annotation_id: str) -> Event:
        """Drop one passage; the last one cannot be removed (delete the event instead)."""
        remaining = [a for a in self.get(event_id).evidence if a != annotation_id]
        return self.update(event_id, evidence=remaining)

    def delete(self, event_id: str) -> None:
        """Delete an event (a tombstone; undo brings it back)."""
        ctx, current = self._context, self.get(event_id)
        with ctx.edit(kind="event", label="Delete event", action="delete-event") as edit:
            edit.touch("events", id=current.id)
            ctx.db.execute(
                "UPDATE events SET deleted = 1, modified = ?, author = ?, revision = revision + 1 "
                "WHERE id = ?",
                [now(), ctx.author, current.id],
            )
            edit.record(current.id)
