"""Words that only end like a denial are none (issue 14, session 7): «وارد شدند» (entered) holds «رد شدند»
(were rejected), «سپس گرفتار شدند» (then were caught) holds «پس گرفت» (took back). Every case is written
for these tests; none is taken from an answer key's articles."""

from __future__ import annotations

import pytest

from tests.events.suggesting import facts, suggest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "در ماه حمل، بیش از ۳۰ هزار تن از سوی ایران اخراج شدند که بیشتر آنان از گذرگاه میلک وارد شدند.",
            {("deportation", "IR", 30000, "at least")},
        ),
        (
            "هفت مهاجر افغان روز ۱۲ ثور از مرز وارد شدند و سپس از سوی طالبان در شهر هرات بازداشت شدند.",
            {("detention", "AF-HER", 7, "exact")},
        ),
        (
            "نیروهای امنیتی روز ۱۲ ثور پنج جوان را در شهر هرات لت و کوب کردند و سپس گرفتار کردند.",
            {("torture", "AF-HER", 5, "exact"), ("detention", "AF-HER", 5, "exact")},
        ),
    ],
)
def test_a_word_ending_like_a_denial_retracts_nothing(text: str, expected: set[tuple[object, ...]]) -> None:
    assert expected <= facts(suggest(text, "fa"))


def test_a_denied_report_is_still_retracted() -> None:
    # near miss: «رد کرد» standing as a word is a denial
    text = "گزارش بازداشت پنج مرد در شهر هرات را والی هرات رد کرد."
    assert suggest(text, "fa") == []
