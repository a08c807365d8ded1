"""Places of heldout-10's classes (issue 14, session 7), in wordings written for these tests (none taken
from an answer key's articles): Peshawar in its Pashto spellings («پېښور», «پیښور») is in Pakistan."""

from __future__ import annotations

import pytest

from tests.events.suggesting import facts, suggest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("د پېښور پولیسو د چنګاښ په ۲۸مه درې افغانان په بازار کې ونیول.", ("detention", "PK", 3, "exact")),
        ("پرون په پیښور کې پاکستاني پولیسو پنځه افغان کډوال ونیول.", ("detention", "PK", 5, "exact")),
    ],
)
def test_peshawar_in_pashto_is_in_pakistan(text: str, expected: tuple[object, ...]) -> None:
    assert facts(suggest(text, "ps")) == {expected}
