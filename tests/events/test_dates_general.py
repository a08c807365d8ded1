"""Dates in wordings the evidence articles do not use (issue 14: dates that generalise)."""

from datetime import date

import pytest

from desktop.events.dates import DateRange, find_dates
from desktop.events.dates.calendars import SOLAR_MONTHS
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
