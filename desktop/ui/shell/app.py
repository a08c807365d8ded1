"""Start the app: first run creates the default notebook (and offers the samples), later runs
unlock the last notebook; then the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import paths
from desktop.resources import resources_dir
from desktop.ui.common import language
from desktop.ui.common.icons import app_icon
from desktop.ui.common.theme import apply_theme
from desktop.ui.shell import notebook_flow, settings
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.samples import sample_paths
from desktop.ui.shell.session import Session

FIRST_RUN_INTRO = QT_TRANSLATE_NOOP(
    "App",
    "Welcome to Fieldnotes. Your notebook will be kept in one encrypted file:\n{path}\n\n"
    "Choose a passphrase for it. Nobody can recover it for you if you forget it.",
)


def application() -> QApplication:
    """The QApplication (Qt 6: high-DPI by default); light or dark is applied by `run`."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Fieldnotes")
    app.setOrganizationName("Fieldnotes")
    app.setApplicationDisplayName("Fieldnotes")
    app.setWindowIcon(app_icon())
    load_bundled_fonts()
    return app


def load_bundled_fonts() -> int:
    """Register the fonts shipped in `resources/fonts` (the bundle carries Noto Naskh Arabic for
    systems without an Arabic-script font). Returns how many were loaded."""
    folder = resources_dir() / "fonts"
    loaded = 0
    for font in sorted(folder.glob("*.ttf")) if folder.is_dir() else []:
        loaded += QFontDatabase.addApplicationFont(str(font)) >= 0
    return loaded


def which_notebook(requested: Path | None) -> Path:
    """The notebook named on the command line, else the last one opened, else the default."""
    if requested is not None:
        return requested
    recent = [p for p in settings.recent_notebooks() if p.exists()]
    return recent[0] if recent else paths.default_notebook()


def start_session(path: Path) -> tuple[Session | None, bool]:
    """(session, created): unlock `path`, or create it when there is nothing there yet."""
    if path.exists():
        return notebook_flow.unlock_interactive(None, path), False
    intro = QCoreApplication.translate("App", FIRST_RUN_INTRO).format(path=path)
    return notebook_flow.create_interactive(None, path, intro=intro), True


def offer_samples(window: MainWindow) -> None:
    samples = sample_paths()
    if not samples:
        return
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("App", "Sample articles"),
        QCoreApplication.translate(
            "App",
            "Import {count} short sample articles (fictional reports in English and Dari, "
            "written for Fieldnotes) to try the app with? You can delete them later.",
        ).format(count=len(samples)),
    )
    if answer == QMessageBox.StandardButton.Yes:
        window.start_import(samples)


def run(notebook: Path | None, lang: str | None = None) -> int:
    """Run the app until its window closes; returns the exit status.

    lang  "en", "fa" or "ps" (`fieldnotes gui --lang`); None: Preferences, else the system's
    """
    app = application()
    language.install(app, language.resolve(lang))  # before any window: texts and direction
    apply_theme(settings.theme(), app)  # the system's scheme unless Preferences force one
    session, created = start_session(which_notebook(notebook))
    if session is None:
        return 0
    window = MainWindow(session)
    window.show()
    if created:
        offer_samples(window)
    return app.exec()
