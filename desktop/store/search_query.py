"""Rewriting a parsed whoosh query before it runs, and which words of a hit's text it matched.

Fuzzy terms are expanded once per query over the whole index (one Levenshtein automaton)
rather than once per field and index segment by whoosh; the terms a snippet marks are read off
the query instead of being recorded for every matching document (`search(terms=True)`).
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Iterator
from typing import Any

from whoosh.automata import lev
from whoosh.codec.base import Automata
from whoosh.query import AndNot, FuzzyTerm, Not, Phrase, Prefix, Term, Wildcard


def _fuzzy_terms(q: FuzzyTerm, reader: Any, dfas: dict[tuple[str, int, int], Any]) -> list[str]:
    """The indexed terms of `q`'s field within its edit distance, from every segment."""
    key = (q.text, q.maxdist, q.prefixlength)
    if key not in dfas:
        dfas[key] = lev.levenshtein_automaton(q.text, q.maxdist, q.prefixlength).to_dfa()
    if q.fieldname not in reader.schema:
        return []
    # the field whoosh itself walks for fuzzy terms (a separate spelling field, if there is one)
    field = reader.schema[q.fieldname].spelling_fieldname(q.fieldname)
    words: set[str] = set()
    for segment, _ in reader.leaf_readers():
        words.update(Automata.find_matches(dfas[key], segment.cursor(field)))
    return sorted(words)


class _ExpandedFuzzy(FuzzyTerm):
    """A fuzzy term whose variants were found beforehand; whoosh matches and scores it as usual."""

    def __init__(self, fuzzy: FuzzyTerm, words: list[str]) -> None:
        super().__init__(
            fuzzy.fieldname, fuzzy.text, boost=fuzzy.boost, maxdist=fuzzy.maxdist,
            prefixlength=fuzzy.prefixlength, constantscore=fuzzy.constantscore,
        )  # fmt: skip
        self.words = words

    def _btexts(self, ixreader: Any) -> list[str]:
        # Only the variants in this reader's segment, as whoosh's own expansion gives: with a
        # single one whoosh scores it as a plain term, with several at a constant score.
        return [w for w in self.words if (self.fieldname, w) in ixreader]


def expand_fuzzy(q: Any, reader: Any) -> Any:
    """`q` with each fuzzy term replaced by the indexed terms it stands for.

    The same word searched in several fields (a plain `word~` searches title, body, author and
    outlet) shares one automaton; building it is most of a fuzzy query's cost.
    """
    dfas: dict[tuple[str, int, int], Any] = {}

    def expand(node: Any) -> Any:
        if isinstance(node, FuzzyTerm) and not isinstance(node, _ExpandedFuzzy):
            return _ExpandedFuzzy(node, _fuzzy_terms(node, reader, dfas))
        return node

    return q.accept(expand)


def _positive_leaves(q: Any) -> Iterator[Any]:
    """The leaf queries whose matches count as found (not those under NOT)."""
    if isinstance(q, Not):
        return
    if isinstance(q, AndNot):
        yield from _positive_leaves(q.a)
        return
    if isinstance(q, Phrase) or q.is_leaf():
        yield q
        return
    for child in q.children():
        yield from _positive_leaves(child)


def term_matcher(q: Any, fieldname: str) -> Callable[[str], bool]:
    """Whether a term of `fieldname` is one `q` looks for (the words a snippet marks)."""
    exact: set[str] = set()
    patterns: list[str] = []
    prefixes: list[str] = []
    for leaf in _positive_leaves(q):
        if getattr(leaf, "fieldname", None) != fieldname:
            continue
        if isinstance(leaf, _ExpandedFuzzy):
            exact.update(leaf.words)
        elif isinstance(leaf, Term):
            exact.add(leaf.text)
        elif isinstance(leaf, Phrase):
            exact.update(leaf.words)
        elif isinstance(leaf, Prefix):
            prefixes.append(leaf.text)
        elif isinstance(leaf, Wildcard):
            patterns.append(fnmatch.translate(leaf.text))
    pattern = re.compile("|".join(patterns)) if patterns else None
    starts = tuple(prefixes)

    def matches(term: str) -> bool:
        return (
            term in exact or bool(starts and term.startswith(starts)) or bool(pattern and pattern.match(term))
        )

    return matches
