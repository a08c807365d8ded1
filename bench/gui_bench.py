"""GUI benchmark: the main window over a notebook of N articles, as a user would feel it.

    QT_QPA_PLATFORM=offscreen nice -n 10 .venv/bin/python bench/gui_bench.py --docs 100000 --keep DIR

Measures (issue 16 targets at 100,000 articles): start to an interactive window ≤ 1.5 s; the
library list scrolls without loading every row; search-as-you-type shows results ≤ 150 ms after
the last keystroke and no keystroke waits for a search (the longest GUI-thread stall while
typing, from a 5 ms QTimer heartbeat); sorting by each column and filtering ≤ 200 ms; creating
an annotation visible ≤ 50 ms; the custody log page (one entry per article) shown, a new entry
on it, a check of its chain, each with the worst GUI-thread stall (`--custody-only`: that alone;
`--no-custody`: all but that).
`--keep DIR` builds the notebook there once and reuses it.
Prints one JSON line (times in ms unless the name says _s).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.ingest.draft import ArticleDraft  # noqa: E402
from desktop.store.notebook import Notebook  # noqa: E402

WORDS = [
    "detained",
    "released",
    "former",
    "soldiers",
    "province",
    "district",
    "returned",
    "border",
    "police",
    "officer",
    "family",
]
QUERY = "former soldiers"  # typed one key at a time
KEY_GAP_MS = 80
TAGGED_EVERY = 200  # one article in 200 carries a tagged annotation (the tag filter's matches)


def _draft(i: int, rng: random.Random) -> ArticleDraft:
    body = " ".join(rng.choice(WORDS) for _ in range(300))
    csl: dict[str, Any] = {
        "title": f"Report {rng.randrange(10**6):06d} from {WORDS[i % len(WORDS)]}",
        "container-title": f"Outlet {i % 37}",
        "issued": {"date-parts": [[2015 + i % 11, 1 + i % 12, 1 + i % 28]]},
    }
    language, direction = ("fa", "rtl") if i % 10 == 0 else ("en", "ltr")
    return ArticleDraft(f"{csl['title']}\n\n{body}", csl, f"{i}".encode(), f"{i}.txt", "text/plain",
                        language=language, direction=direction)  # fmt: skip


def build(path: Path, docs: int) -> None:
    """A notebook of `docs` articles with outlets, dates, two languages and some tagged notes."""
    rng = random.Random(3)
    nb = Notebook.create(path, None)
    for start in range(0, docs, 1000):
        stored = nb.add_articles([_draft(i, rng) for i in range(start, min(start + 1000, docs))])
        for article in stored[::TAGGED_EVERY]:
            nb.annotations.create(article.id, start=0, end=6, tags=("Persecution/Detention",))
    nb.close()


class Heartbeat:
    """A 5 ms QTimer on the GUI thread: the longest gap between its ticks is the longest stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.worst = time.perf_counter(), 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.worst


def _wait(until: Callable[[], bool], timeout: float = 30.0) -> float:
    """Process events until `until()`; returns the seconds it took."""
    from PySide6.QtWidgets import QApplication

    started = time.perf_counter()
    while not until():
        if time.perf_counter() - started > timeout:
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents()
        time.sleep(0.001)
    return time.perf_counter() - started


