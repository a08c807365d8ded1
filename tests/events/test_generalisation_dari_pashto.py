"""Dari and Pashto wordings of classes seen on unseen text (issue 14): people named by a participle inside a
trigger («ناپدیدشدگان»), topics of a meeting, the motive of a killing, negation after the event word, claims
nobody confirmed, "because of" before a real event, social media as a cause, the title's province."""

from __future__ import annotations

import pytest

from tests.events.suggesting import facts, suggest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "انجمن خانواده‌های ناپدیدشدگان بار دیگر از مقامات طالبان می‌خواهد که سرنوشت و محل نگهداری "
            "عزیزان ما را روشن کنند.",
            "fa",
        ),
        (
            "در نشست روز پنجشنبه انجمن، موضوعاتی چون ناپدیدسازی قهری، بازداشت خودسرانه و شکنجه در زندان‌ها "
            "بررسی شد.",
            "fa",
        ),
        ("په پکتیا کې د لیندۍ په میاشت کې د وژنې کومه پېښه نه ده ثبت شوې.", "ps"),
        ("مردم می‌گویند او را به زندان هرات برده‌اند، اما هیچ کس این را تأیید نکرده است.", "fa"),
        ("Relatives say he was taken to a prison in Herat, but no one has confirmed this.", "en"),
    ],
)
def test_no_event_is_reported(text: str, language: str) -> None:
    assert suggest(text, language) == []


def test_the_motive_of_a_killing_is_no_second_killing() -> None:
    text = "جسد یک کارگر روز دوشنبه در شهر هرات پیدا شد. خانواده‌اش می‌گویند از انگیزه قتل او آگاهی ندارند."
    assert facts(suggest(text, "fa")) == {("killing", "AF-HER", 1, "exact")}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "طالبان پدرم را به خاطر شکایتش به ولسوالی چغچران لت و کوب کردند.",
            "fa",
            ("torture", "AF-GHO"),
        ),
        (
            "په لښکرګاه کې تېره اونۍ څلور ځوانان د ټولنیزو رسنیو د یوې ویډیو له امله ونیول شول.",
            "ps",
            ("detention", "AF-HEL"),
        ),
    ],
)
def test_a_reason_given_for_an_event_does_not_hide_it(
    text: str, language: str, expected: tuple[str, str]
) -> None:
    assert [(e.type, e.province) for e in suggest(text, language)] == [expected]


def test_the_title_places_an_interview_about_one_province() -> None:
    text = (
        "یادداشت مصاحبه – خواهر یک مرد ناپدیدشده، ولایت غور\n\n"
        "س: بعد چه شد؟\n"
        "ج: در ماه ثور از ترس جان به هرات فرار کردیم.\n"
    )
    assert [(e.type, e.province) for e in suggest(text, "fa") if e.type == "flight"] == [("flight", "AF-GHO")]
