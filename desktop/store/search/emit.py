"""Writing a field's short terms to a segment in bulk, with the bytes whoosh's writer makes
(given its settings: blocks all compressed, pickled with protocol 2).

Nearly every term of a segment has its postings in one block. Through whoosh's writer each such
term takes some sixty method calls (a postings writer, a term info object, the hash file's add,
a file write per piece); here the same bytes are made in one loop and written to the posting and
term files once per field. Long terms still go through whoosh's block writer (index_writer).
New documents' postings become a term's columns here too (text_columns).
"""

from __future__ import annotations

import pickle
import struct
import zlib
from array import array
from hashlib import md5
from operator import sub
from typing import Any

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.formats import Positions
from whoosh.system import pack_uint

from desktop.store.search.schema import encode_positions

_HEAD = struct.Struct("!i")  # a block's signed size (negative: the term's last block)
_ENTRY = struct.Struct("!ii")  # the hash file's key and value lengths before each pair
_EXTENT = struct.Struct("!qi")  # a term info's offset and length in the posting file
_TERMINFO = W3TermInfo._struct
_FIELD_ID = struct.Struct("!H")


class TermEmitter:
    """Collects one field's one-block terms and writes them as W3PostingsWriter + W3FieldWriter
    would (start_term, add_posting for each posting, finish_term), checked byte for byte in
    tests/store/test_index_writer.py.

    `length_bytes[doc]` is each document's field length as stored (0: none), or None for a field
    without lengths; the term info's shortest and longest lengths are these bytes (whoosh turns
    the byte into a length and back, which gives the same byte). Call flush() before anything
    else writes to the files (they may be written between a flush and the next add) and at the
    field's end.
    """

    def __init__(
        self,
        postfile: Any,
        tindex: Any,
        field_id: int,
        length_bytes: list[int] | None,
        *,
        compression: int,
        min_compress: int,
        protocol: int,
        fixedsize: int | None,
    ) -> None:
        self.postfile = postfile
        self.tindex = tindex
        self.prefix = _FIELD_ID.pack(field_id)
        self.length_bytes = length_bytes
        self.compression = compression
        self.min_compress = min_compress
        self.protocol = protocol
        self.fixedsize = fixedsize
        self.post_parts: list[bytes] = []
        self.post_pos = -1  # where the next term's postings go, once known (see add)
        self.term_parts: list[bytes] = []
        self.term_pos = -1
        self.positions: list[int] = []
        self.hashes: list[int] = []
        self.last_key: bytes | None = None

    def add(self, term: bytes, ids: list[int], weights: list[float], values: list[Any]) -> None:
        """One term whose postings (in document order, at most one block) are given as columns."""
        if not self.post_parts:
            self.post_pos, self.term_pos = self.postfile.tell(), self.tindex.dbfile.tell()
        count = len(ids)
        length_bytes = self.length_bytes
        if count == 1:  # most terms of a segment: no sums, counts or maxima
            stored_sum = array("f", weights)[0]
            mini_weights: Any = None if stored_sum == 1.0 else stored_sum
            max_weight = weights[0]
            min_byte = max_byte = length_bytes[ids[0]] if length_bytes is not None else 0
        else:
            stored = array("f", weights)  # what the block keeps, and what the term info sums
            first = stored[0]
            if stored.count(first) == count:
                mini_weights = None if first == 1.0 else first
            else:
                mini_weights = tuple(stored)
            stored_sum = sum(stored)
            max_weight = max(weights)
            min_byte = max_byte = 0
            if length_bytes is not None:
                known = [b for b in map(length_bytes.__getitem__, ids) if b]
                if known:
                    min_byte, max_byte = min(known), max(known)
        if not max_weight > 0:
            max_weight = 0  # as max(0, ...) gives it
        fixedsize = self.fixedsize
        if fixedsize is None or fixedsize < 0:
            mini_values: Any = tuple(filter(None, values))
        elif fixedsize == 0:
            mini_values = None
        else:
            mini_values = b"".join(filter(None, values))
        if count == 1:
            gaps: tuple[int, ...] = (ids[0],)
        else:
            gaps = (ids[0], *map(sub, ids[1:], ids))
        data = pickle.dumps((gaps, mini_weights, mini_values), self.protocol)
        compression = self.compression if len(data) >= self.min_compress else 0
        if compression:
            data = zlib.compress(data, compression)
        last = ids[-1]
        info = pickle.dumps((count, last, max_weight, compression, min_byte, max_byte), 2)
        size = len(info) + len(data)
        offset = self.post_pos
        self.post_parts += (WHOOSH3_HEADER_MAGIC, _HEAD.pack(-size), info, data)
        self.post_pos = offset + 8 + size
        value = _TERMINFO.pack(
            0, stored_sum, count, min_byte, max_byte, max_weight, ids[0], last
        ) + _EXTENT.pack(offset, 8 + size)
        key = self.prefix + term
        self.positions.append(self.term_pos)
        self.hashes.append(int.from_bytes(md5(key, usedforsecurity=False).digest()[12:], "big"))
        self.term_parts += (_ENTRY.pack(len(key), len(value)), key, value)
        self.term_pos += 8 + len(key) + len(value)
        self.last_key = key

    def flush(self) -> None:
        """Write what was collected; the files and the hash writer's state are then as whoosh's."""
        if not self.positions:
            return
        tindex = self.tindex
        first_key = self.term_parts[1]
        if first_key <= tindex.lastkey:
            raise ValueError(f"Keys must increase: {tindex.lastkey!r}..{first_key!r}")
        self.postfile.write(b"".join(self.post_parts))
        tindex.dbfile.write(b"".join(self.term_parts))
        index = tindex.index
        try:
            index.array.extend(array(index.array.typecode, self.positions))
        except (OverflowError, AttributeError):  # outgrew the array's type: whoosh's own way
            index.extend(self.positions)
        buckets = tindex.buckets
        for h, pos in zip(self.hashes, self.positions, strict=True):
            buckets[h & 255].append((h, pos))
        tindex.lastkey = self.last_key
        self.post_parts, self.term_parts, self.positions, self.hashes = [], [], [], []


Columns = tuple[list[int], list[float], list[Any]]  # a term's documents, weights and values


def text_columns(entry: list[Any], fmt: Any) -> Columns:
    """A text term's columns (documents, weights, values) from the documents and positions that
    index_writer.GroupedPostings.add_text grouped, with the weights and values FastText.index
    gives them."""
    ids = entry[0::2]
    plists = entry[1::2]
    counts = list(map(len, plists))
    boost = fmt.field_boost
    weights = [n * boost for n in counts]
    if isinstance(fmt, Positions):
        single = _SINGLE_POSITION
        values = [
            single[p[0]] if n == 1 and p[0] < SINGLE_POSITIONS else encode_positions(p)
            for n, p in zip(counts, plists, strict=True)
        ]
    else:
        values = list(map(pack_uint, counts))
    return ids, weights, values


SINGLE_POSITIONS = 4096
# encode_positions of each lone early position (most terms occur once in an article)
_SINGLE_POSITION = [encode_positions([pos]) for pos in range(SINGLE_POSITIONS)]
