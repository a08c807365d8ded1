"""Every reason the import report can give for a file (the ingest readers' IngestError, the folder
walk's skips, the importer's own) has a template in desktop/ui/common/core_messages.py, so that
Dari and Pashto show it translated (test_core_messages checks each template's translations)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from desktop.ui.common.core_messages import MESSAGES
from tests.ui.test_core_messages import _shape, _templates

ROOT = Path(__file__).resolve().parents[2]
# (module, call, index of the argument that is the reason)
SOURCES = [(path, "IngestError", 1) for path in sorted((ROOT / "desktop" / "ingest").glob("*.py"))] + [
    (ROOT / "desktop" / "ingest" / "walk.py", "FoundFile", 2),
    (ROOT / "desktop" / "importer.py", "_failed", 1),
]


def reasons_of(path: Path, call: str, index: int) -> Iterator[tuple[int, str]]:
    """(line, shape) of each reason `path` passes as argument `index` of `call`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == call and len(node.args) > index:
            for template in _templates(node.args[index], {}):
                if re.search(r"[A-Za-z]{2,}", re.sub(r"\{\w*\}", "", template)):  # words, not "{}"
                    yield node.lineno, _shape(template)


def test_every_reason_an_import_gives_has_a_template() -> None:
    known = {_shape(t) for t in MESSAGES}
    found = [
        (f"{path.relative_to(ROOT)}:{line}", shape)
        for path, call, index in SOURCES
        for line, shape in reasons_of(path, call, index)
    ]
    assert len(found) >= 25  # the readers' and the walk's reasons were found at all
    missing = [f"{where}: {shape!r}" for where, shape in found if shape not in known]
    assert missing == [], "add these to desktop/ui/common/core_messages.py, then `make translations`:\n" + (
        "\n".join(missing)
    )
