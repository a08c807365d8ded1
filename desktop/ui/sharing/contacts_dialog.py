"""Contacts: the colleagues you share with, added from their card (or a bare age1… recipient)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store.errors import NotebookError
from desktop.store.notebook import Notebook
from desktop.store.sharing import contacts
from desktop.ui.common.core_messages import error_text
from desktop.ui.common.error_message import attempt
from desktop.ui.common.theme import error_colour

RECEIVE_ONLY = QT_TRANSLATE_NOOP("ContactsDialog", "(age recipient: can receive, cannot be verified)")
CARD_HINT = QT_TRANSLATE_NOOP(
    "ContactsDialog", "Paste their card (fieldnotes-card:v1:…) or an age recipient (age1…)"
)


class ContactsDialog(QDialog):
    """`ContactsDialog(nb, parent=…)`: list, add and remove contacts; `changed` after each."""

    changed = Signal()

    def __init__(self, nb: Notebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nb = nb
        self.setWindowTitle(self.tr("Contacts"))
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Fingerprint"), self.tr("age recipient")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Contacts"))
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.name = QLineEdit(self, placeholderText=self.tr("What you call them"))
        self.name.setAccessibleName(self.tr("Contact name"))
        self.card = QPlainTextEdit(self, placeholderText=self.tr(CARD_HINT))
        self.card.setAccessibleName(self.tr("Contact card"))
        self.card.setMaximumHeight(80)
        self.add_button = QPushButton(self.tr("&Add contact"), self)
        self.message = QLabel(self, wordWrap=True)
        self._lay_out()
        self.add_button.clicked.connect(self.add_contact)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.refresh()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Card:"), self.card)
        add_row = QHBoxLayout()
        add_row.addWidget(self.message, 1)
        add_row.addWidget(self.add_button)
        form.addRow(add_row)
        adding = QGroupBox(self.tr("Add a colleague"), self)
        adding.setLayout(form)
        remove_row = QHBoxLayout()
        remove_row.addStretch()
        remove_row.addWidget(self.remove_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(remove_row)
        layout.addWidget(adding)
        layout.addWidget(buttons)
        self.resize(720, 480)

    def refresh(self) -> None:
        everyone = contacts.all_contacts(self.nb.db)
        self.table.setRowCount(len(everyone))
        for row, contact in enumerate(everyone):
            fingerprint = contact.card.fingerprint if contact.can_sign else self.tr(RECEIVE_ONLY)
            for column, text in enumerate((contact.name, fingerprint, contact.card.age)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, contact.name)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def names(self) -> list[str]:
        items = (self.table.item(row, 0) for row in range(self.table.rowCount()))
        return [item.text() for item in items if item is not None]

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedItems()))

    def add_contact(self) -> None:
        """Add the typed name and card; a problem is said next to the Add button."""
        name, card_text = self.name.text().strip(), self.card.toPlainText().strip()
        if not name or not card_text:
            self._say(self.tr("Give a name and paste their card."), error=True)
            return
        try:
            with self.nb.transaction() as db:
                contact = contacts.add(db, name=name, card_text=card_text)
        except NotebookError as exc:  # BadCard says what is wrong with the card
            text = error_text(exc)
            self._say(text[:1].upper() + text[1:] + ".", error=True)
            return
        added = (
            self.tr("Added {name} (fingerprint {fingerprint}).")
            if contact.can_sign
            else self.tr("Added {name} (receive only).")
        )
        self._say(added.format(name=contact.name, fingerprint=contact.card.fingerprint), error=False)
        self.name.clear()
        self.card.clear()
        self.refresh()
        self.changed.emit()

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {error_colour(self)}" if error else "")

    def remove_selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        name = str(items[0].data(Qt.ItemDataRole.UserRole))
        answer = QMessageBox.question(
            self,
            self.tr("Remove contact"),
            self.tr(
                "Forget {name}? Shares from them will then show as from an unknown signer, "
                "until you add their card again."
            ).format(name=name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def forget() -> contacts.Contact:
            with self.nb.transaction() as db:
                return contacts.remove(db, name)

        if attempt(self, self.tr("Removing the contact"), forget) is not None:
            self._say(self.tr("Removed {name}.").format(name=name), error=False)
            self.refresh()
            self.changed.emit()
