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
