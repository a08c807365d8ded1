"""Dari silence after a summons or a checkpoint (issue 14, session 7): «… احضار شد و از آن زمان از او خبری
نیست», «… تا کنون از آنان خبری در دست نیست» is a disappearance, each told with its own date its own event.
Every case is written for these tests; none is taken from an answer key's articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.suggesting import facts, suggest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "روز سه‌شنبه، یک خبرنگار در شهر هرات از سوی استخبارات احضار شد و از آن زمان از او خبری نیست.",
            {("disappearance", "AF-HER", 1, "exact")},
        ),
        (
            "دو فعال مدنی روز ۵ ثور در شهر قندهار به دفتر استخبارات فراخوانده شدند و تا کنون از آنان خبری "
            "در دست نیست.",
            {("disappearance", "AF-KAN", 2, "exact")},
        ),
    ],
)
def test_silence_after_a_summons_is_a_disappearance(text: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, "fa")) == expected


def test_two_disappearances_told_apart_keep_their_own_dates() -> None:
    text = (
        "روز دوشنبه، یک وکیل در شهر هرات از سوی استخبارات احضار شد و از آن زمان از وی خبری نیست.\n\n"
        "همچنین سه جوان از ولسوالی انجیل که روز جمعه در یک ایست بازرسی در نزدیکی شهر هرات از موتر پیاده "
        "شدند، از آن زمان ناپدید اند."
    )
    found = {(e.count.value if e.count else None, e.date_start) for e in suggest(text, "fa")}
    assert found == {(1, date(2024, 5, 13)), (3, date(2024, 5, 17))}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "روز ۸ ثور، یک وکیل در شهر هرات که خواستار تحقیق درباره این پرونده شده بود، از سوی "
            "استخبارات احضار شد و از آن زمان از او خبری نیست.",
            "fa",
            {("disappearance", "AF-HER", 1, "exact")},
        ),
        (
            "A lawyer in Herat city who had called for an inquiry into the deaths was summoned by "
            "intelligence on 8 May and has not been heard from since.",
            "en",
            {("disappearance", "AF-HER", 1, "exact")},
        ),
    ],
)
def test_an_appeal_someone_had_made_is_no_appeal_for_the_event(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected
