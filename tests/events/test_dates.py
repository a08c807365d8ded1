"""Dates in English, Dari and Pashto, Gregorian and Solar Hijri, resolved against the article's date."""

from datetime import date

import pytest

from desktop.events.dates import DateMatch, DateRange, find_dates, resolve_date
from desktop.events.dates.calendars import gregorian_to_solar, solar_to_gregorian, solar_year_span

PUBLISHED = date(2024, 3, 15)  # a Friday
JUNE_8 = date(2024, 6, 8)  # a Saturday


def day(year: int, month: int, dom: int) -> DateRange:
    return DateRange(date(year, month, dom), date(year, month, dom), "day")


def span(first: date, last: date, precision: str) -> DateRange:
    return DateRange(first, last, precision)


def found(text: str, published: date | None = JUNE_8) -> list[tuple[str, DateRange, bool]]:
    """(the words, the range, relative?) of every date in `text`."""
    return [(text[m.start : m.end], m.range, m.relative) for m in find_dates(text, published=published)]


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("15 March 2024", day(2024, 3, 15)),
        ("on August 15, 2021", day(2021, 8, 15)),
        ("in March 2024", span(date(2024, 3, 1), date(2024, 3, 31), "month")),
        ("in 2023", span(date(2023, 1, 1), date(2023, 12, 31), "year")),
        ("yesterday", day(2024, 3, 14)),
        ("two days ago", day(2024, 3, 13)),
        ("last week", span(date(2024, 3, 4), date(2024, 3, 10), "approximate")),
        ("last month", span(date(2024, 2, 1), date(2024, 2, 29), "month")),
        ("earlier this month", span(date(2024, 3, 1), PUBLISHED, "approximate")),
        ("earlier this year", span(date(2024, 1, 1), PUBLISHED, "approximate")),
        ("in the first half of 2024", span(date(2024, 1, 1), date(2024, 6, 30), "month")),
        # was "month" before issue 14: two stated ends are a range
        ("between January and March 2024", span(date(2024, 1, 1), date(2024, 3, 31), "range")),
        ("in under two months", span(date(2024, 1, 15), PUBLISHED, "approximate")),
        ("on Tuesday", day(2024, 3, 12)),
        ("on Friday", day(2024, 3, 15)),  # the publication day itself is the latest Friday
        ("last Friday", day(2024, 3, 8)),
        ("on Saturday night", day(2024, 3, 9)),
        ("دیروز", day(2024, 3, 14)),
        # "last week" is Monday to Sunday in every language (README rule 7);
        # Dari months are Solar Hijri (Dalw 1402)
        ("هفته گذشته", span(date(2024, 3, 4), date(2024, 3, 10), "approximate")),
        ("ماه گذشته", span(date(2024, 1, 21), date(2024, 2, 19), "month")),
        ("سال گذشته", span(date(2022, 3, 21), date(2023, 3, 20), "year")),  # 1401: published in 1402
        ("روز جمعه", day(2024, 3, 8)),  # a Dari weekday lies before the article's own day (rule 7)
        ("سه‌شنبه", day(2024, 3, 12)),
        ("پنجشنبه گذشته", day(2024, 3, 14)),
        ("پرون", day(2024, 3, 14)),  # Pashto: yesterday
        ("تېره اونۍ", span(date(2024, 3, 4), date(2024, 3, 10), "approximate")),
        ("د جمعې په ورځ", day(2024, 3, 8)),
    ],
)
def test_expressions_resolve_to_the_right_range(expression: str, expected: DateRange) -> None:
    assert resolve_date(expression, published=PUBLISHED) == expected


