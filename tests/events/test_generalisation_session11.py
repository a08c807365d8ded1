"""Session 11 (issue 14): mechanisms found on development text, each written anew for these tests in
wordings of our own (none is taken from an answer key's articles):

- one country's deportations on days of their own, each with its count ("500 … on 2 May and 300 … on 5
  May", the Dari order «روز ۲ ثور ۵۰۰ تن … و روز ۵ ثور ۳۰۰ تن …»), are one deportation a day; counts nearer
  another event's words (a round-up before the deportation) are that event's.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.suggesting import PUBLISHED, facts, suggest


def _days(text: str, language: str = "en") -> set[tuple[object, ...]]:
    return {
        (e.type, e.province or e.country, e.count.value if e.count else None, e.date_start)
        for e in suggest(text, language)
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Iran sent back 650 Afghans through Islam Qala on 3 April and 420 through Milak on 6 April.", "en"),
        (
            "On 3 April Iranian police deported 650 Afghans via Islam Qala, and on 6 April 420 via Milak.",
            "en",
        ),
        (
            "Iran deported 1,070 Afghans that week: 650 through Islam Qala on 3 April and 420 through "
            "Milak on 6 April.",
            "en",
        ),
        (
            "ایران روز ۱۵ حمل ۶۵۰ مهاجر را از راه اسلام قلعه و روز ۱۸ حمل ۴۲۰ تن دیگر را از راه میلک "
            "اخراج کرد.",
            "fa",
        ),
    ],
)
def test_deportations_on_days_of_their_own_are_one_a_day(text: str, language: str) -> None:
    assert _days(text, language) == {
        ("deportation", "IR", 650, date(2024, 4, 3)),
        ("deportation", "IR", 420, date(2024, 4, 6)),
    }


def test_one_day_by_crossing_stays_one_deportation() -> None:
    text = "On 3 April Iran deported 650 Afghans through Islam Qala and 420 through Milak."
    assert _days(text) == {("deportation", "IR", 1070, date(2024, 4, 3))}


def test_a_round_up_before_the_deportation_keeps_its_own_count() -> None:
    text = (
        "Police in Quetta rounded up 130 Afghans on Friday, and on Sunday the authorities deported 90 of "
        "them through Chaman."
    )
    found = {(t, c) for t, _, c, _ in _days(text)}
    assert ("detention", 130) in found
    assert {t for t, _ in found} == {"detention", "deportation"}
    assert ("deportation", 130) not in found


def _dated(text: str, language: str = "en") -> set[tuple[object, ...]]:
    return {(e.type, e.date_start, e.date_precision) for e in suggest(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (  # the outcome of the incident just told, its people counted
            "Police fired on a crowd of traders outside the customs house in Hairatan on the evening of 12 "
            "May. Three porters were killed, according to the district hospital.",
            "en",
            {("killing", date(2024, 5, 12), "day")},
        ),
        (  # "that night"
            "Armed men stopped a wedding convoy near Sheberghan on 9 May. Four guests were taken away that "
            "night and held in a private house.",
            "en",
            {("detention", date(2024, 5, 9), "day")},
        ),
        (  # Dari: a witness goes on with what was done to him («مرا …»)
            "روز ۱۵ ثور ما را در ایست بازرسی شهر شبرغان ایستاد کردند. مرا دو روز در یک اتاق تاریک نگه "
            "داشتند و لت و کوب کردند.",
            "fa",
            {("detention", date(2024, 5, 4), "day"), ("torture", date(2024, 5, 4), "day")},
        ),
        (  # Pashto: «په دې نښته کې» (in this clash) is the clash told just before
            "د شنبې په ورځ د سرپل ولایت د سانچارک ولسوالۍ په یوه کلي کې د اوبو پر سر نښته وشوه. په دې "
            "نښته کې دوه بزګران ووژل شول.",
            "ps",
            {("killing", date(2024, 5, 18), "day")},
        ),
    ],
)
def test_the_next_step_of_a_dated_story_takes_its_day(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert _dated(text, language) == expected


def test_a_new_incident_after_a_dated_one_is_not_given_its_day() -> None:
    text = (
        "Police detained a shopkeeper in Hairatan on 12 May. In Aqcha, residents say a teacher has been "
        "missing for weeks."
    )
    dated = _dated(text)
    assert ("detention", date(2024, 5, 12), "day") in dated
    assert all(d != date(2024, 5, 12) for t, d, _ in dated if t == "disappearance")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (  # «یکی از» (one of): one person
            "طالبان روز جمعه یکی از مداحان را در بازار لعل و سرجنگل در برابر مردم لت‌وکوب کردند.",
            "fa",
            {("torture", "AF-GHO", 1, "exact")},
        ),
        (  # «یکی از این چهار تن» (one of these four): the four are the whole, not the count
            "چهار دهقان روز شنبه در ولسوالی شولگره بازداشت شدند. یکی از این چهار تن پس از رهایی به "
            "خانواده‌اش گفته است که با لوله لت‌وکوب شده است.",
            "fa",
            {("detention", "AF-BAL", 4, "exact"), ("torture", "AF-BAL", None, None)},
        ),
        (  # the one who tells is the source, not the victim
            "نیروهای امنیتی شش جوان را در شهر میمنه بازداشت کردند. یکی از بستگان آنان گفت که جوانان "
            "را با خود بردند.",
            "fa",
            {("detention", "AF-FYB", 6, "exact")},
        ),
        (  # "a 22-year-old": one person; what was seized ("with 2 kilograms of hashish") is no count
            "Police in Mashhad arrested a 22-year-old Afghan labourer with 2 kilograms of hashish on Sunday.",
            "en",
            {("detention", "IR", 1, "exact")},
        ),
    ],
)
def test_one_of_them_and_things_seized(text: str, language: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, language)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A 23-year-old man from Nimroz, arrested at 16 on drug charges, was executed in Zahedan on Monday.",
        "The young woman, married at 14 against her will, was beaten by her in-laws in Herat on Friday.",
    ],
)
def test_an_age_is_no_count(text: str) -> None:
    assert all(e.count is None or e.count.value == 1 for e in suggest(text))


@pytest.mark.parametrize(
    "text",
    [
        "Three students were summoned by the intelligence office in Taloqan on Monday. Two of them have "
        "not returned.",
        "A journalist summoned to the governor's office in Pul-i-Khumri on 2 May has not returned, his "
        "colleagues said.",
    ],
)
def test_summoned_and_not_returned_is_a_disappearance(text: str) -> None:
    assert "disappearance" in {e.type for e in suggest(text)}


@pytest.mark.parametrize(
    "text",
    [
        "A first draft of this update listed a killing in Shirin Tagab on 4 May; relatives later said the "
        "man had died in a road accident.",
        "Residents first reported that two men had been shot near Qaisar on Friday, but it was a traffic "
        "accident, the district hospital said.",
        "Elders remember that in the early 1990s the militia executed prisoners at the same crossroads.",
        "A ministry official told us the decision was taken in Kabul and not in Maimana.",
    ],
)
def test_no_event(text: str) -> None:
    assert suggest(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # where they went ("for A and B city") is not where they fled from
            "Threats from armed herders in Lal wa Sarjangal have gone on since April. About 50 families have "
            "since left for Chaghcharan and Kabul city, an elder said.",
            ("flight", "AF-GHO"),
        ),
        (  # "on the Tajik bank": in Tajikistan; "Tajik border troops" act for Tajikistan
            "Tajik border troops detained six Afghan fishermen on the Tajik bank of the Panj near Darqad on "
            "Monday.",
            ("detention", "TJ"),
        ),
    ],
)
def test_where_it_happened(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(e.type, e.province or e.country) for e in suggest(text)}
    assert not {e.province or e.country for e in suggest(text) if e.type == expected[0]} - {expected[1]}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (  # foreign guards acting on people from an Afghan district: abroad, not at the men's home
            "مرزبانان ازبکستان روز دوشنبه پنج ماهیگیر از ولسوالی کلدار ولایت بلخ را در آب‌های آمو بازداشت "
            "کردند.",
            "fa",
            {("detention", "UZ", 5, "exact")},
        ),
        (
            "Turkmen border guards detained three shepherds from Qarqin district near the border on Sunday.",
            "en",
            {("detention", "TM", 3, "exact")},
        ),
        (  # Pashto «امر کړی چې» (has ordered that) by the province's officials: the article's province
            "مزار شریف، د بلخ ولایت. د ولایت چارواکو امر کړی چې ښځې به له محرم پرته بازار ته نه ځي.",
            "ps",
            {("statement", "AF-BAL", None, None)},
        ),
        (  # the rifle butt (Dari and Pashto)
            "ماموران روز جمعه یک دکاندار را در بازار شهر فیض‌آباد با قنداق تفنگ زدند.",
            "fa",
            {("torture", "AF-BDS", 1, "exact")},
        ),
        (  # taken from their homes (Dari)
            "سه معلم روز یکشنبه در ولسوالی اندخوی از خانه‌هایشان گرفته شدند.",
            "fa",
            {("detention", "AF-FYB", 3, "exact")},
        ),
    ],
)
def test_session11_wordings(text: str, language: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("که واوره زیاته شي، د بدخشان لارې به بندې شي.", "ps"),  # roads closed, not people held
        (  # aid agencies foresee; they threaten no one
            "نهادهای امدادی هشدار داده‌اند که اگر بازگشت‌ها به همین روال ادامه یابد، هزاران تن دیگر از "
            "پاکستان اخراج خواهند شد.",
            "fa",
        ),
    ],
)
def test_no_event_in_dari_or_pashto(text: str, language: str) -> None:
    assert suggest(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (  # handed over to the Afghan authorities by foreign guards: deported
            "مرزبانان ترکمنستان روز سه‌شنبه دوازده کارگر افغان را در بندر آقینه به مقامات افغان تحویل دادند.",
            "fa",
            {("deportation", "TM", 12, "exact")},
        ),
        (  # "caught by" guards
            "Three youths from Shahr-e Buzurg were caught by Tajik border troops on an island in the Panj on "
            "Monday.",
            "en",
            {("detention", "TJ", 3, "exact")},
        ),
        (  # "took nine of us"
            "In Isfahan the police raided our workshop on 3 May. They took nine of us to a camp.",
            "en",
            {("detention", "IR", 9, "exact")},
        ),
    ],
)
def test_handed_over_caught_and_taken(text: str, language: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, language)) == expected


def test_over_the_previous_days_is_a_range() -> None:
    (event,) = suggest("Police said they had arrested 17 smugglers in Pusht Rod over the previous ten days.")
    assert (event.date_start, event.date_end, event.date_precision) == (
        date(2024, 5, 10),
        date(2024, 5, 20),
        "range",
    )


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (  # the next sentence dates the same people's incident
            "Unknown gunmen killed two shepherds in Khwaja Sabz Posh district. According to their relatives, "
            "the two were shot on Saturday evening near their flock.",
            "en",
            {("killing", date(2024, 5, 18), "day")},
        ),
        (
            "افراد مسلح ناشناس دو چوپان را در ولسوالی خواجه سبزپوش به قتل رساندند. به گفته بستگان، این دو تن "
            "روز شنبه در نزدیکی رمه‌شان هدف گلوله قرار گرفتند.",
            "fa",
            {("killing", date(2024, 5, 18), "day")},
        ),
        (  # the same agents go on: «ماموران …» after a dated detention
            "شام ۲۵ ثور، نیروهای طالبان در مرکز ولسوالی پسابند شش عزادار را بازداشت کردند. ماموران یکی از "
            "آنان را در برابر مردم لت‌وکوب کردند.",
            "fa",
            {("detention", date(2024, 5, 14), "day"), ("torture", date(2024, 5, 14), "day")},
        ),
    ],
)
def test_dated_by_the_sentence_after_or_the_same_agents(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert _dated(text, language) == expected


def test_another_incident_after_does_not_date_it() -> None:
    text = "Gunmen killed a shopkeeper in Maimana. On Sunday police detained three men in Andkhoy."
    assert ("killing", PUBLISHED, "reported") in _dated(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("مننه چې موږ ته مو غوږ نیولی و.", "ps"),  # «غوږ نیول» (to listen), no one held
        (
            "3. Legal aid for those who describe arrest, beatings or threats at the crossings in Herat.",
            "en",
        ),
    ],
)
def test_idioms_and_topics_are_no_events(text: str, language: str) -> None:
    assert suggest(text, language) == []


def test_people_from_a_province_held_abroad_are_held_abroad() -> None:
    text = (
        "The men were held in a camp outside Kerman for a week. On the second night, the guards beat three "
        "youths from Faryab who asked for blankets."
    )
    assert {(e.type, e.province or e.country) for e in suggest(text)} >= {("torture", "IR")}
    assert all(e.province != "AF-FYB" for e in suggest(text))


def test_a_broadcast_line_dates_the_transcript() -> None:
    from desktop.events.dates.published import published_date

    text = (
        'Radio Nawa — "Evening Talk" (translated from Dari)\nBroadcast: Tuesday 3 March 2026, 8 pm\n\n'
        "Host: Welcome to the programme."
    )
    assert published_date(text, language="en") == date(2026, 3, 3)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (  # a deportation "into" a province is still the sending country's, and no flight
            "On Tuesday, 2,100 people were deported through the Torkham crossing into Nangarhar.",
            "en",
            {("deportation", "PK", 2100, "exact")},
        ),
        (  # wildcards in a row: "pushed _ _ back across" takes up to six words
            "Iranian guards pushed at least 300 young Afghans back across the border near Islam Qala on "
            "Sunday.",
            "en",
            {("deportation", "IR", 300, "at least")},
        ),
        (
            "Nine students were hauled out of a dormitory in Mazar-i-Sharif on Friday.",
            "en",
            {("detention", "AF-BAL", 9, "exact")},
        ),
        (
            "A midwife was held for a day in Taloqan on 2 May, her colleagues said.",
            "en",
            {("detention", "AF-TAK", 1, "exact")},
        ),
        ("تیراندازی در بازار ولسوالی گرشک جان سه تن را گرفت.", "fa", {("killing", "AF-HEL", 3, "exact")}),
        ("زموږ درې ځوانان په اسدآباد کې دوه شپې بندیان وو.", "ps", {("detention", "AF-KNR", 3, "exact")}),
        (
            "د ننګرهار والي یو امر صادر کړی چې ښځې دې له محرم پرته سفر نه کوي.",
            "ps",
            {("statement", "AF-NAN", None, None)},
        ),
        (
            "حدود سی خانواده از قریه ما در ولسوالی ناوه بار و بستر خود را جمع کرده و به لشکرگاه رفته‌اند.",
            "fa",
            {("flight", "AF-HEL", 30, "about")},
        ),
    ],
)
def test_session11_vocabulary(text: str, language: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, language)) == expected


def test_luggage_is_no_flight() -> None:
    text = (
        "ماموران طالبان در اسلام قلعه سه تن از بازگشت‌کنندگان را به اتهام انتقال مواد مخدر در بار و بنه‌شان "
        "بازداشت کردند."
    )
    assert {e.type for e in suggest(text, "fa")} == {"detention"}


@pytest.mark.parametrize(
    ("term", "text", "found"),
    [
        ("pushed _ back across", "pushed 40 men back across", True),
        ("pushed _ back across", "pushed more than 3,400 Afghans back across", False),  # four words: too many
        ("pushed _ _ back across", "pushed more than 3,400 Afghans back across", True),
        ("pushed _ _ back across", "pushed 40 back across", False),  # two wildcards want two words or more
        ("died in _ _ custody", "died in the intelligence department's custody", True),
    ],
)
def test_wildcards_in_a_row_stand_for_more_words(term: str, text: str, found: bool) -> None:
    import re

    from desktop.events.vocabulary import _term

    assert bool(re.search(_term(term), text)) is found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Solar Hijri months as English texts from Afghanistan write them
        ("On 14 Saratan 1403, police detained two teachers in Ghazni city.", (date(2024, 7, 4), "day")),
        (
            "During Sonbola, about 30 boys were detained in Qarabagh district of Ghazni.",
            (date(2023, 8, 23), "month"),
        ),
        ("In late Hamal, three men were flogged in Ghazni city.", (date(2024, 4, 9), "approximate")),
    ],
)
def test_solar_months_in_english(text: str, expected: tuple[date, str]) -> None:
    (event,) = suggest(text)
    assert (event.date_start, event.date_precision) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Asad was detained in Ghazni city on 3 May, his brother said.",  # a man's name, not the month
        "Police detained Mizan Khan in Ghazni city on 3 May.",
    ],
)
def test_names_that_are_also_months(text: str) -> None:
    (event,) = suggest(text)
    assert event.date_start == date(2024, 5, 3)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (  # released after days "in custody": the detention told before, not another
            "Two reporters were detained in Asadabad on Saturday. Both were let go on Monday after two "
            "nights in custody.",
            "en",
            {("detention", "AF-KNR", 2, "exact")},
        ),
        (  # «همکار چهارم» (the fourth colleague): one more person
            "سه خبرنگار روز شنبه در شهر هرات بازداشت شدند. همکار چهارم آنان فردای آن روز در خانه‌اش "
            "بازداشت شد.",
            "fa",
            {("detention", "AF-HER", 3, "exact"), ("detention", "AF-HER", 1, "exact")},
        ),
        (  # "after the Qalat execution": the execution told before dates the flogging
            "A man was publicly executed in Qalat on Thursday. Two days after the Qalat execution, five men "
            "were "
            "flogged in Tarinkot.",
            "en",
            {("killing", "AF-ZAB", 1, "exact"), ("torture", "AF-URU", 5, "exact")},
        ),
        (  # an authority's warning to anyone is a rule, not a threat
            "The Ghazni court said on Monday that the punishments were lawful and warned that anyone who "
            "filmed "
            "them would be arrested.",
            "en",
            {("statement", "AF-GHA", None, None)},
        ),
        (  # taken "for military training": recruitment
            "About 25 boys were taken from a madrasa in Andar district for military training on Sunday.",
            "en",
            {("recruitment", "AF-GHA", 25, "about")},
        ),
    ],
)
def test_session11_context(text: str, language: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # one city and its neighbourhoods: one detention, with its own count
            "Nearly 5,000 Afghans were deported from Iran through Islam Qala last week. In Pakistan, police "
            "in Karachi detained about 150 Afghans in raids on Sunday across the Sohrab Goth and Orangi "
            "Town neighbourhoods.",
            {("deportation", "IR", 5000, "about"), ("detention", "PK", 150, "about")},
        ),
        (
            "Iranian police arrested 60 Afghan workers in Tehran, in Shahr-e Rey and in Eslamshahr on "
            "Friday.",
            {("detention", "IR", 60, "exact")},
        ),
    ],
)
def test_one_event_per_place_and_day(text: str, expected: set[tuple[object, ...]]) -> None:
    events = suggest(text)
    assert facts(events) == expected
    assert len(events) == len(expected)


def test_doubt_about_the_breakdown_leaves_the_event() -> None:
    text = (
        "هشت تن دیگر در ولایات پکتیا، خوست و پکتیکا بازداشت شدند؛ نتوانستیم شمار بازداشت‌ها را به تفکیک هر "
        "ولایت تأیید کنیم."
    )
    assert facts(suggest(text, "fa")) == {("detention", "AF", 8, "exact")}


def test_a_total_for_a_province_and_the_provinces_around_it() -> None:
    text = (
        "In the quarter at least 20 former officials were detained in Kabul and the eastern provinces.\n\n"
        "In Kabul, intelligence officers detained nine former officials in night raids on 3 August.\n\n"
        "In Jalalabad, five journalists were detained on 14 August.\n\n"
        "Six more people were detained in Laghman, Kunar and Nuristan provinces."
    )
    assert facts(suggest(text)) == {
        ("detention", "AF-KAB", 9, "exact"),
        ("detention", "AF-NAN", 5, "exact"),
        ("detention", "AF", 6, "exact"),
    }


def test_a_long_line_going_on_in_lower_case_is_one_sentence_beside_a_wide_table() -> None:
    from desktop.events.sentences import split_sentences

    text = (
        "| Province | District | Incident | People | Date | Source | Status of verification and follow-up |\n"
        "|---|---|---|---|---|---|---|\n\n"
        "Eleven further reports from Zabul and Uruzgan remain under verification this quarter. No\n"
        "executions were recorded in the south during the quarter, judicial or otherwise.\n"
    )
    assert "No\nexecutions were recorded in the south during the quarter, judicial or otherwise." in [
        s.text for s in split_sentences(text)
    ]
    assert not [e for e in suggest(text) if e.type == "killing"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police detained a shopkeeper in Spin Boldak on 12 May. Two tailors were picked up in the same "
            "bazaar the night before.",
            {("detention", date(2024, 5, 12), "day"), ("detention", date(2024, 5, 11), "day")},
        ),
        (
            "On the first Sunday of April, officials in Nad Ali detained four farmers who refused to leave.",
            {("detention", date(2024, 4, 7), "day")},
        ),
        (
            "Police detained two teachers in Herat on the last Friday of March.",
            {("detention", date(2024, 3, 29), "day")},
        ),
    ],
)
def test_the_night_before_and_weekdays_of_a_month(text: str, expected: set[tuple[object, ...]]) -> None:
    assert _dated(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Relatives said six boys from Jaghori had been taken to work in brick kilns near Peshawar last "
            "month.",
            "en",
            "recruitment",
        ),
        ("ده نوجوان افغان در مزارع اطراف شیراز بدون مزد به کار واداشته شده‌اند.", "fa", "recruitment"),
        ("هفته گذشته یک مرد در ملأعام در شهر فراه قصاص شد.", "fa", "killing"),
    ],
)
def test_forced_labour_and_retribution(text: str, language: str, expected: str) -> None:
    assert {e.type for e in suggest(text, language)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Field diary: Logar, May\nPosted 2 June 2026, notes of a local reporter (lightly edited)\n\n"
            "Monday, 11 May\nPul-e Alam. Two teachers were detained.",
            date(2026, 6, 2),
        ),
        (
            "# Monthly brief\n\n*Women's Rights Network · Issued 4 August 2026 · For partners only*\n\n"
            "## Summary\nTwo women were detained in Herat.",
            date(2026, 8, 4),
        ),
        (
            "INTERVIEW TRANSCRIPT\nRecorded: Friday, 9 October 2026, by phone\nInterviewee: a teacher",
            date(2026, 10, 9),
        ),
        ("# گزارش ماه میزان ۱۴۰۵\n\n**تاریخ تهیه: ۳ عقرب ۱۴۰۵** · شبکهٔ مستندسازی", date(2026, 10, 25)),
    ],
)
def test_more_ways_to_state_the_article_date(text: str, expected: date) -> None:
    from desktop.events.dates.published import published_date

    assert published_date(text, language="fa" if "گزارش" in text else "en") == expected


def test_a_title_with_initials_places_the_file() -> None:
    text = (
        "# Case file: the detention of K.N., former judge, Paktia\n\n"
        "*Prepared by counsel, 2 May 2024.*\n\n"
        "1. On 3 April, four armed men took K.N. away from his home without a warrant.\n\n"
        "2. During his first days in custody, K.N. was beaten with a cable."
    )
    assert {(e.type, e.province) for e in suggest(text)} == {("detention", "AF-PIA"), ("torture", "AF-PIA")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armed men stopped the bus near Ghazni city and took the driver away.", {"detention"}),
        ("A fourth witness was himself taken in on 2 May in Gardez.", {"detention"}),
        ("Gunmen stopped the truck near Ghazni city and took the cargo away.", set()),
    ],
)
def test_taken_away_and_taken_in(text: str, expected: set[str]) -> None:
    assert {e.type for e in suggest(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between 15 and 25 women were detained after the protest in Herat on Sunday.", (15, "at least")),
        ("Police detained between fifteen and twenty-five women in Herat on Sunday.", (15, "at least")),
        ("Police detained 15 to 25 women in Herat on Sunday.", (15, "at least")),
        ("Police detained 15-25 women in Herat on Sunday.", (15, "at least")),
    ],
)
def test_a_range_counts_at_least_its_lower_end(text: str, expected: tuple[int, str]) -> None:
    (event,) = suggest(text)
    assert event.count is not None and (event.count.value, event.count.qualifier) == expected


def test_two_tens_joined_by_and_are_not_one_number() -> None:
    from desktop.events.numbers import find_counts

    assert [c.count.value for c in find_counts("forty and fifty")] == [40, 50]
    assert [c.count.value for c in find_counts("two hundred and fifty families")] == [250]


def test_a_gate_of_the_district_is_no_district() -> None:
    text = "ماموران چند زن را جلوی دروازهٔ ولسوالی انجیل هرات با قمچین لت‌وکوب کردند."
    assert {e.province for e in suggest(text, "fa")} == {"AF-HER"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("دختران مکتب را روز شنبه در ولسوالی گذره به مرکز ولسوالی بردند.", "fa", "detention"),
        ("ماموران طالبان شوهرم را در شهر هرات برای تحقیق بردند.", "fa", "detention"),
        ("سه شب در کمپی در مشهد نگه‌مان داشتند.", "fa", "detention"),
        ("مأموران او را در اردوگاه با باتوم زدند.", "fa", "torture"),
        ("One of the officers slapped me several times in Mazar-i-Sharif.", "en", "torture"),
        ("ریاست اطلاعات و فرهنگ غزنی با صدور مکتوبی پخش صدای زنان را ممنوع کرد.", "fa", "statement"),
        (
            "On 3 May the Ghazni governor issued a written order banning women from the bazaar.",
            "en",
            "statement",
        ),
    ],
)
def test_session11_more_vocabulary(text: str, language: str, expected: str) -> None:
    assert expected in {e.type for e in suggest(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (  # two days of raids in one city: one detention over both days
            "Police in Quetta arrested 86 Afghans in raids on Saturday and Sunday in the Pashtunabad and "
            "Kuchlak areas.",
            "en",
            {("detention", "PK", 86, "exact")},
        ),
        (
            "Iran returned more than 6,000 Afghans in September.",
            "en",
            {("deportation", "IR", 6000, "at least")},
        ),
        (
            "Nine days later the four men were handed back to the Afghan side at the Shir Khan Bandar "
            "bridge by Tajik guards.",
            "en",
            {("deportation", "TJ", 4, "exact")},
        ),
        (  # taken «برای آموزش» (for training): recruitment
            "ده نوجوان هفته گذشته از سوی یک گروه مسلح از ولسوالی کامدیش برای آموزش به آن سوی مرز برده شدند.",
            "fa",
            {("recruitment", "AF-NUR", 10, "exact")},
        ),
    ],
)
def test_session11_deportations_and_recruitment(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "QUESTION (Radio Azadi): There are reports from Kunduz that two journalists were detained?",
        "The charity returned 40 Afghans' documents to the Herat office.",
    ],
)
def test_questions_and_papers_are_no_events(text: str) -> None:
    assert suggest(text) == []


def test_two_days_of_raids_are_one_range() -> None:
    (event,) = suggest("Police in Quetta arrested 86 Afghans in raids on Saturday and Sunday in Pashtunabad.")
    assert (event.date_start, event.date_end) == (date(2024, 5, 18), date(2024, 5, 19))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 4 May the provincial department of labour told aid groups in Herat city that women staff "
            "may no "
            "longer travel to project sites.",
            ("statement", "AF-HER"),
        ),
        (
            "On Sunday the district governor in Pasaband told elders that girls' classes in mosques must "
            "close "
            "by the end of the month.",
            ("statement", "AF-GHO"),
        ),
        (
            "Iran's interior ministry said on Monday that the deadline for Afghan card holders would not be "
            "extended.",
            ("statement", "IR"),
        ),
        (  # an act done, then what the owners were told would follow: still the act
            "The vice and virtue office in Zurmat closed three private courses for girls on 2 May and told "
            "the "
            "owners that the buildings would be sealed.",
            ("statement", "AF-PIA"),
        ),
    ],
)
def test_an_authority_says_what_is_now_the_rule(text: str, expected: tuple[str, str]) -> None:
    assert {(e.type, e.province or e.country) for e in suggest(text)} == {expected}


def test_a_condition_told_stays_a_threat() -> None:
    text = "The district governor in Shahrak told elders that their sons would be arrested if they protested."
    assert {e.type for e in suggest(text)} == {"threat"}


@pytest.mark.parametrize(
    "text",
    [
        "Last week three nurses in Khogyani district were stopped by muhtasibs at a checkpoint and warned "
        "that "
        "they would be detained if they travelled again without a mahram.",
        "A midwife in Injil district of Herat received a written warning to stop visiting women on 2 May.",
        "Armed men searched a Sikh gurdwara in Jalalabad on Friday night.",
        "Armed men came to the teacher's house in Nad Ali twice in April.",
    ],
)
def test_threats_in_new_wordings(text: str) -> None:
    assert {e.type for e in suggest(text)} == {"threat"}


def test_a_visit_by_others_is_no_threat() -> None:
    assert suggest("Aid workers came to the house of the district governor in Nad Ali on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Members in Kunduz have passed on a report that three more teachers were arrested in Imam Sahib.",
        "Asked about raids in Zaranj, he said he has heard of it but saw nothing himself this month.",
        "Role-play exercises simulated the arrest of a reporter by intelligence officers in Jalalabad.",
        "Trainers explained what to do if a colleague is detained in Kandahar city.",
    ],
)
def test_hearsay_and_exercises_are_no_events(text: str) -> None:
    assert suggest(text) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "ماموران امر به معروف روز شنبه حدود ۴۰ معتاد را از زیر پل‌های شهر زرنج جمع‌آوری کردند.",
            "fa",
            {("detention", "AF-NIM", 40, "about")},
        ),
        ("داوطلبان روز شنبه کمک‌ها را در شهر زرنج جمع‌آوری کردند.", "fa", set()),
        (
            "The intelligence directorate at Spin Boldak held six of the returnees for questioning on "
            "Sunday.",
            "en",
            {("detention", "AF-KAN", 6, "exact")},
        ),
    ],
)
def test_rounded_up_and_held_of_them(text: str, language: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, language)) == expected


def test_a_story_told_abroad_stays_abroad_across_paragraphs() -> None:
    text = (
        '"I worked in Isfahan for five years. On 2 May the police came to our workshop. They took nine of us '
        "and drove us to a camp outside the city.\n\n"
        "We were kept in that camp for six days, forty or fifty men in one room. On the second night, the "
        'guards beat three boys from Ghor who had asked for bread."'
    )
    found = {(e.type, e.province or e.country) for e in suggest(text)}
    assert ("torture", "IR") in found
    assert all(country == "IR" for _, country in found)


def test_fleeing_abroad_is_not_placed_in_the_story_abroad() -> None:
    text = (
        "Iranian police detained my brother in Mashhad on 2 May. In Bamyan, my nephew has also fled to Iran "
        "for fear of arrest."
    )
    assert ("flight", "AF-BAM") in {(e.type, e.province or e.country) for e in suggest(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On their return, the district police in Khwahan held all four overnight.",
            {("detention", "AF-BDS", 4, "exact")},
        ),
        (
            "At Islam Qala, two intelligence officers took a young man off our bus on 30 June.",
            {("detention", "AF-HER", 1, "exact")},
        ),
        ("The elders held talks for two days in Kunduz city.", set()),
        ("Police detained five or six men in Taloqan on Friday.", {("detention", "AF-TAK", 5, "at least")}),
    ],
)
def test_held_overnight_taken_off_a_bus_and_either_count(
    text: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "- A raid in Karte Se on 2 May, first logged as row 4, was removed: it was a police operation "
        "against thieves and no civilian was held.",
        "The letter declared 150 jeribs government property that is to be handed over to a company in Nad "
        "Ali.",
    ],
)
def test_removed_entries_and_land_handed_over_are_no_events(text: str) -> None:
    assert {e.type for e in suggest(text)} <= {"statement"}
    assert "deportation" not in {e.type for e in suggest(text)}
    assert "disappearance" not in {e.type for e in suggest(text)}
