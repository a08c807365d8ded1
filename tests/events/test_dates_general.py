"""Dates in wordings the evidence articles do not use (issue 14: dates that generalise)."""

from datetime import date

import pytest

from desktop.events.dates import DateRange, find_dates
from desktop.events.dates.calendars import SOLAR_MONTHS
from desktop.events.dates.published import published_date
from desktop.events.script import fold_str
from desktop.events.suggest import suggest_events

FEBRUARY_14 = date(2025, 2, 14)


def first(text: str, published: date | None) -> tuple[str, DateRange] | None:
    found = find_dates(text, published=published)
    return (text[found[0].start : found[0].end], found[0].range) if found else None


def day(year: int, month: int, dom: int) -> DateRange:
    return DateRange(date(year, month, dom), date(year, month, dom), "day")


# ---------------------------------------------------------------- Pashto months and ordinals

PASHTO_MONTHS = {
    1: ("وری", "وري"), 2: ("غویی", "غويي", "غويی"), 3: ("غبرګولی", "غبرګولي", "غبرگولي", "غبرگولی"),
    4: ("چنګاښ", "چنگاښ", "چنگاش"), 5: ("زمری", "زمري"), 6: ("وږی", "وږي"), 7: ("تله", "تلې"),
    8: ("لړم",), 9: ("لیندۍ", "ليندۍ", "لیندی"), 10: ("مرغومی", "مرغومي"), 11: ("سلواغه", "سلواغې"),
    12: ("کب",),
}  # fmt: skip


@pytest.mark.parametrize(("month", "spelling"), [(m, s) for m, names in PASHTO_MONTHS.items() for s in names])
def test_every_pashto_month_and_its_spellings_is_known(month: int, spelling: str) -> None:
    assert SOLAR_MONTHS[fold_str(spelling)] == month
    found = first(f"د {spelling} ۵مه ۱۴۰۳", None)
    assert found is not None and found[1].precision == "day"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("طالبانو د تلې په ۱۴مه ۱۴۰۴ څلور تنه ونیول", day(2025, 10, 6)),
        ("د غويي ۳مه ۱۴۰۴ یې څلور تنه ونیول", day(2025, 4, 23)),
        ("د ۱۴۰۴ کال د تلې میاشتې ۱۴مه څلور تنه ونیول شول", day(2025, 10, 6)),
        ("د سلواغې ۵ مه، ۱۴۰۳ څلور تنه ونیول شول", day(2025, 1, 24)),
        ("۱۴ ام میزان ۱۴۰۴ چهار تن بازداشت شدند", day(2025, 10, 6)),
        ("۱۴ام میزان ۱۴۰۴ چهار تن بازداشت شدند", day(2025, 10, 6)),
        ("۵ د وري ۱۴۰۳", day(2024, 3, 24)),
    ],
)
def test_pashto_and_dari_ordinal_days_in_a_sentence(text: str, expected: DateRange) -> None:
    found = first(text, None)
    assert found is not None and found[1] == expected


def test_a_pashto_day_without_a_year_takes_the_publication_year() -> None:
    # 3 Sawr 1404 = 23 April 2025; published 10 May 2025 (20 Sawr 1404)
    assert first("د غويي ۳مه طالبانو څلور تنه ونیول", date(2025, 5, 10)) == ("د غويي ۳مه", day(2025, 4, 23))


def test_persian_keyboard_variants_that_are_words_need_a_year() -> None:
    assert find_dates("زه یو کتاب لرم ۵مه", published=date(2025, 5, 10)) == []


def test_fourteen_mehr_is_not_the_fourteenth_ordinal() -> None:
    found = first("۱۴ مهر ۱۴۰۳", None)
    assert found is not None and found[1] == day(2024, 10, 5)


# ---------------------------------------------------------------- a day without a year across the new year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 29 December, three men were detained.", day(2024, 12, 29)),
        ("On December 29, three men were detained.", day(2024, 12, 29)),
        ("On 10 February, three men were detained.", day(2025, 2, 10)),
        ("On 18 February, three men were detained.", day(2025, 2, 18)),  # a week's slack after publication
        ("On 3 March, three men were detained.", day(2024, 3, 3)),
    ],
)
def test_a_day_without_a_year_is_the_latest_such_day_not_after_publication(
    text: str, expected: DateRange
) -> None:
    found = first(text, FEBRUARY_14)
    assert found is not None and found[1] == expected


