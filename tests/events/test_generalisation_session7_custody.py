"""Deaths in custody (issue 14, session 7): someone who died in custody, in a prison or a cell was killed
where the prison is ("died in police custody on 11 January", «در بازداشتگاه … جان باخت», Pashto «په زندان
کې مړ شو»); the beating said to have caused the death is no torture of its own, the facility no detention,
and where the detainee came from ("a detainee from Parwan") is not the place. Every case is written for
these tests (English, Dari, Pashto); none is taken from an answer key's articles."""

from __future__ import annotations

import pytest

from tests.events.suggesting import facts, suggest


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "In Isfahan, an Afghan labourer died in police custody on 3 May, his brother said.",
            "en",
            {("killing", "IR", 1, "exact")},
        ),
        (
            "An Afghan farmer held by Pakistani police in Quetta died in his cell on 2 May.",
            "en",
            {("killing", "PK", 1, "exact")},
        ),
        (
            "یک زندانی دیگر روز ۱۲ ثور در بازداشتگاه استخبارات هرات جان باخت.",
            "fa",
            {("killing", "AF-HER", 1, "exact")},
        ),
        (
            "یک مهاجر افغان روز ۱۰ ثور در زندان شهر مشهد درگذشت.",
            "fa",
            {("killing", "IR", 1, "exact")},
        ),
        (
            "د ثور په ۱۲ مه یو افغان کډوال د مشهد په زندان کې مړ شو.",
            "ps",
            {("killing", "IR", 1, "exact")},
        ),
    ],
)
def test_a_death_in_custody_is_a_killing(text: str, language: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "VISIT NOTE - SARPOSA PRISON, KANDAHAR\n\n"
            "3. Deaths. A prisoner from Helmand died in the prison on 4 May after what other inmates "
            "described as a beating by guards.",
            "en",
            {("killing", "AF-KAN", 1, "exact")},
        ),
        (
            "گزارش بازدید از زندان بادام باغ، کابل\n\n"
            "یک زندانی اهل پروان روز ۴ ثور پس از لت و کوب از سوی نگهبانان در زندان جان باخت.",
            "fa",
            {("killing", "AF-KAB", 1, "exact")},
        ),
    ],
)
def test_the_beating_before_a_death_in_custody_is_its_cause(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


def test_a_beating_and_a_later_death_told_apart_are_two_events() -> None:
    # near miss: the beating is an incident of its own, dated apart from the death
    text = (
        "Guards beat two prisoners in Pul-e Charkhi prison in Kabul on 2 May. "
        "One of them died in the prison on 9 May."
    )
    assert {e.type for e in suggest(text)} >= {"torture", "killing"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Four men in Herat city suffered torture in detention in May, the commission said.",
            "en",
            {("torture", "AF-HER", 4, "exact")},
        ),
        (
            "| ولایت | نوع رویداد | شمار | زمان |\n"
            "|---|---|---|---|\n"
            "| هرات | لت و کوب در بازداشت | ۶ | ماه جوزا |\n",
            "fa",
            {("torture", "AF-HER", 6, "exact")},
        ),
        (
            "| Province | Incident | Number | When |\n"
            "|---|---|---|---|\n"
            "| Balkh | Ill-treatment in custody | 5 | April |\n",
            "en",
            {("torture", "AF-BAL", 5, "exact")},
        ),
    ],
)
def test_torture_in_detention_is_no_detention_besides(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected
