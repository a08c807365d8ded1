"""Snapshot tables without outer bars (issue 14, session 7): "Ghormach | Badghis | 1,250" under a caption
saying what and when ("New displacement from 1 to 15 May, by district of origin:") is one event per row,
with the row's count and place and the caption's period; a total restating the rows is no event. Every
case is written for these tests (English, Dari, Pashto); none is taken from an answer key's articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.suggesting import facts, suggest

_EN = (
    "Displacement update, West\n\n"
    "Around 2,000 people fled their homes in three provinces in the second half of April after clashes.\n\n"
    "Newly displaced people, 16 to 30 April 2024, by district:\n\n"
    "District | Province | People displaced\n"
    "Bala Murghab | Badghis | 900\n"
    "Shindand | Herat | about 700\n"
    "Bakwa | Farah | 380\n"
    "Total | | 1,980\n"
)
_FA = (
    "گزارش بیجاشدگی، غرب\n\n"
    "بیجاشدگان تازه از ۱ تا ۱۵ ثور ۱۴۰۳ به تفکیک ولسوالی:\n\n"
    "ولسوالی | ولایت | شمار افراد\n"
    "بالامرغاب | بادغیس | ۶۵۰\n"
    "شیندند | هرات | حدود ۴۰۰\n"
    "مجموع | | ۱۰۵۰\n"
)
_PS = (
    "د بېځایه کېدو لنډ راپور\n\n"
    "د ۱۴۰۳ د غویي له ۱ څخه تر ۱۵ پورې نوي بې ځایه شوي کسان، د ولسوالۍ له مخې:\n\n"
    "ولسوالي | ولایت | د کسانو شمېر\n"
    "بالامرغاب | بادغیس | ۳۲۰\n"
    "کوشک | هرات | ۲۱۰\n"
)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            _EN,
            "en",
            {
                ("flight", "AF-BDG", 900, "exact"),
                ("flight", "AF-HER", 700, "about"),
                ("flight", "AF-FRA", 380, "exact"),
            },
        ),
        (_FA, "fa", {("flight", "AF-BDG", 650, "exact"), ("flight", "AF-HER", 400, "about")}),
        (_PS, "ps", {("flight", "AF-BDG", 320, "exact"), ("flight", "AF-HER", 210, "exact")}),
    ],
)
def test_a_snapshot_table_is_one_flight_per_row(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


def test_the_rows_take_the_captions_period() -> None:
    events = suggest(_EN, published=date(2024, 5, 6))
    assert {(e.date_start, e.date_end) for e in events} == {(date(2024, 4, 16), date(2024, 4, 30))}


def test_a_table_of_needs_is_no_event() -> None:
    # near miss: a table of what the displaced need counts no flight
    text = (
        "Needs reported by displaced families, May 2024:\n\n"
        "Province | Need | Households\n"
        "Badghis | Shelter | 300\n"
        "Herat | Water | 120\n"
    )
    assert suggest(text) == []
