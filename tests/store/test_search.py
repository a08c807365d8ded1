"""The query language and the analysis a researcher relies on to find passages again."""

from __future__ import annotations

import pytest

from desktop.store.notebook import Notebook
from desktop.store.search import QuerySyntaxError
from desktop.store.search.analysis import normalise_arabic
from tests.conftest import make_draft

ARTICLES = [
    make_draft(
        "The Taliban detained fifteen former soldiers in Badakhshan province last week. "
        "Relatives say they were tortured in custody.",
        title="Former soldiers detained in Badakhshan",
        author=[{"family": "Rahimi", "given": "Sima"}],
        **{"container-title": "Hasht-e Subh", "issued": {"date-parts": [[2024, 3, 5]]}},
    ),
    make_draft(
        "Iranian police deported hundreds of Afghan migrants through the Islam Qala crossing. "
        "Several former soldiers among them were handed to the Taliban.",
        title="Deportations at Islam Qala",
        **{"container-title": "Amu TV", "issued": {"date-parts": [[2023, 11, 20]]}},
    ),
    make_draft(
        "طالبان در ولایت بدخشان پانزده سرباز پیشین را بازداشت کردند. خانواده‌ها می‌گویند که آنها شکنجه شدند.",
        title="بازداشت سربازان پیشین در بدخشان",
        language="fa",
        direction="rtl",
        **{"issued": {"date-parts": [[2024, 7, 1]]}},
    ),
]


@pytest.fixture
def nb(notebook: Notebook) -> Notebook:
    stored = notebook.add_articles(ARTICLES)
    notebook.ids = [a.id for a in stored]  # type: ignore[attr-defined]
    return notebook


def titles(nb: Notebook, query: str) -> set[str]:
    result = nb.search(query)
    return set(nb.titles([h.id for h in result.hits]).values())


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("detain", {"Former soldiers detained in Badakhshan"}),
        ("soldier", {"Former soldiers detained in Badakhshan", "Deportations at Islam Qala"}),
        ('"former soldiers"', {"Former soldiers detained in Badakhshan", "Deportations at Islam Qala"}),
        ('"taliban soldiers"~4', {"Former soldiers detained in Badakhshan"}),
        ("soldiers AND NOT deported", {"Former soldiers detained in Badakhshan"}),
        ("tortured OR deported", {"Former soldiers detained in Badakhshan", "Deportations at Islam Qala"}),
        ("deport*", {"Deportations at Islam Qala"}),
        ("Badakshan~", {"Former soldiers detained in Badakhshan"}),
        ("title:islam", {"Deportations at Islam Qala"}),
        ("author:rahimi", {"Former soldiers detained in Badakhshan"}),
        ('outlet:"amu tv"', {"Deportations at Islam Qala"}),
        ("date:2023", {"Deportations at Islam Qala"}),
        ("date:[2024-01 TO 2024-06] soldiers", {"Former soldiers detained in Badakhshan"}),
        ("date:[2024-06 TO 2024-12]", {"بازداشت سربازان پیشین در بدخشان"}),  # months, not the year
    ],
)
def test_query_language(nb: Notebook, query: str, expected: set[str]) -> None:
    assert titles(nb, query) == expected


def test_arabic_yeh_and_kaf_do_not_matter(nb: Notebook) -> None:
    # typed with Arabic yeh (ي) and without ZWNJ: finds Persian yeh (ی) with ZWNJ
    assert titles(nb, "ميگويند") == {"بازداشت سربازان پیشین در بدخشان"}
    assert titles(nb, "خانوادهها") == {"بازداشت سربازان پیشین در بدخشان"}


def test_normalise_arabic_forms() -> None:
    assert normalise_arabic("می\u200cگویند") == normalise_arabic("ميگويند")
    assert normalise_arabic("كتاب") == normalise_arabic("کتاب")
    assert normalise_arabic("بـــازداشت") == "بازداشت"  # tatweel
    assert normalise_arabic("۱۵") == "15"


