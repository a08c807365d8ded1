"""Decoded posting lists kept per searcher: a cached list scores to the same bits as a fresh
read and as whoosh's own scorer, and the cache stays within its budget."""

from __future__ import annotations

from typing import Any

import pytest
from whoosh.query import Term

from desktop.store.notebook import Notebook
from desktop.store.search import scoring as search_scoring
from desktop.store.search.postings import DecodedCache, Postings
from tests.store.test_search_scoring import QUERIES, parsed, segmented  # noqa: F401  (a fixture)


def _whoosh_scores(searcher: Any, fieldname: str, word: str) -> dict[int, float]:
    """Each live document's score for one term, from whoosh's own matcher and scorer."""
    scores: dict[int, float] = {}
    for sub, offset in searcher.leaf_searchers():
        m = Term(fieldname, word).matcher(sub, sub.context())
        while m.is_active():
            if not sub.reader().is_deleted(m.id()):
                scores[offset + m.id()] = m.score()
            m.next()
    return scores


def test_cached_terms_score_whooshs_exact_floats(segmented: Notebook) -> None:  # noqa: F811
    index = segmented.index
    searcher = index.searcher()
    terms = [t.decode() for _, t in searcher.reader().most_frequent_terms("body", 40)]
    assert len(terms) == 40
    for word in terms:
        expected = _whoosh_scores(searcher, "body", word)
        for _ in range(2):  # a fresh read, then the cached lists
            ranked, total = index._scorer.top(Term("body", word), None) or ([], -1)
            assert total == len(expected)
            assert {r.docnum: r.score for r in ranked} == expected  # the same bits, not approximately


@pytest.mark.parametrize("query", QUERIES)
def test_queries_rank_the_same_from_the_cache(segmented: Notebook, query: str) -> None:  # noqa: F811
    index = segmented.index
    q = parsed(segmented, query)
    fresh = search_scoring.BlockScorer(index.searcher())
    first = fresh.top(q, None)
    again = fresh.top(q, None)
    assert first is not None and again is not None
    assert [(r.docnum, r.score) for r in again[0]] == [(r.docnum, r.score) for r in first[0]]
    assert again[1] == first[1]


def test_the_cache_keeps_to_its_budget() -> None:
    cache = DecodedCache(capacity=10_000)
    for n in range(100):
        kept = cache.put((0, n, False), Postings(list(range(50)), [1.0] * 50, None))
        assert list(kept.ids) == list(range(50))
        assert cache.size <= cache.capacity
    assert cache.get((0, 99, False)) is not None
    assert cache.get((0, 0, False)) is None  # the oldest went first
    big = Postings(list(range(1000)), [2.0] * 1000, None)
    assert cache.put((1, 0, False), big) is big and cache.get((1, 0, False)) is None  # too big to keep


def test_stored_fields_are_whooshs(segmented: Notebook) -> None:  # noqa: F811
    """Hit ids are read from the stored column without whoosh's column reader: the same fields
    for every document of every segment, deleted ones included."""
    index = segmented.index
    searcher = index.searcher()
    scorer = search_scoring.BlockScorer(searcher)
    assert scorer.supported()
    count = searcher.reader().doc_count_all()
    assert count > 100
    for docnum in range(count):
        assert scorer.stored_fields(docnum) == searcher.stored_fields(docnum)


def test_prefix_terms_are_whooshs(segmented: Notebook) -> None:  # noqa: F811
    """The terms a fuzzy word's first letters stand for, read from the term file record by
    record, are those whoosh's expand_prefix yields, in every field and segment."""
    from desktop.store.search.postings import prefix_terms

    reader = segmented.index.searcher().reader()
    prefixes = ["", "a", "b", "m", "ma", "mar", "market", "t", "z", "é", "\u06a9"]
    checked = 0
    for segment, _ in reader.leaf_readers():
        for fieldname in ["title", "body", "author", "outlet", "id", "tag"]:
            for prefix in prefixes:
                expected = list(segment.expand_prefix(fieldname, prefix))
                assert prefix_terms(segment, fieldname, prefix.encode()) == expected, (fieldname, prefix)
                checked += len(expected)
        assert prefix_terms(segment, "nofield", b"a") == []
    assert checked > 500
