"""The publication date an article states about itself: datelines, labelled lines, a date under the title."""

from datetime import date

import pytest

from desktop.events.dates.published import published_date, published_issued, strip_dateline

BODY = "The Taliban detained five former soldiers in Takhar on 28 May 2024, relatives said.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KABUL, 3 June 2024 — The Taliban detained five former soldiers.", date(2024, 6, 3)),
        ("Detentions in Takhar\nKabul, Afghanistan (June 3, 2024) — Relatives said.", date(2024, 6, 3)),
        ("Detentions in Takhar\nPublished 12 March 2024\n\n" + BODY, date(2024, 3, 12)),
        ("Detentions in Takhar\nPosted on 12 March 2024 by Jane Doe\n\n" + BODY, date(2024, 3, 12)),
        ("Date: 2024-06-03\n\n" + BODY, date(2024, 6, 3)),
        ("Detentions in Takhar\nPrepared by a field monitor, 3 June 2024\n\n" + BODY, date(2024, 6, 3)),
        ("Detentions in Takhar\n3 June 2024\n\n" + BODY, date(2024, 6, 3)),
    ],
)
def test_english_datelines_and_labelled_lines(text: str, expected: date) -> None:
    assert published_date(text) == expected


def test_published_wins_over_updated_whatever_their_order() -> None:
    text = "Detentions in Takhar\nUpdated: 5 June 2024\nPublished: 3 June 2024\n\n" + BODY
    assert published_date(text) == date(2024, 6, 3)
    assert published_date("Detentions in Takhar\nUpdated: 5 June 2024\n\n" + BODY) == date(2024, 6, 5)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Saturday, 02/03/2024", date(2024, 3, 2)),  # day first: 2 March (a Saturday)
        ("Saturday, 03/02/2024", date(2024, 2, 3)),  # 3 February 2024 was a Saturday too
        ("Friday, 03/08/2024", date(2024, 3, 8)),  # 3 August 2024 was a Saturday: the weekday decides
        ("03/02/2024", date(2024, 2, 3)),  # ambiguous without a weekday: day first
        ("02/13/2024", date(2024, 2, 13)),  # 13 cannot be a month
    ],
)
def test_a_date_line_under_the_title_reads_day_first_unless_the_weekday_says_otherwise(
    line: str, expected: date
) -> None:
    assert published_date(f"Detentions in Takhar\n{line}\n\n{BODY}") == expected


def test_us_english_reads_an_ambiguous_date_month_first() -> None:
    text = f"Detentions in Takhar\n03/06/2024\n\n{BODY}"
    assert published_date(text, language="en-US") == date(2024, 3, 6)
    assert published_date(text, language="en") == date(2024, 6, 3)


def test_a_prepared_line_at_the_end_of_a_long_report() -> None:
    text = "Detentions in Takhar\n\n" + BODY * 40 + "\nPrepared by a field monitor, 3 June 2024\n"
    assert published_date(text) == date(2024, 6, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بازداشت سربازان پیشین\nکابل، ۱۲ سرطان ۱۴۰۳ - طالبان پنج تن را بازداشت کردند.", date(2024, 7, 2)),
        ("بازداشت سربازان پیشین\nتاریخ: ۱۴۰۳/۴/۱۲\n\nمتن گزارش.", date(2024, 7, 2)),
        ("بازداشت سربازان پیشین\nمنتشر شده در ۱۲ سرطان ۱۴۰۳\n\nمتن گزارش.", date(2024, 7, 2)),
        ("بازداشت سربازان پیشین\nتاریخ نشر: ۲۳ اسد ۱۴۰۳\n\nمتن.", date(2024, 8, 13)),
        ("د پخوانیو سرتیرو نیول\nنېټه: ۱۴۰۳/۵/۲۳\n\nمتن.", date(2024, 8, 13)),
        ("د پخوانیو سرتیرو نیول\nکابل، د ۱۴۰۳ کال د زمري ۲۳مه\n\nمتن.", date(2024, 8, 13)),
        ("بازداشت سربازان پیشین\n۳ جون ۲۰۲۴\n\nمتن گزارش.", date(2024, 6, 3)),
    ],
)
def test_dari_and_pashto_datelines_in_the_solar_hijri_calendar(text: str, expected: date) -> None:
    assert published_date(text, language="fa") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Detentions in Takhar\n\n" + BODY,  # a date in the story is what happened, not publication
        "No date here at all.",
        "Detentions in Takhar\nKABUL, June 3 — no year, so no date\n",
        "Detentions in Takhar\nDate: 31 February 2024\n",
        "",
    ],
)
def test_no_stated_publication_date_gives_none(text: str) -> None:
    assert published_date(text) is None


def test_strip_dateline_keeps_the_story() -> None:
    assert strip_dateline("KABUL, 3 June 2024 — The Taliban detained five.") == "The Taliban detained five."
    assert strip_dateline("Published 12 March 2024") == ""
    assert strip_dateline("The Taliban detained five.") == "The Taliban detained five."


def test_an_event_date_in_a_dari_lead_is_not_the_publication_date() -> None:
    # "به تاریخ" is "on (the date of)" an event: only "تاریخ:" or "تاریخ نشر" label a line
    assert (
        published_date("بازداشت سربازان\nبه تاریخ ۱۲ سرطان ۱۴۰۳ طالبان پنج سرباز را بازداشت کردند.") is None
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\nKABUL, 3 June 2024 (Fieldwire) — Taliban officers detained a reporter.", date(2024, 6, 3)),
        ("Title\nHERAT, Afghanistan, 14 February 2025 (Fieldwire) — Eleven were flogged.", date(2025, 2, 14)),
        ("عنوان\nکابل، ۱۲ سرطان ۱۴۰۳ (خبرگزاری صدای شمال) — نیروهای طالبان", date(2024, 7, 2)),
        ("عنوان\nاسلام‌آباد، ۲۰ عقرب ۱۴۰۳ — پولیس پاکستان", date(2024, 11, 10)),  # ZWNJ in the place
    ],
)
def test_datelines_with_an_agency_or_a_joined_place_name(text: str, expected: date) -> None:
    assert published_date(text) == expected


def test_a_month_stated_alone_gives_a_month_precise_issued_date() -> None:
    text = "# Forty years of displacement\n\nBackground paper for new staff — September 2024\n\nBody."
    assert published_issued(text) == {"date-parts": [[2024, 9]]}
    assert published_date(text) is None  # not a day
    both = "Title\nSeptember 2024\nPublished 3 September 2024\n\nBody."
    assert published_issued(both) == {"date-parts": [[2024, 9, 3]]}


def test_the_head_wins_over_a_line_at_the_end() -> None:
    text = "Title\nKABUL, 3 June 2024 — " + BODY * 40 + "\nPublished 1 May 2023 in another issue\n"
    assert published_date(text) == date(2024, 6, 3)
