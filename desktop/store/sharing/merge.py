"""Record histories and merging: every record's revisions form a small DAG that travels with it.

A revision is (parents, content); its hash covers the table, the record id, the parents'
hashes and the content's hash, so histories from different notebooks can be united by hash.
Merging is that union: a record whose history has one head shows that head (the newer edit
wins only when it descends from the other); several heads are a **conflict**: the row shows
the head with the latest `modified` (then the larger hash) and every head stays stored until
someone resolves it. The union is commutative and idempotent, so A-then-B equals B-then-A and
receiving a file twice changes nothing; nothing anyone wrote is dropped.

Local edits are made by other modules with plain UPDATEs; `snapshot` turns each row whose
content changed since its last revision into a new revision (call it before sharing/merging).

A row's `revision` is the generation of the revision it shows (1 + its parents' largest), so the
same version has the same number everywhere. The app's edits count up by one per save in the
meantime; `snapshot` sets the number back to the generation. Nothing decides by it: which head a
row shows depends on `modified` and the hash only.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from desktop.store import custody
from desktop.store.compression import unpack_text
from desktop.store.errors import NotebookError, NotFound
from desktop.store.ids import new_id, now

if TYPE_CHECKING:
    from desktop.store.notebook import Notebook

# Tables whose rows are records, in an order where what a row refers to comes before it.
RECORD_TABLES = ("articles", "tags", "annotations", "events")
# Link rows travel inside their owner's content: (link table, owner column, target column, target table).
LINKS: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "annotations": (("annotation_tags", "annotation_id", "tag_id", "tags"),),
    "events": (
        ("event_evidence", "event_id", "annotation_id", "annotations"),
        ("event_tags", "event_id", "tag_id", "tags"),
    ),
}
# Not part of a revision's content: `revision` is derived (the generation), an article's text
# is immutable and travels beside its history (`text_sha256` is in the content).
NOT_CONTENT = {"revision", "text"}


class MergeError(NotebookError):
    """A share's record does not fit this notebook (damaged history, missing text)."""


@dataclass(frozen=True)
class Revision:
    hash: str
    parents: tuple[str, ...]
    generation: int
    content: dict[str, Any]


@dataclass(frozen=True)
class Heads:
    """Which revision a row shows, the hash of the row's content then, and the unmerged heads."""

    shown: str
    shown_content_hash: str
    heads: frozenset[str]


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def revision_hash(table: str, record_id: str, parents: tuple[str, ...], content_hash: str) -> str:
    return sha256_text(canonical([table, record_id, sorted(parents), content_hash]))


# -- reading rows as content -------------------------------------------------------------------
def content_columns(db: Database, table: str) -> list[str]:
    return [c.name for c in db[table].columns if c.name not in NOT_CONTENT]


def _links(db: Database, table: str, record_id: str | None) -> dict[str, dict[str, list[str]]]:
    """{owner id: {link table: sorted target ids}} for one record, or all when record_id is None."""
    out: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for link, owner, target, _ in LINKS.get(table, ()):
        where, params = (f" WHERE {owner} = ?", [record_id]) if record_id else ("", [])
        grouped: dict[str, list[str]] = defaultdict(list)
        for o, t in db.execute(f"SELECT {owner}, {target} FROM {link}{where} ORDER BY {target}", params):
            grouped[o].append(t)
        for o, targets in grouped.items():
            out[o][link] = targets
    return out


def row_contents(db: Database, table: str, record_id: str | None = None) -> Iterator[dict[str, Any]]:
    """Each row's content (columns but `revision`/`text`, plus its links as `_<link table>`)."""
    columns = content_columns(db, table)
    links = _links(db, table, record_id)
    where, params = (" WHERE id = ?", [record_id]) if record_id else ("", [])
    quoted = ", ".join(f'"{c}"' for c in columns)
    for row in db.execute(f"SELECT {quoted} FROM {table}{where}", params):
        content = dict(zip(columns, row, strict=True))
        owned = links.get(content["id"], {})
        for link, *_ in LINKS.get(table, ()):
            content[f"_{link}"] = owned.get(link, [])
        yield content


# -- the history tables ------------------------------------------------------------------------
def get_heads(db: Database, table: str, record_id: str) -> Heads | None:
    row = db.execute(
        "SELECT shown, shown_content_hash, heads FROM record_heads WHERE table_name = ? AND record_id = ?",
        [table, record_id],
    ).fetchone()
    return Heads(row[0], row[1], frozenset(json.loads(row[2]))) if row else None


def all_heads(db: Database, table: str) -> dict[str, Heads]:
    rows = db.execute(
        "SELECT record_id, shown, shown_content_hash, heads FROM record_heads WHERE table_name = ?", [table]
    )
    return {r[0]: Heads(r[1], r[2], frozenset(json.loads(r[3]))) for r in rows}


