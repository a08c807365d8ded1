"""The REFI-QDA vocabulary Fieldnotes writes and reads: namespace, stable GUIDs, variables, limits."""

from __future__ import annotations

import re
import uuid

NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
PROJECT_FILE = "project.qde"
INTERNAL = "internal://"
SOURCES = "sources/"
_NAMESPACE = uuid.UUID("6f1d3c62-5a0e-4c39-9d55-2f4c1b7a8e10")  # Fieldnotes' own, for derived GUIDs
_GUID = re.compile(r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$")
_RGB = re.compile(r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")

# Article metadata and event fields travel as Variables, each a (name, REFI type).
ARTICLE_VARIABLES = (
    "Title", "Author", "Outlet", "Published", "URL", "Language", "Original file", "Original SHA-256",
)  # fmt: skip
EVENT_VARIABLES = (
    ("Event type", "Text"), ("Date start", "Text"), ("Date end", "Text"), ("Date precision", "Text"),
    ("Country", "Text"), ("Province", "Text"), ("Place", "Text"), ("Perpetrator", "Text"),
    ("Victim group", "Text"), ("Count", "Integer"), ("Count qualifier", "Text"),
    ("Verification status", "Text"),
)  # fmt: skip


def q(name: str) -> str:
    """An element or attribute name in the project namespace, as lxml spells it."""
    return f"{{{NS}}}{name}"


def derived_guid(*parts: str) -> str:
    """A GUID that is the same every time for the same parts (implicit codes, codings, notes)."""
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join(parts)))


def guid(value: str, *fallback: str) -> str:
    """`value` as a REFI GUID (braces dropped), or one derived from `fallback` when it is not one."""
    found = _GUID.match(value or "")
    return found.group(1).lower() if found else derived_guid(value, *fallback)


def color(value: str) -> str | None:
    """A #RRGGBB colour the schema accepts, or None."""
    return value if _RGB.match(value or "") else None


def variable_guid(name: str) -> str:
    return derived_guid("variable", name)
