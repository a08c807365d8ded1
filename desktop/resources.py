"""Where shipped resources live (wheel, editable install or PyInstaller bundle), and cached loaders.

The source folder is the checkout's `resources/`; the wheel carries it as the package
`fieldnotes_resources` (setup.py), so an installed Fieldnotes finds it through importlib.resources
wherever it is installed. The bundle keeps it as `resources/` beside the frozen program.
"""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

PACKAGE = "fieldnotes_resources"


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    """The resources folder: inside the PyInstaller bundle when frozen, else the installed package's."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    try:
        return Path(str(importlib_resources.files(PACKAGE)))
    except ModuleNotFoundError as exc:  # a checkout used without `pip install`: say how to fix it
        raise FileNotFoundError(
            f"Fieldnotes' resources are not installed (no package {PACKAGE}): run `pip install -e .` "
            "in the checkout, or `make setup`"
        ) from exc


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. `resource_path("gazetteer.json")`.

    parts  path components below `resources/`
    Raises FileNotFoundError naming the path, so a broken bundle says what is missing.
    """
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"resource missing: {path}")
    return path


@lru_cache(maxsize=32)
def load_json(*parts: str) -> Any:
    """Parse a shipped JSON resource once; callers must not mutate the result."""
    with resource_path(*parts).open(encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=32)
def load_text(*parts: str) -> str:
    """Read a shipped text resource once (UTF-8)."""
    return resource_path(*parts).read_text(encoding="utf-8")
