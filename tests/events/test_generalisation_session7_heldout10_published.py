"""Publication dates of heldout-10's classes (issue 14, session 7), in wordings written for these tests (none
taken from an answer key's articles): a dateline naming two cities with a slash, a "Published …" clause
closing a bracketed translator's note, and a title ending in the month a table covers (no dateline: the
"Prepared by …, day" line dates it)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.events.dates.published import published_date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("KABUL/ISLAMABAD, 3 June 2024 (Frontier Wire) — Police detained two men.", date(2024, 6, 3)),
        ("HERAT / MASHHAD, 12 May 2025 — Iran deported 300 people.", date(2025, 5, 12)),
        ("کابل/پشاور، ۱۲ سرطان ۱۴۰۳ – طالبان دو مرد را بازداشت کردند.", date(2024, 7, 2)),
        (
            "(Translated from Pashto by a relative. Original post. Published 2 May 2025)\n\n"
            "Salam to everyone, I write about my cousin who was arrested in Khost.",
            date(2025, 5, 2),
        ),
        (
            "[Shared by a reader. Posted 9 January 2026]\n\nMy brother was detained in Herat last week.",
            date(2026, 1, 9),
        ),
        (
            "QUARTERLY DETENTION LOG — MARCH 2025\nCompiled by a rights group, 4 April 2025\n\n"
            "| 1 | 2 March | Kunduz | Two men detained | 2 |",
            date(2025, 4, 4),
        ),
    ],
)
def test_publication_dates_of_headers(text: str, day: date) -> None:
    assert published_date(text) == day
