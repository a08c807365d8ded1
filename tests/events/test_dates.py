"""Date expressions resolved against the article's publication date."""

from datetime import date

import pytest

from desktop.events.dates import DateRange, find_dates, resolve_date

PUBLISHED = date(2024, 3, 15)  # a Friday


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("15 March 2024", DateRange(date(2024, 3, 15), date(2024, 3, 15), "day")),
        ("on August 15, 2021", DateRange(date(2021, 8, 15), date(2021, 8, 15), "day")),
        ("in March 2024", DateRange(date(2024, 3, 1), date(2024, 3, 31), "month")),
        ("in 2023", DateRange(date(2023, 1, 1), date(2023, 12, 31), "year")),
        ("yesterday", DateRange(date(2024, 3, 14), date(2024, 3, 14), "day")),
        ("two days ago", DateRange(date(2024, 3, 13), date(2024, 3, 13), "day")),
        ("last week", DateRange(date(2024, 3, 4), date(2024, 3, 10), "approximate")),
        ("last month", DateRange(date(2024, 2, 1), date(2024, 2, 29), "month")),
        ("earlier this year", DateRange(date(2024, 1, 1), PUBLISHED, "approximate")),
        ("in the first half of 2024", DateRange(date(2024, 1, 1), date(2024, 6, 30), "month")),
        ("between January and March 2024", DateRange(date(2024, 1, 1), date(2024, 3, 31), "month")),
        ("in under two months", DateRange(date(2024, 1, 15), PUBLISHED, "approximate")),
        ("on Tuesday", DateRange(date(2024, 3, 12), date(2024, 3, 12), "day")),
        ("دیروز", DateRange(date(2024, 3, 14), date(2024, 3, 14), "day")),
        ("هفته گذشته", DateRange(date(2024, 3, 4), date(2024, 3, 10), "approximate")),
    ],
)
def test_expressions_resolve_to_the_right_range(expression: str, expected: DateRange) -> None:
    assert resolve_date(expression, published=PUBLISHED) == expected


def test_relative_dates_stay_open_without_a_publication_date() -> None:
    assert resolve_date("last week", published=None) is None
    assert resolve_date("March 2024", published=None) == DateRange(
        date(2024, 3, 1), date(2024, 3, 31), "month"
    )


def test_from_to_becomes_one_range_and_a_missing_year_is_the_latest_before_publication() -> None:
    (found,) = find_dates("from August 15, 2021, to June 30.", published=date(2023, 8, 20))
    assert found.range == DateRange(date(2021, 8, 15), date(2023, 6, 30), "day")


def test_weekday_decides_between_day_first_and_month_first() -> None:
    assert resolve_date("Saturday, 02/03/2024") == DateRange(date(2024, 3, 2), date(2024, 3, 2), "day")


def test_durations_and_ages_are_not_dates() -> None:
    assert find_dates("the 20-year mission and a 25-year-old", published=PUBLISHED) == []
