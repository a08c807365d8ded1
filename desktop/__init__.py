"""Fieldnotes: an offline, encrypted research notebook."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("fieldnotes")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
