"""Reading a segment's postings and field lengths a whole posting list at a time.

whoosh's leaf matcher hands out one posting per method call (`id()`, `weight()`, `score()`,
`next()`). The scorer in search_scoring wants a term's document numbers, weights and (for
phrases) encoded positions as plain lists, and each document's field length as a list it can
index. Both are read here from whoosh's W3 segment files, in whoosh's own format (whoosh-reloaded
2.7.5 is pinned); `SegmentData.of` returns None for any other kind of segment reader.
"""

from __future__ import annotations

import bisect
import pickle
import re
import struct
import zlib
from array import array
from collections import OrderedDict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from hashlib import md5
from itertools import accumulate, chain, repeat
from typing import Any, NamedTuple

from whoosh.codec.whoosh3 import (
    LENGTHS_COLUMN,
    STORED_COLUMN,
    W3PerDocReader,
    W3TermInfo,
    W3TermsReader,
    _lenfield,
)
from whoosh.columns import CompressedBytesColumn
from whoosh.filedb.filetables import md5_hash
from whoosh.reading import SegmentReader, TermNotFound
from whoosh.util.numeric import byte_to_length

from desktop.store.search.blocks import blocks, extent, head, stored_blocks

_VALUES_START = b"(c_codecs\nencode\n"  # MARK, then pickle protocol 2's call that makes bytes
_PAIR_AND_STOP = b"\x86."  # pickle's TUPLE2 and STOP
# At most this many pickled bytes a posting before a block's values: a delta id (BININT, 5 bytes)
# and a weight (BINFLOAT, 9 bytes).
HEAD_BYTES = 14
# The term file (whoosh's OrderedHashWriter): records of key length and value length, the key
# (a field number, then the term) and the value (a W3TermInfo: a fixed part, then either the
# pickled inlined postings or the posting list's offset and length).
_RECORD = struct.Struct("!ii")
_FIELD_NUMBER = struct.Struct("!H")
_INFO_SIZE = struct.calcsize(W3TermInfo._struct.format)
_EXTENT = struct.Struct("!qi")
_POINTER = struct.Struct("!Iq")  # a hash table slot: the key's hash and where its record is


@dataclass
class Postings:
    """One term's live postings in one segment: document numbers, weights, encoded values."""

    ids: Sequence[int]  # lists, or arrays once kept in a DecodedCache
    weights: Sequence[float]
    values: list[Any] | None  # each posting's encoded value (variable-size formats: Positions), if asked
    scores: Sequence[float] | None = None  # the term's BM25 scores in this searcher, once computed


class _Extent(NamedTuple):
    """Where a term's posting list is in the postings file (what `blocks` asks a term info)."""

    offset: int
    length: int

    def extent(self) -> tuple[int, int]:
        return self.offset, self.length

    def is_inlined(self) -> bool:
        return False


@dataclass(frozen=True)
class FieldTerms:
    """One field's terms in one segment, in term order, with each term's info as stored."""

    terms: list[bytes]
    infos: list[bytes]  # W3TermInfo.to_bytes of each term

    def between(self, start: bytes, end: bytes, *, startexcl: bool, endexcl: bool) -> range:
        """The positions of the terms TermRange._btexts walks from `start` to `end`."""
        terms = self.terms
        lo = bisect.bisect_left(terms, start)
        if startexcl and lo < len(terms) and terms[lo] == start:
            lo += 1
        hi = bisect.bisect_right(terms, end)
        if endexcl and hi > 0 and terms[hi - 1] == end:
            hi -= 1
        return range(lo, max(lo, hi))

    def terminfo(self, position: int) -> Any:
        """The term's info, enough to read its postings (a posting list's extent is read
        straight from the bytes: W3TermInfo.from_bytes unpacks every statistic)."""
        info = self.infos[position]
        if info[0]:  # inlined postings
            return W3TermInfo.from_bytes(info)
        return _Extent(*_EXTENT.unpack_from(info, _INFO_SIZE))


