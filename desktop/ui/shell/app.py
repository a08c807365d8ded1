"""Start the app: first run creates the default notebook (and offers the samples), later runs
unlock the last notebook; then the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import paths
from desktop.resources import resources_dir
from desktop.ui.common.icons import app_icon
from desktop.ui.common.theme import apply_theme
from desktop.ui.shell import notebook_flow, settings
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.samples import sample_paths
from desktop.ui.shell.session import Session

FIRST_RUN_INTRO = (
    "Welcome to Fieldnotes. Your notebook will be kept in one encrypted file:\n{path}\n\n"
    "Choose a passphrase for it. Nobody can recover it for you if you forget it."
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
    intro = FIRST_RUN_INTRO.format(path=path)
    return notebook_flow.create_interactive(None, path, intro=intro), True


def offer_samples(window: MainWindow) -> None:
    samples = sample_paths()
    if not samples:
        return
    answer = QMessageBox.question(
        window,
        "Sample articles",
        f"Import {len(samples)} short sample articles (fictional reports in English and Dari, "
        "written for Fieldnotes) to try the app with? You can delete them later.",
    )
    if answer == QMessageBox.StandardButton.Yes:
        window.start_import(samples)


def run(notebook: Path | None) -> int:
    """Run the app until its window closes; returns the exit status."""
    app = application()
    apply_theme(settings.theme(), app)  # the system's scheme unless Preferences force one
    session, created = start_session(which_notebook(notebook))
    if session is None:
        return 0
    window = MainWindow(session)
    window.show()
    if created:
        offer_samples(window)
    return app.exec()
