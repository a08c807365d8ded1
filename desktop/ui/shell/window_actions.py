"""The main window's menus, toolbar and keyboard shortcuts (the actions call the window)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from desktop.ui.shell import settings

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow

Key = QKeySequence.StandardKey


class WindowActions:
    """Creates the actions once; `set_unlocked` enables those that need an open notebook."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        w = window
        self.new = self._make("&New notebook…", Key.New, w.new_notebook)
        self.open = self._make("&Open notebook…", Key.Open, w.open_notebook)
        self.import_files = self._make("&Import files…", "Ctrl+I", w.import_files, tip="Import articles")
        self.import_folder = self._make("Import &folder…", "Ctrl+Shift+I", w.import_folder)
        self.samples = self._make("Import &sample articles", "", w.import_samples)
        self.lock = self._make("&Lock now", "Ctrl+L", w.lock, tip="Lock the notebook")
        self.passphrase = self._make("Change &passphrase…", "", w.change_passphrase)
        self.preferences = self._make("Pre&ferences…", Key.Preferences, w.preferences)
        self.quit = self._make("&Quit", Key.Quit, w.close)
        self.undo = self._make("&Undo", Key.Undo, w.undo)
        self.redo = self._make("&Redo", "Ctrl+Shift+Z", w.redo)
        self.delete = self._make("&Delete", Key.Delete, w.delete_selected, tip="Delete the selection")
        self.search = self._make("&Search notebook", "Ctrl+K", w.focus_search)
        self.library = self._make("Show &library", "Ctrl+1", w.show_library)
        self.events = self._make("Show &events", "Ctrl+2", w.show_events)
        self.suggest = self._make("&Suggest events in article", "Ctrl+Shift+G", w.suggest_events)
        self.export = self._make("&Export cited summary…", "Ctrl+Shift+S", w.export_summary)
        self.cite = self._make("&Copy citation", "Ctrl+Shift+C", w.copy_citation)
        self.share = self._make("&Share…", "", w.share_notebook, tip="Share the notebook or a selection")
        self.receive = self._make("&Receive…", "", w.receive_share, tip="Merge a colleague's share file")
        self.contacts = self._make("&Contacts…", "", w.edit_contacts)
        self.identity = self._make("My &identity card…", "", w.show_identity)
        self.menus: dict[str, QMenu] = {}
        self.toolbar: QToolBar | None = None
        self.recent = QMenu("Open &recent", window)
        self.recent.aboutToShow.connect(self._fill_recent)
        self.needs_notebook = [
            self.import_files, self.import_folder, self.samples, self.lock, self.passphrase,
            self.undo, self.redo, self.delete, self.search, self.library, self.events,
            self.suggest, self.export, self.cite, self.share, self.receive, self.contacts, self.identity,
        ]  # fmt: skip

    def _make(self, text: str, shortcut: Any, slot: Any, *, tip: str = "") -> QAction:
        action = QAction(text, self.window, triggered=lambda _=False: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text.replace("&", "").rstrip("…"))
        self.window.addAction(action)
        return action

    def build(self) -> None:
        """Menus and the toolbar (the Article menu is filled by `set_article_actions`)."""
        bar = self.window.menuBar()
        menus: dict[str, list[Any]] = {
            "&File": [self.new, self.open, self.recent, None, self.import_files, self.import_folder,
                      self.samples, None, self.export, None, self.lock, self.passphrase,
                      self.preferences, None, self.quit],
            "&Edit": [self.undo, self.redo, None, self.delete, None, self.search, self.cite],
            "&Article": [],
            "&View": [self.library, self.events, self.suggest],
            "&Share": [self.share, self.receive, None, self.contacts, self.identity],
        }  # fmt: skip
        for title, entries in menus.items():
            menu = bar.addMenu(title)
            self.menus[title.replace("&", "")] = menu
            for entry in entries:
                if entry is None:
                    menu.addSeparator()
                elif isinstance(entry, QMenu):
                    menu.addMenu(entry)
                else:
                    menu.addAction(entry)
        self.toolbar = QToolBar("Main", self.window)
        self.toolbar.setObjectName("main-toolbar")
        for action in (self.import_files, self.undo, self.redo, self.lock):
            self.toolbar.addAction(action)
        self.window.addToolBar(self.toolbar)

    def set_article_actions(self, actions: list[QAction]) -> None:
        """The Article menu shows the current reader's actions (a new reader per unlock)."""
        menu = self.menus["Article"]
        menu.clear()
        menu.addActions(actions)

    def set_unlocked(self, unlocked: bool) -> None:
        for action in self.needs_notebook:
            action.setEnabled(unlocked)

    def update_undo(self, undo_label: str, redo_label: str, can_undo: bool, can_redo: bool) -> None:
        self.undo.setText(undo_label)
        self.redo.setText(redo_label)
        self.undo.setEnabled(can_undo)
        self.redo.setEnabled(can_redo)

    def _fill_recent(self) -> None:
        self.recent.clear()
        for path in settings.recent_notebooks():
            self.recent.addAction(str(path), lambda p=path: self.window.open_path(p))
        self.recent.setEnabled(True)
