"""Classes of mistakes seen on unseen text (issue 14): aggregates before their breakdown, appeals and
recommendations, house searches, flight, province lists. Each class in several wordings, English, Dari and
Pashto, written for these tests (none taken from an answer key's articles)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.suggesting import facts, suggest

# 1. An aggregate that restates the incidents listed in the article is no event of its own, whether it
#    comes before its breakdown or after it.


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "At least eleven people were detained in the north this month: six in Kunduz city and five in "
            "Baghlan.",
            "en",
            {("detention", "AF-KDZ", 6, "exact"), ("detention", "AF-BGL", 5, "exact")},
        ),
        (
            "At least twelve people were detained in the north this month.\n\n"
            "On 3 May, Taliban intelligence officers detained six former soldiers in Kunduz city. The men "
            "were taken to the provincial headquarters.\n\n"
            "In Baghlan, five teachers were arrested on 9 May after a meeting.",
            "en",
            {("detention", "AF-KDZ", 6, "exact"), ("detention", "AF-BGL", 5, "exact")},
        ),
        (
            "Eleven former officials were arrested in Kunduz province in May. Six were detained in Khanabad "
            "district on 3 May. Five more were arrested in Imam Sahib district on 9 May.",
            "en",
            {("detention", "AF-KDZ", 6, "exact"), ("detention", "AF-KDZ", 5, "exact")},
        ),
        (
            "Four men were detained in Herat on 2 May. Five more were detained in Farah on 6 May, bringing "
            "the total to nine.",
            "en",
            {("detention", "AF-HER", 4, "exact"), ("detention", "AF-FRA", 5, "exact")},
        ),
        (
            "Police arrested four journalists in Herat on 2 May. On 6 May five activists were arrested in "
            "Farah. In total, nine people were detained in Herat and Farah this month.",
            "en",
            {("detention", "AF-HER", 4, "exact"), ("detention", "AF-FRA", 5, "exact")},
        ),
        (
            "در مجموع نه تن در ماه ثور بازداشت شدند. پنج تن در هرات و چهار تن در فراه بازداشت شدند.",
            "fa",
            {("detention", "AF-HER", 5, "exact"), ("detention", "AF-FRA", 4, "exact")},
        ),
        (
            "طالبان پنج تن را در هرات بازداشت کردند. چهار تن دیگر در فراه بازداشت شدند. در مجموع نه تن در "
            "این ماه در هرات و فراه بازداشت شده‌اند.",
            "fa",
            {("detention", "AF-HER", 5, "exact"), ("detention", "AF-FRA", 4, "exact")},
        ),
        (
            "دست‌کم یازده تن در ماه ثور در شمال بازداشت شدند.\n\n"
            "روز سه‌شنبه شش تن در شهر کندز بازداشت شدند.\n\nپنج تن دیگر روز جمعه در بغلان بازداشت شدند.",
            "fa",
            {("detention", "AF-KDZ", 6, "exact"), ("detention", "AF-BGL", 5, "exact")},
        ),
        (
            "د غويي په میاشت کې لږ تر لږه یوولس تنه ونیول شول. شپږ تنه په کندز کې او پنځه تنه په بغلان کې "
            "ونیول شول.",
            "ps",
            {("detention", "AF-KDZ", 6, "exact"), ("detention", "AF-BGL", 5, "exact")},
        ),
    ],
)
def test_an_aggregate_of_listed_incidents_is_not_an_event(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    events = suggest(text, language)
    assert facts(events) == expected
    assert len(events) == len(expected)


def test_a_tally_larger_than_its_examples_stays() -> None:
    text = (
        "At least 40 people were detained in the north in May. On 3 May, six former soldiers were detained "
        "in Kunduz city. Five teachers were arrested in Baghlan on 9 May."
    )
    assert ("detention", "AF", 40, "at least") in facts(suggest(text))


# 2. Recommendations, appeals, requests and calls name events; they do not report them.


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We urge the de facto authorities to disclose the whereabouts of the disappeared.", "en"),
        ("Families have asked for information on detained relatives.", "en"),
        ("Rights groups renewed calls for an investigation into the killings.", "en"),
        (
            "We call on the de facto authorities to release everyone detained for peaceful activism, and to "
            "tell families where their relatives are held.",
            "en",
        ),
        (
            "Recommendations: release all those arbitrarily detained; disclose the fate of the disappeared; "
            "investigate killings of former soldiers in Kandahar.",
            "en",
        ),
        (
            "The mission requests that the authorities stop deporting women to Afghanistan and release "
            "detained journalists in Herat.",
            "en",
        ),
        (
            "Relatives have appealed to the governor of Kunduz to say where the abducted shopkeeper is held.",
            "en",
        ),
        ("The families are demanding an inquiry into the deaths in custody in Kandahar prison.", "en"),
        ("The authorities should investigate every killing of a former soldier in Helmand.", "en"),
        ("The families want to know where their sons are being held.", "en"),
        ("It is essential that the killings of former officials in Kandahar be investigated.", "en"),
        ("Human Rights Watch urged Pakistan to halt the deportation of Afghans.", "en"),
        ("خانواده‌ها خواستار روشن شدن سرنوشت بستگان ناپدید شده خود شدند.", "fa"),
        ("ما از مقامات می‌خواهیم که افراد بازداشت شده را آزاد کنند و از شکنجه خودداری کنند.", "fa"),
        ("یوناما از طالبان خواست تا درباره کشته شدن سربازان پیشین در هرات تحقیق کنند.", "fa"),
        ("این نهاد از حکومت سرپرست درخواست کرد که سرنوشت فعالان ربوده شده در بلخ را روشن کند.", "fa"),
        ("کورنۍ غوښتنه کوي چې د ورک شویو خپلوانو برخلیک یې روښانه شي.", "ps"),
        ("موږ له طالبانو غوښتنه کوو چې نیول شوي خبریالان خوشې کړي.", "ps"),
    ],
)
def test_an_appeal_is_not_an_event(text: str, language: str) -> None:
    assert suggest(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Police detained four journalists in Herat on 3 May; their families appealed for their release.",
            "en",
            {("detention", "AF-HER", 4, "exact")},
        ),
        (
            "طالبان روز شنبه سه خبرنگار را در هرات بازداشت کردند. خانواده‌های آنان خواستار آزادی شان شدند.",
            "fa",
            {("detention", "AF-HER", 3, "exact")},
        ),
    ],
)
def test_an_event_reported_before_the_appeal_stays(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


# 3. House searches and raids: a threat (event_types.json: "Threats, intimidation, harassment, house
#    searches"), unless the raid detains people (then the detention is the event).


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "On 20 May, gunmen searched the homes of four former army officers in Paghman.",
            "en",
            {("threat", "AF-KAB", 4, "exact")},
        ),
        (
            "Taliban fighters conducted a night raid on a house in Khost city on Sunday.",
            "en",
            {("threat", "AF-KHO", None, None)},
        ),
        (
            "Police raided the homes of two journalists in Kabul on 3 May.",
            "en",
            {("threat", "AF-KAB", 2, "exact")},
        ),
        (
            "Armed men forced their way into the home of a former prosecutor in Mazar-i-Sharif and searched "
            "it.",
            "en",
            {("threat", "AF-BAL", 1, "exact")},
        ),
        (
            "Intelligence officers raided a house in Paghman on 14 May and detained three brothers.",
            "en",
            {("detention", "AF-KAB", 3, "exact")},
        ),
        (
            "Taliban intelligence raided homes in Nili on Monday. Two former police officers were detained.",
            "en",
            {("detention", "AF-DAY", 2, "exact")},
        ),
        (
            "طالبان روز دوشنبه خانه‌های سه افسر پیشین ارتش را در پغمان تلاشی کردند.",
            "fa",
            {("threat", "AF-KAB", 3, "exact")},
        ),
        (
            "نیروهای استخبارات طالبان در ولسوالی اندراب خانه‌تلاشی کردند.",
            "fa",
            {("threat", "AF-BGL", None, None)},
        ),
        (
            "افراد مسلح شب گذشته به خانه یک خبرنگار در هرات یورش بردند.",
            "fa",
            {("threat", "AF-HER", 1, "exact")},
        ),
        (
            "طالبان شب گذشته به خانه‌ای در هرات یورش بردند و دو برادر را بازداشت کردند.",
            "fa",
            {("detention", "AF-HER", 2, "exact")},
        ),
        (
            "مأموران خانه یک خبرنگار محلی را در هرات تلاشی کردند، اما کسی را بازداشت نکردند.",
            "fa",
            {("threat", "AF-HER", 1, "exact")},
        ),
        (
            "Officers searched the house of a journalist in Herat but did not detain anyone.",
            "en",
            {("threat", "AF-HER", 1, "exact")},
        ),
        (
            "طالبانو د دوشنبې په ورځ په کندز کې د یو خبریال د کور تلاشي وکړه.",
            "ps",
            {("threat", "AF-KDZ", 1, "exact")},
        ),
        ("وسله والو په ننګرهار کې پر یوه کور شپنۍ چاپه ووهله.", "ps", {("threat", "AF-NAN", None, None)}),
    ],
)
def test_a_house_search_is_a_threat_unless_people_are_detained(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    events = suggest(text, language)
    assert facts(events) == expected
    assert len(events) == len(expected)


# 4. Flight and displacement, placed where people fled from.


@pytest.mark.parametrize(
    ("text", "language", "province"),
    [
        ("A former prosecutor from Taloqan left for Kabul after receiving threats.", "en", "AF-TAK"),
        ("The journalist fled to Pakistan with his family after the raid in Khost.", "en", "AF-KHO"),
        ("He was forced to leave Kandahar province in April.", "en", "AF-KAN"),
        (
            "A former prosecutor received threatening calls in August. The family of three left Taloqan for "
            "Kabul on 9 September.",
            "en",
            "AF-TAK",
        ),
        ("Dozens of Hazara families abandoned their homes in Daikundi and moved to Kabul.", "en", "AF-DAY"),
        (
            "Gunmen killed three members of a family in Jaghori district of Ghazni on Sunday. Relatives of "
            "the victims have since left for Kabul.",
            "en",
            "AF-GHA",
        ),
        ("این خبرنگار پس از دریافت تهدید، ولایت بلخ را ترک کرد.", "fa", "AF-BAL"),
        ("این خانواده پس از تهدید طالبان، هرات را به مقصد ایران ترک کردند.", "fa", "AF-HER"),
        ("صدها خانواده خانه‌های خود را در پنجشیر رها کردند.", "fa", "AF-PAN"),
        ("هغه د ګواښونو له امله کندهار پرېښود او پاکستان ته لاړ.", "ps", "AF-KAN"),
        ("دغه کورنۍ له ننګرهار څخه کابل ته کډه شوه.", "ps", "AF-NAN"),
    ],
)
def test_flight_is_placed_where_people_left(text: str, language: str, province: str) -> None:
    events = suggest(text, language)
    assert [(e.type, e.province) for e in events if e.type == "flight"] == [("flight", province)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The delegation left for Kabul on Monday after the meeting.", "en"),
        ("He left the meeting early.", "en"),
        ("Taliban fighters left three bodies on the road.", "en"),
        ("زندانیان را پس از دو هفته رها کردند.", "fa"),
    ],
)
def test_leaving_without_flight_is_not_flight(text: str, language: str) -> None:
    assert not [e for e in suggest(text, language) if e.type == "flight"]


# 5. A list of provinces without incidents per province is one event per type, in the country; it stays one
#    even when an incident in one of those provinces is told next to it.


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("یوناما موارد بازداشت و شکنجه در ولایات بلخ، سمنگان و جوزجان را ثبت کرده است.", "fa"),
        ("بازداشت و شکنجه در ولایات بلخ، سمنگان و جوزجان ادامه دارد.", "fa"),
        ("به گفته منابع محلی، طالبان در ولایات بلخ، سمنگان و جوزجان افراد را بازداشت و شکنجه کرده‌اند.", "fa"),
        ("طالبانو د بلخ، سمنګان او جوزجان په ولایتونو کې پخواني سرتیري نیولي او شکنجه کړي دي.", "ps"),
        ("په بلخ، سمنګان او جوزجان ولایتونو کې د پخوانیو پوځیانو نیول او شکنجه ثبت شوي.", "ps"),
        ("Former soldiers were detained and tortured in Balkh, Samangan and Jowzjan provinces.", "en"),
    ],
)
def test_a_province_list_is_one_event_per_type(text: str, language: str) -> None:
    events = suggest(text, language)
    assert facts(events) == {("detention", "AF", None, None), ("torture", "AF", None, None)}
    assert all(e.province is None for e in events) and len(events) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "در ماه ثور، نظامیان پیشین در ولایات بلخ، سمنگان و جوزجان بازداشت و شکنجه شدند. روز دوشنبه "
            "طالبان سه تن را در مزار شریف بازداشت کردند.",
            "fa",
        ),
        (
            "Former soldiers were detained and tortured in Balkh, Samangan and Jowzjan provinces. On Monday, "
            "three men were detained in Mazar-i-Sharif.",
            "en",
        ),
    ],
)
def test_a_province_list_is_not_merged_into_an_incident_nearby(text: str, language: str) -> None:
    assert facts(suggest(text, language)) == {
        ("detention", "AF", None, None),
        ("torture", "AF", None, None),
        ("detention", "AF-BAL", 3, "exact"),
    }


# 1b. A summary's breakdown restated by detailed sections below it; a second incident in one sentence.


def test_a_summary_breakdown_is_not_repeated_by_the_detailed_sections() -> None:
    text = (
        "## Summary\n\n"
        "At least twelve former soldiers were detained in May: seven in Andarab district of Baghlan and five "
        "in Faizabad, Badakhshan.\n\n"
        "## Baghlan\n\n"
        "Seven former soldiers were detained at their homes in Andarab on 3 May and transferred to a prison "
        "in Pul-i-Khumri.\n\n"
        "## Badakhshan\n\n"
        "In Faizabad, four men were detained at the mosque on 9 May, and a fifth man was arrested two days "
        "later at his shop.\n"
    )
    found = suggest(text)
    assert facts(found) == {
        ("detention", "AF-BGL", 7, "exact"),
        ("detention", "AF-BDS", 4, "exact"),
        ("detention", "AF-BDS", 1, "exact"),
    }
    assert len(found) == 3


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In Faizabad, four men were detained at the mosque on 9 May, and a fifth man was arrested two "
            "days later at his shop.",
            "en",
        ),
        (
            "په فیض اباد کې د غويي په ۱۹مه څلور ځوانان ونیول شول، او پنځم سړی د پنجشنبې په ورځ د ښار په "
            "بازار کې ونیول شو.",
            "ps",
        ),
    ],
)
def test_a_fifth_man_detained_later_in_the_same_sentence_is_another_event(text: str, language: str) -> None:
    found = suggest(text, language)
    assert sorted((e.count.value if e.count else None) for e in found if e.type == "detention") == [1, 4]
    assert len({e.date_start for e in found}) == 2


def test_the_prison_detainees_are_taken_to_is_not_where_they_were_detained() -> None:
    text = (
        "Seven former soldiers were detained in Andarab on 3 May and transferred to a prison in Pul-i-Khumri."
    )
    (event,) = suggest(text)
    assert (event.province, event.place) == ("AF-BGL", "Andarab")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A civil activist disappeared after being detained in Kunduz on 3 May.", "en"),
        ("این فعال مدنی پس از بازداشت در کندز ناپدید شد.", "fa"),
    ],
)
def test_disappeared_after_detention_is_one_disappearance(text: str, language: str) -> None:
    assert [(e.type, e.province) for e in suggest(text, language)] == [("disappearance", "AF-KDZ")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On 3 April, Taliban fighters took a teacher off a minibus at a checkpoint in Chaghcharan and "
            "took him away. Since that day his family has had no news of him.",
            "en",
        ),
        (
            "در ۱۴ حمل در ایست بازرسی سر راه دولتیار در غور او را از موتر پایین کردند و با خود بردند. از "
            "همان روز هیچ خبری از او نداریم.",
            "fa",
        ),
    ],
)
def test_a_detention_then_silence_in_the_next_sentence_is_one_disappearance(text: str, language: str) -> None:
    assert facts(suggest(text, language)) == {("disappearance", "AF-GHO", 1, "exact")}


def test_a_second_incident_without_a_place_is_where_its_sentence_is() -> None:
    text = (
        "ویاند: پرون د کندهار په ارغنداب ولسوالۍ کې د طالبانو استخباراتو درې تنه پخواني سرتېري ونیول.\n"
        "ویاند: په لښکرګاه کې تېره اونۍ څلور ځوانان ونیول شول، او پنځم سړی د پنجشنبې په ورځ د ښار په "
        "بازار کې ونیول شو.\n"
    )
    found = sorted((e.province, e.count.value if e.count else None) for e in suggest(text, "ps"))
    assert found == [("AF-HEL", 1), ("AF-HEL", 4), ("AF-KAN", 3)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On 18 April the body of a former police commander was found near Herat city. He had been "
            "missing since 15 April, when he was called to the district police headquarters.",
            "en",
        ),
        (
            "روز پنجشنبه جسد یک افسر پیشین پولیس در شهر هرات پیدا شد. او از روز دوشنبه ناپدید شده بود.",
            "fa",
        ),
    ],
)
def test_missing_before_a_body_was_found_is_the_killing_s_background(text: str, language: str) -> None:
    assert [e.type for e in suggest(text, language)] == ["killing"]


def test_a_quarter_s_breakdown_and_the_incident_it_counts_are_one_event() -> None:
    text = (
        "During the quarter the mission documented at least eleven arbitrary arrests of former soldiers: "
        "seven in Shindand district of Herat province and four in Qala-i-Naw, the capital of Badghis "
        "province. The seven men in Shindand were taken in house-to-house operations on 19 July and held "
        "at the district headquarters."
    )
    found = suggest(text, published=date(2025, 10, 15))
    assert facts(found) == {("detention", "AF-HER", 7, "exact"), ("detention", "AF-BDG", 4, "exact")}
    assert len(found) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "At least eight people were detained in Balkh in May: five in Mazar-i-Sharif and three in Chahar "
            "Bolak district.\n\n"
            "On 4 May, Taliban intelligence detained five activists in Mazar-i-Sharif.\n\n"
            "On 6 May three young men were detained in Chahar Bolak district and have not been heard from "
            "since.\n\n"
            "We urge the authorities to disclose the fate of the three disappeared young men.",
            "en",
        ),
        (
            "در ماه ثور دست‌کم هشت تن در ولایت بلخ بازداشت شدند: پنج تن در شهر مزار شریف و سه تن در ولسوالی "
            "چهاربولک.\n\n"
            "روز ۱۵ ثور، نیروهای استخبارات طالبان پنج فعال مدنی را در مزار شریف بازداشت کردند.\n\n"
            "روز ۱۷ ثور سه جوان در ولسوالی چهاربولک بازداشت شدند و از آن زمان هیچ خبری از آنان نیست.\n\n"
            "ما از مقامات طالبان می‌خواهیم که درباره سرنوشت سه جوان ناپدید شده معلومات بدهند.",
            "fa",
        ),
    ],
)
def test_a_breakdown_restated_by_its_incidents_and_an_appeal_gives_each_incident_once(
    text: str, language: str
) -> None:
    found = suggest(text, language)
    assert facts(found) == {("detention", "AF-BAL", 5, "exact"), ("disappearance", "AF-BAL", 3, "exact")}
    assert len(found) == 2


def test_last_week_s_breakdown_and_its_dated_incident_are_one_event_with_the_day() -> None:
    text = (
        "تېره اونۍ په ننګرهار کې لږ تر لږه اوه تنه ونیول شول: څلور په جلال آباد ښار کې او درې د خوګیاڼي په "
        "ولسوالۍ کې.\n\n"
        "د پنجشنبې په ورځ د طالبانو استخباراتو په جلال آباد کې څلور ځوانان ونیول.\n"
    )
    found = [e for e in suggest(text, "ps", published=date(2024, 5, 9)) if e.province == "AF-NAN"]
    jalalabad = [e for e in found if e.place == "Jalalabad"]
    assert len(jalalabad) == 1 and jalalabad[0].date_precision == "day"
    assert sorted(e.count.value for e in found if e.count) == [3, 4]


def test_a_compound_sentence_with_three_incidents_gives_each() -> None:
    text = (
        "At least five men were rounded up in villages of Khan Abad district of Kunduz on Monday night, and "
        "two days later the body of one of them was found by farmers near the river, while in Imam Sahib "
        "district a former police officer who had been picked up from his shop has not been heard from since."
    )
    found = facts(suggest(text))
    assert ("detention", "AF-KDZ", 5, "at least") in found
    assert ("disappearance", "AF-KDZ", 1, "exact") in found
    assert any(f[0] == "killing" for f in found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Taliban intelligence arrested a women's rights activist in Kabul on Monday. Her arrest was "
            "confirmed by a Taliban spokesman on Tuesday. She was detained at her home in Karte Se, "
            "relatives said.",
            "en",
        ),
        (
            "طالبان روز دوشنبه یک فعال حقوق زن را در کابل بازداشت کردند. بازداشت او را سخنگوی طالبان روز "
            "سه‌شنبه تأیید کرد.",
            "fa",
        ),
    ],
)
def test_a_restated_arrest_confirmed_a_day_later_is_one_event(text: str, language: str) -> None:
    found = suggest(text, language)
    assert [(e.type, e.province) for e in found] == [("detention", "AF-KAB")]


def test_a_title_with_a_full_stop_above_the_story_is_a_headline() -> None:
    text = (
        "Taliban detain former soldiers in Kunduz, Takhar and Baghlan.\n\n"
        "KUNDUZ — Taliban fighters detained four former soldiers in Kunduz on Monday. In Takhar, three "
        "former soldiers were arrested on Tuesday."
    )
    assert facts(suggest(text)) == {("detention", "AF-KDZ", 4, "exact"), ("detention", "AF-TAK", 3, "exact")}
