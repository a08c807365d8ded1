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
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any, TypeAlias

from whoosh.codec.whoosh3 import (
    LENGTHS_COLUMN,
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3FieldWriter,
    W3PostingsWriter,
    W3Segment,
    _lenfield,
)
from whoosh.fields import DATETIME
from whoosh.reading import SegmentReader
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from desktop.store.search.analysis import index_terms
from desktop.store.search.blocks import extent
from desktop.store.search.emit import Columns, TermEmitter, text_columns
from desktop.store.search.merging import MergedBlocks, Posting, plan_merge, raw_blocks
from desktop.store.search.schema import FastText

MIN_COMPRESS = 256  # bytes of pickled block data below which a block is not compressed
# Posting blocks are pickled with protocol 3, whose bytes are native: protocol 2 (whoosh's) writes
# each posting's value as a call of _codecs.encode on a latin-1 string, several times slower to
# write and read (a phrase search reads every value of its words). whoosh reads either.
DATA_PROTOCOL = 3
Piece: TypeAlias = "Posting | MergedBlocks"  # a term's postings arrive one by one or a block at a time


class GroupedPostings:
    """A segment's postings grouped by field and term as they are added (whoosh's pool interface).

    `fields` holds whoosh's posting tuples and merged segments' blocks; `text` the new documents'
    analysed text (add_text): per field and term, document numbers and positions alternating.
    """

    def __init__(self) -> None:
        self.fields: dict[str, dict[bytes, list[Piece]]] = {}
        self.text: dict[str, dict[str, list[Any]]] = {}

    @property
    def fieldnames(self) -> set[str]:
        return set(self.fields) | set(self.text)

    def add(self, item: Posting) -> None:
        terms = self.fields.get(item[0])
        if terms is None:
            terms = self.fields[item[0]] = {}
        postings = terms.get(item[1])
        if postings is None:
            terms[item[1]] = [item]
        else:
            postings.append(item)

    def add_text(self, fieldname: str, docnum: int, terms: Mapping[str, Sequence[int]]) -> None:
        """One document's terms of a text field, each with its positions (see index_terms)."""
        if not terms:
            return  # a field that has no terms in any document has no place in the term file
        group = self.text.get(fieldname)
        if group is None:
            group = self.text[fieldname] = {}
        for term, positions in terms.items():
            entry = group.get(term)
            if entry is None:
                group[term] = [docnum, positions]
            else:
                entry.append(docnum)
                entry.append(positions)

    def iter_postings(self) -> GroupedPostings:
        return self

    def cleanup(self) -> None:
        self.fields.clear()
        self.text.clear()


class GroupedFieldWriter(W3FieldWriter):
    """Writes grouped postings term by term; any other iterable goes through whoosh's own path."""

    def add_postings(self, schema: Any, lengths: Any, items: Any) -> None:
        if not isinstance(items, GroupedPostings):
            super().add_postings(schema, lengths, items)
            return
        doccount = lengths.doc_count_all() if lengths is not None else 0
        for fieldname in sorted(items.fieldnames):
            fieldobj = schema[fieldname]
            self.start_field(fieldname, fieldobj)
            length_bytes = _field_length_bytes(lengths, fieldname, doccount)
            fixedsize = fieldobj.format.fixed_value_size()
            postwriter = self._postwriter
            limit = postwriter._blocklimit
            emitter = TermEmitter(
                self._postfile,
                self._tindex,
                self._fieldid,
                length_bytes,
                compression=postwriter._compression,
                min_compress=getattr(postwriter, "min_compress", 0),
                protocol=getattr(postwriter, "protocol", 2),
                fixedsize=fixedsize,
            )
            field_lengths = None
            for term, (ids, weights, values) in self._field_terms(items, fieldname, fieldobj, fixedsize):
                if len(ids) <= limit:  # nearly every term of a segment
                    emitter.add(term, ids, weights, values)
                    continue
                emitter.flush()
                if field_lengths is None and length_bytes is not None:
                    field_lengths = [byte_to_length(b) if b else 0 for b in length_bytes]
                self.start_term(term)
                self._add_term_blocks(ids, weights, values, field_lengths)
                self.finish_term()
            emitter.flush()
            self.finish_field()

    def _field_terms(
        self, items: GroupedPostings, fieldname: str, fieldobj: Any, fixedsize: int | None
    ) -> Iterator[tuple[bytes, Columns]]:
        """A field's terms in order, each with its postings as columns."""
        text = items.text.get(fieldname)
        pieces = items.fields.get(fieldname)
        if text and pieces:  # new documents and merged segments in one writer: as posting tuples
            for term, entry in text.items():
                tbytes = term.encode("utf-8")
                ids, weights, values = text_columns(entry, fieldobj.format)
                pieces.setdefault(tbytes, []).extend(
                    (fieldname, tbytes, d, w, v) for d, w, v in zip(ids, weights, values, strict=True)
                )
            for group in pieces.values():
                group.sort(key=_first_doc)
            text = None
        if text:
            fmt = fieldobj.format
            for term in sorted(text):
                self._btext = tbytes = term.encode("utf-8")
                yield tbytes, text_columns(text[term], fmt)
        elif pieces:
            for tbytes in sorted(pieces):
                self._btext = tbytes
                yield tbytes, self._columns(pieces[tbytes], fixedsize)

    def _columns(self, pieces: list[Piece], fixedsize: int | None) -> Columns:
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
                for block in piece.blocks():
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


def _first_doc(piece: Piece) -> int:
    return piece.first_doc() if isinstance(piece, MergedBlocks) else piece[2]


def _field_length_bytes(lengths: Any, fieldname: str, doccount: int) -> list[int] | None:
    """Each document's length in `fieldname` as its stored byte (0 = none)."""
    if lengths is None:
        return None
    reader = lengths._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if reader is None:
        return None
    return [reader[d] for d in range(doccount)]


