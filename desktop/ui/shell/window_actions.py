"""The main window's menus, toolbar and keyboard shortcuts.

The actions call the commands they are given (`WindowCommands`, which the main window
implements) and live in the window that hosts them; this module never imports the main window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from desktop.ui.common.change_labels import change_label
from desktop.ui.shell import settings

Key = QKeySequence.StandardKey
# Where the platform has no binding for a standard key (Quit and Preferences on Windows and some
# Linux desktops), these keep the action reachable from the keyboard.
FALLBACK = {Key.Quit: "Ctrl+Q", Key.Preferences: "Ctrl+,"}


class WindowCommands(Protocol):
    """What the menus, toolbar and shortcuts trigger: one method a user action."""

    def new_notebook(self) -> None: ...
    def open_notebook(self) -> None: ...
    def open_path(self, path: Path) -> None: ...
    def import_files(self) -> None: ...
    def import_folder(self) -> None: ...
    def import_samples(self) -> None: ...
    def lock(self) -> None: ...
    def change_passphrase(self) -> None: ...
    def preferences(self) -> None: ...
    def close(self) -> bool: ...
    def undo(self) -> None: ...
    def redo(self) -> None: ...
    def delete_selected(self) -> None: ...
    def focus_search(self) -> None: ...
    def show_library(self) -> None: ...
    def show_events(self) -> None: ...
    def suggest_events(self) -> None: ...
    def export_summary(self) -> None: ...
    def copy_citation(self) -> None: ...
    def share_notebook(self) -> None: ...
    def receive_share(self) -> None: ...
    def edit_contacts(self) -> None: ...
    def show_identity(self) -> None: ...


class WindowActions(QObject):
    """Creates the actions once; `set_unlocked` enables those that need an open notebook.

    window    the window that hosts the actions, menus and toolbar
    commands  what the actions call (the main window itself)
    """

    def __init__(self, window: QMainWindow, *, commands: WindowCommands) -> None:
        super().__init__(window)
        self.window = window
        self._commands = commands
        w = commands
        self.new = self._make(self.tr("&New notebook…"), Key.New, w.new_notebook)
        self.open = self._make(self.tr("&Open notebook…"), Key.Open, w.open_notebook)
        self.import_files = self._make(
            self.tr("&Import files…"), "Ctrl+I", w.import_files, tip=self.tr("Import articles")
        )
        self.import_folder = self._make(self.tr("Import &folder…"), "Ctrl+Shift+I", w.import_folder)
        self.samples = self._make(self.tr("Import &sample articles"), "", w.import_samples)
        self.lock = self._make(self.tr("&Lock now"), "Ctrl+L", w.lock, tip=self.tr("Lock the notebook"))
        self.passphrase = self._make(self.tr("Change &passphrase…"), "", w.change_passphrase)
        self.preferences = self._make(self.tr("Pre&ferences…"), Key.Preferences, w.preferences)
        self.quit = self._make(self.tr("&Quit"), Key.Quit, w.close)
        self.undo = self._make(self.tr("&Undo"), Key.Undo, w.undo)
        self.redo = self._make(self.tr("&Redo"), Key.Redo, w.redo)
        self.delete = self._make(
            self.tr("&Delete"), Key.Delete, w.delete_selected, tip=self.tr("Delete the selection")
        )
        self.search = self._make(self.tr("&Search notebook"), "Ctrl+K", w.focus_search)
        self.library = self._make(self.tr("Show &library"), "Ctrl+1", w.show_library)
        self.events = self._make(self.tr("Show &events"), "Ctrl+2", w.show_events)
        self.suggest = self._make(self.tr("&Suggest events in article"), "Ctrl+Shift+G", w.suggest_events)
        self.export = self._make(self.tr("&Export cited summary…"), "Ctrl+Shift+S", w.export_summary)
        self.cite = self._make(self.tr("&Copy citation"), "Ctrl+Shift+C", w.copy_citation)
        self.share = self._make(
            self.tr("&Share…"), "", w.share_notebook, tip=self.tr("Share the notebook or a selection")
        )
        self.receive = self._make(
            self.tr("&Receive…"), "", w.receive_share, tip=self.tr("Merge a colleague's share file")
        )
        self.contacts = self._make(self.tr("&Contacts…"), "", w.edit_contacts)
        self.identity = self._make(self.tr("My &identity card…"), "", w.show_identity)
        self.menus: dict[str, QMenu] = {}
        self.toolbar: QToolBar | None = None
        self.recent = QMenu(self.tr("Open &recent"), window)
        self.recent.aboutToShow.connect(self._fill_recent)
        self.needs_notebook = [
            self.import_files, self.import_folder, self.samples, self.lock, self.passphrase,
            self.undo, self.redo, self.delete, self.search, self.library, self.events,
            self.suggest, self.export, self.cite, self.share, self.receive, self.contacts, self.identity,
        ]  # fmt: skip

    def _make(self, text: str, shortcut: Any, slot: Any, *, tip: str = "") -> QAction:
        action = QAction(text, self.window, triggered=lambda _=False: slot())
        if isinstance(shortcut, Key):  # every binding the platform has (redo: Ctrl+Shift+Z and Ctrl+Y)
            bindings = QKeySequence.keyBindings(shortcut)
            action.setShortcuts(bindings or [QKeySequence(FALLBACK.get(shortcut, ""))])
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text.replace("&", "").rstrip("…"))
        self.window.addAction(action)
        return action

    def build(self) -> None:
        """Menus and the toolbar (the Article menu is filled by `set_article_actions`)."""
        bar = self.window.menuBar()
        menus: dict[str, tuple[str, list[Any]]] = {  # {key: (title, entries)}
            "File": (self.tr("&File"), [self.new, self.open, self.recent, None, self.import_files,
                                   self.import_folder, self.samples, None, self.export, None, self.lock,
                                   self.passphrase, self.preferences, None, self.quit]),
            "Edit": (self.tr("&Edit"), [self.undo, self.redo, None, self.delete, None, self.search,
                                        self.cite]),
            "Article": (self.tr("&Article"), []),
            "View": (self.tr("&View"), [self.library, self.events, self.suggest]),
            "Share": (self.tr("&Share"), [self.share, self.receive, None, self.contacts, self.identity]),
        }  # fmt: skip
        for key, (title, entries) in menus.items():
            menu = bar.addMenu(title)
            self.menus[key] = menu
            for entry in entries:
                if entry is None:
                    menu.addSeparator()
                elif isinstance(entry, QMenu):
                    menu.addMenu(entry)
                else:
                    menu.addAction(entry)
        self.toolbar = QToolBar(self.tr("Main"), self.window)
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
        self.undo.setText(change_label(undo_label))
        self.redo.setText(change_label(redo_label))
        self.undo.setEnabled(can_undo)
        self.redo.setEnabled(can_redo)

    def _fill_recent(self) -> None:
        self.recent.clear()
        for path in settings.recent_notebooks():
            self.recent.addAction(str(path), lambda p=path: self._commands.open_path(p))
        self.recent.setEnabled(True)
