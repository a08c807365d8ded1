"""The app's icon, found through desktop.resources (so it works inside the bundle too)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from desktop.resources import resource_path


def app_icon() -> QIcon:
    try:
        return QIcon(str(resource_path("icons", "fieldnotes.svg")))
    except FileNotFoundError:
        return QIcon()
