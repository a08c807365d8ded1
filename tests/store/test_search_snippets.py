"""Search snippets: the passages a researcher reads in the hit list, with the matched words marked."""

from __future__ import annotations

import pytest

from desktop.store.notebook import Notebook
from desktop.store.search.snippets import BETWEEN, render
from desktop.store.search.snippets import SnippetMaker as _SnippetMaker
from tests.conftest import make_draft

FILLER = " ".join(f"filler{i}" for i in range(80))  # ~600 characters without a match


def _marked(snippet: str) -> list[str]:
    """The words a snippet marks, in order."""
    parts = snippet.split("**")
    return parts[1::2]


def test_snippet_marks_every_form_of_the_word(notebook: Notebook) -> None:
    notebook.add_articles(
        [make_draft("Soldiers were detained. A soldier said the detention was unlawful.", title="Report")]
    )
    [hit] = notebook.search("soldier").hits
    assert _marked(hit.snippet) == ["Soldiers", "soldier"]
    assert "<b>Soldiers</b>" in hit.snippet_html and "**" not in hit.snippet_html


def test_snippet_marks_whole_words_only(notebook: Notebook) -> None:
    notebook.add_articles([make_draft("The toil of oil workers; boiling oil.", title="Oil")])
    [hit] = notebook.search("oil").hits
    assert _marked(hit.snippet) == ["oil", "oil"]  # not the "oil" inside toil or boiling


def test_first_match_is_the_first_marked_word(notebook: Notebook) -> None:
    text = "Toil and trouble. Later the word appears: detained, and again detained."
    notebook.add_articles([make_draft(text, title="T")])
    [hit] = notebook.search("detained").hits
    assert hit.first_match == text.index("detained")
    assert text[hit.first_match :].startswith(_marked(hit.snippet)[0])


def test_distant_matches_give_two_passages_in_text_order(notebook: Notebook) -> None:
    text = f"Shelling began at dawn. {FILLER} Shelling resumed at night. {FILLER} Shelling again."
    notebook.add_articles([make_draft(text, title="T")])
    [hit] = notebook.search("shelling").hits
    passages = hit.snippet.split(BETWEEN.strip())
    assert len(passages) == 2
    assert "dawn" in passages[0] and "night" in passages[1]
    assert len(hit.snippet) < 600  # passages, not the whole text


def test_the_passage_with_more_different_words_wins(notebook: Notebook) -> None:
    text = f"Kabul first. {FILLER} Kabul again. {FILLER} Detained in Kabul overnight. {FILLER} Kabul last."
    notebook.add_articles([make_draft(text, title="T")])
    [hit] = notebook.search("kabul detained").hits
    assert "**Detained** in **Kabul**" in hit.snippet


def test_no_body_match_shows_the_start_of_the_text(notebook: Notebook) -> None:
    notebook.add_articles([make_draft("Nothing about it here. " * 20, title="Floods in Kunar")])
    [hit] = notebook.search("title:kunar").hits
    assert hit.snippet.startswith("Nothing about it here.") and "**" not in hit.snippet
    assert hit.first_match == -1


def test_negated_words_are_not_marked(notebook: Notebook) -> None:
    notebook.add_articles(
        [
            make_draft("Refugees crossed the border at night.", title="A"),
            make_draft("Refugees and soldiers crossed the border.", title="B"),
        ]
    )
    [hit] = notebook.search("refugees NOT soldiers").hits
    assert _marked(hit.snippet) == ["Refugees"]


@pytest.mark.parametrize(
    ("query", "marked"),
    [
        ("deport*", ["deported", "deportation"]),
        ('"former soldiers"', ["former", "soldiers"]),
        ("Badakshan~", ["Badakhshan"]),
    ],
)
def test_prefix_phrase_and_fuzzy_words_are_marked(notebook: Notebook, query: str, marked: list[str]) -> None:
    notebook.add_articles(
        [make_draft("They deported former soldiers to Badakhshan; the deportation was sudden.", title="T")]
    )
    [hit] = notebook.search(query).hits
    assert _marked(hit.snippet) == marked


