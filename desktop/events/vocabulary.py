"""The event vocabulary (types, triggers, actors, victim groups) and finding its words in text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from desktop.events.script import fold, fold_str, term_regex
from desktop.resources import load_json

# Dari and Pashto articles quote each other's words: both trigger lists apply to either.
_WORD = re.compile(r"\w+")
LANGUAGE_GROUPS = {
    "en": ("en",), "fa": ("fa", "ps"), "prs": ("fa", "ps"), "ps": ("ps", "fa"), "": ("en", "fa", "ps"),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class EventType:
    """A kind of event the researcher records (detention, killing …) and the words that signal it."""

    id: str
    label: str
    description: str
    triggers: dict[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Hit:
    """A vocabulary word found in a text: `key` is an event type id or an actor or group label."""

    key: str
    start: int
    end: int
    text: str
    hypothetical: bool = False
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Compiled matchers for one language group."""

    triggers: tuple[tuple[str, re.Pattern[str]], ...]
    cues: re.Pattern[str]
    by_start: dict[str, tuple[tuple[str, re.Pattern[str]], ...]]
    perpetrators: tuple[tuple[str | None, str | None, re.Pattern[str]], ...]
    victims: tuple[tuple[str | None, str | None, re.Pattern[str]], ...]


def _raw() -> dict[str, Any]:
    data: dict[str, Any] = load_json("event_types.json")
    return data


def event_types() -> list[EventType]:
    """The shipped event types, in display order."""
    return [
        EventType(e["id"], e["label"], e["description"], {k: tuple(v) for k, v in e["triggers"].items()})
        for e in _raw()["event_types"]
    ]


def choices(name: str) -> list[str]:
    """Ids of a shipped list: "verification_statuses", "date_precisions" or "count_qualifiers"."""
    return [item["id"] for item in _raw()[name]]


# Pashto typed on a Persian keyboard: ګ as گ, ې and ۍ as ی, ښ as ش, ځ as ز, ږ as ژ («وتشتول» is «وتښتول»).
_PASHTO_AS_PERSIAN = {
    "ګ": "گ", "ې": "ی", "ۍ": "ی", "ښ": "ش", "ځ": "ز", "ږ": "ژ", "ټ": "ت", "ډ": "د", "ړ": "ر", "ڼ": "ن",
}  # fmt: skip
_CANONICAL = str.maketrans(_PASHTO_AS_PERSIAN)
_SPELLINGS = {
    letter: f"[{''.join(sorted({k for k, v in _PASHTO_AS_PERSIAN.items() if v == same} | {same}))}]"
    for letter, same in (*_PASHTO_AS_PERSIAN.items(), *((v, v) for v in _PASHTO_AS_PERSIAN.values()))
}


def _term(term: str) -> str:
    """Regex source of a trigger term; a word `_` stands for one to three words ("left _ for": "left Taloqan
    for", "raided _ home*": "raided the home", "raided their homes"), k of them in a row for k to 3k words;
    a Pashto letter matches its Persian keyboard spelling and back."""
    pieces = re.split(r"((?:(?:^|\s)_(?=\s|$))+)\s*", term)  # text, run of `_`, text, …
    source = ""
    for n, piece in enumerate(pieces):
        if n % 2:  # k wildcards in a row stand for k to 3k words ("pushed _ _ back across")
            k = piece.count("_")
            source += rf"[\s\-]+\S+(?:[\s\-]+\S+){{{k - 1},{3 * k - 1}}}[\s\-]+"
        elif piece.strip():
            source += term_regex(piece.strip())
    return "".join(_SPELLINGS.get(ch, ch) for ch in source)


def _any_of(terms: list[str]) -> re.Pattern[str]:
    ordered = sorted(terms, key=len, reverse=True)
    return re.compile("|".join(_term(t) for t in ordered))


def _patterns(entries: list[dict[str, Any]]) -> list[tuple[str | None, str | None, re.Pattern[str]]]:
    return [
        (e["label"], e.get("country"), re.compile(rf"(?<!\w)(?:{'|'.join(e['patterns'])})(?!\w)"))
        for e in entries
    ]


