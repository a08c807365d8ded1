"""Deportations told in Dari, Pashto and English wordings the vocabulary did not know (issue 14, session 7):
Pashto perfect and passive verbs («شړلي دي», «راستانه کړل شول», «وایستل شول»), a second group sent back
"more" («نور», «دیگر», "another", "a further") through "the same crossing" («همین مرز», «همدې لارې»), the
deporting country carried from the sentence before. Every case is written for these tests; none is taken
from an answer key's articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.suggesting import facts, suggest

PUBLISHED = date(2025, 7, 5)  # a Saturday


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "پاکستاني پولیسو د جمعې په ورځ لږ تر لږه پنځه زره افغان کډوال د تورخم له لارې بېرته افغانستان "
            "ته شړلي دي.",
            "ps",
            {("deportation", "PK", 5000, "at least")},
        ),
        (
            "ایراني چارواکو د دوشنبې په ورځ شاوخوا شپږ سوه کډوال د اسلام قلعې له لارې وشړل. بله ورځ نور درې "
            "سوه کسان، چې ماشومان هم پکې وو، له همدې لارې راستانه کړل شول.",
            "ps",
            {("deportation", "IR", 600, "about"), ("deportation", "IR", 300, "exact")},
        ),
        (
            "د شنبې په ورځ پاکستاني پولیسو اته سوه افغانان وشړل. بله ورځ، شاوخوا نهه سوه نور کسان د تورخم "
            "له لارې وایستل شول.",
            "ps",
            {("deportation", "PK", 800, "exact"), ("deportation", "PK", 900, "about")},
        ),
        (
            "ایراني پولیسو د سه شنبې په ورځ دوه زره کډوال وشړل. د کډوالو ریاست یوه کارکوونکي وویل چې ډېری "
            "شړل شوي کسان ماشومان وو.",
            "ps",
            {("deportation", "IR", 2000, "exact")},
        ),
        (
            "روز یکشنبه ۱۵۰۰ مهاجر افغان از سوی پولیس ایران از طریق اسلام قلعه اخراج شدند. سه روز بعد، ۷۰۰ "
            "تن دیگر از همین گذرگاه اخراج شدند.",
            "fa",
            {("deportation", "IR", 1500, "exact"), ("deportation", "IR", 700, "exact")},
        ),
        (
            "روز جمعه پولیس پاکستان حدود دو هزار افغان را از طریق تورخم اخراج کرد.\n\nیک روز بعد ۴۰۰ نفر "
            "دیگر از همان مرز رد مرز شدند.",
            "fa",
            {("deportation", "PK", 2000, "about"), ("deportation", "PK", 400, "exact")},
        ),
        (
            "Iran deported 1,200 Afghans through Islam Qala on Monday. The next day, another 500 were "
            "returned through the same crossing.",
            "en",
            {("deportation", "IR", 1200, "exact"), ("deportation", "IR", 500, "exact")},
        ),
    ],
)
def test_second_group_sent_back(text: str, language: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, language, PUBLISHED)) == expected


def test_the_second_group_has_its_own_day() -> None:
    text = (
        "روز یکشنبه ۱۵۰۰ مهاجر افغان از سوی پولیس ایران از طریق اسلام قلعه اخراج شدند. سه روز بعد، ۷۰۰ "
        "تن دیگر از همین گذرگاه اخراج شدند."
    )
    days = sorted(e.date_start for e in suggest(text, "fa", PUBLISHED) if e.date_start)
    assert days == [date(2025, 6, 29), date(2025, 7, 2)]
