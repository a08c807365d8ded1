"""Splitting article text into sentences with exact character offsets (English and Dari)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_END = re.compile(r"[.!?؟]+[\"'”’»)\]]*(?=\s)|\n")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "st", "no", "vs", "etc", "approx",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n",
    "u.k", "e.g", "i.e", "inc", "ltd", "co", "jr", "sr", "prof", "gov", "rep", "sen",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: `text` equals the article text[start:end], without surrounding white space."""

    start: int
    end: int
    text: str


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    if match.group() == "\n":
        return True
    before = re.search(r"([\w.]+)\.*$", text[max(0, match.start() - 60) : match.start() + 1])
    word = before.group(1).rstrip(".").lower() if before else ""
    if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return False
    following = text[match.end() :].lstrip()
    return not following or not following[0].islower()


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order; a line break always ends one (headlines, list items)."""
    cuts = [0] + [m.end() for m in _END.finditer(text) if _is_boundary(text, m)] + [len(text)]
    sentences: list[Sentence] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        chunk = text[left:right]
        stripped = chunk.strip()
        if stripped:
            start = left + chunk.index(stripped)
            sentences.append(Sentence(start, start + len(stripped), stripped))
    return sentences