def test_without_a_publication_date_a_yearless_day_takes_the_stated_year_never_today() -> None:
    assert first("On 29 December, three men were detained.", None) is None
    found = find_dates(
        "In March 2023 four were held. On 29 December, three men were detained.", published=None
    )
    assert [m.range for m in found][-1] == day(2023, 12, 29)


LONDON = (
    "Officers detained in Kabul\n\n"
    "LONDON, 14 February 2025 — Rights groups asked the Taliban for news of three former officers. "
    "On 29 December, Taliban intelligence detained three former army officers in Kabul, relatives said.\n"
)


def test_the_dateline_year_dates_a_december_day_in_a_february_article() -> None:
    for published in (FEBRUARY_14, None):  # passed in, or only in the text's dateline
        found = [
            e for e in suggest_events(LONDON, published=published, language="en") if e.type == "detention"
        ]
        assert [(e.date_start, e.date_precision) for e in found] == [(date(2024, 12, 29), "day")]


# ---------------------------------------------------------------- periods: quarters, months, the past month

JULY_12 = date(2024, 7, 12)  # first month of Q3: "the quarter" is the complete Q2
OCTOBER_15 = date(2024, 10, 15)  # 24 Mizan 1403, the first month of the autumn season (Mizan–Qaws)
AUGUST_20 = date(2024, 8, 20)  # the second month of Q3 (and 30 Asad 1403, the last month of summer)


def span(first: date, last: date, precision: str) -> DateRange:
    return DateRange(first, last, precision)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Over the quarter, twelve men were held.",
            JULY_12,
            span(date(2024, 4, 1), date(2024, 6, 30), "month"),
        ),
        ("During the quarter twelve men were held.", AUGUST_20, span(date(2024, 7, 1), AUGUST_20, "range")),
        (
            "In the reporting quarter twelve were held.",
            JULY_12,
            span(date(2024, 4, 1), date(2024, 6, 30), "month"),
        ),
        ("This quarter twelve men were held.", JULY_12, span(date(2024, 7, 1), JULY_12, "range")),
        ("Last quarter twelve men were held.", AUGUST_20, span(date(2024, 4, 1), date(2024, 6, 30), "month")),
        (
            "Over the past quarter twelve were held.",
            AUGUST_20,
            span(date(2024, 4, 1), date(2024, 6, 30), "month"),
        ),
        (
            "During the third quarter, twelve were held.",
            OCTOBER_15,
            span(date(2024, 7, 1), date(2024, 9, 30), "month"),
        ),
        (
            "During the fourth quarter, twelve were held.",
            AUGUST_20,
            span(date(2023, 10, 1), date(2023, 12, 31), "month"),
        ),
        ("In the third quarter, twelve were held.", AUGUST_20, span(date(2024, 7, 1), AUGUST_20, "range")),
        ("In Q3 2024, twelve men were held.", JULY_12, span(date(2024, 7, 1), date(2024, 9, 30), "month")),
        ("In 2024-Q2, twelve men were held.", None, span(date(2024, 4, 1), date(2024, 6, 30), "month")),
        ("In Q3, twelve men were held.", OCTOBER_15, span(date(2024, 7, 1), date(2024, 9, 30), "month")),
        (
            "In the first quarter of 2025, twelve were held.",
            None,
            span(date(2025, 1, 1), date(2025, 3, 31), "month"),
        ),
        (
            "In September (several dates), twelve were held.",
            OCTOBER_15,
            span(date(2024, 9, 1), date(2024, 9, 30), "month"),
        ),
        (
            "Throughout September, twelve were held.",
            OCTOBER_15,
            span(date(2024, 9, 1), date(2024, 9, 30), "month"),
        ),
        ("In the past month, twelve were held.", OCTOBER_15, span(date(2024, 9, 15), OCTOBER_15, "range")),
        (
            "Over the past two weeks, twelve were held.",
            OCTOBER_15,
            span(date(2024, 10, 1), OCTOBER_15, "range"),
        ),
        # Dari and Pashto: the Solar Hijri seasons
        (
            "در این فصل دوازده تن بازداشت شدند.",
            OCTOBER_15,
            span(date(2024, 6, 21), date(2024, 9, 21), "month"),
        ),
        ("در این فصل دوازده تن بازداشت شدند.", AUGUST_20, span(date(2024, 6, 21), AUGUST_20, "range")),
        (
            "در فصل گذشته دوازده تن بازداشت شدند.",
            AUGUST_20,
            span(date(2024, 3, 20), date(2024, 6, 20), "month"),
        ),
        (
            "در سه‌ماهه سوم دوازده تن بازداشت شدند.",
            OCTOBER_15,
            span(date(2024, 7, 1), date(2024, 9, 30), "month"),
        ),
        (
            "در سه‌ماهه دوم دوازده تن بازداشت شدند.",
            OCTOBER_15,
            span(date(2024, 4, 1), date(2024, 6, 30), "month"),
        ),
        ("در سه‌ماهه سوم سال ۱۴۰۳ دوازده تن", None, span(date(2024, 9, 22), date(2024, 12, 20), "month")),
        ("در سه‌ماهه سوم ۲۰۲۴ دوازده تن", None, span(date(2024, 7, 1), date(2024, 9, 30), "month")),
        (
            "طی ماه سنبله دوازده تن بازداشت شدند.",
            OCTOBER_15,
            span(date(2024, 8, 22), date(2024, 9, 21), "month"),
        ),
        ("طی سنبله دوازده تن بازداشت شدند.", OCTOBER_15, span(date(2024, 8, 22), date(2024, 9, 21), "month")),
        ("طی سه ماه گذشته دوازده تن بازداشت شدند.", OCTOBER_15, span(date(2024, 7, 15), OCTOBER_15, "range")),
        (
            "په تېرو درې میاشتو کې دولس تنه ونیول شول.",
            OCTOBER_15,
            span(date(2024, 7, 15), OCTOBER_15, "range"),
        ),
        (
            "دریمه درې میاشتنۍ کې دولس تنه ونیول شول.",
            OCTOBER_15,
            span(date(2024, 7, 1), date(2024, 9, 30), "month"),
        ),
    ],
)
def test_periods_give_a_range_or_a_month(text: str, published: date | None, expected: DateRange) -> None:
    found = find_dates(text, published=published)
    assert found and found[0].range == expected


