"""Receive: choose a share file, decrypt and verify it, merge it in one transaction, say what came.

The merge runs off the GUI thread on the worker's own connection (Session.background), with a
progress dialog whose Cancel rolls everything back. A share from an unknown or bad signer is
refused first; the user may then accept it explicitly as unverified (the custody log says so).
A damaged, truncated or forged file is refused outright.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.progress import Progress
from desktop.store import sharing
from desktop.store.changes import Change
from desktop.store.errors import NotebookError
from desktop.store.notebook import Notebook
from desktop.ui.common.byte_progress import close_progress, progress_dialog, show_progress
from desktop.ui.common.core_messages import error_text
from desktop.ui.common.error_message import show_error
from desktop.ui.common.theme import error_colour
from desktop.ui.common.worker import GeneratorWorker
from desktop.ui.shell.session import Session

SHARE_FILTER = QT_TRANSLATE_NOOP("ReceiveDialog", "Fieldnotes shares (*.age);;All files (*)")
COUNT_KEYS = ("added", "updated", "conflict", "originals")
UNVERIFIED_TEXT = QT_TRANSLATE_NOOP(
    "ReceiveDialog",
    "This share says it comes from “{sender}” (fingerprint {fingerprint}), but {why}.\n\n"
    "Anyone can write any name into a share. Merge it only if you are sure where it came from: "
    "compare the fingerprint with the sender, in person or over the phone.\n\n"
    "If you accept it, the custody log records that it was merged unverified.",
)
WHY = {
    "unknown signer": QT_TRANSLATE_NOOP("ReceiveDialog", "that sender is not in your contacts"),
    "invalid": QT_TRANSLATE_NOOP("ReceiveDialog", "its signature does not match that sender's key"),
}


@dataclass(frozen=True)
class Refusal:
    """A receive that was refused (nothing changed), handed from the worker to the dialog."""

    error: NotebookError


def receive_job(nb: Notebook, path: Path, passphrase: str | None, accept_unverified: bool) -> Iterator[Any]:
    """The work, in the worker thread on its own notebook; a refusal is yielded, not raised,
    so the dialog can tell an unverified sender (which it may accept) from a damaged file."""
    try:
        yield from sharing.receive_steps(nb, path, accept_unverified=accept_unverified, passphrase=passphrase)
    except NotebookError as exc:  # ShareRefused, ShareFormatError, MergeError: all rolled back
        yield Refusal(exc)


class ReceiveDialog(QDialog):
    """`ReceiveDialog(nb, notebook_passphrase=…, parent=…)`; `received(ReceiveReport)` after a merge."""

    received = Signal(object)

    def __init__(
        self, nb: Notebook, *, notebook_passphrase: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.nb = nb
        self.session = Session(nb.path, notebook_passphrase, nb)  # only for its `background`
        self.worker: GeneratorWorker | None = None
        # Finished workers are kept until the dialog goes: `finished` arrives while the pool's
        # thread is still leaving `run()`, and dropping the last reference then would free it.
        self.finished_workers: list[GeneratorWorker] = []
        self.progress: QProgressDialog | None = None
        self.warning_box: QMessageBox | None = None
        self.accept_button: QAbstractButton | None = None
        self.report: sharing.ReceiveReport | None = None
        self.refusal: NotebookError | None = None
        self._close_when_done = False
        self.setWindowTitle(self.tr("Receive a share"))
        self.file = QLineEdit(
            self, readOnly=True, placeholderText=self.tr("Choose the share file you were given")
        )
        self.file.setAccessibleName(self.tr("Share file"))
        self.browse = QPushButton(self.tr("&Choose…"), self)
        self.secret = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Share passphrase"))
        self.secret.setEnabled(False)
        self.kind = QLabel(self, wordWrap=True)
        self.status = QLabel(self, wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receive_button = QPushButton(self.tr("&Receive"), self)
        self.receive_button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.receive_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._lay_out()
        self.browse.clicked.connect(self.choose_file)
        self.receive_button.clicked.connect(lambda: self.start(accept_unverified=False))
        self.secret.returnPressed.connect(lambda: self.start(accept_unverified=False))
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("&File:"), row)
        form.addRow("", self.kind)
        form.addRow(self.tr("&Passphrase:"), self.secret)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 300)

    # -- the file -----------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Receive a share"), "", self.tr(SHARE_FILTER))
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        """Take `path` as the share to receive; ask for a passphrase only if it was made for one."""
        self.file.setText(str(path))
        self.report = self.refusal = None
        self._say("", error=False)
        try:
            protected = sharing.needs_passphrase(path)
        except (NotebookError, OSError) as exc:
            self.kind.setText("")
            self.receive_button.setEnabled(False)
            text = self.tr("This file cannot be received: {error}").format(error=error_text(exc))
            self._say(text, error=True)
            return
        self.secret.setEnabled(protected)
        self.kind.setText(
            self.tr("Made for a passphrase: type the one the sender told you.")
            if protected
            else self.tr("Made for colleagues' keys: your own key opens it if it is for you.")
        )
        self.receive_button.setEnabled(True)
        if protected:
            self.secret.setFocus()

    # -- receiving ----------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.worker is not None

    def start(self, *, accept_unverified: bool) -> None:
        """Decrypt, verify and merge the chosen file off the GUI thread."""
        if self.busy or not self.file.text():
            return
        path = Path(self.file.text())
        secret = self.secret.text() if self.secret.isEnabled() else None
        if self.secret.isEnabled() and not secret:
            self._say(self.tr("Type the share's passphrase."), error=True)
            return
        work: Any = lambda nb: receive_job(nb, path, secret, accept_unverified)  # noqa: E731
        self.report = self.refusal = None
        self.worker = GeneratorWorker(self.session.background(work))
        self.progress = progress_dialog(self, self.tr("Decrypting and merging…"))
        self.progress.canceled.connect(self.worker.cancel)
        self.worker.signals.progress.connect(self._progressed)
        self.worker.signals.item.connect(self._outcome)
        self.worker.signals.failed.connect(self._failed)
        self.worker.signals.finished.connect(self._finished)
        self.receive_button.setEnabled(False)
        self._say(self.tr("Decrypting and checking the share…"), error=False)
        self.worker.start()

    def _progressed(self, progress: Progress) -> None:
        if self.progress is not None:
            show_progress(self.progress, progress)

    def _outcome(self, value: object) -> None:
        if isinstance(value, sharing.ReceiveReport):
            self.report = value
        elif isinstance(value, Refusal):
            self.refusal = value.error

    def _failed(self, message: str) -> None:
        self._say(self.tr("Nothing was merged: {message}").format(message=message), error=True)
        show_error(
            self, self.tr("Receive"), self.tr("Nothing was merged:\n\n{message}").format(message=message)
        )

    def _finished(self, cancelled: bool) -> None:
        close_progress(self.progress)
        if self.worker is not None:
            self.finished_workers.append(self.worker)
        self.progress, self.worker = None, None
        self.receive_button.setEnabled(bool(self.file.text()))
        if self._close_when_done:
            super().done(QDialog.DialogCode.Rejected)
        elif cancelled:
            self._say(self.tr("Cancelled: nothing was merged."), error=False)
        elif self.report is not None:
            self._merged(self.report)
        elif isinstance(self.refusal, sharing.UnverifiedSender):
            self.ask_accept_unverified(self.refusal)
        elif self.refusal is not None:
            self._refused(self.refusal)

    def _merged(self, report: sharing.ReceiveReport) -> None:
        self._say(self.summary(report), error=False)
        self.nb.notify(Change("article", (), "Receive share"))  # views refresh from the file
        self.received.emit(report)

    def _refused(self, error: NotebookError) -> None:
        text = self.tr("Refused: {error}.\n\nNothing was merged; your notebook is unchanged.").format(
            error=error_text(error)
        )
        self._say(text, error=True)
        show_error(self, self.tr("Share refused"), text)

    # -- an unverified sender -----------------------------------------------------------------
    def ask_accept_unverified(self, refusal: sharing.UnverifiedSender) -> None:
        """Warn, and offer an explicit "Accept as unverified" (non-blocking: `open()`)."""
        self._say(self.tr("Not merged: {reason}.").format(reason=error_text(refusal)), error=True)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unverified sender"), "", parent=self)
        why = WHY.get(refusal.signature)
        box.setText(
            self.tr(UNVERIFIED_TEXT).format(
                sender=refusal.sender or "?",
                fingerprint=refusal.fingerprint or self.tr("none"),
                why=self.tr(why) if why else self.tr("it could not be verified"),
            )
        )
        self.accept_button = box.addButton(self.tr("Accept as unverified"), QMessageBox.ButtonRole.AcceptRole)
        keep_out = box.addButton(self.tr("Don't merge"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep_out)
        box.setEscapeButton(keep_out)
        box.buttonClicked.connect(self._unverified_answer)
        self.warning_box = box
        box.open()

    def _unverified_answer(self, button: QAbstractButton) -> None:
        accepted = button is self.accept_button
        if self.warning_box is not None:
            self.warning_box.deleteLater()
        self.warning_box, self.accept_button = None, None
        if accepted:
            self.start(accept_unverified=True)
        else:
            self._say(
                self.tr("Not merged: the sender could not be verified. Your notebook is unchanged."),
                error=False,
            )

    def _say(self, text: str, *, error: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {error_colour(self)}" if error else "")

    def done(self, result: int) -> None:
        if self.worker is not None:  # cancel first: the dialog closes once the merge rolled back
            self._close_when_done = True
            self.worker.cancel()
            return
        super().done(result)

    def summary(self, report: sharing.ReceiveReport) -> str:
        """What a receive did, in a sentence or two."""
        words = {
            "added": lambda n: self.tr("%n added", "", n),
            "updated": lambda n: self.tr("%n updated", "", n),
            "conflict": lambda n: self.tr("%n in conflict", "", n),
            "originals": lambda n: self.tr("%n original files", "", n),
        }
        counts = self.tr(", ").join(
            words[key](report.counts[key]) for key in COUNT_KEYS if report.counts.get(key)
        )
        signature = {
            "valid": self.tr("signature verified"),
            "unknown signer": self.tr("UNVERIFIED: unknown signer, accepted by you"),
            "invalid": self.tr("UNVERIFIED: bad signature, accepted by you"),
        }.get(report.signature, report.signature)
        text = self.tr("Received from {sender} ({fingerprint}), {signature}: {counts}.").format(
            sender=report.sender,
            fingerprint=report.fingerprint,
            signature=signature,
            counts=counts or self.tr("nothing new"),
        )
        if report.counts.get("conflict"):
            text += "\n\n" + self.tr(
                "Some records were edited on both sides: see Conflicts to choose which version to keep.",
            )
        return text
