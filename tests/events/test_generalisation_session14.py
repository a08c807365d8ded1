"""Session 14 (issue 14): mechanisms found on development text, each written anew for these tests in
wordings of our own (none is taken from an answer key's articles):

- an authority saying what is now the rule ("a police spokesman said that no rally may be held without a
  permit", "the ministry said that … remain banned", «سخنگوی … گفت که … ممنوع است», «ویاند وویل چې … اجازه
  نشته») is a statement, in English, Dari and Pashto; a national ministry's rule "across the country" has no
  province;
- a crowd broken up by force (shots in the air or over heads, a water cannon, a fire hose, tear gas;
  «شلیک هوایی», «آب‌پاش», «هوايي ډزې») is a threat, and pushing the crowd back in the street is no deportation;
- an order to stop a training or a course is a statement (a training's topics are not);
- «به دستور ولسوالی» (on the district office's order) names an authority;
- a correction naming what it corrects ("the number killed … is corrected to four") does not take away a
  different event told before it.
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop.events.dates.published import published_date
from desktop.events.numbers import find_counts
from tests.events.suggesting import facts, suggest

# ------------------------------------------------------------------ an authority's rule, said


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        (
            'On Monday a spokesman for the Herat police, Abdul Wahid, said that "no rally or march may be'
            ' held in the city without prior approval" and that organisers would answer to the courts.',
            "en",
            "AF-HER",
        ),
        (
            "The provincial police chief of Kunduz told shopkeepers on Saturday that any stall found open"
            " during prayer would be fined and its owner jailed.",
            "en",
            "AF-KDZ",
        ),
        (
            "A spokesman for Pakistan's interior ministry said on Friday that undocumented foreigners have no"
            " right to hold public meetings.",
            "en",
            "PK",
        ),
        (
            "سخنگوی فرماندهی امنیهٔ بلخ روز شنبه گفت که «هرگونه گردهمایی بدون مجوز ممنوع است».",
            "fa",
            "AF-BAL",
        ),
        (
            "د ننګرهار والي ویاند د یکشنبې په ورځ وویل چې زده کوونکو ته د غونډو اجازه نشته.",
            "ps",
            "AF-NAN",
        ),
    ],
)
def test_an_authority_saying_the_rule_is_a_statement(text: str, language: str, place: str) -> None:
    assert facts(suggest(text, language)) == {("statement", place, None, None)}


def test_a_national_ministry_rule_across_the_country_has_no_province() -> None:
    text = (
        'In Kandahar, the Ministry of Justice said on Sunday that "unlicensed gatherings" remain prohibited'
        " throughout the country."
    )
    assert facts(suggest(text)) == {("statement", "AF", None, None)}


def test_an_authority_saying_what_happened_is_no_rule() -> None:
    text = (
        "A police spokesman in Ghazni said on Tuesday that the two men had been released after questioning."
    )
    assert {e.type for e in suggest(text)} == set()


def test_a_condition_said_by_an_authority_is_not_turned_into_a_rule() -> None:
    text = (
        "A spokesman for the Balkh police said on Sunday that if the women march again they would be"
        " arrested."
    )
    assert "statement" not in {e.type for e in suggest(text)}


# ------------------------------------------------------------------ a crowd broken up by force


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        (
            "Taliban fighters broke up a sit-in by teachers in Pul-e Khumri, Baghlan, on Sunday, firing shots"
            " into the air and turning a water cannon on the crowd.",
            "en",
            "AF-BGL",
        ),
        (
            "Guards used tear gas to scatter about sixty students outside the university in Jalalabad on"
            " Thursday.",
            "en",
            "AF-NAN",
        ),
        (
            "نیروهای طالبان روز یکشنبه با شلیک هوایی تجمع معلمان را در شهر فیض‌آباد پراکنده کردند.",
            "fa",
            "AF-BDS",
        ),
        ("د دوشنبې په ورځ د کندهار په ښار کې پولیسو پر لاریون کوونکو هوايي ډزې وکړې.", "ps", "AF-KAN"),
    ],
)
def test_a_crowd_broken_up_by_force_is_a_threat(text: str, language: str, place: str) -> None:
    assert {(e.type, e.province) for e in suggest(text, language)} == {("threat", place)}


def test_a_crowd_pushed_back_in_the_street_is_no_deportation() -> None:
    text = (
        "In Taloqan, Takhar, on Monday, municipal guards sprayed the protesting vendors with a fire hose and"
        " pushed them back towards the bazaar."
    )
    assert {e.type for e in suggest(text)} == {"threat"}


def test_people_pushed_back_across_the_border_stay_a_deportation() -> None:
    text = "Iranian border guards pushed about 40 Afghans back across the border near Islam Qala on Monday."
    assert "deportation" in {e.type for e in suggest(text)}


def test_a_beaten_crowd_is_not_also_a_threat() -> None:
    text = "Police broke up the march in Mazar-i-Sharif on Friday and beat four of the women with batons."
    assert {e.type for e in suggest(text)} == {"torture"}


# ------------------------------------------------------------------ orders


def test_an_order_to_stop_a_training_is_a_statement() -> None:
    text = (
        "ریاست معارف بدخشان روز سه‌شنبه به مکاتب دستور داد که کورس‌های آموزش کمک‌های اولیه برای دختران را"
        " متوقف کنند."
    )
    assert facts(suggest(text, "fa")) == {("statement", "AF-BDS", None, None)}


def test_a_training_announced_is_still_no_statement() -> None:
    text = "The department of women's affairs announced a three-day training for midwives in Herat on Monday."
    assert suggest(text) == []


def test_an_order_of_the_district_office_is_a_statement() -> None:
    text = "| ۱۲ قوس | تخار، رستاق | کورس زبان انگلیسی به دستور ولسوالی بسته شد | — |\n"
    assert facts(suggest(text, "fa", date(2026, 12, 10))) == {("statement", "AF-TAK", None, None)}


# ------------------------------------------------------------------ corrections


def test_a_correction_of_a_killing_count_leaves_a_flogging_before_it() -> None:
    text = (
        "روز شنبه ۱۵ عقرب، دو زن در ورزشگاه شهر فراه در برابر مردم شلاق زده شدند.\n"
        "اصلاحیه: در گزارش ماه گذشته، شمار کشته‌شدگان در هرات شش تن ذکر شده بود؛ این رقم به پنج تن اصلاح"
        " می‌شود.\n"
    )
    assert facts(suggest(text, "fa", date(2026, 11, 20))) == {("torture", "AF-FRA", 2, "exact")}


def test_a_correction_naming_the_same_event_still_takes_it_back() -> None:
    text = (
        "On Sunday gunmen killed two shopkeepers in Sheberghan, Jowzjan.\n"
        "The report of the killings turned out to be false.\n"
    )
    assert suggest(text) == []


# ------------------------------------------------------------------ witness accounts


def test_a_testimony_recorded_on_a_day_is_dated_by_it() -> None:
    text = (
        "Account of a shopkeeper from Khost\n\n"
        "Interview conducted by telephone on Monday, 9 November 2026. Translated from Pashto.\n\n"
        "They came for my brother at night.\n"
    )
    assert published_date(text) == date(2026, 11, 9)


def test_an_age_said_of_a_person_is_no_count() -> None:
    text = (
        "In Sheberghan, Jowzjan, on Friday my uncle, who is sixty-five, was beaten with a stick by the men at"
        " the gate."
    )
    assert facts(suggest(text)) == {("torture", "AF-JOW", 1, "exact")}


def test_a_short_sentence_dating_a_story_dates_the_events_told_after_it() -> None:
    text = (
        "The speaker is a farmer from Khinjan district of Baghlan.\n\n"
        '"It started on the night of 3 March. The fighters took my two sons from the house and beat my'
        ' wife."\n'
    )
    events = suggest(text, published=date(2026, 3, 20))
    assert {(e.type, e.date_start, e.date_precision) for e in events} == {
        ("detention", date(2026, 3, 3), "day"),
        ("torture", date(2026, 3, 3), "day"),
    }


def test_a_story_date_does_not_reach_the_next_paragraph() -> None:
    text = (
        '"It started on the night of 3 March, in Khinjan, Baghlan."\n\n'
        '"Now the police summon my husband every week."\n'
    )
    events = suggest(text, published=date(2026, 3, 20))
    assert all(e.date_start != date(2026, 3, 3) for e in events)


def test_where_the_speaker_lives_now_is_not_where_it_happened() -> None:
    text = (
        "The speaker, a teacher from the Nahrin district of Baghlan, now lives with her sister in Kabul.\n\n"
        '"They took my husband from the school and we have heard nothing of him since."\n'
    )
    assert {e.province for e in suggest(text)} == {"AF-BGL"}


def test_an_order_read_to_a_village_is_placed_in_the_article_province() -> None:
    text = (
        "Two farmers were detained in Khinjan, Baghlan, on Sunday.\n\n"
        "Residents said the local commander told the elders of the village that every family must hand"
        " over its hunting rifles.\n"
    )
    assert ("statement", "AF-BGL") in {(e.type, e.province) for e in suggest(text)}


def test_searching_house_after_house_is_a_threat() -> None:
    text = (
        "Fighters went from door to door through two villages of Rokha district, Panjshir, on Friday night."
    )
    assert facts(suggest(text)) == {("threat", "AF-PAN", None, None)}


# ------------------------------------------------------------------ death tolls, claims, lists


def test_a_rising_death_toll_is_one_killing_counted_by_the_last_toll() -> None:
    text = (
        "A bomb hidden in a cart killed four people at a shrine in Pul-e Khumri, Baghlan, on Friday.\n"
        "On Saturday two of the wounded died in hospital, bringing the death toll to six.\n"
    )
    events = suggest(text)
    assert facts(events) == {("killing", "AF-BGL", 6, "exact")}
    assert [e.date_start for e in events] == [date(2024, 5, 17)]


@pytest.mark.parametrize(
    ("text", "language", "place", "count"),
    [
        (
            "KUNDUZ, 20 May 2024 — The number of people killed in Friday's blast at a Shia mosque in Kunduz"
            " city has risen to 14, hospital staff said.",
            "en",
            "AF-KDZ",
            14,
        ),
        (
            "شمار کشته‌شدگان انفجار روز جمعه در یک تکیه‌خانه در شهر مزار شریف به نه تن رسیده است. پیش‌تر"
            " منابع محلی از کشته شدن پنج تن در این انفجار خبر داده بودند.",
            "fa",
            "AF-BAL",
            9,
        ),
        (
            "د جمعې په ورځ د جلال اباد ښار په یوه جومات کې چاودنه وشوه او درې تنه ووژل شول. د مړو شمېر اوس"
            " اوو تنو ته رسېدلی دی.",
            "ps",
            "AF-NAN",
            7,
        ),
    ],
)
def test_a_toll_risen_to_a_number_counts_the_killing(
    text: str, language: str, place: str, count: int
) -> None:
    assert facts(suggest(text, language)) == {("killing", place, count, "exact")}


def test_two_attacks_in_one_province_keep_their_own_counts() -> None:
    text = (
        "Gunmen killed two teachers in Jalalabad, Nangarhar, on 3 May.\n"
        "On 16 May a roadside bomb in Khogyani district of Nangarhar killed five people, and the toll"
        " later rose to eight.\n"
    )
    assert facts(suggest(text)) == {("killing", "AF-NAN", 2, "exact"), ("killing", "AF-NAN", 8, "exact")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A group calling itself the Free Front claimed responsibility for the blast in a statement.", "en"),
        ("شاخه خراسان داعش در پیامی در تلگرام مسئولیت این حمله را به عهده گرفت.", "fa"),
        ("داعش په یوه اعلامیه کې د برید مسؤلیت ومانه.", "ps"),
    ],
)
def test_a_claim_of_responsibility_is_no_statement(text: str, language: str) -> None:
    assert "statement" not in {e.type for e in suggest(text, language)}


def test_an_authority_post_on_x_is_no_rumour() -> None:
    text = (
        "According to the ministry's official account on X, police detained nine men in Charikar, Parwan,"
        " on Saturday."
    )
    assert facts(suggest(text)) == {("detention", "AF-PAR", 9, "exact")}


def test_a_post_on_social_media_stays_a_rumour() -> None:
    text = "A post on Facebook claimed that nine men were detained in Charikar, Parwan, on Saturday."
    assert suggest(text) == []


def test_a_list_between_semicolons_gives_each_place_its_own_event() -> None:
    text = (
        "The court said that five men were lashed in front of a crowd in Farah city on Tuesday; two women"
        " were flogged in Qala-e Naw, Badghis; three people in Chaghcharan, Ghor; and one man in Herat."
    )
    assert facts(suggest(text)) == {
        ("torture", "AF-FRA", 5, "exact"),
        ("torture", "AF-BDG", 2, "exact"),
        ("torture", "AF-GHO", 3, "exact"),
        ("torture", "AF-HER", 1, "exact"),
    }


# ------------------------------------------------------------------ homes, rumours, live updates


def test_a_home_said_as_such_is_not_where_it_happened() -> None:
    text = (
        "Field note — Karachi, Sindh (Pakistan)\n\n"
        "Two cousins originally from Khogyani in Nangarhar were picked up at a bus stop in Karachi on"
        " 4 May and detained.\n"
    )
    assert {(e.type, e.province, e.country) for e in suggest(text)} == {("detention", None, "PK")}


def test_a_dari_home_said_as_such_is_not_where_it_happened() -> None:
    text = "پولیس ایران روز جمعه چهار کارگر اهل ولسوالی پشتون زرغون هرات را در شهر مشهد بازداشت کرد."
    assert {(e.type, e.province, e.country) for e in suggest(text, "fa")} == {("detention", None, "IR")}


def test_men_pulled_out_of_their_homes_are_detained() -> None:
    text = "About thirty men were pulled out of their homes in Pul-e Alam, Logar, before dawn on Sunday."
    assert facts(suggest(text)) == {("detention", "AF-LOG", 30, "about")}


def test_a_figure_circulating_on_social_media_is_no_event() -> None:
    text = (
        "Call notes, 20 May 2024\n\n"
        'A figure of "90 detained in Gardez" is circulating on messaging groups. I could not confirm it with'
        " anyone in Gardez.\n"
    )
    assert suggest(text) == []


def test_a_post_stamped_with_its_day_dates_its_today() -> None:
    text = (
        "Posts from local channels, translated\n\nPublished 20 May 2024\n\n"
        '[1] Ghazni Voice, 18 May, 19:40 — "Police detained four shopkeepers in Ghazni city this'
        ' afternoon."\n\n'
        "Today the provincial police in Ghazni detained two teachers.\n"
    )
    assert sorted((e.count.value if e.count else None, e.date_start) for e in suggest(text)) == [
        (2, date(2024, 5, 20)),
        (4, date(2024, 5, 18)),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Evening news, 20 May 2024\n\nA correction to our morning bulletin. We reported that nine men had"
            " been detained in Spera district of Khost. Officials say five men were detained, not nine.\n",
            "en",
        ),
        (
            "تازه معلومات، ۳۰ غويی ۱۴۰۳\n\nموږ مخکې لیکلي وو چې په سپېره کې نهه تنه نیول شوي دي. چارواکي"
            " وايي چې پنځه تنه نیول شوي دي.\n",
            "ps",
        ),
    ],
)
def test_an_outlet_earlier_figure_corrected_is_no_event(text: str, language: str) -> None:
    assert {e.count.value if e.count else None for e in suggest(text, language)} == {5}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In August the agency counted the forced return of about 52,000 Afghans from Iran and of at least"
            " 9,300 from Pakistan.",
            "en",
        ),
        ("در ماه اسد حدود ۵۲ هزار تن از ایران و دست‌کم ۹۳۰۰ تن دیگر از پاکستان به کشور اخراج شدند.", "fa"),
    ],
)
def test_two_countries_deportations_each_keep_their_count(text: str, language: str) -> None:
    found = {(e.type, e.country, e.count.value if e.count else None) for e in suggest(text, language)}
    assert found == {("deportation", "IR", 52000), ("deportation", "PK", 9300)}


def test_one_country_counted_by_crossing_stays_one_deportation() -> None:
    text = "On 3 May Iran deported 2,000 Afghans through Islam Qala and 500 through Milak."
    assert facts(suggest(text)) == {("deportation", "IR", 2500, "exact")}


def test_a_visit_from_shop_to_shop_is_a_threat_and_what_was_told_there_is_part_of_it() -> None:
    text = (
        "In Pul-e Khumri, Baghlan, on Monday, inspectors went from shop to shop in the main bazaar and"
        " instructed tailors to stop sewing dresses for women."
    )
    assert facts(suggest(text)) == {("threat", "AF-BGL", None, None)}


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("مردم این قریه در تابستان ۱۴۰۱ نیز چنین بازداشت‌هایی را دیده بودند.", []),
        ("طالبان در سال ۱۳۹۹ هنوز به قدرت نرسیده بودند.", []),
        ("پاکستاني چارواکو د تورخم له لارې ۱۴۰۰ افغانان بېرته واستول.", [1400]),
        ("در ماه گذشته ۱۴۰۰ مهاجر از ایران اخراج شدند.", [1400]),
    ],
)
def test_a_solar_year_after_a_season_month_or_year_word_is_no_count(text: str, counts: list[int]) -> None:
    assert [c.count.value for c in find_counts(text)] == counts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In a post on Sunday the resistance front said its fighters had killed twelve soldiers in Rokha.",
            "en",
        ),
        ("جبهه مقاومت در پیامی ادعا کرد که دوازده سرباز طالبان را در ولسوالی رخه کشته است.", "fa"),
    ],
)
def test_an_armed_front_claiming_what_its_fighters_did_is_no_event(text: str, language: str) -> None:
    assert suggest(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In Khost city on Friday, unidentified gunmen took a tribal elder away from his shop.", "en"),
        ("روز جمعه در شهر خوست، چند مرد مسلح ناشناس یک بزرگ قومی را از دکانش با خود بردند.", "fa"),
    ],
)
def test_a_taking_by_men_no_one_names_is_a_disappearance(text: str, language: str) -> None:
    assert {(e.type, e.province) for e in suggest(text, language)} == {("disappearance", "AF-KHO")}


def test_an_arrest_by_named_forces_stays_a_detention() -> None:
    text = "In Khost city on Friday, intelligence officers took a tribal elder away from his shop."
    assert {e.type for e in suggest(text)} == {"detention"}


def test_where_the_teller_is_now_does_not_place_what_they_tell() -> None:
    text = (
        "Pakistan: raids on Afghan homes in Islamabad\n\n"
        "Police in Islamabad detained dozens of Afghans in night raids last week.\n\n"
        "One woman, now in a camp at Torkham, said officers beat her husband with batons in front of the"
        " children.\n"
    )
    assert ("torture", None, "PK") in {(e.type, e.province, e.country) for e in suggest(text)}
