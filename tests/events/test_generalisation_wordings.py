"""Wordings of events the vocabulary did not know (issue 14, unseen text): taking people away, dying of
injuries, electric shocks, push-backs, warnings to stop reporting; and the same verbs used of things."""

from __future__ import annotations

import pytest

from tests.events.suggesting import suggest


@pytest.mark.parametrize(
    ("text", "kind", "where"),
    [
        (
            "Taliban intelligence officers picked up two journalists in Kabul on Monday.",
            "detention",
            "AF-KAB",
        ),
        ("A former soldier was seized by armed men in Khost on 3 May.", "detention", "AF-KHO"),
        ("Three women were whisked away by plainclothes officers in Herat.", "detention", "AF-HER"),
        ("Officers took away four students from a dormitory in Kandahar city.", "detention", "AF-KAN"),
        (
            "A shopkeeper died of his injuries after being beaten by Taliban fighters in Kunduz.",
            "killing",
            "AF-KDZ",
        ),
        ("The detainee was subjected to electric shocks during interrogation in Herat.", "torture", "AF-HER"),
        ("More than 500 Afghans were pushed back at the Iranian border on Monday.", "deportation", "IR"),
        (
            "A journalist in Khost was summoned by intelligence and warned to stop reporting.",
            "threat",
            "AF-KHO",
        ),
    ],
)
def test_the_event_is_read(text: str, kind: str, where: str) -> None:
    assert (kind, where) in {(e.type, e.province or e.country) for e in suggest(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Police seized 3 vehicles and 200 kg of hashish in Kandahar.",
        "He picked up the phone and called his brother in Herat.",
        "Customs officers seized a shipment of fuel at Torkham.",
    ],
)
def test_taking_things_is_no_detention(text: str) -> None:
    assert [e for e in suggest(text) if e.type == "detention"] == []


@pytest.mark.parametrize(
    ("text", "language", "kind", "where"),
    [
        ("این زندانی در جریان بازجویی در هرات شوک برقی داده شد.", "fa", "torture", "AF-HER"),
        ("بیش از ۵۰۰ مهاجر افغان از مرز ایران به اجبار برگردانده شدند.", "fa", "deportation", "IR"),
        ("له ۵۰۰ ډېر افغان کډوال له ایران څخه په زور بېرته راستانه شول.", "ps", "deportation", "IR"),
        ("یک نظامی پیشین توسط افراد ناشناس در خوست ربوده شد.", "fa", "disappearance", "AF-KHO"),
    ],
)
def test_the_dari_or_pashto_event_is_read(text: str, language: str, kind: str, where: str) -> None:
    assert [(e.type, e.province or e.country) for e in suggest(text, language)] == [(kind, where)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("جسد یک جوان در دریای کنر در ننگرهار پیدا شد.", "fa"),
        ("The body of a young man was found in the Kunar river in Nangarhar on Sunday.", "en"),
    ],
)
def test_a_river_is_not_the_place(text: str, language: str) -> None:
    assert [(e.type, e.province) for e in suggest(text, language)] == [("killing", "AF-NAN")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("They beat us with rifle butts in a field near Jurm, Badakhshan.", "en", [("torture", "AF-BDS")]),
        ("Gunmen took three teachers from a school in Khost.", "en", [("detention", "AF-KHO")]),
        (
            "Two other boys from our street in Kabul were taken the same week.",
            "en",
            [("detention", "AF-KAB")],
        ),
        ("برادرم را هفته گذشته در سرپل گرفتار کردند.", "fa", [("detention", "AF-SAR")]),
        (
            "Two reporters of a local TV channel in Lashkar Gah were summoned by the provincial information "
            "department and warned that their channel would be shut.",
            "en",
            [("threat", "AF-HEL")],
        ),
        (
            "In Sharan, a money-changer had been picked up by men in civilian clothes and taken to an "
            "unknown location.",
            "en",
            [("disappearance", "AF-PKA")],
        ),
        (
            "دو پسر همسایه ما در سرپل از سوی طالبان جذب شدند و برای آموزش نظامی به یک مرکز برده شدند.",
            "fa",
            [("recruitment", "AF-SAR")],
        ),
    ],
)
def test_the_event_and_only_it_is_read(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.type, e.province or e.country) for e in suggest(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The injured were taken to hospital in Kabul.", "en"),
        ("The Taliban took control of the district in Kunduz.", "en"),
        ("Journalists in Herat who receive threats can reach our desk at any time.", "en"),
        (
            "Our reporter also heard that a teacher had been arrested in Gardez, but the teacher's school "
            "told us he was travelling and has not been detained.",
            "en",
        ),
        ("دادگاه آنان را در شبرغان به «فرار از منزل» متهم کرده بود.", "fa"),
    ],
)
def test_no_event_is_read(text: str, language: str) -> None:
    assert suggest(text, language) == []


def test_a_sentence_to_lashes_is_no_flogging_but_prison_is_a_detention() -> None:
    text = (
        "The court in Taloqan sentenced a young man from Bangi district to two years in prison and 25 lashes "
        "for helping them flee."
    )
    assert [e.type for e in suggest(text)] == ["detention"]


def test_one_of_the_people_detained_before_is_no_new_detention() -> None:
    text = (
        "On 3 March, police detained three women activists in Herat city.\n"
        "On 1 April, one of the three activists detained on 3 March was released on bail."
    )
    assert [(e.type, e.count.value if e.count else None) for e in suggest(text)] == [("detention", 3)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Human rights defenders are alarmed by the enforced disappearance of an activist in "
            "Mazar-i-Sharif, who was taken from her home on 21 September.",
            "en",
            [("disappearance", "AF-BAL")],
        ),
        (
            "In Sharan, the capital of Paktika province, a money-changer had been picked up by men in "
            "civilian clothes and had been taken to an unknown place.",
            "en",
            [("disappearance", "AF-PKA")],
        ),
        (
            "ایران در ماه قوس ۹۰۰۰ مهاجر افغان را اخراج کرد. بیش از 300 تن از آنان پیش از اخراج در "
            "اردوگاهی در نزدیکی مشهد ایران نگهداری شده بودند.",
            "fa",
            [("deportation", "IR"), ("detention", "IR")],
        ),
    ],
)
def test_the_event_of_the_sentence_is_read(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.type, e.province or e.country) for e in suggest(text, language)] == expected


def test_what_happened_after_a_reported_flogging_is_no_new_event() -> None:
    text = (
        "On Wednesday, a man and a woman were flogged in the stadium in Taloqan. The woman fainted after the "
        "flogging, a witness said, and was taken back to prison."
    )
    assert [e.type for e in suggest(text)] == ["torture"]


def test_a_national_authority_s_order_is_not_placed_in_the_province_of_the_story() -> None:
    text = (
        "روز یکشنبه سه تن در ورزشگاه شبرغان شلاق زده شدند. ستره محکمه طالبان روز دوشنبه در اعلامیه‌ای گفت "
        "که از این پس همه محاکم ولایتی مکلف‌اند احکام حدود را در ملای عام اجرا کنند."
    )
    found = {(e.type, e.province or e.country) for e in suggest(text, "fa")}
    assert ("statement", "AF") in found and ("torture", "AF-JOW") in found
