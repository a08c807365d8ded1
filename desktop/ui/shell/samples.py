"""The sample articles shipped in resources/samples (fictional reports written for the project)."""

from __future__ import annotations

from pathlib import Path

from desktop.resources import resource_path

ARTICLE_SUFFIXES = (".txt", ".md", ".html")


def sample_paths() -> list[Path]:
    """The sample article files, in name order (their README is not an article)."""
    try:
        folder = resource_path("samples")
    except FileNotFoundError:
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in ARTICLE_SUFFIXES and p.name != "README.md")