def _pause(seconds: float) -> None:
    """Let the event loop run for `seconds` (what happens between two key presses)."""
    from PySide6.QtWidgets import QApplication

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.001)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def measure_scroll(ws: Any, total: int) -> dict[str, Any]:
    """Ctrl+End in the list, again and again, until it is at the last article (or 20 s pass): each
    press shows the next page at most (the model loads on demand): presses, time, rows loaded."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    table, model = ws.library.table, ws.library.model
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    started, steps = time.perf_counter(), []
    while time.perf_counter() - started < 20:
        before = time.perf_counter()
        QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        QApplication.processEvents()
        steps.append(time.perf_counter() - before)
        if table.currentIndex().row() == total - 1:
            break
    return {
        "scroll_end_ms": _ms(time.perf_counter() - started),
        "scroll_end_presses": len(steps),
        "scroll_median_step_ms": _ms(statistics.median(steps)),
        "scroll_worst_step_ms": _ms(max(steps)),
        "scroll_rows_loaded": model.rowCount(),
        "scroll_reached_end": table.currentIndex().row() == total - 1,
    }


def measure_typing(ws: Any, key_gap_ms: int) -> dict[str, Any]:
    """Type QUERY a key every `key_gap_ms`; last key → results shown, and the worst stall."""
    from PySide6.QtTest import QTest

    field, panel = ws.search_field, ws.search
    field.setFocus()
    field.clear()
    _pause(0.3)
    heart = Heartbeat()
    heart.start()
    for char in QUERY[:-1]:
        QTest.keyClicks(field, char)
        _pause(key_gap_ms / 1000)
    shown_before = getattr(panel, "shown_query", None)
    QTest.keyClicks(field, QUERY[-1])
    last_key = time.perf_counter()

    def results_for_query() -> bool:
        if hasattr(panel, "shown_query"):
            return panel.shown_query == QUERY and panel.shown_query != shown_before
        return panel.list.count() > 0 and field.text() == QUERY

    _wait(results_for_query)
    elapsed = time.perf_counter() - last_key
    _pause(0.2)  # a search that blocks the GUI thread shows as a late heartbeat tick
    stall = heart.stop()
    return {
        "search_last_key_to_results_ms": _ms(elapsed),
        "search_of_last_query_ms": _ms(getattr(panel, "shown_seconds", float("nan"))),  # in the worker
        "search_worst_stall_ms": _ms(stall),
    }


def measure_sorts(ws: Any) -> dict[str, Any]:
    """Sort by each sortable column (ascending and descending: the slower) and filter each way:
    time until the first page of rows is there."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.ui.library.library_model import ORDER_KEYS, LibraryFilter

    table, model, out = ws.library.table, ws.library.model, {}
    ws.library.table.scrollToTop()
    for column in ORDER_KEYS:  # the count columns do not sort (see library_model)
        name = str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        times = []
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            started = time.perf_counter()
            table.sortByColumn(column, order)
            QApplication.processEvents()
            model.index(0, 0).data()
            times.append(time.perf_counter() - started)
        out[f"sort_{name.lower().rstrip('.')}_ms"] = _ms(max(times))
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    filters = {
        "language": LibraryFilter(language="fa"),
        "outlet": LibraryFilter(outlet="Outlet 3"),
        "dates": LibraryFilter(date_from="2020-03", date_to="2021"),
        "tag": LibraryFilter(tag="Persecution"),
    }
    for name, chosen in filters.items():
        started = time.perf_counter()
        model.set_filter(chosen)
        QApplication.processEvents()
        assert model.rowCount() > 0, name
        out[f"filter_{name}_ms"] = _ms(time.perf_counter() - started)
    model.set_filter(LibraryFilter())
    return out


def _custody_shown(panel: Any) -> bool:
    """The custody log page shows its newest entry (on top now; at the end before issue 16)."""
    rows, newest = panel.model.rows, panel.nb.db.execute("SELECT max(seq) FROM custody_log").fetchone()[0]
    return bool(rows) and newest in (rows[0].seq, rows[-1].seq)


def measure_custody(ws: Any) -> dict[str, Any]:
    """The custody log page (one entry per imported file): from choosing it in the sidebar until
    its rows are painted, a new entry while it is shown until it is painted, and a check of the
    whole chain until its result shows; each with the worst GUI-thread stall (heartbeat)."""
    from PySide6.QtWidgets import QApplication

    heart, out = Heartbeat(), {}
    article_id = ws.library.model.rows[0].id
    heart.start()
    started = time.perf_counter()
    ws.nav.setCurrentRow(3)  # Custody log
    panel = ws.custody
    _wait(lambda: panel.model.rowCount() > 0)
    panel.table.viewport().repaint()  # painted now, not at the next idle moment
    out["custody_show_to_rows_ms"] = _ms(time.perf_counter() - started)
    out["custody_rows_read_when_shown"] = panel.model.rowCount()
    _pause(0.3)
    out["custody_show_worst_stall_ms"] = _ms(heart.stop())
    heart.start()
    started = time.perf_counter()
    ws.nb.annotations.create(article_id, start=10, end=40, note="custody bench")  # one more entry
    QApplication.processEvents()
    _wait(lambda: _custody_shown(panel))
    panel.table.viewport().repaint()
    out["custody_edit_to_shown_ms"] = _ms(time.perf_counter() - started)
    _pause(0.3)
    out["custody_edit_worst_stall_ms"] = _ms(heart.stop())
    heart.start()
    started = time.perf_counter()
    panel.check = None
    panel.verify()
    _wait(lambda: panel.check is not None and getattr(panel, "worker", None) is None, timeout=120)
    out["custody_verify_ms"] = _ms(time.perf_counter() - started)
    out["custody_verify_intact"] = panel.check.intact
    _pause(0.2)
    out["custody_verify_worst_stall_ms"] = _ms(heart.stop())
    ws.nb.undo.undo()
    return out


