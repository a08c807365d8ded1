"""Dates in shapes the dev-3 articles showed, in wordings of our own (bench/evidence/README.md, rules 7
and 8): publication lines with the publisher after the date, Markdown marks around a label, a bold
label followed by a "·" byline, in English, Dari and Pashto."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.events.dates.published import published_date
from tests.events.suggesting import suggest


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published on the 4th of March 2025 by a legal aid network in the west", date(2025, 3, 4)),
        ("_Published 2 October 2025 by the protection cluster (Kabul, Herat offices)_", date(2025, 10, 2)),
        ("*Posted 7 May 2025 by the monitoring desk of a women's group in Balkh*", date(2025, 5, 7)),
        ("**تاریخ نشر: ۵ ثور ۱۴۰۴** · دفتر نظارت حقوق بشر، ولایت بلخ و سمنگان و جوزجان", date(2025, 4, 25)),
        ("**خپور شوی: د ۱۴۰۴ کال د غویي ۵مه** · د ختیځ زون د بشري حقونو د څارونکو ډله", date(2025, 4, 25)),
    ],
)
def test_publication_line_with_publisher_after_the_date(line: str, day: date) -> None:
    assert published_date(f"A report on the month\n\n{line}\n\nThe body of the report follows.") == day


@pytest.mark.parametrize(
    "line",
    [
        # a sentence about another report, not the article's own date line
        "The report published on 3 June 2024 by UNAMA found that 40 people were detained in Herat.",
        "Officials said the men were released on 3 June 2024 by the court after paying bail in the city.",
    ],
)
def test_a_sentence_with_a_date_and_by_is_not_a_publication_line(line: str) -> None:
    assert published_date(f"A report on the month\n\n{line}\n\nThe body of the report follows.") is None


@pytest.mark.parametrize(
    ("text", "kind", "start", "precision"),
    [
        (
            "In early April a 16-year-old boy was taken from his school by armed men and forcibly recruited "
            "in Alingar, Laghman.",
            "recruitment",
            date(2025, 4, 1),
            "approximate",
        ),
        (
            "On 3 May two girls were taken from their home in Khost and abducted by gunmen.",
            "disappearance",
            date(2025, 5, 3),
            "day",
        ),
        (
            "Intelligence officers raided a house in Kunduz city on Friday and detained three brothers.",
            "detention",
            date(2025, 6, 6),
            "day",
        ),
    ],
)
def test_a_date_in_a_part_of_the_event_dates_it(text: str, kind: str, start: date, precision: str) -> None:
    found = [e for e in suggest(text, published=date(2025, 6, 9)) if e.type == kind]
    assert [(e.date_start, e.date_precision) for e in found] == [(start, precision)]
