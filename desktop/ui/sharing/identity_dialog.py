"""My identity card: the owner's name, the public card to give colleagues, and the card as a QR code."""

from __future__ import annotations

import segno
from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.store.notebook import Notebook
from desktop.store.sharing import identity
from desktop.ui.common.error_message import attempt

QUIET_ZONE = 4  # modules of white around the code: scanners need it
INTRO = QT_TRANSLATE_NOOP(
    "IdentityDialog",
    "Give this card to colleagues (paste it, or let them scan the code) so they can share with you "
    "and check that shares really come from you. It holds only public keys. Compare the "
    "fingerprint over the phone or in person when you exchange cards.",
)


def qr_image(text: str) -> QImage:
    """The QR code of `text`, one pixel per module, quiet zone included (black on white)."""
    code = segno.make(text, error="m", micro=False)
    rows = [bytes(0 if module else 255 for module in row) for row in code.matrix]
    side = len(rows) + 2 * QUIET_ZONE
    margin, blank = b"\xff" * QUIET_ZONE, b"\xff" * side * QUIET_ZONE
    data = blank + b"".join(margin + row + margin for row in rows) + blank
    # copy(): QImage would otherwise point into `data`, which Python frees after this returns
    return QImage(data, side, side, side, QImage.Format.Format_Grayscale8).copy()


def paint_code(painter: QPainter, image: QImage, side: float) -> None:
    """Draw the code as a square of `side` pixels at the origin, modules kept sharp.

    One drawImage call, not a rectangle per module: besides being faster, PySide6 6.12 on
    Python 3.11 drops a reference to None on every call of a method returning void, and a
    few thousand such calls per paint would abort the interpreter.
    """
    painter.fillRect(QRectF(0, 0, side, side), QColor("white"))
    if image.isNull():
        return
    scale = max(1, int(side) // image.width())  # whole pixels per module: crisp edges
    drawn = scale * image.width()
    offset = (side - drawn) / 2
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    painter.drawImage(QRectF(offset, offset, drawn, drawn), image)


class QrCodeView(QWidget):
    """Paints a QR code, square, as large as it is given room for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.setMinimumSize(QSize(220, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Card as QR code"))

    def set_text(self, text: str) -> None:
        self.image = qr_image(text)
        self.update()

    def pixmap(self, side: int = 330) -> QPixmap:
        """The code rendered on its own (what the view shows)."""
        image = QPixmap(side, side)
        painter = QPainter(image)
        try:
            paint_code(painter, self.image, side)
        finally:
            painter.end()
        return image

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        side = min(self.width(), self.height())
        painter = QPainter(self)
        try:
            painter.translate((self.width() - side) / 2, (self.height() - side) / 2)
            paint_code(painter, self.image, side)
        finally:
            painter.end()


class IdentityDialog(QDialog):
    """`IdentityDialog(nb, parent=…)`: makes the identity on first use, renames it, shows the card."""

    def __init__(self, nb: Notebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nb = nb
        self.setWindowTitle(self.tr("My identity card"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Your name on the card"))
        self.save_name = QPushButton(self.tr("&Rename"), self)
        self.fingerprint = QLabel(self, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card = QPlainTextEdit(self, readOnly=True)
        self.card.setAccessibleName(self.tr("Your card"))
        self.card.setMaximumHeight(90)
        self.copy_button = QPushButton(self.tr("&Copy card"), self)
        self.qr = QrCodeView(self)
        self.status = QLabel(self)
        self._lay_out()
        self.save_name.clicked.connect(self.rename)
        self.name.returnPressed.connect(self.rename)
        self.copy_button.clicked.connect(self.copy_card)
        with nb.transaction() as db:  # made on first use, as `fieldnotes identity show` does
            me = identity.ensure(db, author=nb.author)
        self.show_card(me.card)

    def _lay_out(self) -> None:
        name_row = QHBoxLayout()
        name_row.addWidget(self.name)
        name_row.addWidget(self.save_name)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), name_row)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        copy_row = QHBoxLayout()
        copy_row.addStretch()
        copy_row.addWidget(self.copy_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(INTRO), self, wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.card)
        layout.addLayout(copy_row)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(460, 680)

    def show_card(self, card: identity.Card) -> None:
        self.name.setText(card.name)
        self.fingerprint.setText(card.fingerprint)
        self.card.setPlainText(card.text())
        self.qr.set_text(card.text())

    def card_text(self) -> str:
        return self.card.toPlainText()

    def rename(self) -> None:
        """Put the typed name on the card (the fingerprint stays: it covers the keys only)."""
        name = self.name.text().strip()
        if not name:
            self.status.setText(self.tr("Your card needs a name."))
            return

        def save() -> identity.Identity:
            with self.nb.transaction() as db:
                return identity.ensure(db, author=self.nb.author, name=name)

        me = attempt(self, self.tr("Renaming"), save)
        if me is not None:
            self.show_card(me.card)
            self.status.setText(
                self.tr("Renamed: give colleagues the new card if they should see the new name.")
            )

    def copy_card(self) -> None:
        QGuiApplication.clipboard().setText(self.card_text())
        self.status.setText(self.tr("Card copied."))
