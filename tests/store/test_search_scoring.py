"""Ranking a posting list at a time gives whoosh's own hits, scores, order and totals."""

from __future__ import annotations

import pickle
import random
from typing import Any

import pytest

from desktop.store.notebook import Notebook
from desktop.store.search import positions as search_positions
from desktop.store.search import scoring as search_scoring
from desktop.store.search.query import Lexicon, expand_fuzzy, fast_ranges
from tests.conftest import make_draft

WORDS = [
    "market",
    "shares",
    "fell",
    "prime",
    "minister",
    "said",
    "interest",
    "rates",
    "rose",
    "chief",
    "executive",
    "profits",
    "world",
    "cup",
    "six",
    "nations",
    "film",
    "music",
    "election",
    "labour",
    "tory",
    "budget",
    "chancellor",
    "gordon",
    "brown",
    "mobile",
    "phone",
    "technology",
    "computer",
    "computing",
    "champion",
    "people",
    "economy",
    "oil",
    "telecom",
    "telecoms",
]

QUERIES = [
    "market",
    "people",
    "title:market",
    "author:rahimi market",
    "outlet:bbc market",
    "market NOT shares",
    "market AND NOT shares",
    "election AND labour NOT tory",
    "market OR telecoms",
    "film OR music OR oil",
    "chancellor gordon brown budget",
    "(market OR shares) AND NOT (fell OR rose)",
    "NOT market",
    "market^2.5 shares",
    '"prime minister"',
    '"prime minister said"',
    '"interest rates"~5',
    '"chief executive"~3 profit*',
    '"world cup" OR "six nations"',
    '"mobile phone" AND technology',
    'title:"market report"',
    "comput*",
    "champion*",
    "telecom~",
    "m?rket",
    "shars~ OR telecom~2",
    "market date:2004",
    "oil date:[2004-03 TO 2004-09]",
    "date:2003",
    "date:>2004-06 market",
    "date:[2003-05 TO 2005-02] OR oil",
    "date:{2003-05 TO 2004-01-01}",
    "date:<2003-07",
    "zzzunknown",
    "market OR zzzunknown",
]


def article(rng: random.Random, batch: int, i: int) -> Any:
    words = [rng.choice(WORDS) for _ in range(rng.randint(3, 60))]
    if i % 4 == 0:
        words[rng.randrange(len(words)) :] = ["prime", "minister", "said"]
    title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 5)))
    return make_draft(
        f"Report {batch}-{i}. " + " ".join(words),
        title=title if i % 7 else "market report",
        author=[{"literal": rng.choice(["Sima Rahimi", "Ann Market", "Bo Lee"])}],
        **{
            "container-title": rng.choice(["BBC", "Amu TV", "Market Watch"]),
            "issued": {"date-parts": [[2003 + i % 3, 1 + i % 12, 1 + i % 28]]},
        },
    )