def test_the_night_before_saturday_is_friday_night_in_dari() -> None:
    # Dari names a night after the day that follows it: "شب شنبه" is Friday night; Pashto «د شنبې په شپه»
    # is read as Saturday night, as the keys read it (a Saturday before the article's own Saturday).
    friday_night = span(date(2024, 6, 7), date(2024, 6, 8), "range")
    assert resolve_date("شب شنبه", published=JUNE_8) == friday_night
    assert resolve_date("د شنبې په شپه", published=JUNE_8) == day(2024, 6, 1)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("۲۳ اسد ۱۴۰۳", day(2024, 8, 13)),
        ("۱ حمل ۱۴۰۳", day(2024, 3, 20)),
        ("۱ حمل ۱۴۰۴", day(2025, 3, 21)),
        ("۲۳ مرداد ۱۴۰۳", day(2024, 8, 13)),  # Iranian month names
        ("١٢ سرطان ١٤٠٣", day(2024, 7, 2)),  # Arabic-Indic digits
        ("12 سرطان 1403", day(2024, 7, 2)),
        ("۳۰ حوت ۱۴۰۳", day(2025, 3, 20)),  # 1403 is a leap year
        ("۲۳ زمری ۱۴۰۳", day(2024, 8, 13)),  # Pashto month names
        ("د ۱۴۰۳ کال د زمري ۲۳مه", day(2024, 8, 13)),
        ("۵ چنګاښ ۱۴۰۳", day(2024, 6, 25)),
        ("۱۰ لیندۍ ۱۴۰۲", day(2023, 12, 1)),
        ("۱ وری ۱۴۰۳", day(2024, 3, 20)),
        ("ماه اسد سال ۱۴۰۳", span(date(2024, 7, 22), date(2024, 8, 21), "month")),
        ("اسد ۱۴۰۳", span(date(2024, 7, 22), date(2024, 8, 21), "month")),
        ("۱۴۰۳ هجری شمسی", span(date(2024, 3, 20), date(2025, 3, 20), "year")),
        ("سال ۱۴۰۲", span(date(2023, 3, 21), date(2024, 3, 19), "year")),
        ("د ۱۴۰۳ کال", span(date(2024, 3, 20), date(2025, 3, 20), "year")),
        ("۱۴۰۳/۴/۱۲", day(2024, 7, 2)),
        ("۱۲/۴/۱۴۰۳", day(2024, 7, 2)),
        ("۳ جون ۲۰۲۴", day(2024, 6, 3)),  # Gregorian dates in Dari
        ("جون ۲۰۲۴", span(date(2024, 6, 1), date(2024, 6, 30), "month")),
        ("۲۰۲۴/۶/۳", day(2024, 6, 3)),
        ("۵ می ۲۰۲۴", day(2024, 5, 5)),
        ("از ۱ تا ۵ اسد ۱۴۰۳", span(date(2024, 7, 22), date(2024, 7, 26), "range")),
        ("اواخر ماه اسد ۱۴۰۳", span(date(2024, 8, 11), date(2024, 8, 21), "approximate")),
    ],
)
def test_solar_hijri_and_dari_dates_convert(expression: str, expected: DateRange) -> None:
    assert resolve_date(expression, published=JUNE_8) == expected


def test_solar_hijri_conversion_agrees_both_ways() -> None:
    assert solar_to_gregorian(1403, 5, 23) == date(2024, 8, 13)
    assert gregorian_to_solar(date(2024, 8, 13)) == (1403, 5, 23)
    assert solar_to_gregorian(1402, 12, 30) is None  # 1402 is a common year
    assert solar_year_span(1403) == (date(2024, 3, 20), date(2025, 3, 20))


def test_a_day_without_a_year_takes_the_articles_year_not_todays() -> None:
    (detained,) = find_dates("He was detained on 30 May.", published=date(2024, 6, 8))
    assert detained.range == day(2024, 5, 30) and detained.relative
    # the latest such day not after publication: a report of January about "30 December"
    assert resolve_date("on 30 December", published=date(2024, 1, 10)) == day(2023, 12, 30)
    # with a few days' slack: a report dated 1 June may speak of 3 June
    assert resolve_date("on 3 June", published=date(2024, 6, 1)) == day(2024, 6, 3)
    assert resolve_date("۲۳ اسد", published=date(2024, 9, 1)) == day(2024, 8, 13)
    assert resolve_date("۲۳ اسد", published=date(2024, 6, 8)) == day(2023, 8, 14)


def test_without_a_publication_date_the_year_comes_from_the_text_or_nothing() -> None:
    text = "On 28 May 2023 he was arrested; on 30 May he was released."
    assert [f[1] for f in found(text, published=None)] == [day(2023, 5, 28), day(2023, 5, 30)]
    assert found("on 30 May", published=None) == []


