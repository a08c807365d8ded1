"""Reading a segment's postings and field lengths a whole posting list at a time.

whoosh's leaf matcher hands out one posting per method call (`id()`, `weight()`, `score()`,
`next()`). The scorer in search_scoring wants a term's document numbers, weights and (for
phrases) encoded positions as plain lists, and each document's field length as a list it can
index. Both are read here from whoosh's W3 segment files, in whoosh's own format (whoosh-reloaded
2.7.5 is pinned); `SegmentData.of` returns None for any other kind of segment reader.
"""

from __future__ import annotations

import pickle
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate, repeat
from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3TermsReader, _lenfield
from whoosh.reading import SegmentReader, TermNotFound
from whoosh.util.numeric import byte_to_length

from desktop.store.index_blocks import blocks

_VALUES_START = b"(c_codecs\nencode\n"  # MARK, then pickle protocol 2's call that makes bytes
_PAIR_AND_STOP = b"\x86."  # pickle's TUPLE2 and STOP


@dataclass
class Postings:
    """One term's live postings in one segment: document numbers, weights, encoded values."""

    ids: list[int]
    weights: list[float]
    values: list[Any] | None  # each posting's encoded value (variable-size formats: Positions), if asked


@dataclass
class SegmentData:
    """What the scorer reads from one segment: postings, deletions and field lengths."""

    reader: Any  # whoosh SegmentReader
    deleted: frozenset[int]
    doc_count_all: int
    _length_bytes: dict[str, bytes | None] = field(default_factory=dict)

    @classmethod
    def of(cls, reader: Any) -> SegmentData | None:
        """The segment behind a whoosh reader, or None if it is not a W3 segment reader."""
        if not isinstance(reader, SegmentReader) or not isinstance(
            getattr(reader, "_terms", None), W3TermsReader
        ):
            return None
        return cls(reader, frozenset(reader.deleted_docs_set), reader.doc_count_all())

    def terminfo(self, fieldname: str, btext: bytes) -> Any | None:
        """The term's W3TermInfo, or None if this segment does not have the term."""
        try:
            return self.reader._terms.term_info(fieldname, btext)
        except TermNotFound:
            return None

    def terminfos_from(self, fieldname: str, start: bytes) -> Iterator[tuple[bytes, Any]]:
        """(term, W3TermInfo) for the terms of `fieldname` from `start` on, in term order."""
        for (name, btext), terminfo in self.reader._terms.items_from(fieldname, start):
            if name != fieldname:
                return
            yield btext, terminfo

    def postings(self, terminfo: Any, *, values: bool = False) -> Postings:
        """A term's postings (live documents only); `values`: with each posting's encoded value."""
        if terminfo.is_inlined():
            ids, weights, vals = terminfo.inlined_postings()
            found = Postings(list(ids), list(weights), list(vals) if values else None)
        else:
            found = _read_blocks(self.reader._terms._postfile, terminfo, values=values)
        if self.deleted:
            found = _without(found, self.deleted)
        return found

    def field_lengths(self, fieldname: str) -> bytes | None:
        """Each document's length byte in `fieldname` (whoosh's lengths column), None without one."""
        if fieldname not in self._length_bytes:
            self._length_bytes[fieldname] = self._read_lengths(fieldname)
        return self._length_bytes[fieldname]

    def _read_lengths(self, fieldname: str) -> bytes | None:
        column = self.reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if column is None:
            return None
        count = min(column._count, self.doc_count_all)
        if getattr(column, "_fixedlen", None) == 1 and hasattr(column, "_dbfile"):
            raw = bytes(column._dbfile.get(column._basepos, count)) if count else b""
        else:  # another column layout: one read per document
            raw = bytes(column[d] for d in range(count))
        return raw + bytes(self.doc_count_all - count)  # documents past the column have byte 0


def length_table() -> list[int]:
    """byte_to_length for every length byte (whoosh stores field lengths as one byte)."""
    return [byte_to_length(b) for b in range(256)]


def _read_blocks(postfile: Any, terminfo: Any, *, values: bool) -> Postings:
    """A term's whole posting list (see index_blocks for the format)."""
    ids: list[int] = []
    weights: list[float] = []
    vals: list[Any] | None = [] if values else None
    for info, block in blocks(postfile, terminfo):
        count = info.length
        if vals is None:
            block_ids, block_weights = _ids_and_weights(block, count)
        else:
            block_ids, block_weights, block_values = pickle.loads(block)
            vals.extend(repeat(None, count) if block_values is None else block_values)
        ids.extend(accumulate(block_ids))
        if block_weights is None:
            weights.extend(repeat(1.0, count))
        elif isinstance(block_weights, float):  # whoosh reads it into a float32 array
            weights.extend(repeat(array("f", (block_weights,))[0], count))
        else:
            weights.extend(block_weights)
    return Postings(ids, weights, vals)


def _ids_and_weights(block: bytes, count: int) -> tuple[Any, Any]:
    """The delta ids and weights of a block's pickled (ids, weights, values), values left unread.

    Positions are bytes, which pickle protocol 2 writes as calls of `_codecs.encode`: unpickling
    them is ~90 % of a block's unpickling time. A values tuple of four or more starts with a MARK
    and the first such call, which nothing before it can contain; the pickle is cut there and
    closed as (ids, weights). Anything else is unpickled whole (a test reads every term both ways).
    """
    cut = block.find(_VALUES_START) if count >= 4 else -1
    if cut > 0:
        try:
            ids, weights = pickle.loads(block[:cut] + _PAIR_AND_STOP)
        except (pickle.UnpicklingError, ValueError, EOFError):
            ids = ()
        if len(ids) == count:
            return ids, weights
    ids, weights, _values = pickle.loads(block)
    return ids, weights


def _without(found: Postings, deleted: Iterable[int]) -> Postings:
    gone = set(deleted)
    keep = [i for i, d in enumerate(found.ids) if d not in gone]
    if len(keep) == len(found.ids):
        return found
    return Postings(
        [found.ids[i] for i in keep],
        [found.weights[i] for i in keep],
        None if found.values is None else [found.values[i] for i in keep],
    )
