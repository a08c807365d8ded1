""" "In the same period" is the period stated before (issue 14, session 7): a snapshot's "New displacement
from 1 to 15 May … Returns: in the same period, 2,400 people deported by Iran", «در همین مدت», Pashto «په
همدې موده کې». Every case is written for these tests; none is taken from an answer key's articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.suggesting import suggest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Monitors counted new arrivals between 3 and 16 April 2024.\n\n"
            "In the same period, 1,100 people deported by Pakistan crossed at Torkham.",
            "en",
        ),
        (
            "ناظران از ۳ تا ۱۶ اپریل ۲۰۲۴ ورودی‌های تازه را شمارش کردند.\n\n"
            "در همین مدت، ۱۱۰۰ تن از سوی پاکستان از طریق تورخم اخراج شدند.",
            "fa",
        ),
        (
            "څارونکو د ۱۴۰۳ کال د وري له ۱۵ مې څخه تر ۲۸ مې پورې نوي راغلي کسان وشمېرل.\n\n"
            "په همدې موده کې پاکستان ۱۱۰۰ تنه د تورخم له لارې اخراج کړل.",
            "ps",
        ),
    ],
)
def test_the_same_period_is_the_period_before(text: str, language: str) -> None:
    events = [e for e in suggest(text, language) if e.type == "deportation"]
    assert [(e.country, e.date_start, e.date_end) for e in events] == [
        ("PK", date(2024, 4, 3), date(2024, 4, 16))
    ]
