"""Opening and creating notebooks with the user: passphrases, wrong-passphrase retries."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.store import unlock
from desktop.store.errors import NotebookError, WrongPassphrase
from desktop.ui.shell import passphrase_dialog
from desktop.ui.shell.session import Session, create_session, open_session
from desktop.ui.shell.settings import remember_notebook

WRONG = (
    "That passphrase does not unlock this notebook. Check the keyboard layout and Caps Lock, then try again."
)


def try_unlock(parent: QWidget | None, path: Path, passphrase: str | None) -> Session | None:
    """Open `path`; on a wrong passphrase or a broken file, say so and return None."""
    try:
        session = open_session(path, passphrase)
    except WrongPassphrase:
        QMessageBox.warning(parent, "Wrong passphrase", WRONG)
        return None
    except NotebookError as exc:
        QMessageBox.warning(parent, "Cannot open the notebook", str(exc))
        return None
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
        title="New notebook",
        intro=intro or f"Choose a passphrase for {path.name}. It cannot be recovered if you forget it.",
    )
    if not chosen:
        return None
    try:
        session = create_session(path, passphrase)
    except NotebookError as exc:
        QMessageBox.warning(parent, "Cannot create the notebook", str(exc))
        return None
    remember_notebook(path)
    return session
