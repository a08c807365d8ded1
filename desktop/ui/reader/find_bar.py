"""Find in the open article (Ctrl+F): a small bar above the text; Enter finds the next match."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget


class FindBar(QWidget):
    """Hidden until `start()`; Enter = next, Shift+Enter = previous, Escape closes."""

    def __init__(self, text: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.field = QLineEdit(self, placeholderText=self.tr("Find in this article"), clearButtonEnabled=True)
        self.field.setAccessibleName(self.tr("Find in article"))
        self.field.returnPressed.connect(self.find_next)
        self.field.textChanged.connect(lambda _: self.find_next(from_start=True))
        self.status = QLabel(self)
        buttons = []
        for label, name, backward in (
            ("↑", self.tr("Previous match"), True),
            ("↓", self.tr("Next match"), False),
        ):
            button = QToolButton(self, text=label, toolTip=name)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, b=backward: self.find_next(backward=b))
            buttons.append(button)
        close = QToolButton(self, text="✕", toolTip=self.tr("Close (Esc)"))
        close.setAccessibleName(self.tr("Close find"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.field, *buttons, self.status, close):
            layout.addWidget(widget)
        self.hide()

    def start(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def find_next(self, *, backward: bool = False, from_start: bool = False) -> bool:
        """Select the next match of the field's text; wraps around once."""
        needle = self.field.text()
        if not needle:
            self.status.clear()
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if from_start:
            cursor = self.text.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self.text.setTextCursor(cursor)
        found = self.text.find(needle, flags)
        if not found:  # wrap around
            cursor = self.text.textCursor()
            cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
            self.text.setTextCursor(cursor)
            found = self.text.find(needle, flags)
        self.status.setText("" if found else self.tr("Not found"))
        return found

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            self.text.setFocus()
        elif (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.find_next(backward=True)
        else:
            super().keyPressEvent(event)
