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
