"""Session 12 (issue 14): mechanisms found on development text, each written anew for these tests in
wordings of our own (none is taken from an answer key's articles):

- a guarded district name ("Injil", which is also a word) written as a place ("detained in Injil") in a text
  that names its province is that district; "a post in Farsi" stays the language;
- "all four", «هر سه تن», «درې واړه»: the people counted before, not a new event;
- a report on one month ("Monitoring log — September 2026") reads a bare "this month" as that month;
- a total with its parts in brackets ("five people (four in X, one in Y)") is a breakdown;
- "detained or missing" may restate a disappearance;
- a table row's own date cell dates its events;
- more ways an article states its date ("For immediate release:", "Week ending …", "Recorded by phone on …");
- what is done on an authority's order, land an authority hands to others, an official's condemnation or
  announcement: statements; «دستور داد خانه‌ها …» is no "detention house".
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop.events.dates.published import published_date
from tests.events.suggesting import facts, suggest


def _placed(text: str, language: str = "en") -> set[tuple[object, ...]]:
    return {(e.type, e.province or e.country, e.place) for e in suggest(text, language)}


# ------------------------------------------------------------------ guarded district names


def test_a_guarded_district_written_as_a_place_in_its_province_is_placed() -> None:
    text = (
        "Field office, Herat.\n\n"
        "Three aid workers were held at a checkpoint in Injil on Tuesday and let go that night."
    )
    assert ("detention", "AF-HER", "Enjil") in _placed(text)


def test_a_guarded_district_without_its_province_stays_unplaced() -> None:
    text = "Three aid workers were held at a checkpoint in Injil on Tuesday and let go that night."
    assert {e.province for e in suggest(text)} == {None}


def test_a_language_is_no_district() -> None:
    text = (
        "Herat notes.\n\n"
        "Police in Kandahar arrested two students on Monday after they posted a poem in Farsi."
    )
    assert {e.province for e in suggest(text)} == {"AF-KAN"}


# ------------------------------------------------------------------ the people counted before


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Two shopkeepers were detained in Ghazni city on 3 May. A third man was taken from his home "
            "in Ghazni city the next day. Families of all three say they are held by intelligence.",
            "en",
        ),
        (
            "دو دکاندار روز ۱۳ ثور در شهر غزنی بازداشت شدند. مرد سومی فردای آن روز در خانه‌اش در شهر غزنی "
            "دستگیر شد. خانواده‌ها می‌گویند هر سه تن نزد استخبارات بازداشت هستند.",
            "fa",
        ),
    ],
)
def test_all_three_restates_the_people_counted(text: str, language: str) -> None:
    counts = sorted(e.count.value for e in suggest(text, language) if e.count)
    assert counts == [1, 2]


# ------------------------------------------------------------------ a month's report, brackets, "or missing"


def test_this_month_in_a_log_of_one_month_is_that_month() -> None:
    text = (
        "# Protection log — March 2024\n\n"
        "Compiled 4 April 2024 by the field team.\n\n"
        "- Detained this month: six people in Khost city."
    )
    events = suggest(text, published=date(2024, 4, 4))
    assert [(e.date_start, e.date_end) for e in events] == [(date(2024, 3, 1), date(2024, 3, 31))]


def test_a_total_with_its_parts_in_brackets_is_broken_down() -> None:
    text = "Seven people were detained (five in Kunduz and two in Baghlan)."
    assert facts(suggest(text)) == {
        ("detention", "AF-KDZ", 5, "exact"),
        ("detention", "AF-BGL", 2, "exact"),
    }


def test_detained_or_missing_restates_a_disappearance() -> None:
    text = (
        "A farmer from Alishing has not been seen since 2 May, when he went to the district office in "
        "Laghman.\n\nDetained or missing in Laghman: one farmer, since 2 May."
    )
    assert [e.type for e in suggest(text)] == ["disappearance"]


# ------------------------------------------------------------------ a table row's own date


def test_a_row_date_cell_dates_its_counted_events() -> None:
    text = (
        "# Ordnance casualties, April 2024\n\n"
        "| date | province | item | killed |\n"
        "|---|---|---|---|\n"
        "| 6 Apr | Kunar | mortar round | 2 |\n"
        "| Sat 20 Apr | Helmand | grenade | 1 |\n"
    )
    days = {(e.province, e.date_start, e.date_precision) for e in suggest(text, published=date(2024, 5, 2))}
    assert days == {("AF-KNR", date(2024, 4, 6), "day"), ("AF-HEL", date(2024, 4, 20), "day")}


# ------------------------------------------------------------------ the article's own date


@pytest.mark.parametrize(
    ("head", "day"),
    [
        (
            "PRESS RELEASE\nFor immediate release: Tuesday, 14 May 2024\n\nTwo reporters held",
            date(2024, 5, 14),
        ),
        ("PRESS RELEASE\nEmbargoed until 9 May 2024\n\nTwo reporters held", date(2024, 5, 9)),
        (
            "# Bureau log\n\n**Week ending Friday, 17 May 2024** · compiled for the editors\n",
            date(2024, 5, 17),
        ),
        (
            "Testimony of a teacher\nRecorded by phone on 2 May 2024; translated from Pashto.\n\nWe",
            date(2024, 5, 2),
        ),
        ("Testimony\nInterviewed in Herat on 3 May 2024 by our researcher.\n\nWe went", date(2024, 5, 3)),
    ],
)
def test_more_ways_to_state_the_articles_date(head: str, day: date) -> None:
    assert published_date(head) == day


def test_a_sentence_recording_an_event_states_no_date() -> None:
    assert (
        published_date("Notes\n\nThe monitors recorded five arrests in Kunduz on 3 May 2024 alone.") is None
    )


# ------------------------------------------------------------------ statements


@pytest.mark.parametrize(
    ("text", "language", "where"),
    [
        (
            "The girls' course in Nili was shut down on 4 May by order of the provincial education office.",
            "en",
            "AF-DAY",
        ),
        (
            "Phone networks in Andarab, Baghlan, were cut on the governor's orders for two days.",
            "en",
            "AF-BGL",
        ),
        (
            "On 4 May the land department in Uruzgan handed some 900 jeribs of pasture to a commander.",
            "en",
            "AF-URU",
        ),
        ("کورس خیاطی زنان در شهر بامیان روز ۱۵ ثور به دستور ریاست امر به معروف بسته شد.", "fa", "AF-BAM"),
        (
            "مقام‌های ولسوالی جاغوری ولایت غزنی گفتند که زمین‌های این قریه به کوچی‌ها واگذار شده است.",
            "fa",
            "AF-GHA",
        ),
        ("د کندهار د ښاروالۍ په امر د ښځو پارک وتړل شو.", "ps", "AF-KAN"),
        (
            "A spokesman for the Kandahar governor's office condemned the attack on the clinic's staff.",
            "en",
            "AF-KAN",
        ),
        ("سخنگوی والی قندهار حمله بر کارمندان کلینیک را محکوم کرد.", "fa", "AF-KAN"),
    ],
)
def test_acts_on_an_authoritys_order_are_statements(text: str, language: str, where: str) -> None:
    assert ("statement", where) in {(e.type, e.province) for e in suggest(text, language)}


def test_an_order_to_leave_the_houses_is_a_statement_not_a_detention() -> None:
    text = "شاروالی هرات به سی خانواده در ساحه جبرئیل دستور داد خانه‌های خود را تخلیه کنند."
    assert {e.type for e in suggest(text, "fa")} == {"statement"}


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the provincial police said an investigation had been opened.",
        "The governor's spokesman denied that anyone had been held.",
        "Both men were flogged in Ghazni city on Monday by order of the provincial court.",
    ],
)
def test_a_spokesman_saying_or_a_punishment_ordered_is_no_extra_statement(text: str) -> None:
    assert "statement" not in {e.type for e in suggest(text)}


# ------------------------------------------------------------------ vocabulary and qualifiers


@pytest.mark.parametrize(
    "text",
    [
        "In Pul-e Khumri, Baghlan, two shopkeepers were punched and kicked by a patrol on Monday.",
        "A driver was set upon by guards at a checkpoint in Pul-e Khumri, Baghlan, on Monday.",
        "The guards began hitting the students with cables outside the university in Pul-e Khumri, Baghlan.",
        "A teacher in Pul-e Khumri, Baghlan, was struck with a rifle stock by a muhtasib on Monday.",
    ],
)
def test_blows_told_in_other_words_are_ill_treatment(text: str) -> None:
    assert ("torture", "AF-BGL") in {(e.type, e.province) for e in suggest(text)}


def test_a_warning_of_what_would_be_done_if_is_a_threat() -> None:
    text = "In Kunduz, officers took a reporter's camera and warned that he would be jailed if he came back."
    assert "threat" in {e.type for e in suggest(text)}


def test_a_warning_of_what_could_happen_is_no_threat() -> None:
    text = "Elders in Jalalabad warned that more returnees could be arrested if they failed to register."
    assert "threat" not in {e.type for e in suggest(text)}


def test_not_fewer_than_is_at_least_and_no_negation() -> None:
    text = "Not fewer than twelve activists were held for between two and four days in Kunduz city."
    assert facts(suggest(text)) == {("detention", "AF-KDZ", 12, "at least")}


def test_a_reporter_from_an_afghan_district_held_by_foreign_guards_is_abroad() -> None:
    text = "On 4 May Tajik border guards detained a fisherman from Shighnan on the river bank."
    assert {(e.type, e.province, e.country) for e in suggest(text)} == {("detention", None, "TJ")}


def test_what_authorities_switched_off_is_a_statement() -> None:
    text = "Mobile data in Khost city was switched off by the provincial authorities for two days from 3 May."
    assert ("statement", "AF-KHO") in {(e.type, e.province) for e in suggest(text)}


def test_thirty_nine_lashes_is_no_negation() -> None:
    text = "روز جمعه یک مرد در شهر غزنی به حکم محکمه در ملأ عام بیست و نه ضربه شلاق خورد."
    assert ("torture", "AF-GHA") in {(e.type, e.province) for e in suggest(text, "fa")}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("مأموران طالبان دو معلم را از مکتب شان در شهر هرات بردند و تا حال رها نکرده‌اند.", "detention"),
        (
            "از سه جوان دیگر که روز شنبه به ولسوالی شیندند هرات رفته بودند تا امروز هیچ خبری نیست.",
            "disappearance",
        ),
    ],
)
def test_dari_taken_from_and_no_news(text: str, kind: str) -> None:
    assert kind in {e.type for e in suggest(text, "fa")}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("In Jaghori, Ghazni, six village elders who had gone to complain were arrested on 2 May.", 6),
        ("Police said two suspects were detained in Ghazni city on 2 May.", 2),
    ],
)
def test_who_is_counted_when_named_by_their_role(text: str, count: int) -> None:
    assert facts(suggest(text)) == {("detention", "AF-GHA", count, "exact")}


def test_led_away_and_taken_from_their_house_are_detentions() -> None:
    text = (
        "Kabul helpline notes.\n\nA shopkeeper was stopped near the Company roundabout on 6 May and led "
        "away by men in uniform.\n\nTwo brothers from Paghman taken from their house on the night of 9 May."
    )
    assert [(e.type, e.date_start) for e in suggest(text)] == [
        ("detention", date(2024, 5, 6)),
        ("detention", date(2024, 5, 9)),
    ]


def test_notes_typed_up_on_a_day_state_their_date() -> None:
    head = "## Call notes, Kabul\n\nNotes typed up on Monday 13 May 2024 from two calls to the helpline.\n"
    assert published_date(head) == date(2024, 5, 13)
