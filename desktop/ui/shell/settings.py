"""The app's remembered preferences (QSettings): recent notebooks, idle lock, theme, window layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_MAX = 8
DEFAULT_IDLE_MINUTES = 10


def settings() -> QSettings:
    return QSettings("Fieldnotes", "Fieldnotes")


def recent_notebooks() -> list[Path]:
    value = settings().value("recent", [])
    items = [value] if isinstance(value, str) else list(value or [])
    return [Path(p) for p in items if p]


def remember_notebook(path: Path) -> None:
    """Put `path` first in the Recent list."""
    items = [str(path)] + [str(p) for p in recent_notebooks() if p != path]
    settings().setValue("recent", items[:RECENT_MAX])


def idle_minutes() -> int:
    """Minutes without input before the notebook locks itself; 0 = never."""
    return int(settings().value("idle_minutes", DEFAULT_IDLE_MINUTES))


def set_idle_minutes(minutes: int) -> None:
    settings().setValue("idle_minutes", int(minutes))


def theme() -> str:
    """ "system" (follow the desktop's light or dark scheme), "light" or "dark"."""
    value = str(settings().value("theme", "system"))
    return value if value in ("system", "light", "dark") else "system"


def set_theme(choice: str) -> None:
    settings().setValue("theme", choice)