@pytest.mark.parametrize(
    "text",
    [
        "A quarter of the detainees were released.",
        "Three quarters of the families left.",
        "They lived in the old quarter of the city.",
        "در فصل زمستان راه‌ها بسته است.",
        "در این فصل از گزارش، روش کار شرح داده می‌شود.",
    ],
)
def test_words_that_are_not_quarters(text: str) -> None:
    assert find_dates(text, published=OCTOBER_15) == []


@pytest.mark.parametrize(
    ("text", "language", "start", "end"),
    [
        ("Quarterly update\n\nOver the quarter, the Taliban detained 12 former soldiers in Kunduz province.",
         "en", date(2024, 7, 1), date(2024, 9, 30)),
        ("Update\n\nThe Taliban detained 12 former soldiers in Kunduz province in September (several dates).",
         "en", date(2024, 9, 1), date(2024, 9, 30)),
        ("گزارش\n\nدر این فصل، طالبان ۱۲ سرباز پیشین را در ولایت کندز بازداشت کردند.",
         "fa", date(2024, 6, 21), date(2024, 9, 21)),
        ("گزارش\n\nدر سه‌ماهه سوم، طالبان ۱۲ سرباز پیشین را در ولایت کندز بازداشت کردند.",
         "fa", date(2024, 7, 1), date(2024, 9, 30)),
    ],
)  # fmt: skip
def test_an_event_in_a_period_is_dated_by_it_not_reported(
    text: str, language: str, start: date, end: date
) -> None:
    found = [
        e for e in suggest_events(text, published=OCTOBER_15, language=language) if e.type == "detention"
    ]
    assert [(e.date_start, e.date_end) for e in found] == [(start, end)]
    assert found[0].date_precision != "reported"


