"""Statements of heldout-10's classes (issue 14, session 7), in wordings written for these tests (none
taken from an answer key's articles): the people an authority met («با بزرگان قومی», "with tribal elders",
«له قومي مشرانو سره») are not who made its statement."""

from __future__ import annotations

import pytest

from tests.events.suggesting import facts, suggest


@pytest.mark.parametrize(
    ("text", "language", "province"),
    [
        (
            "والی زابل روز شنبه در یک نشست با بزرگان قومی اعلام کرد که هیچ زنی حق کار در مؤسسات غیردولتی را "
            "ندارد.",
            "fa",
            "AF-ZAB",
        ),
        (
            "On Saturday the governor of Ghazni, in a meeting with tribal elders, announced that women may "
            "no longer work for NGOs in the province.",
            "en",
            "AF-GHA",
        ),
        (
            "د کندهار والي د شنبې په ورځ له قومي مشرانو سره په یوه غونډه کې اعلان وکړ چې ښځې به په موسسو کې "
            "کار نه کوي.",
            "ps",
            "AF-KAN",
        ),
    ],
)
def test_an_authority_meeting_elders_makes_a_statement(text: str, language: str, province: str) -> None:
    assert facts(suggest(text, language)) == {("statement", province, None, None)}
