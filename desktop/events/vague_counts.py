"""Counts no one counted ("dozens", «ده‌ها», «لسګونه»): the source's words for them, and how a count reads.

The suggester keeps such a count as no number with its qualifier ("at least"); the notebook stores
just that (the events table has no column for words). The words are read back from the passages
behind the suggestion or the event, so a researcher sees what the source said instead of an empty
count. A passage naming two different vague numbers ("hundreds gathered; dozens were detained")
gives none: which one counts the event is not known.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.events.numbers import find_counts

WORDS_SEPARATOR = " / "


def uncounted(count: int | None, qualifier: str | None) -> bool:
    """No number, but a qualifier other than "exact": the source gave a number only in words."""
    return count is None and bool(qualifier) and qualifier != "exact"


def vague_words(text: str) -> list[str]:
    """The words of each vague count in `text` as written ("Dozens", "at least dozens", «ده‌ها»),
    once each (case and spacing aside), in order."""
    found: dict[str, str] = {}
    for match in find_counts(text):
        if match.count.vague:
            words = " ".join(text[match.start : match.end].split())
            found.setdefault(words.casefold(), words)
    return list(found.values())


def count_words(passages: Iterable[str]) -> str:
    """What the passages say instead of a number: "Dozens", "dozens / scores" when corroborating
    passages differ, or "" when none names exactly one vague number."""
    found: dict[str, str] = {}
    for passage in passages:
        words = vague_words(passage)
        if len(words) == 1:
            found.setdefault(words[0].casefold(), words[0])
    return WORDS_SEPARATOR.join(found.values())


def count_phrase(count: int | None, qualifier: str | None, words: str = "") -> str:
    """A count in English for tables and the command line.

    "15", "at least 15", "about 200"; with no number, "“Dozens” (not counted)" (the qualifier shown
    too when it is not the "at least" such words mean), "not counted (at least)" without the words,
    and "" when nothing is known.
    """
    if count is not None:
        return str(count) if qualifier in ("exact", "", None) else f"{qualifier} {count}"
    if not uncounted(count, qualifier):
        return ""
    if not words:
        return f"not counted ({qualifier})"
    quoted = f"“{words}” (not counted)"
    return quoted if qualifier == "at least" else f"{qualifier} {quoted}"
