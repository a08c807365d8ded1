"""How text becomes search terms: English stemming for Latin script, normalisation for Arabic script.

For Arabic-script words (Dari, Pashto, Persian, Arabic, Urdu) the Arabic and Persian forms of
yeh and kaf are unified, ZWNJ/ZWJ, tatweel and diacritics dropped, and Eastern digits mapped to
ASCII: a query typed with ي finds text written with ی, and میگویند finds می‌گویند.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from whoosh.analysis import STOP_WORDS, Filter, LowercaseFilter, RegexTokenizer, StopFilter, Token
from whoosh.lang.porter import stem

ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
# Words keep their joiners, tatweel and marks so that offsets (for highlighting) stay exact.
TOKEN_PATTERN = re.compile(r"[\w\u200c\u200d\u0640\u064b-\u065f\u0670\u06d6-\u06ed]+", re.UNICODE)

_ARABIC_FOLD = str.maketrans(
    {
        "\u064a": "\u06cc",  # Arabic yeh ي → Persian yeh ی
        "\u0649": "\u06cc",  # alef maksura ى → ی
        "\u0643": "\u06a9",  # Arabic kaf ك → Persian kaf ک
        "\u0629": "\u0647",  # teh marbuta ة → heh ه
        "\u06c0": "\u0647",  # heh with yeh above ۀ → ه
        "\u0623": "\u0627",  # alef with hamza above أ → ا
        "\u0625": "\u0627",  # alef with hamza below إ → ا
        "\u0622": "\u0627",  # alef with madda آ → ا
        "\u0624": "\u0648",  # waw with hamza ؤ → و
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian digits
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
    }
)
_ARABIC_DROP = re.compile("[\u200c\u200d\u0640\u064b-\u065f\u0670\u06d6-\u06ed]")


def normalise_arabic(word: str) -> str:
    """The search form of an Arabic-script word (see the module docstring)."""
    return _ARABIC_DROP.sub("", unicodedata.normalize("NFC", word).translate(_ARABIC_FOLD))


@lru_cache(maxsize=100_000)
def latin_term(word: str) -> str:
    """The search form of a lower-cased Latin-script word: accents folded, English-stemmed."""
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return stem(word)


class ScriptFilter(Filter):
    """Stems Latin-script tokens and normalises Arabic-script ones."""

    is_morph = True  # tells whoosh to keep unstemmed words for "did you mean"

    def __init__(self, *, stemming: bool = True) -> None:
        self.stemming = stemming

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ScriptFilter) and other.stemming == self.stemming

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            text = t.text
            if not text.isascii() and ARABIC_SCRIPT.search(text):  # isascii: the cheap common case
                t.text = normalise_arabic(text)
            elif self.stemming and not getattr(t, "no_morph", False):
                t.text = latin_term(text)
            if t.text:
                yield t


class FoldFilter(ScriptFilter):
    """Like ScriptFilter but without stemming (spelling suggestions, exact fields)."""

    is_morph = False

    def __init__(self) -> None:
        super().__init__(stemming=False)


def text_analyzer() -> Any:
    """The analyzer for every full-text field (queries, highlighting; `index_terms` when indexing)."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=1)
        | ScriptFilter(stemming=True)
    )


@lru_cache(maxsize=200_000)
def word_term(word: str) -> str:
    """The search term of one lower-cased word, as ScriptFilter makes it ("" drops the word)."""
    if not word.isascii() and ARABIC_SCRIPT.search(word):
        return normalise_arabic(word)
    return latin_term(word)


class _WordTerms(dict[str, "str | None"]):
    """Lower-cased word → its term ("" for a word without one), None for a stop word.

    A plain dict whose misses are computed: `map(terms.__getitem__, words)` looks a text's
    words up in C, where an lru_cache call a word cost more than the rest of the analysis.
    """

    def __missing__(self, word: str) -> str | None:
        term = None if word in STOP_WORDS else word_term(word)
        if len(self) >= WORD_CACHE:  # a corpus of rare words (names, ids) must not grow it for ever
            self.clear()
        self[word] = term
        return term


WORD_CACHE = 300_000
# The only characters a whole-text lower() turns into something else than lowering each token
# would (a test checks every code point): İ becomes two characters, and Σ becomes ς or σ by
# what follows it. A text without them is lower-cased whole before it is split.
PER_TOKEN_LOWER = re.compile("[\u0130\u03a3]")
_WORD_TERMS = _WordTerms()
BIG_TEXT = 1 << 20  # characters: a longer text is analysed a word at a time (see index_terms)


def index_terms(text: str) -> dict[str, Sequence[int]]:
    """Each search term of `text` with its positions: what `text_analyzer()` yields, computed fast.

    Indexing an article through the analyzer builds a Token per word and passes it through four
    generators, most of the cost of indexing. This does the same with one `findall` and one
    look-up of every word in a dict (in C): tokens, lower case, stop words removed with positions
    renumbered as StopFilter does (the first kept word keeps its place, later ones follow it
    without gaps), each word's term from the cache. A word whose term is empty still takes its
    position, as in the analyzer.

    A text of over BIG_TEXT characters is taken one word at a time, its positions kept as arrays
    of 4-byte integers: a 40 MB article has some 7 million words, which as lists of strings and
    of Python ints took over 600 MB to index (issue 17); this way the positions take ~30 MB.
    """
    if len(text) > BIG_TEXT:
        return _big_text_terms(text)
    if text.isascii() or not PER_TOKEN_LOWER.search(text):
        words = TOKEN_PATTERN.findall(text.lower())
    else:  # lower-casing token by token: a whole-text lower() would split or case them otherwise
        words = list(map(str.lower, TOKEN_PATTERN.findall(text)))
    looked_up = list(map(_WORD_TERMS.__getitem__, words))
    first = 0  # the first kept word's place
    for term in looked_up:
        if term is not None:
            break
        first += 1
    positions: dict[str, list[int]] = {}
    get = positions.get
    for pos, term in enumerate([t for t in looked_up if t is not None], first):
        found = get(term)
        if found is None:
            positions[term] = [pos]
        else:
            found.append(pos)
    positions.pop("", None)
    return positions  # type: ignore[return-value]  # lists are sequences


def _big_text_terms(text: str) -> dict[str, Sequence[int]]:
    """index_terms for a long text, a word at a time, positions as arrays (see index_terms)."""
    if text.isascii():
        words: Iterator[str] = (m.group() for m in TOKEN_PATTERN.finditer(text.lower()))
    else:
        words = (m.group().lower() for m in TOKEN_PATTERN.finditer(text))
    positions: dict[str, array[int]] = {}
    pos = -1
    for i, word in enumerate(words):
        if word in STOP_WORDS:
            continue
        pos = i if pos < 0 else pos + 1
        term = word_term(word)
        if term:
            if term in positions:
                positions[term].append(pos)
            else:
                positions[term] = array("i", (pos,))
    return positions  # type: ignore[return-value]  # arrays are sequences
