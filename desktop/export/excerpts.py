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


def _is_title(sentence: Sentence, title: str) -> bool:
    return " ".join(sentence.text.split()).casefold() == " ".join(title.split()).casefold()


def _body(text: str, title: str) -> list[Sentence]:
    """The text's sentences without the headline (imported texts start with the title)."""
    sentences = split_sentences(text)
    if sentences and title and _is_title(sentences[0], title):
        return sentences[1:]
    return sentences


def _same_paragraph(text: str, left: Sentence, right: Sentence) -> bool:
    return "\n" not in text[left.end : right.start]


def matched_passages(
    text: str, matches: Sequence[Span], *, title: str = "", limit: int = PASSAGES
) -> list[Span]:
    """The sentences around the matched words `matches`, in text order.

    A short sentence takes the next one of its paragraph along (one or two sentences a passage);
    passages that touch are merged; when there are more than `limit`, those with the most matched
    words are kept. A match in the headline is not a passage.
    """
    sentences = _body(text, title)
    counts: dict[int, int] = {}
    for start, _end in matches:
        index = next((i for i, s in enumerate(sentences) if s.start <= start < s.end), None)
        if index is not None:
            counts[index] = counts.get(index, 0) + 1
    passages: list[tuple[int, int, int]] = []  # first sentence, last sentence, matches
    for index in sorted(counts):
        last, nxt = index, index + 1
        short = len(sentences[index].text) < SHORT
        if short and nxt < len(sentences) and _same_paragraph(text, sentences[index], sentences[nxt]):
            last = nxt
        if passages and index <= passages[-1][1]:
            first, end, found = passages[-1]
            passages[-1] = (first, max(end, last), found + counts[index])
        else:
            passages.append((index, last, counts[index]))
    best = sorted(passages, key=lambda p: (-p[2], p[0]))[:limit]
    return [(sentences[first].start, sentences[last].end) for first, last, _ in sorted(best)]


def lead_passage(text: str, *, title: str = "", sentences: int = LEAD_SENTENCES) -> list[Span]:
    """The first sentences of the article's first paragraph after its headline ([] for an empty text)."""
    body = _body(text, title)
    if not body:
        return []
    last = 0
    while last + 1 < min(sentences, len(body)) and _same_paragraph(text, body[last], body[last + 1]):
        last += 1
    return [(body[0].start, body[last].end)]