PASHTO = (
    "په ننګرهار کې د پخوانیو سرتیرو نیول\n\n"
    "جلال‌آباد، د لړم ۵مه ۱۴۰۳ — طالبانو د لړم په ۲مه د ننګرهار ولایت په خوګیاڼي ولسوالۍ کې"
    " درې پخواني سرتیري ونیول.\n"
)


def test_a_pashto_dateline_dates_the_article_and_its_events() -> None:
    published = published_date(PASHTO)
    assert published == date(2024, 10, 26)  # 5 Aqrab 1403
    found = [e for e in suggest_events(PASHTO, published=published, language="ps") if e.type == "detention"]
    assert [(e.date_start, e.date_precision) for e in found] == [(date(2024, 10, 23), "day")]  # 2 Aqrab


@pytest.mark.parametrize(
    "text",
    [
        "له ۱۰مې تر ۱۲مې د تلې",
        "له ۱۰ تر ۱۲ تلې ۱۴۰۴",
        "له ۱۰مې د تلې څخه تر ۱۲مې د تلې",
        "از ۱۰ ام تا ۱۲ ام میزان",
        "بین ۱۰ و ۱۲ میزان",
    ],
)
def test_pashto_and_dari_day_ranges_with_ordinals(text: str) -> None:
    found = find_dates(text, published=date(2025, 10, 20))
    assert [m.range for m in found] == [span(date(2025, 10, 2), date(2025, 10, 4), "range")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("د وږي په میاشت کې دولس تنه ونیول شول", span(date(2024, 8, 22), date(2024, 9, 21), "month")),
        ("په وږي میاشت کې دولس تنه ونیول شول", span(date(2024, 8, 22), date(2024, 9, 21), "month")),
        ("د زمري میاشتې په اوږدو کې", span(date(2024, 7, 22), date(2024, 8, 21), "month")),
    ],
)
def test_a_pashto_month_named_with_the_word_month(text: str, expected: DateRange) -> None:
    assert [m.range for m in find_dates(text, published=OCTOBER_15)] == [expected]


@pytest.mark.parametrize("text", ["د زمري غوندې زړور سړی", "د وږي ماشوم ډوډۍ وغوښته", "د وري غوښه"])
def test_pashto_zodiac_words_are_not_months_alone(text: str) -> None:
    assert find_dates(text, published=OCTOBER_15) == []


@pytest.mark.parametrize(
    "text", ["له ۱۰مې د تلې راهیسې", "د تلې له ۱۰مې راهیسې", "از ۱۰ میزان به این سو", "از ۱۰ میزان تاکنون"]
)
def test_since_written_after_the_date_in_pashto_and_dari(text: str) -> None:
    published = date(2025, 10, 20)
    assert [m.range for m in find_dates(text, published=published)] == [
        span(date(2025, 10, 2), published, "range")
    ]


@pytest.mark.parametrize(
    "head",
    [
        "HERAT, Afghanistan (June 17, 2025) — Taliban intelligence held four returnees in Herat province.",
        "MAZAR-I-SHARIF, Afghanistan — Tuesday, June 17, 2025 — Taliban intelligence detained four returnees"
        " in Balkh province.",
        "Kabul – 17.06.2025\nTaliban intelligence detained four returnees in Kabul province.",
        "HERAT, 17 June 2025 Taliban intelligence detained four returnees in Herat province.",
        "هرات – ۲۷ جوزا ۱۴۰۴ طالبان چهار سرباز پیشین را در ولایت هرات بازداشت کردند.",
        "کابل، د تلې ۱۴مه ۱۴۰۴ — طالبانو د کابل په ولایت کې څلور پخواني سرتیري ونیول.",
    ],
)
def test_a_datelines_date_is_when_the_story_was_filed_not_when_it_happened(head: str) -> None:
    text = "Returnees detained\n\n" + head + "\n"
    published = published_date(text)
    assert published is not None
    found = suggest_events(text, published=published, language="")
    assert [(e.date_start, e.date_precision) for e in found] == [(published, "reported")]
    assert [e.date_start for e in suggest_events(text, published=None, language="")] == [None]


