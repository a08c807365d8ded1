"""Keyboard conventions for the panes: Tab moves between panes (arrows move inside a list or a
table), and the pane that has the focus shows it with a frame in the palette's highlight colour."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QWidget

# Fusion marks a focused line edit but not a focused list, table or text view: frame those.
FOCUS_FRAME = (
    "QAbstractItemView:focus, QTextEdit:focus, QPlainTextEdit:focus "
    "{ border: 2px solid palette(highlight); }"
)


def tab_between_panes(root: QWidget) -> None:
    """Make Tab leave every list, table and tree under `root` (Qt's tables use it to move between
    cells, which traps a keyboard user) and show which pane has the focus."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    root.setStyleSheet(FOCUS_FRAME)
