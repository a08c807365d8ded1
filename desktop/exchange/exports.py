"""Exchange exports of a selection (W3C annotations, REFI-QDA project), each written atomically and logged."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop.exchange import qdpx_names, qdpx_write, w3c_write
from desktop.progress import Progress
from desktop.selection import Resolved, Selection, resolve
from desktop.store import custody
from desktop.store.notebook import Notebook


def export_w3c(nb: Notebook, selection: Selection, dest: Path) -> Resolved:
    """Write the selection's annotations as a W3C AnnotationCollection to `dest`."""
    resolved = resolve(nb, selection)
    pairs = [(a, resolved.article(a.article_id)) for a in resolved.annotations]
    w3c_write.write(pairs, dest, label=f"Fieldnotes annotations from {nb.path.stem}")
    log_export(nb, fmt="w3c", dest=dest, selection=selection, resolved=resolved)
    return resolved


def export_qdpx(nb: Notebook, selection: Selection, dest: Path) -> Iterator[Progress | Resolved]:
    """Write the selection as a REFI-QDA project to `dest`; yields Progress, then what went in."""
    resolved = resolve(nb, selection)
    content = qdpx_write.ProjectContent(
        name=f"Fieldnotes: {nb.path.stem}",
        user_guid=qdpx_names.guid(nb.author, "user"),
        user_name=f"Fieldnotes notebook {nb.path.stem}",
        articles=resolved.articles,
        annotations=resolved.annotations,
        events=resolved.events,
        tree=nb.tags.tree(),
    )
    yield from qdpx_write.write(content, dest, original=nb.original)
    log_export(nb, fmt="qdpx", dest=dest, selection=selection, resolved=resolved)
    yield resolved


def log_export(nb: Notebook, *, fmt: str, dest: Path, selection: Selection, resolved: Resolved) -> None:
    """Record an exchange export in the custody log: the file's name (no folder) and hash, what went in."""
    digest = hashlib.sha256()
    with open(dest, "rb") as handle:
        for block in iter(lambda: handle.read(2**20), b""):
            digest.update(block)
    details: dict[str, Any] = {
        "kind": "exchange",
        "format": fmt,
        "files": [{"name": dest.name, "sha256": digest.hexdigest()}],
        "selection": selection.describe(),
        "articles": [a.id for a in resolved.articles],
        "annotations": len(resolved.annotations),
        "events": len(resolved.events),
    }
    with nb.transaction():
        custody.append(nb.db, actor=nb.author, action="export", details=details)
