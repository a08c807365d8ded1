"""Guess an article's language and writing direction from its script and a few letters.

Deliberately simple and explainable, for the languages Fieldnotes' users read:

- Arabic-script letters make up at least 30 % of the letters → right-to-left, and then
  - Pashto ("ps") when Pashto-only letters (ټ ډ ړ ږ ښ ځ څ ګ ڼ ې ۍ) are ≥ 0.5 % of those letters,
  - Urdu ("ur") when Urdu-only letters (ٹ ڈ ڑ ں ے) are ≥ 0.5 %,
  - Persian/Dari ("fa") when پ چ ژ گ or Persian ی/ک are ≥ 1 %,
  - Arabic ("ar") otherwise;
- mostly Latin letters → "en" when common English words make up ≥ 5 % of the words, else "";
- anything else → "" (unknown), left-to-right.

Only the first `SAMPLE_CHARS` characters are looked at, so a 40 MB file costs nothing.
"""

from __future__ import annotations

import re
from collections import Counter

SAMPLE_CHARS = 100_000

_PASHTO = frozenset("ټډړږښځڅګڼېۍ")
_URDU = frozenset("ٹڈڑںے")
_PERSIAN = frozenset("پچژگیک")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_ARABIC_NON_LETTERS = (
    frozenset("\u060c\u061b\u061f\u066a\u066b\u066c\u06d4")
    | frozenset(chr(c) for c in range(0x0660, 0x066A))
    | frozenset(chr(c) for c in range(0x06F0, 0x06FA))
)
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_ENGLISH_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "was",
        "that",
        "for",
        "on",
        "with",
        "by",
        "as",
        "are",
        "were",
        "from",
        "has",
        "have",
        "had",
        "said",
        "which",
        "their",
        "they",
        "this",
        "at",
        "be",
        "it",
        "an",
        "not",
        "who",
        "been",
        "will",
        "after",
    ]
)


def detect(text: str) -> tuple[str, str]:
    """Return (BCP-47 language code or "", "rtl" or "ltr") for `text`."""
    sample = text[:SAMPLE_CHARS]
    letters = sum(1 for ch in sample if ch.isalpha())
    if not letters:
        return "", "ltr"
    arabic = Counter(ch for ch in _ARABIC_SCRIPT.findall(sample) if ch not in _ARABIC_NON_LETTERS)
    total_arabic = sum(arabic.values())
    if total_arabic >= 0.3 * letters:
        return _arabic_script_language(arabic, total_arabic), "rtl"
    return _latin_language(sample), "ltr"


def _arabic_script_language(letters: Counter[str], total: int) -> str:
    """Pashto, Urdu, Persian or Arabic from the share of each language's own letters."""

    def share(alphabet: frozenset[str]) -> float:
        return sum(letters[ch] for ch in alphabet) / total

    if share(_PASHTO) >= 0.005:
        return "ps"
    if share(_URDU) >= 0.005:
        return "ur"
    if share(_PERSIAN) >= 0.01:
        return "fa"
    return "ar"


def _latin_language(sample: str) -> str:
    """ "en" when common English words are frequent enough, else "" (unknown)."""
    words = [w.lower() for w in _LATIN_WORD.findall(sample)]
    if not words:
        return ""
    english = sum(1 for w in words if w in _ENGLISH_WORDS)
    return "en" if english >= 0.05 * len(words) else ""
