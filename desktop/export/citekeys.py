"""Stable author-year-word citation keys (`rasc2024thousands`), ASCII only, disambiguated a, b…"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from desktop.csl.item import CslItem, date_parts

# A crude, lossless-enough romanisation of Arabic-script letters (Persian, Dari, Pashto, Urdu):
# keys only need to be readable and stable, not a scholarly transliteration.
_ARABIC_LATIN = {
    "ا": "a", "آ": "a", "أ": "a", "إ": "e", "ء": "", "ب": "b", "پ": "p", "ت": "t", "ٹ": "t",
    "ټ": "t", "ث": "s", "ج": "j", "چ": "ch", "ځ": "dz", "څ": "ts", "ح": "h", "خ": "kh",
    "د": "d", "ډ": "d", "ڈ": "d", "ذ": "z", "ر": "r", "ړ": "r", "ڑ": "r", "ز": "z", "ژ": "zh",
    "ږ": "zh", "س": "s", "ش": "sh", "ښ": "x", "ص": "s", "ض": "z", "ط": "t", "ظ": "z", "ع": "",
    "غ": "gh", "ف": "f", "ق": "q", "ک": "k", "ك": "k", "گ": "g", "ګ": "g", "ل": "l", "م": "m",
    "ن": "n", "ڼ": "n", "ں": "n", "و": "w", "ؤ": "w", "ه": "h", "ہ": "h", "ھ": "h", "ة": "h",
    "ی": "y", "ي": "y", "ى": "y", "ئ": "y", "ې": "e", "ۍ": "ay", "ے": "e", "ۀ": "h",
}  # fmt: skip
_LATIN_EXTRA = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th"}
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "on",
        "in",
        "and",
        "or",
        "to",
        "for",
        "at",
        "by",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "its",
        "it",
        "this",
        "that",
        "after",
        "before",
        "over",
        "under",
        "into",
        "about",
        "de",
        "la",
        "le",
        "les",
        "el",
        "los",
        "das",
        "der",
        "die",
        "und",
    ]
    + ["از", "در", "به", "و", "که", "با", "این", "آن", "برای", "را", "تا", "یک", "بر"]
)
_ORG_STOPWORDS = frozenset(["the"])


def assign_citekeys(items: Sequence[Mapping[str, Any]]) -> list[str]:
    """One unique key per item, in order; colliding keys all get a suffix a, b, c…

    Suffixes follow a stable order (id, then title, then URL) so the same set of items always
    gets the same keys, whatever order they arrive in.
    """
    bases = [base_citekey(item) for item in items]
    groups: dict[str, list[int]] = defaultdict(list)
    for index, base in enumerate(bases):
        groups[base].append(index)
    keys = list(bases)
    taken = {base for base, members in groups.items() if len(members) == 1}
    for base, members in sorted(groups.items()):
        if len(members) == 1:
            continue
        ordered = sorted(members, key=lambda i: _tiebreak(items[i]))
        suffixes = _suffixes(base, count=len(ordered), taken=taken)
        for index, suffix in zip(ordered, suffixes, strict=True):
            keys[index] = base + suffix
            taken.add(base + suffix)
    return keys


def with_citekeys(items: Sequence[Mapping[str, Any]]) -> list[CslItem]:
    """Copies of the items whose `id` is their citation key (the form pandoc and BibTeX want)."""
    return [{**item, "id": key} for item, key in zip(items, assign_citekeys(items), strict=True)]


def base_citekey(item: Mapping[str, Any]) -> str:
    """`author` + `year` + `word`, e.g. `rasc2024thousands`; `anon`, `nd` where unknown."""
    parts = date_parts(item)
    year = str(parts[0]) if parts else "nd"
    return f"{_author_word(item)}{year}{_title_word(item)}"


def ascii_fold(text: str) -> str:
    """Latin letters without accents, Arabic script romanised, everything else dropped."""
    text = unicodedata.normalize("NFKC", text).replace("\u200c", "")
    folded = []
    for char in text:
        if char in _ARABIC_LATIN:
            folded.append(_ARABIC_LATIN[char])
        elif char.lower() in _LATIN_EXTRA:
            folded.append(_LATIN_EXTRA[char.lower()])
        else:
            decomposed = unicodedata.normalize("NFKD", char)
            folded.append("".join(c for c in decomposed if c.isascii()))
    return "".join(folded)


def _author_word(item: Mapping[str, Any]) -> str:
    for field in ("author", "editor", "container-author"):
        names = item.get(field)
        if isinstance(names, list) and names and isinstance(names[0], Mapping):
            word = _name_word(names[0])
            if word:
                return word
    return _first_word(str(item.get("container-title") or ""), skip=_ORG_STOPWORDS) or "anon"


def _name_word(name: Mapping[str, Any]) -> str:
    if name.get("family"):
        return _slug(str(name["family"]))
    return _first_word(str(name.get("literal") or ""), skip=_ORG_STOPWORDS)


def _title_word(item: Mapping[str, Any]) -> str:
    title = str(item.get("title") or "")
    word = _first_word(title, skip=_STOPWORDS)
    if word or not title.strip():
        return word
    return "w" + hashlib.sha256(title.encode()).hexdigest()[:6]


def _first_word(text: str, *, skip: frozenset[str]) -> str:
    for raw in re.split(r"[\s\-–—/:;,.!?\"“”«»()\[\]]+", text):
        if raw.casefold() in skip:
            continue
        word = _slug(raw)
        if word:
            return word
    return ""


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(text).lower())


def _tiebreak(item: Mapping[str, Any]) -> tuple[str, str, str]:
    return (str(item.get("id") or ""), str(item.get("title") or ""), str(item.get("URL") or ""))


def _suffixes(base: str, *, count: int, taken: set[str]) -> list[str]:
    out: list[str] = []
    n = 0
    while len(out) < count:
        suffix = _letters(n)
        n += 1
        if base + suffix not in taken:
            out.append(suffix)
    return out


def _letters(n: int) -> str:
    """0 → a, 25 → z, 26 → aa, 27 → ab…"""
    letters = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(ord("a") + rem) + letters
    return letters