def put_heads(db: Database, table: str, record_id: str, heads: Heads) -> None:
    db.execute(
        "INSERT OR REPLACE INTO record_heads (table_name, record_id, shown, shown_content_hash, heads) "
        "VALUES (?, ?, ?, ?, ?)",
        [table, record_id, heads.shown, heads.shown_content_hash, json.dumps(sorted(heads.heads))],
    )
    _update_conflict(db, table, record_id, heads.heads)


def get_revision(db: Database, rev_hash: str) -> Revision:
    row = db.execute(
        "SELECT parents, generation, content FROM record_revisions WHERE hash = ?", [rev_hash]
    ).fetchone()
    if row is None:
        raise MergeError(f"revision {rev_hash[:12]} is missing from this notebook")
    return Revision(rev_hash, tuple(json.loads(row[0])), row[1], json.loads(row[2]))


def history(db: Database, table: str, record_id: str) -> list[Revision]:
    """Every revision of a record, parents before children."""
    rows = db.execute(
        "SELECT hash, parents, generation, content FROM record_revisions "
        "WHERE table_name = ? AND record_id = ? ORDER BY generation, hash",
        [table, record_id],
    )
    return [Revision(r[0], tuple(json.loads(r[1])), r[2], json.loads(r[3])) for r in rows]


def store_revision(
    db: Database, table: str, record_id: str, parents: tuple[str, ...], content: dict[str, Any]
) -> Revision:
    """Add a revision (a no-op when it is already known). Returns it.

    Raises MergeError when a parent is not stored: its generation would then depend on what this
    notebook happened to hold, and the same version could get different numbers in two notebooks.
    """
    content_hash = sha256_text(canonical(content))
    rev_hash = revision_hash(table, record_id, parents, content_hash)
    known = dict(_generations(db, parents))
    if missing := set(parents) - known.keys():
        raise MergeError(f"{table} {record_id}: a revision's parent {min(missing)[:12]} is missing")
    generation = 1 + max((known[p] for p in parents), default=0)
    db.execute(
        "INSERT OR IGNORE INTO record_revisions "
        "(hash, table_name, record_id, parents, generation, content, content_hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            rev_hash,
            table,
            record_id,
            json.dumps(sorted(parents)),
            generation,
            canonical(content),
            content_hash,
        ],
    )
    return Revision(rev_hash, tuple(sorted(parents)), generation, content)


def _generations(db: Database, hashes: tuple[str, ...]) -> list[tuple[str, int]]:
    if not hashes:
        return []
    marks = ",".join("?" * len(hashes))
    rows = db.execute(f"SELECT hash, generation FROM record_revisions WHERE hash IN ({marks})", list(hashes))
    return [(str(r[0]), int(r[1])) for r in rows]


def _update_conflict(db: Database, table: str, record_id: str, heads: frozenset[str]) -> None:
    """Open, update or close the record's conflict so it lists exactly the unmerged heads."""
    row = db.execute(
        "SELECT id, heads FROM conflicts WHERE table_name = ? AND record_id = ? AND resolved = ''",
        [table, record_id],
    ).fetchone()
    listed = json.dumps(sorted(heads))
    if len(heads) > 1 and row is None:
        db.execute(
            "INSERT INTO conflicts (id, table_name, record_id, heads, detected) VALUES (?, ?, ?, ?, ?)",
            [new_id(), table, record_id, listed, now()],
        )
    elif len(heads) > 1 and row[1] != listed:
        db.execute("UPDATE conflicts SET heads = ? WHERE id = ?", [listed, row[0]])
    elif len(heads) == 1 and row is not None:
        db.execute(
            "UPDATE conflicts SET resolved = ?, kept = ? WHERE id = ?", [now(), next(iter(heads)), row[0]]
        )


# -- local edits -------------------------------------------------------------------------------
def snapshot(db: Database) -> int:
    """Record every row edited since its last revision as a new revision. Returns how many.

    Call inside a transaction, before reading histories for a share or merging one in.
    """
    added = 0
    for table in RECORD_TABLES:
        known = all_heads(db, table)
        for content in row_contents(db, table):
            content_hash = sha256_text(canonical(content))
            heads = known.get(content["id"])
            if heads is not None and heads.shown_content_hash == content_hash:
                continue
            parents = (heads.shown,) if heads else ()
            rev = store_revision(db, table, content["id"], parents, content)
            others = heads.heads - {heads.shown} if heads else frozenset()
            put_heads(db, table, content["id"], Heads(rev.hash, content_hash, others | {rev.hash}))
            added += 1
        _number_rows(db, table)
    return added


