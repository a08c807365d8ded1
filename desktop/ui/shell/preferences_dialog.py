"""Preferences: minutes of inactivity before the notebook locks itself; light or dark theme."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from desktop.ui.common.theme import apply_theme
from desktop.ui.shell import settings
from desktop.ui.shell.language_form import LanguageForm


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.idle = QSpinBox(
            self, minimum=0, maximum=240, suffix=self.tr(" min"), specialValueText=self.tr("Never")
        )
        self.idle.setValue(settings.idle_minutes())
        self.idle.setAccessibleName(self.tr("Lock after idle minutes"))
        self.theme = QComboBox(self)
        for label, value in (
            (self.tr("System (follow the desktop)"), "system"),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
        ):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme())))
        self.theme.setAccessibleName(self.tr("Theme"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Lock the notebook after:"), self.idle)
        form.addRow(
            QLabel(
                self.tr("Locking closes the notebook and forgets its passphrase until you unlock it."), self
            )
        )
        form.addRow(self.tr("&Theme:"), self.theme)
        self.languages = LanguageForm(self)
        form.addRow(self.languages)
        form.addRow(buttons)

    def chosen_theme(self) -> str:
        return str(self.theme.currentData())


def edit_preferences(parent: QWidget | None) -> int | None:
    """Show the dialog; save the choices, apply the theme, and return the new idle minutes, or
    None when cancelled."""
    dialog = PreferencesDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    settings.set_idle_minutes(dialog.idle.value())
    settings.set_theme(dialog.chosen_theme())
    dialog.languages.save()  # language, digits and dates show from the next start
    apply_theme(dialog.chosen_theme())
    return dialog.idle.value()
