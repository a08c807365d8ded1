"""Session 10 (issue 14): mechanisms found on development text, each written anew for these tests in
wordings of our own (none is taken from an answer key's articles):

- crossing a named river ("crossed the Kokcha river into Tajikistan", "crossed the Panj") is flight, keyed
  where people left; guards who push people "back across the river" / "back across the border" deport them;
- people taken "to fight with a unit", "to fight alongside" a group, «برای پیوستن به یک قطعه نظامی …»,
  Pashto «د جګړې لپاره …»: one recruitment, keyed where they were taken from ("young men from Dand
  district", «د شهرستان له ولسوالۍ څخه»), not where the unit is;
- "Shahr-e Naw" (new town) is a quarter most cities have: it places an event only when its city or province
  is named beside it ("the Shahr-e Naw area of Kabul"), not on its own or in "the Shahr-e Naw bazaar of
  Kandahar city".
"""

from __future__ import annotations

import pytest

from tests.events.suggesting import facts, suggest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Friday about forty families crossed the Kokcha river into Tajikistan from Khwahan district, "
            "elders in Badakhshan said.",
            {("flight", "AF-BDS", 40, "about")},
        ),
        (
            "Dozens of young men from Imam Sahib district crossed the Panj on Thursday night to escape "
            "conscription.",
            {("flight", "AF-KDZ", None, None)},
        ),
    ],
)
def test_crossing_a_named_river_is_flight_from_where_they_left(
    text: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tajik border guards on Tuesday pushed eleven Afghans back across the river near Shir Khan Bandar.",
        "On Tuesday Tajik guards forced eleven Afghan migrants back across the border at Ishkashim.",
    ],
)
def test_guards_pushing_people_back_across_deport_them(text: str) -> None:
    assert facts(suggest(text)) == {("deportation", "TJ", 11, "exact")}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "On Sunday, twenty young men from Dand district were taken by the Taliban to fight with a "
            "unit in Panjshir.",
            "en",
            {("recruitment", "AF-KAN", 20, "exact")},
        ),
        (
            "Residents said the Taliban sent about thirty youths from Sayed Karam district to fight "
            "alongside their units in Badakhshan last week.",
            "en",
            {("recruitment", "AF-PIA", 30, "about")},
        ),
        (
            "روز شنبه حدود ۲۵ جوان از ولسوالی شهرستان برای پیوستن به یک کندک نظامی در قندهار برده شدند.",
            "fa",
            {("recruitment", "AF-DAY", 25, "about")},
        ),
        (
            "د شنبې په ورځ شاوخوا ۲۵ ځوانان د شهرستان له ولسوالۍ څخه د جګړې لپاره کندهار ته بوتلل شول.",
            "ps",
            {("recruitment", "AF-DAY", 25, "about")},
        ),
    ],
)
def test_taken_to_fight_is_recruitment_where_they_were_taken_from(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Two tailors were detained on Friday in the Shahr-e Naw bazaar of Kandahar city.", "AF-KAN"),
        ("Two tailors were detained on Friday in the Shahr-e Naw area of Kabul.", "AF-KAB"),
        ("Two tailors were detained on Friday in Shahr-e Naw.", None),
    ],
)
def test_new_town_places_an_event_only_with_its_city(text: str, place: str | None) -> None:
    assert facts(suggest(text)) == {("detention", place, 2, "exact")}


