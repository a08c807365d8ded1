"""The library list: a page of articles, filtered and ordered in SQL on indexes (100,000 articles).

A page is read in two steps: the rowids of the page, ordered and filtered on an index (so skipping
to row 99,800 reads index entries, never rows), then the shown columns and the annotation, event
and tag counts of those rows only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from desktop.csl.text import csl_date_text
from desktop.store.ids import ArticleId

# What the list orders and filters by, written exactly as schema step 6 indexes them (SQLite uses
# an index on an expression only for the very same expression).
OUTLET_SQL = "json_extract(csl, '$.\"container-title\"')"
_DATE_PART = "json_extract(csl, '$.issued.\"date-parts\"[0][{}]')"
ISSUED_YEAR_SQL = _DATE_PART.format(0)
# The publication date as text ("2024-06-01"; a missing month or day counts as 1).
ISSUED_SQL = (
    f"printf('%04d-%02d-%02d', {ISSUED_YEAR_SQL}, "
    f"coalesce({_DATE_PART.format(1)}, 1), coalesce({_DATE_PART.format(2)}, 1))"
)


@dataclass(frozen=True)
class ArticleRow:
    """What a library list shows for an article (no text)."""

    id: ArticleId
    title: str
    outlet: str
    issued: str
    language: str
    direction: str
    annotations: int
    events: int
    tags: int


# Each order is an index (schema steps 4 and 6): its expression, written exactly as indexed.
ORDERS = {
    "title": "title COLLATE NOCASE",
    "outlet": f"{OUTLET_SQL} COLLATE NOCASE",
    "date": ISSUED_SQL,
    "added": "created",
    "language": "language",
}


@dataclass(frozen=True)
class ArticleFilter:
    """Which articles a library list shows ("" = any). Dates are ISO: 2024, 2024-06 or 2024-06-01.

    tag       a tag path; its sub-tags count too (on any live annotation of the article)
    outlet    part of the outlet's name, any case
    """

    tag: str = ""
    outlet: str = ""
    date_from: str = ""
    date_to: str = ""
    language: str = ""

    def where(self) -> tuple[str, list[str]]:
        """SQL conditions on `articles a` and their parameters."""
        sql, params = [], []
        if self.tag:  # rowids: the order's index entries hold them, so no row is read to test one
            sql.append(
                "a.rowid IN (SELECT r.rowid FROM annotation_tags at "
                "JOIN annotations n ON n.id = at.annotation_id JOIN tags t ON t.id = at.tag_id "
                "JOIN articles r ON r.id = n.article_id "
                "WHERE n.deleted = 0 AND t.deleted = 0 "
                "AND (lower(t.path) = lower(?) OR lower(t.path) LIKE lower(?)))"
            )
            params += [self.tag, self.tag.replace("%", "").replace("_", "") + "/%"]
        if self.outlet:
            sql.append(f"{OUTLET_SQL} LIKE ?")
            params.append(f"%{self.outlet}%")
        if self.date_from:
            sql.append(f"{ISSUED_YEAR_SQL} IS NOT NULL AND {ISSUED_SQL} >= ?")
            params.append(self.date_from)
        if self.date_to:
            sql.append(f"{ISSUED_YEAR_SQL} IS NOT NULL AND {ISSUED_SQL} <= ?")
            params.append(self.date_to + "~")  # "2024-06" includes every day of June
        if self.language:
            sql.append("language = ?")
            params.append(self.language)
        return " AND ".join(f"({c})" for c in sql), params


def page_rowids(
    db: Database, *, limit: int, offset: int, order: str, descending: bool, where: ArticleFilter | None
) -> list[int]:
    """The rowids of one page of live articles, in list order (ties in the order they were added)."""
    key = ORDERS.get(order, ORDERS["added"])
    direction = "DESC" if descending else "ASC"
    conditions, params = (where or ArticleFilter()).where()
    rows = db.execute(
        f"SELECT a.rowid FROM articles a WHERE a.deleted = 0 {'AND ' + conditions if conditions else ''} "
        f"ORDER BY {key} {direction}, a.rowid {direction} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return [r[0] for r in rows]


def rows_for(db: Database, rowids: list[int]) -> list[ArticleRow]:
    """The list rows of these articles, with their counts, in the order given."""
    found = db.execute(
        """
        SELECT a.rowid, a.id, a.title, a.csl, a.language, a.direction,
          (SELECT count(*) FROM annotations n WHERE n.article_id = a.id AND n.deleted = 0),
          (SELECT count(DISTINCT ee.event_id) FROM event_evidence ee
             JOIN annotations n ON n.id = ee.annotation_id
             JOIN events e ON e.id = ee.event_id
             WHERE n.article_id = a.id AND e.deleted = 0),
          (SELECT count(DISTINCT t.tag_id) FROM annotation_tags t
             JOIN annotations n ON n.id = t.annotation_id
             WHERE n.article_id = a.id AND n.deleted = 0)
        FROM articles a WHERE a.rowid IN (SELECT value FROM json_each(?))
        """,
        [json.dumps(rowids)],
    ).fetchall()
    by_rowid = {r[0]: r for r in found}
    return [_row(by_rowid[rowid]) for rowid in rowids if rowid in by_rowid]


def _row(r: Any) -> ArticleRow:
    csl = json.loads(r[3])
    return ArticleRow(
        id=ArticleId(r[1]),
        title=r[2],
        outlet=str(csl.get("container-title", "")),
        issued=csl_date_text(csl.get("issued")),
        language=r[4],
        direction=r[5],
        annotations=r[6],
        events=r[7],
        tags=r[8],
    )


def list_rows(
    db: Database,
    *,
    limit: int = 100,
    offset: int = 0,
    order: str = "added",
    descending: bool = False,
    where: ArticleFilter | None = None,
) -> list[ArticleRow]:
    """A page of the library: live articles (matching `where`) with annotation, event, tag counts.

    order  title, outlet, date, added or language; `descending` reverses it
    """
    rowids = page_rowids(db, limit=limit, offset=offset, order=order, descending=descending, where=where)
    return rows_for(db, rowids) if rowids else []
