"""A dictionary of place names matched over folded text word by word (spaces and hyphens optional)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate
from typing import Generic, TypeVar

from desktop.events.script import fold_str, squash

T = TypeVar("T")

# Pashto letters Dari writers (and Persian keyboards) replace by their nearest Dari letter: "شینډنډ" is
# also written "شیندند", "ننګرهار" "ننگرهار". One character for one, so folded offsets stay valid.
_PASHTO_TO_DARI = str.maketrans(
    {
        "\u06ab": "\u06af",  # ګ -> گ
        "\u0689": "\u062f",  # ډ -> د
        "\u067c": "\u062a",  # ټ -> ت
        "\u0693": "\u0631",  # ړ -> ر
        "\u06bc": "\u0646",  # ڼ -> ن
        "\u069a": "\u0634",  # ښ -> ش
        "\u0696": "\u0698",  # ږ -> ژ
        "\u0681": "\u0632",  # ځ -> ز
        "\u0685": "\u0686",  # څ -> چ ("اڅین" is "اچین", "څمکني" "چمکنی")
        "\u06d0": "\u06cc",  # ې -> ی
        "\u06cd": "\u06cc",  # ۍ -> ی
        "\u0626": "\u06cc",  # ئ -> ی
    }
)
_WORD = re.compile(r"\w+")
# What may separate the words of one name in running text: "Sar-e Pol", "Qal'a", "سر‌پل" (ZWNJ folds to space).
_NEXT_WORD = re.compile(r"[ \t\-']{1,3}(\w+)")
_MAX_WORDS = 8
_SEPARATORS = re.compile(r"[\s\-'.]+")  # what `script.squash` removes
_PASHTO_LETTERS = re.compile("[\u06ab\u0689\u067c\u0693\u06bc\u069a\u0696\u0681\u0685\u06d0\u06cd\u0626]")


def merge_pashto(folded: str) -> str:
    """Folded text with Pashto letters replaced by their Dari counterparts (same length)."""
    return folded.translate(_PASHTO_TO_DARI) if _PASHTO_LETTERS.search(folded) else folded


def name_key(name: str) -> str:
    """The key a name is indexed under: folded, Pashto letters merged, spaces/hyphens/apostrophes gone."""
    return merge_pashto(squash(name))


def key_and_splits(name: str) -> tuple[str, frozenset[int]]:
    """`name_key(name)`, and where in it the name has a space, hyphen or apostrophe ("Sar-e Pol": 3, 4)."""
    pieces = [p for p in _SEPARATORS.split(fold_str(name)) if p]
    return merge_pashto("".join(pieces)), frozenset(accumulate(len(p) for p in pieces[:-1]))


# Dari and Pashto writers put a space or a ZWNJ (folded to a space) inside a name, or leave it out, where
# the letters do not join anyway: after «ا د ذ ر ز ژ و» ("مندو زی", "غازی آباد"), and before a tribal
# or place suffix («شمول‌زی», «جانی خیل»). Each part keeps two letters at least.
_NON_JOINING = frozenset("ادذرزژو")
_SUFFIXES = ("زی", "خیل", "خېل", "ا")


def _soft_breaks(key: str, breaks: set[int]) -> bool:
    """Whether every place the text breaks the script name `key` is a place such a writer may break it."""
    if key.isascii():
        return False
    return all(
        2 <= at <= len(key) - 2 and (key[at - 1] in _NON_JOINING or key.startswith(_SUFFIXES, at))
        for at in breaks
    )


@dataclass(frozen=True, slots=True)
class NameHit(Generic[T]):
    """A name found in folded text: folded[start:end], and every value indexed under its key."""

    start: int
    end: int
    key: str
    values: tuple[T, ...]


class NameIndex(Generic[T]):
    """Names → values, scanned over text by joining up to a few consecutive words.

    A text's words i..j (separated by spaces, hyphens or an apostrophe only) match a name when their
    concatenation equals the name's key and the text breaks it only where one of its spellings does:
    "Sar-e Pol", "Sare Pol" and "Sarepol" are one name, but "or gun" is not "Orgun". A match never
    starts or ends inside a word. The longest match wins, scanning left to right.
    """

    def __init__(self) -> None:
        self._values: dict[str, list[T]] = {}
        self._prefixes: set[str] = set()  # every beginning of every key: a word outside it starts no name
        self._splits: dict[str, frozenset[int]] = {}  # where a key's spellings break it into words

    def add(self, names: Iterable[str], value: T) -> None:
        """Index `value` under every name in `names` (a value is kept once per key)."""
        for name in names:
            key, splits = key_and_splits(name)
            if not key:
                continue
            values = self._values.setdefault(key, [])
            if value not in values:
                values.append(value)
            self._splits[key] = self._splits.get(key, frozenset()) | splits
            self._prefixes.update(key[:n] for n in range(1, len(key) + 1))

    def get(self, name: str) -> tuple[T, ...]:
        """The values indexed under `name` (any spelling that folds to the same key)."""
        return tuple(self._values.get(name_key(name), ()))

    def scan(self, folded: str) -> list[NameHit[T]]:
        """Every indexed name in `folded` (text passed through `script.fold`, and maybe `merge_pashto`)."""
        text = merge_pashto(folded)
        prefixes = self._prefixes
        hits: list[NameHit[T]] = []
        covered = 0
        for word in _WORD.finditer(text):
            if word.start() < covered or word.group() not in prefixes:
                continue
            hit = self._longest_from(text, word)
            if hit is not None:
                hits.append(hit)
                covered = hit.end
        return hits

    def _longest_from(self, text: str, word: re.Match[str]) -> NameHit[T] | None:
        """The longest name that starts with `word` and goes on over the words that follow it."""
        joined, end = word.group(), word.end()
        values = self._values.get(joined)
        best = NameHit(word.start(), end, joined, tuple(values)) if values else None
        breaks: set[int] = set()
        for _ in range(_MAX_WORDS - 1):
            following = _NEXT_WORD.match(text, end)
            if following is None:
                break
            breaks.add(len(joined))
            joined += following.group(1)
            if joined not in self._prefixes:
                break
            end = following.end()
            values = self._values.get(joined)
            if values and (breaks <= self._splits[joined] or _soft_breaks(joined, breaks)):
                best = NameHit(word.start(), end, joined, tuple(values))
        return best

    def merge(self, other: NameIndex[T]) -> None:
        """Add every key and value of `other` (after this index's own values for a shared key)."""
        for key, values in other._values.items():
            mine = self._values.setdefault(key, [])
            mine.extend(v for v in values if v not in mine)
        self._prefixes |= other._prefixes
        for key, points in other._splits.items():
            self._splits[key] = self._splits.get(key, frozenset()) | points