@pytest.fixture(scope="module")
def segmented(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A notebook indexed in several batches, with deleted and re-indexed (updated) articles."""
    notebook = Notebook.create(tmp_path_factory.mktemp("scoring") / "nb.fieldnotes", "pass")
    rng = random.Random(7)
    for batch in range(6):
        stored = notebook.add_articles([article(rng, batch, i) for i in range(30 + 7 * batch)])
        deleted = stored[:: 9 - batch]
        for a in deleted:
            notebook.delete_article(a.id)
        for a in stored[1::11]:
            if a not in deleted:
                notebook.update_metadata(a.id, {"title": "market report " + a.title})
    yield notebook
    notebook.close()


def parsed(notebook: Notebook, query: str) -> Any:
    index = notebook.index
    return fast_ranges(expand_fuzzy(index.parse(query), Lexicon(index.searcher().reader())))


def whoosh_ranking(searcher: Any, q: Any, context: Any = None) -> list[tuple[int, float]]:
    """Every match scored by whoosh itself, best first (ties: lower document number first).

    Less deleted documents: whoosh's NOT (InverseMatcher) lets through a deleted document that
    directly follows the last document it excludes; the block scorer never returns one.
    """
    results = searcher.search(q, limit=None) if context is None else _collected(searcher, q, context)
    reader = searcher.reader()
    return [(r.docnum, r.score) for r in results if not reader.is_deleted(r.docnum)]


def _collected(searcher: Any, q: Any, context: Any) -> Any:
    from whoosh.collectors import TopCollector

    collector = TopCollector(limit=10**9, usequality=False, replace=0)
    searcher.search_with_collector(q, collector, context)
    return collector.results()


def assert_same(ours: list[Any], theirs: list[tuple[int, float]]) -> None:
    assert [r.docnum for r in ours] == [d for d, _ in theirs]
    for r, (_, score) in zip(ours, theirs, strict=True):
        assert r.score == pytest.approx(score, rel=1e-9, abs=0)


def test_the_notebook_has_several_segments_and_deletions(segmented: Notebook) -> None:
    reader = segmented.index.searcher().reader()
    segments = [segment for segment, _ in reader.leaf_readers()]
    assert len(segments) >= 3
    assert any(segment.has_deletions() for segment in segments)


@pytest.mark.parametrize("query", QUERIES)
def test_every_match_is_scored_and_ordered_as_whoosh_does(segmented: Notebook, query: str) -> None:
    index = segmented.index
    searcher = index.searcher()
    q = parsed(segmented, query)
    expected = whoosh_ranking(searcher, q)
    found = index._scorer.top(q, None)
    assert found is not None
    ranked, total = found
    assert total == len(expected)
    assert_same(ranked, expected)
    top, total20 = index._scorer.top(q, 20) or ([], -1)
    assert total20 == len(expected)
    assert_same(top, expected[:20])


@pytest.mark.parametrize("query", QUERIES)
def test_the_large_segment_shape_too(segmented: Notebook, query: str) -> None:
    """whoosh builds OR as a tree of unions (not a running sum) in segments of over 5,000
    documents or when the caller needs the current match; scores follow that shape."""
    index = segmented.index
    searcher = index.searcher()
    q = parsed(segmented, query)
    context = searcher.context(needs_current=True)
    expected = whoosh_ranking(searcher, q, context)
    ranked, total = index._scorer.top(q, None, context=context) or ([], -1)
    assert total == len(expected)
    assert_same(ranked, expected)


@pytest.mark.parametrize("query", QUERIES)
def test_common_shapes_do_not_fall_back_to_whoosh(
    segmented: Notebook, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every shape above is computed by the block scorer itself, none by whoosh's matchers."""

    def refuse(self: Any, q: Any, context: Any) -> Any:
        raise AssertionError(f"fell back to whoosh for {q!r}")

    monkeypatch.setattr(search_scoring._SegmentScorer, "_whoosh", refuse)
    result = segmented.search(query)
    assert result.total >= 0


def test_search_reports_whooshs_hits_in_order(segmented: Notebook) -> None:
    index = segmented.index
    searcher = index.searcher()
    expected = whoosh_ranking(searcher, parsed(segmented, "market OR telecoms"))
    result = segmented.search("market OR telecoms", limit=5)
    assert result.total == len(expected)
    assert [h.id for h in result.hits] == [searcher.stored_fields(d)["id"] for d, _ in expected[:5]]
    assert all(h.snippet for h in result.hits)


def test_a_deleted_article_is_never_found(segmented: Notebook) -> None:
    [hit] = segmented.search('"market report"', limit=1).hits
    segmented.delete_article(hit.id)
    assert hit.id not in {h.id for h in segmented.search('"market report"', limit=1000).hits}
    assert hit.id not in {h.id for h in segmented.search("NOT zzzunknown", limit=1000).hits}
    segmented.restore_article(hit.id)


def test_positions_are_read_as_whoosh_decodes_them() -> None:
    from whoosh.formats import Positions

    from desktop.store.search.schema import encode_positions

    fmt = Positions()
    rng = random.Random(3)
    many = [sorted(rng.sample(range(n * 300), n)) for n in range(2, 40) for _ in range(50)]
    for positions in [[p] for p in range(70_000)] + many + [[0, 3], [5, 6, 300, 70_000], [2**31, 2**31 + 1]]:
        for value in (encode_positions(positions), fmt.encode(positions)):
            assert search_positions.decode_positions(value) == fmt.decode_positions(value) == positions


def test_postings_are_read_as_whooshs_matchers_read_them(segmented: Notebook) -> None:
    """Every term of every segment: ids and weights (read with and without positions) and
    positions are those whoosh's own posting matcher reports."""
    from desktop.store.search.postings import SegmentData

    reader = segmented.index.searcher().reader()
    checked = 0
    for segment, _ in reader.leaf_readers():
        data = SegmentData.of(segment)
        assert data is not None
        for (fieldname, btext), terminfo in segment._terms.items():
            m = segment.postings(fieldname, btext)
            expected = []
            while m.is_active():
                expected.append((m.id(), m.weight(), m.value() if m.supports("positions") else None))
                m.next()
            plain = data.postings(terminfo)
            assert list(zip(plain.ids, plain.weights, strict=True)) == [(d, w) for d, w, _ in expected]
            if segment.schema[fieldname].format.supports("positions"):
                full = data.postings(terminfo, values=True)
                assert full.ids == plain.ids and full.weights == plain.weights
                assert full.values == [v for _, _, v in expected]
            checked += 1
    assert checked > 500


def test_a_fields_term_table_walks_ranges_as_whoosh_does(segmented: Notebook) -> None:
    """Each segment's table of a field's terms holds whoosh's terms and infos, and a range over
    it gives the terms TermRange._btexts walks, with either end excluded or open."""
    from whoosh.query import TermRange

    from desktop.store.search.postings import SegmentData

    reader = segmented.index.searcher().reader()
    rng = random.Random(5)
    for segment, _ in reader.leaf_readers():
        data = SegmentData.of(segment)
        assert data is not None
        for fieldname in ("date", "title", "author"):
            table = data.field_terms(fieldname)
            items = [(t, info) for (name, t), info in segment._terms.items() if name == fieldname]
            assert table.terms == [t for t, _ in items] and table.terms
            for position, (_, info) in enumerate(items):
                assert data.postings(table.terminfo(position)) == data.postings(info)
            bounds = [
                None,
                b"",
                b"\xff" * 9,
                *rng.sample(table.terms, min(6, len(table.terms))),
                *(t + b"\x00" for t in table.terms[:2]),
            ]
            for start in bounds:
                for end in bounds:
                    for startexcl, endexcl in [(False, False), (True, False), (False, True), (True, True)]:
                        q = TermRange(fieldname, start, end, startexcl, endexcl)
                        walked = list(q._btexts(segment))
                        low = b"" if start is None else start
                        high = b"\xff\xff\xff\xff" if end is None else end
                        found = table.between(low, high, startexcl=startexcl, endexcl=endexcl)
                        assert [table.terms[i] for i in found] == walked
    assert data.field_terms("no such field").terms == []


def test_two_words_are_found_adjacent_where_whooshs_spans_find_them() -> None:
    """`adjacent` (values unpickled in one call) agrees with `near` on decoded positions, for
    values written by the index and by whoosh, and for values in other shapes (no pickle STOP,
    a newer pickle protocol)."""
    from whoosh.formats import Positions

    from desktop.store.search.schema import encode_positions

    rng = random.Random(11)
    rows = []
    for _ in range(3000):
        first, second = (
            sorted(rng.sample(range(rng.choice([8, 60, 5000])), rng.randint(1, 6))) for _ in "ab"
        )
        rows.append((first, second))
    rows += [([p], [p + 1]) for p in range(0, 5000, 7)] + [([2**31], [2**31 + 1])]

    def newer_pickle(positions: list[int]) -> bytes:
        gaps = [b - a for a, b in zip([0, *positions], positions, strict=False)]
        return len(gaps).to_bytes(4, "big") + pickle.dumps(gaps, 5)

    encoders = [encode_positions, Positions().encode, lambda ps: Positions().encode(ps)[:-1], newer_pickle]
    for slop in (1, 3, 5):
        expected = [i for i, (a, b) in enumerate(rows) if search_positions.near([a, b], slop)]
        assert expected
        for encode_first in encoders:
            for encode_second in encoders[:2]:
                first = [encode_first(a) for a, _ in rows]
                second = [encode_second(b) for _, b in rows]
                assert search_positions.adjacent(first, second, slop) == expected


@pytest.mark.parametrize("query", QUERIES)
def test_sizes_that_order_an_and_are_whooshs(segmented: Notebook, query: str) -> None:
    """The estimated sizes that shape AND's tree, taken from the looked-up terms, are whoosh's."""
    index = segmented.index
    scorer = index._scorer
    q = parsed(segmented, query)
    nodes = [q, *q.children(), *(c for child in q.children() for c in child.children())]
    for i, (sub, _, seg) in enumerate(scorer._segments):
        segment = search_scoring._SegmentScorer(scorer, i, sub, seg)
        segment.run(q, sub.context())
        for node in nodes:
            assert segment._estimate(node) == node.estimate_size(sub.reader())


def test_terms_are_looked_up_as_whooshs_hash_reader_finds_them(segmented: Notebook) -> None:
    """Every term of every segment is found with whoosh's own info; absent ones are not."""
    from desktop.store.search.postings import SegmentData

    reader = segmented.index.searcher().reader()
    for segment, _ in reader.leaf_readers():
        data = SegmentData.of(segment)
        assert data is not None
        items = list(segment._terms.items())
        for (fieldname, btext), terminfo in items:
            assert vars(data.terminfo(fieldname, btext)) == vars(terminfo)
            assert data.terminfo(fieldname, btext + b"\0") is None
        assert data.terminfo("no such field", items[0][0][1]) is None
        assert data.terminfo("body", b"zzzunknown") is None