def _number_rows(db: Database, table: str) -> None:
    """Set each row's `revision` to the generation of the revision it shows.

    Every row, not only those that got a new revision: a save that repeats the shown version
    exactly (same values, same millisecond) adds no revision but has counted the row up, and
    merging never rewrites a row whose shown revision stays the same, so that number would stay
    one ahead of every other notebook's for good (issue 13).
    """
    db.execute(
        f"UPDATE {table} SET revision = shown.generation FROM ("
        "  SELECT h.record_id AS id, r.generation AS generation FROM record_heads h"
        "  JOIN record_revisions r ON r.hash = h.shown WHERE h.table_name = ?"
        f") AS shown WHERE {table}.id = shown.id AND {table}.revision != shown.generation",
        [table],
    )


# -- merging a record from a share ---------------------------------------------------------------
@dataclass(frozen=True)
class Outcome:
    """What merging one record did: "added", "updated", "unchanged" or "conflict".

    articles  the articles whose search entry must be refreshed because of it
    """

    status: str
    articles: frozenset[str] = frozenset()


def record_payload(db: Database, table: str, record_id: str) -> dict[str, Any]:
    """A record as a share carries it: its whole history, and an article's text."""
    value: dict[str, Any] = {
        "table": table,
        "id": record_id,
        "revisions": [
            {"hash": r.hash, "parents": list(r.parents), "content": r.content}
            for r in history(db, table, record_id)
        ],
    }
    if table == "articles":
        row = db.execute("SELECT text FROM articles WHERE id = ?", [record_id]).fetchone()
        value["text"] = unpack_text(row[0]) if row else None
    return value


def merge_record(db: Database, value: dict[str, Any]) -> Outcome:
    """Unite a shared record's history with ours and show the result (inside a transaction).

    Raises MergeError when the record is malformed or a revision's hash does not match.
    """
    try:
        table, record_id, revisions = value["table"], str(value["id"]), value["revisions"]
    except (KeyError, TypeError) as exc:
        raise MergeError("a record in the share is malformed") from exc
    if table not in RECORD_TABLES or not isinstance(revisions, list) or not revisions:
        raise MergeError(f"a record in the share is malformed ({table!r})")
    for rev in revisions:
        _store_incoming(db, table, record_id, rev)
    before = get_heads(db, table, record_id)
    revs = {r.hash: r for r in history(db, table, record_id)}
    parents_of_any = {p for r in revs.values() for p in r.parents}
    heads = frozenset(h for h in revs if h not in parents_of_any)
    shown = pick_shown([revs[h] for h in heads])
    if before is not None and before.shown == shown.hash and before.heads == heads:
        return Outcome("unchanged")
    if before is None or before.shown != shown.hash:
        apply_revision(db, table, record_id, shown, text=value.get("text"))
    row_hash = sha256_text(canonical(next(row_contents(db, table, record_id))))
    put_heads(db, table, record_id, Heads(shown.hash, row_hash, heads))
    status = "added" if before is None else "conflict" if len(heads) > 1 else "updated"
    return Outcome(status, affected_articles(db, table, record_id, shown.content))


def _store_incoming(db: Database, table: str, record_id: str, rev: Any) -> None:
    try:
        parents, content, claimed = tuple(rev["parents"]), rev["content"], rev["hash"]
    except (KeyError, TypeError) as exc:
        raise MergeError("a revision in the share is malformed") from exc
    if not isinstance(content, dict) or content.get("id") != record_id:
        raise MergeError("a revision in the share belongs to another record")
    stored = store_revision(db, table, record_id, parents, content)
    if stored.hash != claimed:
        raise MergeError(f"revision {str(claimed)[:12]} of {table} {record_id} does not match its hash")


def pick_shown(heads: list[Revision]) -> Revision:
    """The head a row shows: the one modified last (ties: the larger hash), the same everywhere."""
    return max(heads, key=lambda r: (str(r.content.get("modified", "")), r.hash))


def apply_revision(db: Database, table: str, record_id: str, rev: Revision, *, text: Any = None) -> None:
    """Make the row (and its link rows) show `rev`'s content."""
    existing = set(content_columns(db, table))
    values = {k: v for k, v in rev.content.items() if k in existing and k != "id"}
    values["revision"] = rev.generation
    if db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [record_id]).fetchone():
        sets = ", ".join(f'"{c}" = ?' for c in values)
        db.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*values.values(), record_id])
    else:
        if table == "articles":
            if not isinstance(text, str) or sha256_text(text) != values.get("text_sha256"):
                raise MergeError(f"article {record_id}: its text is missing from the share or damaged")
            values["text"] = text
        values["id"] = record_id
        columns = ", ".join(f'"{c}"' for c in values)
        marks = ", ".join("?" * len(values))
        db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values()))
    for link, owner, target, target_table in LINKS.get(table, ()):
        db.execute(f"DELETE FROM {link} WHERE {owner} = ?", [record_id])
        for target_id in rev.content.get(f"_{link}", []):
            db.execute(
                f"INSERT OR IGNORE INTO {link} ({owner}, {target}) "
                f"SELECT ?, ? WHERE EXISTS (SELECT 1 FROM {target_table} WHERE id = ?)",
                [record_id, target_id, target_id],
            )


