"""Dates of heldout-10's classes (issue 14, session 7), in wordings written for these tests; none is taken
from an answer key's articles: the day a body was found after a clause telling how long the person had
been missing; a date stated right after a counted one ("three weeks later, on 11 February")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.suggesting import suggest


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The body of a shepherd who had been missing for a week was found in Ghor late on Saturday.",
            date(2024, 5, 18),
        ),
        (
            "The corpse of a teacher who had gone missing days earlier was discovered in a canal in Balkh on "
            "Saturday evening.",
            date(2024, 5, 18),
        ),
        (
            "A farmer who had disappeared for ten days was found dead in Ghor late on Friday.",
            date(2024, 5, 17),
        ),
    ],
)
def test_the_day_a_body_was_found_after_how_long_the_person_was_missing(text: str, day: date) -> None:
    events = suggest(text)
    assert [(e.type, e.date_start, e.date_end) for e in events] == [("killing", day, day)]


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "The Taliban detained three men in Khost on 20 January. Three weeks later, on 11 February, "
            "the body of a farmer was found in Paktia.",
            "en",
            date(2024, 2, 11),
        ),
        (
            "The Taliban detained three men in Khost on 20 January. Two days later, on 3 February, Taliban "
            "fighters detained a teacher in Kunduz.",
            "en",
            date(2024, 2, 3),
        ),
        (
            "طالبان روز ۱۰ حمل سه مرد را در خوست بازداشت کردند. دو هفته بعد، در ۲۵ حمل، جسد یک دهقان "
            "در پکتیا پیدا شد.",
            "fa",
            date(2024, 4, 13),
        ),
    ],
)
def test_a_date_stated_after_a_counted_one_is_the_day(text: str, language: str, day: date) -> None:
    events = suggest(text, language)
    assert events[-1].date_start == day and events[-1].date_end == day


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "Q: When were you released? A: On 14 May. At my release, the prison chief in Herat told me that "
            "my family would be arrested if I spoke to the media.",
            "en",
            date(2024, 5, 14),
        ),
        (
            "پرسش: چه وقت رها شدید؟\nپاسخ: روز ۲۵ حمل. هنگام رهایی، مسئول زندان هرات به من گفت اگر با "
            "رسانه‌ها صحبت کنم، برادرم را بازداشت می‌کنند.",
            "fa",
            date(2024, 4, 13),
        ),
        (
            "پوښتنه: کله خوشې شوې؟\nځواب: د غویي په ۲۰مه. کله چې خوشې کېدم، د زندان مسؤل راته وویل چې که له "
            "رسنیو سره خبرې وکړې، نو ورور به دې ونیول شي. دا په خوست کې وو.",
            "ps",
            date(2024, 5, 9),
        ),
    ],
)
def test_a_sentence_that_is_only_a_date_dates_the_next(text: str, language: str, day: date) -> None:
    events = suggest(text, language)
    assert [(e.type, e.date_start, e.date_end) for e in events] == [("threat", day, day)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "گزارش کمیسیون درباره وضعیت ماه حوت ۱۴۰۲\nکابل، ۵ حمل ۱۴۰۳\n\n"
            "در مجموع، شش تن در این ماه در ولسوالی نهرین بغلان بازداشت شده‌اند.",
            "detention",
        ),
        (
            "اعلامیه شبکه درباره وضعیت ماه حوت\nکابل، ۵ حمل ۱۴۰۳\n\n"
            "در این ماه، چهار تن در شهر هرات ناپدید شدند.",
            "disappearance",
        ),
    ],
)
def test_this_month_in_a_statement_on_a_months_situation_is_that_month(text: str, kind: str) -> None:
    events = suggest(text, "fa", published=date(2024, 3, 24))
    assert [(e.type, e.date_start, e.date_end) for e in events] == [
        (kind, date(2024, 2, 20), date(2024, 3, 19))
    ]
