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


_LINE = re.compile(r"[^\n]*")
_MAX_WRAP = 200  # columns: longer lines are not hard-wrapped text
_WIDE = 130  # columns: text wrapped wider than this keeps the line ends after a full stop
_WRAPPED_LINES = 3  # lines near the widest before a text counts as hard-wrapped
_LONG_LINE = 60  # columns: a line this long going on in lower case on the next is one wrapped
_TERMINAL = re.compile(r"[.!?؟:]\W*\s*$")
_ITEM = re.compile(r"\s*(?:[-–—•*#>|]|\d{1,3}[.)]|[a-z][.)]\s|[A-Z][A-Z\s]{2,}:|[\w\s]{1,20}:)")


def soft_breaks(text: str) -> set[int]:
    """Offsets of the line breaks that only wrap a paragraph: in a text hard-wrapped at a width (an e-mail,
    a field note at 100 columns), a line is wrapped when the next line's first word would not have fitted
    on it ("men took four brothers, all former Afghan Local Police\nmembers, from their homes"), or when it
    ends mid-sentence and the next goes on in lower case or with a number ("directorate on\n20 January"); a
    short line (a title, a list item) and a line before a list item or a blank line end where they end."""
    lines = [
        (m.start(), m.group()) for m in _LINE.finditer(text) if m.start() == 0 or text[m.start() - 1] == "\n"
    ]
    prose = [line for _, line in lines if not line.lstrip().startswith("|")]  # a table's rows are not wrapped
    width = max((len(line.rstrip()) for line in prose), default=0)
    near = sum(1 for line in prose if len(line.rstrip()) >= width - 20)
    wrapped = width <= _MAX_WRAP and near >= _WRAPPED_LINES
    soft: set[int] = set()
    for (start, line), (_, following) in zip(lines, lines[1:], strict=False):
        words = following.split()
        if not words or not line.strip() or _ITEM.match(following):
            continue
        ends = bool(_TERMINAL.search(line))
        full = wrapped and len(line.rstrip()) + 1 + len(words[0]) > width - 3
        goes_on = not ends and (
            words[0][0].islower() or words[0][0].isdigit()
        )  # "directorate on\n20 January"
        # (in a text not found wrapped, only a long line going on in lower case: "… No\nexecutions were")
        goes_on = goes_on and (wrapped or (len(line.rstrip()) >= _LONG_LINE and words[0][0].islower()))
        if (full and not (ends and width > _WIDE)) or goes_on:
            soft.add(start + len(line))
    return soft


def _is_boundary(text: str, match: re.Match[str], soft: set[int]) -> bool:
    if match.group() == "\n":
        return match.start() not in soft
    before = re.search(r"([\w.]+)\.*$", text[max(0, match.start() - 60) : match.start() + 1])
    word = before.group(1).rstrip(".").lower() if before else ""
    if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return False
    following = text[match.end() :].lstrip()
    return not following or not following[0].islower()


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order; a line break ends one (headlines, list items) unless it only wraps a
    paragraph of hard-wrapped text (see soft_breaks)."""
    soft = soft_breaks(text)
    cuts = [0] + [m.end() for m in _END.finditer(text) if _is_boundary(text, m, soft)] + [len(text)]
    sentences: list[Sentence] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        chunk = text[left:right]
        stripped = chunk.strip()
        if stripped:
            start = left + chunk.index(stripped)
            sentences.append(Sentence(start, start + len(stripped), stripped))
    return sentences