# --- what a sentence says about the report, and what it names only to date itself ---


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The mission is following up reports of arrests in Khwaja Ghar district but has not yet been able "
         "to verify them.", "en"),
        ("Relatives described beatings at the Sheberghan jail; the monitors were unable to corroborate them.",
         "en"),
        ("د خوګیاڼي په ولسوالۍ کې د دوو ښوونکو د نیول کېدو خبر خپور شوی، خو تر اوسه نه دی تایید شوی.", "ps"),
    ],
)  # fmt: skip
def test_a_report_not_yet_verified_is_no_event(text: str, language: str) -> None:
    assert suggest(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Four lawyers were detained in Charikar on Sunday, colleagues said; the arrests have not been "
         "confirmed by the authorities.", "en", {("detention", "AF-PAR", 4, "exact")}),
        ("نیروهای طالبان روز یکشنبه چهار وکیل را در شهر چاریکار بازداشت کردند؛ این خبر تا کنون از سوی مقام‌ها "
         "تأیید نشده است.", "fa", {("detention", "AF-PAR", 4, "exact")}),
    ],
)  # fmt: skip
def test_officials_not_confirming_leaves_the_event(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Two days after the Ghoryan deportations, police in Mashhad detained nine Afghan labourers.", "en",
         {("detention", "IR", 9, "exact")}),
        ("Since the Andar arrests, four more teachers were detained in Qarabagh district.", "en",
         {("detention", "AF-GHA", 4, "exact")}),
        ("دو روز پس از بازداشت‌های جاغوری، پنج معلم در ولسوالی مالستان بازداشت شدند.", "fa",
         {("detention", "AF-GHA", 5, "exact")}),
    ],
)  # fmt: skip
def test_a_place_naming_an_earlier_event_does_not_place_this_one(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


def test_a_quoted_charge_that_is_closed_leaves_the_arrest() -> None:
    text = 'In Faizabad, four students accused of "insulting the emirate" were taken into custody on 2 May.'
    assert facts(suggest(text)) == {("detention", "AF-BDS", 4, "exact")}


# --- habits, history and threats that are part of something else ---


@pytest.mark.parametrize(
    "text",
    [
        "Since 2016, Pakistan has expelled tens of thousands of Afghans each year.",
        "Returnees are being arrested and beaten by border police after they cross at Islam Qala, the "
        "council said.",
        "ایران هر سال ده‌ها هزار مهاجر افغان را اخراج می‌کند.",
    ],
)
def test_a_habit_is_no_incident(text: str) -> None:
    language = "fa" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    assert suggest(text, language) == []


def test_the_soviet_invasion_is_history() -> None:
    text = (
        "Kabul, 12 May 2024 — After the Soviet invasion, hundreds of thousands fled to Pakistan from Kunar. "
        "On Friday, five men were detained in Asadabad."
    )
    assert facts(suggest(text)) == {("detention", "AF-KNR", 5, "exact")}


def test_an_undated_overview_dates_its_history_by_its_latest_year() -> None:
    text = (
        "A history of displacement\n\nFamilies first crossed into Pakistan in large numbers in December "
        "1979. In 2012 Pakistan deported thousands of Afghans through Torkham. Returns picked up again in "
        "2023."
    )
    assert [e.type for e in suggest(text, published=None)] == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The two women were beaten and threatened by guards in the Herat prison on Friday.", "en",
         {("torture", "AF-HER", 2, "exact")}),
        ("دو زن روز جمعه در زندان هرات مورد لت‌وکوب و تهدید قرار گرفتند.", "fa",
         {("torture", "AF-HER", 2, "exact")}),
    ],
)  # fmt: skip
def test_threats_with_a_beating_are_part_of_it(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert {f for f in facts(suggest(text, language)) if f[0] != "detention"} == expected


@pytest.mark.parametrize(
    "text",
    [
        "طالبانو د جمعې په ورځ د خوست په ښار کې یوه ښوونکي ته د وژلو ګواښ وکړ.",
        "د خوست په ښار کې یوه ښوونکي ته د نیولو ګواښ شوی دی.",
    ],
)
def test_a_pashto_threat_of_killing_or_arrest_is_a_threat(text: str) -> None:
    assert facts(suggest(text, "ps")) == {("threat", "AF-KHO", 1, "exact")}


def test_ill_treatment_of_prisoners_is_torture() -> None:
    text = "در ماه حمل ۱۴۰۳ آزار و اذیت زندانیان در زندان پلچرخی گزارش شده است."
    assert {f[0] for f in facts(suggest(text, "fa"))} == {"torture"}


def test_a_wish_with_its_own_verb_does_not_make_the_killing_unreal() -> None:
    text = "مرزبانان ایرانی روز جمعه سه مهاجر را که می‌خواستند از مرز بگذرند به ضرب گلوله کشتند."
    assert facts(suggest(text, "fa")) == {("killing", "IR", 3, "exact")}


# --- tables, numbers, places of a list, and what goes on from an event told before ---


def test_a_struck_through_row_and_a_row_number_are_no_event_and_no_count() -> None:
    text = (
        "| No. | Date | Place | Type | What happened |\n|---|---|---|---|---|\n"
        "| 5 | 3 Mar | Zaranj | Deportation (Iran) | Iranian police deported about 900 Afghans in one day |\n"
        "| 6 | 4 Mar | Chakhansur | Killing | Three farmers shot dead at a checkpoint |\n"
        "| 9 | ~~5 Mar~~ | ~~Chakhansur~~ | ~~Killing~~ | ~~Three shot~~ (withdrawn: row 6) |\n"
    )
    assert facts(suggest(text)) == {("deportation", "IR", 900, "about"), ("killing", "AF-NIM", 3, "exact")}


@pytest.mark.parametrize(
    ("words", "value"),
    [("لږ تر لږه اتیا کورنۍ", 80), ("شاوخوا اویا کسان", 70), ("شپېته کورنۍ", 60), ("پنځه ویشت تنه", 25),
     ("درویشت ځوانان", 23)],
)  # fmt: skip
def test_pashto_tens_count(words: str, value: int) -> None:
    text = f"د جمعې په ورځ د اسعدآباد له ښار څخه {words} پاکستان ته وتښتېدل."
    assert {f[2] for f in facts(suggest(text, "ps"))} == {value}


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("حدود سی خانواده از ولسوالی شهرستان خانه‌های خود را ترک کرده و به نیلی و کابل پناه برده‌اند.", "fa",
         "AF-DAY"),
        ("About thirty families from Shahristan district have fled to Nili and to Kabul.", "en", "AF-DAY"),
    ],
)  # fmt: skip
def test_every_place_of_a_list_people_fled_to_is_a_destination(text: str, language: str, place: str) -> None:
    assert {f[1] for f in facts(suggest(text, language))} == {place}


