"""A body found on a day, of someone who had left home days before (issue 14, session 7): the day the body
was found dates the killing, not the clause telling when the person left («د یکشنبې په ورځ … جسد وموندل شو
چې څو ورځې مخکې له کوره وتلی و», «… جسد … پیدا شد که چند روز پیش از خانه بیرون رفته بود.»). Every case is
written for these tests; none is taken from an answer key's articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.suggesting import suggest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("د یکشنبې په ورځ د هلمند په سیند کې د یوه ځوان جسد وموندل شو چې څو ورځې مخکې له کوره وتلی و.", "ps"),
        ("روز یکشنبه جسد مردی در ولسوالی نادعلی هلمند پیدا شد که چند روز پیش از خانه بیرون رفته بود.", "fa"),
    ],
)
def test_the_day_the_body_was_found_dates_the_killing(text: str, language: str) -> None:
    events = suggest(text, language)
    assert [(e.type, e.date_start) for e in events] == [("killing", date(2024, 5, 19))]
