"""One more person of an incident told before, and topics (issue 14, session 7): "A fifth woman … was arrested
at her home the next day" opening a paragraph happened where the four were detained; "a reporter who had
written about killings" names a topic, not a killing. Every case is written for these tests; none is taken
from an answer key's articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.suggesting import facts, suggest

PUBLISHED = date(2026, 2, 20)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Taliban intelligence detained four women at a protest in Mazar-i-Sharif on Tuesday.\n\n"
            "A spokesman in Kabul declined to comment.\n\n"
            "A fifth woman, a teacher who had helped organise the protest, was arrested at her home the next "
            "day, her husband said.",
            "en",
            {("detention", "AF-BAL", 4, "exact"), ("detention", "AF-BAL", 1, "exact")},
        ),
        (
            "طالبان روز سه‌شنبه چهار زن معترض را در شهر مزار شریف بازداشت کردند.\n\nسخنگوی طالبان در کابل "
            "به پرسش‌ها پاسخ نداد.\n\nزن پنجمی که معلم است، روز بعد در خانه‌اش بازداشت شد.",
            "fa",
            {("detention", "AF-BAL", 4, "exact"), ("detention", "AF-BAL", 1, "exact")},
        ),
        (
            "A reporter who had written about killings of former soldiers was detained in Kabul on Monday.",
            "en",
            {("detention", "AF-KAB", 1, "exact")},
        ),
    ],
)
def test_one_more_person_and_topics(text: str, language: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, language, PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "language", "days"),
    [
        (
            "# Notes\n\n| Date | Place | What happened |\n|---|---|---|\n"
            "| 2025-03-02 | Maimana | Two teachers detained by GDI |\n"
            "| 2025-03-05 | Andkhoy | Body of a shopkeeper found beside the road |\n",
            "en",
            [date(2025, 3, 2), date(2025, 3, 5)],
        ),
    ],
)
def test_a_table_rows_date_dates_its_incident_without_a_publication_date(
    text: str, language: str, days: list[date]
) -> None:
    found = suggest(text, language, None)
    assert sorted(e.date_start for e in found if e.date_start) == days
    assert all(e.date_precision == "day" for e in found)