def test_snippet_highlights_the_match(nb: Notebook) -> None:
    [hit] = nb.search("tortured").hits
    assert "**tortured**" in hit.snippet
    assert "<b>tortured</b>" in hit.snippet_html
    text = nb.article(hit.id).text
    assert text[hit.first_match :].startswith("tortured")


def test_title_is_boosted(notebook: Notebook) -> None:
    notebook.add_articles(
        [
            make_draft("A long report that mentions Kunar once among other words.", title="Other"),
            make_draft("Nothing else here.", title="Kunar floods"),
        ]
    )
    hits = notebook.search("kunar").hits
    assert notebook.titles([hits[0].id])[hits[0].id] == "Kunar floods"


def test_did_you_mean(nb: Notebook) -> None:
    result = nb.search("detaned")
    assert result.total == 0
    assert result.suggestion == "detained"


@pytest.mark.parametrize("query", ['date:[nonsense TO "', '"unclosed', "((", "title:", "*", "~", "AND"])
def test_odd_queries_never_crash(nb: Notebook, query: str) -> None:
    """Odd input gives results or a QuerySyntaxError with a message, never another exception."""
    try:
        result = nb.search(query)
    except QuerySyntaxError as exc:
        assert query in str(exc)
    else:
        assert result.total >= 0 and result.query == query


def test_total_counts_every_match_beyond_the_limit(notebook: Notebook) -> None:
    # several batches (index segments) and scores that differ, as in a real notebook
    for batch in range(4):
        notebook.add_articles(
            [
                make_draft(f"Report {batch}-{i}: a checkpoint." + " filler words" * i, title=f"R{batch}-{i}")
                for i in range(60)
            ]
            + [make_draft(f"Other {batch}-{i}: nothing relevant.", title=f"O{batch}-{i}") for i in range(20)]
        )
    result = notebook.search("checkpoint", limit=5)
    assert len(result.hits) == 5
    assert result.total == 240


@pytest.fixture
def segmented(notebook: Notebook) -> Notebook:
    """A notebook indexed in several batches (index segments), with scores that differ."""
    for batch in range(3):
        notebook.add_articles(
            [
                make_draft(
                    f"Market report {batch}-{i}." + " market" * (i % 4) + (" shares fell" if i % 3 else "")
                    + (" telecoms and telekom" if i % 5 == 0 else "") + " filler words" * (i % 7),
                    title=f"Market {batch}-{i}" if i % 6 == 0 else f"Report {batch}-{i}",
                    issued={"date-parts": [[2003 + i % 3, 1 + i % 12, 1 + i % 28]]},
                )
                for i in range(40)
            ]
        )  # fmt: skip
    return notebook


@pytest.mark.parametrize(
    "query",
    [
        "market",
        "market NOT shares",
        "market OR telecoms",
        "telecom~",
        '"market report"',
        "mark*",
        "title:market",
    ],
)
def test_hits_and_total_are_those_of_scoring_every_match(segmented: Notebook, query: str) -> None:
    """The top hits and the total are exactly whoosh's when it scores every match (no shortcuts)."""
    index = segmented.index
    everything = index.searcher().search(index.parse(query), limit=None)
    result = segmented.search(query, limit=5)
    assert result.total == len(everything) > 5
    assert [round(h.score, 6) for h in result.hits] == [round(s, 6) for s, _ in everything.top_n[:5]]


def test_fuzzy_terms_are_whooshs_own(segmented: Notebook) -> None:
    """Fuzzy variants found once over the whole index are those whoosh finds segment by segment."""
    from desktop.store.search.query import Lexicon, expand_fuzzy

    index = segmented.index
    reader = index.searcher().reader()
    query = index.parse("telecom~2 OR shars~")
    expanded = expand_fuzzy(query, Lexicon(reader))
    for original, ours in zip(query.leaves(), expanded.leaves(), strict=True):
        for segment, _ in reader.leaf_readers():
            assert sorted(ours._btexts(segment)) == sorted(original._btexts(segment))
    assert any(ours.words for ours in expanded.leaves())
