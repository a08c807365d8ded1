"""Text folding for matching (case, Arabic-script variants, digits) that keeps offsets to the original."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Letters Persian and Arabic keyboards type differently for the same word.
_LETTERS = {
    "\u064a": "\u06cc",  # Arabic yeh -> Farsi yeh
    "\u0649": "\u06cc",  # alef maksura -> Farsi yeh
    "\u0643": "\u06a9",  # Arabic kaf -> keheh
    "\u0629": "\u0647",  # teh marbuta -> heh
    "\u066c": ",",  # Arabic thousands separator
    "\u066b": ".",  # Arabic decimal separator
    "\u2019": "'",
    "\u2018": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u200c": " ",  # ZWNJ separates word parts: treat it as an optional separator
}
_DROPPED = {"\u0640", "\u200d", "\u200e", "\u200f", "\ufeff"}  # tatweel, ZWJ, LRM, RLM, BOM
_DIGITS = {chr(0x06F0 + i): str(i) for i in range(10)} | {chr(0x0660 + i): str(i) for i in range(10)}


@dataclass(frozen=True, slots=True)
class FoldedText:
    """Folded text plus, for each folded character, its offset in the original text."""

    text: str
    origin: tuple[int, ...]
    length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the folded slice [start, end)."""
        if end <= start:
            at = self.origin[start] if start < len(self.origin) else self.length
            return at, at
        return self.origin[start], self.origin[end - 1] + 1


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _DROPPED:
        return ""
    if ch in _LETTERS:
        return _LETTERS[ch]
    if ch in _DIGITS:
        return _DIGITS[ch]
    out = []
    for part in unicodedata.normalize("NFKD", ch):
        if unicodedata.category(part) == "Mn" or part in _DROPPED:
            continue  # diacritics (Latin accents, Arabic harakat, hamza above) are ignored
        out.append(_LETTERS.get(part, _DIGITS.get(part, part)).lower())
    return "".join(out)


_LONG = 2_000  # texts this long are folded once for all the matchers that read them


def fold(text: str) -> FoldedText:
    """Fold `text` for matching: lower case, unified Arabic letters and digits, marks removed."""
    return _fold_long(text) if len(text) >= _LONG else _fold(text)


@lru_cache(maxsize=4)
def _fold_long(text: str) -> FoldedText:
    return _fold(text)


def _fold(text: str) -> FoldedText:
    chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        folded = _fold_char(ch)
        chars.append(folded)
        origin.extend([index] * len(folded))
    return FoldedText("".join(chars), tuple(origin), len(text))


def fold_str(text: str) -> str:
    """Just the folded string (for keys and comparisons)."""
    return "".join(_fold_char(ch) for ch in text)


def squash(text: str) -> str:
    """A lookup key: folded, with spaces, hyphens and apostrophes removed."""
    return re.sub(r"[\s\-'.]+", "", fold_str(text))


def term_regex(term: str, *, optional_separators: bool = False) -> str:
    """Regex source for a vocabulary term over folded text.

    term                 a word or phrase; a trailing `*` accepts any word ending
    optional_separators  let spaces and hyphens be absent too (place names: Saripul, Sar-e Pol)
    """
    words = [w for w in re.split(r"[\s\-]+", term.strip()) if w]
    gap = r"[\s\-]*" if optional_separators else r"[\s\-]+"
    parts = [re.escape(fold_str(w.rstrip("*"))) + (r"\w*" if w.endswith("*") else "") for w in words]
    tail = "" if term.endswith("*") else r"(?!\w)"
    return rf"(?<!\w){gap.join(parts)}{tail}"
