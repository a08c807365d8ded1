"""Passphrase dialogs: choose one for a new notebook (or none, with a warning), or unlock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.ui.common.theme import error_colour

NO_PASSPHRASE_WARNING = QT_TRANSLATE_NOOP(
    "NewPassphraseDialog",
    "Without a passphrase the notebook is NOT encrypted: anyone who gets this computer or a copy "
    "of the file can read every article, note and tag in it. Use this only for test notebooks "
    "or material that is already public.",
)
MIN_LENGTH = 8


def _secret(name: str, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent, echoMode=QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    return edit


class NewPassphraseDialog(QDialog):
    """A new passphrase typed twice, or "no passphrase" after reading the warning."""

    def __init__(self, parent: QWidget | None, *, title: str, intro: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.first = _secret(self.tr("Passphrase"), self)
        self.second = _secret(self.tr("Repeat passphrase"), self)
        self.plain = QCheckBox(self.tr("No passphrase (the notebook will not be encrypted)"), self)
        self.warning = QLabel(self.tr(NO_PASSPHRASE_WARNING), self, wordWrap=True)
        self.warning.setStyleSheet(f"color: {error_colour(self)}; font-weight: bold")
        self.warning.hide()
        self.problem = QLabel(self, wordWrap=True)
        self.plain.toggled.connect(self._plain_toggled)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(intro, self, wordWrap=True))
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Repeat:"), self.second)
        form.addRow(self.plain)
        form.addRow(self.warning)
        form.addRow(self.problem)
        form.addRow(self.buttons)

    def _plain_toggled(self, plain: bool) -> None:
        self.warning.setVisible(plain)
        self.first.setEnabled(not plain)
        self.second.setEnabled(not plain)

    def problem_text(self) -> str:
        if self.plain.isChecked():
            return ""
        if len(self.first.text()) < MIN_LENGTH:
            return self.tr("Use at least %n characters; a few random words are best.", "", MIN_LENGTH)
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases differ.")
        return ""

    def _accept(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        if not problem:
            self.accept()

    def passphrase(self) -> str | None:
        return None if self.plain.isChecked() else self.first.text()


def ask_new_passphrase(parent: QWidget | None, *, title: str, intro: str) -> tuple[bool, str | None]:
    """(chosen, passphrase-or-None); chosen is False when cancelled (tests replace this)."""
    dialog = NewPassphraseDialog(parent, title=title, intro=intro)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False, None
    return True, dialog.passphrase()


def ask_passphrase(parent: QWidget | None, path: Path) -> str | None:
    """The passphrase for `path`, or None when cancelled (tests replace this)."""
    dialog = QDialog(parent)
    translate = QCoreApplication.translate
    dialog.setWindowTitle(translate("PassphraseDialog", "Unlock notebook"))
    field = _secret(translate("PassphraseDialog", "Passphrase"), dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form = QFormLayout(dialog)
    form.addRow(
        QLabel(translate("PassphraseDialog", "Passphrase for {name}:").format(name=path.name), dialog)
    )
    form.addRow(field)
    form.addRow(buttons)
    return field.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
