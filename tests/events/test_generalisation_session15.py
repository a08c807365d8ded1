"""Session 15 (issue 14): mechanisms found on development text, each written anew for these tests in
wordings of our own (none is taken from an answer key's articles):

- a note's own date under its title: "Call of 3 March 2026, 25 minutes, …", «تاریخ تماس: …», «تاریخ ثبت: …»,
  "Tuesday 3 March 2026, transcript (Dari service)", and a Pashto date with the Solar Hijri mark before «کال»
  («د ۱۴۰۵ هـ ش کال د تلې ۱۲مه»);
- history told in one part of a sentence is not dated by another part's "this quarter" ("in 2020 … were
  killed; families we met this quarter …"); «در سال‌های ۱۳۹۵ و ۱۳۹۶» is a year; "years ago" and "since 2021,
  when …" look back;
- a count of people followed by who they were, between commas or dashes ("five teachers — the head, two
  women and two men — were …", «شش نفر ما را، دو راننده و چهار مسافر، …»), or a total said after them ("his
  son and two nephews — three men in all"), counts the people once;
- officials warning someone named before them or called in (the Pashto «… ته، …، خبرداری ورکړی», the Dari
  «… را احضار کرده و به آنان هشدار داده‌اند») make a threat;
- a weekday after a word ending in «د» («… در سیدآباد\nشنبه شب») is read (the Pashto «د» before a day only as
  a word);
- leaving home "to visit", "to see" someone is an errand, no flight;
- a table row's words keep the countries abroad they name ("| Almar | … expelled from Iran … |": Iran's);
- a flight is placed where people left ("families from villages around Alasay … moved to … Kabul city", «…
  کابل ښار ته کډه شوې»), not where they went, and «ښار ته نږدې» (near the city) is no destination;
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop.events.dates import find_dates
from desktop.events.dates.published import published_date
from desktop.events.numbers import find_counts
from desktop.events.script import fold_str
from desktop.events.suggesting.who.counting import people_counts
from tests.events.suggesting import suggest

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


# ------------------------------------------------------------------ history in one part of a sentence


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Elders remember that in 2020, in the months of the offensive, scores of civilians from Andar"
            " were killed or fled; several families we met this quarter still live in Ghazni city.",
            "en",
        ),
        (
            "Sangin has been bombed many times since 2019, when hundreds of families fled to Lashkar Gah.",
            "en",
        ),
        ("His cousin, who fled to Iran years ago, was not at home.", "en"),
        ("ولسوالی دند در سال‌های ۱۳۹۵ و ۱۳۹۶ میدان جنگ بود و صدها خانواده در آن زمان آواره شدند.", "fa"),
    ],
)
def test_history_in_a_sentence_is_no_event(text: str, language: str) -> None:
    assert suggest(text, published=date(2026, 11, 3), language=language) == []


def test_news_beside_history_stays() -> None:
    text = "In 2020 the district was shelled; on Monday police detained four teachers in Andar, Ghazni."
    found = suggest(text, published=date(2026, 11, 3), language="en")
    assert [(e.type, e.province, e.count.value if e.count else None) for e in found] == [
        ("detention", "AF-GHA", 4)
    ]


# ------------------------------------------------------------------ who the people counted were


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("five teachers of a girls' school in Andar — the head, two women and two men — were taken.", [5]),
        ("شب گذشته شش نفر ما را، دو راننده و چهار مسافر، با خود به قوماندانی بردند.", [6]),
        ("Police took him, his son and two nephews to the district jail — four men in all.", [4]),
        ("They beat my father and my two uncles, the three of them, in the bazaar.", [3]),
        # a list with its own verb is no aside: both counts stand
        ("Three men were detained — two were released on Sunday — and one is still held.", [3, 2, 1]),
    ],
)
def test_people_named_after_their_count_are_counted_once(text: str, expected: list[int]) -> None:
    folded = fold_str(text)
    assert [c.count.value for c in people_counts(folded, find_counts(folded))] == expected


def test_a_total_after_the_people_is_the_events_count() -> None:
    text = (
        "On 3 November police in Quetta took him, his son and two nephews to the city jail — four men in all."
    )
    found = suggest(text, published=date(2026, 11, 5), language="en")
    assert [(e.type, e.count.value if e.count else None) for e in found] == [("detention", 4)]


# ------------------------------------------------------------------ officials warning someone


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        (
            "د سرخ رود ولسوالۍ یوه ښوونکي ته، چې په کور کې یې نجونو ته درس ورکاوه، د ولسوالۍ چارواکو خبرداری"
            " ورکړی چې بیا دا کار ونه کړي.",
            "ps",
            "AF-NAN",
        ),
        (
            "مقام‌های طالبان سه تن از بزرگان شینوار را به ولسوالی احضار کرده و به آنان هشدار داده‌اند که"
            " از مردم بخواهند اعتراض نکنند.",
            "fa",
            "AF-NAN",
        ),
    ],
)
def test_officials_warning_someone_is_a_threat(text: str, language: str, place: str) -> None:
    found = suggest(text, published=date(2026, 11, 3), language=language)
    assert [(e.type, e.province) for e in found] == [("threat", place)]


# ------------------------------------------------------------------ where people fled from


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        (
            "About 25 families from villages around Alasay have left their homes and moved to rented rooms in"
            " Kabul city since the raids began.",
            "en",
            "AF-KAP",
        ),
        ("د سيد آباد ولسوالۍ یو شمېر کورنۍ د جګړې له وېرې کابل ښار ته کډه شوې دي.", "ps", "AF-WAR"),
    ],
)
def test_flight_is_placed_where_people_left(text: str, language: str, place: str) -> None:
    found = suggest(text, published=date(2026, 11, 3), language=language)
    assert [(e.type, e.province) for e in found] == [("flight", place)]


def test_near_a_city_is_no_destination() -> None:
    text = "د لړم په ۲۰مه د جلال آباد ښار ته نږدې د یوه ځوان جسد وموندل شو."
    found = suggest(text, published=date(2026, 11, 20), language="ps")
    assert [(e.type, e.province) for e in found] == [("killing", "AF-NAN")]


def test_a_table_row_deported_from_abroad_is_the_senders() -> None:
    text = (
        "| # | date | district | what happened | people |\n|---|---|---|---|---|\n"
        "| 3 | 12 Oct | Pashtun Kot | Family expelled from Iran through Islam Qala | 5 |\n"
    )
    found = suggest(text, published=date(2026, 11, 2), language="en")
    assert [(e.type, e.province, e.country) for e in found] == [("deportation", None, "IR")]


def test_leaving_home_on_an_errand_is_no_flight() -> None:
    text = (
        "A shepherd from Khwaja Omari, Ghazni, was found dead on 2 October. He had left his home three days"
        " earlier to visit his aunt."
    )
    found = suggest(text, published=date(2026, 10, 5), language="en")
    assert [e.type for e in found] == ["killing"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وضعیت در فیض‌آباد\nشنبه شب، شب‌نامه‌هایی در مسجد چسپانده شد.", date(2026, 10, 17)),
        ("او بازداشت شد\nیکشنبه صبح رها گردید.", date(2026, 10, 18)),
        ("د شنبې په ورځ دوه تنه ونیول شول.", date(2026, 10, 17)),
    ],
)
def test_a_weekday_after_a_word_ending_in_dal(text: str, expected: date) -> None:
    assert [m.range.start for m in find_dates(text, published=date(2026, 10, 20))] == [expected]