FEW_DELETED = 8  # deletions under 1/8 of a posting list's length are found by bisection
CACHE_BYTES = 32 * 1024 * 1024  # decoded posting lists kept per searcher (arrays: ~20 bytes a posting)


class DecodedCache:
    """The posting lists one searcher decoded last, up to about `capacity` bytes (least recently
    used dropped first). A segment never changes, so a list read once is read the same again:
    the terms of queries typed one after another (search as you type) and of repeated searches
    skip decompressing and unpickling their blocks."""

    def __init__(self, capacity: int = CACHE_BYTES) -> None:
        self.capacity = capacity
        self.size = 0
        self._lists: OrderedDict[tuple[int, int, bool], tuple[Postings, int]] = OrderedDict()

    def get(self, key: tuple[int, int, bool]) -> Postings | None:
        found = self._lists.get(key)
        if found is None:
            return None
        self._lists.move_to_end(key)
        return found[0]

    def put(self, key: tuple[int, int, bool], postings: Postings) -> Postings:
        """Keep `postings` (as arrays, smaller than lists) and return what was kept."""
        kept = Postings(array("i", postings.ids), array("d", postings.weights), postings.values)
        size = 20 * len(kept.ids)  # ids, weights and the scores the scorer may keep with them
        if kept.values is not None:  # bytes objects: ~33 bytes each plus their data, and a pointer
            size += 41 * len(kept.values) + sum(map(len, filter(None, kept.values)))
        if size > self.capacity // 4:
            return postings  # one list would push out most of the others
        self._lists[key] = (kept, size)
        self.size += size
        while self.size > self.capacity:
            _, (_, dropped) = self._lists.popitem(last=False)
            self.size -= dropped
        return kept


