"""Writing index segments faster, in whoosh's own file format.

whoosh puts every posting of a segment into one pool of (field, term, doc, weight, value) tuples,
sorts them all, then writes them one call at a time, looking up each document's field length
anew for every posting. For a batch of 500 articles that is ~100,000 postings and most of the
time an import spends. Here postings are grouped by field and term as they arrive, the field
lengths are read once per field, and each term's postings go to the block writer a block at a
time. The files written are byte for byte those whoosh writes (a test compares them), so
segments stay readable by plain whoosh, and segments record the plain W3 codec.
"""

from __future__ import annotations

import pickle
import zlib
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, NamedTuple, TypeAlias

from whoosh.codec.whoosh3 import (
    LENGTHS_COLUMN,
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3FieldWriter,
    W3PostingsWriter,
    W3Segment,
    W3TermInfo,
    _lenfield,
)
from whoosh.reading import SegmentReader
from whoosh.system import pack_ushort
from whoosh.util import fib
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from desktop.store.index_blocks import blocks

MIN_COMPRESS = 256  # bytes of pickled block data below which a block is not compressed
Posting = tuple[str, bytes, int, float, bytes | None]  # field, term, document number, weight, value
Piece: TypeAlias = "Posting | MergedBlocks"  # a term's postings arrive one by one or a block at a time


class GroupedPostings:
    """A segment's postings grouped by field and term as they are added (whoosh's pool interface)."""

    def __init__(self) -> None:
        self.fields: dict[str, dict[bytes, list[Piece]]] = {}

    @property
    def fieldnames(self) -> set[str]:
        return set(self.fields)

    def add(self, item: Posting) -> None:
        terms = self.fields.get(item[0])
        if terms is None:
            terms = self.fields[item[0]] = {}
        postings = terms.get(item[1])
        if postings is None:
            terms[item[1]] = [item]
        else:
            postings.append(item)

    def iter_postings(self) -> GroupedPostings:
        return self

    def cleanup(self) -> None:
        self.fields.clear()


