"""Where Fieldnotes keeps things on this computer (one API: platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

APP = "Fieldnotes"
SUFFIX = ".fieldnotes"


def data_dir() -> Path:
    """The user's data folder for Fieldnotes (FIELDNOTES_HOME overrides, for tests)."""
    home = os.environ.get("FIELDNOTES_HOME")
    return Path(home) if home else Path(user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    home = os.environ.get("FIELDNOTES_HOME")
    return Path(home) / "config" if home else Path(user_config_dir(APP, appauthor=False))


def default_notebook() -> Path:
    """The notebook used when none is named."""
    return data_dir() / f"default{SUFFIX}"
