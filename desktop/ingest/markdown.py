"""Markdown made readable as plain text: markers stripped lightly, paragraphs kept."""

from __future__ import annotations

import re

from desktop.ingest.titles import plain_title

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_MATTER_TITLE = re.compile(r"^title:[ \t]*(.+?)[ \t]*$", re.MULTILINE)
_FRONT_MATTER_DATE = re.compile(
    r"^(?:date|published|pubdate|issued):[ \t]*[\"']?(.+?)[\"']?[ \t]*$", re.MULTILINE
)
_ATX_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_SETEXT_HEADING = re.compile(r"^[ ]{0,3}(\S.*)\n[ ]{0,3}(?:=+|-+)[ \t]*$", re.MULTILINE)
_SETEXT_UNDERLINE = re.compile(r"^[ ]{0,3}(?:=+|-+)[ \t]*\n", re.MULTILINE)
_RULE = re.compile(r"^[ ]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$\n?", re.MULTILINE)
_FENCE = re.compile(r"^[ ]{0,3}(?:```|~~~).*$\n?", re.MULTILINE)
_BLOCKQUOTE = re.compile(r"^[ ]{0,3}>[ ]?", re.MULTILINE)
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_REFERENCE_DEFINITION = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$\n?", re.MULTILINE)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# Single `*`/`_` only around whole words, so snake_case and 2*3*4 survive.
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)([^*_\n]+?)(?<=\S)\1(?![\w*])")
_CODE = re.compile(r"`([^`\n]+)`")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_EXTRA_BLANK_LINES = re.compile(r"\n{3,}")


def markdown_title(source: str) -> str:
    """The front matter `title:`, else the first heading, else the first non-empty line."""
    head = source[:20_000]
    front = _FRONT_MATTER.match(head)
    if front:
        title = _FRONT_MATTER_TITLE.search(front.group(1))
        if title:
            return title.group(1).strip("\"'")
        head = head[front.end() :]
    headings = [m for m in (_ATX_HEADING.search(head), _SETEXT_HEADING.search(head)) if m]
    if headings:
        return _inline_to_text(min(headings, key=lambda m: m.start()).group(1))
    return plain_title(_inline_to_text(head))


def markdown_date(source: str) -> str | None:
    """The front matter's `date:` (or `published:`, `issued:`) as written, or None."""
    front = _FRONT_MATTER.match(source[:20_000])
    found = _FRONT_MATTER_DATE.search(front.group(1)) if front else None
    return found.group(1) if found else None


def markdown_to_text(source: str) -> str:
    """Plain text a reader can annotate: heading markers, emphasis, link targets, fences and
    front matter removed; paragraphs, lists and line breaks kept."""
    text = _FRONT_MATTER.sub("", source, count=1)
    text = _HTML_COMMENT.sub("", text)
    text = _FENCE.sub("", text)
    text = _REFERENCE_DEFINITION.sub("", text)
    text = _ATX_HEADING.sub(r"\1", text)
    text = _SETEXT_UNDERLINE.sub("", text)
    text = _RULE.sub("", text)
    text = _BLOCKQUOTE.sub("", text)
    text = _inline_to_text(text)
    return _EXTRA_BLANK_LINES.sub("\n\n", text).strip("\n")


def _inline_to_text(text: str) -> str:
    """Images → alt text, links → their text, emphasis and code marks dropped."""
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(r"\2", text)
    return _CODE.sub(r"\1", text)