def affected_articles(db: Database, table: str, record_id: str, content: dict[str, Any]) -> frozenset[str]:
    """The articles whose search entry (text, title, tags) depends on this record."""
    if table == "articles":
        return frozenset({record_id})
    if table == "annotations":
        return frozenset({str(content.get("article_id", ""))}) - {""}
    if table == "tags":
        rows = db.execute(
            "SELECT DISTINCT n.article_id FROM annotation_tags t "
            "JOIN annotations n ON n.id = t.annotation_id WHERE t.tag_id = ?",
            [record_id],
        )
        return frozenset(r[0] for r in rows)
    return frozenset()


# -- conflicts, for the app to resolve -----------------------------------------------------------
@dataclass(frozen=True)
class Conflict:
    """An open conflict: one record with several versions nobody has merged yet."""

    id: str
    table: str
    record_id: str
    detected: str
    versions: tuple[Revision, ...]  # each unmerged head, the one the row shows first


def list_conflicts(nb: Notebook) -> list[Conflict]:
    """The notebook's open conflicts, oldest first."""
    out = []
    for cid, table, record_id, detected in nb.db.execute(
        "SELECT id, table_name, record_id, detected FROM conflicts WHERE resolved = '' ORDER BY detected, id"
    ):
        heads = get_heads(nb.db, table, record_id)
        assert heads is not None
        versions = sorted((get_revision(nb.db, h) for h in heads.heads), key=lambda r: r.hash != heads.shown)
        out.append(Conflict(cid, table, record_id, detected, tuple(versions)))
    return out


def resolve_conflict(nb: Notebook, conflict_id: str, *, keep: str) -> Revision:
    """Keep one version (`keep`: its revision hash or a prefix of 8+ characters).

    The result is a new revision descending from every version, so it wins everywhere it is
    shared; the other versions stay in the record's history. Returns the new revision.
    """
    with nb.transaction() as db:
        snapshot(db)
        row = db.execute(
            "SELECT table_name, record_id FROM conflicts WHERE id = ? AND resolved = ''", [conflict_id]
        ).fetchone()
        if row is None:
            raise NotFound(f"no open conflict {conflict_id}")
        table, record_id = row
        heads = get_heads(db, table, record_id)
        assert heads is not None
        chosen = [h for h in heads.heads if len(keep) >= 8 and h.startswith(keep)]
        if len(chosen) != 1:
            raise NotFound(f"{keep!r} is not one of the conflict's versions")
        content = dict(get_revision(db, chosen[0]).content, modified=now(), author=nb.author)
        rev = store_revision(db, table, record_id, tuple(sorted(heads.heads)), content)
        apply_revision(db, table, record_id, rev)
        row_hash = sha256_text(canonical(next(row_contents(db, table, record_id))))
        put_heads(db, table, record_id, Heads(rev.hash, row_hash, frozenset({rev.hash})))
        db.execute("UPDATE conflicts SET kept = ? WHERE id = ?", [chosen[0], conflict_id])
        nb.reindex(set(affected_articles(db, table, record_id, content)))
        custody.append(
            db,
            actor=nb.author,
            action="resolve",
            record_id=record_id,
            details={"table": table, "kept": chosen[0], "versions": sorted(heads.heads)},
        )
    return rev


def version_fields(content: dict[str, Any]) -> dict[str, str]:
    """A version's content as field → text for showing side by side; an article's CSL-JSON
    `csl` column is spread into `csl.<field>`, so a changed title shows as one field."""
    fields: dict[str, str] = {}
    for key, value in sorted(content.items()):
        if key == "csl" and isinstance(value, str):
            try:
                csl = json.loads(value)
            except ValueError:
                csl = None
            if isinstance(csl, dict):
                fields.update({f"csl.{k}": _field_text(v) for k, v in sorted(csl.items())})
                continue
        fields[key] = _field_text(value)
    return fields


def _field_text(value: Any) -> str:
    return value if isinstance(value, str) else canonical(value)


def differing_fields(versions: Iterable[Revision]) -> set[str]:
    """The fields (as `version_fields` names them) whose text differs between the versions."""
    shown = [version_fields(v.content) for v in versions]
    keys = set().union(*shown) if shown else set()
    return {k for k in keys if len({f.get(k) for f in shown}) > 1}
