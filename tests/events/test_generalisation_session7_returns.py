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


# Pashto typed on a Persian keyboard (گ for ګ, ی for ې and ۍ, ش for ښ, ز for ځ) reads the same, and a day
# of a month may be an ordinal word («د چنګاښ په لومړۍ نېټه», «پنجم سرطان», "the third of July").
@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("د چنګاښ په لومړۍ نېټه په چخانسور ولسوالۍ کې طالبانو څلور کسان ونیول.", "ps", date(2025, 6, 22)),
        ("د چنگاش په دریمه نیټه په زرنج کی طالبانو دوه کسان ونیول.", "ps", date(2025, 6, 24)),
        ("د غبرګولي په لسمه نېټه طالبانو په هرات کې یو ښوونکی ونیو.", "ps", date(2025, 5, 31)),
        ("د سه شنبی په ورځ طالبانو په کندهار کې درې کسان ونیول.", "ps", date(2025, 7, 1)),
        ("د پنجشنبی په ورځ په کندز کې یو ژورنالیست ونیول شو.", "ps", date(2025, 7, 3)),
        ("طالبان روز پنجم سرطان سه فعال مدنی را در شهر هرات بازداشت کردند.", "fa", date(2025, 6, 26)),
        (
            "On the third of July, Taliban intelligence detained two teachers in Kunduz.",
            "en",
            date(2025, 7, 3),
        ),
    ],
)
def test_pashto_spellings_and_ordinal_days(text: str, language: str, day: date) -> None:
    found = suggest(text, language, PUBLISHED)
    assert [(e.date_start, e.date_precision) for e in found] == [(day, "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «وژل شوی» for «وژل شوی», «ونیول شو» with «شو», «تښتول» typed «تشتول»
        ("د شنبې په ورځ په ننګرهار کې یو پخوانی سرتېری وژل شو.", {("killing", "AF-NAN", 1, "exact")}),
        ("د شنبی په ورځ په ننگرهار کی یو پخوانی سرتیری وژل شو.", {("killing", "AF-NAN", 1, "exact")}),
        ("د جمعې په ورځ وسله والو په غزني کې دوه سوداګر وتشتول.", {("disappearance", "AF-GHA", 2, "exact")}),
    ],
)
def test_pashto_words_typed_with_persian_letters(text: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, "ps", PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In Isfahan, dozens of Afghan workers were detained in a raid on 5 January; those detained were "
            "deported through the Dogharoun crossing two days later.",
            "en",
        ),
        (
            "در اصفهان ده‌ها کارگر افغان روز ۱۵ جدی بازداشت شدند؛ بازداشت‌شدگان دو روز بعد از مرز دوغارون "
            "اخراج شدند.",
            "fa",
        ),
        (
            "په اصفهان کې د جدي په ۱۵مه لسګونه افغان کارګران ونیول شول؛ نیول شوي کسان دوه ورځې وروسته د "
            "دوغارون له لارې وشړل شول.",
            "ps",
        ),
    ],
)
def test_those_detained_then_deported_are_one_detention_and_one_deportation(text: str, language: str) -> None:
    found = suggest(text, language, date(2026, 1, 14))
    assert sorted((e.type, e.country, e.date_start) for e in found) == [
        ("deportation", "IR", date(2026, 1, 7)),
        ("detention", "IR", date(2026, 1, 5)),
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "روز شنبه ۸۰۰ مهاجر افغان از سوی ایران پس فرستاده شدند.",
            "fa",
            {("deportation", "IR", 800, "exact")},
        ),
        ("د شنبې په ورځ ۸۰۰ افغان کډوال له ایرانه دیپورټ شول.", "ps", {("deportation", "IR", 800, "exact")}),
        ("د شنبې په ورځ ۸۰۰ افغان کډوال له ایرانه دیپورت شول.", "ps", {("deportation", "IR", 800, "exact")}),
    ],
)
def test_sent_back_and_pashto_letters(text: str, language: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, language, PUBLISHED)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The bodies were returned to their families in Herat on Friday.",
        "Gunmen killed a shopkeeper in Herat on Monday. His phone was returned to his brother on Wednesday.",
    ],
)
def test_returned_to_a_family_is_no_deportation(text: str) -> None:
    assert not any(e.type == "deportation" for e in suggest(text, "en", PUBLISHED))
