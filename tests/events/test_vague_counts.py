"""A count given only in words ("dozens", «ده‌ها», «لسګونه»): the source's words, and how a count reads."""

from __future__ import annotations

import pytest

from desktop.events.vague_counts import count_phrase, count_words, uncounted, vague_words
from tests.events.suggesting import suggest


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Dozens of families were detained in Herat city on 4 May.", ["Dozens"]),
        ("At least dozens of protesters were held.", ["At least dozens"]),
        ("Hundreds of thousands of Afghans were deported from Iran.", ["Hundreds of thousands"]),
        ("روز شنبه ده‌ها معترض در شهر هرات بازداشت شدند.", ["ده‌ها"]),
        ("په لسګونو کسان په هرات کې ونیول شول.", ["لسګونو"]),
        ("Police detained 15 men in Herat.", []),  # a number, not words
    ],
)
def test_the_words_of_a_vague_count_are_kept_as_written(text: str, words: list[str]) -> None:
    assert vague_words(text) == words


def test_one_passage_naming_two_vague_numbers_gives_no_words() -> None:
    # which of them counts the event is not known
    assert count_words(["Hundreds gathered in the square; dozens were detained."]) == ""


def test_corroborating_passages_give_each_of_their_words_once() -> None:
    passages = ["Dozens were detained.", "dozens of men were held", "Scores were detained, a witness said."]
    assert count_words(passages) == "Dozens / Scores"
    assert count_words(["Police detained 15 men."]) == ""


@pytest.mark.parametrize(
    ("count", "qualifier", "words", "shown"),
    [
        (15, "exact", "", "15"),
        (15, "at least", "", "at least 15"),
        (200, "about", "Dozens", "about 200"),  # a number typed wins over the words
        (None, "at least", "Dozens", "“Dozens” (not counted)"),
        (None, "about", "Dozens", "about “Dozens” (not counted)"),
        (None, "at least", "", "not counted (at least)"),
        (None, "exact", "Dozens", ""),  # no qualifier: simply unknown
        (None, "", "", ""),
    ],
)
def test_count_phrase(count: int | None, qualifier: str, words: str, shown: str) -> None:
    assert count_phrase(count, qualifier, words) == shown
    assert uncounted(count, qualifier) == shown.endswith(("(not counted)", "(at least)"))


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("Dozens of protesters were detained in Herat city on 4 May.", "en", "Dozens"),
        ("روز شنبه ده‌ها معترض در شهر هرات بازداشت شدند.", "fa", "ده‌ها"),
    ],
)
def test_a_suggestion_with_a_vague_count_carries_its_words(text: str, language: str, words: str) -> None:
    (event,) = suggest(text, language)
    d = event.to_dict()
    assert (d["count"], d["count_qualifier"], d["count_words"]) == (None, "at least", words)
    assert "count_words" not in event.event_fields()  # the store has no column for them


def test_a_counted_suggestion_has_no_words() -> None:
    (event,) = suggest("Police detained 15 protesters in Herat city on 4 May.")
    assert event.to_dict()["count_words"] is None
