"""Where people came from is not where it happened (issue 14, session 7): returnees "from Iran" detained in
Herat, men "from Nimroz and Farah" executed in Zahedan, «بازگشت‌کنندگان از ایران», «له ایرانه راستانه شوي»;
and executions told one after the other in a sentence, each with its own place, count and day. Every case is
written for these tests; none is taken from an answer key's articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.suggesting import facts, suggest

PUBLISHED = date(2025, 7, 5)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Two returnees from Iran were detained by Taliban intelligence in Ghoryan district on Monday.",
            "en",
            {("detention", "AF-HER", 2, "exact")},
        ),
        (
            "A young man who had returned from Pakistan a month earlier was shot dead in Jalalabad on "
            "Sunday.",
            "en",
            {("killing", "AF-NAN", 1, "exact")},
        ),
        (
            "Five men from Herat and Farah were hanged in Zahedan prison on 2 June.",
            "en",
            {("killing", "IR", 5, "exact")},
        ),
        (
            "سه جوان بازگشت‌کننده از ایران روز دوشنبه در ولسوالی غوریان بازداشت شدند.",
            "fa",
            {("detention", "AF-HER", 3, "exact")},
        ),
        (
            "روز جمعه جسد مردی که پس از بازگشت از پاکستان در یک نانوایی کار می‌کرد، در کنار جاده‌ای در شهر "
            "جلال‌آباد پیدا شد.",
            "fa",
            {("killing", "AF-NAN", 1, "exact")},  # «جسد مردی»: one man's body (session 10)
        ),
        (
            "د دوشنبې په ورځ په غوریان ولسوالۍ کې طالبانو درې له ایرانه راستانه شوي ځوانان ونیول.",
            "ps",
            {("detention", "AF-HER", 3, "exact")},
        ),
    ],
)
def test_origin_is_not_the_place(text: str, language: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, language, PUBLISHED)) == expected


def test_executions_told_one_after_another() -> None:
    text = (
        "Three of them were hanged in Vakilabad prison in Mashhad on 2 May; two men from Herat were executed "
        "in Zahedan on 5 May; and a man from Kandahar was hanged in Shiraz on 9 May."
    )
    found = suggest(text, "en", PUBLISHED)
    assert sorted(
        (e.country, e.province, e.count.value if e.count else None, e.date_start) for e in found
    ) == [
        ("IR", None, 1, date(2025, 5, 9)),
        ("IR", None, 2, date(2025, 5, 5)),
        ("IR", None, 3, date(2025, 5, 2)),
    ]


def test_returnees_from_abroad_in_a_list_of_provinces() -> None:
    text = "گزارش‌هایی از بازداشت و لت‌وکوب بازگشت‌کنندگان از پاکستان در ولایات ننگرهار، کنر و لغمان رسیده است."
    assert facts(suggest(text, "fa", PUBLISHED)) == {
        ("detention", "AF", None, None),
        ("torture", "AF", None, None),
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Two men were hanged in Zahedan prison on 2 May. The bodies of the two men executed in Zahedan "
            "were handed to their families at the Milak crossing on 6 May.",
            "en",
        ),
        (
            "روز ۱۲ ثور دو مهاجر افغان در زندان زاهدان اعدام شدند. اجساد این دو مرد اعدام‌شده روز ۱۶ ثور در "
            "مرز میلک به خانواده‌هایشان تحویل داده شد.",
            "fa",
        ),
    ],
)
def test_the_bodies_of_those_executed_restate_the_executions(text: str, language: str) -> None:
    found = suggest(text, language, PUBLISHED)
    assert [(e.type, e.country, e.date_start) for e in found] == [("killing", "IR", date(2025, 5, 2))]


def test_executions_told_part_by_part_in_dari() -> None:
    text = (
        "چهار تن از آنان روز ۹ جدی در زندان وکیل‌آباد مشهد اعدام شدند؛ سه مرد اهل نیمروز روز ۱۲ جدی در "
        "زاهدان به دار آویخته شدند."
    )
    found = suggest(text, "fa", PUBLISHED)
    assert sorted((e.country, e.count.value if e.count else None, e.date_start) for e in found) == [
        ("IR", 3, date(2025, 1, 1)),
        ("IR", 4, date(2024, 12, 29)),
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Nine of the women interviewed in Herat city said they had been held for a week in a camp near "
            "Zahedan, and three of them said guards had beaten them.",
            "en",
            {("detention", "IR", 9, "exact"), ("torture", "IR", 3, "exact")},
        ),
        (
            "هفت تن از مهاجرانی که در اسلام قلعه با آنان مصاحبه شد گفتند که پولیس ایران آنان را دو هفته در "
            "اردوگاهی در نزدیکی مشهد زندانی کرد.",
            "fa",
            {("detention", "IR", 7, "exact")},
        ),
        (
            "Monitors who met returnees at Torkham said six of them had been beaten by police in Peshawar.",
            "en",
            {("torture", "PK", 6, "exact")},
        ),
    ],
)
def test_where_the_source_was_met_is_not_the_place(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language, PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police in Zaranj detained five men accused of smuggling migrants into Iran on Sunday.", "en"),
        ("پولیس در شهر زرنج روز یکشنبه پنج مرد را که مهاجران را به ایران قاچاق می‌کردند بازداشت کرد.", "fa"),
        ("پولیسو د یکشنبې په ورځ په زرنج کې پنځه کسان ونیول چې کډوال یې ایران ته قاچاقول.", "ps"),
    ],
)
def test_where_people_were_taken_to_is_not_the_place(text: str, language: str) -> None:
    found = facts(suggest(text, language, PUBLISHED))
    assert ("detention", "AF-NIM", 5, "exact") in found
    assert not any(place == "IR" for _, place, _, _ in found)


def test_a_part_who_had_been_held_abroad_is_a_detention_with_its_count() -> None:
    text = (
        "On Monday, 1,300 people were returned by Pakistan through Torkham, among them 250 men who had been "
        "held for two weeks in a holding centre in Peshawar."
    )
    assert facts(suggest(text, "en", PUBLISHED)) == {
        ("deportation", "PK", 1300, "exact"),
        ("detention", "PK", 250, "exact"),
    }


def test_a_part_in_dari_keeps_the_deportations_count() -> None:
    text = (
        "روز دوشنبه ۱۱۵۰ تن از سوی پاکستان از طریق سپین بولدک اخراج شدند، از جمله ۴۰۰ مرد که سه هفته در "
        "کویته زندانی بودند."
    )
    assert ("deportation", "PK", 1150, "exact") in facts(suggest(text, "fa", PUBLISHED))


def test_the_place_attacked_is_no_destination() -> None:
    text = "روز شنبه طالبان از ولسوالی شیندند به ولسوالی بالابلوک حمله کردند و سه غیرنظامی را کشتند."
    assert "AF-FRA" in {e.province for e in suggest(text, "fa", PUBLISHED)}
