"""Regenerate docs/screenshots/*.png from a sample notebook, offscreen (`make screenshots`).

QT_QPA_PLATFORM=offscreen python -m desktop.ui.screenshots [output folder] [--theme light|dark]
    [--lang en|fa|ps]

`--theme dark` renders the set as the dark theme shows it (docs/screenshots/dark/); `--lang fa` in
Dari, right to left (docs/screenshots/fa/).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from desktop.importer import import_paths
from desktop.store.notebook import Notebook
from desktop.ui.common import language
from desktop.ui.common.local_format import isolate
from desktop.ui.common.theme import apply_theme
from desktop.ui.events.events_screenshots import save_event_screenshots
from desktop.ui.shell.app import application
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.samples import sample_paths
from desktop.ui.shell.session import Session
from desktop.ui.shell.workspace import Workspace

SIZE = (1440, 860)
SEARCH_TIMEOUT_MS = 60_000  # only a broken search takes this long; the samples answer in milliseconds
NOTES = [  # (title contains, passage, note, colour, tags)
    ("Kunduz", "At least seven former members of the national army", "Count: at least 7", "#ffe066",
     ("Persecution/Detention", "Places/Kunduz")),
    ("Kunduz", "without a warrant", "No warrant shown", "#fcc2d7", ("Due process",)),
    ("Kunduz", "three of the seven men were released", "3 released on guarantee", "#8ce99a",
     ("Persecution/Detention",)),
    ("Badakhshan", "shot dead", "Killing, 28 Apr 2024", "#ffc078",
     ("Persecution/Killing", "Places/Badakhshan")),
    ("هرات", "دست‌کم پنج سرباز پیشین", "At least 5 former soldiers", "#a5d8ff", ("Persecution/Detention",)),
]  # fmt: skip


def sample_notebook(folder: Path) -> Notebook:
    nb = Notebook.create(folder / "samples.fieldnotes", None)
    list(import_paths(nb, sample_paths()))
    rows = nb.article_rows(limit=50)
    for part, passage, note, colour, tags in NOTES:
        article = nb.article(next(r.id for r in rows if part in r.title))
        start = article.text.index(passage)
        nb.annotations.create(
            article.id, start=start, end=start + len(passage), note=note, color=colour, tags=tags
        )
    return nb


def settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def show_search(workspace: Workspace, query: str, *, timeout_ms: int = SEARCH_TIMEOUT_MS) -> None:
    """Search for `query` as the search field would and return once its hits are on show.

    The search runs in the session's worker thread: wait in an event loop for the panel's
    `results_shown(query)`, so that the picture never shows an empty list; a search that never
    reports within `timeout_ms` raises instead of saving a wrong picture."""
    shown: list[str] = []
    loop = QEventLoop()

    def arrived(which: str) -> None:
        if which == query:
            shown.append(which)
            loop.quit()

    workspace.search.results_shown.connect(arrived)
    timer = QTimer(singleShot=True, interval=timeout_ms)
    timer.timeout.connect(loop.quit)
    try:
        workspace.search_field.blockSignals(True)  # no second search from the field's typing timer
        workspace.search_field.setText(query)
        workspace.search_field.blockSignals(False)
        workspace.run_search(query)
        if not shown:
            timer.start()
            loop.exec()
    finally:
        timer.stop()
        workspace.search.results_shown.disconnect(arrived)
    if not shown:
        raise RuntimeError(f"the search for {query!r} showed no result within {timeout_ms} ms")


def show_suggestions(workspace: Workspace, article_id: str, *, timeout_ms: int = SEARCH_TIMEOUT_MS) -> None:
    """Open the Suggested events tab on an article and return once its suggestions are listed (they are
    found in a worker thread: wait for the panel's `finished`, or raise rather than save an empty list)."""
    loop = QEventLoop()
    done: list[int] = []

    def listed(count: int) -> None:
        done.append(count)
        loop.quit()

    panel = workspace.suggestions
    panel.finished.connect(listed)
    timer = QTimer(singleShot=True, interval=timeout_ms)
    timer.timeout.connect(loop.quit)
    timer.start()
    workspace.side_tabs.setCurrentWidget(panel)
    panel.set_article(article_id)
    if not done:
        loop.exec()
    panel.finished.disconnect(listed)
    if not done:
        raise TimeoutError(f"no suggestions listed within {timeout_ms} ms")


def save(widget: QWidget, path: Path, overlay: QWidget | None = None) -> None:
    pixmap: QPixmap = widget.grab()
    if overlay is not None:  # a dialog is its own window: paint it, framed, over the main window
        top = overlay.grab()
        x, y = (pixmap.width() - top.width()) // 2, (pixmap.height() - top.height()) // 3
        painter = QPainter(pixmap)
        frame = QRect(x - 1, y - 27, top.width() + 2, top.height() + 28)
        painter.fillRect(frame, QColor("#3b4252"))
        painter.setPen(QColor("#eceff4"))
        title = QRect(frame.x() + 10, frame.y(), frame.width() - 10, 26)
        painter.drawText(title, Qt.AlignmentFlag.AlignVCenter, overlay.windowTitle())
        painter.drawPixmap(QPoint(x, y), top)
        painter.end()
    pixmap.save(str(path))
    print(path)


@dataclass(frozen=True)
class ShotOptions:
    """How to render: the theme ("light" or "dark"); further options (the UI language) go here."""

    theme: str = "light"
    language: str = "en"


def shoot(out: Path, options: ShotOptions | None = None) -> None:
    options = options or ShotOptions()
    app = application()
    apply_theme(options.theme, app)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tmp)
        language.install(app, options.language)  # after the settings move: no one's own choices
        nb = sample_notebook(Path(tmp))
        add_suggested_events(nb)
        window = MainWindow(Session(nb.path, None, nb))
        window.resize(*SIZE)
        window.show()
        ws = window.workspace
        assert ws is not None
        ws.setSizes([220, 640, 580])
        settle(app)
        rows = nb.article_rows(limit=50)
        by_title = {part: next(r.id for r in rows if part in r.title) for part in ("Kunduz", "هرات")}
        ws.library.select(by_title["Kunduz"])
        settle(app)
        save(window, out / "library.png")
        ws.reader.text.verticalScrollBar().setValue(0)
        ws.annotations.list.setCurrentRow(0)
        settle(app)
        save(window, out / "reader.png")
        show_search(ws, "detained OR deported")
        ws.search.open_row(0)
        settle(app)
        save(window, out / "search.png")
        ws.search_field.clear()
        ws.run_search("")
        ws.library.select(by_title["هرات"])
        settle(app)
        save(window, out / "persian.png")
        ws.library.select(by_title["Kunduz"])
        show_suggestions(ws, by_title["Kunduz"])
        ws.suggestions.list.setCurrentRow(0)
        settle(app)
        save(window, out / "suggestions.png")
        ws.side_tabs.setCurrentIndex(0)
        settle(app)
        translate = QCoreApplication.translate
        label = translate("ImportRunner", "{done} of {total}: {name}")
        progress = QProgressDialog(
            label.format(done=12, total=40, name=isolate("2024-03-kunduz-report.html")),
            translate("ImportRunner", "Cancel"),
            0,
            40,
            window,
        )
        progress.setWindowTitle(translate("ImportRunner", "Importing"))
        progress.setValue(12)
        progress.setMinimumWidth(420)
        progress.show()
        settle(app)
        save(window, out / "import.png", overlay=progress)
        progress.close()
        for path in save_event_screenshots(nb, out):
            print(path)
        window.close()


def add_suggested_events(nb: Notebook) -> int:
    """Accept every suggested event in the sample articles (for the events screenshots)."""
    from desktop.events.suggest import suggest_events
    from desktop.events_batch import suggestion_fields

    added = 0
    for row in nb.article_rows(limit=50):
        article = nb.article(row.id)
        for s in suggest_events(article.text, published=article.published, language=article.language):
            nb.events.from_passage(article.id, start=s.start, end=s.end, **suggestion_fields(s))
            added += 1
    return added


def parse_args(argv: list[str]) -> tuple[Path, ShotOptions]:
    parser = argparse.ArgumentParser(prog="python -m desktop.ui.screenshots", description=__doc__)
    parser.add_argument("out", nargs="?", type=Path, default=Path("docs/screenshots"), help="output folder")
    parser.add_argument("--theme", choices=("light", "dark"), default="light", help="colour scheme")
    parser.add_argument("--lang", choices=tuple(language.LANGUAGES), default="en", help="interface language")
    args = parser.parse_args(argv)
    return args.out, ShotOptions(theme=args.theme, language=args.lang)


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out, options = parse_args(sys.argv[1:] if argv is None else argv)
    shoot(out, options)
    return 0


if __name__ == "__main__":
    sys.exit(main())