def measure(
    path: Path, total: int, key_gap_ms: int = KEY_GAP_MS, *, custody_only: bool = False, custody: bool = True
) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.library.library_model import ArticleIdRole
    from desktop.ui.shell.app import application
    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.session import open_session

    started = time.perf_counter()
    app = application()
    session = open_session(path, None)
    opened = time.perf_counter()
    window = MainWindow(session)
    window.show()
    QApplication.processEvents()
    ws = window.workspace
    assert ws is not None
    _wait(lambda: ws.library.model.rowCount() > 0 and ws.library.model.index(0, 0).data() is not None)
    interactive = time.perf_counter() - started
    first_rows = time.perf_counter() - opened
    out: dict[str, Any] = {"start_to_interactive_s": round(interactive, 3), "first_rows_ms": _ms(first_rows)}
    _pause(0.5)
    if custody_only:
        out |= measure_custody(ws)
        window.close()
        app.processEvents()
        return out
    out |= measure_sorts(ws)
    out |= measure_scroll(ws, total)
    out |= measure_typing(ws, key_gap_ms)
    ws.search_field.clear()
    ws.run_search("")
    ws.library.table.scrollToTop()
    ws.library.select(ws.library.model.index(0, 0).data(ArticleIdRole))
    _wait(lambda: ws.reader.article is not None)
    article = ws.reader.article
    before = ws.annotations.list.count()
    started = time.perf_counter()
    ws.nb.annotations.create(article.id, start=10, end=40, note="bench")
    QApplication.processEvents()
    annotate = time.perf_counter() - started
    assert ws.annotations.list.count() == before + 1
    out["annotation_to_visible_ms"] = _ms(annotate)
    ws.nb.undo.undo()
    if custody:
        out |= measure_custody(ws)
    window.close()
    app.processEvents()
    return out


def median_of_runs(args: argparse.Namespace) -> dict[str, Any]:
    """Measure in `args.runs` fresh processes (a cold start each time); the median of each figure."""
    import subprocess

    command = [sys.executable, __file__, "--docs", str(args.docs), "--keep", str(args.keep), "--runs", "1",
               "--key-gap", str(args.key_gap)]  # fmt: skip
    command += ["--custody-only"] if args.custody_only else []
    command += ["--no-custody"] if args.no_custody else []
    runs = [json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
            for _ in range(args.runs)]  # fmt: skip
    out: dict[str, Any] = {}
    for key, first in runs[0].items():
        values = [run[key] for run in runs]
        out[key] = statistics.median(values) if isinstance(first, float) else first
        if isinstance(first, float):
            out.setdefault("spread", {})[key] = [min(values), max(values)]
    return out | {"runs": args.runs}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--keep", type=Path, help="reuse or keep the notebook in this folder")
    parser.add_argument("--key-gap", type=int, default=KEY_GAP_MS, help="ms between two typed keys")
    parser.add_argument("--runs", type=int, default=1, help="measure in this many processes: medians")
    parser.add_argument("--custody-only", action="store_true", help="start, then only the custody log page")
    parser.add_argument("--no-custody", action="store_true", help="everything but the custody log page")
    args = parser.parse_args()
    args.keep = args.keep or Path(tempfile.mkdtemp())
    args.keep.mkdir(parents=True, exist_ok=True)
    path = args.keep / f"gui-bench-v2-{args.docs}.fieldnotes"
    if not path.exists():
        build(path, args.docs)
    if args.runs > 1:
        print(json.dumps(median_of_runs(args)))
        return 0
    out = measure(path, args.docs, args.key_gap, custody_only=args.custody_only, custody=not args.no_custody)
    print(json.dumps({"docs": args.docs, "runs": 1, "key_gap_ms": args.key_gap, **out}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
