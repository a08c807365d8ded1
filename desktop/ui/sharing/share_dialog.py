"""Share: choose what (the notebook, a tag, a search, selected items) and for whom, write the file.

The share is written off the GUI thread on the worker's own connection (Session.background),
with a progress dialog whose Cancel removes the partial file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.progress import Progress
from desktop.selection import Selection
from desktop.store import sharing
from desktop.store.notebook import Notebook
from desktop.store.sharing import contacts
from desktop.ui.common.byte_progress import close_progress, progress_dialog, show_progress
from desktop.ui.common.error_message import show_error
from desktop.ui.common.theme import error_colour
from desktop.ui.common.worker import GeneratorWorker
from desktop.ui.shell.session import Session

SHARE_FILTER = QT_TRANSLATE_NOOP("ShareDialog", "Fieldnotes shares (*.age);;All files (*)")
MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class ShareChoice:
    """What to share: the whole notebook, or a tag, a search, or picked records (a union)."""

    tag: str | None = None
    query: str | None = None
    event_ids: tuple[str, ...] = ()
    annotation_ids: tuple[str, ...] = ()
    article_ids: tuple[str, ...] = ()

    @property
    def whole(self) -> bool:
        return not (self.tag or self.query or self.event_ids or self.annotation_ids or self.article_ids)

    def describe(self) -> dict[str, Any]:
        """For the share's header and the custody log."""
        if self.whole:
            return {"whole": True}
        return {k: list(v) if isinstance(v, tuple) else v for k, v in self.__dict__.items() if v}


def share_job(
    nb: Notebook, choice: ShareChoice, output: Path, to: tuple[str, ...], passphrase: str | None
) -> Iterator[Any]:
    """The work, in the worker thread on its own notebook: pick the records, write the file."""
    chosen = None
    if not choice.whole:
        chosen = sharing.select(
            nb,
            tag=choice.tag,
            query=choice.query,
            event_ids=choice.event_ids,
            annotation_ids=choice.annotation_ids,
            article_ids=choice.article_ids,
        )
    yield from sharing.share_steps(
        nb, output, to=to, passphrase=passphrase, selection=chosen, description=choice.describe()
    )


