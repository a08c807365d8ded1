"""The wheel `pip install .` builds: all resources in it, every import declared, versions pinned."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
import zipfile
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9_.-]+", requirement)
    assert match, requirement
    return _normal(match.group(0))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation"]
        + ["-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("fieldnotes-*.whl")
    return zipfile.ZipFile(built)


def test_every_file_under_resources_is_in_the_wheel(wheel: zipfile.ZipFile) -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "resources"], cwd=REPO, check=True, capture_output=True, text=True
    ).stdout.split()
    assert tracked, "git ls-files found no resources"
    names = set(wheel.namelist())
    missing = [p for p in tracked if "fieldnotes_resources/" + p.removeprefix("resources/") not in names]
    assert missing == []


def test_the_wheel_carries_every_module_of_the_package(wheel: zipfile.ZipFile) -> None:
    modules = {p.relative_to(REPO).as_posix() for p in (REPO / "desktop").rglob("*.py")}
    assert modules - set(wheel.namelist()) == set()


def _imported_top_level_names() -> dict[str, set[str]]:
    """Top-level module name → the application files importing it (at any depth, lazily or not)."""
    found: dict[str, set[str]] = {}
    for path in (REPO / "desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], set()).add(path.relative_to(REPO).as_posix())
    return found


def test_every_third_party_import_is_a_declared_dependency() -> None:
    declared = {_requirement_name(r) for r in PYPROJECT["project"]["dependencies"]}
    owners = packages_distributions()
    undeclared = {}
    for name, files in _imported_top_level_names().items():
        if name in sys.stdlib_module_names or name in {"desktop", "fieldnotes_resources", "__future__"}:
            continue
        distributions = {_normal(d) for d in owners.get(name, [])}
        assert distributions, f"{name} (imported by {sorted(files)}) is not installed"
        if not distributions & declared:
            undeclared[name] = sorted(files)
    assert undeclared == {}


def test_the_locks_pin_every_dependency_with_hashes() -> None:
    for lock, groups in (("requirements.lock", ()), ("requirements-dev.lock", ("test", "bundle"))):
        text = (REPO / lock).read_text(encoding="utf-8")
        pinned = {_normal(m) for m in re.findall(r"^([A-Za-z0-9_.-]+)==", text, re.MULTILINE)}
        wanted = {_requirement_name(r) for r in PYPROJECT["project"]["dependencies"]}
        for group in groups:
            wanted |= {_requirement_name(r) for r in PYPROJECT["project"]["optional-dependencies"][group]}
        assert wanted - pinned == set(), f"{lock} lacks these: run make lock"
        entries = re.split(r"^(?=[A-Za-z0-9_.-]+==)", text, flags=re.MULTILINE)[1:]
        assert all("--hash=sha256:" in entry for entry in entries), f"{lock} has a pin without a hash"
