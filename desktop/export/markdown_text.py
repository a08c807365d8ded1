"""Escaping text for pandoc Markdown, so quotes and titles come out exactly as written."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

# Characters that start inline Markdown (emphasis, links, raw HTML, citations, maths, sub- and
# superscripts, entities, attributes, code).
_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]<>@$~^&{}#|])")
# Line starts that would open a list, a definition, a line block, a table or a fenced div.
_BLOCK_START = re.compile(r"^(\d+)([.)])|^([-+:=%])")
_ALL_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
# Characters YAML treats as line breaks even inside a quoted string.
_YAML_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085", "\ufeff": "\\ufeff"}


def escape_inline(text: str) -> str:
    """Escape one line of plain text so pandoc reads it literally."""
    return _INLINE_SPECIALS.sub(r"\\\1", text)


def escape_paragraphs(text: str) -> list[str]:
    """Plain text as escaped Markdown paragraphs (blank lines separate paragraphs)."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [_escape_line(line) for line in block.splitlines() if line.strip()]
        if lines:
            paragraphs.append("\n".join(lines))
    return paragraphs


def escape_metadata(value: Any) -> Any:
    """Escape every string in a metadata value: pandoc parses metadata strings as Markdown."""
    if isinstance(value, str):
        return _ALL_PUNCTUATION.sub(r"\\\1", value)
    if isinstance(value, list):
        return [escape_metadata(v) for v in value]
    if isinstance(value, Mapping):
        return {k: v if k == "id" else escape_metadata(v) for k, v in value.items()}
    return value


def front_matter(metadata: Mapping[str, Any]) -> str:
    """A YAML front-matter block (written as JSON, which YAML reads) for `metadata`."""
    text = json.dumps(metadata, ensure_ascii=False, indent=None)
    for char, escaped in _YAML_BREAKS.items():
        text = text.replace(char, escaped)
    return f"---\n{text}\n---\n"


def citation(key: str, *, locator: str | None = None) -> str:
    """A pandoc citation `[@key, p. 3]`; odd keys braced as `@{key}`."""
    ref = f"@{key}" if re.fullmatch(r"[\w][\w:.#$%&+?<>~/-]*\w|\w", key) else "@{" + key + "}"
    if locator:
        return f"[{ref}, {escape_inline(locator.strip())}]"
    return f"[{ref}]"


def _escape_line(line: str) -> str:
    escaped = escape_inline(line.strip())
    return _BLOCK_START.sub(lambda m: _escape_block_start(m), escaped)


def _escape_block_start(match: re.Match[str]) -> str:
    if match.group(1):
        return f"{match.group(1)}\\{match.group(2)}"
    return "\\" + match.group(3)
