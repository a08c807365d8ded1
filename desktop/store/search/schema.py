"""What the search index holds: its fields, how text is analysed, and one article's document.

Query-side code (parsing, ranking, snippets) is in search.py; both sides share this schema.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from whoosh.fields import DATETIME, ID, KEYWORD, TEXT, Schema
from whoosh.formats import Positions
from whoosh.system import pack_uint

from desktop.store.search.analysis import index_terms, text_analyzer

_SINGLE_POSITION: dict[int, bytes] = {}


def encode_positions(positions: Sequence[int]) -> bytes:
    """Positions.encode's bytes (count, then the pickled gaps); a lone early position from a table."""
    if len(positions) == 1 and positions[0] < 4096:  # most terms occur once in an article
        pos = positions[0]
        encoded = _SINGLE_POSITION.get(pos)
        if encoded is None:
            encoded = _SINGLE_POSITION[pos] = pack_uint(1) + pickle.dumps([pos], 2)
        return encoded
    gaps = [positions[0]]
    gaps.extend([b - a for a, b in zip(positions, positions[1:], strict=False)])
    return pack_uint(len(gaps)) + pickle.dumps(gaps, 2)


class FastText(TEXT):
    """A TEXT field of `text_analyzer()` that indexes through `index_terms`.

    It yields the same (term, frequency, weight, encoded value) tuples as TEXT.index does through
    the analyzer (a test compares them), several times faster. Queries and highlighting still
    use the analyzer.
    """

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        if not isinstance(value, str):
            yield from super().index(value, **kwargs)
            return
        fmt = self.format
        boost = fmt.field_boost
        with_positions = isinstance(fmt, Positions)
        for term, positions in index_terms(value).items():
            freq = len(positions)
            encoded = encode_positions(positions) if with_positions else pack_uint(freq)
            yield term.encode("utf-8"), freq, freq * boost, encoded


def build_schema() -> Schema:
    """The index's fields. `tag` holds each tag path and its ancestors (persecution/detention)."""
    analyzer = text_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        title=FastText(analyzer=analyzer, field_boost=2.5, phrase=True),
        # No `spelling=True`: it indexes every word a second time, unstemmed, and halved import
        # speed (docs/PERFORMANCE.md). "Did you mean" works from the stemmed terms instead.
        body=FastText(analyzer=analyzer, phrase=True),
        author=FastText(analyzer=analyzer),
        outlet=FastText(analyzer=analyzer),
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
