"""Full-text search over the notebook: the whoosh schema, the index, queries, hits and snippets.

The index lives inside the notebook (see storage). Callers write to it only inside a
notebook transaction, so rows and index commit or roll back together.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from whoosh import scoring
from whoosh.analysis import STOP_WORDS, RegexTokenizer
from whoosh.collectors import TopCollector
from whoosh.index import EmptyIndexError, FileIndex
from whoosh.qparser import (
    FuzzyTermPlugin,
    GtLtPlugin,
    MultifieldParser,
)
from whoosh.qparser.dateparse import DateParserPlugin
from whoosh.query import FuzzyTerm, Term
from whoosh.writing import SegmentWriter

from desktop.store.search.analysis import text_analyzer, word_term
from desktop.store.search.query import Lexicon, expand_fuzzy, fast_ranges, term_matcher
from desktop.store.search.schema import IndexDoc, build_schema, document_fields
from desktop.store.search.scoring import BlockScorer, Cancelled, Ranked, SearchCancelled
from desktop.store.search.snippets import HIGHLIGHT_CHARS, MatchedWords, SnippetMaker, render
from desktop.store.search.storage import IndexFileMissing, NotebookStorage
from desktop.store.search.writer import new_writer

if TYPE_CHECKING:  # any DB-API connection with sqlite3's interface (the notebook's is sqlcipher3's)
    from sqlite3 import Connection

INDEX_NAME = "MAIN"
DEFAULT_FIELDS = ["title", "body", "author", "outlet"]
_DONE = object()
SNIPPETS_BETWEEN_CHECKS = 10  # snippets made between two questions to a search's `cancelled`

__all__ = ["IndexDoc", "SearchIndex", "SearchResult", "Hit", "QuerySyntaxError", "SearchCancelled"]


@dataclass(frozen=True)
class Hit:
    """One search result: the article id, its score, and highlighted title and snippet.

    Highlighted words are wrapped in ** (Markdown bold) in `title_html`'s plain sibling
    `snippet`; `snippet_html` uses <b>.
    """

    id: str
    score: float
    snippet: str
    snippet_html: str
    first_match: int  # character offset of the first highlighted word in the text, or -1


@dataclass(frozen=True)
class SearchResult:
    """Hits, the number of matching articles, and a "did you mean" suggestion when nothing matched."""

    query: str
    hits: list[Hit]
    total: int
    suggestion: str | None = None


class QuerySyntaxError(ValueError):
    """The query could not be parsed; `str()` says why in a user's words."""


# whoosh's date parser reads 2024-06 inside a range ([2023-01 TO 2024-06]) as the whole year;
# it reads the compact 202406 as the month, so ISO dates after `date:` are written that way.
_DATE_VALUE = re.compile(r"\bdate:(\[[^\]]*\]|\{[^}]*\}|\S+)", re.IGNORECASE)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b")


def _compact_date(match: re.Match[str]) -> str:
    return match.group(1) + "".join(f"{int(g):02d}" for g in match.groups()[1:] if g)


def _snippet_maker(analyzer: Any) -> SnippetMaker:
    """Snippets that split text into words as `analyzer` does and ask it for each word's term.

    For the index's own text analyzer a word's term is computed as `index_terms` computes it
    (lower case, stop words, `word_term`), without the analyzer's Token and generators: ~10 times
    faster, which a search's first snippets feel (each new word of their texts is looked up once).
    """
    tokenizer = analyzer.items[0]
    if not isinstance(tokenizer, RegexTokenizer):
        raise TypeError(f"snippets need a regex tokenizer, not {tokenizer!r}")
    if analyzer == text_analyzer():
        return SnippetMaker(tokenizer.expression, word_search_term)

    def term_of(word: str) -> str | None:
        terms = [t.text for t in analyzer(word)]
        return terms[0] if len(terms) == 1 else None

    return SnippetMaker(tokenizer.expression, term_of)


def word_search_term(word: str) -> str | None:
    """The term `text_analyzer()` gives one word (a match of its token pattern), None for a stop
    word or a word without a term."""
    lower = word.lower()
    if lower in STOP_WORDS:
        return None
    return word_term(lower) or None