class ShareDialog(QDialog):
    """`ShareDialog(nb, notebook_passphrase=…, preselection=…, parent=…)`.

    notebook_passphrase  the open notebook's passphrase (None for a plain one): the worker
                         opens its own connection to the file with it
    preselection         what the user had selected (events, passages, articles, or a tag)
    `shared(ShareReport)` once a file is written.
    """

    shared = Signal(object)

    def __init__(
        self,
        nb: Notebook,
        *,
        notebook_passphrase: str | None,
        preselection: Selection | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.nb = nb
        self.session = Session(nb.path, notebook_passphrase, nb)  # only for its `background`
        self.preselection = preselection if preselection and not preselection.is_empty() else None
        self.worker: GeneratorWorker | None = None
        # Finished workers are kept until the dialog goes: `finished` arrives while the pool's
        # thread is still leaving `run()`, and dropping the last reference then would free it.
        self.finished_workers: list[GeneratorWorker] = []
        self.progress: QProgressDialog | None = None
        self.report: sharing.ShareReport | None = None
        self._close_when_done = False
        self.setWindowTitle(self.tr("Share"))
        self._build()
        self._scope_changed()
        self._recipient_changed()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.scope = QComboBox(self)
        self.scope.setAccessibleName(self.tr("What to share"))
        self.scope.addItem(self.tr("The whole notebook"), "whole")
        self.scope.addItem(self.tr("What carries a tag"), "tag")
        self.scope.addItem(self.tr("The articles a search finds"), "query")
        if self.preselection is not None and self._picked_ids():
            self.scope.addItem(self._picked_label(), "picked")
            self.scope.setCurrentIndex(self.scope.count() - 1)
        self.tag = QComboBox(self, editable=True)
        self.tag.setAccessibleName(self.tr("Tag"))
        self.tag.addItems(sorted((t.path for t in self.nb.tags.all()), key=str.casefold))
        self.query = QLineEdit(self, placeholderText=self.tr('e.g. "former soldiers" AND Badakhshan'))
        self.query.setAccessibleName(self.tr("Search"))
        if self.preselection is not None and self.preselection.tag and not self._picked_ids():
            self.tag.setCurrentText(self.preselection.tag)
            self.scope.setCurrentIndex(self.scope.findData("tag"))
        self.to_contacts = QRadioButton(
            self.tr("To &colleagues (encrypted to their keys; they see it is from you)")
        )
        self.to_passphrase = QRadioButton(self.tr("To a &passphrase (tell it to them another way)"))
        self.recipient_kind = QButtonGroup(self)
        for button in (self.to_contacts, self.to_passphrase):
            self.recipient_kind.addButton(button)
        self.people = QListWidget(self)
        self.people.setAccessibleName(self.tr("Colleagues"))
        for contact in contacts.all_contacts(self.nb.db):
            item = QListWidgetItem(contact.name, self.people)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.secret = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Share passphrase"))
        self.secret_again = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.secret_again.setAccessibleName(self.tr("Repeat share passphrase"))
        (self.to_contacts if self.people.count() else self.to_passphrase).setChecked(True)
        self.status = QLabel(self, wordWrap=True)
        self.share_button = QPushButton(self.tr("&Share…"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.share_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._lay_out()
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.recipient_kind.buttonToggled.connect(self._recipient_changed)
        self.share_button.clicked.connect(self.choose_file_and_share)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        what = QFormLayout()
        what.addRow(self.tr("&Share:"), self.scope)
        what.addRow(self.tr("&Tag:"), self.tag)
        what.addRow(self.tr("Searc&h:"), self.query)
        what_box = QGroupBox(self.tr("What"), self)
        what_box.setLayout(what)
        secrets = QFormLayout()
        secrets.addRow(self.tr("Passphrase:"), self.secret)
        secrets.addRow(self.tr("Again:"), self.secret_again)
        whom = QVBoxLayout()
        whom.addWidget(self.to_contacts)
        whom.addWidget(self.people)
        if not self.people.count():
            whom.addWidget(
                QLabel(self.tr("No contacts yet: add colleagues' cards under Share ▸ Contacts…"), self)
            )
        whom.addWidget(self.to_passphrase)
        whom.addLayout(secrets)
        whom_box = QGroupBox(self.tr("For whom"), self)
        whom_box.setLayout(whom)
        layout = QVBoxLayout(self)
        layout.addWidget(what_box)
        layout.addWidget(whom_box, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, 560)

    def _picked_ids(self) -> tuple[str, ...]:
        p = self.preselection
        return (p.event_ids + p.annotation_ids + p.article_ids) if p is not None else ()

    def _picked_label(self) -> str:
        assert self.preselection is not None
        p = self.preselection
        parts = [
            text
            for ids, text in (
                (p.event_ids, self.tr("%n event(s)", "", len(p.event_ids))),
                (p.annotation_ids, self.tr("%n passage(s)", "", len(p.annotation_ids))),
                (p.article_ids, self.tr("%n article(s)", "", len(p.article_ids))),
            )
            if ids
        ]
        return self.tr("The selection: {parts}").format(parts=self.tr(", ").join(parts))

    def _scope_changed(self) -> None:
        scope = self.scope.currentData()
        self.tag.setEnabled(scope == "tag")
        self.query.setEnabled(scope == "query")

    def _recipient_changed(self) -> None:
        by_contacts = self.to_contacts.isChecked()
        self.people.setEnabled(by_contacts)
        self.secret.setEnabled(not by_contacts)
        self.secret_again.setEnabled(not by_contacts)

    # -- the user's choice --------------------------------------------------------------------
    def choice(self) -> ShareChoice:
        scope = self.scope.currentData()
        if scope == "tag":
            return ShareChoice(tag=self.tag.currentText().strip() or None)
        if scope == "query":
            return ShareChoice(query=self.query.text().strip() or None)
        if scope == "picked" and self.preselection is not None:
            p = self.preselection
            return ShareChoice(
                event_ids=p.event_ids, annotation_ids=p.annotation_ids, article_ids=p.article_ids
            )
        return ShareChoice()

    def chosen_contacts(self) -> tuple[str, ...]:
        items = (self.people.item(row) for row in range(self.people.count()))
        return tuple(i.text() for i in items if i.checkState() == Qt.CheckState.Checked)

    def set_contacts_checked(self, names: list[str]) -> None:
        for row in range(self.people.count()):
            item = self.people.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.text() in names else Qt.CheckState.Unchecked)

    def problem(self) -> str:
        """Why the choice cannot be shared yet ("" when it can)."""
        scope = self.scope.currentData()
        if scope == "tag" and not self.tag.currentText().strip():
            return self.tr("Choose a tag.")
        if scope == "query" and not self.query.text().strip():
            return self.tr("Type a search.")
        if self.to_contacts.isChecked():
            return "" if self.chosen_contacts() else self.tr("Tick the colleagues to share with.")
        if len(self.secret.text()) < MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least %n characters.", "", MIN_PASSPHRASE)
        if self.secret.text() != self.secret_again.text():
            return self.tr("The two passphrases differ.")
        return ""

    # -- sharing ------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.worker is not None

    def choose_file_and_share(self) -> None:
        if self.busy:
            return
        problem = self.problem()
        if problem:
            self._say(problem, error=True)
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the share as"), "notebook-share.age", self.tr(SHARE_FILTER)
        )
        if name:
            self.start(Path(name))

    def start(self, output: Path) -> None:
        """Write the share to `output` off the GUI thread."""
        choice = self.choice()
        to: tuple[str, ...] = ()
        secret: str | None = None
        if self.to_contacts.isChecked():
            to = self.chosen_contacts()
        else:
            secret = self.secret.text()
        work: Any = lambda nb: share_job(nb, choice, output, to, secret)  # noqa: E731
        self.worker = GeneratorWorker(self.session.background(work))
        self.progress = progress_dialog(self, self.tr("Writing the share…"))
        self.progress.canceled.connect(self.worker.cancel)
        self.worker.signals.progress.connect(self._progressed)
        self.worker.signals.item.connect(self._shared)
        self.worker.signals.failed.connect(self._failed)
        self.worker.signals.finished.connect(self._finished)
        self.share_button.setEnabled(False)
        self._say(self.tr("Writing the share…"), error=False)
        self.worker.start()

    def _progressed(self, progress: Progress) -> None:
        if self.progress is not None:
            show_progress(self.progress, progress)

    def _shared(self, report: object) -> None:
        if not isinstance(report, sharing.ShareReport):
            return
        self.report = report
        whom = self.tr(", ").join(report.recipients) or self.tr("a passphrase")
        wrote = self.tr(
            "Wrote {name} for {whom}: {records} and {originals}. Its SHA-256 ({sha}…) is in the custody log."
        )
        self._say(
            wrote.format(
                name=report.path.name,
                whom=whom,
                records=self.tr("%n record(s)", "", report.records),
                originals=self.tr("%n original file(s)", "", report.originals),
                sha=report.file_sha256[:16],
            ),
            error=False,
        )
        self.shared.emit(report)

    def _failed(self, message: str) -> None:
        self._say(self.tr("The share was not written: {message}").format(message=message), error=True)
        show_error(
            self, self.tr("Share"), self.tr("The share was not written:\n\n{message}").format(message=message)
        )

    def _finished(self, cancelled: bool) -> None:
        close_progress(self.progress)
        if self.worker is not None:
            self.finished_workers.append(self.worker)
        self.progress, self.worker = None, None
        self.share_button.setEnabled(True)
        if cancelled:
            self._say(self.tr("Cancelled: no file was written."), error=False)
        if self._close_when_done:
            super().done(QDialog.DialogCode.Rejected)

    def _say(self, text: str, *, error: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {error_colour(self)}" if error else "")

    def done(self, result: int) -> None:
        if self.worker is not None:  # stop first: the dialog closes once the partial file is gone
            self._close_when_done = True
            self.worker.cancel()
            return
        super().done(result)
