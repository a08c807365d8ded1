"""A court's order of a punishment carried out is the punishment, not a statement (issue 14, session 7):
"ordered the flogging of two women …; the flogging was carried out … the next day", «… دستور … را صادر کرد
و این حکم روز بعد … اجرا شد», Pashto «… حکم … پلي شو». Every case is written for these tests; none is
taken from an answer key's articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.suggesting import suggest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On 6 May the judge in Ghazni city also ordered the flogging of three men accused of theft; the "
            "sentence was carried out in the city's stadium the next day.",
            "en",
        ),
        (
            "روز ۱۷ ثور محکمه شهر غزنی دستور شلاق زدن سه مرد را صادر کرد و این حکم روز بعد در ورزشگاه شهر "
            "اجرا شد.",
            "fa",
        ),
        (
            "د ثور په ۱۷ مه د غزني ښار محکمې د دریو سړیو د دورو وهلو حکم وکړ او حکم بله ورځ د ښار په لوبغالي "
            "کې پلي شو.",
            "ps",
        ),
    ],
)
def test_an_order_carried_out_is_the_punishment(text: str, language: str) -> None:
    events = suggest(text, language)
    assert [(e.type, e.province, e.count.value if e.count else None) for e in events] == [
        ("torture", "AF-GHA", 3)
    ]
    assert events[0].date_start == date(2024, 5, 7)


def test_an_order_not_yet_carried_out_is_a_statement() -> None:
    # near miss: the order alone, with nothing carried out, is the court's statement
    text = "On 6 May the judge in Ghazni city ordered that all shops close during prayer times."
    assert [e.type for e in suggest(text)] == ["statement"]