class GroupedFieldWriter(W3FieldWriter):
    """Writes grouped postings term by term; any other iterable goes through whoosh's own path."""

    def add_postings(self, schema: Any, lengths: Any, items: Any) -> None:
        if not isinstance(items, GroupedPostings):
            super().add_postings(schema, lengths, items)
            return
        doccount = lengths.doc_count_all() if lengths is not None else 0
        for fieldname in sorted(items.fields):
            terms = items.fields[fieldname]
            self.start_field(fieldname, schema[fieldname])
            field_lengths = _field_lengths(lengths, fieldname, doccount)
            fixedsize = self._fieldobj.format.fixed_value_size()
            limit = self._postwriter._blocklimit
            for term in sorted(terms):
                self._btext = term
                ids, weights, values = self._columns(terms[term], fixedsize)
                if len(ids) <= limit:  # nearly every term of a segment
                    self._write_one_block_term(term, ids, weights, values, field_lengths, fixedsize)
                    continue
                self.start_term(term)
                self._add_term_blocks(ids, weights, values, field_lengths)
                self.finish_term()
            self.finish_field()

    def _columns(
        self, pieces: list[Piece], fixedsize: int | None
    ) -> tuple[list[int], list[float], list[Any]]:
        """A term's documents, weights and values in document order (checked).

        Postings of merged segments (MergedBlocks) join the others column by column, so the
        small blocks of many small segments become full blocks.
        """
        ids: list[int] = []
        weights: list[float] = []
        values: list[Any] = []
        last = -1
        for piece in pieces:
            if isinstance(piece, MergedBlocks):
                if piece.first_doc() <= last:
                    raise ValueError(f"postings of {self._fieldname}:{self._btext!r} out of document order")
                for block in piece.blocks:
                    block.extend_columns(ids, weights, values, piece.base, fixedsize)
                last = ids[-1]
            else:
                if piece[2] <= last:
                    raise ValueError(f"postings of {self._fieldname}:{self._btext!r} out of document order")
                last = piece[2]
                ids.append(last)
                weights.append(piece[3])
                values.append(piece[4])
        return ids, weights, values

    def _write_one_block_term(
        self,
        term: bytes,
        ids: list[int],
        weights: list[float],
        values: list[Any],
        field_lengths: list[int] | None,
        fixedsize: int | None,
    ) -> None:
        """start_term + add_posting for each + finish_term, for a term whose postings fit in one
        block, with the same bytes written and the same term info (tested against whoosh)."""
        writer = self._postwriter
        postfile = self._postfile
        start = postfile.tell()
        stored_weights = array("f", weights)  # what the block keeps, and what the info sums
        max_weight = max(0, max(weights))
        min_length, max_length = None, 0
        if field_lengths is not None:
            known = [n for n in (field_lengths[d] for d in ids) if n]
            if known:
                min_length, max_length = min(known), max(known)
        gaps = [ids[0], *[b - a for a, b in zip(ids, ids[1:], strict=False)]]
        if all(w == 1.0 for w in stored_weights):
            mini_weights: Any = None
        elif all(w == stored_weights[0] for w in stored_weights):
            mini_weights = stored_weights[0]
        else:
            mini_weights = tuple(stored_weights)
        present = [v for v in values if v]
        if fixedsize is None or fixedsize < 0:
            mini_values: Any = tuple(present)
        elif fixedsize == 0:
            mini_values = None
        else:
            mini_values = b"".join(present)
        writer._blockcount = 0
        info = (len(ids), ids[-1], max_weight, length_to_byte(min_length), length_to_byte(max_length))
        writer._write((tuple(gaps), mini_weights, mini_values), info, True)
        terminfo = W3TermInfo(
            weight=sum(stored_weights),
            df=len(ids),
            minlength=min_length,
            maxlength=max_length,
            maxweight=max_weight,
            minid=ids[0],
            maxid=ids[-1],
        )
        terminfo.set_extent(start, postfile.tell() - start)
        self._tindex.add(pack_ushort(self._fieldid) + term, terminfo.to_bytes())

    def _add_term_blocks(
        self, ids: list[int], weights: list[float], values: list[Any], field_lengths: list[int] | None
    ) -> None:
        """A term's postings in blocks of up to the block limit, as W3PostingsWriter.add_posting
        groups them; the last block is written by finish_postings."""
        writer = self._postwriter
        limit = writer._blocklimit
        for start in range(0, len(ids), limit):
            if start:
                writer._write_block()
            end = start + limit
            block_ids = ids[start:end]
            block_weights = weights[start:end]
            writer._ids = array("I", block_ids)
            writer._weights = array("f", block_weights)
            writer._values = [v for v in values[start:end] if v]
            writer._maxweight = max(0, max(block_weights))
            if field_lengths is not None:
                known = [n for n in (field_lengths[d] for d in block_ids) if n]
                if known:
                    writer._minlength = min(known)
                    writer._maxlength = max(known)


def _field_lengths(lengths: Any, fieldname: str, doccount: int) -> list[int] | None:
    """Each document's length in `fieldname` (0 = none), as doc_field_length reports it."""
    if lengths is None:
        return None
    reader = lengths._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if reader is None:
        return None
    return [byte_to_length(b) if b else 0 for b in (reader[d] for d in range(doccount))]


