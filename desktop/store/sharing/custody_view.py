"""The custody log as the app shows it: names for people and records, and what a check found."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desktop.store import custody
from desktop.store.notebook import Notebook
from desktop.store.sharing import contacts, identity

DETAIL_KEYS = (
    "file",
    "title",
    "to",
    "sender",
    "signature",
    "accepted_unverified",
    "counts",
    "kept",
    "format",
)
_ENTRY = re.compile(r"^entry (\d+)")


@dataclass(frozen=True)
class LogRow:
    """One custody entry in words: `who` and `record` are names where the notebook knows them."""

    seq: int
    at: str
    who: str
    action: str
    record: str
    details: str


@dataclass(frozen=True)
class ChainCheck:
    """The result of checking the hash chain: problems in words, and the entries they name."""

    problems: tuple[str, ...]
    entries: frozenset[int]

    @property
    def intact(self) -> bool:
        return not self.problems


def actor_names(nb: Notebook) -> dict[str, str]:
    """{author id: a name} for this notebook's owner and the contacts whose cards name one."""
    names = contacts.author_names(nb.db)
    me = identity.load(nb.db, author=nb.author)
    names[nb.author] = f"{me.card.name} (you)" if me else "you"
    return names


def log_rows(nb: Notebook) -> list[LogRow]:
    """Every entry, oldest first, with people's and articles' names instead of ids."""
    entries = list(custody.entries(nb.db))
    names = actor_names(nb)
    titles = nb.titles(sorted({e.record_id for e in entries if e.record_id}))
    return [
        LogRow(
            seq=e.seq,
            at=e.at,
            who=names.get(e.actor, e.actor),
            action=e.action,
            record=titles.get(e.record_id, e.record_id),
            details=summary(e.details),
        )
        for e in entries
    ]


def summary(details: dict[str, Any]) -> str:
    """An entry's details in one short line (the keys a reader looks for first)."""
    shown = [key for key in DETAIL_KEYS if details.get(key) not in (None, "", False)]
    parts = [f"{key}: {_text(details[key])}" for key in shown]
    return "; ".join(parts)


def _text(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{n} {k}" for k, n in sorted(value.items()))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def check_chain(nb: Notebook) -> ChainCheck:
    """Check the log's hash chain (custody.verify) and say which entries its problems name."""
    problems = custody.verify(nb.db)
    named = {int(m.group(1)) for p in problems if (m := _ENTRY.match(p))}
    return ChainCheck(tuple(problems), frozenset(named))
