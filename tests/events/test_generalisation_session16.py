"""Session 16 (issue 14): mechanisms found on development text, each written anew for these tests in
wordings of our own (none is taken from an answer key's articles):

- ill-treatment in a detention centre or during an arrest, in the Dari spelling that joins its words
  («لت‌وکوب», «ضرب‌وشتم»), is one torture: the centre or the arrest says where or when, no detention of its own;
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.suggesting import facts, suggest

# ------------------------------------------------------------ ill-treatment in custody, joined spellings


@pytest.mark.parametrize(
    "text",
    [
        "روز سه‌شنبه در شهر مزار شریف سه جوان در بازداشتگاه با چوب لت‌وکوب شدند.",
        "روز سه‌شنبه در شهر مزار شریف سه جوان در جریان بازداشت با باتوم ضرب‌وشتم شدند.",
        "روز سه‌شنبه در شهر مزار شریف سه جوان در بازداشتگاه لتوکوب شدند.",
    ],
)
def test_ill_treatment_in_custody_is_one_torture(text: str) -> None:
    found = suggest(text, published=date(2026, 11, 5), language="fa")
    assert facts(found) == {("torture", "AF-BAL", 3, "exact")}


def test_an_arrest_then_a_beating_is_two_events() -> None:
    text = "روز سه‌شنبه در شهر مزار شریف سه جوان بازداشت شدند و سپس در بازداشتگاه لت‌وکوب شدند."
    found = suggest(text, published=date(2026, 11, 5), language="fa")
    assert {e.type for e in found} == {"detention", "torture"}
