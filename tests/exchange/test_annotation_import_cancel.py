"""Cancelling a W3C annotation import while it stores: the annotations go in one transaction, and
closing the import at a progress report inside it leaves the notebook as it was."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from desktop.exchange.annotation_import import ANNOTATIONS_PER_STEP, import_annotations
from desktop.importer import import_paths
from desktop.progress import Progress
from desktop.resources import resource_path
from desktop.store.notebook import Notebook


def _annotations_file(nb: Notebook, folder: Path, count: int) -> Path:
    """`count` annotations on the notebook's one article, found by its text's SHA-256."""
    article = nb.article(nb.article_rows(limit=1)[0].id)
    source = "urn:sha256:" + hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    items = [
        {
            "type": "Annotation",
            "id": f"urn:test:{n}",
            "body": [{"type": "TextualBody", "value": f"note {n}", "purpose": "commenting"}],
            "target": {
                "source": source,
                "selector": [{"type": "TextPositionSelector", "start": n, "end": n + 5}],
            },
        }
        for n in range(count)
    ]
    path = folder / "notes.jsonld"
    path.write_text(json.dumps(items), encoding="utf-8")
    return path


def test_a_cancel_while_the_annotations_are_stored_rolls_all_of_them_back(
    notebook: Notebook, tmp_path: Path
) -> None:
    list(import_paths(notebook, [resource_path("samples") / "01-kunduz-detentions.html"]))
    path = _annotations_file(notebook, tmp_path, ANNOTATIONS_PER_STEP + 5)
    running = import_annotations(notebook, path)
    inside = next(  # the first report from inside the transaction (the one before it says 205 of 205)
        s for s in running if isinstance(s, Progress) and s.label == "storing" and s.done < s.total
    )
    assert inside.done == ANNOTATIONS_PER_STEP  # 200 annotations written, not yet committed
    running.close()  # what the worker does when Cancel is pressed
    assert notebook.annotations.for_article(notebook.article_rows(limit=1)[0].id) == []
    report = [step for step in import_annotations(notebook, path) if not isinstance(step, Progress)]
    assert [item.status for item in report] == ["stored"] * (ANNOTATIONS_PER_STEP + 5)
