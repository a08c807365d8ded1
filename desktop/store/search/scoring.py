"""Ranking a query a whole posting list at a time, with the scores whoosh's matchers would give.

whoosh scores one document per round of matcher method calls (`is_active`, `id`, `score`,
`next` on every node of the matcher tree): at 20,000 articles `people` (7,184 matches) took
~140 ms that way. Here each query node is evaluated for a whole segment at once: a term's
postings are read as lists (search_postings) and scored in one comprehension, OR sums dicts,
AND intersects them, NOT subtracts, and a phrase decodes positions only for the documents that
have all its words.

The scores are whoosh's own, to the last bit where possible: BM25F with its field lengths,
idf and average lengths, and the same additions in the same order. whoosh adds sub-scores
along a matcher tree whose shape depends on the segment (a Huffman-like tree by estimated size,
or a running sum for small segments, where a multi-term query's score is a constant 1), and
floating-point sums depend on that shape; `_SegmentScorer` builds the same shape. Any query
node it does not mirror is matched by whoosh itself, document by document, for that node only.
"""

from __future__ import annotations

import bisect
import heapq
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import compress, repeat
from operator import add, mul, truediv
from typing import Any

from whoosh.formats import Positions
from whoosh.query import (
    And,
    AndNot,
    CompoundQuery,
    ConstantScoreQuery,
    MultiTerm,
    Not,
    Or,
    Phrase,
    Prefix,
    Term,
    TermRange,
    Wildcard,
)
from whoosh.scoring import BM25F
from whoosh.searching import SearchContext

from desktop.store.search.positions import adjacent, decode_positions, near
from desktop.store.search.postings import DecodedCache, SegmentData, length_table
from desktop.store.search.query import BulkRange
from desktop.store.search.score_sets import (
    Complement,
    Matches,
    Scores,
    best,
    boosted,
    intersect,
    shared_rows,
    tree_sum,
    weight,
)


class _Unsupported(Exception):
    """A query node this module does not mirror: whoosh matches it."""


class SearchCancelled(Exception):
    """The caller's `cancelled()` said its search is no longer wanted (a newer query was typed).

    Posting lists decoded before it stopped stay in the searcher's cache for the next query."""


Cancelled = Callable[[], bool] | None


@dataclass(frozen=True)
class Ranked:
    """One match: its document number in the searcher and its score."""

    docnum: int
    score: float


