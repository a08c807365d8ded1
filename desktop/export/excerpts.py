"""Passages to quote from an article nobody has annotated yet: the sentences a search matched, or its lead.

Plain text in, character spans out (start, end into the article's text), so a summary can quote
them exactly and cite them like annotated passages.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.events.sentences import Sentence, split_sentences

Span = tuple[int, int]
PASSAGES = 5  # at most this many passages an article
SHORT = 70  # a matched sentence shorter than this (characters) takes the next one along
LEAD_SENTENCES = 2


def _headline_end(text: str, title: str) -> int:
    """Where the headline ends when the text starts with it (imported texts do), else 0."""
    end = text.find("\n")
    end = len(text) if end < 0 else end
    same = " ".join(text[:end].split()).casefold() == " ".join(title.split()).casefold()
    return end if title and same else 0


def _paragraph(text: str, at: int) -> Span:
    """The line (paragraph) around offset `at`: sentences never run across a line break."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def _sentences(text: str, paragraph: Span) -> list[Sentence]:
    start, end = paragraph
    return [Sentence(start + s.start, start + s.end, s.text) for s in split_sentences(text[start:end])]


def matched_passages(
    text: str, matches: Sequence[Span], *, title: str = "", limit: int = PASSAGES
) -> list[Span]:
    """The sentences around the matched words `matches`, in text order.

    A short sentence takes the next one of its paragraph along (one or two sentences a passage);
    passages that touch are merged; when there are more than `limit`, those with the most matched
    words are kept. A match in the headline is not a passage. Only the paragraphs with a match
    are split into sentences (articles can be long; searches can find a thousand).
    """
    skip = _headline_end(text, title)
    paragraphs: dict[Span, list[int]] = {}
    for start, _end in matches:
        if start >= skip:
            paragraphs.setdefault(_paragraph(text, start), []).append(start)
    passages: list[tuple[int, int, int]] = []  # start, end, matches
    for paragraph in sorted(paragraphs):
        passages += _in_paragraph(_sentences(text, paragraph), paragraphs[paragraph])
    best = sorted(passages, key=lambda p: (-p[2], p[0]))[:limit]
    return [(start, end) for start, end, _ in sorted(best)]


def _in_paragraph(sentences: list[Sentence], starts: list[int]) -> list[tuple[int, int, int]]:
    """(start, end, matches) of the passages of one paragraph."""
    counts: dict[int, int] = {}
    for at in starts:
        index = next((i for i, s in enumerate(sentences) if s.start <= at < s.end), None)
        if index is not None:
            counts[index] = counts.get(index, 0) + 1
    runs: list[tuple[int, int, int]] = []  # first sentence, last sentence, matches
    for index in sorted(counts):
        last = index + 1 if len(sentences[index].text) < SHORT and index + 1 < len(sentences) else index
        if runs and index <= runs[-1][1]:
            first, end, found = runs[-1]
            runs[-1] = (first, max(end, last), found + counts[index])
        else:
            runs.append((index, last, counts[index]))
    return [(sentences[first].start, sentences[last].end, found) for first, last, found in runs]


def lead_passage(text: str, *, title: str = "", sentences: int = LEAD_SENTENCES) -> list[Span]:
    """The first sentences of the article's first paragraph after its headline ([] for an empty text)."""
    at = _headline_end(text, title)
    while at < len(text) and text[at].isspace():
        at += 1
    if at >= len(text):
        return []
    body = _sentences(text, _paragraph(text, at))[:sentences]
    return [(body[0].start, body[-1].end)] if body else []
