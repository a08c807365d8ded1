"""Ages are no counts (issue 14, session 7): "boys under 18", "under the age of 15", "aged 16",
«۱۷ ساله», «زیر سن ۱۸», Pashto «له ۱۸ کلونو کم». Every case is written for these tests (English, Dari,
Pashto); none is taken from an answer key's articles."""

from __future__ import annotations

import pytest

from desktop.events.numbers import find_counts
from tests.events.suggesting import facts, suggest


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("the Taliban enlisted at least nine boys under 18 in Musa Qala", [9]),
        ("eleven girls under the age of 16 were married off", [11]),
        ("six children below the age of 14 were flogged", [6]),
        ("two minors younger than 17 were among them", [2]),
        ("seven men and a boy aged 16", [7]),
        ("سه پسر زیر سن ۱۸ در ولسوالی گرمسیر جلب شدند", [3]),
        ("چهار کودک کمتر از ۱۵ سال", [4]),
        ("یک نوجوان ۱۷ ساله و پنج مرد", [5]),
        ("درې هلکان چې له ۱۸ کلونو کم عمر لري", [3]),
    ],
)
def test_an_age_is_no_count(text: str, values: list[int]) -> None:
    assert [c.count.value for c in find_counts(text) if c.count.value != 1] == values


def test_under_a_number_of_people_is_still_a_count() -> None:
    # near miss: "under 50 people" bounds a count, it is no age
    assert [c.count.value for c in find_counts("under 50 people were detained")] == [50]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "In October the district police recruited at least twelve boys under 18 in Nad-e Ali district.",
            "en",
            {("recruitment", "AF-HEL", 12, "at least")},
        ),
        (
            "طالبان در ماه میزان دست‌کم هشت پسر زیر سن ۱۸ را در ولسوالی نادعلی هلمند جلب و جذب کردند.",
            "fa",
            {("recruitment", "AF-HEL", 8, "at least")},
        ),
    ],
)
def test_a_recruitment_of_minors_keeps_its_count(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected
