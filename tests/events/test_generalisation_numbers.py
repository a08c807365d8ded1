"""Counts as a careful researcher records them (bench/evidence/README.md, rule 6), in wordings of our own:
hundreds and thousands in Dari and Pashto words and mixed with digits, halves, vague round numbers, a
Pashto "more than" after the number, ordinals as one more person, a family's size, possessives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.events.numbers import Count, find_counts, parse_count
from desktop.events.suggesting.who.counting import people_counts
from tests.events.suggesting import facts, suggest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("دوه زره کډوال", Count(2000)),
        ("درې سوه کسان", Count(300)),
        ("پنځه زره افغانان", Count(5000)),
        ("شل زره کډوال", Count(20000)),
        ("شپږ سوه او پنځوس کسان", Count(650)),
        ("یو سل کسان", Count(100)),
        ("دوه نیم زره کډوال", Count(2500)),
        ("2 زره کډوال", Count(2000)),
        ("۴ زره کډوال", Count(4000)),
        ("سه هزار مهاجر", Count(3000)),
        ("دو صد تن", Count(200)),
        ("یک‌ونیم هزار مهاجر", Count(1500)),
        ("یک و نیم هزار مهاجر", Count(1500)),
        ("۳ هزار مهاجر", Count(3000)),
        ("two thousand people", Count(2000)),
        ("one and a half million people", Count(1_500_000)),
        ("1.5 million people", Count(1_500_000)),
        ("two hundred and fifty families", Count(250)),
        ("half a dozen men", Count(6, "about")),
        ("a dozen men", Count(12, "about")),
    ],
)
def test_number_words_with_hundreds_and_thousands(text: str, expected: Count) -> None:
    assert parse_count(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("له دوه زره ډېر افغان کډوال", Count(2000, "at least")),
        ("له پنځه سوه زیات کسان", Count(500, "at least")),
        ("تر درې سوه ډېر کسان", Count(300, "at least")),
        ("20 or more people", Count(20, "at least")),
        ("بیش از سه هزار مهاجر", Count(3000, "at least")),
        ("نږدې دوه زره کډوال", Count(2000, "about")),
    ],
)
def test_a_qualifier_before_or_after_the_number(text: str, expected: Count) -> None:
    assert parse_count(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "several hundred people were deported",
        "a few hundred families",
        "چند صد مهاجر",
        "چندین هزار مهاجر",
        "څو زره کډوال",
        "زما زره ډېر خفه دی",  # "heart", not a thousand
        "زر به راشي",  # "soon"
        "نیم ساعت وروسته",  # half an hour
        "half the men",
    ],
)
def test_round_numbers_no_one_counted_and_lookalikes_give_no_count(text: str) -> None:
    assert find_counts(text) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("پاکستان پرون د تورخم له لارې له دوه زره ډېر افغان کډوال په زور بېرته واستول.", "ps",
         {("deportation", "PK", 2000, "at least")}),
        ("ایراني پولیسو پنځه سوه افغان کارګران له مشهد څخه بېرته افغانستان ته وشړل.", "ps",
         {("deportation", "IR", 500, "exact")}),
        ("پولیس ایران سه هزار مهاجر افغان را از طریق اسلام قلعه اخراج کرد.", "fa",
         {("deportation", "IR", 3000, "exact")}),
        ("Pakistani police deported two thousand Afghans through Torkham.", "en",
         {("deportation", "PK", 2000, "exact")}),
    ],
)  # fmt: skip
def test_thousands_count_the_event(text: str, language: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Four men were detained in Kunduz on Monday. A fifth man was held in Kunduz the next day.", "en"),
        ("Three journalists were arrested in Herat. A sixth detainee was arrested in Herat on Friday.", "en"),
        ("چهار تن در فیض‌آباد بازداشت شدند. مرد پنجمی دو روز بعد در فیض‌آباد بازداشت شد.", "fa"),
        ("سه تن در هرات بازداشت شدند. نفر چهارم روز جمعه در هرات بازداشت شد.", "fa"),
        ("په لښکرګاه کې څلور ځوانان ونیول شول. پنځم سړی د پنجشنبې په ورځ په لښکرګاه کې ونیول شو.", "ps"),
    ],
)
def test_an_ordinal_person_is_one_more_person(text: str, language: str) -> None:
    counts = sorted(e.count.value for e in suggest(text, language) if e.count)
    assert counts[0] == 1 and len(counts) == 2


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Earlier this month, a lecturer at Nangarhar University was detained in Jalalabad.", 1),
        ("On 2 May my client was beaten with cables during interrogation in Herat.", 1),
        ("Our son was detained at a checkpoint in Kunduz on 3 May.", 1),
        ("A professor and a poet were detained in Herat on Friday.", 2),
        ("The family of three fled Taloqan on 9 May after the threats.", 3),
        ("A family of five fled Kunduz on 9 May.", 5),
        ("پرون د مرورې ولسوالۍ دوه ښوونکي په کونړ کې د طالبانو لخوا ونیول شول.", 2),
    ],
)
def test_people_named_by_occupation_possessive_or_family_size(text: str, count: int) -> None:
    language = "en" if text.isascii() else "ps"
    assert [e.count.value if e.count else None for e in suggest(text, language)][:1] == [count]


def test_a_count_inside_by_whom_is_who_acted() -> None:
    text = "په کونړ کې یو ښوونکی د دوو وسله والو لخوا ووژل شو."
    assert [e.count.value if e.count else None for e in suggest(text, "ps")] == [1]


_PIECES = st.sampled_from(
    ["دوه", "زره", "سوه", "نیم", "و", "او", "یک", "هزار", "صد", "۳", "2", ",", ".", "1.5", "million", "half",
     "a", "and", "dozen", "several", "hundred", "له", "ډېر", "or more", "٫", "۰", "9" * 30, " ", "\u200c"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=30))
def test_malformed_numbers_never_raise(parts: list[str]) -> None:
    text = " ".join(parts)
    for found in find_counts(text):
        assert 0 <= found.start <= found.end <= len(text)
        assert found.count.value >= 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2.300 migrants", Count(2300)),  # a thousands separator, not 2.3
        ("۲٬۳۰۰ مهاجر", Count(2300)),
        ("لسګونه کسان", Count(20, "at least")),  # Pashto "tens": dozens
        ("په سلګونو کډوال", Count(200, "at least")),
        ("زرگونه کډوال", Count(2000, "at least")),
        ("detained: Herat, 12, Kabul, 3", Count(12)),
    ],
)
def test_separators_and_pashto_plural_round_numbers(text: str, expected: Count) -> None:
    assert parse_count(text) == expected


@pytest.mark.parametrize(
    "text",
    ["یک پسر ۱۵ ساله", "یو ۱۵ کلن هلک", "the boy, 15, was taken", "Abdul Rahim, 45, served", "پسرش، ۱۵، در"],
)
def test_ages_are_no_counts(text: str) -> None:
    assert find_counts(text) == []


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("Nine men and two women were detained in Herat on Monday.", "en", 11),
        ("At least nine men and two women were detained in Herat on Monday.", "en", 11),
        ("Two teachers and a student were arrested in Kunduz on Monday.", "en", 3),
        ("سه مرد و دو زن روز دوشنبه در هرات بازداشت شدند.", "fa", 5),
        ("Fifteen of the 40 detainees were beaten in Pul-e-Charkhi prison in Kabul.", "en", 15),
        ("Both men were detained in Herat on Monday.", "en", 2),
        ("A married couple were detained in Herat on Monday.", "en", 2),
        ("پنځه تنه، چې یو یې ماشوم و، په کابل کې ووژل شول.", "ps", 5),
        ("Twelve Afghans, aged between 18 and 25, were deported from Iran on Friday.", "en", 12),
    ],
)
def test_people_joined_by_and_parts_wholes_and_pairs(text: str, language: str, count: int) -> None:
    counts = [e.count.value for e in suggest(text, language) if e.count]
    assert counts[:1] == [count]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("five in Rustaq and three in Farkhar were detained", [5, 3]),  # a breakdown by place, not summed
        ("two were killed and three were wounded", [2, 3]),
        ("پنج تن در رستاق و سه تن در فرخار بازداشت شدند", [5, 3]),
    ],
)
def test_a_breakdown_is_not_summed(text: str, values: list[int]) -> None:
    assert [c.count.value for c in people_counts(text, find_counts(text))] == values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("له دوو زرو ډېر کډوال", Count(2000, "at least")),
        ("د پنځو سوو کډوالو", Count(500)),
        ("له درېیو سوو زیات کسان", Count(300, "at least")),
        ("د لسو کسانو", Count(10)),
        ("شلو تنو", Count(20)),
    ],
)
def test_pashto_oblique_numbers(text: str, expected: Count) -> None:
    assert parse_count(text) == expected


@pytest.mark.parametrize("text", ["دوو ورځو وروسته", "درې میاشتې", "پنځه کاله", "اوو کې"])
def test_pashto_durations_are_no_counts(text: str) -> None:
    assert find_counts(text) == []


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("سه روز بعد، مردان مسلح پدرم را در چغچران لت و کوب کردند.", "fa", 1),
        ("زما ورور د دوشنبې په ورځ په هرات کې ونیول شو.", "ps", 1),
        ("پدرم و برادرم روز دوشنبه در هرات بازداشت شدند.", "fa", 2),
        ("یک سرباز پیشین و برادرش در هرات بازداشت شدند.", "fa", 2),
        ("One former soldier and his brother were detained in Herat.", "en", 2),
        ("یک مرد و یک زن در هرات بازداشت شدند.", "fa", 2),
    ],
)
def test_relatives_named_with_a_possessive(text: str, language: str, count: int) -> None:
    assert [e.count.value if e.count else None for e in suggest(text, language)][:1] == [count]