def test_since_the_weekends_killing_points_back() -> None:
    text = (
        "Gunmen killed a former police officer in Nad Ali on Saturday. Since the weekend's killing, about "
        "twenty families have left Nad Ali for Lashkar Gah, elders said."
    )
    assert [f[0] for f in sorted(facts(suggest(text)))] == ["flight", "killing"]


def test_a_deportation_is_the_senders_whoever_counts_it_on_the_afghan_side() -> None:
    text = (
        "About 1,500 Afghans were deported through the Chaman crossing on Monday, according to officials on "
        "the Afghan side at Spin Boldak."
    )
    assert facts(suggest(text)) == {("deportation", "PK", 1500, "about")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("این خانواده‌ها هنوز به خانه‌های خود بازنگشته‌اند.", "fa"),
        ("The displaced families have still not returned to their villages.", "en"),
    ],
)
def test_displaced_families_not_back_home_are_not_missing(text: str, language: str) -> None:
    assert suggest(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("روز جمعه یک معلم در شهر بامیان بازداشت شد. سه روز بعد، خانواده‌اش گفتند که او به زندان بامیان "
         "منتقل شده است.", "fa"),
        ("A teacher was detained in Bamyan city on Friday. Three days later he was transferred to the "
         "provincial prison.", "en"),
    ],
)  # fmt: skip
def test_one_held_moved_to_a_prison_is_the_same_detention(text: str, language: str) -> None:
    assert [e.type for e in suggest(text, language)] == ["detention"]


# --- a threat told to private people, whatever harm it names ---


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On Monday an official phoned her brother and told him that if she gave another interview, the "
         "family would regret it.", "en"),
        ("On 3 May the parents of the two students were told by the intelligence chief that their sons would "
         "\"not see daylight again\" if they kept protesting.", "en"),
        ("The same evening a note was left at the gate warning that \"the daughters will be next\" if the "
         "family went to the media.", "en"),
        ("همان شب پیامی به خانواده رسید که در آن نوشته بودند اگر به رسانه‌ها چیزی بگویند، پشیمان خواهند شد.",
         "fa"),
        ("د دوشنبې په ورځ یو چا زموږ پلار ته ټیلیفون وکړ او ویې ویل چې که موږ شکایت وکړو، ټوله کورنۍ به مو "
         "بندي شي.", "ps"),
    ],
)  # fmt: skip
def test_a_warning_told_to_a_family_is_a_threat(text: str, language: str) -> None:
    assert {f[0] for f in facts(suggest(text, language))} == {"threat"}


