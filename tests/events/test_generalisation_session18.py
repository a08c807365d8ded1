"""Session 18: wordings found missing on earlier keys' notes and five new blind keys (heldout-76 … -80), each
tested on sentences of our own, with guards for the readings they must not take.

- Dari days as ordinal words with no «روز»: «سه‌شنبه سوم قوس», «به تاریخ بیست‌وسوم قوس», «سی‌ام عقرب ۱۴۰۵»;
  not «بار دوم جدی» (the second time, seriously);
- a wire dateline without its year ("KABUL, Sept 28 (Newswire) -"): the year that puts it just after the
  article's last full date, or the latest such day up to the day it is read;
- a place before a ";" whose clause goes on about the same people ("… the governor in Ghazni; they were held
  for three days") is the first clause's event's, not left to the nearer "held".
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop.events.dates.published import published_issued
from tests.events.suggesting import suggest

PUB = date(2026, 12, 20)


def dated(text: str, language: str = "fa") -> list[tuple[str, date | None, str | None]]:
    return [(e.type, e.date_start, e.date_precision) for e in suggest(text, published=PUB, language=language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نیروهای طالبان روز سه‌شنبه سوم قوس دو مرد را در ولسوالی جاغوری بازداشت کردند.", date(2026, 11, 24)),
        ("در سوم قوس ۱۴۰۵ دو مرد در ولسوالی جاغوری بازداشت شدند.", date(2026, 11, 24)),
        ("به تاریخ بیست و سوم قوس دو مرد در ولسوالی جاغوری بازداشت شدند.", date(2026, 12, 14)),
        ("به تاریخ بیست‌وسوم قوس دو مرد در ولسوالی جاغوری بازداشت شدند.", date(2026, 12, 14)),
        ("سی‌ام عقرب ۱۴۰۵ دو مرد در ولسوالی جاغوری بازداشت شدند.", date(2026, 11, 21)),
    ],
)
def test_dari_ordinal_days(text: str, expected: date) -> None:
    assert dated(text) == [("detention", expected, "day")]


def test_an_ordinal_before_a_month_word_that_is_no_date() -> None:
    text = "این موضوع برای بار دوم جدی گرفته نشد و دو مرد در ولسوالی جاغوری بازداشت شدند."
    assert dated(text) == [("detention", PUB, "reported")]


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        (  # no full date in the text: the latest such day up to the day it is read
            "Iran steps up expulsions\n\nKABUL, Sept 28 (Kabul Newswire) - Iranian authorities sent 3,412 "
            "Afghans "
            "back through the Islam Qala crossing on Saturday and Sunday.",
            date(2026, 12, 7),
            [[2026, 9, 28]],
        ),
        (  # the text's last full date sets the year, whenever it is read
            "Wedding attack\n\nHERAT, Jan. 3 (AFN) — Gunmen shot dead eleven guests at a wedding in Guzara "
            "district on 30 December 2025.",
            date(2027, 6, 1),
            [[2026, 1, 3]],
        ),
        (  # a date ahead in the text (a hearing) does not push the dateline a year on
            "Trial\n\nHERAT, Sept 28 (AFN) — Two men were detained on Saturday. The trial is set for 15 "
            "October 2026.",
            date(2027, 12, 7),
            [[2026, 9, 28]],
        ),
        (
            "خبر\n\nکابل، ۲۸ سنبله (خبرگزاری پژواک) – طالبان دو مرد را در ولسوالی جاغوری بازداشت کردند.",
            date(2026, 12, 7),
            [[2026, 9, 19]],
        ),
    ],
)
def test_a_dateline_without_its_year(text: str, today: date, expected: list[list[int]]) -> None:
    assert published_issued(text, today=today) == {"date-parts": expected}


@pytest.mark.parametrize(
    "text",
    [
        "Attack\n\nHERAT, Saturday (AFN) — Gunmen shot dead eleven guests.",  # a weekday is no dateline's day
        "Attack\n\nOn Sept 28 gunmen shot dead eleven guests in Herat.",  # a sentence opening with a day
    ],
)
def test_no_yearless_dateline(text: str) -> None:
    assert published_issued(text, today=date(2026, 12, 7)) is None


def test_a_yearless_dateline_needs_a_day_to_read_it_on() -> None:
    assert published_issued("Attack\n\nKABUL, Sept 28 (AFN) — Gunmen shot dead eleven guests.") is None


def test_the_place_before_a_semicolon_going_on_about_the_same_people() -> None:
    text = (
        "Reports reached us from Ghazni, Daikundi and Bamyan provinces.\n\nNine Hazara elders from Malistan "
        "district were arrested after petitioning the governor in Ghazni; they were held for three days."
    )
    assert [(e.type, e.province) for e in suggest(text, published=PUB)] == [("detention", "AF-GHA")]


def test_a_clause_about_other_people_keeps_its_own_count() -> None:
    text = (
        "Iran deported 27,450 Afghans through Islam Qala and Milak in October, according to the border "
        "commissions of Herat and Nimroz; a further 14,000 or so came back voluntarily, many of them after "
        "receiving notices to leave their rented rooms in Tehran and Isfahan."
    )
    counts = [e.count.value for e in suggest(text, published=PUB) if e.type == "deportation" and e.count]
    assert counts == [27450]


def found(text: str, language: str = "en") -> set[tuple[str, str | None]]:
    return {(e.type, e.province or e.country) for e in suggest(text, published=PUB, language=language)}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "In Spin Boldak, Pakistani border police handed nine boys, the youngest aged ten, to Afghan "
            "officials.",
            "en",
            ("deportation", "PK"),
        ),
        (
            "At dawn police drove forty men to Torkham and handed them to Afghan authorities.",
            "en",
            ("deportation", "PK"),
        ),
        (
            "مرزبانان تاجیک هفت پناهجو را از راه شیرخان بندر به افغانستان بازگرداندند.",
            "fa",
            ("deportation", "TJ"),
        ),
        ("پولیس پاکستان هشت نفر را به تورخم برد و به طرف افغانستان تحویل داد.", "fa", ("deportation", "PK")),
        ("پاکستاني پولیسو درې کسان تورخم ته ولېږل او افغان لوري ته یې وسپارل.", "ps", ("deportation", "PK")),
    ],
)
def test_people_handed_to_the_afghan_side(text: str, language: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, language)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards at the prison in Herat beat Karim with a length of hose on Monday.", ("torture", "AF-HER")),
        ("In Maymana, two of them were pushed into a pickup by muhtasibs.", ("detention", "AF-FYB")),
        (
            "At the post in Zhari, fighters stopped a bus and took off three young men.",
            ("detention", "AF-KAN"),
        ),
        (
            "Five of the elders were kept overnight at the district centre in Shindand.",
            ("detention", "AF-HER"),
        ),
        ("Two of the detainees died inside the compound in Herat city within a week.", ("killing", "AF-HER")),
        (
            "A prisoner collapsed in the prison courtyard in Pul-e-Charkhi and died on Tuesday.",
            ("killing", "AF-KAB"),
        ),
    ],
)
def test_taken_held_beaten_died_in_custody(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan beat Afghanistan with ease in the final in Kandahar.",
        "The plane took off from Herat airport with forty passengers.",
        "The old prisoners in Herat died of natural causes years ago, officials said in 2019.",
    ],
)
def test_no_custody_event(text: str) -> None:
    assert not {t for t, _ in found(text)} & {"torture", "detention", "killing"}


@pytest.mark.parametrize(
    "text",
    [
        'In Jebrael, vice and virtue men told the teacher to close the class or they would "seal the door".',
        "In Qaisar, armed men warned the families to leave their fields before winter, or face the "
        "consequences.",
        'In Kunduz, callers told the two men to "shut your mouths or join him".',
        "Police detained four men in Sheberghan on Monday. Before they were let go, police told them that "
        "anyone "
        'who spoke to reporters would "join the others".',
    ],
)
def test_demands_with_what_follows_are_threats(text: str) -> None:
    assert "threat" in {t for t, _ in found(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The teacher in Herat told the children to bring tea or water.",
        "She told him to choose Herat or Kabul.",
    ],
)
def test_a_choice_is_no_threat(text: str) -> None:
    assert "threat" not in {t for t, _ in found(text)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "به خانواده‌ها در مزارشریف هشدار داده شده است اگر با رسانه‌ها گفت‌وگو کنند، "
            "پسرانشان را نخواهند دید.",
            "fa",
        ),
        ("در قوماندانی مزارشریف به ما گفتند اگر یک بار دیگر این‌جا بیاییم، ما را هم زندانی می‌کنند.", "fa"),
    ],
)
def test_dari_threats_passive_or_of_prison(text: str, language: str) -> None:
    assert ("threat", "AF-BAL") in found(text, language)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The families received a written notice from the municipality of Kandahar telling them to leave.",
            "en",
            ("statement", "AF-KAN"),
        ),
        (
            "The virtue department in Maymana sent shop owners a written instruction to shut at prayer time.",
            "en",
            ("statement", "AF-FYB"),
        ),
        (
            "The education office in Asadabad sent a letter to all schools telling teachers to attend "
            "madrasa "
            "training every Thursday.",
            "en",
            ("statement", "AF-KNR"),
        ),
        (
            "A notice nailed to the gate of the temple in Jalalabad declared it state land.",
            "en",
            ("statement", "AF-NAN"),
        ),
        (
            "هغه مامور چې له نجلیو سره یې مرکه کړې وه، وویل چې په جلال اباد کې دهرمسال "
            "د دولت ملکیت اعلان شو.",
            "ps",
            ("statement", "AF-NAN"),
        ),
        (
            "یکی از کارمندان استخبارات در قندهار احضار شد و دیگر به خانه بازنگشت.",
            "fa",
            ("disappearance", "AF-KAN"),
        ),
    ],
)
def test_orders_notices_and_no_return(text: str, language: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, language)


def test_a_training_announced_is_no_order() -> None:
    assert (
        found("The ministry announced a training workshop on documentation for teachers in Herat.") == set()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Her husband was taken off a rickshaw at a police picket in Peshawar and nobody in the family "
            "has heard from him since.",
            ("disappearance", "PK"),
        ),
        (
            "A former police officer was led away from a taxi at the checkpoint in Maiwand.",
            ("detention", "AF-KAN"),
        ),
        ("Gunmen stopped the bus near Khwaja Du Koh and ordered seven men off it.", ("detention", "AF-JOW")),
        ("Police in Herat led him away in handcuffs.", ("detention", "AF-HER")),
    ],
)
def test_led_away_ordered_off_and_never_heard_from(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody has heard from the minister in Herat about the budget.",
        "The programme was taken off air in Herat.",
        "The band led away the crowd in Herat with music.",
        "He locked up his shop in Herat and went home.",
        "The goods were kept in a warehouse in Herat.",
    ],
)
def test_no_one_taken_or_missing(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Two men were kept in a container in Herat for three days.",
        "Police in Herat locked him up for a week.",
    ],
)
def test_people_locked_up_or_kept(text: str) -> None:
    assert ("detention", "AF-HER") in found(text)


def test_gunned_down_in_dari_is_a_killing() -> None:
    text = "افراد مسلح شام روز یکشنبه چهار عضو یک خانواده را در ولسوالی دولینه ولایت غور به رگبار بستند."
    assert ("killing", "AF-GHO") in found(text, "fa")
