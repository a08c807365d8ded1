"""Passages quoted from unannotated articles: the sentences a search matched, or the lead."""

from __future__ import annotations

import re

from desktop.export.excerpts import lead_passage, matched_passages

TITLE = "Detentions reported in Takhar"


def spans(text: str, word: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(word, text)]


def quoted(text: str, found: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in found]


def test_each_match_gives_its_sentence_and_the_headline_is_not_quoted() -> None:
    text = (
        f"{TITLE}\n\nThe Taliban detained twelve former soldiers in Takhar province on Monday night. "
        "Their families were not told where the men were taken by the local intelligence officers. "
        "Elders in Taloqan said Takhar has seen such arrests every month since the spring."
    )
    found = quoted(text, matched_passages(text, spans(text, "Takhar"), title=TITLE))
    assert found == [
        "The Taliban detained twelve former soldiers in Takhar province on Monday night.",
        "Elders in Taloqan said Takhar has seen such arrests every month since the spring.",
    ]


def test_a_short_sentence_takes_the_next_one_of_its_paragraph_but_not_across_paragraphs() -> None:
    text = (
        "Takhar again.\n\nA different paragraph follows here. Takhar, briefly. And one more sentence of it."
    )
    found = quoted(text, matched_passages(text, spans(text, "Takhar")))
    assert found == ["Takhar again.", "Takhar, briefly. And one more sentence of it."]


def test_at_most_five_passages_those_with_most_matches_in_text_order() -> None:
    sentences = [
        f"Sentence {n} has nothing much to say about anything at all today, really not." for n in range(12)
    ]
    sentences[3] = "Kunduz and Kunduz again and once more Kunduz in one long sentence, told at length here."
    sentences[9] = "Kunduz twice in this one: Kunduz, a place of some size in the north of the country."
    for n in (0, 5, 7, 11):
        sentences[n] = f"Sentence {n} names Kunduz once and then goes on about other things for a while."
    text = " ".join(sentences)
    found = quoted(text, matched_passages(text, spans(text, "Kunduz"), limit=5))
    assert len(found) == 5
    assert found[1] == sentences[3] and found[4] == sentences[9]  # the most matches kept
    assert sentences[11] not in found  # of the single matches, the latest is left out
    assert [s for s in sentences if s in found] == found  # in text order


def test_the_lead_is_the_first_sentences_after_the_headline() -> None:
    text = f"{TITLE}\n\nFirst sentence of the story. Second one. Third one.\n\nNext paragraph."
    assert quoted(text, lead_passage(text, title=TITLE)) == ["First sentence of the story. Second one."]
    assert lead_passage("", title=TITLE) == []
