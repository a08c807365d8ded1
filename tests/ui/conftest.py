"""Fixtures for the GUI tests: temporary notebooks, isolated settings, no blocking dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.importer import import_paths
from desktop.store.notebook import Notebook
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.samples import sample_paths
from desktop.ui.shell.session import Session, create_session


@pytest.fixture(autouse=True, scope="session")
def english(qapp: QApplication) -> None:
    """The interface in English, with its plural forms ("1 article"), as the app starts it."""
    from desktop.ui.common import language

    language.install(qapp, "en")


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings and data in the test's folder; message boxes recorded instead of shown."""
    monkeypatch.setenv("FIELDNOTES_HOME", str(tmp_path / "home"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings("Fieldnotes", "Fieldnotes").clear()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every QMessageBox.warning/information shown, as (title, text); question answers No."""
    shown: list[tuple[str, str]] = []

    def record(_parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    return shown


@pytest.fixture
def notebook(tmp_path: Path) -> Iterator[Notebook]:
    nb = Notebook.create(tmp_path / "test.fieldnotes", None)
    yield nb
    nb.close()


@pytest.fixture
def samples_nb(notebook: Notebook) -> Notebook:
    """A plain notebook holding the shipped sample articles."""
    list(import_paths(notebook, sample_paths()))
    return notebook


def article_id(nb: Notebook, title_part: str) -> str:
    return next(r.id for r in nb.article_rows(limit=50) if title_part in r.title)


@pytest.fixture
def session(tmp_path: Path) -> Session:
    return create_session(tmp_path / "window.fieldnotes", None)


@pytest.fixture
def window(qtbot, session: Session, messages: list) -> Iterator[MainWindow]:  # noqa: ANN001
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)  # shortcuts need an active window
    yield win
    if win.runner is not None and win.runner.worker is not None:
        win.runner.worker.cancel()
        qtbot.waitUntil(lambda: win.runner is None or not win.runner.running, timeout=10_000)
    win.close()


def import_samples(qtbot, win: MainWindow) -> None:  # noqa: ANN001
    """Import the sample articles through the window and wait for the worker."""
    win.start_import(sample_paths())
    qtbot.waitUntil(lambda: not win.runner.running, timeout=20_000)
    qtbot.waitUntil(lambda: win.workspace.library.model.rowCount() == len(sample_paths()), timeout=5_000)
    win.activateWindow()  # the progress dialog may have taken the focus
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)


@pytest.fixture(autouse=True)
def _empty_clipboard_after_test(qapp: Any) -> Iterator[None]:
    """Qt's offscreen platform crashes at exit if the clipboard still owns data: empty it."""
    yield
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().clear()
