"""Rewriting a parsed whoosh query before it runs, and which words of a hit's text it matched.

Fuzzy terms are expanded once per query over an in-memory list of the index's terms (one
Levenshtein automaton) instead of once per field and segment on disk; date ranges read their
documents term by term; the terms a snippet marks are read off the query instead of being
recorded for every matching document (`search(terms=True)`).
"""

from __future__ import annotations

import bisect
import fnmatch
import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from whoosh.automata import lev
from whoosh.matching import ListMatcher, NullMatcher
from whoosh.query import (
    AndNot,
    ConstantScoreQuery,
    FuzzyTerm,
    Not,
    NumericRange,
    Phrase,
    Prefix,
    Term,
    Wildcard,
    WrappingQuery,
)

from desktop.store.search.postings import prefix_terms


class Lexicon:
    """The indexed terms of one searcher's segments, by field and first letters, read on first use.

    whoosh finds a fuzzy term's variants by walking a Levenshtein automaton over each segment's
    term table on disk, once per field and segment, with a binary search for every step: most of
    a fuzzy query's time. Here the terms that share the query word's first letter are read once
    per searcher (segments never change; a new searcher gets a new Lexicon), merged over fields
    and segments, and the automaton walks that one sorted list.
    """

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self.schema = reader.schema
        self._terms: dict[tuple[tuple[str, ...], str], list[str]] = {}

    def starting_with(self, fields: tuple[str, ...], prefix: str) -> list[str]:
        """The sorted distinct terms of `fields` (every segment) that start with `prefix`."""
        key = (fields, prefix)
        if key not in self._terms:
            schema = self._reader.schema
            words: set[str] = set()
            for field in fields:
                # the field whoosh itself walks for fuzzy terms (a separate spelling field, if any)
                name = schema[field].spelling_fieldname(field)
                for segment, _ in self._reader.leaf_readers():
                    found = prefix_terms(segment, name, schema[name].to_bytes(prefix))
                    if found is None:  # not a W3 segment: whoosh walks its terms
                        found = segment.expand_prefix(name, prefix)
                    words.update(schema[field].from_bytes(b) for b in found)
            self._terms[key] = sorted(words)
        return self._terms[key]


def _automaton_matches(dfa: Any, terms: list[str]) -> Iterator[str]:
    """The terms of a sorted list the automaton accepts (whoosh's `find_matches` over a list)."""
    if not terms:
        return
    at, term = 0, terms[0]
    match = dfa.next_valid_string(term)
    while match:
        at = bisect.bisect_left(terms, match, at)
        if at == len(terms):
            return
        term = terms[at]
        if match == term:
            yield match
            term += "\0"
        match = dfa.next_valid_string(term)


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


def expand_fuzzy(q: Any, lexicon: Lexicon) -> Any:
    """`q` with each fuzzy term replaced by the indexed terms it stands for.

    The same word searched in several fields (a plain `word~` searches title, body, author and
    outlet) is matched once, against the terms of all those fields; each field then keeps the
    variants it has (`_ExpandedFuzzy._btexts`).
    """
    fields: dict[tuple[str, int, int], set[str]] = {}
    for leaf in q.leaves():
        if isinstance(leaf, FuzzyTerm) and leaf.fieldname in lexicon.schema:
            fields.setdefault((leaf.text, leaf.maxdist, leaf.prefixlength), set()).add(leaf.fieldname)
    variants: dict[tuple[str, int, int], list[str]] = {}
    for (text, maxdist, prefix), names in fields.items():
        dfa = lev.levenshtein_automaton(text, maxdist, prefix).to_dfa()
        terms = lexicon.starting_with(tuple(sorted(names)), text[:prefix])
        variants[(text, maxdist, prefix)] = list(_automaton_matches(dfa, terms))

    def expand(node: Any) -> Any:
        if isinstance(node, FuzzyTerm) and not isinstance(node, _ExpandedFuzzy):
            words = variants.get((node.text, node.maxdist, node.prefixlength))
            return node if words is None else _ExpandedFuzzy(node, words)
        return node

    return q.accept(expand)


class BulkRange(WrappingQuery):
    """A constant-score date (numeric) range whose documents are read term by term.

    whoosh covers a range with dozens of terms at several precisions, ORs them in a deep tree
    of union matchers and steps through it document by document (`date:2004`: ~10,000
    documents, most of that query's time). Each term's postings are read here as a whole and
    merged; the documents and their constant score are the same.
    """

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        q = self.child._compile_query(searcher.reader())
        if not isinstance(q, ConstantScoreQuery) or (context is not None and context.needs_current):
            return q.matcher(searcher, context)
        reader = searcher.reader()
        ids: set[int] = set()
        for leaf in q.child.leaves():
            texts = [leaf.text] if isinstance(leaf, Term) else leaf._btexts(reader)
            for text in texts:
                if (leaf.fieldname, text) in reader:
                    ids.update(_posting_ids(reader.postings(leaf.fieldname, text)))
        if not ids:
            return NullMatcher()
        return ListMatcher(array("I", sorted(ids)), all_weights=q.score)


def _posting_ids(m: Any) -> Iterator[int]:
    """A term's document numbers, a whole block at a time where the matcher allows it.

    whoosh's `all_ids` steps posting by posting; its codec's leaf matchers (whoosh-reloaded
    2.7.5 is pinned) hold each block's ids as an array that can be taken at once.
    """
    if not all(hasattr(m, a) for a in ("_read_ids", "_next_block", "_ids", "_i", "_blocklength")):
        yield from m.all_ids()
        return
    while m.is_active():
        if m._ids is None:
            m._read_ids()
        yield from m._ids[m._i : m._blocklength]
        m._next_block()


def fast_ranges(q: Any) -> Any:
    """`q` with each constant-score date or number range read as `BulkRange`."""

    def wrap(node: Any) -> Any:
        if isinstance(node, NumericRange) and node.constantscore:
            return BulkRange(node)
        return node

    return q.accept(wrap)


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


@dataclass(frozen=True)
class TermMatcher:
    """Whether a term of one field is one a query looks for (the words a snippet marks)."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]
    pattern: re.Pattern[str] | None  # the wildcards, as one regular expression

    def __call__(self, term: str) -> bool:
        return (
            term in self.exact
            or bool(self.prefixes and term.startswith(self.prefixes))
            or bool(self.pattern and self.pattern.match(term))
        )

    def only_exact(self) -> frozenset[str] | None:
        """The terms it matches when they are all it matches (no prefix or wildcard), else None."""
        return self.exact if not self.prefixes and self.pattern is None else None


def term_matcher(q: Any, fieldname: str) -> TermMatcher:
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
    return TermMatcher(frozenset(exact), tuple(prefixes), pattern)
