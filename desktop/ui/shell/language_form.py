"""The Language part of Preferences: the interface language, Persian digits, Solar Hijri dates.

All three apply on the next start: the texts, the direction of every pane and the number format
are set once, before the first window is built.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QWidget

from desktop.ui.common import language


class LanguageForm(QWidget):
    """Rows for a preferences form; `save()` remembers the choices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System (follow the desktop)"), "")
        for code, name in language.LANGUAGES.items():
            self.language.addItem(name, code)  # each in its own script, whatever the interface speaks
        self.language.setCurrentIndex(max(0, self.language.findData(language.chosen_language())))
        self.digits = QCheckBox(self.tr("Persian digits (۱۲۳) in Dari and Pashto"), self)
        self.digits.setChecked(language.persian_digits())
        self.solar = QCheckBox(self.tr("Solar Hijri dates beside the Gregorian (حمل، ثور…)"), self)
        self.solar.setChecked(language.solar_dates())
        self.note = QLabel(self.tr("Language, digits and dates change when Fieldnotes starts again."), self)
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.digits)
        form.addRow(self.solar)
        form.addRow(self.note)

    def save(self) -> bool:
        """Remember the choices; True when the language changed (it shows after a restart)."""
        changed = self.language.currentData() != language.chosen_language()
        language.set_chosen_language(str(self.language.currentData() or ""))
        language.set_persian_digits(self.digits.isChecked())
        language.set_solar_dates(self.solar.isChecked())
        return changed
