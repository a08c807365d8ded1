"""Opening and creating notebooks with the user: passphrases, wrong-passphrase retries."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.store.errors import NotebookError, WrongPassphrase
from desktop.store.file import unlock
from desktop.ui.common.core_messages import error_text
from desktop.ui.shell import passphrase_dialog
from desktop.ui.shell.session import Session, create_session, open_session
from desktop.ui.shell.settings import remember_notebook

translate = QCoreApplication.translate
WRONG = QT_TRANSLATE_NOOP(
    "NotebookFlow",
    "That passphrase does not unlock this notebook. Check the keyboard layout and Caps Lock, then try again.",
)


READ_ONLY = QT_TRANSLATE_NOOP(
    "NotebookFlow",
    "This notebook's file or folder cannot be written (read-only media, or not yours to change), so it "
    "is open for reading only: reading, searching and exporting work; edits and imports are refused. "
    "Copy it somewhere writable to work on it.",
)


def try_unlock(parent: QWidget | None, path: Path, passphrase: str | None) -> Session | None:
    """Open `path`; on a wrong passphrase or a broken file, say so and return None."""
    try:
        session = open_session(path, passphrase)
    except WrongPassphrase:
        QMessageBox.warning(
            parent, translate("NotebookFlow", "Wrong passphrase"), translate("NotebookFlow", WRONG)
        )
        return None
    except NotebookError as exc:
        QMessageBox.warning(parent, translate("NotebookFlow", "Cannot open the notebook"), error_text(exc))
        return None
    if unlock.is_read_only(session.nb.conn):
        QMessageBox.information(
            parent, translate("NotebookFlow", "Opened read-only"), translate("NotebookFlow", READ_ONLY)
        )
    remember_notebook(path)
    return session


def unlock_interactive(parent: QWidget | None, path: Path) -> Session | None:
    """Ask for the passphrase until it works (plain notebooks open at once); None if cancelled."""
    if not unlock.is_encrypted(path):
        return try_unlock(parent, path, None)
    while True:
        passphrase = passphrase_dialog.ask_passphrase(parent, path)
        if passphrase is None:
            return None
        session = try_unlock(parent, path, passphrase)
        if session is not None:
            return session
        if not path.exists():
            return None


def create_interactive(parent: QWidget | None, path: Path, *, intro: str = "") -> Session | None:
    """Ask for a passphrase (or none) and create a notebook at `path`."""
    chosen, passphrase = passphrase_dialog.ask_new_passphrase(
        parent,
        title=translate("NotebookFlow", "New notebook"),
        intro=intro
        or translate(
            "NotebookFlow", "Choose a passphrase for {name}. It cannot be recovered if you forget it."
        ).format(name=path.name),
    )
    if not chosen:
        return None
    try:
        session = create_session(path, passphrase)
    except NotebookError as exc:
        QMessageBox.warning(parent, translate("NotebookFlow", "Cannot create the notebook"), error_text(exc))
        return None
    remember_notebook(path)
    return session
