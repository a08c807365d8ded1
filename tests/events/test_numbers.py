"""Counts in digits and words, English and Dari, with qualifiers."""

import pytest

from desktop.events.numbers import Count, find_counts, parse_count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15", Count(15)),
        ("fifteen", Count(15)),
        ("six", Count(6)),
        ("twenty-five", Count(25)),
        ("two hundred and five", Count(205)),
        ("1,600", Count(1600)),
        ("1.7 million", Count(1_700_000)),
        ("dozens", Count(24, "at least")),
        ("at least 20", Count(20, "at least")),
        ("more than 100", Count(100, "at least")),
        ("about 300", Count(300, "about")),
        ("some 30,000", Count(30_000, "about")),
        ("۱۵", Count(15)),
        ("١٥", Count(15)),
        ("۱٬۰۰۰", Count(1000)),
        ("بیست و پنج", Count(25)),
        ("پانزده", Count(15)),
        ("دست\u200cکم ۲۰", Count(20, "at least")),
        ("حدود ۳۰۰", Count(300, "about")),
        ("صدها", Count(200, "at least")),
    ],
)
def test_counts_are_read(text: str, expected: Count) -> None:
    assert parse_count(text) == expected


@pytest.mark.parametrize(
    "text", ["in 2024", "a 25-year-old", "one hundred percent", "$10", "three days", "نه"]
)
def test_years_ages_percentages_money_and_durations_are_not_counts(text: str) -> None:
    assert find_counts(text) == []


def test_count_span_includes_the_qualifier() -> None:
    text = "police held over 144 people"
    (found,) = find_counts(text)
    assert text[found.start : found.end] == "over 144"
