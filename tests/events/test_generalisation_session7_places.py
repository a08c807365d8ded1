"""Places on unseen articles (issue 14, session 7): a district named after its province in Dari and
Pashto, names written with or without a space or ZWNJ inside them and with Arabic letters, a district name
two provinces share, foreign border towns and acts of a foreign force near the border, a line led by its
place and a dash. Every text is written for these tests (none taken from an answer key's articles), with
near misses."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.events.gazetteer import find_places
from desktop.events.suggest import SuggestedEvent
from tests.events.suggesting import suggest

PUBLISHED = date(2026, 3, 23)  # a Monday; 3 Hamal 1405


def _where(events: list[SuggestedEvent]) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.province or e.country, e.place) for e in events}


# 1. "Helmand province, Nad Ali district": one place, the district, in Dari and Pashto too.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "د هلمند ولایت د ناد علي ولسوالۍ اوسېدونکي وايي چې د شنبې په شپه ناپېژانده وسله والو یو پخوانی "
            "عسکر په ډزو ووژه.",
            "ps",
            ("killing", "AF-HEL", "Nad Ali"),
        ),
        (
            "در ولایت غزنی ولسوالی جاغوری، افراد مسلح روز شنبه یک معلم را به قتل رساندند.",
            "fa",
            ("killing", "AF-GHA", "Jaghori"),
        ),
        (
            "د کندهار ولایت د ارغنداب ولسوالۍ کې طالبانو د جمعې په ورځ درې ځوانان ونیول.",
            "ps",
            ("detention", "AF-KAN", "Arghandab"),
        ),
    ],
)
def test_a_province_then_its_district_is_the_district(
    text: str, language: str, expected: tuple[str, ...]
) -> None:
    assert _where(suggest(text, language, PUBLISHED)) == {expected}


# 2. Names written with a space or a ZWNJ where the list has none (or the reverse), and with Arabic letters.
@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("در ولسوالی مندو\u200cزی", "AF-KHO"),
        ("در ولسوالی مندو زی", "AF-KHO"),
        ("د شمول\u200cزي ولسوالۍ", "AF-ZAB"),
        ("در ولسوالی غازی\u200cآباد", "AF-KNR"),
        ("در ولسوالي قيصار", "AF-FYB"),
        ("د قیصار ولسوالۍ", "AF-FYB"),
        ("در ولسوالی چهار\u200cآسیاب", "AF-KAB"),
        ("در ولسوالی خواجه\u200cسبزپوش", "AF-FYB"),
    ],
)
def test_spellings_with_and_without_a_break_inside_the_name(text: str, province: str) -> None:
    assert province in {m.place.province for m in find_places(text)}


def test_two_words_that_only_join_into_a_name_are_not_it() -> None:
    # «و رس…» is "and" before another word, not Waras; «در ه…» no district
    assert not [m for m in find_places("او گفت و رس کرد در ه") if m.place.kind == "district"]


# 3. A district name two provinces share: the well-known one when the article settles nothing.
@pytest.mark.parametrize(
    ("text", "language", "province"),
    [
        ("Two former soldiers were detained in Surobi district on Saturday.", "en", "AF-KAB"),
        ("دو سرباز پیشین روز شنبه در ولسوالی سروبی بازداشت شدند.", "fa", "AF-KAB"),
        ("Two former soldiers were detained in Sarobi district of Paktika on Saturday.", "en", "AF-PKA"),
        ("Gunmen killed a farmer in Arghandab district on Saturday.", "en", "AF-KAN"),
        ("Gunmen killed a farmer in Arghandab district of Zabul on Saturday.", "en", "AF-ZAB"),
    ],
)
def test_a_shared_district_name_takes_its_usual_province(text: str, language: str, province: str) -> None:
    assert {e.province for e in suggest(text, language, PUBLISHED)} == {province}


# 4. What a foreign force does at a camp or crossing "near the border" on its side happened in its country.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Returns from Iran through Islam Qala rose this month. On Tuesday, Iranian border guards beat "
            "about 60 migrants in a camp near the Dogharoun border before deporting them.",
            "en",
        ),
        (
            "شمار بازگشت‌ها از طریق اسلام قلعه افزایش یافته است. روز سه‌شنبه، مرزبانان ایرانی حدود ۶۰ "
            "مهاجر را در اردوگاهی در نزدیکی مرز دوغارون با باتوم لت‌وکوب کردند.",
            "fa",
        ),
        (
            "Pakistani police beat twelve Afghan traders at the Chaman border crossing on Tuesday.",
            "en",
        ),
    ],
)
def test_a_foreign_force_near_the_border_acts_in_its_country(text: str, language: str) -> None:
    torture = [e for e in suggest(text, language, PUBLISHED) if e.type == "torture"]
    assert [(e.province, e.country) for e in torture] in ([(None, "IR")], [(None, "PK")])


def test_taliban_near_the_crossing_act_in_afghanistan() -> None:
    text = "On Tuesday, Taliban border police beat two returnees near the Islam Qala crossing."
    assert {e.province for e in suggest(text, "en", PUBLISHED) if e.type == "torture"} == {"AF-HER"}


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Dogharoun", "IR"),
        ("دوغارون", "IR"),
        ("Saravan", "IR"),
        ("سراوان", "IR"),
        ("Chaman", "PK"),
        ("Taftan", "PK"),
    ],
)
def test_border_towns_abroad(name: str, country: str) -> None:
    assert [(m.place.country, m.place.province) for m in find_places(f"near {name} ")] == [(country, None)]


# 5. A notes line led by its place and a dash places its incident; a capitalised dateline does not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Field notes from the south, March 2026\n\nSpin Boldak — two traders were detained by border "
            "police on 3 March.\n\nNad Ali – a teacher was beaten on 5 March.",
            {("detention", "AF-KAN"), ("torture", "AF-HEL")},
        ),
        (
            "KABUL — Two journalists were detained in Herat on Saturday, colleagues said.",
            {("detention", "AF-HER")},
        ),
    ],
)
def test_a_line_led_by_its_place_and_a_dash(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(e.type, e.province or e.country) for e in suggest(text, "en", PUBLISHED)} == expected


# 6. Where bodies were handed over or passed through is not where the victims were killed.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Tuesday, the bodies of two migrants killed by Iranian border guards were handed over at "
            "Islam Qala.",
            "en",
        ),
        (
            "د دوو کډوالو جسدونه چې د ایراني پوله ساتو په ډزو وژل شوي وو، د سه شنبې په ورځ د اسلام قلعې له "
            "لارې هرات ته راوړل شول.",
            "ps",
        ),
    ],
)
def test_bodies_handed_over_at_a_crossing_were_killed_abroad(text: str, language: str) -> None:
    killings = [e for e in suggest(text, language, PUBLISHED) if e.type == "killing"]
    assert [(e.province, e.country) for e in killings] == [(None, "IR")]


def test_people_detained_at_a_crossing_are_placed_there() -> None:
    assert {e.province for e in suggest("Two traders were detained at Islam Qala on Tuesday.")} == {"AF-HER"}


# 7. Spellings writers use that the list lacked (English transcriptions, Dari spellings), and Chitral abroad.
@pytest.mark.parametrize(
    ("name", "province"),
    [
        ("Shindund", "AF-HER"),
        ("Islam Kala", "AF-HER"),
        ("Deh Rawood", "AF-URU"),
        ("Kalat", "AF-ZAB"),
        ("Talaqan", "AF-TAK"),
        ("Nilli", "AF-DAY"),
        ("Ishtarlay", "AF-DAY"),
        ("Pachir Aw Agam", "AF-NAN"),
        ("ناهور", "AF-GHA"),
        ("شملزی", "AF-ZAB"),
        ("Chitral", "PK"),
    ],
)
def test_more_spellings(name: str, province: str) -> None:
    assert [m.place.province or m.place.country for m in find_places(f"It happened in {name} district.")] == [
        province
    ]


@pytest.mark.parametrize(
    ("name", "province"),
    [
        ("Pul-e Sukhta", "AF-KAB"),
        ("پل سوخته", "AF-KAB"),
        ("Aino Mina", "AF-KAN"),
        ("عینو مینه", "AF-KAN"),
        ("Hada Farm", "AF-NAN"),
        ("پل ابریشم", "AF-NIM"),
        ("the Silk Bridge crossing", "AF-NIM"),
    ],
)
def test_city_quarters_and_crossings(name: str, province: str) -> None:
    found = find_places(f"Two men were detained in {name} yesterday.")
    assert [m.place.province for m in found] == [province]


def test_a_date_line_under_the_title_does_not_end_the_titles_province() -> None:
    text = (
        "گزارش هفتگی نظارت حقوق بشر – ولایت بغلان\n\nتاریخ نشر: ۵ حمل ۱۴۰۵\n\n"
        "روز ۲۵ حوت، استخبارات طالبان دو معلم را در ولسوالی اندراب بازداشت کرد.\n\n"
        "هفته گذشته سه خانواده از دوشی به کابل گریختند.\n"
    )
    flight = [e for e in suggest(text, "fa", date(2026, 3, 25)) if e.type == "flight"]
    assert [e.province for e in flight] == ["AF-BGL"]


# 8. A foreign force's guards or police near an Afghan crossing act on their side; shelling lands here.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Iranian border guards beat about 60 migrants in a camp near the Islam Qala crossing on Tuesday.",
            "en",
            (None, "IR"),
        ),
        (
            "مرزبانان ایرانی روز سه‌شنبه دو مهاجر افغان را در نزدیکی گذرگاه اسلام قلعه به قتل رساندند.",
            "fa",
            (None, "IR"),
        ),
        ("Pakistani police beat twelve Afghan traders near Torkham on Tuesday.", "en", (None, "PK")),
        ("Pakistani forces shelling killed two children near Dangam on Tuesday.", "en", ("AF-KNR", "AF")),
        (
            "Taliban border police beat two returnees near the Islam Qala crossing on Tuesday.",
            "en",
            ("AF-HER", "AF"),
        ),
    ],
)
def test_a_foreign_force_near_an_afghan_crossing(
    text: str, language: str, expected: tuple[str | None, str]
) -> None:
    assert [(e.province, e.country) for e in suggest(text, language, PUBLISHED)] == [expected]


# 9. A district in its Dari or Pashto form whose province the article names elsewhere (its title).
@pytest.mark.parametrize(
    ("text", "language", "province"),
    [
        ("گزارش هفتگی ولایت زابل\n\nطالبان روز شنبه در ارغنداب سه تن را بازداشت کردند.", "fa", "AF-ZAB"),
        ("راپور: د زابل ولایت\n\nطالبانو د شنبې په ورځ په ارغنداب کې درې تنه ونیول.", "ps", "AF-ZAB"),
        ("د فاریاب ولایت راپور\n\nطالبانو د شنبې په ورځ په قیصار کې درې ځوانان ونیول.", "ps", "AF-FYB"),
        ("خبرهای پکتیکا\n\nدو تن روز شنبه در سروبی بازداشت شدند.", "fa", "AF-PKA"),
    ],
)
def test_a_district_whose_province_the_title_names(text: str, language: str, province: str) -> None:
    assert {e.province for e in suggest(text, language, PUBLISHED)} == {province}
