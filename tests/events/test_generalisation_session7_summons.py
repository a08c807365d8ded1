"""Summons and searches (issue 14, session 7): people summoned and not heard of since are disappeared, with
their count ("summoned three teachers; none of them has been seen since", «احضار کرد … از سرنوشت آنان خبری
نیست»); summoned and warned is a threat («احضار شدند و به آنان هشدار داده شد»); a house search that takes
things («کمپیوترهای آنان را با خود بردند») is a threat, not a detention. Every case is written for these
tests; none is taken from an answer key's articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.suggesting import facts, suggest

PUBLISHED = date(2025, 5, 5)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "On Monday the Kunduz intelligence department summoned three teachers; none of them has been "
            "seen since.",
            "en",
            {("disappearance", "AF-KDZ", 3, "exact")},
        ),
        (
            "اعلامیه: سرکوب معلمان در تخار و بدخشان\n\nهفته گذشته، ریاست استخبارات طالبان در شهر تالقان سه "
            "معلم را احضار کرد. این سه معلم به دفتر استخبارات رفتند و از آن زمان از سرنوشت آنان خبری نیست.",
            "fa",
            {("disappearance", "AF-TAK", 3, "exact")},
        ),
        (
            "در فیض‌آباد هشت خبرنگار روز ۱۰ ثور به ریاست امر به معروف احضار شدند و به آنان هشدار داده شد که "
            "کار خود را متوقف کنند.",
            "fa",
            {("threat", "AF-BDS", 8, "exact")},
        ),
        (
            "افراد استخبارات روز شنبه خانه‌های دو خبرنگار را در شهر قندوز تلاشی کردند و کمپیوترهای آنان را با "
            "خود بردند.",
            "fa",
            {("threat", "AF-KDZ", 2, "exact")},
        ),
        (
            "په جلال آباد کې څلور خبریالان د شنبې په ورځ د امر بالمعروف ریاست ته وغوښتل شول او خبرداری ورکړل "
            "شو چې کار ونه کړي.",
            "ps",
            {("threat", "AF-NAN", 4, "exact")},
        ),
        (
            "طالبانو د شنبې په ورځ د کندز په ښار کې د دوو خبریالانو کورونه تلاشي کړل او مبایلونه یې له ځانه "
            "سره یوړل.",
            "ps",
            {("threat", "AF-KDZ", 2, "exact")},
        ),
    ],
)
def test_summons_and_searches(text: str, language: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, language, PUBLISHED)) == expected


@pytest.mark.parametrize(
    "title",
    [
        "د افغان ښوونکو د ټولنې اعلامیه",
        "اعلامیه: سرکوب معلمان در تخار و بدخشان",
        "Statement of the Teachers' Union",
    ],
)
def test_a_documents_title_is_no_statement(title: str) -> None:
    text = title + "\n\nOn Monday Taliban intelligence detained two teachers in Taloqan."
    assert facts(suggest(text, "", PUBLISHED)) == {("detention", "AF-TAK", 2, "exact")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Sunday the district governor in Nili summoned four elders; none has returned home since.",
            {("disappearance", "AF-DAY", 4, "exact")},
        ),
        (
            "A teacher was summoned to the PVPV office in Qala-e Naw on 3 May and never came home.",
            {("disappearance", "AF-BDG", 1, "exact")},
        ),
        (
            "The brother was detained for a night in Qala-e Naw and released with a warning not to come "
            "back.",
            {("detention", "AF-BDG", 1, "exact")},
        ),
    ],
)
def test_summoned_and_never_home(text: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, "en", PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "دو مهاجر برگشته از ایران روز جمعه در شهر زرنج به ضرب گلوله کشته شدند.",
            "fa",
            {("killing", "AF-NIM", 2, "exact")},
        ),
        (
            "له پاکستانه دوه راستانه شوي کډوال د جمعې په ورځ په ننګرهار کې ونیول شول.",
            "ps",
            {("detention", "AF-NAN", 2, "exact")},
        ),
        (
            "د جمعې په ورځ په هرات کې له ایرانه راستانه شوي درې کډوال ونیول شول.",
            "ps",
            {("detention", "AF-HER", 3, "exact")},
        ),
    ],
)
def test_back_from_abroad_is_no_place(text: str, language: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, language, PUBLISHED)) == expected
