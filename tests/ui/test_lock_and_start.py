"""Unlocking, locking, first run and the passphrase dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.store.notebook import Notebook
from desktop.ui.shell import app, passphrase_dialog
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.passphrase_dialog import NewPassphraseDialog
from desktop.ui.shell.session import create_session

SECRET = "correct horse battery"


def test_lock_then_wrong_passphrase_then_right_one(qtbot, tmp_path, messages):
    session = create_session(tmp_path / "secret.fieldnotes", SECRET)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session is None and window.workspace is None
    assert window.stack.currentWidget() is window.locked
    assert not window.commands.import_files.isEnabled()
    qtbot.keyClicks(window.locked.passphrase, "wrong guess")
    qtbot.keyClick(window.locked.passphrase, Qt.Key.Key_Return)
    assert messages and messages[-1][0] == "Wrong passphrase"
    assert window.session is None and window.locked.passphrase.text() == ""
    qtbot.keyClicks(window.locked.passphrase, SECRET)
    qtbot.keyClick(window.locked.passphrase, Qt.Key.Key_Return)
    assert window.session is not None and window.stack.currentWidget() is window.workspace
    window.close()


def test_idle_lock_locks_the_window(qtbot, window):
    window.idle.idle.emit()
    assert window.session is None and window.stack.currentWidget() is window.locked


def test_first_run_creates_the_notebook_with_the_chosen_passphrase(qtbot, tmp_path, monkeypatch, messages):
    path = tmp_path / "home" / "default.fieldnotes"
    monkeypatch.setattr(passphrase_dialog, "ask_new_passphrase", lambda *a, **k: (True, SECRET))
    session, created = app.start_session(path)
    assert created and session is not None and session.nb.encrypted
    session.close()
    Notebook.open(path, SECRET).close()


def test_unlock_retries_after_a_wrong_passphrase(qtbot, tmp_path, monkeypatch, messages):
    path = tmp_path / "n.fieldnotes"
    Notebook.create(path, SECRET).close()
    answers = iter(["nope", SECRET])
    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", lambda *a: next(answers))
    session, created = app.start_session(path)
    assert not created and session is not None
    assert [t for t, _ in messages] == ["Wrong passphrase"]
    session.close()


def test_cancelling_the_unlock_dialog_starts_nothing(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "n.fieldnotes"
    Notebook.create(path, SECRET).close()
    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", lambda *a: None)
    assert app.start_session(path) == (None, False)


def test_no_passphrase_needs_the_warning_and_mismatches_are_refused(qtbot):
    dialog = NewPassphraseDialog(None, title="New", intro="")
    qtbot.addWidget(dialog)
    dialog.first.setText("long enough one")
    dialog.second.setText("long enough two")
    assert dialog.problem_text() == "The two passphrases differ."
    assert dialog.warning.isHidden()
    dialog.plain.setChecked(True)
    assert not dialog.warning.isHidden() and "NOT encrypted" in dialog.warning.text()
    assert dialog.problem_text() == "" and dialog.passphrase() is None


def test_which_notebook_prefers_the_command_line_then_recent(tmp_path: Path):
    from desktop.ui.shell import settings

    named = tmp_path / "named.fieldnotes"
    assert app.which_notebook(named) == named
    recent = tmp_path / "recent.fieldnotes"
    Notebook.create(recent, None).close()
    settings.remember_notebook(recent)
    assert app.which_notebook(None) == recent


def test_change_passphrase_reopens_under_the_new_one(qtbot, tmp_path, monkeypatch, messages):
    from desktop.store.errors import WrongPassphrase
    from desktop.ui.shell.rekey_runner import change_passphrase
    from tests.conftest import make_draft

    path = tmp_path / "rekey.fieldnotes"
    session = create_session(path, SECRET)
    session.nb.add_articles([make_draft("Kept through the change of passphrase.", title="Kept")])
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(passphrase_dialog, "ask_new_passphrase", lambda *a, **k: (True, "a new passphrase"))
    worker = change_passphrase(window)
    assert worker is not None
    qtbot.waitUntil(lambda: window.session is not None, timeout=20_000)
    assert not messages, messages
    assert window.session.passphrase == "a new passphrase"
    assert window.session.nb.search("kept").total == 1
    with pytest.raises(WrongPassphrase):
        Notebook.open(path, SECRET)  # the old passphrase no longer opens it
    window.close()