@dataclass
class SegmentData:
    """What the scorer reads from one segment: postings, deletions and field lengths."""

    reader: Any  # whoosh SegmentReader
    deleted: frozenset[int]
    doc_count_all: int
    cache: DecodedCache | None = None  # shared by the searcher's segments
    number: int = 0  # this segment's key in `cache`
    _length_bytes: dict[str, bytes | None] = field(default_factory=dict)
    _field_terms: dict[str, FieldTerms] = field(default_factory=dict)
    _stored: tuple[Any, int, Sequence[int], Sequence[int]] | None = None  # see stored_fields

    @classmethod
    def of(cls, reader: Any, cache: DecodedCache | None = None, number: int = 0) -> SegmentData | None:
        """The segment behind a whoosh reader, or None if it is not a W3 segment reader."""
        if not isinstance(reader, SegmentReader) or not isinstance(
            getattr(reader, "_terms", None), W3TermsReader
        ):
            return None
        return cls(reader, frozenset(reader.deleted_docs_set), reader.doc_count_all(), cache, number)

    def terminfo(self, fieldname: str, btext: bytes) -> Any | None:
        """The term's W3TermInfo, or None if this segment does not have the term.

        Looked up in the term file's hash tables as whoosh's HashReader looks (MD5 of the key,
        one of 256 tables, slots probed in turn), without its generators and hex digests."""
        terms = self.reader._terms
        table = terms._tindex
        if table.hashfn is not md5_hash:
            try:
                return terms.term_info(fieldname, btext)
            except TermNotFound:
                return None
        key = _FIELD_NUMBER.pack(terms._fieldmap.get(fieldname, 65535)) + btext
        keyhash = int.from_bytes(md5(key, usedforsecurity=False).digest()[-4:], "big")
        start, slots = table.tables[keyhash & 255]
        get = table.dbfile.get
        slot = (keyhash >> 8) % slots if slots else 0
        for _ in range(slots):
            slothash, position = _POINTER.unpack(get(start + slot * _POINTER.size, _POINTER.size))
            if not position:
                return None
            if slothash == keyhash:
                keylength, infolength = _RECORD.unpack(get(position, _RECORD.size))
                position += _RECORD.size
                if keylength == len(key) and get(position, keylength) == key:
                    return W3TermInfo.from_bytes(get(position + keylength, infolength))
            slot = (slot + 1) % slots
        return None

    def field_terms(self, fieldname: str) -> FieldTerms:
        """All the terms of `fieldname` in this segment, read on first use and kept.

        A range walks its terms through whoosh's term file one binary search per part (a
        `date:` range has about nine parts, each ~14 key reads); a date field's few thousand
        terms are read here once, in one pass over their bytes, and searched in memory.
        """
        if fieldname not in self._field_terms:
            self._field_terms[fieldname] = self._read_field_terms(fieldname)
        return self._field_terms[fieldname]

    def _read_field_terms(self, fieldname: str) -> FieldTerms:
        terms: list[bytes] = []
        infos: list[bytes] = []
        reader = self.reader._terms
        number = reader._fieldmap.get(fieldname)
        table = reader._tindex
        start = None if number is None else table.closest_key_pos(_FIELD_NUMBER.pack(number))
        if number is None or start is None:
            return FieldTerms(terms, infos)
        end = table.endofdata
        if number + 1 < 65535:  # the next field's first key ends this field's terms
            end = table.closest_key_pos(_FIELD_NUMBER.pack(number + 1)) or end
        data = table.dbfile.get(start, end - start)
        position = 0
        while position < len(data):
            keylength, infolength = _RECORD.unpack_from(data, position)
            key = position + _RECORD.size
            info = key + keylength
            terms.append(data[key + _FIELD_NUMBER.size : info])
            infos.append(data[info : info + infolength])
            position = info + infolength
        return FieldTerms(terms, infos)

    def postings(self, terminfo: Any, *, values: bool = False) -> Postings:
        """A term's postings (live documents only); `values`: with each posting's encoded value."""
        if terminfo.is_inlined():
            ids, weights, vals = terminfo.inlined_postings()
            found = Postings(list(ids), list(weights), list(vals) if values else None)
            return _without(found, self.deleted) if self.deleted else found
        cache = self.cache
        offset = extent(terminfo)[0]
        if cache is not None:
            cached = cache.get((self.number, offset, True)) or (
                None if values else cache.get((self.number, offset, False))
            )
            if cached is not None:
                return cached
        found = _read_blocks(self.reader._terms._postfile, terminfo, values=values)
        if self.deleted:
            found = _without(found, self.deleted)
        return found if cache is None else cache.put((self.number, offset, values), found)

    def stored_fields(self, docnum: int) -> dict[str, Any]:
        """`reader.stored_fields(docnum)`, read from whoosh's stored column (zlib-compressed
        pickles, VarBytesColumn layout) without building whoosh's column reader, which derives
        every document's offset in a Python loop (~3 ms a segment of 7,000 documents, paid by the
        first search that shows a hit from the segment)."""
        if self._stored is None:
            found = self._read_stored_column()
            if found is None:  # another layout: whoosh reads it
                return dict(self.reader.stored_fields(docnum))
            self._stored = found
        dbfile, base, offsets, lengths = self._stored
        length = lengths[docnum]
        if not length:
            return {}
        fields = pickle.loads(zlib.decompress(dbfile.get(base + offsets[docnum], length)))
        schema = self.reader.schema
        return {name: value for name, value in fields.items() if name in schema}

    def read_ahead(self) -> None:
        """Find where the stored fields are now (what `stored_fields` does on first use)."""
        if self._stored is None:
            self._stored = self._read_stored_column()

    def _read_stored_column(self) -> tuple[Any, int, Sequence[int], Sequence[int]] | None:
        """(file, base, offsets, lengths) of the stored column, as VarBytesColumn.Reader reads
        them (the lengths array at the end, the offsets before it if written, else summed)."""
        perdoc = self.reader._perdoc
        child = getattr(STORED_COLUMN, "_child", None)
        if (
            not isinstance(perdoc, W3PerDocReader)
            or type(child) is not CompressedBytesColumn
            or getattr(child, "_module", None) != "zlib"
            or not perdoc.has_column("_stored")
        ):
            return None
        if "_stored" not in perdoc._colfiles:  # kept there, as column_reader keeps it (closed with it)
            perdoc._colfiles["_stored"] = perdoc._get_column_file("_stored")
        dbfile, base, length = perdoc._colfiles["_stored"]
        count = perdoc._doccount
        last = base + length - 1
        code = chr(dbfile.get_byte(last))
        offsets: Sequence[int] | None = None
        if code == "X":  # offsets written: their type code and the lengths' before the X
            code, offsets_code = chr(dbfile.get_byte(last - 2)), chr(dbfile.get_byte(last - 1))
            last = (last - 2) - count * struct.calcsize(offsets_code)
            offsets = dbfile.get_array(last, offsets_code, count)
        lengths = dbfile.get_array(last - struct.calcsize(code) * count, code, count)
        if offsets is None:
            offsets = list(accumulate(lengths, initial=0))
        return dbfile, base, offsets, lengths

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


