"""What is not an event, on unseen wordings (issue 14, session 7): aggregates abroad and numbers reached,
accounts of many, threats of arrest, province lists told detained and disappeared, hypotheticals joined by
"or", comments, withdrawn figures, no report received, cases in general, definitions, rumours, filing notes.
Every case is written for these tests (English, Dari, Pashto); none is taken from an answer key's articles."""

from __future__ import annotations

import pytest

from tests.events.suggesting import facts, suggest

# 6. Not events. An aggregate abroad (no province) that the incidents told after it add up to.


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The Network has also confirmed the execution of six Afghan nationals in Iranian prisons this "
            "month. On 3 May, four Afghan men were hanged in Ghezel Hesar prison. Two more Afghans were "
            "executed in Isfahan prison two days later.",
            "en",
            {("killing", "IR", 4, "exact"), ("killing", "IR", 2, "exact")},
        ),
        (
            "Pakistani police detained nine Afghan traders in Peshawar this month. Five were detained on 2 "
            "May in the city's main market; four more were detained on 9 May near the bus station.",
            "en",
            {("detention", "PK", 5, "exact"), ("detention", "PK", 4, "exact")},
        ),
        (
            "این نهاد همچنین اعدام پنج تبعه افغان را در زندان‌های ایران در این ماه تأیید کرد. روز ۱۴ ثور سه "
            "مرد افغان در زندان قزلحصار اعدام شدند. دو مرد دیگر دو روز بعد در زندان اصفهان اعدام شدند.",
            "fa",
            {("killing", "IR", 3, "exact"), ("killing", "IR", 2, "exact")},
        ),
    ],
)
def test_an_aggregate_abroad_restates_the_incidents_after_it(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


def test_incidents_abroad_outside_the_aggregate_period_do_not_add_up_to_it() -> None:
    # near miss: the parts lie in another month than the total's
    text = (
        "Iranian police detained six Afghans in Mashhad in April. In May, four Afghans were detained in "
        "Tehran on 3 May and two in Shiraz on 20 May."
    )
    assert ("detention", "IR", 6, "exact") in facts(suggest(text))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Five women were detained in Herat city on 5 January. Four more were detained in Mazar-i-Sharif "
            "on 9 January. The number of women detained in the two cities since the start of the month has "
            "thus reached nine.",
            "en",
        ),
        (
            "روز ۵ جدی پنج زن در شهر هرات بازداشت شدند. روز ۹ جدی چهار زن دیگر در شهر مزار شریف بازداشت "
            "شدند. بدین ترتیب، شمار زنانی که از آغاز ماه جدی تاکنون در این دو شهر بازداشت شده‌اند به نه تن "
            "رسیده است.",
            "fa",
        ),
        (
            "د جدي په ۵مه په هرات ښار کې پنځه ښځې ونیول شوې. د جدي په ۹مه په مزار شریف کې څلور نورې ښځې "
            "ونیول شوې. په دې توګه په دغو دوو ښارونو کې د نیول شویو ښځو شمېر نهو تنو ته ورسېد.",
            "ps",
        ),
    ],
)
def test_the_number_reached_after_a_breakdown_is_no_event(text: str, language: str) -> None:
    parts = {("detention", "AF-HER", 5, "exact"), ("detention", "AF-BAL", 4, "exact")}
    assert facts(suggest(text, language)) == parts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Many of the returnees said they had been picked up in raids in Iranian cities.", "en"),
        ("Some of the deportees told reporters they had been beaten in holding camps in Pakistan.", "en"),
        ("بسیاری از این بازگشت‌کنندگان گفتند که در شهرهای ایران بازداشت شده بودند.", "fa"),
        ("ډېری یې وویل چې د ایران په ښارونو کې نیول شوي وو.", "ps"),
    ],
)
def test_what_many_of_a_group_say_was_done_to_them_is_no_incident(text: str, language: str) -> None:
    assert suggest(text, language) == []


def test_an_account_with_its_own_day_is_an_incident() -> None:
    # near miss: the account dates what happened
    text = "Several of the men said they had been arrested in Quetta on 3 May."
    assert facts(suggest(text)) == {("detention", "PK", None, None)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Two days later, armed men searched the family home in Pul-e Alam, confiscated her telephone and "
            "threatened her with arrest if she kept asking about her husband.",
            "en",
        ),
        (
            "روز بعد، افراد مسلح خانه این خانواده را در شهر پلعلم تلاشی کردند و همسر او را به بازداشت تهدید "
            "کردند.",
            "fa",
        ),
        ("بله ورځ وسله والو د کورنۍ کور په پل علم کې تلاشي کړ او مېرمن یې د نیولو ګواښ وکړ.", "ps"),
    ],
)
def test_threatened_with_arrest_is_a_threat_not_a_detention(text: str, language: str) -> None:
    assert {e.type for e in suggest(text, language)} == {"threat"}


