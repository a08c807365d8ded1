"""The title of an article that names none (plain text, an untitled Word file): first line or sentence."""

from __future__ import annotations

import re

from desktop.events.dates.published import is_date_line, strip_dateline

TITLE_LINE_CHARS = 150
TITLE_LINE_WORDS = 20
SENTENCE_TITLE_CHARS = 90
_SENTENCE_END = re.compile(r"(?<=[.!?؟۔])\s+")
_FINAL_STOP = (".", "۔", "!", "?", "؟", ":", ";", ",", "،")


def plain_title(text: str) -> str:
    """The first non-empty line when it looks like a title, else the first sentence, shortened.

    A title line is short (≤ 150 characters, ≤ 20 words), does not end like a sentence or a
    clause, and is not a date line or a dateline ("KABUL, 3 June 2024 —"). Otherwise the title
    is the first sentence of the first line that is not a date line (a dateline's words after
    its dash), cut at a word boundary to ≤ 90 characters with "…". "" when there is no text.
    """
    lines = [line.strip() for line in text[:20_000].split("\n") if line.strip()]
    if not lines:
        return ""
    first = lines[0]
    if _looks_like_a_title(first):
        return first
    body = next((strip_dateline(line) for line in lines if strip_dateline(line)), first)
    return shorten(_SENTENCE_END.split(body, maxsplit=1)[0], limit=SENTENCE_TITLE_CHARS)


def shorten(sentence: str, *, limit: int) -> str:
    """`sentence` whole if it fits in `limit` characters, else cut at a word boundary with "…"."""
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-–—،") + "…"


def _looks_like_a_title(line: str) -> bool:
    """Short, not ending like a sentence or a clause, not a date line."""
    if len(line) > TITLE_LINE_CHARS or len(line.split()) > TITLE_LINE_WORDS:
        return False
    return not line.endswith(_FINAL_STOP) and not is_date_line(line)
