"""Session 19: wordings found missing on earlier blind keys' notes (heldout-76 … -80), each tested on
sentences of our own, with guards for the readings they must not take.

- a doubt about a figure in a clause of its own ("…; numbers could not be confirmed") leaves the event;
- an appeal inside a relative clause closed by the main verb ("cousins who went to the district centre to
  press for an investigation were themselves locked up") does not swallow that verb;
- "…, where he was kept overnight" is the event when nothing else in the sentence is (a beating's place
  otherwise; "went to ask where the men were being held" asks after people held before);
- Dari «… را از خانه‌هایشان در … برده‌اند» (took them from their homes), not things taken from a house,
  «از بین بردند» (destroyed) or «بالا بردند» (raised).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.suggesting import suggest

PUB = date(2026, 11, 20)


def found(text: str, language: str = "en") -> list[tuple[str, int | None]]:
    return [
        (e.type, e.count.value if e.count else None) for e in suggest(text, published=PUB, language=language)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Partners heard of Afghan men being arrested by police in Peshawar on 11 November; numbers could "
        "not be confirmed.",
        "Police detained traders in Herat city on 12 November, though the number held could not be verified.",
    ],
)
def test_a_doubted_figure_leaves_the_event(text: str) -> None:
    assert [t for t, _ in found(text)] == ["detention"]


@pytest.mark.parametrize(
    "text",
    [
        "Reports that 20 men were arrested in Peshawar on 11 November could not be confirmed.",
        "On 11 November 20 men were arrested in Peshawar, but this could not be verified.",
        "Posts on social media claim that 20 men were arrested in Peshawar; we could not verify them.",
    ],
)
def test_a_doubted_report_still_goes(text: str) -> None:
    assert found(text) == []


def test_an_appeal_closed_by_the_main_verb() -> None:
    text = (
        "On 3 May, two cousins of the dead men who went to the district centre to press for an investigation "
        "were themselves locked up by district police for two days."
    )
    assert found(text) == [("detention", 2)]


def test_what_an_appeal_asks_for_is_still_no_report() -> None:
    text = "The elders went to the district centre on 3 May to press for the release of the men held there."
    assert found(text) == []


def test_where_he_was_kept_is_the_event_alone() -> None:
    text = "On 4 May he was told to report to the intelligence office in Herat city, where he was kept "
    text += "overnight."
    assert [t for t, _ in found(text)] == ["detention"]


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May police beat him at the district headquarters in Herat city, where he was held for three "
        "hours.",
        "On 4 May a group of relatives went to the police headquarters in Herat city to ask where the men "
        "were being held.",
    ],
)
def test_where_he_was_held_as_a_place_or_a_question(text: str) -> None:
    assert "detention" not in [t for t, _ in found(text)]


def test_dari_taken_from_their_homes() -> None:
    text = "نیروهای طالبان روز شنبه دست‌کم ۱۴ جوان را از خانه‌هایشان در ناحیه‌های غربی شهر مزار شریف برده‌اند."
    assert found(text, "fa") == [("detention", 14)]


@pytest.mark.parametrize(
    "text",
    [
        "دزدان روز شنبه تلویزیون را از خانه‌اش در شهر مزار شریف برده‌اند.",
        "دزدان روز شنبه تلویزیون را از خانه‌اش در شهر مزار شریف بردند.",
        "سیلاب روز شنبه خانه‌ها را از بین بردند.",
        "دکانداران روز شنبه قیمت نان را از ده افغانی به بیست افغانی بالا بردند.",
    ],
)
def test_dari_things_taken_or_other_verbs_of_taking(text: str) -> None:
    assert found(text, "fa") == []
