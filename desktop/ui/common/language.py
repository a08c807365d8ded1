"""The interface language: which one (the system's, Preferences or `--lang`), its translators and
its direction (Dari and Pashto lay the whole window out right to left)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.resources import resource_path
from desktop.ui.shell.settings import settings

LANGUAGES = {"en": "English", "fa": "دری", "ps": "پښتو"}  # each in its own script, as a menu shows it
RIGHT_TO_LEFT = frozenset({"fa", "ps"})
LOCALES = {"en": "en_US", "fa": "fa_AF", "ps": "ps_AF"}
_SYSTEM_CODES = {"fa": "fa", "prs": "fa", "ps": "ps", "pbt": "ps", "pbu": "ps"}  # Dari is "prs" in ISO 639-3
_installed: list[QTranslator] = []  # a translator works only while Python keeps it alive
_active = "en"


def chosen_language() -> str:
    """The language picked in Preferences: "en", "fa", "ps", or "" to follow the system."""
    value = str(settings().value("language", "") or "")
    return value if value in LANGUAGES else ""


def set_chosen_language(code: str) -> None:
    """Remember `code` ("" = the system's) for the next start."""
    settings().setValue("language", code if code in LANGUAGES else "")


def persian_digits() -> bool:
    """Whether numbers show in Eastern Arabic-Indic digits (۱۲۳) in Dari and Pashto."""
    return str(settings().value("persian_digits", "false")).lower() == "true"


def set_persian_digits(on: bool) -> None:
    settings().setValue("persian_digits", "true" if on else "false")


@lru_cache(maxsize=1)
def solar_dates() -> bool:
    """Whether dates show their Solar Hijri day beside the Gregorian; on by default in Dari and Pashto.
    (Read once: tables ask for every cell they paint.)"""
    value = settings().value("solar_dates", "")
    return active_language() in RIGHT_TO_LEFT if value in ("", None) else str(value).lower() == "true"


def set_solar_dates(on: bool) -> None:
    settings().setValue("solar_dates", "true" if on else "false")  # read again at the next start


def system_language(locale: QLocale | None = None) -> str:
    """The language of the system locale if Fieldnotes speaks it, else English."""
    name = (locale or QLocale.system()).name()
    return _SYSTEM_CODES.get(name.split("_")[0], "en")


def resolve(requested: str | None = None) -> str:
    """`requested` (from `--lang`) if known, else the Preferences choice, else the system's."""
    if requested in LANGUAGES:
        return str(requested)
    return chosen_language() or system_language()


def active_language() -> str:
    """The language installed by `install` ("en" before it ran)."""
    return _active


def install(app: QApplication, code: str) -> str:
    """Load Fieldnotes' and Qt's own translations of `code`, set the layout direction and the
    locale numbers and dates are written in. Returns the language installed."""
    global _active
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _active = code if code in LANGUAGES else "en"
    ours = resource_path("translations")  # English too: it holds the plural forms ("1 article")
    wanted = []
    if _active != "en":  # Qt's own (its dialogs); Qt ships no Pashto: qt_texts.py lists what we show
        wanted.append((f"qtbase_{_active}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    wanted.append((f"fieldnotes_{_active}", str(ours)))  # the last installed is asked first: ours win
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    solar_dates.cache_clear()
    rtl = _active in RIGHT_TO_LEFT
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    if rtl:
        QLocale.setDefault(QLocale(LOCALES[_active] if persian_digits() else LOCALES["en"]))
    return _active
