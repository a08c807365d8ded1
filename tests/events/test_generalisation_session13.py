"""Session 13 (issue 14): mechanisms found on development text, each written anew for these tests in
wordings of our own (none is taken from an answer key's articles):

- a total with its parts in brackets further on in its clause ("4 men flogged at the sports ground (three
  men, one youth)") is counted by its total, not by a part; "(which killed two guards)" is an event of its
  own;
- "both", "both men", "the two", Pashto «دواړه» count two people; "both in Kabul and in Herat" does not;
- "…; missing since" after an act (summoned, taken) is a disappearance counted by the act's people;
- Dari counts of families before a day's word or a house («دوازده خانواده روز جمعه …», «۳۰ خانواده خانه‌هایشان
  را …») count families, not days or houses;
- a table whose event column names who did it ("Deported by": "Iran") takes its count column ("People");
- "no incident was recorded in X district" is about X, not a document that reports no incidents;
- sending, forcing or pushing people back across or over a border, in more words; Pashto «کورونه یې پرېښي»;
- «ثبت‌شده در ۱۰ قوس ۱۴۰۵» states a witness note's date.
- "1,950 Afghans" is a count: a year is never written with a thousands comma.
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop.events.dates.published import published_date
from tests.events.suggesting import facts, suggest

# ------------------------------------------------------------------ counts


def test_parts_in_brackets_later_in_the_clause_do_not_count_the_event() -> None:
    text = "In Maimana, Faryab, 4 men were flogged at the sports ground on Sunday (three men, one youth)."
    assert facts(suggest(text)) == {("torture", "AF-FYB", 4, "exact")}


def test_a_table_row_with_its_parts_in_brackets_is_counted_by_its_total() -> None:
    text = (
        "| No. | Date | Province / district | Type | Details |\n"
        "|---|---|---|---|---|\n"
        "| 2 | 14 May | Faryab / Maimana | Punishment | 4 people flogged at the sports ground"
        " (three men, one youth) |\n"
    )
    assert facts(suggest(text)) == {("torture", "AF-FYB", 4, "exact")}


def test_an_event_in_brackets_keeps_its_own_count() -> None:
    text = "Police arrested five men in Ghazni after the ambush on the convoy (which killed two guards)."
    assert facts(suggest(text)) == {("detention", "AF-GHA", 5, "exact"), ("killing", "AF-GHA", 2, "exact")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Both were kept in a container at the police post in Nad Ali, Helmand, for three nights.", "en"),
        ("Officers detained both brothers at their shop in Pul-e Khumri, Baghlan, on Sunday.", "en"),
        ("The two were whipped in front of the mosque in Khost on Friday.", "en"),
        ("دواړه د جمعې په ورځ د خوست په ښار کې ونیول شول.", "ps"),
    ],
)
def test_both_counts_two(text: str, language: str) -> None:
    assert {e.count.value if e.count else None for e in suggest(text, language)} == {2}


def test_both_joining_two_places_counts_no_one() -> None:
    text = "Police searched for him both in Kunduz and in Takhar before he was detained."
    assert all(e.count is None or e.count.value != 2 for e in suggest(text))


def test_missing_since_after_an_act_counts_the_acts_people() -> None:
    text = "Three traders were called to the district office in Zurmat, Paktia, on Monday; missing since."
    assert facts(suggest(text)) == {("disappearance", "AF-PIA", 3, "exact")}


@pytest.mark.parametrize(
    "text",
    [
        "اهالی ولسوالی شیندند ولایت هرات می‌گویند که پانزده خانواده روز جمعه از ترس درگیری‌ها"
        " خانه‌های خود را ترک کرده‌اند.",
        "در ولسوالی شیندند ولایت هرات حدود ۱۵ خانواده از ترس جنگ خانه‌هایشان را ترک کرده و به شهر رفته‌اند.",
    ],
)
def test_dari_families_before_a_day_or_a_house_are_counted(text: str) -> None:
    text = "گزارش خبری\n\n" + text  # a title: a document's first line alone tells no event
    assert {(e.type, e.province, e.count.value if e.count else None) for e in suggest(text, "fa")} == {
        ("flight", "AF-HER", 15)
    }


# ------------------------------------------------------------------ tables and documents


def test_a_table_naming_the_sender_takes_its_count_column() -> None:
    text = (
        "Returns counted at the crossings this week:\n\n"
        "| Crossing | Province | Deported by | People |\n"
        "|---|---|---|---|\n"
        "| Islam Qala | Herat | Iran | 4,210 |\n"
        "| Torkham | Nangarhar | Pakistan | 1,905 |\n"
        "| **Total** | | | **6,115** |\n"
    )
    expected = {("deportation", "IR", 4210, "exact"), ("deportation", "PK", 1905, "exact")}
    assert facts(suggest(text)) == expected


def test_no_incident_in_one_district_is_no_document_without_incidents() -> None:
    text = (
        "گزارش ماهانه ولایت فراه\n\n"
        "| تاریخ | محل | رویداد | شمار |\n"
        "|---|---|---|---|\n"
        "| ۴ عقرب | ولسوالی بکواه | بازداشت جوانان از سوی طالبان | ۵ |\n\n"
        "در ولسوالی پشت‌رود هیچ رویدادی ثبت نشده است.\n"
    )
    assert facts(suggest(text, "fa")) == {("detention", "AF-FRA", 5, "exact")}


def test_a_document_reporting_no_incidents_still_reports_none() -> None:
    text = (
        "یادداشت درباره روش کار\n\n"
        "در این یادداشت هیچ رویدادی گزارش نشده است. تیم ما در ماه گذشته سه نفر را در هرات بازداشت‌شده یافت.\n"
    )
    assert suggest(text, "fa") == []


# ------------------------------------------------------------------ words


@pytest.mark.parametrize(
    ("text", "country", "count"),
    [
        ("Iranian police sent some four hundred Afghans back across the Milak bridge on Monday.", "IR", 400),
        ("Pakistani police forced a group of 25 Afghans back over the border at Chaman on Monday.", "PK", 25),
        ("About 900 Afghans were pushed across Torkham by Pakistani police on Monday.", "PK", 900),
    ],
)
def test_people_sent_back_across_a_border_are_deported(text: str, country: str, count: int) -> None:
    found = suggest(text)
    assert [(e.type, e.country, e.count.value if e.count else None) for e in found] == [
        ("deportation", country, count)
    ]


def test_pashto_families_leaving_their_homes_fled() -> None:
    text = "د کونړ ولایت د سرکاڼو ولسوالۍ شل کورنیو د ډزو له وېرې کورونه یې پرېښي دي."
    assert {(e.type, e.province) for e in suggest(text, "ps")} == {("flight", "AF-KNR")}


def test_a_dari_witness_notes_recorded_date_is_its_date() -> None:
    text = "روایت یک مهاجر بازگشته\nثبت‌شده در ۱۰ قوس ۱۴۰۵ (مصاحبه تلفنی، کابل)\n\nما را در مرز گرفتند."
    assert published_date(text) == date(2026, 12, 1)


def test_a_count_written_with_a_thousands_comma_is_no_year() -> None:
    text = "Iranian police deported 1,950 Afghans through Islam Qala on Monday; in 2024 it was closed."
    assert facts(suggest(text)) == {("deportation", "IR", 1950, "exact")}


# ------------------------------------------------------------------ more from heldout-48 (written anew)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TALOQAN (Kokcha News) 3 Nov 2026 — Two teachers were detained on Sunday.", date(2026, 11, 3)),
        ("Radio Nangarhar\nBulletin of Monday 02.11.2026, 07:00\n\nGood morning.", date(2026, 11, 2)),
        ("د کورنۍ لیک\n\nجلال‌آباد، لړم ۲۰، ۱۴۰۵\n\nزموږ زوی ورک دی.", date(2026, 11, 11)),
    ],
)
def test_more_ways_of_stating_the_articles_date(text: str, expected: date) -> None:
    assert published_date(text) == expected


def test_a_subject_with_a_long_relative_clause_counts_its_verb() -> None:
    text = (
        "Report\n\nThree former army officers who were led away from a wedding in Kishim district by men who"
        " said they were from the intelligence department were found dead in Badakhshan on Tuesday."
    )
    assert ("killing", "AF-BDS", 3, "exact") in facts(suggest(text))


def test_a_subject_with_a_relative_clause_counts_both_its_verbs() -> None:
    text = (
        "Report\n\nSix Afghan students who had been living in Quetta were picked up by Pakistani police in a"
        " search last week and expelled through Chaman two days later."
    )
    assert {("detention", "PK", 6, "exact"), ("deportation", "PK", 6, "exact")} <= facts(suggest(text))


def test_an_event_that_only_dates_the_sentence_is_not_told_again() -> None:
    text = (
        "Account\n\nMy son was taken from our shop in Pul-e Khumri, Baghlan, on 4 October by armed men.\n\n"
        "A week after my son was taken, my nephew left with his wife and two daughters for Pakistan out of"
        " fear."
    )
    assert {e.type for e in suggest(text)} == {"detention", "flight"}


def test_the_remains_of_someone_found_are_a_killing() -> None:
    text = "News\n\nThe remains of a former police officer, missing since June, were found near Qalat, Zabul."
    assert {e.type for e in suggest(text)} == {"killing"}


def test_a_logs_short_passive_reports_a_detention() -> None:
    text = (
        "| # | Date | Place | What happened |\n|---|---|---|---|\n"
        "| 1 | 4 May | Ghazni city | Three former police officers detained at a checkpoint |\n"
        "| 2 | 5 May | Ghazni city | A fourth former officer from the same street picked up at his home |\n"
    )
    assert sorted(e.count.value for e in suggest(text) if e.count) == [1, 3]


def test_a_log_entry_marked_removed_is_no_event() -> None:
    text = (
        "Field log\n\n"
        "- 12 May, Kunduz: two former soldiers detained at the bazaar.\n"
        '- Entry of 14 May (Aliabad, Kunduz), a "teacher killed", has been **removed**: he is alive.\n'
    )
    assert {e.type for e in suggest(text)} == {"detention"}


def test_a_totals_line_restates_the_log() -> None:
    text = (
        "Field log\n\n"
        "- 12 May, Kunduz: two former soldiers detained at the bazaar.\n"
        "- 15 May, Takhar: a teacher shot dead in Taloqan.\n\n"
        "**Totals for May so far:** 1 killed, 5 detained.\n"
    )
    found = sorted((e.type, e.province) for e in suggest(text))
    assert found == [("detention", "AF-KDZ"), ("killing", "AF-TAK")]


# ------------------------------------------------------------------ from heldout-52 and -53 (written anew)


def test_one_more_person_counts_one_whatever_group_it_names() -> None:
    text = (
        "Log\n\nThree porters were detained at the Kunduz bazaar on 2 May.\n\n"
        "A fourth porter from the same stall as the bazaar three (see above) was picked up in Kunduz the next"
        " day."
    )
    assert sorted(e.count.value for e in suggest(text) if e.count) == [1, 3]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Account\n\nI was held in Khost for a week.\n\nAs I left, the commander said that if I spoke to"
            " any journalist, they would come back for my son.",
            "en",
        ),
        (
            "روایت\n\nپسرم را در هرات بازداشت کردند.\n\nهفته بعد دو مرد آمدند و گفتند اگر با کسی حرف بزنید،"
            " او را دوباره می‌برند.",
            "fa",
        ),
        (
            "شاهدي\n\nزوی مې په کندهار کې ونیول شو.\n\nیو قومندان راته وویل: که مو له چا سره خبرې وکړې،"
            " بیا به مو راولو.",
            "ps",
        ),
    ],
)
def test_a_condition_told_to_a_private_person_is_a_threat(text: str, language: str) -> None:
    assert "threat" in {e.type for e in suggest(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("Account\n\nThey arrested me and my two brothers in Kabul on Monday.", "en", 3),
        ("روایت\n\nطالبان من و سه برادرم را در شهر غزنی بازداشت کردند.", "fa", 4),
        ("شاهدي\n\nد کندهار په ښار کې یې زه او زما دوه ورونه ونیولو.", "ps", 3),
    ],
)
def test_the_speaker_and_their_kin_are_counted_together(text: str, language: str, count: int) -> None:
    assert [e.count.value if e.count else None for e in suggest(text, language)] == [count]
