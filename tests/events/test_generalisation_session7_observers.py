"""A committee, network or union speaking is an observer, not an authority (issue 14, session 7): its
statement of concern is no statement event; a ministry's ban in a statement is one. Every case is written
for these tests; none is taken from an answer key's articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.suggesting import facts, suggest

PUBLISHED = date(2026, 5, 5)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "KABUL, 4 May 2026 – The media committee of the western region said in a statement published on "
            "Monday that pressure on journalists in Herat had reached an unprecedented level.",
            "en",
            set(),
        ),
        (
            "هرات، ۱۴ ثور ۱۴۰۵ – شبکه خبرنگاران زن در اعلامیه‌ای که امروز منتشر شد، از فشار بر رسانه‌های "
            "محلی در هرات و فراه ابراز نگرانی کرد.",
            "fa",
            set(),
        ),
        (
            "کابل، د غویي ۱۴مه – د خبریالانو ټولنې په یوه اعلامیه کې د هرات د رسنیو پر وړاندې د فشار په اړه "
            "اندېښنه وښوده.",
            "ps",
            set(),
        ),
        (
            "روز دوشنبه وزارت اطلاعات و فرهنگ در اعلامیه‌ای پخش موسیقی را در رادیوهای هرات ممنوع کرد.",
            "fa",
            {("statement", "AF-HER", None, None)},
        ),
    ],
)
def test_observers_statements(text: str, language: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, language, PUBLISHED)) == expected
