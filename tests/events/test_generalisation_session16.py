"""Session 16 (issue 14): mechanisms found on development text, each written anew for these tests in
wordings of our own (none is taken from an answer key's articles):

- ill-treatment in a detention centre or during an arrest, in the Dari spelling that joins its words
  («لت‌وکوب», «ضرب‌وشتم»), is one torture: the centre or the arrest says where or when, no detention of its own;
- someone "taken from his home" by name, or "the two of them", is a detention (not "took the money from the
  shop"); men in plain clothes taking someone («با لباس شخصی») make it a disappearance;
- the time of day ("at about 11 pm", "2 a.m.") counts no one;
- «از مرز رد کردند», «از راه … رد کردند» send people across a border: a deportation, not a denial
  («رد کردند»);
- new words: «به کشور برگرداندند», Pashto «په زور وایستل», «افغانستان ته وسپارل» (deported), «… نفر را گرفتند»
  (detained), "had been kept at" a camp, "issued a written instruction";
- a threat whatever harm it names: told to do something "or else", told "you will regret it" («پشیمان
  می‌شوی»), or told what follows if anyone speaks to the media or complains («اگر با رسانه‌ها گپ بزنید، …»,
  "if anyone from this family talks to a reporter, …"); Pashto «… ته ویل شوي چې که …، …» (were told that if);
- a bug: patterns over folded text written with «ئ», «ؤ» or a ZWNJ («مسئولان», «سؤال») never matched (folding
  writes them «ی», «و», a space); officials («مسئولان ولایت») and a municipality ordering people are an
  authority's statement; an official's warning of what follows "if the trend continues" is a forecast;
- a note's to-do line ("- Ask the office whether …", "Follow up: …", «پیگیری: …») tells nothing; "— four men
  in all" after the people taken totals them, it adds up no events; police with men in plain clothes arrest;
- new statement words: «هدایت داده است» (instructed), «ابلاغ حکم», «ابلاغ کرد» (served an order), Pashto «لیک
  خپور کړ» (published a letter);
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop.events.numbers import find_counts
from desktop.events.script import fold_str
from desktop.events.suggesting import compile_folded
from tests.events.suggesting import facts, suggest

# ------------------------------------------------------------ ill-treatment in custody, joined spellings


@pytest.mark.parametrize(
    "text",
    [
        "روز سه‌شنبه در شهر مزار شریف سه جوان در بازداشتگاه با چوب لت‌وکوب شدند.",
        "روز سه‌شنبه در شهر مزار شریف سه جوان در جریان بازداشت با باتوم ضرب‌وشتم شدند.",
        "روز سه‌شنبه در شهر مزار شریف سه جوان در بازداشتگاه لتوکوب شدند.",
    ],
)
def test_ill_treatment_in_custody_is_one_torture(text: str) -> None:
    found = suggest(text, published=date(2026, 11, 5), language="fa")
    assert facts(found) == {("torture", "AF-BAL", 3, "exact")}


def test_an_arrest_then_a_beating_is_two_events() -> None:
    text = "روز سه‌شنبه در شهر مزار شریف سه جوان بازداشت شدند و سپس در بازداشتگاه لت‌وکوب شدند."
    found = suggest(text, published=date(2026, 11, 5), language="fa")
    assert {e.type for e in found} == {"detention", "torture"}


# ------------------------------------------------------------ taking people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 November, police officers took Gul Ahmad, a shopkeeper, from his house in Pul-e Khumri.",
            {("detention", "AF-BGL", 1, "exact")},
        ),
        (
            "On 3 November in Pul-e Khumri they took the three of them, my brother and cousins.",
            {("detention", "AF-BGL", 3, "exact")},
        ),
        (
            "On 3 November two men in plain clothes took a teacher from his office in Pul-e Khumri.",
            {("disappearance", "AF-BGL", 1, "exact")},
        ),
        (
            "روز شنبه در شهر پلخمری دو مرد با لباس شخصی یک معلم را با خود بردند.",
            {("disappearance", "AF-BGL", 1, "exact")},
        ),
    ],
)
def test_people_taken(text: str, expected: set[tuple[object, ...]]) -> None:
    language = "en" if text.isascii() else "fa"
    assert facts(suggest(text, published=date(2026, 11, 7), language=language)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On 3 November in Pul-e Khumri, thieves took the money from his shop.",
        "On 3 November in Pul-e Khumri, the family took the body from the hospital.",
    ],
)
def test_things_taken_are_no_event(text: str) -> None:
    assert suggest(text, published=date(2026, 11, 7)) == []


@pytest.mark.parametrize("text", ["They came at about 11 pm.", "at 2 a.m.", "at 9 o'clock", "at 10 at night"])
def test_the_time_of_day_counts_no_one(text: str) -> None:
    assert find_counts(text) == []


# ------------------------------------------------------------ across the border


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("روز یکشنبه پولیس ایران شش مهاجر را از مرز رد کردند.", "fa"),
        ("روز یکشنبه پولیس ایران شش مهاجر را از راه اسلام قلعه رد کردند.", "fa"),
        ("روز یکشنبه پولیس ایران شش مهاجر افغان را به کشور برگرداندند.", "fa"),
        ("د یکشنبې په ورځ پاکستاني پولیسو شپږ افغان کورنۍ په زور وایستلې.", "ps"),
    ],
)
def test_sent_across_the_border_is_a_deportation(text: str, language: str) -> None:
    found = suggest(text, published=date(2026, 11, 10), language=language)
    assert [(e.type, e.count.value if e.count else None) for e in found] == [("deportation", 6)]


def test_a_denial_still_retracts() -> None:
    text = "روز یکشنبه پولیس در هرات شش مرد را بازداشت کرد. ولی مقام‌های محلی این گزارش را رد کردند."
    assert suggest(text, published=date(2026, 11, 10), language="fa") == []


def test_people_kept_at_a_camp_abroad() -> None:
    text = "Eleven of the returnees said they had been kept at a holding camp outside Zahedan for a week."
    found = suggest(text, published=date(2026, 11, 10))
    assert facts(found) == {("detention", "IR", 11, "exact")}


# ------------------------------------------------------------ threats whatever the harm


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On 4 November in Kunduz a shopkeeper was summoned by the muhtasib and told to close or else.",
            "en",
        ),
        (
            "On 4 November in Kunduz a teacher got calls from a stranger who told her she would regret it.",
            "en",
        ),
        (
            "On 4 November in Kunduz an officer said that if anyone from this family talks to a reporter, "
            "they will all have to leave the district.",
            "en",
        ),
        ("روز سه‌شنبه در کندز یک مأمور به مادرم گفت اگر با رسانه‌ها گپ بزنید، پشیمان می‌شوید.", "fa"),
        ("روز سه‌شنبه در کندز به ما گفتند اگر شکایت کنیم، پسرمان را دیگر نخواهیم دید.", "fa"),
        ("د سه شنبې په ورځ د کندز د یوه کلي خلکو ته ویل شوي چې که ځمکه پرې نږدي، له کلي به وشړل شي.", "ps"),
    ],
)
def test_a_threat_whatever_the_harm(text: str, language: str) -> None:
    found = suggest(text, published=date(2026, 11, 6), language=language)
    assert [(e.type, e.province) for e in found] == [("threat", "AF-KDZ")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On 4 November in Kunduz the governor met elders and told them to repair the canal.", "en"),
        ("روز سه‌شنبه در کندز والی گفت اگر باران نبارد، دهقانان زیان می‌بینند.", "fa"),
    ],
)
def test_advice_is_no_threat(text: str, language: str) -> None:
    assert suggest(text, published=date(2026, 11, 6), language=language) == []


# ------------------------------------------------------------ authorities' orders, forecasts


@pytest.mark.parametrize("word", ["مسئولان", "سؤال", "رئیس", "مسئول‌ها"])
def test_folded_patterns_match_their_own_words(word: str) -> None:
    assert compile_folded(word).fullmatch(fold_str(word))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "روز دوشنبه مسئولان ولایت بغلان به این خانواده‌ها دستور داده‌اند که منطقه را ترک کنند.",
            "fa",
        ),
        (
            "In Pul-e Khumri, the municipality has told vendors that from Monday they may no longer trade.",
            "en",
        ),
    ],
)
def test_officials_order_people(text: str, language: str) -> None:
    found = suggest(text, published=date(2026, 11, 12), language=language)
    assert [(e.type, e.province) for e in found] == [("statement", "AF-BGL")]


def test_a_forecast_if_a_trend_continues_is_no_statement() -> None:
    text = "مسئولان محلی در بغلان هشدار می‌دهند که اگر روند بازگشت با همین سرعت ادامه یابد، مکتب‌ها پر می‌شوند."
    assert suggest(text, published=date(2026, 11, 12), language="fa") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("روز یکشنبه ریاست معارف بغلان به مکتب‌ها هدایت داده است که درس‌های موسیقی را متوقف کنند.", "fa"),
        ("روز یکشنبه ابلاغ حکم منع کار زنان در نانوایی‌های پلخمری.", "fa"),
        ("د بغلان ولایت د معارف ریاست د یکشنبې په ورځ یو لیک خپور کړ چې ښوونځي دې موسیقي ونه لري.", "ps"),
    ],
)
def test_orders_served_and_published(text: str, language: str) -> None:
    found = suggest(text, published=date(2026, 11, 12), language=language)
    assert [(e.type, e.province) for e in found] == [("statement", "AF-BGL")]


# ------------------------------------------------------------ notes' own lines


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("- Ask the Herat office whether the five detained teachers appear on any prison list.", "en"),
        ("Follow up: call the family of the two men detained in Herat last week.", "en"),
        ("پیگیری: تماس دوباره با خانواده سه جوان بازداشت‌شده در هرات در هفته آینده.", "fa"),
    ],
)
def test_a_to_do_line_tells_nothing(text: str, language: str) -> None:
    assert suggest(text, published=date(2026, 11, 12), language=language) == []


def test_people_counted_in_all_are_no_summary() -> None:
    text = (
        "On 2 November police and men in plain clothes took him, his brother and two cousins to the police "
        "station in Herat — four men in all."
    )
    found = suggest(text, published=date(2026, 11, 12))
    assert facts(found) == {("detention", "AF-HER", 4, "exact")}


# ------------------------------------------------------------ practices and handing over


@pytest.mark.parametrize(
    "text",
    [
        "UNAMA recorded continuing arbitrary arrests, ill-treatment and intimidation of reporters in Paktia.",
        "December in Paktia was marked by arrests of students and beatings of shopkeepers.",
    ],
)
def test_a_practice_that_goes_on_is_no_event(text: str) -> None:
    assert suggest(text, published=date(2026, 11, 12)) == []


def test_handed_over_to_the_prosecutor_is_no_deportation() -> None:
    text = (
        "Police in Herat detained 23 men on 3 November. All 23 have been handed over to the provincial "
        "prosecutor's office."
    )
    found = suggest(text, published=date(2026, 11, 12))
    assert "deportation" not in {e.type for e in found}
    assert ("detention", "AF-HER", 23, "exact") in facts(found)


def test_handed_over_across_the_border_is_a_deportation() -> None:
    text = "On 4 November Iranian police handed over 40 Afghans to the Taliban at Islam Qala in Herat."
    found = suggest(text, published=date(2026, 11, 12))
    assert ("deportation", "IR", 40, "exact") in facts(found)


# ------------------------------------------------------------ session 17: alerts, relative clauses, silence


def test_a_withdrawn_alert_is_no_event() -> None:
    text = "Update: our alert of 18 September about the arrest of an editor in Paktia has been withdrawn."
    assert suggest(text, published=date(2026, 9, 24)) == []


def test_whom_they_took_is_a_detention() -> None:
    text = (
        "The union calls for the release of Samiullah Zadran, a reporter in Khost, whom intelligence men "
        "took from the station's office on 22 September."
    )
    found = suggest(text, published=date(2026, 9, 24))
    assert facts(found) == {("detention", "AF-KHO", 1, "exact")}


def test_still_unaccounted_for_is_a_disappearance() -> None:
    text = (
        "In Ghazni, a freelance photographer is still unaccounted for nine days after he was summoned to the "
        "provincial department of information on 15 September."
    )
    found = suggest(text, published=date(2026, 9, 24))
    assert [(e.type, e.province) for e in found] == [("disappearance", "AF-GHA")]


def test_people_seized_on_one_day_add_up_no_earlier_events() -> None:
    text = (
        "Two teachers in Imam Sahib district of Kunduz have not been heard from since they answered a "
        "summons on 8 January.\n\n"
        "On 11 January, intelligence personnel seized three relatives who had gone to the same office to ask "
        "about the teachers.\n\n"
        "Last month a third member of the school's staff was held for a day at the district police station."
    )
    found = suggest(text, published=date(2026, 1, 14))
    assert ("detention", "AF-KDZ", 3, "exact") in facts(found)