class SmallBlockPostingsWriter(W3PostingsWriter):
    """Writes a posting block whose pickled data is shorter than `min_compress` bytes uncompressed.

    Starting zlib costs ~30 µs a call, more than a short block takes to pickle, and saves a few
    bytes at most; most terms of a segment have a block of a few postings. Each block records
    whether it is compressed, and whoosh's reader reads both kinds.
    """

    def __init__(self, *args: Any, min_compress: int, protocol: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.min_compress = min_compress
        self.protocol = protocol

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
        databytes = pickle.dumps(data, self.protocol)
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
    every block, as whoosh does); `protocol`: the pickle protocol of posting blocks (whoosh: 2).
    """

    def __init__(self, *, min_compress: int = MIN_COMPRESS, protocol: int = DATA_PROTOCOL) -> None:
        super().__init__()
        self.min_compress = min_compress
        self.protocol = protocol

    def postings_writer(self, dbfile: Any, byteids: bool = False) -> SmallBlockPostingsWriter:
        return SmallBlockPostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
            min_compress=self.min_compress,
            protocol=self.protocol,
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

    def __init__(
        self, ix: Any, *, min_compress: int = MIN_COMPRESS, protocol: int = DATA_PROTOCOL, **kwargs: Any
    ) -> None:
        super().__init__(ix, codec=GroupingCodec(min_compress=min_compress, protocol=protocol), **kwargs)
        self.pool.cleanup()
        self.pool: GroupedPostings = GroupedPostings()
        self._kept: list[Any] | None = None  # segments left after merge_now()
        self._built: list[Any] = []  # segments built elsewhere, added at commit
        self._added: bool = False  # whoosh's flag: documents were added (nothing yet)
        self._date_terms: dict[tuple[str, datetime], list[tuple[bytes, int, float, bytes]]] = {}
        # add_document's own path covers fields without vectors or a separate spelling field
        fields = [self.schema[name] for name in self.schema.names()]
        self._plain_schema = not any(f.vector or f.separate_spelling() for f in fields)

    def add_document(self, **fields: Any) -> None:
        """whoosh's add_document, with the text of FastText fields going to the pool already
        grouped (GroupedPostings.add_text) instead of one tuple a posting. Same segment files."""
        if not self._plain_schema:
            super().add_document(**fields)
            return
        self._check_state()
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        pool = self.pool
        docboost = self._doc_boost(fields)
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields.get(fieldname)
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    fieldboost = self._field_boost(fields, fieldname, docboost)
                    if isinstance(field, FastText) and isinstance(value, str) and fieldboost == 1.0:
                        terms = index_terms(value)
                        if field.scorable:
                            length = sum(map(len, terms.values()))
                        pool.add_text(fieldname, docnum, terms)
                    else:
                        for tbytes, freq, weight, vbytes in self._field_index(fieldname, field, value):
                            if field.scorable:
                                length += freq
                            pool.add((fieldname, tbytes, docnum, weight * fieldboost, vbytes))
                customval = fields.get(f"_stored_{fieldname}", value)
                perdocwriter.add_field(fieldname, field, customval if field.stored else None, length)
                column = field.column_type
                if column and customval is not None:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(customval))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _field_index(self, fieldname: str, field: Any, value: Any) -> list[tuple[bytes, int, float, bytes]]:
        """field.index(value); a date's terms (eight, at several precisions) computed once a day."""
        if not isinstance(field, DATETIME) or not isinstance(value, datetime):
            return list(field.index(value))
        key = (fieldname, value)
        terms = self._date_terms.get(key)
        if terms is None:
            terms = self._date_terms[key] = list(field.index(value))
        return terms

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
        """Write a segment built in memory elsewhere (see index_builder) into the index's storage,
        each file as it is (NotebookStorage.store_file: in chunks, not copied)."""
        for name, data in files.items():
            self.storage.store_file(name, data)
        self._built.append(segment)

    def _merge_segments(self, mergetype: Any, optimize: Any, merge: Any) -> list[Any]:
        mergetype = mergetype if mergetype is not None else self.mergetype
        optimize = optimize if optimize is not None else self.optimize
        merge = merge if merge is not None else self.merge
        if self._kept is None and merge and not (mergetype or optimize):
            self.merge_now()  # plan_merge's choice, where whoosh would use MERGE_SMALL
            segments = list(self._kept or ())
        elif self._kept is None:
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
        # The segment's whole posting file, read once: its blocks are taken term by term when
        # the term is written, so a merge holds the files it merges, not all their postings.
        name = reader._segment.make_filename(W3Codec.POSTS_EXT)
        posts = memoryview(postfile.get(0, reader._storage.file_length(name)))
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
            elif docmap is None:  # no deletions: blocks are read when written, documents renumbered
                offset, length = extent(terminfo)
                pieces = [MergedBlocks(startdoc, terminfo.min_id(), posts[offset : offset + length])]
            else:  # only live documents are in docmap
                fixedsize = schema[fieldname].format.fixed_value_size()
                pieces = [
                    (fieldname, term, docmap[p[2]], p[3], p[4])
                    for block in raw_blocks(postfile, terminfo)
                    for p in block.postings(fieldname, term, fixedsize)
                    if p[2] in docmap
                ]
            if pieces:
                terms = fields.setdefault(fieldname, {})
                if term in terms:
                    terms[term].extend(pieces)
                else:
                    terms[term] = pieces


def new_writer(ix: Any, **kwargs: Any) -> GroupingSegmentWriter:
    """A writer for `ix` (FileIndex) that writes segments through the grouped path."""
    return GroupingSegmentWriter(ix, **kwargs)
