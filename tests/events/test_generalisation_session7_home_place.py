"""The place of an event its sentence does not name (issue 14, session 7): the province of the article's
dateline, title or first paragraph when no other province competes there ("HERAT, 12 May —", «هرات، ۲۲ ثور
—», a title naming Kunduz); none for events told country-wide ("across the country", «در سراسر کشور», Pashto
«په ټول هېواد کې»). Every case is written for these tests (English, Dari, Pashto); none is taken from an
answer key's articles."""

from __future__ import annotations

import pytest

from tests.events.suggesting import facts, suggest


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "HERAT, 12 May (Local Wire) — Taliban intelligence officers detained two former soldiers on "
            "Saturday, relatives said.\n\nA third man was beaten at a checkpoint on Sunday.",
            "en",
            {("detention", "AF-HER", 2, "exact"), ("torture", "AF-HER", 1, "exact")},
        ),
        (
            "GHAZNI, 3 May — Two teachers were detained by the Taliban on Wednesday, their families said.",
            "en",
            {("detention", "AF-GHA", 2, "exact")},
        ),
        (
            "هرات، ۲۲ ثور — استخبارات طالبان روز شنبه سه فعال مدنی را دستگیر کرد.\n\n"
            "خانواده‌های آنان نیز تهدید شدند.",
            "fa",
            {("detention", "AF-HER", 3, "exact"), ("threat", "AF-HER", 3, "exact")},
        ),
        (
            "Two journalists detained in Kunduz\n\nTaliban intelligence detained two local journalists on "
            "Sunday, their colleagues said. One of them was beaten in custody, a relative said.",
            "en",
            {("detention", "AF-KDZ", 2, "exact"), ("torture", "AF-KDZ", 1, "exact")},
        ),
        (
            "په کندهار کې دوه پخواني سرتیري ونیول شول\n\nطالبانو د دوشنبې په ورځ دوه پخواني سرتیري ونیول.",
            "ps",
            {("detention", "AF-KAN", 2, "exact")},
        ),
    ],
)
def test_the_article_s_one_province_places_what_no_sentence_places(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Taliban intelligence detained dozens of former soldiers across the country last week, a UN "
            "report said. In Kandahar, three men were beaten on 2 May.",
            "en",
            {("detention", "AF", None, None), ("torture", "AF-KAN", 3, "exact")},
        ),
        (
            "KABUL, 14 May — The Taliban detained at least 30 former officials in several provinces this "
            "month, a rights group said.",
            "en",
            {("detention", "AF", 30, "at least")},
        ),
        (
            "در ولایت هرات سه تن بازداشت شدند. طالبان در سراسر کشور ده‌ها تن از نظامیان پیشین را نیز "
            "بازداشت کرده‌اند.",
            "fa",
            {("detention", "AF-HER", 3, "exact"), ("detention", "AF", None, None)},
        ),
        (
            "په هرات کې درې کسان ونیول شول. طالبانو په ټول هېواد کې لسګونه پخواني سرتیري هم نیولي دي.",
            "ps",
            {("detention", "AF-HER", 3, "exact"), ("detention", "AF", None, None)},
        ),
    ],
)
def test_events_told_country_wide_keep_no_province(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Monthly update\n\nIn Kunduz, the situation deteriorated in April, residents said. Three "
            "former soldiers were detained on 4 April, and a teacher was threatened.\n\nIn Herat, a girls' "
            "school was closed. Two journalists were beaten on 9 April.",
            "en",
            {
                ("detention", "AF-KDZ", 3, "exact"),
                ("threat", "AF-KDZ", 1, "exact"),
                ("torture", "AF-HER", 2, "exact"),
            },
        ),
        (
            "گزارش ماهانه\n\nوضعیت در ولایت کندز در ماه حمل بدتر شد. سه سرباز پیشین روز ۴ حمل بازداشت شدند."
            "\n\nدر هرات، دو خبرنگار روز ۹ حمل لت و کوب شدند.",
            "fa",
            {("detention", "AF-KDZ", 3, "exact"), ("torture", "AF-HER", 2, "exact")},
        ),
        (
            "میاشتنی راپور\n\nپه کندز ولایت کې وضعیت د وری په میاشت کې خراب شو. درې پخواني سرتیري "
            "د وری په ۴ مه ونیول شول.\n\nپه هرات کې دوه خبریالان د وری په ۹ مه ووهل شول.",
            "ps",
            {("detention", "AF-KDZ", 3, "exact"), ("torture", "AF-HER", 2, "exact")},
        ),
        (
            "Monthly update\n\nIn Kunduz, the situation deteriorated in April. Separately, three former "
            "soldiers were detained on 4 April.\n\nIn Herat, two journalists were beaten on 9 April.",
            "en",
            {("detention", "AF", 3, "exact"), ("torture", "AF-HER", 2, "exact")},
        ),
    ],
)
def test_a_paragraph_s_scene_places_its_unplaced_events(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Taliban intelligence detained three men in Khost on Monday.\n\nOn Tuesday, two more people were "
            "detained.\n\nIn Paktia, a teacher was beaten on Wednesday.",
            "en",
            {
                ("detention", "AF-KHO", 3, "exact"),
                ("detention", "AF-KHO", 2, "exact"),
                ("torture", "AF-PIA", 1, "exact"),
            },
        ),
        (
            "Taliban intelligence detained three men in Khost on Monday.\n\nAnother two people were detained "
            "on Tuesday.\n\nIn Paktia, a teacher was beaten on Wednesday.",
            "en",
            {
                ("detention", "AF-KHO", 3, "exact"),
                ("detention", "AF-KHO", 2, "exact"),
                ("torture", "AF-PIA", 1, "exact"),
            },
        ),
        (
            "Taliban intelligence detained three men in Khost on Monday.\n\nMore than 40 people were "
            "detained across the country last week.\n\nIn Paktia, a teacher was beaten on Wednesday.",
            "en",
            {
                ("detention", "AF-KHO", 3, "exact"),
                ("detention", "AF", 40, "at least"),
                ("torture", "AF-PIA", 1, "exact"),
            },
        ),
    ],
)
def test_more_of_the_same_continues_the_last_incident_s_place(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected
