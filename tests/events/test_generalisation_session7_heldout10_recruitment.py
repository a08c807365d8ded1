"""Recruitment of heldout-10's classes (issue 14, session 7), in wordings written for these tests (none
taken from an answer key's articles): young men demanded of village elders ("ordered to send twelve young
men to a training camp", «از بزرگان … خواسته‌اند که پانزده جوان را برای پیوستن به صفوف‌شان معرفی کنند»)
are recruited, with their count; the demand is no appeal."""

from __future__ import annotations

import pytest

from tests.events.suggesting import facts, suggest


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "In April 2026 the elders of two villages in Chora, Uruzgan were told to send twelve young men "
            "(12) to a training camp run by the Taliban.",
            "en",
            ("recruitment", "AF-URU", 12, "exact"),
        ),
        (
            "On 3 May the elders of Qaisar in Faryab were told to provide ten young men for the Taliban.",
            "en",
            ("recruitment", "AF-FYB", 10, "exact"),
        ),
        (
            "طالبان اوایل ماه جاری از بزرگان قریه‌ها در ولسوالی حضرت سلطان سمنگان خواسته‌اند که پانزده جوان را "
            "برای پیوستن به صفوف‌شان معرفی کنند.",
            "fa",
            ("recruitment", "AF-SAM", 15, "exact"),
        ),
        (
            "روز دوشنبه طالبان از ریش‌سفیدان دو قریه در ولسوالی چوره ارزگان خواستند ده جوان را برای پیوستن "
            "به صف جنگجویانشان بفرستند.",
            "fa",
            ("recruitment", "AF-URU", 10, "exact"),
        ),
    ],
)
def test_young_men_demanded_of_elders_are_recruited(
    text: str, language: str, expected: tuple[object, ...]
) -> None:
    assert facts(suggest(text, language)) == {expected}
