"""Counts of heldout-10's classes (issue 14, session 7), in wordings written for these tests (none taken
from an answer key's articles): a family's size told as an adjective after the number («یک خانواده
شش‌نفری», «هفت نفره») or "a family of five" counts the people who fled."""

from __future__ import annotations

import pytest

from tests.events.suggesting import facts, suggest


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "روز شنبه یک خانواده شش‌نفری از ترس بازداشت از فرخار تخار گریخت.",
            "fa",
            ("flight", "AF-TAK", 6, "exact"),
        ),
        (
            "روز دوشنبه یک خانواده هفت نفره از ترس طالبان از ولسوالی نهرین بغلان به ایران فرار کرد.",
            "fa",
            ("flight", "AF-BGL", 7, "exact"),
        ),
        (
            "On Sunday a family of seven fled Nahrin district in Baghlan for Iran after threats.",
            "en",
            ("flight", "AF-BGL", 7, "exact"),
        ),
        (
            "My uncle's family, a family of five, fled Kajran in Daykundi on 7 March.",
            "en",
            ("flight", "AF-DAY", 5, "exact"),
        ),
    ],
)
def test_a_family_of_n_counts_its_people(text: str, language: str, expected: tuple[object, ...]) -> None:
    assert facts(suggest(text, language)) == {expected}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "مرزبانان تاجیکستان روز سه‌شنبه چهار شهروند افغان را در نزدیکی دریای پنج بازداشت کردند.",
            "fa",
            ("detention", "TJ", 4, "exact"),
        ),
        (
            "روز یکشنبه مرزبانان تاجیکستان دو مرد افغان را پس از عبور از رود پنج بازداشت کردند.",
            "fa",
            ("detention", "TJ", 2, "exact"),
        ),
        (
            "د تاجیکستان پولیسو د دوشنبې په ورځ درې افغانان د پنج سیند ته نږدې ونیول.",
            "ps",
            ("detention", "TJ", 3, "exact"),
        ),
    ],
)
def test_the_panj_river_is_no_count(text: str, language: str, expected: tuple[object, ...]) -> None:
    assert facts(suggest(text, language)) == {expected}