class SmallBlockPostingsWriter(W3PostingsWriter):
    """Writes a posting block whose pickled data is shorter than `min_compress` bytes uncompressed.

    Starting zlib costs ~30 µs a call, more than a short block takes to pickle, and saves a few
    bytes at most; most terms of a segment have a block of a few postings. Each block records
    whether it is compressed, and whoosh's reader reads both kinds.
    """

    def __init__(self, *args: Any, min_compress: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.min_compress = min_compress

    def _write_block(self, last: bool = False) -> None:
        self._terminfo.add_block(self)
        data = (self._mini_ids(), self._mini_weights(), self._mini_values())
        ids = self._ids
        min_length, max_length = length_to_byte(self._minlength), length_to_byte(self._maxlength)
        self._write(data, (len(ids), ids[-1], self._maxweight, min_length, max_length), last)
        self._new_block()

    def _write(self, data: tuple[Any, ...], info: tuple[Any, ...], last: bool) -> None:
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        databytes = pickle.dumps(data, 2)
        compression = self._compression if len(databytes) >= self.min_compress else 0
        if compression:
            databytes = zlib.compress(databytes, compression)
        count, max_id, max_weight, min_length, max_length = info
        infobytes = pickle.dumps((count, max_id, max_weight, compression, min_length, max_length), 2)
        size = len(infobytes) + len(databytes)
        self._postfile.write_int(-size if last else size)
        self._postfile.write(infobytes)
        self._postfile.write(databytes)
        self._blockcount += 1


class GroupingCodec(W3Codec):
    """W3 with the grouped field writer. Segments it makes record the plain W3 codec.

    `min_compress`: posting blocks whose pickle is shorter are stored uncompressed (0: compress
    every block, as whoosh does).
    """

    def __init__(self, *, min_compress: int = MIN_COMPRESS) -> None:
        super().__init__()
        self.min_compress = min_compress

    def postings_writer(self, dbfile: Any, byteids: bool = False) -> SmallBlockPostingsWriter:
        return SmallBlockPostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
            min_compress=self.min_compress,
        )

    def field_writer(self, storage: Any, segment: Any) -> GroupedFieldWriter:
        return GroupedFieldWriter(self, storage, segment)

    def new_segment(self, storage: Any, indexname: str) -> W3Segment:
        plain = W3Codec(self._blocklimit, self._compression, self._inlinelimit)
        return W3Segment(plain, indexname)


class GroupingSegmentWriter(SegmentWriter):
    """A SegmentWriter whose new segment is pooled and written by term groups (see the module).

    Merging a segment into it reads that segment's postings a block at a time instead of one
    posting per five method calls.
    """

    def __init__(self, ix: Any, *, min_compress: int = MIN_COMPRESS, **kwargs: Any) -> None:
        super().__init__(ix, codec=GroupingCodec(min_compress=min_compress), **kwargs)
        self.pool.cleanup()
        self.pool: GroupedPostings = GroupedPostings()
        self._kept: list[Any] | None = None  # segments left after merge_now()
        self._built: list[Any] = []  # segments built elsewhere, added at commit
        self._added: bool = False  # whoosh's flag: documents were added (nothing yet)

    def merge_now(self, to_merge: list[Any] | None = None, kept: list[Any] | None = None) -> bool:
        """Merge segments into this writer now rather than at commit; True if any were.

        Without arguments, the small segments whoosh's policy would merge (see plan_merge);
        otherwise `to_merge`, with `kept` the segments the commit keeps (those merged elsewhere,
        see add_built_segment, are in neither). Lets the caller merge while another process
        builds a segment.
        """
        if to_merge is None or kept is None:
            to_merge, kept = plan_merge(self.segments)
        for segment in to_merge:
            reader = SegmentReader(self.storage, self.schema, segment)
            self.add_reader(reader)
            reader.close()
        self._kept = list(kept)
        return bool(to_merge)

    def add_built_segment(self, segment: Any, files: dict[str, bytes]) -> None:
        """Write a segment built in memory elsewhere (see index_builder) into the index's storage."""
        for name, data in files.items():
            out = self.storage.create_file(name)
            out.write(data)
            out.close()
        self._built.append(segment)

    def _merge_segments(self, mergetype: Any, optimize: Any, merge: Any) -> list[Any]:
        if self._kept is None:
            segments = super()._merge_segments(mergetype, optimize, merge)
        elif mergetype is not None or optimize:
            raise ValueError("segments were already merged by merge_now()")
        else:
            segments = list(self._kept)
        return [*segments, *self._built]

    def add_postings_to_pool(self, reader: Any, startdoc: int, docmap: dict[int, int] | None) -> None:
        terms_reader = getattr(reader, "_terms", None)
        if not isinstance(reader, SegmentReader) or terms_reader is None:
            super().add_postings_to_pool(reader, startdoc, docmap)
            return
        schema = self.schema
        fields = self.pool.fields
        postfile = terms_reader._postfile
        for (fieldname, term), terminfo in terms_reader.items():
            if fieldname not in schema:
                continue
            pieces: list[Piece]
            if terminfo.is_inlined():
                ids, weights, values = terminfo.inlined_postings()
                pieces = [
                    (fieldname, term, docmap[d] if docmap is not None else startdoc + d, w, v)
                    for d, w, v in zip(ids, weights, values, strict=True)
                    if docmap is None or d in docmap
                ]
            elif docmap is None:  # no deletions: blocks are taken whole, documents renumbered at write
                pieces = [MergedBlocks(startdoc, list(_raw_blocks(postfile, terminfo)))]
            else:  # only live documents are in docmap
                fixedsize = schema[fieldname].format.fixed_value_size()
                pieces = [
                    (fieldname, term, docmap[p[2]], p[3], p[4])
                    for block in _raw_blocks(postfile, terminfo)
                    for p in block.postings(fieldname, term, fixedsize)
                    if p[2] in docmap
                ]
            if pieces:
                terms = fields.setdefault(fieldname, {})
                if term in terms:
                    terms[term].extend(pieces)
                else:
                    terms[term] = pieces


