"""Anchoring: an annotated passage (Annotation) and how it is found again in an article's text.

An annotation keeps its character offsets (TextPositionSelector) and the exact quote with up to
CONTEXT characters either side (TextQuoteSelector). If an article's text is ever re-extracted
and the offsets no longer hold, `anchor` finds the quote again; if it cannot, it says so (None)
and the annotation stays in the notebook for the user to see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.store.errors import NotebookError
from desktop.store.ids import AnnotationId, ArticleId

CONTEXT = 32


@dataclass(frozen=True)
class Annotation:
    id: AnnotationId
    article_id: ArticleId
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    note: str
    color: str
    tags: tuple[str, ...]
    created: str
    modified: str


def quote(text: str, *, start: int, end: int) -> tuple[str, str, str]:
    """(exact, prefix, suffix) for text[start:end]; refuses an empty or out-of-range passage."""
    if not 0 <= start < end <= len(text):
        raise NotebookError(f"the passage {start}–{end} is not inside the article ({len(text)} characters)")
    return text[start:end], text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]


def anchor(annotation: Annotation, text: str) -> tuple[int, int] | None:
    """Where the annotation's passage is in `text`: its offsets if the quote is still there,
    else the occurrence of the quote whose surroundings best match the stored prefix and suffix
    (nearest the old position on a tie), allowing for changed whitespace; None if it is gone."""
    a = annotation
    if text[a.start : a.end] == a.exact:
        return a.start, a.end
    pattern = re.escape(a.exact)
    spans = [m.span() for m in re.finditer(pattern, text)]
    if not spans and a.exact.split():
        loose = r"\s+".join(re.escape(word) for word in a.exact.split())
        spans = [m.span() for m in re.finditer(loose, text)]
    if not spans:
        return None
    return max(spans, key=lambda s: (_context_score(text, s, a.prefix, a.suffix), -abs(s[0] - a.start)))


def _context_score(text: str, span: tuple[int, int], prefix: str, suffix: str) -> int:
    """How many characters of the stored prefix and suffix surround this span."""
    before, after = text[max(0, span[0] - len(prefix)) : span[0]], text[span[1] : span[1] + len(suffix)]
    score = 0
    while score < min(len(before), len(prefix)) and before[-1 - score] == prefix[-1 - score]:
        score += 1
    matched = score
    while (
        score - matched < min(len(after), len(suffix)) and after[score - matched] == suffix[score - matched]
    ):
        score += 1
    return score
