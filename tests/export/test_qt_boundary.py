"""Only the PDF writer in desktop/export may import Qt (the layer stays usable headless)."""

from __future__ import annotations

import ast
from pathlib import Path

import desktop.export

EXPORT = Path(desktop.export.__file__).parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_only_pdf_module_imports_pyside6() -> None:
    importing_qt = sorted(p.name for p in EXPORT.glob("*.py") if "PySide6" in _imports(p))
    assert importing_qt == ["pdf.py"]


def test_reference_import_does_not_import_qt() -> None:
    path = EXPORT.parent / "ingest" / "references.py"
    assert "PySide6" not in _imports(path)