def prefix_terms(reader: Any, fieldname: str, prefix: bytes) -> list[bytes] | None:
    """The terms of `fieldname` that start with `prefix` in one W3 segment, in order: what
    `reader.expand_prefix` yields, read record by record from the term file instead of through
    whoosh's generators (~18 us a term; a fuzzy word's first letter has thousands). None for any
    other kind of reader."""
    terms = getattr(reader, "_terms", None)
    if not isinstance(reader, SegmentReader) or not isinstance(terms, W3TermsReader):
        return None
    key = _FIELD_NUMBER.pack(terms._fieldmap.get(fieldname, 65535)) + prefix
    table = terms._tindex
    position = table.closest_key_pos(key)
    found: list[bytes] = []
    if position is None:
        return found
    get, end = table.dbfile.get, table.endofdata
    while position < end:
        keylength, infolength = _RECORD.unpack(get(position, _RECORD.size))
        term_key = get(position + _RECORD.size, keylength)
        if not term_key.startswith(key):
            break
        found.append(term_key[_FIELD_NUMBER.size :])
        position += _RECORD.size + keylength + infolength
    return found


def length_table() -> list[int]:
    """byte_to_length for every length byte (whoosh stores field lengths as one byte)."""
    return [byte_to_length(b) for b in range(256)]


def _read_blocks(postfile: Any, terminfo: Any, *, values: bool) -> Postings:
    """A term's whole posting list (see index_blocks for the format)."""
    ids: list[int] = []
    weights: list[float] = []
    vals: list[Any] | None = [] if values else None
    for info, stored in blocks(postfile, terminfo) if values else stored_blocks(postfile, terminfo):
        count = info.length
        if vals is None:
            block_ids, block_weights = _ids_and_weights_of(info, stored)
        else:
            block_ids, block_weights, block_values = pickle.loads(stored)
            vals.extend(repeat(None, count) if block_values is None else block_values)
        ids.extend(accumulate(block_ids))
        if block_weights is None:
            weights.extend(repeat(1.0, count))
        elif isinstance(block_weights, float):  # whoosh reads it into a float32 array
            weights.extend(repeat(array("f", (block_weights,))[0], count))
        else:
            weights.extend(block_weights)
    return Postings(ids, weights, vals)


def _ids_and_weights_of(info: Any, stored: bytes | memoryview) -> tuple[Any, Any]:
    """A stored block's delta ids and weights (see `_ids_and_weights`). A compressed block of
    protocol 3 (the writer's) is first inflated only as far as its ids and weights can reach
    (HEAD_BYTES a posting): a frequent word's positions are most of each block, not needed here."""
    count = info.length
    if not info.compression:
        return _ids_and_weights(bytes(stored), count)
    if count >= 4:
        start = head(stored, HEAD_BYTES * count + 64)
        found = _protocol3_ids_and_weights(start, count)
        if found is not None:
            return found
    return _ids_and_weights(zlib.decompress(stored), count)


