"""People setting off abroad in an article about returns and deportations flee (issue 14, session 7):
"at least 60 people … leaving for Iran on foot", "had left Chahar Burjak district with a smuggler",
«پیاده راهی ایران شدند», «ایران ته روان شول»; a delegation leaving for Kabul in an article with no events
is not flight. Every case is written for these tests; none is taken from an answer key's articles."""

from __future__ import annotations

import pytest

from tests.events.suggesting import facts, suggest


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Iranian police deported 900 people on Monday. Monitors in Kohsan district counted at least 45 "
            "people, most of them boys, leaving for Iran on foot.",
            "en",
            {("deportation", "IR", 900, "exact"), ("flight", "AF-HER", 45, "at least")},
        ),
        (
            "Iranian police deported 900 people on Monday. A group of about thirty young men from Zaranj had "
            "left Kang district with a smuggler on Sunday.",
            "en",
            {("deportation", "IR", 900, "exact"), ("flight", "AF-NIM", 30, "about")},
        ),
        (
            "پولیس ایران روز دوشنبه ۹۰۰ تن را اخراج کرد. روز سه‌شنبه دست‌کم ۵۰ جوان از ولسوالی غوریان پیاده "
            "راهی ایران شدند.",
            "fa",
            {("deportation", "IR", 900, "exact"), ("flight", "AF-HER", 50, "at least")},
        ),
        (
            "ایراني پولیسو د دوشنبې په ورځ ۹۰۰ کسان وشړل. د سه شنبې په ورځ لږ تر لږه ۵۰ ځوانان له غوریان "
            "ولسوالۍ څخه پلي ایران ته روان شول.",
            "ps",
            {("deportation", "IR", 900, "exact"), ("flight", "AF-HER", 50, "at least")},
        ),
        ("The delegation, leaving for Kabul on Monday, met elders in Herat.", "en", set()),
    ],
)
def test_setting_off_abroad_is_flight(text: str, language: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, language)) == expected
