"""Merging index segments: which segments to merge (plan_merge), and their posting lists read
as stored, a block at a time (RawBlock, MergedBlocks), for index_writer to write again."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, NamedTuple

from whoosh.util import fib

from desktop.store.search.blocks import blocks_in, extent

MAX_SEGMENTS = 12  # segments an index keeps before merging the smallest (see plan_merge)
MERGE_AT_ONCE = 10
# No merge makes a segment larger: a merge holds its sources and its result in memory in the
# merge worker and in the importing process (~3.5 kB of files an article, 40 MB at 20,000 from
# 2,000-article batches; ~70 MB of sources), several times over while they are handed over.
MAX_MERGED_DOCS = 20_000
Posting = tuple[str, bytes, int, float, bytes | None]  # field, term, document number, weight, value


def plan_merge(segments: list[Any], *, background: bool = False) -> tuple[list[Any], list[Any]]:
    """Which segments to merge: (to merge, to keep), both smallest first.

    whoosh's MERGE_SMALL policy: smallest first, up to the first point past the fourth where the
    running document count is below a Fibonacci number (it gathers many tiny segments). Large
    batches never meet that until 19 segments, then all at once (38,000 articles in one merge at
    2,000 a batch), so for a merge in the `background` (the merge worker, see index_builder):
    past MAX_SEGMENTS segments, the MERGE_AT_ONCE smallest. Not otherwise: a merge of large
    segments in the importing process would hold up the write that happens to come next (a tag
    added to one article could wait ten seconds). No merge makes a segment of more than
    MAX_MERGED_DOCS documents; nothing if that leaves a single segment.
    """
    ordered = sorted(segments, key=lambda s: s.doc_count_all())
    chosen: list[Any] = []
    total = 0
    for i, segment in enumerate(ordered):
        total += max(segment.doc_count_all(), 0)
        if i > 3 and total < fib(i + 5):
            chosen = ordered[: i + 1]
            break
    if not chosen and background and len(ordered) > MAX_SEGMENTS:
        chosen = ordered[:MERGE_AT_ONCE]
    total, count = 0, 0
    for segment in chosen:
        total += max(segment.doc_count_all(), 0)
        if total > MAX_MERGED_DOCS:
            break
        count += 1
    if count < 2:
        return [], list(segments)
    return ordered[:count], ordered[count:]


def plan_leftovers(segments: list[Any]) -> list[Any]:
    """After an import: the segments to merge next of those it left, smallest first (none once
    MAX_SEGMENTS or fewer remain). The merge worker lags behind a long import on a busy machine
    (23 to 32 segments after 100,000 articles), and every search looks each term up in every
    segment; these are the merges the background policy would have made (see plan_merge)."""
    if len(segments) <= MAX_SEGMENTS:
        return []
    return plan_merge(segments, background=True)[0]


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
    """A merged segment's posting list for one term, as stored, with the documents' new base."""

    base: int
    min_id: int  # the list's first document in its segment
    data: memoryview  # the list's bytes in its segment's posting file

    def first_doc(self) -> int:
        return self.min_id + self.base

    def blocks(self) -> Iterator[RawBlock]:
        return raw_blocks_in(self.data)


def raw_blocks(postfile: Any, terminfo: Any) -> Iterator[RawBlock]:
    """A term's posting list, block by block (see index_blocks), without a matcher per term."""
    offset, length = extent(terminfo)
    return raw_blocks_in(memoryview(postfile.get(offset, length)))


def raw_blocks_in(data: memoryview) -> Iterator[RawBlock]:
    for info, block in blocks_in(data):
        ids, weights, values = pickle.loads(block)
        yield RawBlock(
            info.length, info.max_id, info.max_weight, info.min_length_byte, info.max_length_byte,
            ids, weights, values,
        )  # fmt: skip
