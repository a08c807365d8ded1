"""Orders and deportations on unseen wordings (issue 14, session 7): deadlines told by ministers as
statements of their country, foreign authorities' words, people beaten before their expulsion, one deportation
through two crossings, who the deported were. Every case is written for these tests (English, Dari, Pashto);
none is taken from an answer key's articles."""

from __future__ import annotations

import pytest

from tests.events.suggesting import facts, suggest

# 5. A deadline or an order told by a minister or a ministry is a statement of that country ("have until 20
#    March to leave … or face arrest": no threat, no flight, no detention); "The ministry announced …" with no
#    country named is the ministry of the country the article opens with; "as announced" makes none.


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "On Sunday, Pakistan's interior minister told reporters that Afghans without visas have until 31 "
            "October to leave the country or face arrest and deportation.",
            "en",
            {("statement", "PK", None, None)},
        ),
        (
            "Tajikistan's government gave Afghan refugees in Vahdat two weeks to leave the country.",
            "en",
            {("statement", "TJ", None, None)},
        ),
        (
            "Pakistan: Afghans in Karachi face deadline\n\nPolice in Karachi detained 40 Afghans on "
            "Monday.\n\n"
            "The ministry announced on 1 March that the cards would no longer be renewed and that their "
            "holders had to leave the country or face removal.",
            "en",
            {("detention", "PK", 40, "exact"), ("statement", "PK", None, None)},
        ),
        (
            "روز سه‌شنبه، وزیر داخله ایران به تلویزیون دولتی گفت که مهاجران افغان فاقد مدرک تا ۳۰ حوت مهلت "
            "دارند کشور را ترک کنند، در غیر آن بازداشت و اخراج خواهند شد.",
            "fa",
            {("statement", "IR", None, None)},
        ),
        (
            "د پاکستان د کورنیو چارو وزارت د دوشنبې په ورځ وویل چې بې اسنادو افغانانو ته یې د جون تر ۳۰مې "
            "مهلت ورکړی دی.",
            "ps",
            {("statement", "PK", None, None)},
        ),
    ],
)
def test_a_deadline_told_by_a_minister_is_a_statement(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


def test_a_plan_as_announced_is_no_statement() -> None:
    text = "If the second phase begins in June as announced, up to 500,000 more Afghans could be expelled."
    assert suggest(text) == []


# 8. Guards who beat people they counted "before expelling them" deported those people too, even after a
#    month's deportations were told; "held … before deportation" of people not counted there stays a mention.

_MONTH_EN = "More than 40,000 Afghans were deported from Iran in April.\n\n"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            _MONTH_EN + "On Tuesday, Iranian border guards beat about 60 migrants with batons in a camp near "
            "Dogharoun before deporting them.",
            "en",
        ),
        (
            "در ماه حمل بیش از چهل هزار مهاجر افغان از ایران اخراج شدند.\n\nروز سه‌شنبه، مرزبانان ایرانی "
            "حدود ۶۰ مهاجر را پیش از اخراج در اردوگاهی با باتوم لت‌وکوب کردند.",
            "fa",
        ),
        (
            "په تېره میاشت کې له ایرانه څلوېښت زره افغانان وشړل شول.\n\nد سه شنبې په ورځ ایراني پولیسو "
            "شاوخوا ۶۰ کډوال له اخراج مخکې په یوه کمپ کې ووهل.",
            "ps",
        ),
    ],
)
def test_people_beaten_before_their_expulsion_were_deported(text: str, language: str) -> None:
    found = {(e.type, e.count.value if e.count else None) for e in suggest(text, language)}
    assert {("torture", 60), ("deportation", 60)} <= found


def test_held_before_deportation_of_those_told_is_a_mention() -> None:
    text = _MONTH_EN + "On Tuesday, Iranian police held the deportees for a week before deportation."
    assert [e.type for e in suggest(text)] == ["deportation"]


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        (
            "روز دوشنبه جسد یک سرباز پیشین در شهر شبرغان پیدا شد. مقام‌های ایرانی اعلام کردند که مهاجران "
            "افغان فاقد مدرک تا پایان ماه آبان فرصت دارند خاک این کشور را ترک کنند.",
            "fa",
            "IR",
        ),
        (
            "On Monday the body of a former soldier was found in Sheberghan. Pakistani officials announced "
            "that undocumented Afghans had until 31 October to leave the country.",
            "en",
            "PK",
        ),
    ],
)
def test_a_foreign_authority_s_statement_is_not_placed_at_the_incident_before(
    text: str, language: str, country: str
) -> None:
    said = [e for e in suggest(text, language) if e.type == "statement"]
    assert [(e.province, e.country) for e in said] == [(None, country)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Iran deported more than 1,200 Afghans through Islam Qala on Monday. Most of them were young men "
            "who had been arrested at construction sites in Tehran and Isfahan and held in camps for weeks.",
            "en",
        ),
        (
            "Pakistan forcibly returned about 900 Afghans on Sunday. Many of them were labourers who "
            "had been picked up in raids in Karachi.",
            "en",
        ),
    ],
)
def test_who_the_deported_were_is_no_new_detention(text: str, language: str) -> None:
    assert {e.type for e in suggest(text, language)} == {"deportation"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Pakistani authorities forcibly returned more than 2,300 Afghans through the Torkham and Chaman "
            "crossings over the weekend.",
            "en",
            {("deportation", "PK", 2300, "at least")},
        ),
        (
            "مقامات ایرانی روز شنبه حدود ۱۵۰۰ مهاجر افغان را از طریق گذرگاه‌های اسلام قلعه و میلک "
            "اخراج کردند.",
            "fa",
            {("deportation", "IR", 1500, "about")},
        ),
        (
            "پاکستان تېره اونۍ د تورخم او سپین بولدک له لارې لږ تر لږه دوه زره افغان کډوال په زور بېرته "
            "افغانستان ته ولېږل.",
            "ps",
            {("deportation", "PK", 2000, "at least")},
        ),
    ],
)
def test_one_deportation_through_two_crossings_keeps_its_count(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        ("Tajik authorities gave 40 Afghan families in Vahdat ten days to leave the country.", "en", "TJ"),
        (
            "مقامات ایرانی به خانواده‌های مهاجر افغان در مشهد ده روز مهلت دادند که کشور را ترک کنند.",
            "fa",
            "IR",
        ),
    ],
)
def test_an_authority_that_gives_families_days_to_leave_makes_a_statement(
    text: str, language: str, country: str
) -> None:
    assert [(e.type, e.country) for e in suggest(text, language)] == [("statement", country)]
