"""Where an event happened when its sentence does not say (issue 14, classes seen on unseen text): the
incident of the person it continues ("my client"), the section heading above it; news outlets' names are no
places; flight is placed where people left even when the sentence names where they had come back from."""

from __future__ import annotations

import pytest

from desktop.events.numbers import Count
from tests.events.suggesting import facts, suggest


def test_a_paragraph_about_the_same_client_continues_the_place() -> None:
    text = (
        "Dear Sir,\n\n"
        "On 28 April, my client was arrested at his home in Injil district by intelligence officers. "
        "He was taken to the provincial intelligence directorate in Herat city.\n\n"
        "According to a fellow detainee, my client was beaten with cables during interrogation.\n"
    )
    found = suggest(text)
    assert sorted((e.type, e.province) for e in found) == [("detention", "AF-HER"), ("torture", "AF-HER")]


def test_an_article_about_two_provinces_leaves_unplaced_events_in_the_country() -> None:
    text = (
        "Police detained three men in Herat on Monday. Two teachers were detained in Kabul on Tuesday.\n\n"
        "According to a released detainee, prisoners were beaten with cables during interrogation."
    )
    assert ("torture", "AF", None, None) in facts(suggest(text))


def test_a_section_heading_places_the_events_below_it() -> None:
    text = (
        "FIELD NOTE - Kunduz and Takhar, May 2024\n\n"
        "1. Khan Abad district (Kunduz)\n"
        "Late on Saturday night, men in Taliban uniforms detained four brothers at their homes. Three of "
        "the brothers were beaten that same night.\n\n"
        "2. Takhar\n"
        "A former prosecutor received threatening phone calls throughout April.\n"
    )
    found = facts(suggest(text))
    assert ("detention", "AF-KDZ", 4, "exact") in found
    assert ("torture", "AF-KDZ", 3, "exact") in found
    assert ("threat", "AF-TAK", 1, "exact") in found


def test_a_news_outlet_is_not_a_place() -> None:
    for text, language in (
        (
            "GHAZNI, Afghanistan, May 20, 2024 (Khorasan Wire) - Gunmen killed three members of a family at "
            "their home in Jaghori district on Sunday night.",
            "en",
        ),
        ("به گزارش خبرگزاری خراسان، افراد مسلح سه عضو یک خانواده را در ولسوالی جاغوری غزنی کشتند.", "fa"),
    ):
        assert facts(suggest(text, language)) == {("killing", "AF-GHA", 3, "exact")}


def test_flight_is_placed_in_afghanistan_not_where_people_had_returned_from() -> None:
    text = (
        "In Ghorian district, two brothers who had returned from Iran in January fled back across the border "
        "on Thursday after receiving death threats from a local commander."
    )
    found = suggest(text)
    assert [(e.province, e.country) for e in found if e.type == "flight"] == [("AF-HER", "AF")]
    assert ("threat", "AF-HER", 2, "exact") in facts(found)


def test_people_taken_to_an_intelligence_office_are_detained() -> None:
    text = (
        "Shortly after midnight on 14 May, intelligence officers raided a house in Qala-e Fatullah and took "
        "three women activists to the General Directorate of Intelligence."
    )
    assert facts(suggest(text)) == {("detention", "AF-KAB", 3, "exact")}


def test_call_notes_about_one_place_keep_it_across_answers() -> None:
    text = (
        "Q: What happened to your brother?\n"
        "A: On 12 April he was stopped at the checkpoint at the entrance to Nili. Since that day we have "
        "heard nothing.\n\n"
        "Q: Did anyone come to your house?\n"
        "A: Once, in May. Men with guns came and told my mother to stop asking about him.\n\n"
        "Q: Where is the family now?\n"
        "A: After that my mother, my sisters and I fled to Quetta.\n"
    )
    found = suggest(text)
    assert sorted((e.type, e.province) for e in found) == [
        ("disappearance", "AF-DAY"),
        ("flight", "AF-DAY"),
        ("threat", "AF-DAY"),
    ]


def test_a_new_incident_is_not_placed_in_the_article_province() -> None:
    text = (
        "Taliban intelligence detained two former soldiers in Charikar on Thursday. In a separate incident, "
        "three women were detained on Saturday."
    )
    assert [e.province for e in suggest(text)] == ["AF-PAR", None]


