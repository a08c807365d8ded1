"""The custody log as the app shows it: names for people and records, and what a check found."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desktop.progress import Progress
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
PAGE = 200  # entries a page of the log shows: one primary-key range, a few milliseconds at any depth


@dataclass(frozen=True)
class LogRow:
    """One custody entry in words: `who` and `record` are names where the notebook knows them
    (`actor` and `record_id` the ids they stand for)."""

    seq: int
    at: str
    who: str
    action: str
    record: str
    details: str
    actor: str = ""
    record_id: str = ""


@dataclass(frozen=True)
class ChainCheck:
    """The result of checking the hash chain: problems in words, and the entries they name."""

    problems: tuple[str, ...]
    entries: frozenset[int]
    checked: int = 0  # how many entries the check read

    @property
    def intact(self) -> bool:
        return not self.problems


def actor_names(nb: Notebook) -> dict[str, str]:
    """{author id: a name} for this notebook's owner and the contacts whose cards name one."""
    names = contacts.author_names(nb.db)
    me = identity.load(nb.db, author=nb.author)
    names[nb.author] = f"{me.card.name} (you)" if me else "you"
    return names


def log_page(
    nb: Notebook,
    *,
    before: int | None = None,
    after: int = 0,
    limit: int = PAGE,
    names: dict[str, str] | None = None,
) -> list[LogRow]:
    """A page of entries, newest first (`after` < seq < `before`), with people's and articles'
    names instead of ids; `names` are `actor_names(nb)` when the caller has them already."""
    entries = custody.newest(nb.db, before=before, after=after, limit=limit)
    names = actor_names(nb) if names is None else names
    titles = nb.titles(sorted({e.record_id for e in entries if e.record_id}))
    return [
        LogRow(
            seq=e.seq,
            at=e.at,
            who=names.get(e.actor, e.actor),
            action=e.action,
            record=titles.get(e.record_id, e.record_id),
            details=summary(e.details),
            actor=e.actor,
            record_id=e.record_id,
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
    return next(step for step in check_chain_steps(nb) if isinstance(step, ChainCheck))


def check_chain_steps(nb: Notebook) -> Iterator[Progress | ChainCheck]:
    """`check_chain` as a Progress generator (for a worker thread), its ChainCheck yielded last."""
    for step in custody.verify_steps(nb.db):
        if isinstance(step, Progress):
            yield step
        else:
            named = {int(m.group(1)) for p in step.problems if (m := _ENTRY.match(p))}
            yield ChainCheck(tuple(step.problems), frozenset(named), step.entries)