def test_detained_and_threatened_is_both() -> None:
    # near miss: «بازداشت و تهدید کردند» did both
    text = "روز بعد، افراد مسلح سه مرد را در شهر پلعلم بازداشت و تهدید کردند."
    assert {e.type for e in suggest(text, "fa")} == {"detention", "threat"}


# 7. A list of provinces told "detained and disappeared", with no count of its own ("dozens"): one detention
#    and one disappearance in the country, also when the families' silence follows in the same sentence.


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In November, dozens of women activists were detained and disappeared in Herat, Balkh, "
            "Badakhshan and Kabul, and their families have had no news of them.",
            "en",
        ),
        (
            "در ماه عقرب، ده‌ها فعال مدنی در ولایت‌های تخار، بغلان، کندز و سمنگان بازداشت و ناپدید شده‌اند و "
            "خانواده‌های آنان از سرنوشت‌شان خبری ندارند.",
            "fa",
        ),
    ],
)
def test_detained_and_disappeared_across_provinces_is_one_of_each(text: str, language: str) -> None:
    both = {("detention", "AF", None, None), ("disappearance", "AF", None, None)}
    assert facts(suggest(text, language)) == both


def test_one_person_detained_and_not_heard_from_is_one_disappearance() -> None:
    # near miss: the silence of one person's detention is one disappearance
    text = "A journalist was detained in Herat city on Monday and has not been heard from since."
    assert facts(suggest(text)) == {("disappearance", "AF-HER", 1, "exact")}


# More not-events and counts: a hypothetical joined by "or" after its verb; a comment on whom raids take; one
# relative by marriage opening the sentence.


@pytest.mark.parametrize(
    "text",
    [
        "با این همه، نهادهای مدنی هشدار می‌دهند که اگر فشار ادامه یابد، ممکن است خبرنگاران بیشتری "
        "بازداشت شوند یا مجبور به ترک کشور گردند.",
        "ممکن است فعالان بیشتری بازداشت شوند و مجبور به ترک ولایت شوند.",
    ],
)
def test_a_flight_joined_to_a_possible_detention_is_possible_too(text: str) -> None:
    assert suggest(text, "fa") == []


def test_a_flight_joined_to_a_detention_told_is_told() -> None:
    text = "سه خبرنگار در هرات بازداشت شدند و دو تن دیگر مجبور به ترک ولایت شدند."
    assert {e.type for e in suggest(text, "fa")} == {"detention", "flight"}


def test_a_spokesman_on_whom_raids_take_is_no_detention() -> None:
    text = (
        "Pakistani police detained about 600 Afghans in Islamabad on Thursday. A police spokesman in "
        'Islamabad said that "only persons without valid documents" had been arrested.'
    )
    assert facts(suggest(text)) == {("detention", "PK", 600, "about")}


@pytest.mark.parametrize(
    "text",
    [
        "My client's sister-in-law, who fled to Iran with her children in 2021, was deported by the Iranian "
        "authorities through the Dogharoun crossing on 1 March 2024.",
        "His brother-in-law, who had worked as a police officer, was arrested in Kunduz on 2 May.",
    ],
)
def test_a_relative_by_marriage_opening_the_sentence_is_one(text: str) -> None:
    assert [e.count.value if e.count else None for e in suggest(text)] == [1]


# No incident: a figure withdrawn, no report received, a case in general, a counted group told again.


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A figure of 4,000 deportations on a single day, 28 August, which circulated widely on social "
            "media, was withdrawn by the provincial refugees department the next day.",
            "en",
        ),
        (
            "Police had initially told local reporters that 20 women were arrested, but a spokesman later "
            'withdrew the figure, calling it "a mistake".',
            "en",
        ),
        ("پولیس در آغاز گفته بود که ۲۰ زن بازداشت شده‌اند، اما سخنگوی آن بعداً این رقم را پس گرفت.", "fa"),
        ("پولیسو لومړی ویلي وو چې شل ښځې نیول شوې دي، خو وروسته یوه ویاند دا شمېره بېرته واخیسته.", "ps"),
        ("The team did not receive any report of a woman detained in Samangan in this period.", "en"),
        ("We received no reports of journalists detained in Kunar in March.", "en"),
        ("در این مدت هیچ گزارشی از بازداشت زنان در سمنگان دریافت نکردیم.", "fa"),
        (
            '"Knowing what to do in the first hour after a colleague disappears matters most," one '
            "participant said.",
            "en",
        ),
        ("Trainees practised what to say when someone is arrested at a checkpoint in Herat.", "en"),
    ],
)
def test_no_incident_is_told(text: str, language: str) -> None:
    assert suggest(text, language) == []