def test_a_heading_ends_the_last_incident() -> None:
    text = (
        "1. Khan Abad district (Kunduz)\n"
        "Men in Taliban uniforms detained four brothers at their homes on Saturday night.\n\n"
        "2. Taloqan (Takhar)\n"
        "A former prosecutor, a woman, had received threatening phone calls throughout April telling her to "
        "stop working.\n"
    )
    assert sorted((e.type, e.province) for e in suggest(text)) == [
        ("detention", "AF-KDZ"),
        ("threat", "AF-TAK"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Three Afghan migrants were executed in Zahedan on Monday; one of them was a resident of "
            "Marawara district of Kunar.",
            "en",
        ),
        (
            "د ایران په زاهدان ښار کې درې افغان کډوال اعدام شول، چې یو یې د کونړ ولایت اوسېدونکی و.",
            "ps",
        ),
        ("یک فعال مدنی اهل ولسوالی رستاق در زاهدان ایران اعدام شد.", "fa"),
    ],
)
def test_where_a_victim_lives_is_not_where_it_happened(text: str, language: str) -> None:
    assert [(e.type, e.province, e.country) for e in suggest(text, language)] == [("killing", None, "IR")]


def test_them_after_a_count_in_the_sentence_are_those_people() -> None:
    text = (
        "Iran deported 9,400 people through Islam Qala in November. Forty-two of the men said guards had "
        "beaten them at a camp in Razavi Khorasan."
    )
    assert [(e.type, e.count) for e in suggest(text) if e.type == "torture"] in (
        [("torture", None)],
        [("torture", Count(42, "exact"))],
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Taliban forces detained seven people in Herat on 2 May and five people in Farah on 9 May.", "en"),
        ("طالبان روز ۲ ثور هفت تن را در هرات و روز ۹ ثور پنج تن را در فراه بازداشت کردند.", "fa"),
    ],
)
def test_each_place_of_a_sentence_takes_its_own_date(text: str, language: str) -> None:
    found = sorted(suggest(text, language), key=lambda e: e.start + (e.province == "AF-FRA"))
    assert [(e.province, e.count.value if e.count else None) for e in found] == [("AF-HER", 7), ("AF-FRA", 5)]
    assert found[0].date_start is not None and found[1].date_start is not None
    assert (found[1].date_start - found[0].date_start).days == 7


def test_a_long_title_with_a_quote_places_the_interview() -> None:
    text = (
        "گفت‌وگو با یک آموزگار زن از ولسوالی سانچارک: «شب‌نامه را به دروازه مسجد چسپاندند»\n\n"
        "س: آیا کسی از خانواده شما بازداشت شده است؟\n"
        "ج: برادرم را هفته گذشته گرفتار کردند و سه روز در قومندانی ولسوالی نگه داشتند.\n"
        "ج: دو پسر همسایه ما ماه گذشته از سوی طالبان جذب شدند و برای آموزش نظامی به یک مرکز در شبرغان برده "
        "شدند.\n"
    )
    found = {(e.type, e.province) for e in suggest(text, "fa")}
    assert ("detention", "AF-SAR") in found and ("recruitment", "AF-SAR") in found


def test_a_road_named_after_a_province_is_not_the_place() -> None:
    text = (
        "On 6 May, a young man from Baharak district was taken off a minibus at the checkpoint on the Kunduz "
        "road just outside Taloqan. His family has not heard from him since."
    )
    assert [(e.type, e.province) for e in suggest(text)] == [("disappearance", "AF-TAK")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "اجساد دو مهاجر افغان که در خاک ایران با شلیک مرزبانان ایرانی به قتل رسیده بودند، روز سه‌شنبه از "
            "طریق بندر اسلام قلعه به هرات انتقال یافت.",
            "fa",
            ("killing", "IR"),
        ),
        (
            "The bodies of two Afghan migrants shot dead by Iranian border guards in Iran were brought via "
            "Islam Qala to Herat on Tuesday.",
            "en",
            ("killing", "IR"),
        ),
    ],
)
def test_where_bodies_were_brought_is_not_where_people_were_killed(
    text: str, language: str, expected: tuple[str, str]
) -> None:
    assert [(e.type, e.province or e.country) for e in suggest(text, language)] == [expected]
