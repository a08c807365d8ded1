"""What the search index holds: its fields, how text is analysed, and one article's document.

Query-side code (parsing, ranking, snippets) is in search.py; both sides share this schema.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from whoosh.fields import DATETIME, ID, KEYWORD, TEXT, Schema

from desktop.store.search_analysis import text_analyzer


def build_schema() -> Schema:
    """The index's fields. `tag` holds each tag path and its ancestors (persecution/detention)."""
    analyzer = text_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(analyzer=analyzer, field_boost=2.5, phrase=True),
        # No `spelling=True`: it indexes every word a second time, unstemmed, and halved import
        # speed (docs/PERFORMANCE.md). "Did you mean" works from the stemmed terms instead.
        body=TEXT(analyzer=analyzer, phrase=True),
        author=TEXT(analyzer=analyzer),
        outlet=TEXT(analyzer=analyzer),
        tag=KEYWORD(lowercase=True, commas=True),
        date=DATETIME(),
        language=ID(),
    )


@dataclass(frozen=True)
class IndexDoc:
    """What the index needs to know about one article."""

    id: str
    title: str
    body: str
    author: str = ""
    outlet: str = ""
    tags: tuple[str, ...] = ()
    date: datetime | None = None
    language: str = ""


def tag_terms(paths: Iterable[str]) -> str:
    """Every tag path and its ancestors, comma-separated, for the `tag` field."""
    terms: set[str] = set()
    for path in paths:
        parts = [p.strip() for p in path.split("/") if p.strip()]
        for i in range(1, len(parts) + 1):
            terms.add("/".join(parts[:i]).replace(",", " "))
    return ",".join(sorted(terms))


def document_fields(doc: IndexDoc) -> dict[str, Any]:
    """The whoosh fields of one article's document."""
    fields: dict[str, Any] = {
        "id": doc.id,
        "title": doc.title,
        "body": doc.body,
        "author": doc.author,
        "outlet": doc.outlet,
        "language": doc.language or "und",
    }
    if doc.tags:
        fields["tag"] = tag_terms(doc.tags)
    if doc.date is not None:
        fields["date"] = doc.date
    return fields