def test_a_forecast_told_to_reporters_is_no_threat() -> None:
    text = "The governor told reporters that if the rains fail again, thousands of families will leave."
    assert suggest(text) == []


# --- who took them, where from, and where to ---


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Armed men took fifteen boys from a madrasa in Andar district to a militia training camp on Sunday.",
         "en", {("recruitment", "AF-GHA", 15, "exact")}),
        ("روز یکشنبه بیست نوجوان از مدارس دینی ولسوالی اندړ به اردوگاه‌های آموزش نظامی برده شدند.", "fa",
         {("recruitment", "AF-GHA", 20, "exact")}),
    ],
)  # fmt: skip
def test_children_taken_to_training_camps_are_recruited(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


def test_people_from_an_afghan_district_held_by_tajik_guards_are_held_in_tajikistan() -> None:
    text = "مرزبانان تاجیکستان روز جمعه پنج ماهیگیر از ولسوالی خواهان را بازداشت کرده و به شهر خاروغ برده‌اند."
    assert facts(suggest(text, "fa")) == {("detention", "TJ", 5, "exact")}


# --- one of them, a relative of some of them, and during detention ---


def test_the_body_of_one_of_them_is_one_person() -> None:
    text = (
        "Police detained four farmers in Chora district on Monday. The body of one of them was found two "
        "days later near the river."
    )
    killings = [e for e in suggest(text) if e.type == "killing"]
    assert [e.count.value if e.count else None for e in killings] in ([None], [1])


@pytest.mark.parametrize(
    "text",
    [
        "A seventh farmer, a nephew of three of the detained men, was arrested in Chora on Tuesday.",
        "A seventh farmer, the brother-in-law of two of them, was arrested in Chora on Tuesday.",
    ],
)
def test_a_relative_of_some_of_those_counted_is_one_more_person(text: str) -> None:
    assert facts(suggest(text)) == {("detention", "AF-URU", 1, "exact")}


def test_the_bodies_of_two_of_the_men_count_two() -> None:
    text = "On Friday the bodies of two of the abducted men were found near Tarinkot."
    assert {f[2] for f in facts(suggest(text))} == {2}


def test_beaten_during_detention_is_no_arrest_of_its_own() -> None:
    text = "سه تن از آزادشدگان گفتند که در زمان بازداشت در زندان ترینکوت با کیبل لت و کوب شده‌اند."
    assert {f[0] for f in facts(suggest(text, "fa"))} == {"torture"}


def test_a_thirteenth_person_is_one_more() -> None:
    text = (
        "روز جمعه دوازده مرد در شهر ترینکوت بازداشت شدند. نفر سیزدهم، که برادر یکی از بازداشت‌شدگان است، "
        "دو روز بعد در همان شهر بازداشت شد."
    )
    assert sorted(f[2] for f in facts(suggest(text, "fa"))) == [1, 12]


# --- the vocabulary, reports withdrawn, warnings told, and documents that report nothing ---


def test_no_trigger_term_opens_with_a_wildcard() -> None:
    """A term is found by its first letters: one opening with `_` ("_ days in custody") would never match."""
    from desktop.events.vocabulary import event_types

    opening = [w for t in event_types() for ws in t.triggers.values() for w in ws if w.startswith("_")]
    assert opening == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A freelance photographer was beaten with sticks during three days in custody in Gardez, then "
         "released.", {"torture", "detention"}),
        ("About thirty boys aged between 15 and 17 were enrolled as fighters in Sharana last month.",
         {"recruitment"}),
        ("They held us for a night at the station, then put us on a bus to the border with other families.",
         {"deportation"}),
    ],
)  # fmt: skip
def test_new_wordings_of_detention_recruitment_and_deportation(text: str, expected: set[str]) -> None:
    assert {f[0] for f in facts(suggest(text))} >= expected


