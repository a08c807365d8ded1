"""Search snippets: the passages of a hit's text where the query's words occur, marked.

whoosh's highlighter re-analyses a hit's whole text token by token (about 1 ms a hit). Here the
text is split into words by the index's own tokenizer pattern in one regex pass, each distinct
word is turned into its search term once (cached), and only the words whose term the query
matched are located, with a second regex. The passages are chosen like whoosh's
`ContextFragmenter` + `BasicFragmentScorer`: matches close together form one passage with some
context either side, passages with more (and more different) matched words win, and the best
two are shown in text order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

HIGHLIGHT_CHARS = 200_000  # longer texts are highlighted on their first part only
PASSAGE_CHARS = 240  # a passage with its context, about
CONTEXT_CHARS = 70  # context before the first and after the last matched word of a passage
MATCHES_CHARS = PASSAGE_CHARS - 2 * CONTEXT_CHARS  # from a passage's first matched word to its last
PASSAGES = 2
BETWEEN = " … "
MARK_START, MARK_END = "\x02", "\x03"  # turned into ** or <b> by `render`

Span = tuple[int, int]


@dataclass(frozen=True)
class Marked:
    """A snippet with its matched words between MARK_START and MARK_END, and where the first is."""

    text: str
    first_match: int  # offset in the article's text of the first marked word, or -1


class SnippetMaker:
    """Finds and marks the words of a text whose search term the query matched.

    `token_pattern` splits text into words as the index's tokenizer does; `term_of(word)` gives
    a word's search term (None for a stop word); the `matches(term)` passed to `snippet` says
    whether the query matched it. Terms are cached per distinct word: the vocabulary of the
    texts a notebook shows is small next to the number of words in them.
    """

    CACHE_WORDS = 200_000

    def __init__(self, token_pattern: re.Pattern[str], term_of: Callable[[str], str | None]) -> None:
        self.token_pattern = token_pattern
        self._term_of = term_of
        self._terms: dict[str, str | None] = {}
        self._words: dict[str, set[str]] = {}  # term → the words of `_terms` that have it

    def term(self, word: str) -> str | None:
        try:
            return self._terms[word]
        except KeyError:
            if len(self._terms) >= self.CACHE_WORDS:
                self._terms.clear()
                self._words.clear()
            term = self._terms[word] = self._term_of(word)
            if term is not None:
                self._words.setdefault(term, set()).add(word)
            return term

    def words_with(self, words: set[str], terms: Iterable[str]) -> set[str]:
        """Those of `words` whose term is one of `terms` (found from the terms' side: a query
        has a few terms, a hit hundreds of words)."""
        unknown = words.difference(self._terms)
        if len(self._terms) + len(unknown) > self.CACHE_WORDS:  # make room first: none is dropped below
            self._terms.clear()
            self._words.clear()
            unknown = words
        for word in unknown:
            self.term(word)
        return {w for t in terms for w in self._words.get(t, ()) if w in words}

    def matched_words(self, text: str, matches: Callable[[str], bool] | MatchedWords) -> set[str]:
        """The distinct words of `text` (as written) whose term `matches`."""
        if not isinstance(matches, MatchedWords):
            matches = MatchedWords(self, matches)
        return matches.among(set(self.token_pattern.findall(text)))

    def spans(self, text: str, words: set[str]) -> list[Span]:
        """Where the whole words `words` occur in `text`, in order."""
        if not words:
            return []
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        spans = []
        for m in re.finditer(alternatives, text):
            start, end = m.span()
            # a whole token: not the inside of a longer word
            token = self.token_pattern.match(text, start)
            if token is not None and token.end() == end and not self._in_word(text, start - 1):
                spans.append((start, end))
        return spans

    def snippet(self, text: str, matches: Callable[[str], bool] | MatchedWords) -> Marked:
        """The best passages of `text` with the words whose term `matches` marked (pass one
        MatchedWords for all the hits of a search: each distinct word is then decided once)."""
        sample = text[:HIGHLIGHT_CHARS]
        words = self.matched_words(sample, matches)
        spans = self.spans(sample, words)
        if not spans:
            return Marked(sample[:200], -1)
        passages = best_passages(spans, [self.term(sample[s:e]) for s, e in spans])
        parts = [self._mark(sample, group) for group in passages]
        return Marked(BETWEEN.join(parts), passages[0][0][0])

    def _mark(self, text: str, spans: list[Span]) -> str:
        start = self._context_start(text, spans[0][0])
        end = self._context_end(text, spans[-1][1])
        out, at = [], start
        for s, e in spans:
            out += [text[at:s], MARK_START, text[s:e], MARK_END]
            at = e
        out.append(text[at:end])
        return "".join(out)

    def _context_start(self, text: str, first: int) -> int:
        """The start of the first whole word at most CONTEXT_CHARS before `first`."""
        lo = max(0, first - CONTEXT_CHARS)
        for m in self.token_pattern.finditer(text, lo, first):
            if m.start() > lo or not self._in_word(text, lo - 1):  # not the tail of a cut word
                return m.start()
        return first

    def _context_end(self, text: str, last: int) -> int:
        """The end of the last whole word at most CONTEXT_CHARS after `last`."""
        hi = min(len(text), last + CONTEXT_CHARS)
        end = last
        for m in self.token_pattern.finditer(text, last, hi):
            if m.end() < hi or not self._in_word(text, hi):  # not the head of a cut word
                end = m.end()
        return end

    def _in_word(self, text: str, i: int) -> bool:
        """Whether the character at `i` is part of a word (False outside the text)."""
        return 0 <= i < len(text) and self.token_pattern.match(text, i, i + 1) is not None


class MatchedWords:
    """Which words (as written) have a term a query matched, for all the hits of one search.

    `exact`: the terms `matches` accepts, when it accepts no others (no prefix or pattern): the
    words are then found from those terms. Otherwise each distinct word of the hits is decided
    once: the hits of a search share most of their words.
    """

    def __init__(
        self, maker: SnippetMaker, matches: Callable[[str], bool], *, exact: Iterable[str] | None = None
    ) -> None:
        self._maker = maker
        self._matches = matches
        self._exact = None if exact is None else frozenset(exact)
        self._seen: set[str] = set()
        self._matched: set[str] = set()

    def among(self, words: set[str]) -> set[str]:
        """Those of `words` whose term the query matched."""
        if self._exact is not None:
            return self._maker.words_with(words, self._exact)
        new = words - self._seen
        if new:
            self._seen |= new
            term, matches = self._maker.term, self._matches
            self._matched.update(w for w in new if (t := term(w)) is not None and matches(t))
        return words & self._matched


def best_passages(spans: list[Span], terms: list[str | None]) -> list[list[Span]]:
    """Groups of nearby matches, the PASSAGES best of them in text order.

    A passage runs from a match to the last match within MATCHES_CHARS of it; it scores its
    number of matches times (100 × its number of different terms), as whoosh's scorer does.
    """
    groups: list[list[int]] = []
    for i, (_, end) in enumerate(spans):
        if groups and end - spans[groups[-1][0]][0] <= MATCHES_CHARS:
            groups[-1].append(i)
        else:
            groups.append([i])

    def score(group: list[int]) -> int:
        return len(group) * 100 * len({terms[i] for i in group})

    best = sorted(groups, key=lambda g: (-score(g), g[0]))[:PASSAGES]
    best.sort(key=lambda g: g[0])
    return [[spans[i] for i in g] for g in best]


def render(marked: str) -> tuple[str, str]:
    """The snippet as plain text with **matches**, and as HTML with <b>matches</b>.

    Runs of whitespace (line breaks, indentation) become one space in both.
    """
    plain = marked.replace(MARK_START, "**").replace(MARK_END, "**")
    escaped = marked.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    html = escaped.replace(MARK_START, "<b>").replace(MARK_END, "</b>")
    return " ".join(plain.split()), " ".join(html.split())
