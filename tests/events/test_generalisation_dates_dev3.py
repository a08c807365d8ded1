"""Dates in shapes the dev-3 articles showed, in wordings of our own (bench/evidence/README.md, rules 7
and 8): publication lines with the publisher after the date, Markdown marks around a label, a bold
label followed by a "·" byline, in English, Dari and Pashto."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.events.dates import find_dates
from desktop.events.dates.published import published_date
from tests.events.suggesting import suggest


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published on the 4th of March 2025 by a legal aid network in the west", date(2025, 3, 4)),
        ("_Published 2 October 2025 by the protection cluster (Kabul, Herat offices)_", date(2025, 10, 2)),
        ("*Posted 7 May 2025 by the monitoring desk of a women's group in Balkh*", date(2025, 5, 7)),
        ("**تاریخ نشر: ۵ ثور ۱۴۰۴** · دفتر نظارت حقوق بشر، ولایت بلخ و سمنگان و جوزجان", date(2025, 4, 25)),
        ("**خپور شوی: د ۱۴۰۴ کال د غویي ۵مه** · د ختیځ زون د بشري حقونو د څارونکو ډله", date(2025, 4, 25)),
    ],
)
def test_publication_line_with_publisher_after_the_date(line: str, day: date) -> None:
    assert published_date(f"A report on the month\n\n{line}\n\nThe body of the report follows.") == day


@pytest.mark.parametrize(
    "line",
    [
        # a sentence about another report, not the article's own date line
        "The report published on 3 June 2024 by UNAMA found that 40 people were detained in Herat.",
        "Officials said the men were released on 3 June 2024 by the court after paying bail in the city.",
    ],
)
def test_a_sentence_with_a_date_and_by_is_not_a_publication_line(line: str) -> None:
    assert published_date(f"A report on the month\n\n{line}\n\nThe body of the report follows.") is None


@pytest.mark.parametrize(
    ("text", "kind", "start", "precision"),
    [
        (
            "In early April a 16-year-old boy was taken from his school by armed men and forcibly recruited "
            "in Alingar, Laghman.",
            "recruitment",
            date(2025, 4, 1),
            "approximate",
        ),
        (
            "On 3 May two girls were taken from their home in Khost and abducted by gunmen.",
            "disappearance",
            date(2025, 5, 3),
            "day",
        ),
        (
            "Intelligence officers raided a house in Kunduz city on Friday and detained three brothers.",
            "detention",
            date(2025, 6, 6),
            "day",
        ),
    ],
)
def test_a_date_in_a_part_of_the_event_dates_it(text: str, kind: str, start: date, precision: str) -> None:
    found = [e for e in suggest(text, published=date(2025, 6, 9)) if e.type == kind]
    assert [(e.date_start, e.date_precision) for e in found] == [(start, precision)]


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        (
            "On Tuesday two men were flogged. At the same hearing, a third was sentenced.",
            date(2025, 3, 6),
            date(2025, 3, 4),
            date(2025, 3, 4),
        ),
        (
            "روز شنبه دو مرد شلاق زده شدند. در همان جلسه، یک زن به زندان محکوم شد.",
            date(2025, 3, 6),
            date(2025, 3, 1),
            date(2025, 3, 1),
        ),
        (
            "د شنبې په ورځ دوه کسان ووهل شول. په همدې غونډه کې یو بل کس بندي شو.",
            date(2025, 3, 6),
            date(2025, 3, 1),
            date(2025, 3, 1),
        ),
        (
            "د ۱۴۰۳ کال د کب ۱۰مه ۵۰ کسان وشړل شول. په همدې اونۍ کې ۲۰ نور هم وشړل شول.",
            date(2025, 3, 6),
            date(2025, 2, 28),
            date(2025, 2, 28),
        ),
        (
            "در ۱۰ حوت ۵۰ تن اخراج شدند. در همان هفته ۲۰ تن دیگر نیز اخراج شدند.",
            date(2025, 3, 6),
            date(2025, 2, 28),
            date(2025, 2, 28),
        ),
    ],
)
def test_the_same_sitting_or_week_as_the_date_before(
    text: str, published: date, start: date, end: date
) -> None:
    found = find_dates(text, published=published)
    assert (found[-1].range.start, found[-1].range.end) == (start, end)


def test_this_same_week_with_no_date_before_is_this_week() -> None:
    found = find_dates("په همدې اونۍ کې پنځه کسان ونیول شول.", published=date(2025, 9, 9))
    assert [(m.range.start, m.range.end) for m in found] == [(date(2025, 9, 6), date(2025, 9, 9))]
    # Dari «همین هفته» stays "this week", not "the same week as before"
    found = find_dates(
        "روز یکشنبه دو تن بازداشت شدند. همین هفته پنج تن دیگر آزاد شدند.", published=date(2025, 9, 9)
    )
    assert (found[-1].range.start, found[-1].range.end) == (date(2025, 9, 6), date(2025, 9, 9))


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        # a stated week before it: that week
        (
            "# Update — week 12 (17–23 March 2025)\n\nIn total, 900 people were deported during the week.",
            date(2025, 3, 28),
            date(2025, 3, 17),
            date(2025, 3, 23),
        ),
        # a weekly update published early in the week is about the last full week, Monday to Sunday
        (
            "Over the week, 4,100 Afghans were returned from Iran.",
            date(2025, 6, 3),
            date(2025, 5, 26),
            date(2025, 6, 1),
        ),
        # later in the week: this week up to the report
        (
            "Throughout the week, raids continued in Kunduz.",
            date(2025, 6, 6),
            date(2025, 6, 2),
            date(2025, 6, 6),
        ),
        # Dari: the Afghan week, Saturday to Friday
        ("در طول هفته ۹۰۰ تن از ایران اخراج شدند.", date(2025, 6, 2), date(2025, 5, 24), date(2025, 5, 30)),
    ],
)
def test_during_the_week_of_a_weekly_report(text: str, published: date, start: date, end: date) -> None:
    found = find_dates(text, published=published)
    assert (found[-1].range.start, found[-1].range.end) == (start, end)


def test_a_table_row_takes_the_week_of_the_sentence_above() -> None:
    text = (
        "_Published 3 June 2025_\n\nIn total, 5,000 people were deported to Afghanistan during the week.\n\n"
        "| Crossing | Province | Deported |\n|---|---|---:|\n"
        "| Islam Qala | Herat | 3,000 |\n| Torkham | Nangarhar | 2,000 |\n"
    )
    rows = [e for e in suggest(text, published=date(2025, 6, 3)) if e.passage.startswith("|")]
    assert rows and {(e.date_start, e.date_end) for e in rows} == {(date(2025, 5, 26), date(2025, 6, 1))}


@pytest.mark.parametrize(
    ("text", "language", "start"),
    [
        ("Local elders said that on Monday five men were detained in Herat city.", "en", date(2025, 11, 3)),
        (
            "تېره اونۍ له ایرانه ۹۰۰ کسان د اسلام قلعې له لارې وشړل شول. "
            "د نیمروز چارواکو ویلي چې په همدې اونۍ کې ۴۰۰ کسان له ایرانه وشړل شول.",
            "ps",
            date(2025, 10, 27),  # the week before, Monday to Sunday (README rule 7)
        ),
    ],
)
def test_a_date_after_said_that_dates_what_was_said(text: str, language: str, start: date) -> None:
    found = suggest(text, language=language, published=date(2025, 11, 5))
    assert found and found[-1].date_start == start and found[-1].date_precision != "reported"


@pytest.mark.parametrize(
    ("text", "language", "start"),
    [
        (
            "- **۲ ثور:** اجساد سه تن در ولسوالی خنجان پیدا شد. باشندگان می‌گویند که این سه تن حدود یک هفته "
            "پیش از آن از سوی افراد مسلح از خانه‌هایشان برده شده بودند و مقامات محلی از دادن هرگونه معلومات "
            "درباره آنان خودداری کرده بودند.",
            "fa",
            date(2025, 4, 15),
        ),
        (
            "On 20 April the body of a shopkeeper was found in Pul-e Khumri, Baghlan. He had been taken from "
            "his shop about a week earlier, and the authorities refused to give any information about him.",
            "en",
            date(2025, 4, 13),
        ),
    ],
)
def test_the_taking_before_a_body_is_dated_about_then(text: str, language: str, start: date) -> None:
    found = [e for e in suggest(text, language=language, published=date(2025, 5, 2)) if e.type != "killing"]
    assert [(e.date_start, e.date_precision) for e in found] == [(start, "approximate")]


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("He was seen on 3 May. About ten days later he was taken.", "approximate"),
        ("در ۱۳ ثور دیده شد. حدود ده روز بعد برده شد.", "approximate"),
        ("د غویي ۱۳مه ولیدل شو. شاوخوا لس ورځې وروسته ونیول شو.", "approximate"),
        ("He was seen on 3 May. Ten days later he was taken.", "day"),
    ],
)
def test_about_n_days_later_is_approximate(text: str, precision: str) -> None:
    assert find_dates(text, published=date(2025, 6, 1))[-1].range.precision == precision


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # published 5 Asad 1404 (27 July 2025): last month is Saratan (Changakh), 22 June – 22 July
        ("زما ورور د تېرې میاشتې په پای کې ونیول شو.", date(2025, 7, 12), date(2025, 7, 22)),
        ("د تېرې میاشتې په پیل کې درې کسان ووژل شول.", date(2025, 6, 22), date(2025, 7, 1)),
        ("د تېرې میاشتې په نیمایي کې یو ښوونکی ورک شو.", date(2025, 7, 2), date(2025, 7, 11)),
    ],
)
def test_pashto_part_of_last_month(text: str, start: date, end: date) -> None:
    found = find_dates(text, published=date(2025, 7, 27))
    assert [(m.range.start, m.range.end, m.range.precision) for m in found] == [(start, end, "approximate")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Three farmers were killed on 2 May when police fired on a protest in Jurm, Badakhshan. "
            '"They beat us with sticks and took my son away," a mother said.',
            "en",
        ),
        (
            "روز ۱۲ ثور سه دهقان در ولسوالی جرم بدخشان به قتل رسیدند. «ما را با چوب لت و کوب کردند و پسرم را "
            "با خود بردند»، یک مادر گفت.",
            "fa",
        ),
    ],
)
def test_a_quote_after_a_dated_sentence_tells_that_day(text: str, language: str) -> None:
    found = suggest(text, language=language, published=date(2025, 5, 9))
    quoted = [e for e in found if e.start > 0]
    assert quoted and {(e.date_start, e.date_precision) for e in quoted} == {(date(2025, 5, 2), "day")}


def test_a_quote_in_a_later_paragraph_stays_reported() -> None:
    text = (
        "Three farmers were killed on 2 May when police fired on a protest in Jurm, Badakhshan.\n\n"
        '"They beat us with sticks every week," a farmer in Jurm said of the police.'
    )
    beaten = [e for e in suggest(text, published=date(2025, 5, 9)) if e.type == "torture"]
    assert beaten and all(e.date_precision == "reported" for e in beaten)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A journalist was taken from his home in Kunduz city by intelligence officers on 2 May.\n\n"
            "His father was beaten when he tried to stop the officers from taking him.",
            "en",
        ),
        (
            "روز ۱۲ ثور یک خبرنگار از سوی استخبارات در شهر کندز بازداشت شد. برادر او هنگامی که تلاش کرد "
            "مانع بردن او شود، از سوی ماموران لت و کوب شد.",
            "fa",
        ),
    ],
)
def test_harm_done_resisting_the_incident_before_takes_its_day(text: str, language: str) -> None:
    found = [e for e in suggest(text, language=language, published=date(2025, 5, 9)) if e.type == "torture"]
    assert [(e.date_start, e.date_precision) for e in found] == [(date(2025, 5, 2), "day")]