class BlockScorer:
    """Ranks queries over one searcher's segments (a new searcher needs a new BlockScorer)."""

    def __init__(self, searcher: Any) -> None:
        self.searcher = searcher
        weighting = searcher.weighting
        self.bm25: BM25F | None = weighting if type(weighting) is BM25F else None
        cache = DecodedCache()
        self._segments = [
            (sub, offset, SegmentData.of(sub.reader(), cache, number))
            for number, (sub, offset) in enumerate(searcher.leaf_searchers())
        ]
        self._offsets = [offset for _, offset, _ in self._segments]  # each segment's first document
        self._norms: dict[tuple[int, str], list[float]] = {}
        self._lengths = length_table()

    def supported(self) -> bool:
        """Whether the searcher is one this scorer reads (BM25F over W3 segments)."""
        return self.bm25 is not None and all(seg is not None for _, _, seg in self._segments)

    def top(
        self, q: Any, limit: int | None, *, context: Any = None, cancelled: Cancelled = None
    ) -> tuple[list[Ranked], int] | None:
        """The `limit` best matches of `q` (all if None) and the number of matches.

        Ordered as whoosh's TopCollector orders them: score, then document number (lower first).
        `context`: whoosh's search context (default: the searcher's, as `search_with_collector`).
        `cancelled`: asked before each segment and each posting list read; when it says True the
        search stops with SearchCancelled. None if the searcher is not one this scorer reads (see
        `supported`).
        """
        if not self.supported():
            return None
        context = context or self.searcher.context()
        ranked: list[tuple[float, int]] = []
        total = 0
        for index, (sub, offset, seg) in enumerate(self._segments):
            assert seg is not None
            if cancelled is not None and cancelled():
                raise SearchCancelled
            scores = _SegmentScorer(self, index, sub, seg, cancelled).run(q, context)
            total += len(scores)
            ranked.extend(best(scores, offset, limit))
        top = sorted(ranked, reverse=True) if limit is None else heapq.nlargest(limit, ranked)
        return [Ranked(-negdoc, score) for score, negdoc in top], total

    def read_ahead(self, fieldnames: Sequence[str]) -> Iterator[None]:
        """Read, a step a `yield`, what any search reads first from each segment: the length norms
        of `fieldnames` (the scorable ones) and where the stored fields are (see SearchIndex)."""
        if not self.supported():
            return
        schema = self.searcher.schema
        for index, (_, _, seg) in enumerate(self._segments):
            assert seg is not None
            for fieldname in fieldnames:
                if fieldname in schema and schema[fieldname].scorable:
                    self.norms(index, fieldname)
                    yield
            seg.read_ahead()
            yield

    def stored_fields(self, docnum: int) -> dict[str, Any]:
        """`searcher.stored_fields(docnum)`, read by the segment's SegmentData (see there)."""
        if not self.supported():
            return dict(self.searcher.stored_fields(docnum))
        index = bisect.bisect_right(self._offsets, docnum) - 1
        _, offset, seg = self._segments[index]
        assert seg is not None
        return seg.stored_fields(docnum - offset)

    def norms(self, index: int, fieldname: str) -> list[float]:
        """Per document of segment `index`: the length part of BM25's denominator for `fieldname`,
        `K1 * ((1 - B) + B * fl / avgfl)`, computed as whoosh's `bm25()` computes it."""
        key = (index, fieldname)
        if key not in self._norms:
            assert self.bm25 is not None
            sub, _, seg = self._segments[index]
            assert seg is not None
            b = self.bm25._field_B.get(fieldname, self.bm25.B)
            k1 = self.bm25.K1
            avgfl = sub.get_parent().avg_field_length(fieldname) or 1
            raw = seg.field_lengths(fieldname)
            if raw is None:  # no lengths column: whoosh's scorer asks with default 1
                self._norms[key] = [k1 * ((1 - b) + b * 1 / avgfl)] * seg.doc_count_all
            else:
                table = [k1 * ((1 - b) + b * fl / avgfl) for fl in self._lengths]
                self._norms[key] = list(map(table.__getitem__, raw))
        return self._norms[key]