def _protocol3_ids_and_weights(block: bytes, count: int) -> tuple[Any, Any] | None:
    """(ids, weights) from the start of a protocol 3 pickle of (ids, weights, values), if it reads as
    `count` ids and their weights; None otherwise (another protocol, too short a start)."""
    if not block.startswith(b"\x80\x03("):
        return None
    pattern = _PROTOCOL3_HEAD.get(count)
    if pattern is None:
        pattern = _PROTOCOL3_HEAD[count] = _protocol3_head(count)
    match = pattern.match(block)
    return None if match is None else _before_values(block, match.end(), count)


def _protocol3_head(count: int) -> re.Pattern[bytes]:
    """What protocol 3 writes for a tuple of `count` ids (BININT1, BININT2 or BININT each, then
    TUPLE, BINPUT 0) and their weights (None, one BINFLOAT, or a tuple of `count` of them, then
    BINPUT 1), each opcode with its fixed-size argument: where it ends, the values start."""
    ids = rb"\x80\x03\((?:K.|M..|J....){%d}tq\x00" % count
    weights = rb"(?:N|G.{8}|\((?:G.{8}){%d}tq\x01)" % count
    return re.compile(ids + weights, re.DOTALL)


_PROTOCOL3_HEAD: dict[int, re.Pattern[bytes]] = {}


def _ids_and_weights(block: bytes, count: int) -> tuple[Any, Any]:
    """The delta ids and weights of a block's pickled (ids, weights, values), values left unread.

    Positions are bytes, which pickle protocol 2 writes as calls of `_codecs.encode`: unpickling
    them is ~90 % of a block's unpickling time. A values tuple of four or more starts with a MARK
    and the first such call, which nothing before it can contain; the pickle is cut there and
    closed as (ids, weights). Protocol 3 (the writer's since session 7) is cut where its ids and
    weights end (`_protocol3_head`). Anything else is unpickled whole (a test reads every term
    both ways).
    """
    found = _protocol3_ids_and_weights(block, count) if count >= 4 else None
    if found is not None:
        return found
    cut = block.find(_VALUES_START) if count >= 4 else -1
    found = _before_values(block, cut, count) if cut > 0 else None
    if found is not None:
        return found
    ids, weights, _values = pickle.loads(block)
    return ids, weights


def _before_values(block: bytes, cut: int, count: int) -> tuple[Any, Any] | None:
    """(ids, weights) from the pickle cut at `cut` (where its values start), or None if that does
    not read as `count` ids and their weights."""
    try:
        ids, weights = pickle.loads(block[:cut] + _PAIR_AND_STOP)
    except (pickle.UnpicklingError, ValueError, EOFError):
        return None
    return (ids, weights) if len(ids) == count else None


def _without(found: Postings, deleted: Collection[int]) -> Postings:
    """`found` without the postings of `deleted` documents (a list's ids ascend)."""
    ids = found.ids
    if len(deleted) * FEW_DELETED < len(ids):  # a few deletions: find their rows by bisection
        rows = [i for i in (bisect.bisect_left(ids, d) for d in sorted(deleted)) if i < len(ids)]
        rows = [i for i in rows if ids[i] in deleted]
        if not rows:
            return found
        pieces = list(zip([0, *(i + 1 for i in rows)], [*rows, len(ids)], strict=True))

        def kept(column: Sequence[Any]) -> list[Any]:
            return list(chain.from_iterable(column[a:b] for a, b in pieces))

        return Postings(kept(ids), kept(found.weights), None if found.values is None else kept(found.values))
    gone = set(deleted)
    keep = [i for i, d in enumerate(ids) if d not in gone]
    if len(keep) == len(ids):
        return found
    return Postings(
        [ids[i] for i in keep],
        [found.weights[i] for i in keep],
        None if found.values is None else [found.values[i] for i in keep],
    )
