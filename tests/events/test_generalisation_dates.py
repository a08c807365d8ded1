"""Dates as a careful researcher records them (bench/evidence/README.md, rules 7 and 8), in wordings of our
own: Pashto Solar Hijri months in dates and date lines, "this month" in the writer's calendar, nights and
weekends, weeks of a month, the day a source spoke, relative clauses, "missing since", reports' months."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.events.dates import find_dates
from desktop.events.dates.published import published_date, published_issued
from tests.events.suggesting import suggest

SUNDAY = date(2025, 11, 30)  # 9 Qaws (Lindai) 1404


def _first(text: str, published: date | None = SUNDAY) -> tuple[date, date, str] | None:
    found = find_dates(text, published=published)
    return (found[0].range.start, found[0].range.end, found[0].range.precision) if found else None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("د ۱۴۰۴ لمریز کال د لړم ۲۶مه", date(2025, 11, 17)),
        ("د ۱۴۰۴ کال د لړم په ۲۶مه ورځ", date(2025, 11, 17)),
        ("د لړم میاشتې په ۲۶مه", date(2025, 11, 17)),
        ("۲۶ لړم ۱۴۰۴", date(2025, 11, 17)),
        ("د وري ۱۸مه ۱۴۰۵", date(2026, 4, 7)),
        ("د غویي ۳مه", date(2025, 4, 23)),
        ("د غبرګولي ۱۰مه", date(2025, 5, 31)),
        ("د غبرگولی ۱۰مه", date(2025, 5, 31)),  # typed on a Persian keyboard
        ("د چنګاښ ۵مه", date(2025, 6, 26)),
        ("د زمري ۲۳مه", date(2025, 8, 14)),
        ("د وږي ۲مه", date(2025, 8, 24)),
        ("د تلې ۱۴مه", date(2025, 10, 6)),
        ("د لیندۍ ۹مه", date(2025, 11, 30)),
        ("د لیندی ۹مه", date(2025, 11, 30)),
        ("د مرغومي ۱مه", date(2024, 12, 21)),  # after publication this year: the year before
        ("د سلواغې ۴مه", date(2025, 1, 23)),
        ("د کب په ۲۴مه", date(2025, 3, 14)),
    ],
)
def test_pashto_solar_hijri_days(text: str, day: date) -> None:
    assert _first(text) == (day, day, "day")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "د سهیل غږ راډیو – د ماښام خبرونه\nد ۱۴۰۴ لمریز کال د لیندۍ ۹مه، یکشنبه\n\nویاند: ښه ماښام.",
            SUNDAY,
        ),
        ("خبرونه\nیکشنبه، د لیندۍ ۹مه ۱۴۰۴\n\nمتن", SUNDAY),
        ("کندهار، د ۱۴۰۴ کال د لیندۍ ۹مه – د هلمند والي وویل", SUNDAY),
        ("اسعدآباد، د ۱۴۰۵ کال د وري ۱۸مه – د کونړ مشرانو", date(2026, 4, 7)),
        ("خبر\n۹ قوس ۱۴۰۴، یکشنبه\n\nمتن", SUNDAY),
        ("Evening news\n30 November 2025, Sunday\n\nGood evening.", SUNDAY),
    ],
)
def test_the_articles_own_date_with_pashto_months_and_a_weekday_after_it(text: str, published: date) -> None:
    assert published_date(text) == published


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("پدې میاشت کې درې تنه ونیول شول", date(2025, 11, 22), SUNDAY),  # Lindai 1404 so far
        ("په روانه میاشت کې", date(2025, 11, 22), SUNDAY),
        ("این ماه", date(2025, 11, 22), SUNDAY),
        ("در ماه جاری", date(2025, 11, 22), SUNDAY),
        ("ماه روان", date(2025, 11, 22), SUNDAY),
        ("this month", date(2025, 11, 1), SUNDAY),  # an English writer's month is Gregorian
        ("last month", date(2025, 10, 1), date(2025, 10, 31)),
        ("ماه گذشته", date(2025, 10, 23), date(2025, 11, 21)),  # Aqrab (Laram) 1404
        ("په تېره میاشت کې", date(2025, 10, 23), date(2025, 11, 21)),
    ],
)
def test_this_and_last_month_in_the_writers_calendar(text: str, start: date, end: date) -> None:
    found = _first(text)
    assert found is not None and found[:2] == (start, end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("پرون یې درې تنه ونیول", (date(2025, 11, 29), date(2025, 11, 29), "day")),
        ("دیروز سه تن بازداشت شدند", (date(2025, 11, 29), date(2025, 11, 29), "day")),
        ("د جمعې په شپه", (date(2025, 11, 28), date(2025, 11, 28), "day")),  # Friday night, as keys read it
        ("شب جمعه", (date(2025, 11, 27), date(2025, 11, 28), "range")),
        ("late on Tuesday", (date(2025, 11, 25), date(2025, 11, 25), "day")),
        ("Overnight, gunmen killed two men", (date(2025, 11, 29), SUNDAY, "range")),
        ("over the weekend", (date(2025, 11, 29), SUNDAY, "range")),
        ("earlier this week", (date(2025, 11, 24), SUNDAY, "approximate")),
        ("in mid-August", (date(2025, 8, 11), date(2025, 8, 20), "approximate")),
        ("in the first week of May", (date(2025, 5, 1), date(2025, 5, 7), "range")),
        ("the last week of October 2025", (date(2025, 10, 25), date(2025, 10, 31), "range")),
        ("در هفته دوم ماه عقرب", (date(2025, 10, 30), date(2025, 11, 5), "range")),
        ("د لړم میاشتې په لومړۍ اونۍ کې", (date(2025, 10, 23), date(2025, 10, 29), "range")),
        ("between 3 and 5 June", (date(2025, 6, 3), date(2025, 6, 5), "range")),
        ("over two days, 19 and 20 July, and held", (date(2025, 7, 19), date(2025, 7, 20), "range")),
        ("۱۹ و ۲۰ عقرب", (date(2025, 11, 10), date(2025, 11, 11), "range")),
        ("on the night of 12 to 13 July", (date(2025, 7, 12), date(2025, 7, 13), "range")),
        ("on the night of Thursday to Friday", (date(2025, 11, 27), date(2025, 11, 28), "range")),
        ("د لړم د ۲۶مې په شپه", (date(2025, 11, 17), date(2025, 11, 17), "day")),
        ("in 2025", (date(2025, 1, 1), date(2025, 12, 31), "year")),
        ("throughout the quarter of journalists being detained", (date(2025, 10, 1), SUNDAY, "range")),
    ],
)
def test_days_nights_weeks_and_periods(text: str, expected: tuple[date, date, str]) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(
    "text",
    ["پرېږدئ چې خبرې وکړو", "They were held overnight at the station", "the quarter of the city", "پرونده"],
)
def test_lookalikes_are_no_dates(text: str) -> None:
    assert find_dates(text, published=SUNDAY) == []


def test_a_report_from_the_first_days_of_a_month_is_about_the_last_one() -> None:
    assert _first("Pakistan deported 9,400 people during the month.", date(2025, 12, 2)) == (
        date(2025, 11, 1),
        date(2025, 11, 30),
        "month",
    )
    assert _first("Pakistan deported 9,400 people during the month.", date(2025, 12, 20))[:2] == (  # type: ignore[index]
        date(2025, 12, 1),
        date(2025, 12, 20),
    )


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("Iran's interior ministry announced on Wednesday that Afghans must leave.", "en",
         date(2025, 11, 26)),
        ("Pakistan's interior ministry announced on 18 November that the plan would be extended.", "en",
         date(2025, 11, 18)),
        ("The department announced yesterday that women may no longer visit the shrine in Kandahar.", "en",
         date(2025, 11, 29)),
    ],
)  # fmt: skip
def test_the_day_of_an_announcement_dates_the_statement(text: str, language: str, day: date) -> None:
    (event,) = suggest(text, language, published=SUNDAY)
    assert (event.type, event.date_start, event.date_precision) == ("statement", day, "day")


def test_the_day_a_source_spoke_dates_neither_the_event_nor_two_days_later() -> None:
    text = (
        "Iranian authorities hanged four Afghan men in Zahedan on Sunday, a rights group said on "
        "Wednesday.\n\n"
        "Two days later, a fifth Afghan prisoner was hanged in Birjand, the group said."
    )
    days = sorted(e.date_start for e in suggest(text, "en", published=date(2024, 12, 18)))
    assert days == [date(2024, 12, 15), date(2024, 12, 17)]


@pytest.mark.parametrize(
    "text",
    [
        "In Ghorian district, two brothers who had returned from Iran in January fled across the border to "
        "Iran on Thursday.",
        "Two teachers, who had been released in October, were detained again in Herat on Thursday.",
    ],
)
def test_a_date_in_a_relative_clause_dates_that_clause(text: str) -> None:
    dates = [e.date_start for e in suggest(text, "en", published=SUNDAY)]
    assert dates[:1] == [date(2025, 11, 27)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On 20 November he was summoned to the intelligence office in Herat. He has been missing since.",
         "en"),
        ("On 20 November a young man was taken off a minibus in Taloqan. His family has not heard from him "
         "since and the commander denies it.", "en"),
        ("مردی در ۲۹ عقرب در شهر هرات ناپدید شد و از آن روز تاکنون خبری از او نیست.", "fa"),
    ],
)  # fmt: skip
def test_missing_since_dates_the_disappearance_by_the_day_before_it(text: str, language: str) -> None:
    disappearances = [e for e in suggest(text, language, published=SUNDAY) if e.type == "disappearance"]
    assert [e.date_start for e in disappearances] == [date(2025, 11, 20)]


def test_since_looks_back_only_within_its_paragraph() -> None:
    found = find_dates("On Monday four were detained.\n\nA woman has been missing since.", published=SUNDAY)
    assert [m.range.start for m in found] == [date(2025, 11, 24)]


_PIECES = st.sampled_from(
    ["د", "لړم", "لیندۍ", "کب", "۲۶مه", "۱۴۰۴", "لمریز", "کال", "په", "ورځ", "یکشنبه", "،", "\n", "-",
     "since", "31", "February", "2025", "on", "Tuesday", "overnight", "week", "of", "first", "هفته", "دوم",
     "ماه", "عقرب",
     "this month", "پدې", "میاشت", "کې", "۳۵", "13/13/2025", "Published", "said", "who had", "٫", "9" * 12]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=30), st.sampled_from([SUNDAY, None]))
def test_malformed_dates_never_raise(parts: list[str], published: date | None) -> None:
    text = " ".join(parts)
    for found in find_dates(text, published=published):
        assert 0 <= found.start <= found.end <= len(text)
        assert found.range.start <= found.range.end
    published_date(text)
    published_issued(text)


@pytest.mark.parametrize("text", ["روز گذشته سه تن بازداشت شدند", "شب گذشته", "تېره ورځ", "تېره شپه", "پرون"])
def test_dari_and_pashto_yesterday_and_last_night(text: str) -> None:
    assert _first(text) == (date(2025, 11, 29), date(2025, 11, 29), "day")


def test_the_past_days_are_a_range_and_the_previous_night_counts_back() -> None:
    assert _first("سه روز گذشته") == (date(2025, 11, 27), SUNDAY, "range")
    found = find_dates("On 3 May he was freed. The previous night he was beaten.", published=SUNDAY)
    assert [m.range.start for m in found] == [date(2025, 5, 3), date(2025, 5, 2)]


def test_what_came_before_the_dated_clause_takes_no_date_of_its_own() -> None:
    text = "Two brothers fled Herat to Iran on Thursday after receiving death threats from a local commander."
    found = {e.type: (e.date_start, e.date_precision) for e in suggest(text, "en", published=SUNDAY)}
    assert found == {"flight": (date(2025, 11, 27), "day"), "threat": (SUNDAY, "reported")}
    text = "On 3 May, after receiving a summons, he was detained in Herat."
    (event,) = suggest(text, "en", published=SUNDAY)
    assert event.date_start == date(2025, 5, 3)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Title\nDate of report: 30 November 2025\n\nText", SUNDAY),
        ("Title\nIncident date: 3 November 2025\n\nText", None),  # when it happened
        ("Title\nDate of arrest: 3 November 2025\nPublished: 30 November 2025\n\nText", SUNDAY),
        ("خبر\nد پېښې نېټه: ۱۴۰۴/۹/۹\n\nمتن", None),
        ("خبر\nد خپرېدو نېټه: ۱۴۰۴/۹/۹\n\nمتن", SUNDAY),
        ("خبر\nنشر شده: یکشنبه ۹ قوس ۱۴۰۴\n\nمتن", SUNDAY),
        ("Title\nLast modified on Sun 30 Nov 2025 10.32 GMT\n\nText", SUNDAY),
    ],
)
def test_labelled_dates_of_the_article_and_of_an_event(text: str, published: date | None) -> None:
    assert published_date(text) == published


def test_dari_threats_received_before_the_dated_flight_take_no_date() -> None:
    text = (
        "در ولسوالی غوریان، دو برادر روز پنجشنبه پس از دریافت تهدید از سوی یک فرمانده محلی دوباره به ایران "
        "فرار کردند."
    )
    published = date(2026, 3, 9)
    found = {e.type: (e.date_start, e.date_precision) for e in suggest(text, "fa", published=published)}
    assert found["threat"] == (published, "reported")
    assert found["flight"] == (date(2026, 3, 5), "day")