def _start(term: str) -> str:
    """The first three folded letters of a term's first word (the key it is looked up by)."""
    words = re.split(r"[\s\-]+", term.strip())
    return fold_str(words[0].rstrip("*"))[:3].translate(_CANONICAL)


def _by_start(terms: list[tuple[str, str]]) -> dict[str, tuple[tuple[str, re.Pattern[str]], ...]]:
    """(type id, pattern) of every trigger term, grouped by `_start`, longest terms first, so that a
    text is scanned word by word instead of trying every term at every character."""
    grouped: dict[str, list[tuple[str, str]]] = {}
    for type_id, term in sorted(terms, key=lambda t: len(t[1]), reverse=True):
        grouped.setdefault(_start(term), []).append((type_id, term))
    return {
        key: tuple((type_id, re.compile(_term(term))) for type_id, term in items)
        for key, items in grouped.items()
    }


@lru_cache(maxsize=8)
def vocabulary(language: str = "") -> Vocabulary:
    """Matchers for `language` ("en", "fa", "prs", "ps"; "" = all), built once."""
    groups = LANGUAGE_GROUPS.get(language, LANGUAGE_GROUPS[""])
    data = _raw()
    triggers = tuple(
        (t.id, _any_of([w for g in groups for w in t.triggers.get(g, ())])) for t in event_types()
    )
    cues = [c for g in groups for c in data["hypothetical_cues"].get(g, [])]
    cue_pattern = re.compile(rf"(?:{'|'.join(term_regex(c) for c in cues)})(?:\s+\S+){{0,4}}\s*$")
    terms = [(t.id, w) for t in event_types() for g in groups for w in t.triggers.get(g, ())]
    return Vocabulary(
        triggers, cue_pattern, _by_start(terms),
        tuple(_patterns(data["perpetrators"])), tuple(_patterns(data["victim_groups"])),
    )  # fmt: skip


def find_triggers(text: str, *, language: str = "") -> list[Hit]:
    """Words that signal an event ("detained", "اعدام"), each marked hypothetical when a cue
    such as "risk of" or "feared" comes within the five words before it."""
    vocab = vocabulary(language)
    folded = fold(text)
    hits: list[Hit] = []
    reached: dict[str, int] = {}  # per type, the end of its last hit: a type's hits do not overlap
    for word in _WORD.finditer(folded.text):
        at = word.start()
        for type_id, pattern in vocab.by_start.get(word.group()[:3].translate(_CANONICAL), ()):
            m = pattern.match(folded.text, at)
            if m is None or reached.get(type_id, -1) > at:
                continue
            reached[type_id] = m.end()
            before = re.split(r"[.!?؟;:]", folded.text[max(0, at - 40) : at])[-1]
            start, end = folded.span(at, m.end())
            hits.append(Hit(type_id, start, end, text[start:end], bool(vocab.cues.search(before))))
    return sorted(hits, key=lambda h: h.start)


def _find(text: str, patterns: tuple[tuple[str | None, str | None, re.Pattern[str]], ...]) -> list[Hit]:
    # here, not at the top: the CLI's parser reads the vocabulary's choices and must not load the gazetteer
    from desktop.events.gazetteer import country_of_word

    folded = fold(text)
    hits: list[Hit] = []
    for label, country, pattern in patterns:
        for m in pattern.finditer(folded.text):
            start, end = folded.span(m.start(), m.end())
            written = re.sub(r"\s+", " ", text[start:end])
            home = country or country_of_word(written.split(" ")[0])
            hits.append(Hit(label or written, start, end, text[start:end], country=home))
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, h.start - h.end)):
        if not kept or hit.start >= kept[-1].end:  # the longest of overlapping mentions wins
            kept.append(hit)
    return kept


def find_perpetrators(text: str) -> list[Hit]:
    """Actors named in `text` ("Taliban", "Iranian police"); `key` is the label to record,
    `country` where the actor operates (an event without a named place is placed there)."""
    return _find(text, vocabulary("").perpetrators)


def find_victim_groups(text: str) -> list[Hit]:
    """Groups of people named in `text` ("former soldiers", "journalists", "زنان")."""
    return _find(text, vocabulary("").victims)
