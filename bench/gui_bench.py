"""GUI benchmark: open a notebook of N articles to an interactive window; annotate to visible.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_bench.py --docs 20000 [--keep DIR]

Targets (issue 3): start to an interactive window ≤ 1.5 s with 20,000 articles; creating an
annotation ≤ 50 ms until it is highlighted. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

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


def build(path: Path, docs: int) -> None:
    rng = random.Random(3)
    nb = Notebook.create(path, None)
    for start in range(0, docs, 1000):
        drafts = []
        for i in range(start, min(start + 1000, docs)):
            body = " ".join(rng.choice(WORDS) for _ in range(300))
            csl = {"title": f"Report {i}", "container-title": f"Outlet {i % 37}"}
            drafts.append(
                ArticleDraft(f"Report {i}\n\n{body}", csl, f"{i}".encode(), f"{i}.txt", "text/plain")
            )
        nb.add_articles(drafts)
    nb.close()


def measure(path: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.shell.app import application
    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.session import open_session

    started = time.perf_counter()
    app = application()
    window = MainWindow(open_session(path, None))
    window.show()
    QApplication.processEvents()
    ws = window.workspace
    assert ws is not None and ws.library.model.rowCount() > 0
    interactive = time.perf_counter() - started
    ws.library.table.selectRow(0)
    QApplication.processEvents()
    article = ws.reader.article
    assert article is not None
    before = ws.annotations.list.count()
    started = time.perf_counter()
    ws.nb.annotations.create(article.id, start=10, end=40, note="bench")
    QApplication.processEvents()
    annotate = time.perf_counter() - started
    assert ws.annotations.list.count() == before + 1
    window.close()
    app.processEvents()
    return {
        "start_to_interactive_s": round(interactive, 3),
        "annotation_to_visible_ms": round(annotate * 1000, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--keep", type=Path, help="reuse or keep the notebook in this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"gui-bench-{args.docs}.fieldnotes"
    if not path.exists():
        build(path, args.docs)
    print(json.dumps({"docs": args.docs, **measure(path)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