def test_a_report_withdrawn_after_a_comma_is_no_event() -> None:
    text = (
        "A report, shared on social media, that a teacher had been killed in custody in Qalat was withdrawn "
        "by the page that posted it on 4 May."
    )
    assert suggest(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday the district governor summoned the elders of Ghazni city and warned that anyone who "
        'spoke to foreign media "would regret it".',
        "School principal warned his school will be closed and he will be detained if girls attend again.",
    ],
)
def test_warnings_to_people_who_were_summoned_or_to_oneself_are_threats(text: str) -> None:
    assert {f[0] for f in facts(suggest(text))} == {"threat"}


def test_a_citizen_warning_of_a_risk_to_all_is_no_threat() -> None:
    assert suggest("The UN warned that families who return this winter will face hunger.") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Families left Ghazni city, citing raids on their homes and the arrests of their sons.", "en"),
        ("His body, found in Ghazni on Friday, bore marks of torture.", "en"),
        ("د سیمې خلکو وویل چې د هغه پر بدن د شکنجې نښې وې.", "ps"),
    ],
)
def test_reasons_given_and_marks_on_a_body_are_no_events_of_their_own(text: str, language: str) -> None:
    assert {f[0] for f in facts(suggest(text, language))} <= {"flight", "killing"}


def test_a_document_saying_it_reports_no_incidents_suggests_none_from_its_history() -> None:
    text = (
        "Displacement in the south: an overview\n\nThis paper draws on published studies and reports no new "
        "incidents.\n\nIn 2021, thousands fled Kandahar for Pakistan and many were detained on the way. "
        "In 2016 Pakistan deported tens of thousands through Spin Boldak."
    )
    assert suggest(text, published=None) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("یک فعال مدنی که به ریاست استخبارات احضار شده بود، از آن زمان تا کنون بی‌خبر است.", "fa"),
    ],
)
def test_no_news_of_someone_summoned_is_a_disappearance(text: str, language: str) -> None:
    assert {f[0] for f in facts(suggest(text, language))} == {"disappearance"}


def test_a_pashto_warning_to_counted_people_is_a_threat() -> None:
    text = "د کندهار د امر بالمعروف ریاست پنځو ښوونکو ته اخطار ورکړی چې که بې حجابه راشي، نو ونیول به شي."
    assert {f[0] for f in facts(suggest(text, "ps"))} == {"threat"}


# --- one body is one person; bullets and units are no people ---


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("جسد محمود، دکاندار ۴۰ ساله، روز شنبه در کنار جاده‌ای در قلات پیدا شد.", "fa", 1),
        ("جسد آن مرد روز شنبه در قلات پیدا شد.", "fa", 1),
        ("اجساد چهار مرد روز شنبه در قلات پیدا شد.", "fa", 4),
        ("The body of Gul Ahmad was found near Qalat on Saturday.", "en", 1),
        ("افراد مسلح روز شنبه نصرالله، معلم مکتب را در قلات کشتند.", "fa", 1),
        ("مردان مسلح روز شنبه یک مولوی را در شهر قلات کشتند.", "fa", 1),
    ],
)  # fmt: skip
def test_one_body_or_one_person_named_is_one(text: str, language: str, count: int) -> None:
    assert {f[2] for f in facts(suggest(text, language))} == {count}


def test_bullets_are_no_people() -> None:
    found = suggest("روز شنبه یک معلم در شهر قلات با سه گلوله کشته شد.", "fa")
    assert [e.count.value if e.count else None for e in found] == [1]


@pytest.mark.parametrize(
    "text",
    [
        "On 9 April Iran deported 2,410 Afghans through Islam Qala and 1,150 through Milak.",
        "Iranian police deported 3,560 Afghans on 9 April: 2,410 through Islam Qala and 1,150 through Milak.",
    ],
)
def test_one_countrys_deportations_on_one_day_by_crossing_are_one_of_all(text: str) -> None:
    assert facts(suggest(text)) == {("deportation", "IR", 3560, "exact")}