def test_relative_dates_stay_open_without_a_publication_date() -> None:
    assert resolve_date("last week", published=None) is None
    assert resolve_date("on Friday", published=None) is None
    assert resolve_date("March 2024", published=None) == span(date(2024, 3, 1), date(2024, 3, 31), "month")


def test_later_and_next_day_count_from_the_previous_date_in_document_order() -> None:
    text = "On 3 June 2024 they came. Two days later they left. The next day a third man was held."
    assert found(text) == [
        ("3 June 2024", day(2024, 6, 3), False),
        ("Two days later", day(2024, 6, 5), True),
        ("The next day", day(2024, 6, 6), True),
    ]
    assert found("On 3 June 2024 they came. A week later, the following day, they left.")[2][1] == day(
        2024, 6, 11
    )


def test_later_without_a_previous_date_is_left_unresolved() -> None:
    assert found("Two days later they left. The next day they came back.") == []


def test_a_historical_year_between_dates_does_not_become_the_anchor() -> None:
    text = "On 3 June 2024 they detained a man who served from 2010. Two days later he was freed."
    assert found(text)[-1][1] == day(2024, 6, 5)


def test_dari_and_pashto_relative_to_the_previous_date() -> None:
    assert found("در ۳ جوزا ۱۴۰۳ آمدند. دو روز بعد رفتند.")[1][1] == day(2024, 5, 25)
    assert found("در ۳ جوزا ۱۴۰۳ آمدند. دو روز پس از آن رفتند.")[1][1] == day(2024, 5, 25)
    assert found("در ۳ جوزا ۱۴۰۳ آمدند. فردای آن روز رفتند.")[1][1] == day(2024, 5, 24)
    assert found("د ۱۴۰۳ کال د زمري ۲۳مه ونیول شو. دوه ورځې وروسته خوشې شو.")[1][1] == day(2024, 8, 15)


@pytest.mark.parametrize(
    ("expression", "published", "expected"),
    [
        ("between 1 and 5 August", date(2024, 9, 1), span(date(2024, 8, 1), date(2024, 8, 5), "range")),
        ("from 12 to 20 June 2021", JUNE_8, span(date(2021, 6, 12), date(2021, 6, 20), "range")),
        ("August 1-5, 2024", JUNE_8, span(date(2024, 8, 1), date(2024, 8, 5), "range")),
        ("since 1 August", date(2024, 9, 1), span(date(2024, 8, 1), date(2024, 9, 1), "range")),
        ("since August 2023", date(2024, 9, 1), span(date(2023, 8, 1), date(2024, 9, 1), "range")),
        ("early June", JUNE_8, span(date(2024, 6, 1), date(2024, 6, 10), "approximate")),
        ("mid-June 2023", JUNE_8, span(date(2023, 6, 11), date(2023, 6, 20), "approximate")),
        ("the end of May", JUNE_8, span(date(2024, 5, 21), date(2024, 5, 31), "approximate")),
        ("mid-2024", JUNE_8, span(date(2024, 5, 1), date(2024, 8, 31), "approximate")),
        ("late last month", JUNE_8, span(date(2024, 5, 21), date(2024, 5, 31), "approximate")),
        # the end of Sawr 1403, the Solar Hijri month before publication
        ("اواخر ماه گذشته", JUNE_8, span(date(2024, 5, 10), date(2024, 5, 20), "approximate")),
        ("اوایل جون", JUNE_8, span(date(2024, 6, 1), date(2024, 6, 10), "approximate")),
        ("in June", JUNE_8, span(date(2024, 6, 1), date(2024, 6, 30), "month")),
        ("ماه اسد", date(2024, 9, 1), span(date(2024, 7, 22), date(2024, 8, 21), "month")),
    ],
)
def test_ranges_and_approximate_dates(expression: str, published: date, expected: DateRange) -> None:
    assert resolve_date(expression, published=published) == expected


def test_from_to_becomes_one_range_and_a_missing_year_is_the_latest_before_publication() -> None:
    (joined,) = find_dates("from August 15, 2021, to June 30.", published=date(2023, 8, 20))
    assert joined.range == span(date(2021, 8, 15), date(2023, 6, 30), "range")  # was "day" before issue 14
    assert joined.start == 0


