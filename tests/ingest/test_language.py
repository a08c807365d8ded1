"""Language and direction: what decides how an article is laid out and searched."""

from __future__ import annotations

import pytest

from desktop.ingest.language import detect


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Taliban have detained 15 former soldiers in seven provinces.", ("en", "ltr")),
        ("طالبان پنج سرباز پیشین را در ولایت تخار بازداشت کرده‌اند.", ("fa", "rtl")),
        ("طالبانو د تخار په ولایت کې پنځه پخواني سرتیري نیولي دي.", ("ps", "rtl")),
        ("طالبان نے تخار صوبے میں پانچ سابق فوجیوں کو گرفتار کر لیا ہے۔", ("ur", "rtl")),
        ("اعتقلت حركة طالبان خمسة جنود سابقين في ولاية تخار.", ("ar", "rtl")),
        ("Les talibans ont arrêté cinq anciens soldats.", ("", "ltr")),
        ("12345 — 67", ("", "ltr")),
    ],
)
def test_language_and_direction(text: str, expected: tuple[str, str]) -> None:
    assert detect(text) == expected


def test_english_quote_in_persian_article_stays_persian() -> None:
    text = "گزارش سازمان ملل (UN report) می‌گوید که طالبان سربازان پیشین را اعدام کرده‌اند."
    assert detect(text) == ("fa", "rtl")
