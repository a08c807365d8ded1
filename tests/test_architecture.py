"""The package's import graph has no cycles, counting imports made only for type checking.

A module-level import (or one under `if TYPE_CHECKING:`, or in a module-level `try`) is an edge;
an import inside a function is a deliberate late bind and is not. A part that names its owner's
type still knows its owner, so type-only cycles fail too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def module_files(root: Path, package: str) -> dict[str, Path]:
    """{dotted module name: file} for every module of `package` under `root`."""
    found = {}
    for path in sorted((root / package).rglob("*.py")):
        name = ".".join(path.relative_to(root).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = path
    return found


def _module_level_imports(tree: ast.Module) -> Iterator[ast.Import | ast.ImportFrom]:
    """Imports run when the module loads or type-checks: top level, and inside top-level if/try."""
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If | ast.Try):
            yield from (n for n in ast.walk(node) if isinstance(n, ast.Import | ast.ImportFrom))


def _imported_names(module: str, is_package: bool, node: ast.Import | ast.ImportFrom) -> list[str]:
    """The dotted names an import may refer to (`from a import b` may mean module a.b)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    prefix = node.module or ""
    if node.level:  # relative: from the module's own package, one level up per extra dot
        base = module if is_package else module.rpartition(".")[0]
        for _ in range(node.level - 1):
            base = base.rpartition(".")[0]
        prefix = ".".join(part for part in (base, node.module) if part)
    return [prefix, *(f"{prefix}.{alias.name}" for alias in node.names)]


def import_graph(root: Path, package: str) -> dict[str, set[str]]:
    """{module: the package's modules it imports}, leaving out imports of its own parent packages."""
    files = module_files(root, package)
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in _module_level_imports(tree):
            for target in _imported_names(name, path.name == "__init__.py", node):
                while target and target not in files:
                    target = target.rpartition(".")[0]
                if target and target != name and not name.startswith(target + "."):
                    graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Groups of modules that import each other, directly or round a loop (sorted)."""
    reach: dict[str, set[str]] = {}
    for start in graph:
        seen, todo = set(), list(graph[start])
        while todo:
            module = todo.pop()
            if module not in seen:
                seen.add(module)
                todo.extend(graph[module])
        reach[start] = seen
    groups = {
        frozenset(m for m in reach[start] if start in reach[m]) for start in graph if start in reach[start]
    }
    return sorted(sorted(group) for group in groups)


def test_desktop_has_no_import_cycles_not_even_type_only_ones() -> None:
    found = cycles(import_graph(ROOT, "desktop"))
    assert not found, "import cycles:\n" + "\n".join(" <-> ".join(group) for group in found)


def test_a_cycle_through_a_type_checking_import_is_found(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "store").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "store" / "__init__.py").write_text("")
    (package / "store" / "owner.py").write_text("from pkg.store import part\n")
    (package / "store" / "part.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .owner import Owner\n"
    )
    (package / "store" / "late.py").write_text("def f():\n    from pkg.store import owner\n")

    assert cycles(import_graph(tmp_path, "pkg")) == [["pkg.store.owner", "pkg.store.part"]]