class _SegmentScorer:
    """Evaluates query nodes over one segment, as whoosh's matcher for that segment would score them."""

    def __init__(
        self, owner: BlockScorer, index: int, searcher: Any, seg: SegmentData, cancelled: Cancelled = None
    ) -> None:
        self.owner = owner
        self.cancelled = cancelled
        self.index = index
        self.searcher = searcher  # whoosh's sub-searcher for this segment
        self.seg = seg
        self.reader = seg.reader
        self.schema = searcher.schema
        self._found: dict[tuple[str, Any], tuple[bytes, Any] | None] = {}  # this query's term look-ups

    def run(self, q: Any, context: Any) -> Scores:
        return self._scores(self.eval(q, context))

    def eval(self, q: Any, context: Any) -> Matches:
        """What `q.matcher(searcher, context)` would match, with its scores."""
        kind = type(q)
        try:
            if kind.matcher is Term.matcher:
                return self._term(q)
            if kind.matcher is CompoundQuery.matcher and kind._matcher is Or._matcher:
                return self._or(q, context)
            if kind.matcher is CompoundQuery.matcher and kind._matcher is And._matcher:
                return self._and(q, context)
            if kind.matcher is AndNot.matcher:
                return self._and_not(q, context)
            if kind.matcher is Not.matcher:
                return Complement(frozenset(self._ids(q.query)), 1.0)  # InverseMatcher's weight
            if kind.matcher is Phrase.matcher:
                return self._phrase(q)
            if kind.matcher is MultiTerm.matcher or (
                kind.matcher in _PATTERNS and q.text != _PATTERNS[kind.matcher]
            ):
                return self._multiterm(q, context)
            if kind is BulkRange:
                return self._range(q, context)
        except _Unsupported:
            pass
        return self._whoosh(q, context)

    # -- leaves ---------------------------------------------------------------------------------
    def _lookup(self, fieldname: str, text: Any) -> tuple[bytes, Any] | None:
        """The indexed term and its info (Term.matcher's checks), or None if this segment lacks it.

        Kept for the rest of the query: ordering an AND asks for its terms' sizes again."""
        key = (fieldname, text)
        if key not in self._found:
            self._found[key] = self._look_up(fieldname, text)
        return self._found[key]

    def _look_up(self, fieldname: str, text: Any) -> tuple[bytes, Any] | None:
        if fieldname not in self.schema:
            return None
        try:
            btext = self.schema[fieldname].to_bytes(text)
        except ValueError:
            return None
        terminfo = self.seg.terminfo(fieldname, btext)
        return None if terminfo is None else (btext, terminfo)

    def _estimate(self, q: Any) -> int:
        """`q.estimate_size(reader)`, with the sizes of terms taken from their looked-up infos."""
        kind = type(q)
        if kind.estimate_size is Term.estimate_size:
            found = self._lookup(q.fieldname, q.text)
            return 0 if found is None else int(found[1].doc_frequency())
        if kind.estimate_size is CompoundQuery.estimate_size:
            return min(sum(self._estimate(sub) for sub in q.subqueries), self.reader.doc_count())
        if kind.estimate_size is And.estimate_size:
            return min(self._estimate(sub) for sub in q.subqueries)
        return int(q.estimate_size(self.reader))

    def _term(self, q: Any) -> Scores:
        if q.minquality:
            raise _Unsupported  # whoosh would skip low-quality blocks
        found = self._lookup(q.fieldname, q.text)
        if found is None:
            return {}
        btext, terminfo = found
        self._check()
        postings = self.seg.postings(terminfo)
        scores = postings.scores
        if scores is None:  # kept with the postings: a cached list (of arrays) is scored once per searcher
            scores = self._bm25_list(q.fieldname, btext, postings.ids, postings.weights)
            if isinstance(postings.ids, array):
                postings.scores = array("d", scores)  # 8 bytes a score, as the cache counts them
        return boosted(dict(zip(postings.ids, scores, strict=True)), q.boost)

    def _bm25_list(
        self, fieldname: str, btext: bytes, ids: Sequence[int], weights: Sequence[float]
    ) -> list[float]:
        """whoosh's BM25FScorer for these postings (or the weight, for fields without lengths), in
        the order of `ids`: `idf * ((w * k1p1) / (w + norm))` for each posting, the same
        operations in the same order as whoosh's, stepped by `map` in C."""
        if not self.schema[fieldname].scorable:
            return list(weights)  # whoosh's WeightScorer
        assert self.owner.bm25 is not None
        root = self.searcher.get_parent()
        idf = root.idf(fieldname, btext)
        k1p1 = self.owner.bm25.K1 + 1
        norms = self.owner.norms(self.index, fieldname)
        tops = map(mul, weights, repeat(k1p1))
        bottoms = map(add, weights, map(norms.__getitem__, ids))
        return list(map(mul, repeat(idf), map(truediv, tops, bottoms)))

    def _multiterm(self, q: Any, context: Any) -> Matches:
        """MultiTerm.matcher: prefix, wildcard and fuzzy terms, as an OR of their words."""
        fieldname = q.field()
        qs = [Term(fieldname, word) for word in q._btexts(self.reader) if word]
        if not qs:
            return {}
        if len(qs) == 1:
            return self.eval(qs[0], context)
        if q.constantscore:
            context = context.set(weighting=None) if context else SearchContext(weighting=None)
        return self.eval(Or(qs, boost=q.boost), context)

    def _range(self, q: BulkRange, context: Any) -> Scores:
        """BulkRange.matcher: a constant-score date or number range."""
        compiled = q.child._compile_query(self.reader)
        if not isinstance(compiled, ConstantScoreQuery) or (context is not None and context.needs_current):
            raise _Unsupported
        ids: set[int] = set()
        for leaf in compiled.child.leaves():
            for terminfo in self._range_terms(leaf):
                ids.update(self.seg.postings(terminfo).ids)
        return dict.fromkeys(ids, compiled.score or 1.0)  # ListMatcher: a zero weight reads as 1

    def _range_terms(self, leaf: Any) -> Iterator[Any]:
        """The term infos of one part of a compiled range: a Term, or a TermRange whose terms are
        those TermRange._btexts walks, found in the segment's table of the field's terms."""
        if isinstance(leaf, Term) or type(leaf)._btexts is not TermRange._btexts:
            for text in [leaf.text] if isinstance(leaf, Term) else leaf._btexts(self.reader):
                found = self._lookup(leaf.fieldname, text)
                if found is not None:
                    yield found[1]
            return
        field = self.schema[leaf.fieldname]
        try:
            start = b"" if leaf.start is None else field.to_bytes(leaf.start)
            end = b"\xff\xff\xff\xff" if leaf.end is None else field.to_bytes(leaf.end)
        except ValueError:
            return
        table = self.seg.field_terms(leaf.fieldname)
        for position in table.between(start, end, startexcl=leaf.startexcl, endexcl=leaf.endexcl):
            yield table.terminfo(position)

    def _phrase(self, q: Any) -> Scores:
        """Phrase.matcher: SpanNear2 of the words (ordered, slop, mindist 1), scored as the sum of
        the words' scores (an IntersectionMatcher tree) where the positions match."""
        fieldname = q.fieldname
        if fieldname not in self.schema:
            return {}
        fmt = self.schema[fieldname].format
        if (
            not fmt
            or not fmt.supports("positions")
            or fmt.supports("characters")
            or fmt.fixed_value_size() is not None
            or type(fmt).decode_positions is not Positions.decode_positions
        ):
            raise _Unsupported  # whoosh raises its own error, its spans carry characters or boosts
        looked_up = [self._lookup(fieldname, word) for word in q.words]
        words = [w for w in looked_up if w is not None]
        if not words or len(words) < len(looked_up):
            return {}
        self._check()
        postings = [self.seg.postings(terminfo, values=True) for _, terminfo in words]
        docs, rows = shared_rows(postings)
        values = [list(compress(p.values or (), r)) for p, r in zip(postings, rows, strict=True)]
        slop = q.slop
        if len(values) == 2:
            found = adjacent(values[0], values[1], slop)
        else:
            found = [i for i in range(len(docs)) if near([decode_positions(v[i]) for v in values], slop)]
        if not found:
            return {}
        found_docs = [docs[i] for i in found]
        per_word = []
        for (btext, _), p, r in zip(words, postings, rows, strict=True):
            weights = list(compress(p.weights, r))
            per_word.append(self._bm25_list(fieldname, btext, found_docs, [weights[i] for i in found]))
        if len(per_word) == 2:  # tree_sum of two
            return boosted(dict(zip(found_docs, map(add, *per_word), strict=True)), q.boost)
        sums = [tree_sum(list(column)) for column in zip(*per_word, strict=True)]
        return boosted(dict(zip(found_docs, sums, strict=True)), q.boost)

    # -- combinations ---------------------------------------------------------------------------
    def _or(self, q: Any, context: Any) -> Matches:
        subs = q.subqueries
        if not subs:
            return {}
        if len(subs) == 1:
            return self.eval(subs[0], context)
        if q.scale or q.matcher_type != Or.AUTO_MATCHER:
            raise _Unsupported
        needs_current = context.needs_current if context else True
        if len(subs) < q.TOO_MANY_CLAUSES and (
            needs_current or len(subs) == 2 or self.searcher.doc_count_all() > 5000
        ):  # whoosh's DefaultOr: a tree of UnionMatchers
            found = [self.eval(s, context) for s in subs]
            union = self._tree(subs, found, self._union, sign=1)
            return boosted(self._scores(union), q.boost)
        # whoosh's PreloadedOr: an ArrayUnionMatcher adds each sub-query's scores in turn
        scored = context.weighting is not None if context else True
        boost = q.boost
        total: Scores = {}
        get = total.get
        for sub in subs:
            for d, s in self._scores(self.eval(sub, context)).items():
                total[d] = get(d, 0.0) + s * boost if scored else 1.0
        return {d: s for d, s in total.items() if s > 0}  # it skips documents that sum to 0

    def _and(self, q: Any, context: Any) -> Matches:
        subs = q.subqueries
        if not subs:
            return {}
        if len(subs) == 1:
            return self.eval(subs[0], context)
        found: list[Matches] = []
        for sub in subs:
            found.append(self.eval(sub, context))
            if not found[-1] and isinstance(found[-1], dict):
                return {}
        both = self._tree(subs, found, intersect, sign=-1)
        return both if q.boost == 1.0 else boosted(self._scores(both), q.boost)

    def _and_not(self, q: Any, context: Any) -> Matches:
        found = self.eval(q.a, context)
        excluded = self._ids(q.b)
        if isinstance(found, Complement):
            return Complement(found.excluded | excluded, found.score)
        return {d: s for d, s in found.items() if d not in excluded}

    def _tree(self, subs: Any, found: list[Matches], combine: Any, *, sign: int) -> Matches:
        """Combine sub-results along whoosh's `make_weighted_tree` (weights: estimated sizes,
        negated for AND). Equal weights never compare less there (matchers of one class compare
        equal), so that is a stable sort by weight and an insort to the right."""
        if len(found) == 2:  # one node: a + b is the same sum either way round
            return combine(found[0], found[1])
        items = sorted(
            ((sign * self._estimate(s), m) for s, m in zip(subs, found, strict=True)),
            key=weight,
        )
        while len(items) > 1:
            (wa, a), (wb, b) = items.pop(0), items.pop(0)
            bisect.insort(items, (wa + wb, combine(a, b)), key=weight)
        return items[0][1]

    def _union(self, a: Matches, b: Matches) -> Scores:
        big, small = self._scores(a), self._scores(b)
        if len(big) < len(small):
            big, small = small, big
        out = dict(big)
        get = out.get
        for d, s in small.items():
            t = get(d)
            out[d] = s if t is None else t + s
        return out

    # -- helpers --------------------------------------------------------------------------------
    def _check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise SearchCancelled

    def _ids(self, q: Any) -> frozenset[int]:
        """The documents `q` matches in a boolean context (NOT, the right side of ANDNOT)."""
        return frozenset(self._scores(self.eval(q, self.searcher.boolean_context())))

    def _scores(self, found: Matches) -> Scores:
        if not isinstance(found, Complement):
            return found
        gone = found.excluded | self.seg.deleted
        return dict.fromkeys((d for d in range(self.seg.doc_count_all) if d not in gone), found.score)

    def _whoosh(self, q: Any, context: Any) -> Scores:
        """whoosh's own matcher for a node this module does not mirror, stepped document by document."""
        m = q.matcher(self.searcher, context)
        if context is not None and context.weighting is None:  # only which documents match counts
            return dict.fromkeys(m.all_ids(), 0.0)
        scores: Scores = {}
        while m.is_active():
            scores[m.id()] = m.score()
            m.next()
        return scores


# Prefix and Wildcard matchers: MultiTerm's, except for the pattern that matches every term.
_PATTERNS = {Prefix.matcher: "", Wildcard.matcher: "*"}


__all__ = ["BlockScorer", "Complement", "Ranked", "SearchCancelled"]
