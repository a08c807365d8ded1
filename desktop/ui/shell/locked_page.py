"""What the window shows while no notebook is open: unlock this one, or open another."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.store.file import unlock
from desktop.ui.common.local_format import isolate


class LockedPage(QWidget):
    """`unlock_requested(passphrase)` ("" for a plain notebook); `open_other` for another file."""

    unlock_requested = Signal(str)
    open_other = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.label = QLabel(self, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.passphrase = QLineEdit(
            self, echoMode=QLineEdit.EchoMode.Password, placeholderText=self.tr("Passphrase")
        )
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setMaximumWidth(320)
        self.passphrase.returnPressed.connect(self._unlock)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self, clicked=self._unlock)
        other = QPushButton(self.tr("Open another notebook…"), self, clicked=self.open_other.emit)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.label, self.passphrase, self.unlock_button, other):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_for(self, path: Path | None) -> None:
        self.path = path
        encrypted = path is not None and unlock.is_encrypted(path)
        if path is None:
            self.label.setText("<h2>{}</h2>".format(self.tr("No notebook open")))
        else:
            heading = self.tr("🔒 {name} is locked").format(name=isolate(path.name))
            self.label.setText(f"<h2>{heading}</h2>{path.parent}")
        self.passphrase.setVisible(encrypted)
        self.unlock_button.setVisible(path is not None)
        self.passphrase.clear()
        (self.passphrase if encrypted else self.unlock_button).setFocus()

    def _unlock(self) -> None:
        if self.path is not None:
            self.unlock_requested.emit(self.passphrase.text())
            self.passphrase.clear()