def _fuzzy_keeps_first_letter(q: Any) -> Any:
    """`word~` matches variants that share its first letter (Badakshan~ finds Badakhshan).

    Spelling variants of names keep their first letter; fixing it makes a fuzzy query walk a
    small part of the term list instead of all of it (seconds → milliseconds at 20,000 articles).
    """
    if isinstance(q, FuzzyTerm) and q.prefixlength == 0:
        return FuzzyTerm(
            q.fieldname, q.text, boost=q.boost, maxdist=q.maxdist, prefixlength=1,
            constantscore=q.constantscore,
        )  # fmt: skip
    return q


class SearchIndex:
    """The notebook's whoosh index: add, delete, search, list ids, rebuild."""

    def __init__(self, conn: Connection) -> None:
        self.storage = NotebookStorage(conn)
        self.schema = build_schema()
        self._ix: FileIndex | None = None
        self._searcher: Any = None
        self._lexicon: Lexicon | None = None  # the searcher's terms, for fuzzy queries
        self._scorer: BlockScorer | None = None  # ranks on the searcher's segments
        self._parser = MultifieldParser(DEFAULT_FIELDS, self.schema)
        self._parser.add_plugin(FuzzyTermPlugin())
        self._parser.add_plugin(GtLtPlugin())
        self._parser.add_plugin(DateParserPlugin(free=False))
        self._snippets = _snippet_maker(self.schema["body"].analyzer)

    # -- lifecycle ----------------------------------------------------------------------------
    @property
    def ix(self) -> FileIndex:
        if self._ix is None:
            try:
                self._ix = FileIndex(self.storage, schema=self.schema, indexname=INDEX_NAME)
            except EmptyIndexError:
                self._ix = FileIndex.create(self.storage, self.schema, INDEX_NAME)
        return self._ix

    def create(self) -> None:
        """Create an empty index (inside a transaction)."""
        self._ix = FileIndex.create(self.storage, self.schema, INDEX_NAME)
        self._drop_searcher()

    def exists(self) -> bool:
        return any(n.startswith(f"_{INDEX_NAME}_") for n in self.storage.list())

    def close(self) -> None:
        self._drop_searcher()

    def _drop_searcher(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
            self._lexicon = None
            self._scorer = None

    def searcher(self) -> Any:
        """A searcher that sees the latest committed index (a new one after any commit)."""
        if self._searcher is not None and self._searcher.up_to_date():
            return self._searcher
        # refresh() can return a stale view after a delete-only commit: open a new one.
        self._drop_searcher()
        self._searcher = self.ix.searcher(weighting=scoring.BM25F())
        self._lexicon = Lexicon(self._searcher.reader())
        self._scorer = BlockScorer(self._searcher)
        return self._searcher

    # -- writing ------------------------------------------------------------------------------
    @contextlib.contextmanager
    def writer(self) -> Iterator[SegmentWriter]:
        """A writer committed at the end of the block; call inside a notebook transaction."""
        # Segments stay as separate files: a compound segment would be written twice.
        w = new_writer(self.ix, compound=False)
        try:
            yield w
        except BaseException:
            try:
                w.cancel()
            except Exception:  # SQLite rolled back already (a full disk): cancel cannot write either
                self.ix.lock("WRITELOCK").release()
            raise
        try:
            w.commit()
            # Files the commit replaced (merged segments, the old table of contents) go now, in
            # the same transaction, so the notebook does not grow with every merge. A searcher
            # still reading them notices and reopens (see `search`).
            self.storage.purge_deleted()
        except BaseException:
            with contextlib.suppress(Exception):
                w.cancel()
            self.ix.lock("WRITELOCK").release()  # whoosh names it <index>_WRITELOCK
            raise

    @staticmethod
    def add(writer: SegmentWriter, doc: IndexDoc, *, new: bool = False) -> None:
        """Add or replace one article's document (`new`: it cannot be in the index yet, so the
        look-up of an older version is skipped)."""
        fields = document_fields(doc)
        if new:
            writer.add_document(**fields)
        else:
            writer.update_document(**fields)

    @staticmethod
    def delete(writer: SegmentWriter, article_id: str) -> None:
        writer.delete_by_term("id", article_id)

    def clear(self) -> None:
        """Drop every index file and start an empty index (inside a transaction)."""
        self._drop_searcher()
        self.storage.clear()
        self.create()

    # -- reading ------------------------------------------------------------------------------
    def ids(self) -> set[str]:
        """The ids of every article in the index."""
        reader = self.searcher().reader()
        return {fields["id"] for _, fields in reader.iter_docs()}

    def parse(self, query: str) -> Any:
        query = _DATE_VALUE.sub(lambda m: _ISO_DATE.sub(_compact_date, m.group(0)), query)
        try:
            parsed = self._parser.parse(query).accept(_fuzzy_keeps_first_letter)
            for leaf in parsed.leaves():  # a term its field cannot read (date:"xx") fails here, not
                if isinstance(leaf, Term) and leaf.fieldname in self.schema:  # while matching
                    self.schema[leaf.fieldname].to_bytes(leaf.text)
            return parsed
        except Exception as exc:  # whoosh raises assorted errors on odd input
            raise QuerySyntaxError(f"could not understand the query {query!r}: {exc}") from exc

    def same_query(self, a: str, b: str) -> bool:
        """Whether two query strings are the same search (they parse to equal queries: the same
        terms after analysis, "Soldier" and "soldiers", a trailing space); False if either fails."""
        try:
            return bool(self.parse(a) == self.parse(b))
        except QuerySyntaxError:
            return False

    def search(self, query: str, *, limit: int, texts: Any, cancelled: Cancelled = None) -> SearchResult:
        """Ranked hits for `query`. `texts(ids)` returns {id: text} for the snippets.

        `cancelled()`, if given, is asked between steps (each segment, each posting list read,
        every few snippets); when it says True the search stops with SearchCancelled. What it
        decoded so far stays cached, so the next query that shares its words starts warmer."""
        try:
            return self._search(query, limit=limit, texts=texts, cancelled=cancelled)
        except IndexFileMissing:
            # Another connection (an import running beside the app) committed and purged the
            # files this searcher was reading: search again on the new index.
            self._drop_searcher()
            return self._search(query, limit=limit, texts=texts, cancelled=cancelled)

    def _search(self, query: str, *, limit: int, texts: Any, cancelled: Cancelled = None) -> SearchResult:
        s = self.searcher()
        q = fast_ranges(expand_fuzzy(self.parse(query), self._lexicon or Lexicon(s.reader())))
        ranked, total = self._ranked(s, q, limit, cancelled)
        scorer = self._scorer if self._scorer is not None and self._scorer.searcher is s else None
        stored = s.stored_fields if scorer is None else scorer.stored_fields
        ids = [stored(r.docnum)["id"] for r in ranked]
        bodies = texts(ids)
        wanted = term_matcher(q, "body")
        matches = MatchedWords(self._snippets, wanted, exact=wanted.only_exact())
        hits = []
        for n, (r, i) in enumerate(zip(ranked, ids, strict=True)):
            if cancelled is not None and n % SNIPPETS_BETWEEN_CHECKS == 0 and cancelled():
                raise SearchCancelled
            hits.append(self._hit(i, r.score, bodies.get(i, ""), matches))
        suggestion = self.did_you_mean(query, texts) if not hits else None
        return SearchResult(query, hits, total, suggestion)

    def read_ahead(self) -> Iterator[None]:
        """Read what the first search of any words would otherwise read, one short step (a few ms
        at 100,000 articles) a `yield`: the searcher, then for each segment its documents' field
        lengths in the default fields (as BM25's length norms) and where its stored ids are. For a
        worker waiting for queries: stop iterating whenever a query comes, resume or not later.
        A searcher opened after a commit is read afresh by the next search, not here."""
        self.searcher()
        scorer = self._scorer
        if scorer is None:
            return
        yield
        steps = scorer.read_ahead(DEFAULT_FIELDS)
        while self._scorer is scorer:  # not dropped or replaced since the last step
            if next(steps, _DONE) is _DONE:
                return
            yield

    def matched_spans(self, query: str, texts: dict[str, str]) -> dict[str, list[tuple[int, int]]]:
        """Where the words `query` looks for in the body occur in each text (id → (start, end)
        in order), found as snippets find them; [] for a text where none occur."""
        s = self.searcher()
        wanted = term_matcher(expand_fuzzy(self.parse(query), self._lexicon or Lexicon(s.reader())), "body")
        matches = MatchedWords(self._snippets, wanted, exact=wanted.only_exact())
        found: dict[str, list[tuple[int, int]]] = {}
        for article_id, text in texts.items():
            sample = text[:HIGHLIGHT_CHARS]
            found[article_id] = self._snippets.spans(sample, self._snippets.matched_words(sample, matches))
        return found

    def _ranked(
        self, searcher: Any, q: Any, limit: int, cancelled: Cancelled = None
    ) -> tuple[list[Ranked], int]:
        """The top `limit` matches of `q` by score, and the exact number of matches.

        Every match is scored: whoosh's shortcuts for skipping low-scoring documents (block
        quality, and replacing the matcher tree as the minimum score rises) lost matches at
        20,000 articles, both from the total (`market NOT shares`: 2,108 of 2,543) and from
        the top hits (`oil date:[2004-03 TO 2004-06]`). The block scorer (search_scoring) scores
        whole posting lists at a time with whoosh's arithmetic; whoosh's own collector, scoring
        one document at a time, is the fallback for searchers the block scorer does not read.
        The matched terms are not recorded (`terms=True`): snippets read them off the query.
        """
        scorer = self._scorer if self._scorer is not None and self._scorer.searcher is searcher else None
        found = scorer.top(q, limit, cancelled=cancelled) if scorer is not None else None
        if found is not None:
            return found
        collector = TopCollector(limit=limit, usequality=False, replace=0)
        searcher.search_with_collector(q, collector)
        results = collector.results()
        return [Ranked(r.docnum, r.score) for r in results], len(results)

    def did_you_mean(self, query: str, texts: Any) -> str | None:
        """The query with each word the index does not know replaced by the closest one it does.

        The closest indexed term is found among the body's (stemmed) terms, then shown as a word
        a reader would type: its first occurrence in an article that contains it. So "detaned"
        suggests "detained", not the stem "detain".
        """
        s = self.searcher()
        reader = s.reader()
        corrector = s.corrector("body")
        analyzer = self.schema["body"].analyzer
        changed = False

        def fix(match: re.Match[str]) -> str:
            nonlocal changed
            word = match.group(0)
            if word in {"AND", "OR", "NOT", "TO"} or match.start() and query[match.start() - 1] == ":":
                return word
            terms = [t.text for t in analyzer(word)]
            if len(terms) != 1 or reader.doc_frequency("body", terms[0]):
                return word
            found = corrector.suggest(terms[0], limit=1, maxdist=2, prefix=1)  # as fuzzy: same first letter
            surface = self._surface_word(s, str(found[0]), texts) if found else None
            if surface is None:
                return word
            changed = True
            return surface

        fixed = re.sub(r"(?<![\w:])\w[\w\u200c]*", fix, query)
        return fixed if changed else None

    def _surface_word(self, searcher: Any, term: str, texts: Any) -> str | None:
        """A word as written in an article whose search term is `term` (lower-cased), or None."""
        hits = searcher.search(Term("body", term), limit=1)
        if not hits:
            return None
        text = texts([hits[0]["id"]]).get(hits[0]["id"], "")[:HIGHLIGHT_CHARS]
        for token in self.schema["body"].analyzer(text, chars=True, mode="index"):
            if token.text == term:
                return str(text[token.startchar : token.endchar]).lower()
        return None

    def _hit(self, article_id: str, score: float, text: str, matches: MatchedWords) -> Hit:
        marked = self._snippets.snippet(text, matches)
        snippet, snippet_html = render(marked.text)
        return Hit(article_id, float(score), snippet, snippet_html, marked.first_match)


def strip_markers(text: str) -> str:
    """The snippet without its ** highlight markers."""
    return re.sub(r"\*\*", "", text)