def test_a_list_item_ending_in_its_date_still_dates_the_event() -> None:
    text = "Detentions\n\nFive former soldiers detained in Khanabad district of Kunduz, 3 June 2024\n"
    found = suggest_events(text, published=date(2024, 6, 10), language="en")
    assert [(e.date_start, e.date_precision) for e in found] == [(date(2024, 6, 3), "day")]


def test_an_article_dated_to_a_month_resolves_a_december_day_to_the_year_before() -> None:
    text = (
        "Detentions in Kabul\n\nBackground paper — February 2025\n\n"
        "On 29 December, Taliban intelligence detained three former officers in Kabul.\n"
    )
    found = suggest_events(text, published=None, language="en")
    assert [(e.date_start, e.date_precision) for e in found] == [(date(2024, 12, 29), "day")]
    assert find_dates("On 29 December", reference=date(2025, 2, 28))[0].range == day(2024, 12, 29)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("During July–September 2024, twelve were held.", span(date(2024, 7, 1), date(2024, 9, 30), "range")),
        ("In July-September, twelve were held.", span(date(2024, 7, 1), date(2024, 9, 30), "range")),
        ("From July to September, twelve were held.", span(date(2024, 7, 1), date(2024, 9, 30), "range")),
        ("In the months of August and September", span(date(2024, 8, 1), date(2024, 9, 30), "range")),
        ("November–January", span(date(2023, 11, 1), date(2024, 1, 31), "range")),
        ("Jan-Mar 2024", span(date(2024, 1, 1), date(2024, 3, 31), "range")),
        ("از اسد تا سنبله", span(date(2024, 7, 22), date(2024, 9, 21), "range")),
    ],
)
def test_month_ranges_with_or_without_a_year(text: str, expected: DateRange) -> None:
    assert [m.range for m in find_dates(text, published=OCTOBER_15)] == [expected]


def test_a_dash_after_a_month_without_a_second_month_is_no_range() -> None:
    assert find_dates("May - 12 detained", published=OCTOBER_15) == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Since the start of the year, 40 were held.", date(2024, 1, 1)),
        ("So far this year, 40 were held.", date(2024, 1, 1)),
        ("از آغاز سال جاری تاکنون ۴۰ تن بازداشت شده‌اند.", date(2024, 3, 20)),
        ("د روان کال له پیل راهیسې ۴۰ تنه نیول شوي دي.", date(2024, 3, 20)),
    ],
)
def test_since_the_start_of_the_year_runs_to_publication(text: str, start: date) -> None:
    assert [m.range for m in find_dates(text, published=OCTOBER_15)] == [span(start, OCTOBER_15, "range")]


@pytest.mark.parametrize(
    "line",
    [
        "- Kunduz, September (several dates): twelve former soldiers detained by Taliban intelligence.",
        "Kunduz, September (several dates) — twelve former soldiers were detained by Taliban intelligence.",
        "| Kunduz | September (several dates) | 12 former soldiers detained |",
        "In Kunduz, during September (several dates), twelve former soldiers were detained.",
        "Kunduz province, September, various dates: twelve former soldiers detained.",
    ],
)
def test_a_month_in_a_list_of_incidents_dates_the_incident(line: str) -> None:
    found = suggest_events("Update\n\n" + line + "\n", published=OCTOBER_15, language="en")
    assert [(e.date_start, e.date_end) for e in found] == [(date(2024, 9, 1), date(2024, 9, 30))]


def test_an_incident_shaped_like_a_dateline_keeps_its_day_unless_it_is_the_filing_day() -> None:
    item = "Kunduz, 12 September — twelve former soldiers were detained by Taliban intelligence.\n"
    found = suggest_events("Update\n\n" + item, published=OCTOBER_15, language="en")
    assert [(e.date_start, e.date_precision) for e in found] == [(date(2024, 9, 12), "day")]
    wire = "KABUL, Oct 15 (Reuters) — twelve former soldiers were detained by Taliban intelligence.\n"
    found = suggest_events("Update\n\n" + wire, published=OCTOBER_15, language="en")
    assert [(e.date_start, e.date_precision) for e in found] == [(OCTOBER_15, "reported")]


def test_a_day_month_year_with_dashes() -> None:
    assert first("Herat, 17-Jun-2025 — four were held", None) == ("17-Jun-2025", day(2025, 6, 17))
