"""An order of a provincial authority is a statement of that province (issue 14, session 7): "the provincial
department of information and culture ordered the station to stop broadcasting", «ریاست اطلاعات و فرهنگ بلخ
دستور بسته شدن … را صادر کرد», Pashto «د بندولو امر وکړ»; the same words from armed men stay a threat. Every
case is written for these tests; none is taken from an answer key's articles."""

from __future__ import annotations

import pytest

from tests.events.suggesting import facts, suggest


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "روز دوشنبه ریاست اطلاعات و فرهنگ بلخ دستور بسته شدن رادیو محلی «صدای زن» را صادر کرد.",
            "fa",
            {("statement", "AF-BAL", None, None)},
        ),
        (
            "د دوشنبې په ورځ د کندهار د اطلاعاتو او کلتور ریاست د یوې محلي راډیو د بندولو امر وکړ.",
            "ps",
            {("statement", "AF-KAN", None, None)},
        ),
        (
            "On Monday the Kunduz department of information and culture ordered two radio stations to stop "
            "broadcasting music.",
            "en",
            {("statement", "AF-KDZ", None, None)},
        ),
        (
            "On Monday gunmen ordered the reporters to stop broadcasting in Khost.",
            "en",
            {("threat", "AF-KHO", None, None)},
        ),
    ],
)
def test_an_authoritys_order_is_a_statement(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


def test_a_provincial_authority_is_in_the_province_the_article_is_about() -> None:
    text = (
        "Taliban intelligence detained two reporters in Jalalabad city on 2 May, colleagues in Nangarhar "
        "said.\n\nThe next day, the provincial department of information and culture ordered their station "
        "to stop broadcasting.\n\nA rights group said a reporter had also been threatened in Kunar."
    )
    statements = [e for e in suggest(text) if e.type == "statement"]
    assert [(e.province, e.country) for e in statements] == [("AF-NAN", "AF")]
