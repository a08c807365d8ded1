"""Where shipped resources live (source checkout or PyInstaller bundle), and cached loaders."""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any


def resources_dir() -> Path:
    """The `resources/` folder: inside the PyInstaller bundle when frozen, else the checkout's."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


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