def test_weekday_decides_between_day_first_and_month_first() -> None:
    assert resolve_date("Saturday, 02/03/2024") == day(2024, 3, 2)
    assert resolve_date("Saturday, 03/02/2024") == day(2024, 2, 3)
    assert resolve_date("03/02/2024") == day(2024, 2, 3)  # day first without a weekday
    assert resolve_date("2024-06-03") == day(2024, 6, 3)


@pytest.mark.parametrize(
    "text", ["31 February 2024", "۳۵ اسد ۱۴۰۳", "13/13/2024", "۳۰ حوت ۱۴۰۲", "2024-13-02"]
)
def test_malformed_dates_are_skipped_without_an_error(text: str) -> None:
    assert find_dates(text, published=JUNE_8) == []


def test_hijri_qamari_years_are_not_read_as_solar() -> None:
    assert find_dates("۱۴۴۵ هجری قمری", published=JUNE_8) == []


def test_words_that_look_like_names_are_not_dates() -> None:
    assert find_dates("the 20-year mission and a 25-year-old", published=PUBLISHED) == []
    assert find_dates("اعدام دسته‌جمعی و اسدالله", published=JUNE_8) == []  # "collective", a name
    assert find_dates("او می خواهد برود", published=JUNE_8) == []  # "می" begins a verb
    assert found("historical: in 1996 he joined")[0][1] == span(date(1996, 1, 1), date(1996, 12, 31), "year")


def test_offsets_point_into_the_original_text() -> None:
    text = "\u200fگزارش: طالبان در ۲۳ اسد ۱۴۰۳ پنج تن را بازداشت کردند."
    (match,) = find_dates(text, published=JUNE_8)
    assert text[match.start : match.end] == "۲۳ اسد ۱۴۰۳"
    assert isinstance(match, DateMatch) and not match.relative


def test_arithmetic_past_the_calendar_is_skipped_not_raised() -> None:
    assert find_dates("9999999 years ago", published=JUNE_8) == []
    assert find_dates("last week, on Friday", published=date(1, 1, 1)) == []


def test_since_a_month_runs_to_the_publication_date() -> None:
    assert found("numbers had doubled since December.", published=date(2024, 1, 18)) == [
        ("since December", span(date(2023, 12, 1), date(2024, 1, 18), "range"), True)
    ]


def test_later_after_a_loose_date_moves_it_and_a_month_leaves_nothing_to_count_from() -> None:
    assert found("Last week they came. Two days later they left.")[1][1] == span(
        date(2024, 5, 29), date(2024, 6, 4), "approximate"
    )
    assert [f[0] for f in found("On 3 April 2024 they came. In May they left. The next day …")] == [
        "3 April 2024",
        "In May",
    ]


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("روز پنجشنبه، ۲۴ اسد", day(2024, 8, 14)),  # the weekday belongs to the date
        ("به تاریخ ۱۵ ماه جوزا سال جاری", day(2024, 6, 4)),  # "of this year"
        ("د روان کال د زمري په ۱۰مه", day(2024, 7, 31)),
        ("د زمري په ۱۰مه نېټه", day(2024, 7, 31)),
        ("در ماه جوزای سال ۱۴۰۳", span(date(2024, 5, 21), date(2024, 6, 20), "month")),  # ezafe
        ("۱۰ سنبلهٔ ۱۴۰۳", day(2024, 8, 31)),
        ("امسال", span(date(2024, 3, 20), date(2024, 8, 20), "year")),  # the Solar Hijri year
        ("سه روز پیش", day(2024, 8, 17)),
        ("پرونۍ شپه", day(2024, 8, 19)),
    ],
)
def test_dari_and_pashto_news_phrasing(expression: str, expected: DateRange) -> None:
    assert resolve_date(expression, published=date(2024, 8, 20)) == expected


def test_a_month_name_in_lower_case_is_a_word() -> None:
    assert find_dates("the protesters march 10 km; they may 2 times", published=JUNE_8) == []
    assert resolve_date("KABUL, JUNE 3, 2024") == day(2024, 6, 3)
