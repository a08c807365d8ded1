"""Dates on unseen articles (issue 14, session 7): chat exports and diaries whose lines or entries carry their
own day, a stretch counted from an earlier event ("for the first ten days after his arrest"), a detention
before a later event ("after two weeks in a holding centre"), what a report's "these cases" share with the
events before them, Pashto nights, weekdays in Dari and Pashto, and "this month" in a monthly report. Every
text is written for these tests (none taken from an answer key's articles), with near misses."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.events.dates import find_dates, resolve_date
from desktop.events.dates.date_range import DateRange
from desktop.events.dates.published import published_issued
from desktop.events.suggest import SuggestedEvent
from tests.events.suggesting import suggest

FRIDAY = date(2026, 3, 20)  # 29 Hut 1404
MONDAY = date(2026, 3, 23)  # 3 Hamal 1405


def _dated(events: list[SuggestedEvent]) -> set[tuple[object, ...]]:
    return {(e.type, e.province or e.country, e.date_start, e.date_end) for e in events}


def _starts(events: list[SuggestedEvent]) -> dict[str, date | None]:
    return {e.type: e.date_start for e in events}


# 1. Chat exports: each message's "tonight", "this morning", "today" is the day of its timestamp, and an event
#    a message gives no date is reported on that day, not on the export's.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Messages from monitor S. (Wardak), exported 20 March 2026\n\n"
            "[17/03/2026, 21:05] S: Jalrez: three shopkeepers detained by Taliban intelligence tonight "
            "at the bazaar\n"
            "[18/03/2026, 07:40] S: Nerkh - a body was found by the river this morning, his family says "
            "he was a former policeman\n"
            "[20/03/2026, 10:02] S: no news today, will call later",
            "en",
        ),
        (
            "Chat with the Wardak monitor (export of 20 March 2026)\n\n"
            "17/03/2026, 21:05 - S: Jalrez: three shopkeepers detained by Taliban intelligence tonight "
            "at the bazaar\n"
            "18/03/2026, 07:40 - S: Nerkh: a body was found by the river early this morning. family says "
            "former policeman\n"
            "20/03/2026, 10:02 - S: nothing new today",
            "en",
        ),
        (
            "پیام‌های ناظر ولایت وردک، ۲۹ حوت ۱۴۰۴\n\n"
            "[۱۷/۰۳/۲۰۲۶، ۲۱:۰۵] س: جلریز: امشب سه دکاندار در بازار از سوی استخبارات طالبان بازداشت شدند\n"
            "[۱۸/۰۳/۲۰۲۶، ۰۷:۴۰] س: نرخ: امروز صبح جسد یک پولیس پیشین در کنار دریا پیدا شد\n"
            "[۲۰/۰۳/۲۰۲۶، ۱۰:۰۲] س: امروز خبر تازه‌ای نیست",
            "fa",
        ),
    ],
)
def test_a_chat_message_dates_its_own_words(text: str, language: str) -> None:
    assert _dated(suggest(text, language, FRIDAY)) == {
        ("detention", "AF-WAR", date(2026, 3, 17), date(2026, 3, 17)),
        ("killing", "AF-WAR", date(2026, 3, 18), date(2026, 3, 18)),
    }


def test_an_undated_event_in_a_message_is_reported_on_its_day() -> None:
    text = (
        "WhatsApp export, monitor in Maidan Wardak, 20 March 2026\n\n"
        "[18/03/2026, 16:20] S: two teachers detained in Maidan Shahr, taken to the intelligence office\n"
        "[20/03/2026, 09:00] S: a shopkeeper was beaten by fighters in Jalrez"
    )
    assert _starts(suggest(text, "en", FRIDAY)) == {
        "detention": date(2026, 3, 18),
        "torture": date(2026, 3, 20),
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Field diary of a monitor, Herat\n\n"
            "Saturday 14 March 2026\n"
            "Today police detained two students outside the university in Herat city.\n\n"
            "Monday 16 March 2026\n"
            "Yesterday a shopkeeper in Injil was beaten by Taliban fighters in front of his shop.",
            "en",
        ),
        (
            "یادداشت‌های روزانه یک ناظر در هرات\n\n"
            "شنبه ۲۳ حوت ۱۴۰۴\n"
            "امروز پولیس دو محصل را در بیرون از دانشگاه در شهر هرات بازداشت کرد.\n\n"
            "دوشنبه ۲۵ حوت ۱۴۰۴\n"
            "دیروز یک دکاندار در ولسوالی انجیل از سوی جنگجویان طالبان لت‌وکوب شد.",
            "fa",
        ),
    ],
)
def test_a_diary_entry_dates_its_today_and_yesterday(text: str, language: str) -> None:
    assert _dated(suggest(text, language, FRIDAY)) == {
        ("detention", "AF-HER", date(2026, 3, 14), date(2026, 3, 14)),
        ("torture", "AF-HER", date(2026, 3, 15), date(2026, 3, 15)),
    }


def test_a_sentence_opening_with_a_date_is_no_diary_entry() -> None:
    # "On 14 March, …" opens an ordinary paragraph: "yesterday" after it is still the day before publication
    text = (
        "Report from Herat, 20 March 2026\n\n"
        "On 14 March, police detained two students in Herat city. Yesterday a shopkeeper in Injil was beaten."
    )
    assert _starts(suggest(text, "en", FRIDAY))["torture"] == date(2026, 3, 19)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("tonight", date(2026, 3, 20)),
        ("this evening", date(2026, 3, 20)),
        ("امشب", date(2026, 3, 20)),
        ("صبح امروز", date(2026, 3, 20)),
        ("نن شپه", date(2026, 3, 20)),
        ("نن سهار", date(2026, 3, 20)),
    ],
)
def test_words_for_later_today(expression: str, expected: date) -> None:
    assert resolve_date(expression, published=FRIDAY) == DateRange(expected, expected, "day")


# 2. A stretch counted from an earlier event: "for the first ten days after his arrest" starts on its day.
@pytest.mark.parametrize(
    ("text", "language", "start", "end"),
    [
        (
            "Prepared by counsel, Kabul, 18 March 2026\n\n"
            "My client was detained on 2 February at his shop in Kabul "
            "city. I was allowed to see him on 1 March. "
            "He told me that for the first ten days after his arrest he was beaten with cables every night.",
            "en",
            date(2026, 2, 2),
            date(2026, 2, 11),
        ),
        (
            "Note for the file, Kabul, 18 March 2026\n\n"
            "The journalist was arrested in Kabul on 2 February. His "
            "cellmate, released on 9 March, said that "
            "during the first week of his detention he was tortured by interrogators.",
            "en",
            date(2026, 2, 2),
            date(2026, 2, 8),
        ),
        (
            "یادداشت وکیل مدافع، کابل، ۲۷ حوت ۱۴۰۴\n\n"
            "موکل من روز ۱۳ دلو ۱۴۰۴ در شهر کابل بازداشت شد. من روز ۱۰ "
            "حوت با او دیدار کردم. او گفت که در ده روز "
            "نخست پس از بازداشتش هر شب با کیبل لت‌وکوب شد.",
            "fa",
            date(2026, 2, 2),
            date(2026, 2, 11),
        ),
    ],
)
def test_a_stretch_after_an_earlier_arrest_runs_from_its_day(
    text: str, language: str, start: date, end: date
) -> None:
    torture = [e for e in suggest(text, language, date(2026, 3, 18)) if e.type == "torture"]
    assert [(e.date_start, e.date_end) for e in torture] == [(start, end)]


def test_a_beating_after_an_arrest_without_a_stretch_stays_reported() -> None:
    text = (
        "Prepared by counsel, Kabul, 18 March 2026\n\n"
        "My client was detained on 2 February at his shop in Kabul "
        "city. He told me on 1 March that he had been "
        "beaten after his arrest."
    )
    torture = [e for e in suggest(text, "en", date(2026, 3, 18)) if e.type == "torture"]
    assert [e.date_end for e in torture] != [date(2026, 2, 11)]


# 3. A detention before a later event: "deported on 12 March after two weeks in a holding centre".
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Forty Afghans were deported by Iran through Islam Qala on 12 March after two weeks in a holding "
            "centre in Mashhad.",
            "en",
        ),
        (
            "Iran deported forty Afghans through Islam Qala on 12 March, following two weeks in detention "
            "in Mashhad.",
            "en",
        ),
        (
            "چهل مهاجر افغان روز ۲۱ حوت پس از دو هفته بازداشت در کمپی "
            "در مشهد از سوی ایران از طریق اسلام "
            "قلعه اخراج شدند.",
            "fa",
        ),
    ],
)
def test_a_detention_before_a_deportation_ends_on_its_day(text: str, language: str) -> None:
    events = {e.type: e for e in suggest(text, language, FRIDAY)}
    deportation = events["deportation"]
    assert (deportation.date_start, deportation.date_precision) == (date(2026, 3, 12), "day")
    detention = events["detention"]
    assert (detention.date_start, detention.date_end) == (date(2026, 2, 26), date(2026, 3, 12))


# 4. "In some of these cases …": a quarter's detentions, then beatings in those cases: the quarter.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "# Protection update, January to March 2026\n\nPublished 20 April 2026\n\n"
            "During the reporting period, the Mission documented arbitrary detentions of former soldiers in "
            "Kunduz, Takhar and Baghlan provinces. In several of these "
            "cases the detainees said they had been "
            "beaten during interrogation.",
            "en",
        ),
        (
            "# گزارش سه‌ماهه: جدی تا حوت ۱۴۰۴\n\nتاریخ نشر: ۳۱ حمل ۱۴۰۵\n\n"
            "در این دوره، بازداشت‌های خودسرانه سربازان پیشین در ولایت‌های کندز، تخار و بغلان ثبت شد. چند "
            "تن از این بازداشت‌شدگان گفتند که در جریان بازجویی لت‌وکوب شده‌اند.",
            "fa",
        ),
    ],
)
def test_beatings_in_these_cases_share_the_period_of_the_detentions(text: str, language: str) -> None:
    events = {e.type: e for e in suggest(text, language, date(2026, 4, 20))}
    assert events["detention"].date_precision == "range"
    assert (events["torture"].date_start, events["torture"].date_end) == (
        events["detention"].date_start,
        events["detention"].date_end,
    )


# 5. Pashto "on the night of Saturday" is that Saturday; a Dari or Pashto weekday lies before the article.
@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("د شنبې په شپه", date(2026, 3, 21)),
        ("د یکشنبې په شپه", date(2026, 3, 22)),
        ("د جمعې په شپه", date(2026, 3, 20)),
        ("on Saturday night", date(2026, 3, 21)),
        ("شنبه شب", date(2026, 3, 21)),
    ],
)
def test_a_pashto_night_is_its_day(expression: str, expected: date) -> None:
    assert resolve_date(expression, published=MONDAY) == DateRange(expected, expected, "day")


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("د دوشنبې په ورځ", date(2026, 3, 16)),
        ("روز دوشنبه", date(2026, 3, 16)),
        ("دوشنبه", date(2026, 3, 16)),
        ("د یکشنبې په ورځ", date(2026, 3, 22)),  # not the publication day: the day before
        ("on Monday", MONDAY),  # English news call the day of publication by its name
    ],
)
def test_a_dari_or_pashto_weekday_lies_before_the_article(expression: str, expected: date) -> None:
    assert resolve_date(expression, published=MONDAY) == DateRange(expected, expected, "day")


def test_a_dateline_weekday_is_still_the_article_day() -> None:
    text = "کندهار، د ۱۴۰۵ لمریز کال د وري ۳مه، دوشنبه\n\nطالبانو د شنبې په ورځ پنځه ځوانان ونیول."
    found = [m.range.start for m in find_dates(text, published=MONDAY)]
    assert date(2026, 3, 21) in found


# 6. "This month" in a monthly report is the month it covers.
@pytest.mark.parametrize(
    ("text", "language", "start"),
    [
        (
            "# گزارش ماهانه وضعیت حقوق بشر – ماه حمل ۱۴۰۵\n\nتاریخ نشر: ۴ ثور ۱۴۰۵\n\n"
            "در ولسوالی خاص ارزگان، طالبان در این ماه خانه‌های باشندگان "
            "را تلاشی کردند و سه تن را بازداشت کردند.",
            "fa",
            date(2026, 3, 21),
        ),
        (
            "د وري میاشتې راپور ۱۴۰۵ – د بشري حقونو وضعیت\n\nنېټه: د ۱۴۰۵ کال د غويي ۴مه\n\n"
            "په دې میاشت کې طالبانو د ارزګان ولایت په خاص ارزګان ولسوالۍ کې درې تنه ونیول.",
            "ps",
            date(2026, 3, 21),
        ),
        (
            "# Monthly protection update – March 2026\n\nPublished 4 April 2026\n\n"
            "In Khas Uruzgan district, Taliban fighters detained three men during this month.",
            "en",
            date(2026, 3, 1),
        ),
    ],
)
def test_this_month_in_a_monthly_report_is_its_month(text: str, language: str, start: date) -> None:
    detention = [e for e in suggest(text, language, date(2026, 4, 24)) if e.type == "detention"]
    assert [e.date_start for e in detention] == [start]


def test_earlier_this_month_in_a_monthly_report_is_still_the_publication_month() -> None:
    text = (
        "# Monthly protection update – March 2026\n\nPublished 24 April 2026\n\n"
        "Earlier this month, Taliban fighters detained three men in Khas Uruzgan district."
    )
    detention = [e for e in suggest(text, "en", date(2026, 4, 24)) if e.type == "detention"]
    assert [e.date_start for e in detention] == [date(2026, 4, 1)]


def test_a_message_whose_event_sentence_leaves_out_the_stamp_is_still_reported_on_its_day() -> None:
    text = (
        "Notes from the Ghor monitor, forwarded 20 March 2026\n\n"
        "[17/03/2026, 21:05] K: salam. Two brothers from Chaghcharan detained by intelligence, family at the "
        "police HQ now\n[20/03/2026, 09:00] K: will call later"
    )
    assert [(e.type, e.date_start) for e in suggest(text, "en", FRIDAY)] == [("detention", date(2026, 3, 17))]


# 7. Months named together, parts of a named month (Pashto after it), Dari nights and years, "a few days ago".
@pytest.mark.parametrize(
    ("expression", "start", "end", "precision"),
    [
        ("در دلو و حوت سه تن بازداشت شدند", date(2026, 1, 21), date(2026, 3, 20), "range"),
        ("طی ماه‌های جدی و دلو", date(2025, 12, 22), date(2026, 2, 19), "range"),
        ("د مرغومي او سلواغې میاشتو کې", date(2025, 12, 22), date(2026, 2, 19), "range"),
        ("in January and February 2026", date(2026, 1, 1), date(2026, 2, 28), "range"),
        ("in the last days of February", date(2026, 2, 21), date(2026, 2, 28), "approximate"),
        ("در روزهای پایانی ماه حوت", date(2026, 3, 12), date(2026, 3, 20), "approximate"),
        ("نیمه دوم ماه حوت", date(2026, 3, 7), date(2026, 3, 20), "approximate"),
        ("د کب میاشتې په وروستیو ورځو کې", date(2026, 3, 12), date(2026, 3, 20), "approximate"),
        ("د ۱۴۰۴ کال د کب میاشتې په پیل کې", date(2026, 2, 20), date(2026, 3, 1), "approximate"),
        ("پریشب", date(2026, 3, 21), date(2026, 3, 21), "day"),
        ("پار سال", date(2025, 3, 21), date(2026, 3, 20), "year"),
        ("چند روز پیش", date(2026, 3, 20), date(2026, 3, 20), "approximate"),
        ("څو ورځې وړاندې", date(2026, 3, 20), date(2026, 3, 20), "approximate"),
        ("three days ago", date(2026, 3, 20), date(2026, 3, 20), "day"),
    ],
)
def test_months_together_parts_of_months_and_vague_days(
    expression: str, start: date, end: date, precision: str
) -> None:
    assert resolve_date(expression, published=MONDAY) == DateRange(start, end, precision)


def test_in_the_last_days_is_still_up_to_the_article() -> None:
    found = resolve_date("in the last days", published=MONDAY)
    assert found is not None and found.end == MONDAY


def test_two_months_told_apart_stay_apart() -> None:
    found = [m.range for m in find_dates("arrested in May and released in June", published=MONDAY)]
    assert [r.precision for r in found] == ["month", "month"]


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (
            "دو مرد روز ۲۰ حوت در ولسوالی انجیل بازداشت شدند و دو روز بعد مرد سومی در همان‌جا بازداشت شد.",
            "fa",
            date(2026, 3, 13),
        ),
        (
            "دوه کسان د کب په ۲۰مه د انجیل په ولسوالۍ کې ونیول شول. درې ورځې وروسته د یوه مړی وموندل شو.",
            "ps",
            date(2026, 3, 14),
        ),
    ],
)
def test_days_later_in_dari_and_pashto(text: str, language: str, second: date) -> None:
    starts = sorted(e.date_start for e in suggest(text, language, MONDAY) if e.date_start)
    assert starts == [date(2026, 3, 11), second]


# 8. The day bodies were brought back dates the bringing, not the killing.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The bodies of two migrants who had been shot dead by Iranian border guards were brought through "
            "Islam Qala to Herat on Tuesday.",
            "en",
        ),
        (
            "اجساد دو مهاجر افغان که به گفته بستگانشان با شلیک مرزبانان ایرانی به قتل رسیده بودند، روز "
            "سه‌شنبه از طریق بندر اسلام قلعه به هرات انتقال یافت.",
            "fa",
        ),
    ],
)
def test_bodies_brought_back_leave_the_killing_reported(text: str, language: str) -> None:
    killings = [e for e in suggest(text, language, FRIDAY) if e.type == "killing"]
    assert [(e.date_start, e.date_precision) for e in killings] == [(FRIDAY, "reported")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The body of a teacher killed on 3 March was handed over to his family on 5 March.",
            date(2026, 3, 3),
        ),
        ("On Tuesday the body of a shopkeeper was found in a canal in Herat.", date(2026, 3, 17)),
    ],
)
def test_a_killing_with_its_own_day_or_a_body_found_keeps_it(text: str, day: date) -> None:
    killings = [e for e in suggest(text, "en", FRIDAY) if e.type == "killing"]
    assert [(e.date_start, e.date_precision) for e in killings] == [(day, "day")]


# 9. A date heading an entry of notes, after their prose or as a section heading, is not the notes' own date.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Field notes – Kunduz\n\n12 March 2026\n\nMet the father of a detained teacher.", [2026, 3, 12]),
        (
            "Notes from a visit to Khanabad\n\nWe drove from Kunduz city in the morning with the driver.\n\n"
            "14 March 2026\n\nMet the father of a detained teacher.",
            None,
        ),
        (
            "یادداشت‌های سفر به خان‌آباد\n\nصبح از شهر کندز به سوی خان‌آباد حرکت کردیم.\n\n۲۳ حوت ۱۴۰۴\n\n"
            "با پدر یک معلم بازداشت‌شده دیدار کردم.",
            None,
        ),
        (
            "Field notes – Kunduz, sent 20 March 2026\n\n## 12 March 2026\n\nMet the father of a detained "
            "teacher.",
            [2026, 3, 20],
        ),
        ("Two hundred Afghans sent 3 June 2024 to Iran\n\nThe returnees said they were beaten.", None),
    ],
)
def test_an_entry_heading_is_not_the_notes_date(text: str, expected: list[int] | None) -> None:
    issued = published_issued(text)
    assert (issued["date-parts"][0] if issued else None) == expected


def test_events_under_an_entry_heading_are_reported_on_its_day() -> None:
    text = (
        "Notes from a visit to Khanabad\n\nWe drove from Kunduz city in the morning with the driver.\n\n"
        "14 March 2026\n\nMet the father of a teacher detained by Taliban intelligence in Khanabad."
    )
    assert [(e.type, e.date_start) for e in suggest(text, "en", None)] == [("detention", date(2026, 3, 14))]


# 10. A fragment that only says when ("Once, in May.", «ج: روز دوشنبه.») dates the sentence after it.
@pytest.mark.parametrize(
    ("text", "language", "start", "precision"),
    [
        (
            "Interview with a teacher, Herat\n\nQ: When did they come?\nA: In February. Armed men came to "
            "the school and threatened the teachers.",
            "en",
            date(2026, 2, 1),
            "month",
        ),
        (
            "Call notes\n\nQ: Did anyone come to your house?\nA: Once, on 2 March. Men with guns came and "
            "threatened my mother.",
            "en",
            date(2026, 3, 2),
            "day",
        ),
        (
            "Interview with a mother, Kabul\n\nQ: When did they come?\nA: On the night of 9 March. Men with "
            "guns came and threatened my husband.",
            "en",
            date(2026, 3, 9),
            "day",
        ),
        (
            "مصاحبه با خواهر یک معلم\n\nس: کی به خانه شما آمدند؟\nج: روز دوشنبه. افراد مسلح آمدند و مادرم را "
            "تهدید کردند.",
            "fa",
            date(2026, 3, 16),
            "day",
        ),
    ],
)
def test_a_fragment_saying_when_dates_the_next_sentence(
    text: str, language: str, start: date, precision: str
) -> None:
    threats = [e for e in suggest(text, language, FRIDAY) if e.type == "threat"]
    assert [(e.date_start, e.date_precision) for e in threats] == [(start, precision)]


def test_a_dated_sentence_before_does_not_date_the_next() -> None:
    text = "Two teachers were detained in Herat on 2 March. Armed men threatened their families."
    threats = [e for e in suggest(text, "en", FRIDAY) if e.type == "threat"]
    assert [e.date_precision for e in threats] == ["reported"]


# 11. Items of a list under a dated lead ending in a colon take its date; Pashto day ranges, month first.
@pytest.mark.parametrize(
    ("text", "language", "start", "end"),
    [
        (
            "Weekly returns note, 12 January 2026\n\nBetween 5 and 11 January the border monitors "
            "counted:\n\n"
            "- Islam Qala: 4,200 people deported by Iran.\n- Torkham: 1,100 people deported by Pakistan.\n",
            "en",
            date(2026, 1, 5),
            date(2026, 1, 11),
        ),
        (
            "د راستنېدونکو اونیز راپور\n\nد مرغومي له ۱۵ څخه تر ۲۱ پورې د پولې څارونکو دا شمېرې ثبت کړې:\n\n"
            "- تورخم: ۱۱۰۰ تنه له پاکستانه وشړل شول.\n- اسلام کلا: ۴۲۰۰ تنه له ایرانه وشړل شول.\n",
            "ps",
            date(2026, 1, 5),
            date(2026, 1, 11),
        ),
    ],
)
def test_list_items_take_the_date_of_their_lead(text: str, language: str, start: date, end: date) -> None:
    events = suggest(text, language, date(2026, 1, 12))
    assert [(e.type, e.date_start, e.date_end) for e in events] == [("deportation", start, end)] * 2


def test_a_list_under_an_undated_lead_is_reported() -> None:
    text = (
        "Weekly returns note, 12 January 2026\n\nReturns went on.\n\n"
        "- Islam Qala: 4,200 people deported by Iran.\n- Torkham: 1,100 people deported by Pakistan.\n"
    )
    assert {e.date_precision for e in suggest(text, "en", date(2026, 1, 12))} == {"reported"}


def test_a_pashto_day_range_with_the_month_first() -> None:
    found = resolve_date("د ۱۴۰۴ کال د لړم له ۱۰مې نه تر ۱۶مې", published=MONDAY)
    assert found == DateRange(date(2025, 11, 1), date(2025, 11, 7), "range")


# 12. Nowruz (1 Hamal) as a day: "on Nowruz", «روز نوروز», «د نوروز په ورځ»; its eve; not the festival's name.
@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("on Nowruz", DateRange(date(2026, 3, 21), date(2026, 3, 21), "day")),
        ("روز نوروز", DateRange(date(2026, 3, 21), date(2026, 3, 21), "day")),
        ("د نوروز په ورځ", DateRange(date(2026, 3, 21), date(2026, 3, 21), "day")),
        ("شب نوروز", DateRange(date(2026, 3, 20), date(2026, 3, 21), "range")),
        ("The Taliban banned Nowruz celebrations", None),
        ("جشن نوروز", None),
    ],
)
def test_nowruz(expression: str, expected: DateRange | None) -> None:
    assert resolve_date(expression, published=MONDAY) == expected


# 13. "Three days after his detention" in Dari counts back from the day it follows; «پس از آن» from the date
#     before; "from 3 March onwards" runs to the article; "the week of 9 March" is seven days.
def test_days_after_an_event_in_dari_count_back() -> None:
    text = "جسد این معلم روز ۱۰ حوت، سه روز پس از بازداشتش، در کنار دریا در ولسوالی انجیل پیدا شد."
    dated = {e.type: e.date_start for e in suggest(text, "fa", FRIDAY)}
    assert dated == {"killing": date(2026, 3, 1), "detention": date(2026, 2, 26)}


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("from 3 March onwards", DateRange(date(2026, 3, 3), MONDAY, "range")),
        ("during the week of 9 March", DateRange(date(2026, 3, 9), date(2026, 3, 15), "range")),
        ("هفته پیش از آن", None),
    ],
)
def test_onwards_weeks_of_a_day_and_the_week_before_that(expression: str, expected: DateRange | None) -> None:
    assert resolve_date(expression, published=MONDAY) == expected


def test_days_after_that_still_count_from_the_date_before() -> None:
    found = find_dates("دو مرد روز ۲۰ حوت بازداشت شدند. سه روز پس از این، جسد یکی پیدا شد.", published=MONDAY)
    assert [m.range.start for m in found] == [date(2026, 3, 11), date(2026, 3, 14)]


@pytest.mark.parametrize("published", [date(1, 1, 1), date(1, 1, 2), date(9999, 12, 31)])
@pytest.mark.parametrize(
    "text",
    [
        "yesterday two men were detained",
        "[31/12/2025, 23:59] S: a man was killed tonight in Herat",
        "Two men were detained on 1 March. They were beaten for the first ten days after their arrest.",
    ],
)
def test_a_publication_date_at_the_ends_of_the_calendar_stops_nothing(text: str, published: date) -> None:
    assert all(e.date_start is None or e.date_start.year > 1 for e in suggest(text, "en", published))


@pytest.mark.parametrize("stamp", ["[15.03.26 07:40] S:", "[3/15/26, 7:40 AM] S:", "15/03/26, 07:40 - S:"])
def test_chat_stamps_with_a_two_digit_year(stamp: str) -> None:
    text = (
        f"Notes exported 20 March 2026\n\n{stamp} a body was found in Nerkh this morning\n"
        "[20/03/2026, 10:00] S: nothing else"
    )
    assert [(e.type, e.date_start) for e in suggest(text, "en", FRIDAY)] == [("killing", date(2026, 3, 15))]