def plan_merge(segments: list[Any]) -> tuple[list[Any], list[Any]]:
    """Which segments whoosh's MERGE_SMALL policy merges: (to merge, to keep).

    Smallest first, up to the first point past the fourth where the running document count is
    below a Fibonacci number; nothing if that is a single segment.
    """
    ordered = sorted(segments, key=lambda s: s.doc_count_all())
    total = 0
    for i, segment in enumerate(ordered):
        total += max(segment.doc_count_all(), 0)
        if i > 3 and total < fib(i + 5):
            return ordered[: i + 1], ordered[i + 1 :]
    return [], list(segments)


class RawBlock(NamedTuple):
    """One block of a W3 posting list as stored: its info and its (delta ids, weights, values)."""

    length: int  # postings in the block
    max_id: int
    max_weight: float
    min_length_byte: int
    max_length_byte: int
    ids: tuple[int, ...]  # the first relative to 0, then gaps
    weights: Any  # None (all 1.0), one float for all, or a tuple
    values: Any

    def weight_list(self) -> Any:
        if self.weights is None:
            return (1.0,) * self.length
        if isinstance(self.weights, float):
            return (self.weights,) * self.length
        return self.weights

    def value_list(self, fixedsize: int | None) -> Any:
        if fixedsize == 0:
            return (None,) * self.length
        if fixedsize is not None and fixedsize > 0:
            return [self.values[i : i + fixedsize] for i in range(0, len(self.values), fixedsize)]
        return self.values

    def doc_list(self, base: int = 0) -> list[int]:
        return [doc + base for doc in accumulate(self.ids)] if base else list(accumulate(self.ids))

    def extend_columns(
        self, ids: list[int], weights: list[float], values: list[Any], base: int, fixedsize: int | None
    ) -> None:
        """Append this block's postings, documents moved up by `base`, to the three columns."""
        ids.extend(self.doc_list(base))
        weights.extend(self.weight_list())
        values.extend(self.value_list(fixedsize))

    def postings(
        self, fieldname: str, term: bytes, fixedsize: int | None, base: int = 0
    ) -> Iterator[Posting]:
        docs, weights, values = self.doc_list(base), self.weight_list(), self.value_list(fixedsize)
        for doc, weight, value in zip(docs, weights, values, strict=True):
            yield fieldname, term, doc, weight, value


@dataclass(frozen=True)
class MergedBlocks:
    """A merged segment's posting blocks for one term, as read, with the documents' new base."""

    base: int
    blocks: list[RawBlock]

    def first_doc(self) -> int:
        return self.blocks[0].ids[0] + self.base


def _raw_blocks(postfile: Any, terminfo: Any) -> Iterator[RawBlock]:
    """A term's posting list, block by block (see index_blocks), without a matcher per term."""
    for info, data in blocks(postfile, terminfo):
        ids, weights, values = pickle.loads(data)
        yield RawBlock(
            info.length, info.max_id, info.max_weight, info.min_length_byte, info.max_length_byte,
            ids, weights, values,
        )  # fmt: skip


def new_writer(ix: Any, **kwargs: Any) -> GroupingSegmentWriter:
    """A writer for `ix` (FileIndex) that writes segments through the grouped path."""
    return GroupingSegmentWriter(ix, **kwargs)
