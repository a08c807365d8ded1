"""Numbers and dates as the interface language writes them: Persian digits when chosen, and the
Solar Hijri day beside a Gregorian date in Dari and Pashto (Afghan month names)."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtGui import QGuiApplication

from desktop.events.dates.calendars import gregorian_to_solar
from desktop.ui.common import language

SOLAR_MONTHS = (  # the Afghan (Dari) names of the Solar Hijri months, Hamal first
    QT_TRANSLATE_NOOP("SolarMonth", "Hamal"), QT_TRANSLATE_NOOP("SolarMonth", "Sawr"),
    QT_TRANSLATE_NOOP("SolarMonth", "Jawza"), QT_TRANSLATE_NOOP("SolarMonth", "Saratan"),
    QT_TRANSLATE_NOOP("SolarMonth", "Asad"), QT_TRANSLATE_NOOP("SolarMonth", "Sunbula"),
    QT_TRANSLATE_NOOP("SolarMonth", "Mizan"), QT_TRANSLATE_NOOP("SolarMonth", "Aqrab"),
    QT_TRANSLATE_NOOP("SolarMonth", "Qaws"), QT_TRANSLATE_NOOP("SolarMonth", "Jadi"),
    QT_TRANSLATE_NOOP("SolarMonth", "Dalw"), QT_TRANSLATE_NOOP("SolarMonth", "Hut"),
)  # fmt: skip
# The languages the importer tells apart (desktop/ingest/language.py), and a few a citation may name.
ARTICLE_LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("ArticleLanguage", "English"),
    "fa": QT_TRANSLATE_NOOP("ArticleLanguage", "Dari/Persian"),
    "prs": QT_TRANSLATE_NOOP("ArticleLanguage", "Dari"),
    "ps": QT_TRANSLATE_NOOP("ArticleLanguage", "Pashto"),
    "ur": QT_TRANSLATE_NOOP("ArticleLanguage", "Urdu"),
    "ar": QT_TRANSLATE_NOOP("ArticleLanguage", "Arabic"),
    "uz": QT_TRANSLATE_NOOP("ArticleLanguage", "Uzbek"),
    "tg": QT_TRANSLATE_NOOP("ArticleLanguage", "Tajik"),
    "ru": QT_TRANSLATE_NOOP("ArticleLanguage", "Russian"),
    "fr": QT_TRANSLATE_NOOP("ArticleLanguage", "French"),
    "de": QT_TRANSLATE_NOOP("ArticleLanguage", "German"),
}
_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def _locale() -> QLocale:
    return QLocale()


def native_digits() -> bool:
    """True when the default locale writes Eastern Arabic-Indic digits (Dari or Pashto, chosen)."""
    return _locale().zeroDigit() != "0"


def number(value: int) -> str:
    """`value` in the interface's digits; plain `str` in English, as before translations."""
    return _locale().toString(value) if native_digits() else str(value)


def digits(text: str) -> str:
    """`text` with its ASCII digits written in the interface's digits (dates, ranges)."""
    if not native_digits():
        return text
    zero = ord(_locale().zeroDigit())
    return "".join(chr(zero + ord(c) - 48) if "0" <= c <= "9" else c for c in text)


# Persian (U+06F0…) and Arabic-Indic (U+0660…) digits, as a Dari or Pashto keyboard types them
_TO_ASCII = str.maketrans({chr(base + n): str(n) for base in (0x06F0, 0x0660) for n in range(10)})


def ascii_digits(text: str) -> str:
    """`text` with Persian and Arabic-Indic digits as ASCII ones ("۲۰۲۴-۰۳" → "2024-03"): what a
    date typed on a Dari or Pashto keyboard is stored and compared as."""
    return text.translate(_TO_ASCII)


def language_name(code: str) -> str:
    """An article's language as a reader says it ("English", «دری/فارسی» for "fa"); a code Fieldnotes
    has no name for stays as it is ("sv")."""
    label = ARTICLE_LANGUAGES.get(code.strip().lower().replace("_", "-").split("-")[0]) if code else None
    return QCoreApplication.translate("ArticleLanguage", label) if label else code


def isolate(text: str) -> str:
    """`text` (a file name, a path, a title) as a unit of its own direction inside a right-to-left
    sentence: "2024-03-report.html" stays in order in Dari. Invisible; left as it is in English."""
    return f"\u2068{text}\u2069" if text and QGuiApplication.isRightToLeft() else text


def solar_date(iso: str) -> str:
    """ "8 Sawr 1403" (translated) for "2024-04-27"; "" for a partial or unreadable date.

    Wrapped in a right-to-left isolate (U+2067 … U+2069): next to Latin text, as in an English
    header, "22 حوت 1402" would otherwise show its year before the month."""
    found = _ISO.match(iso.strip())
    if not found or not found.group(3):
        return ""
    try:
        day = date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError:
        return ""
    year, month, dom = gregorian_to_solar(day)
    month_name = QCoreApplication.translate("SolarMonth", SOLAR_MONTHS[month - 1])
    return f"\u2067{digits(f'{dom} {month_name} {year}')}\u2069"


def date_with_solar(iso: str) -> str:
    """ "2024-04-27 (8 Sawr 1403)" when Solar Hijri dates are on, else `iso` (digits as chosen)."""
    solar = solar_date(iso) if iso and language.solar_dates() else ""
    return f"{digits(iso)} ({solar})" if solar else digits(iso)
