"""The main window: menus and status bar around the workspace, or the locked page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget

from desktop import paths
from desktop.ui.common.change_labels import change_label
from desktop.ui.common.error_message import attempt, show_error
from desktop.ui.common.icons import app_icon
from desktop.ui.common.local_format import isolate
from desktop.ui.export.exchange_menu import ExchangeMenu
from desktop.ui.library.import_runner import ImportRunner
from desktop.ui.library.import_texts import status_message
from desktop.ui.shell import notebook_flow, settings
from desktop.ui.shell.idle_lock import IdleLock
from desktop.ui.shell.locked_page import LockedPage
from desktop.ui.shell.session import Session
from desktop.ui.shell.shortcuts_dialog import install_help_menu
from desktop.ui.shell.window_actions import WindowActions
from desktop.ui.shell.workspace import Workspace

NOTEBOOK_PATTERN = f"(*{paths.SUFFIX})"
IMPORT_PATTERN = "(*.txt *.md *.markdown *.html *.htm *.pdf *.docx)"


class MainWindow(QMainWindow):
    """Holds one `Session` at a time; everything else lives in the Workspace built around it."""

    def __init__(self, session: Session | None) -> None:
        super().__init__()
        self.setWindowTitle("Fieldnotes")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.session: Session | None = None
        self.workspace: Workspace | None = None
        self.runner: ImportRunner | None = None
        self.rekey_worker: Any = None
        self.sharing_dialog: Any = None  # kept until the next one: its workers must outlive run()
        self.last_path: Path | None = session.path if session else None
        self.stack = QStackedWidget(self)
        self.locked = LockedPage(self)
        self.locked.unlock_requested.connect(self.unlock)
        self.locked.open_other.connect(self.open_notebook)
        self.stack.addWidget(self.locked)
        self.setCentralWidget(self.stack)
        self.counts = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts)
        self.commands = WindowActions(self, commands=self)
        self.commands.build()
        self.exchange = ExchangeMenu(self, session=lambda: self.session)  # File ▸ Exchange with other tools
        self.commands.menus["File"].insertMenu(self.commands.export, self.exchange)
        self.commands.needs_notebook.append(self.exchange.menuAction())
        self.help_shortcuts = install_help_menu(self)  # Help ▸ Keyboard shortcuts (F1)
        self.idle = IdleLock(settings.idle_minutes(), self)
        self.idle.idle.connect(self.lock)
        self.resize(1280, 800)
        self._restore_layout()
        self.attach(session) if session else self.show_locked()

    # -- the notebook -------------------------------------------------------------------------------
    def attach(self, session: Session) -> None:
        """Show `session`'s notebook (closing any other)."""
        self.detach()
        self.session, self.last_path = session, session.path
        self.workspace = Workspace(session.nb, self.stack)
        self.workspace.changed.connect(self._changed)
        self.workspace.reader.message.connect(lambda m: self.statusBar().showMessage(m, 5000))
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.commands.set_article_actions(self.workspace.reader.article_actions())
        self.runner = ImportRunner(session, self)
        self.workspace.set_background(session.background)  # searches, suggestions, checks off the GUI thread
        self.runner.finished.connect(self._imported)
        self.commands.set_unlocked(True)
        self.setWindowTitle(self.tr("{name} — Fieldnotes").format(name=isolate(session.path.name)))
        self._restore_workspace()
        self._changed(None)

    def detach(self) -> None:
        """Close the notebook and drop every view of it."""
        if self.workspace is not None:
            self._save_workspace()
            self.workspace.detach()
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        if self.sharing_dialog is not None:  # cancels a running share or receive
            self.sharing_dialog.done(0)
            self.sharing_dialog = None
        if self.session is not None:
            self.session.close()
            self.session = None
        self.runner = None

    def show_locked(self) -> None:
        self.locked.show_for(self.last_path)
        self.stack.setCurrentWidget(self.locked)
        self.commands.set_unlocked(False)
        self.commands.set_article_actions([])
        self.setWindowTitle("Fieldnotes")
        self.counts.clear()

    def lock(self) -> None:
        """Ctrl+L: close the notebook, clear the views, forget the passphrase, ask again."""
        if self.session is None:
            return
        if self.runner is not None and self.runner.running:
            self.statusBar().showMessage(
                self.tr("An import is running; the notebook locks when it ends."), 5000
            )
            self.runner.finished.connect(lambda *_: self.lock())
            return
        self.detach()
        self.show_locked()

    def unlock(self, passphrase: str) -> None:
        if self.last_path is None:
            return
        session = notebook_flow.try_unlock(self, self.last_path, passphrase or None)
        if session is not None:
            self.attach(session)

    def open_path(self, path: Path) -> None:
        session = notebook_flow.unlock_interactive(self, path)
        if session is not None:
            self.attach(session)

    def notebook_filter(self) -> str:
        return self.tr("Fieldnotes notebooks {pattern};;All files (*)").format(pattern=NOTEBOOK_PATTERN)

    def open_notebook(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open notebook"), str(paths.data_dir()), self.notebook_filter()
        )
        if name:
            self.open_path(Path(name))

    def new_notebook(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New notebook"), str(paths.data_dir()), self.notebook_filter()
        )
        if not name:
            return
        path = Path(name) if name.endswith(paths.SUFFIX) else Path(name + paths.SUFFIX)
        session = notebook_flow.create_interactive(self, path)
        if session is not None:
            self.attach(session)

    def change_passphrase(self) -> None:
        if self.session is not None:
            from desktop.ui.shell.rekey_runner import change_passphrase

            change_passphrase(self)

    def preferences(self) -> None:
        from desktop.ui.shell.preferences_dialog import edit_preferences

        minutes = edit_preferences(self)
        if minutes is not None:
            self.idle.set_minutes(minutes)

    # -- importing ----------------------------------------------------------------------------------
    def import_files(self) -> None:
        file_filter = self.tr("Articles {pattern};;All files (*)").format(pattern=IMPORT_PATTERN)
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Import articles"), "", file_filter)
        self.start_import([Path(n) for n in names])

    def import_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of articles"))
        self.start_import([Path(name)] if name else [])

    def import_samples(self) -> None:
        from desktop.ui.shell.samples import sample_paths

        self.start_import(sample_paths())

    def start_import(self, paths_: list[Path]) -> None:
        if self.runner is None or not paths_:
            return
        if not self.runner.start(paths_):
            self.statusBar().showMessage(self.tr("An import is already running."), 5000)

    def _imported(self, results: list[Any], cancelled: bool) -> None:
        self.statusBar().showMessage(status_message(results, cancelled), 8000)  # projects apart
        if self.workspace is not None:
            self.workspace.library.refresh()
            self._changed(None)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.session is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        dropped = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if dropped:
            event.acceptProposedAction()
            self.start_import(dropped)

    # -- editing ------------------------------------------------------------------------------------
    def undo(self) -> None:
        if self.session is not None:
            change = attempt(self, self.tr("Undo"), self.session.nb.undo.undo)
            if change is not None:
                self.statusBar().showMessage(change_label(change.label), 4000)

    def redo(self) -> None:
        if self.session is not None:
            change = attempt(self, self.tr("Redo"), self.session.nb.undo.redo)
            if change is not None:
                self.statusBar().showMessage(change_label(change.label), 4000)

    def delete_selected(self) -> None:
        """Del: the selected annotation when the notes list has focus, else the open article."""
        ws, session = self.workspace, self.session
        if ws is None or session is None:
            return
        if ws.annotations.list.hasFocus() and ws.annotations.current_id():
            ws.annotations.delete_current()
            return
        article_id = ws.library.selected_id() or ws.current_article_id()
        if article_id and attempt(
            self, self.tr("Deleting the article"), lambda: session.nb.delete_article(article_id)
        ):
            self.statusBar().showMessage(self.tr("Article deleted — Undo (Ctrl+Z) brings it back."), 6000)

    def focus_search(self) -> None:
        if self.workspace is not None:
            self.workspace.search_field.setFocus()
            self.workspace.search_field.selectAll()

    def show_events(self) -> None:
        if self.workspace is not None:
            self.workspace.nav.setCurrentRow(1)

    def suggest_events(self) -> None:
        if self.workspace is not None:
            if self.workspace.current_article_id() is None:
                self.statusBar().showMessage(self.tr("Open an article to look for events in it."), 4000)
            self.workspace.show_suggestions()

    def export_summary(self) -> None:
        """The cited-summary dialog, preselecting the open article's annotations if any."""
        if self.session is None:
            return
        from desktop.selection import Selection
        from desktop.ui.export.export_dialog import ExportDialog

        selection = None
        article_id = self.workspace.current_article_id() if self.workspace else None
        if article_id:
            selection = Selection(article_ids=(article_id,))
        self.export_dialog = ExportDialog(self.session.nb, selection=selection, parent=self)
        self.export_dialog.open()

    def copy_citation(self) -> None:
        """Copy a citation in the chosen style to the clipboard: of the annotation selected in the
        notes panel (the quote with its in-text citation and the reference), else of the article."""
        article_id = self.workspace.current_article_id() if self.workspace else None
        if self.session is None or article_id is None:
            self.statusBar().showMessage(self.tr("Open an article to copy its citation."), 4000)
            return
        from desktop.ui.reader.cite_actions import CitationCopier

        copier = getattr(self, "citations", None)
        if copier is None or copier.nb is not self.session.nb:  # a new session after unlocking
            self.citations = CitationCopier(self.session.nb, parent=self)
            copied = self.tr("Citation copied")
            self.citations.copied.connect(lambda _t: self.statusBar().showMessage(copied, 3000))
            title = self.tr("Copy citation")
            self.citations.failed.connect(lambda m: show_error(self, title, m))
        annotation_id = self.workspace.annotations.current_id() if self.workspace else None
        if annotation_id:
            self.citations.copy_annotation(annotation_id)
        else:
            self.citations.copy_article(article_id)

    def _open_sharing(self, make: Any) -> None:
        if self.session is not None:
            self.sharing_dialog = make(self.session)
            self.sharing_dialog.open()

    def share_notebook(self) -> None:
        from desktop.ui.sharing.share_dialog import ShareDialog

        self._open_sharing(
            lambda s: ShareDialog(s.nb, notebook_passphrase=s.passphrase, preselection=None, parent=self)
        )

    def receive_share(self) -> None:
        from desktop.ui.sharing.receive_dialog import ReceiveDialog

        self._open_sharing(lambda s: ReceiveDialog(s.nb, notebook_passphrase=s.passphrase, parent=self))

    def edit_contacts(self) -> None:
        from desktop.ui.sharing.contacts_dialog import ContactsDialog

        self._open_sharing(lambda s: ContactsDialog(s.nb, parent=self))

    def show_identity(self) -> None:
        from desktop.ui.sharing.identity_dialog import IdentityDialog

        self._open_sharing(lambda s: IdentityDialog(s.nb, parent=self))

    def show_library(self) -> None:
        if self.workspace is not None:
            self.workspace.search_field.clear()
            self.workspace.run_search("")

    def _changed(self, change: Any) -> None:
        if self.session is None:
            return
        undo = self.session.nb.undo
        self.commands.update_undo(undo.undo_label(), undo.redo_label(), undo.can_undo(), undo.can_redo())
        if change is None or change.kind == "article":  # counting scans the table: only when it changed
            count = self.session.nb.count_articles()
            lock = self.tr("encrypted") if self.session.nb.encrypted else self.tr("NOT encrypted")
            self.counts.setText(self.tr("%n article(s)", "", count) + f" · {lock}")

    # -- layout ---------------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        store = settings.settings()
        geometry, state = store.value("window/geometry"), store.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def _restore_workspace(self) -> None:
        state = settings.settings().value("window/splitter")
        if isinstance(state, QByteArray) and self.workspace is not None:
            self.workspace.restoreState(state)

    def _save_workspace(self) -> None:
        if self.workspace is not None:
            settings.settings().setValue("window/splitter", self.workspace.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner is not None and self.runner.running:
            answer = QMessageBox.question(
                self, self.tr("Import running"), self.tr("Cancel the import and quit?")
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            if self.runner.worker is not None:
                self.runner.worker.cancel()
        store = settings.settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        self.detach()
        super().closeEvent(event)
