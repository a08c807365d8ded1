"""Screenshots of the events view, the timeline and the province map, rendered offscreen to PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from desktop.store.notebook import Notebook
from desktop.ui.events.events_panel import EventsPanel

SIZES = {
    "events-view": QSize(1280, 860),
    "events-timeline": QSize(1100, 420),
    "events-provinces": QSize(820, 700),
}


def _grab(widget: QWidget, size: QSize, path: Path) -> Path:
    widget.resize(size)
    widget.show()
    for _ in range(20):  # laid out in several turns (the undated list places its rows right to left late)
        QApplication.processEvents()
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


def save_event_screenshots(nb: Notebook, folder: Path | str) -> list[Path]:
    """Render the Events view, its timeline and its province map into `folder`; returns the files.

    Needs a QApplication (the caller's, e.g. `make screenshots` with QT_QPA_PLATFORM=offscreen).
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    panel = EventsPanel(nb)
    try:
        panel.tabs.setCurrentWidget(panel.timeline)
        saved = [_grab(panel, SIZES["events-view"], folder / "events-view.png")]
        for name, widget in (("events-timeline", panel.timeline), ("events-provinces", panel.map)):
            widget.setParent(None)  # render it alone, at its own size
            saved.append(_grab(widget, SIZES[name], folder / f"{name}.png"))
            widget.hide()
    finally:
        panel.detach()
        for widget in (panel.timeline, panel.map, panel):
            widget.close()
            widget.deleteLater()
    return saved
