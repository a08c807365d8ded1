"""A search can be stopped half-way (search as you type stops one typed over), what a search needs
first can be read ahead while a worker waits, and neither changes any hit, score or snippet."""

from __future__ import annotations

import random
from typing import Any

import pytest

from desktop.store.notebook import Notebook, SearchCancelled, SearchResult
from desktop.store.search.postings import Postings, _without
from desktop.store.search.score_sets import best as _best
from tests.store.test_search_scoring import QUERIES, segmented  # noqa: F401  (a fixture)


def _fresh(nb: Notebook) -> None:
    """Forget the searcher and everything it decoded: the next search starts cold."""
    nb.index._drop_searcher()


def _as_tuples(result: SearchResult) -> Any:
    return (
        result.total,
        [(h.id, h.score, h.snippet, h.snippet_html, h.first_match) for h in result.hits],
        result.suggestion,
    )


def _after(calls: int) -> Any:
    """A `cancelled` that says True from its `calls`-th question on, counting them."""
    asked = [0]

    def cancelled() -> bool:
        asked[0] += 1
        return asked[0] >= calls

    cancelled.asked = asked  # type: ignore[attr-defined]
    return cancelled


@pytest.mark.parametrize("query", QUERIES)
def test_a_search_stopped_half_way_changes_nothing(segmented: Notebook, query: str) -> None:  # noqa: F811
    _fresh(segmented)
    expected = _as_tuples(segmented.search(query, limit=20))
    for calls in (1, 2, 5, 11):
        _fresh(segmented)
        cancelled = _after(calls)
        try:
            found = segmented.search(query, limit=20, cancelled=cancelled)
        except SearchCancelled:
            assert cancelled.asked[0] == calls  # it stopped at the first True
        else:
            assert cancelled.asked[0] < calls  # it finished before anyone said stop
            assert _as_tuples(found) == expected
        assert _as_tuples(segmented.search(query, limit=20)) == expected  # on what the stopped one cached
        assert _as_tuples(segmented.search(query, limit=20, cancelled=lambda: False)) == expected


def test_a_long_search_is_asked_between_segments_and_snippets(segmented: Notebook) -> None:  # noqa: F811
    _fresh(segmented)
    cancelled = _after(10**9)
    result = segmented.search("market OR people", limit=50, cancelled=cancelled)
    segments = len(segmented.index._scorer._segments)
    assert segments >= 3 and len(result.hits) == 50
    assert cancelled.asked[0] >= segments + 5  # each segment, each posting list read, each 10 snippets


def test_reading_ahead_changes_no_result(segmented: Notebook) -> None:  # noqa: F811
    expected = {}
    for query in QUERIES:
        _fresh(segmented)
        expected[query] = _as_tuples(segmented.search(query, limit=20))
    _fresh(segmented)
    steps = list(segmented.read_ahead_search())
    scorer = segmented.index._scorer
    assert len(steps) > len(scorer._segments)  # one step at a time
    assert scorer._norms  # the length norms are read
    assert all(seg._stored is not None for _, _, seg in scorer._segments)
    for query in QUERIES:
        assert _as_tuples(segmented.search(query, limit=20)) == expected[query], query


def test_reading_ahead_stops_for_a_new_searcher(segmented: Notebook) -> None:  # noqa: F811
    _fresh(segmented)
    reading = segmented.read_ahead_search()
    next(reading)
    _fresh(segmented)
    assert list(reading) == []  # the searcher it was reading for is gone


def test_the_same_search_in_other_words(segmented: Notebook) -> None:  # noqa: F811
    same = segmented.same_search
    assert same("market report", "Market reports ")
    assert same('"prime minister"', '"Prime Minister"')
    assert not same("market", "market s")
    assert not same('"prime minister"', "prime minister")
    assert not same("market", 'date:"xx"')  # one cannot be parsed


def test_the_best_of_a_segment_keep_whooshs_order_with_ties() -> None:
    rng = random.Random(5)
    for _ in range(300):
        scores = {d: float(rng.randrange(6)) for d in rng.sample(range(500), rng.randrange(0, 200))}
        limit = rng.choice([None, 1, 3, 20, 150])
        offset = rng.randrange(1000)
        everything = sorted(((s, -(offset + d)) for d, s in scores.items()), reverse=True)
        found = _best(scores, offset, limit)
        assert (sorted(found, reverse=True) if limit is None else found) == everything[:limit]


def test_deleted_postings_are_dropped_either_way() -> None:
    rng = random.Random(9)
    for _ in range(500):
        ids = sorted(rng.sample(range(2000), rng.randrange(0, 400)))
        weights = [rng.random() for _ in ids]
        values = [bytes([i % 256]) for i in ids] if rng.random() < 0.5 else None
        deleted = frozenset(rng.sample(range(2000), rng.randrange(1, 80)))  # few and many
        kept = [i for i, d in enumerate(ids) if d not in deleted]
        found = _without(Postings(ids, weights, values), deleted)
        assert list(found.ids) == [ids[i] for i in kept]
        assert list(found.weights) == [weights[i] for i in kept]
        assert found.values == (None if values is None else [values[i] for i in kept])


def test_a_blocks_ids_and_weights_are_read_from_its_start_as_whole() -> None:
    """Protocol 3 blocks (the writer's) are inflated only up to their values; every shape of ids
    and weights reads as unpickling the whole block reads it, protocol 2 blocks too."""
    import pickle
    import struct
    import zlib

    from desktop.store.search import postings

    rng = random.Random(11)
    fast = 0
    for _ in range(3000):
        count = rng.randrange(1, 140)
        ids = tuple(
            rng.choice([rng.randrange(256), rng.randrange(65536), rng.randrange(2**31)]) for _ in range(count)
        )
        weights = rng.choice(
            [None, rng.random() * 40, tuple(rng.choice([1.0, 2.0, rng.random() * 1e6]) for _ in ids)]
        )
        values = tuple(bytes(rng.randrange(256) for _ in range(rng.choice([0, 3, 40, 300]))) for _ in ids)
        for protocol in (2, 3):
            block = pickle.dumps((ids, weights, values), protocol)
            info = type("Info", (), {"length": count, "compression": 3})()
            expected = pickle.loads(block)[:2]
            assert postings._ids_and_weights_of(info, memoryview(zlib.compress(block, 3))) == expected
            assert postings._ids_and_weights(block, count) == expected
            fast += protocol == 3 and postings._protocol3_ids_and_weights(block, count) is not None
    assert fast > 2500  # nearly every protocol 3 block is cut (not those of fewer than 4 postings)
    # a float whose bytes look like the values' start does not fool it
    tricky = struct.unpack("!d", b"tq\x01(C\x05ab")[0]
    block = pickle.dumps(((1, 2, 3, 4), (tricky,) * 4, (b"x",) * 4), 3)
    assert postings._protocol3_ids_and_weights(block, 4) == ((1, 2, 3, 4), (tricky,) * 4)
