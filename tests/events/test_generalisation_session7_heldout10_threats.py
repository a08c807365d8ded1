"""Threats of heldout-10's classes (issue 14, session 7), in wordings written for these tests (none taken
from an answer key's articles): a threat told as a condition ("told … would be burned if …", «گفت اگر …،
… بازداشت می‌کنند», «وویل چې که …، … ونیول به شي») is a threat, and the harm it names was not done;
Pashto «ګواښ کړی» (has threatened) is a threat made, not «کړي» (may do)."""

from __future__ import annotations

import pytest

from tests.events.suggesting import facts, suggest


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "On Tuesday two armed men came to our house in Logar and told our mother that the house would be "
            "burned if the family continued to complain.",
            "en",
            {("threat", "AF-LOG", None, None)},
        ),
        (
            "The editor of a radio station in Jalalabad was summoned on 3 July and told the station would be "
            "closed if female voices were aired again.",
            "en",
            {("threat", "AF-NAN", 1, "exact")},
        ),
        (
            "A Taliban commander told the teachers in Ghazni that they would be arrested if they opened the "
            "school.",
            "en",
            {("threat", "AF-GHA", None, None)},
        ),
        (
            "هنگام رهایی در بامیان، مسئول زندان به من گفت اگر با رسانه‌ها صحبت کنم، خانواده‌ام را هم بازداشت "
            "می‌کنند.",
            "fa",
            {("threat", "AF-BAM", None, None)},
        ),
        (
            "روز شنبه فرمانده طالبان در غزنی به معلمان گفتند که اگر مکتب را باز کنند، بازداشت خواهند شد.",
            "fa",
            {("threat", "AF-GHA", None, None)},
        ),
        (
            "طالبانو په خوست کې دوو ښوونکو ته وویل چې که ښوونځی پرانیزي، نو ونیول به شي.",
            "ps",
            {("threat", "AF-KHO", 2, "exact")},
        ),
        ("په پکتیا کې دوو ښوونکو ته طالبانو ګواښ کړی.", "ps", {("threat", "AF-PIA", 2, "exact")}),
        (
            "د کندز درې خبریالانو ته استخباراتو تهدید کړی چې راپورونه ودروي.",
            "ps",
            {("threat", "AF-KDZ", 3, "exact")},
        ),
    ],
)
def test_a_threat_told_as_a_condition(text: str, language: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The spokesman told reporters in Kabul that the road would be repaired if funds arrived.", "en"),
        ("سخنگو در کابل گفت اگر باران نبارد، مردم گرسنه می‌مانند.", "fa"),
    ],
)
def test_a_condition_naming_no_harm_is_no_threat(text: str, language: str) -> None:
    assert suggest(text, language) == []
