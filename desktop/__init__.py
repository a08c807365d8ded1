"""Fieldnotes: an offline, encrypted research notebook."""

from typing import Any


def __getattr__(name: str) -> Any:
    # `desktop.__version__` reads the installed metadata only when asked (importlib.metadata is
    # ~20 ms of every command's start otherwise).
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("fieldnotes")
        except PackageNotFoundError:  # running from a source tree that was never installed
            return "0.0.0"
    raise AttributeError(name)