def test_rtl_snippet_marks_the_word_as_written(notebook: Notebook) -> None:
    text = "طالبان در ولایت بدخشان پانزده سرباز پیشین را بازداشت کردند. خانواده‌ها می‌گویند که آنها شکنجه شدند."
    notebook.add_articles([make_draft(text, title="بازداشت", language="fa", direction="rtl")])
    # typed with Arabic yeh and without the joiner; the text has Persian yeh and a ZWNJ
    [hit] = notebook.search("ميگويند").hits
    assert _marked(hit.snippet) == ["می\u200cگویند"]
    assert hit.first_match == text.index("می\u200cگویند")
    assert "<b>می\u200cگویند</b>" in hit.snippet_html


def test_snippet_html_escapes_the_text(notebook: Notebook) -> None:
    notebook.add_articles([make_draft("Prices <rose> & fell in the market.", title="T")])
    [hit] = notebook.search("market").hits
    assert "&lt;rose&gt; &amp; fell" in hit.snippet_html
    assert "<rose> & fell" in hit.snippet


def test_snippet_maker_passages_stay_on_word_boundaries() -> None:
    import re

    maker = _SnippetMaker(re.compile(r"\w+"), lambda w: w.lower())
    text = "x" * 100 + " alpha beta gamma delta target epsilon zeta " + "y" * 100
    marked = maker.snippet(text, lambda term: term == "target")
    plain, _ = render(marked.text)
    assert plain.startswith("alpha") and plain.endswith("zeta")  # the long words are cut off whole
    assert marked.first_match == text.index("target")


def test_words_found_from_the_query_terms_are_those_each_word_gives() -> None:
    """A search's MatchedWords marks the same words whether it finds them from the query's
    terms or decides each word, over many texts and while the word cache fills and empties."""
    import random
    import re

    from desktop.store.search.snippets import MatchedWords

    rng = random.Random(4)
    vocabulary = ["Market", "markets", "marketing", "Shares", "share", "the", "fell", "Rose", "rose"]
    vocabulary += [f"w{i}" for i in range(300)]
    maker = _SnippetMaker(re.compile(r"\w+"), lambda w: None if w == "the" else w.lower().rstrip("s"))
    maker.CACHE_WORDS = 120
    wanted = {"market", "share", "rose", "w7"}
    by_terms = MatchedWords(maker, wanted.__contains__, exact=wanted)
    by_words = MatchedWords(maker, wanted.__contains__)
    for _ in range(200):
        words = set(rng.sample(vocabulary, rng.randint(1, 80)))
        expected = {w for w in words if w != "the" and w.lower().rstrip("s") in wanted}
        assert by_terms.among(words) == by_words.among(words) == expected
        text = " ".join(words)
        assert maker.snippet(text, by_terms) == maker.snippet(text, by_words)


def test_a_words_snippet_term_is_the_analyzers() -> None:
    """Snippets look a word's term up without the analyzer's tokens: the same term, or None where
    the analyzer gives no single term (stop words), for English, accented and Arabic-script words."""
    from desktop.store.search.analysis import TOKEN_PATTERN
    from desktop.store.search.schema import build_schema
    from desktop.store.search.searcher import word_search_term

    analyzer = build_schema()["body"].analyzer
    text = (
        "The Former soldiers WERE detained in Kabul; relatives said THE men were taken at night. "
        "Café naïve Ångström résumé İstanbul straße ÉCOLE co-operation 2004 3rd x1 _under_ "
        "In Badakhshan, two officers were executed after surrendering their weapons to the elders. "
        "میگویند می\u200cگویند كتاب کتاب يك یک ۱۳۹۹ ١٢ مدرسة طالبان د افغانستان ـــ "
        "running runs ran easily fairly generously a an and of to is it"
    )
    words = TOKEN_PATTERN.findall(text)
    assert len(words) > 60
    for word in words:
        terms = [t.text for t in analyzer(word)]
        assert word_search_term(word) == (terms[0] if len(terms) == 1 else None), word
