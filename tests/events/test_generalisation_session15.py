"""Session 15 (issue 14): mechanisms found on development text, each written anew for these tests in
wordings of our own (none is taken from an answer key's articles):

- a note's own date under its title: "Call of 3 March 2026, 25 minutes, …", «تاریخ تماس: …», «تاریخ ثبت: …»,
  "Tuesday 3 March 2026, transcript (Dari service)", and a Pashto date with the Solar Hijri mark before «کال»
  («د ۱۴۰۵ هـ ش کال د تلې ۱۲مه»);
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop.events.dates import find_dates
from desktop.events.dates.published import published_date

# ------------------------------------------------------------------ the note's own date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Notes — a teacher from Kohistan\n\nCall of 3 March 2026, 25 minutes, in Pashto, from Charikar."
            "\n\n"
            "He said two colleagues had been taken.",
            date(2026, 3, 3),
        ),
        (
            "Interview notes\nInterview on 14 May 2026 by telephone\n\nShe described the raid.",
            date(2026, 5, 14),
        ),
        (
            "Radio Sahar — Morning news\nTuesday 3 March 2026, transcript (Dari service)\n\nGood morning.",
            date(2026, 3, 3),
        ),
        (
            "یادداشت تماس — ولایت لغمان\n\nتاریخ تماس: سه‌شنبه ۱۲ حوت ۱۴۰۴\nتماس‌گیرنده: یک معلم",
            date(2026, 3, 3),
        ),
        ("روایت یک زن\nتاریخ ثبت: ۲۴ ثور ۱۴۰۵\nراوی: از طریق تلفن", date(2026, 5, 14)),
        ("د شورا اعلامیه\n\nنېټه: د ۱۴۰۵ هـ ش کال د تلې ۱۲مه\n\nشورا اندېښنه څرګندوي.", date(2026, 10, 4)),
    ],
)
def test_a_notes_own_date_under_its_title(text: str, expected: date) -> None:
    assert published_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the date opens a sentence of the story: what happened, not publication
        "Report\n\n3 March 2026, the day the men were taken, was a Tuesday.\n\nMore.",
        # a call told in the story, not the note's header
        "Report\n\nThe family said a call on 3 March 2026 warned them to leave the village.\n\nMore.",
    ],
)
def test_dates_in_the_story_are_not_the_notes_date(text: str) -> None:
    assert published_date(text) is None


@pytest.mark.parametrize("mark", ["هـ ش", "هـ.ش", "ه.ش"])
def test_the_solar_hijri_mark_before_kal(mark: str) -> None:
    found = find_dates(f"د ۱۴۰۵ {mark} کال د تلې ۱۲مه")
    assert [(m.range.start, m.range.precision) for m in found] == [(date(2026, 10, 4), "day")]
