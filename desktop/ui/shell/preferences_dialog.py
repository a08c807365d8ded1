"""Preferences: minutes of inactivity before the notebook locks itself."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from desktop.ui.shell import settings


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.idle = QSpinBox(self, minimum=0, maximum=240, suffix=" min", specialValueText="Never")
        self.idle.setValue(settings.idle_minutes())
        self.idle.setAccessibleName("Lock after idle minutes")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&Lock the notebook after:", self.idle)
        form.addRow(
            QLabel("Locking closes the notebook and forgets its passphrase until you unlock it.", self)
        )
        form.addRow(buttons)


def edit_preferences(parent: QWidget | None) -> int | None:
    """Show the dialog; save and return the new idle minutes, or None when cancelled."""
    dialog = PreferencesDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    settings.set_idle_minutes(dialog.idle.value())
    return dialog.idle.value()