def test_a_figure_confirmed_and_reports_received_are_events() -> None:
    # near misses
    assert facts(suggest("Iranian police detained 40 Afghans in Mashhad on Monday, a figure the governor "
                         "confirmed.")) == {("detention", "IR", 40, "exact")}  # fmt: skip
    assert facts(suggest("UNAMA received reports of 12 men detained in Kunar on 3 March.")) == {
        ("detention", "AF-KNR", 12, "exact")
    }


def test_a_counted_group_told_again_in_a_relative_clause_is_no_new_detention() -> None:
    text = (
        "Police detained four women at a protest in Mazar-i-Sharif on Tuesday. The four women, who were "
        "pushed into a minivan near the Blue Mosque and taken to the provincial police headquarters, were "
        "still being held on Wednesday evening."
    )
    assert facts(suggest(text)) == {("detention", "AF-BAL", 4, "exact")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('A "deportation" is a return the person did not choose, whether or not the person was held.', "en"),
        ("«اخراج» به بازگشتی گفته می‌شود که فرد آن را انتخاب نکرده است، حتی اگر بازداشت نشده باشد.", "fa"),
        ("«اخراج» هغه ستنېدنې ته ویل کېږي چې کس یې پخپله نه وي غوره کړې، که څه هم نه وي نیول شوی.", "ps"),
        ('Muqur: people talk about two girls flogged in the bazaar for "improper hijab".', "en"),
        ("در ولسوالی مقر ولایت بادغیس شایعه است که دو دختر در بازار شلاق زده شده‌اند.", "fa"),
        ("Note for the log: keep as killing, no perpetrator.", "en"),
    ],
)
def test_definitions_rumours_and_filing_notes_are_no_events(text: str, language: str) -> None:
    assert suggest(text, language) == []


def test_the_killing_named_again_is_the_killing_told() -> None:
    text = (
        "Gunmen shot dead a teacher in Qala-e Naw on Monday.\n\n- Row 2: the brother is sure the killing is "
        "linked to the shura; police say robbery."
    )
    assert facts(suggest(text)) == {("killing", "AF-BDG", 1, "exact")}


def test_a_radio_named_killid_kills_no_one() -> None:
    text = "Radio Killid reported that four men from the shura were detained in Qala-e Naw on Monday."
    assert {e.type for e in suggest(text)} == {"detention"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "روز ۲۰ اسد جسد یک افسر پیشین پولیس در ولسوالی امام صاحب ولایت کندز پیدا شد. یک رسانه محلی شمار "
            "کشته‌شدگان را سه تن گزارش کرده بود، اما این گزارش نادرست بود.",
            "fa",
        ),
        (
            "The body of a former police officer was found in Imam Sahib district of Kunduz on Monday. A "
            "local outlet had reported that three people were killed, but the report was false.",
            "en",
        ),
    ],
)
def test_a_false_claim_told_in_its_own_sentence_leaves_the_event_before(text: str, language: str) -> None:
    assert facts(suggest(text, language)) == {("killing", "AF-KDZ", 1, "exact")}


def test_a_retraction_of_the_sentence_before_still_drops_it() -> None:
    text = "Three men were reported killed in Kunduz on Monday. The report was later withdrawn."
    assert suggest(text) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "د جدي په ۵مه په هرات ښار کې پنځه ښځې ونیول شوې. د جدي په ۹مه په مزار شریف کې څلور نورې ښځې "
            "ونیول شوې. په دې توګه د نیول شویو ښځو شمېر نهو تنو ته رسېږي.",
            "ps",
        ),
        (
            "روز ۵ جدی پنج زن در شهر هرات بازداشت شدند. روز ۹ جدی چهار زن دیگر در شهر مزار شریف بازداشت "
            "شدند. بدین ترتیب شمار زنان بازداشت‌شده به نه تن می‌رسد.",
            "fa",
        ),
    ],
)
def test_the_number_that_reaches_a_total_in_the_present_is_no_event(text: str, language: str) -> None:
    parts = {("detention", "AF-HER", 5, "exact"), ("detention", "AF-BAL", 4, "exact")}
    assert facts(suggest(text, language)) == parts
