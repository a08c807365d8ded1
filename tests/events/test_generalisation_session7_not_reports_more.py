"""Detentions, killings and torture that are no reports (issue 14, session 7): told of an era before the
present one ("During the republic, …", «در دوران جمهوریت», «د جمهوریت پر مهال»; not "men who had served
under the former government were detained"), denied in Pashto («رد کړه چې …»), feared in Pashto («د نیولو او
شکنجې له خطر سره به مخ شي»), or unconfirmed in Dari written solid («گزارش‌های تأییدنشده»). Every case is
written for these tests (English, Dari, Pashto); none is taken from an answer key's articles."""

from __future__ import annotations

import pytest

from tests.events.suggesting import facts, suggest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("During the republic, thousands of people were detained in Herat without trial.", "en"),
        ("Under the former government, dozens of prisoners were tortured in Pul-e-Charkhi.", "en"),
        ("در دوران جمهوریت هزاران تن در هرات بدون محاکمه زندانی شدند.", "fa"),
        ("در زمان حکومت پیشین ده‌ها زندانی در هرات شکنجه شدند.", "fa"),
        ("د جمهوریت پر مهال په هرات کې زرګونه کسان بندي شول.", "ps"),
        ("طالبانو رد کړه چې په هرات کې څوک شکنجه شوي وي.", "ps"),
        ("چارواکو رد کړه چې په کندهار کې کوم پخوانی سرتیری وژل شوی دی.", "ps"),
        ("که بېرته هرات ته ولېږل شي، د نیولو او شکنجې له خطر سره به مخ شي.", "ps"),
        ("گزارش‌های تأییدنشده حاکی است که ده تن در هرات کشته شده‌اند.", "fa"),
    ],
)
def test_no_report(text: str, language: str) -> None:
    assert facts(suggest(text, language)) == set()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Two men who had served under the former government were detained in Herat.",
            "en",
            {("detention", "AF-HER", 2, "exact")},
        ),
        (
            "دو افسر که در دوران جمهوریت خدمت کرده بودند، در هرات بازداشت شدند.",
            "fa",
            {("detention", "AF-HER", 2, "exact")},
        ),
        (
            "د جمهوریت دوه پخواني سرتیري د غویي په ۱۳ مه په هرات کې ونیول شول.",
            "ps",
            {("detention", "AF-HER", 2, "exact")},
        ),
    ],
)
def test_people_of_an_era_are_still_reported(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Torture is prohibited under international law, the statement recalled.", "en"),
        ("The killing of civilians constitutes a war crime, the report noted.", "en"),
        ("The report describes patterns of detention, torture and extrajudicial killing in Herat.", "en"),
        ("Experts say enforced disappearances and killings have created a climate of fear in Herat.", "en"),
        (
            "Journalists who criticise the authorities are routinely detained and beaten, the group said.",
            "en",
        ),
        ("مدافعان حقوق بشر در هرات همواره در ترس از بازداشت زندگی می‌کنند.", "fa"),
        ("شکنجه بر اساس قوانین بین‌المللی ممنوع است.", "fa"),
        ("کمیسیون ادعاهای شکنجه در زندان هرات را بررسی خواهد کرد.", "fa"),
        ("این گزارش الگوهای بازداشت، شکنجه و قتل‌های فراقضایی را در هرات شرح می‌دهد.", "fa"),
        ("خبرنگارانی که از مقامات انتقاد می‌کنند، معمولاً بازداشت و لت و کوب می‌شوند.", "fa"),
        ("شکنجه د نړیوالو قوانینو له مخې منع ده.", "ps"),
        ("هغه خبریالان چې له چارواکو نیوکه کوي، معمولاً نیول کېږي او وهل کېږي.", "ps"),
        ("کمیسیون به په هرات زندان کې د شکنجې تورونه وڅېړي.", "ps"),
    ],
)
def test_a_kind_of_event_the_law_or_a_habit_is_no_incident(text: str, language: str) -> None:
    assert facts(suggest(text, language)) == set()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Two journalists were often beaten in Herat prison in May, one of them said.",
            "en",
            {("torture", "AF-HER", 2, "exact")},
        ),
        (
            "The Taliban detained three activists in Herat on 3 May, in what rights groups called a "
            "pattern of repression.",
            "en",
            {("detention", "AF-HER", 3, "exact")},
        ),
    ],
)
def test_an_incident_told_with_such_words_is_still_reported(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A former torture victim now works as a teacher in Herat.", "en"),
        ("The assassination attempt on a Taliban official in Herat failed on 3 May; no one was hurt.", "en"),
        ("د غویي په ۱۳ مه په هرات کې دوه ښځې د محکمې له خوا په اعدام محکومې شوې.", "ps"),
        ("دو زن روز ۱۳ ثور از سوی دادگاهی در هرات به اعدام محکوم شدند.", "fa"),
    ],
)
def test_victims_attempts_and_sentences_are_no_incident(text: str, language: str) -> None:
    assert facts(suggest(text, language)) == set()


def test_an_attempt_to_flee_before_a_killing_is_no_attempted_killing() -> None:
    text = "A former soldier who attempted to flee was shot dead in Herat on 3 May."
    assert facts(suggest(text)) == {("killing", "AF-HER", 1, "exact")}
