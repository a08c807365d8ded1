"""People warned by an authority are threatened (issue 14, session 7): "were warned by intelligence
officers on …", «از سوی استخبارات هشدار گرفتند», Pashto «… خبرداری ورکړل شو». Every case is written for
these tests (English, Dari, Pashto); none is taken from an answer key's articles."""

from __future__ import annotations

import pytest

from tests.events.suggesting import facts, suggest


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Three reporters of a local radio station were warned by Taliban intelligence in Kunduz city on "
            "4 May that they would be arrested if they covered the protest.",
            "en",
            {("threat", "AF-KDZ", 3, "exact")},
        ),
        (
            "A woman teacher in Jalalabad was warned by the district police chief on 6 May to close her "
            "home school.",
            "en",
            {("threat", "AF-NAN", 1, "exact")},
        ),
        (
            "دو وکیل مدافع روز ۱۵ ثور در شهر پلخمری از سوی استخبارات هشدار گرفتند که پرونده را رها کنند.",
            "fa",
            {("threat", "AF-BGL", 2, "exact")},
        ),
        (
            "د ثور په ۱۵ مه په جلال اباد ښار کې درېیو خبریالانو ته د استخباراتو له خوا خبرداری ورکړل شو.",
            "ps",
            {("threat", "AF-NAN", 3, "exact")},
        ),
    ],
)
def test_people_warned_by_an_authority_are_threatened(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert expected <= facts(suggest(text, language))


def test_an_observer_warning_of_a_risk_is_no_threat() -> None:
    # near miss: an observer "warned that" arrests may follow: no one was threatened
    text = "On 4 May UNAMA warned that journalists in Kunduz could face arrest."
    assert "threat" not in {e.type for e in suggest(text)}


def test_a_warning_received_before_is_background() -> None:
    # near miss: «پیش‌تر … اخطار گرفته بود» (had been warned before) tells no incident of its own
    text = "این رادیو پیش‌تر به دلیل پخش موسیقی اخطار گرفته بود."
    assert "threat" not in {e.type for e in suggest(text, "fa")}
