"""Importing reference files (CSL-JSON, BibTeX, RIS): fill in stored articles' metadata or add references.

Each reference is matched to a stored article by DOI, else URL, else title (`match_key`). A
match gets the fields it lacks (never overwriting what the researcher entered), as one undoable
metadata edit; a reference with no match becomes a reference-only article whose text is the
reference written out and whose original is the entry as CSL-JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from desktop.csl.item import CslItem
from desktop.csl.text import csl_date_text, csl_names
from desktop.export.summary import text_direction
from desktop.ingest.draft import ArticleDraft
from desktop.ingest.references import MatchKey, match_key, read_references
from desktop.store.errors import NotebookError
from desktop.store.notebook import Notebook

CSL_MEDIA_TYPE = "application/vnd.citationstyles.csl+json"
# A stored type this vague is treated as missing: the reference file usually knows better.
_PLACEHOLDER_TYPES = frozenset(["article", "document"])
_NEVER_FILLED = frozenset(["id", "custom"])
Status = Literal["matched", "added", "error"]
_PENDING = "pending:"


@dataclass(frozen=True)
class ReferenceResult:
    """What happened to one reference.

    status   "matched" (a stored article; `fields` lists what was filled in, maybe nothing),
             "added" (a new reference-only article) or "error" (`error` says why)
    number   the reference's position in its file, from 1 (0 when the whole file failed)
    """

    file: str
    number: int
    status: Status
    title: str = ""
    article_id: str | None = None
    fields: tuple[str, ...] = field(default_factory=tuple)
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["fields"] = list(self.fields)
        return out


def import_references(nb: Notebook, paths: Iterable[Path]) -> list[ReferenceResult]:
    """Import every reference in every file; one result per reference (or per unreadable file)."""
    index = _StoredKeys(nb)
    results: list[ReferenceResult] = []
    for path in map(Path, paths):
        try:
            items = read_references(path)
        except ValueError as error:
            results.append(ReferenceResult(file=path.name, number=0, status="error", error=str(error)))
            continue
        results += _import_file(nb, index, path.name, items)
    return results


def _import_file(nb: Notebook, index: _StoredKeys, name: str, items: list[CslItem]) -> list[ReferenceResult]:
    results: list[ReferenceResult] = []
    pending: list[tuple[int, ArticleDraft]] = []
    repeats: list[tuple[int, str, int]] = []  # (number, title, number of the reference it repeats)
    for number, item in enumerate(items, start=1):
        title, key = str(item.get("title") or ""), match_key(item)
        article_id = index.find(key)
        if article_id is None:
            draft = reference_draft(item, filename=name)
            article_id = nb.find_duplicate(draft)
            if article_id is None:
                pending.append((number, draft))
                index.add(key, f"{_PENDING}{number}")
                continue
        if article_id.startswith(_PENDING):
            repeats.append((number, title, int(article_id.removeprefix(_PENDING))))
            continue
        results.append(_fill(nb, name, number, title, article_id, item))
    stored = nb.add_articles([draft for _, draft in pending]) if pending else []
    added: dict[int, str] = {}
    for (number, draft), article in zip(pending, stored, strict=True):
        index.add(match_key(article.csl), article.id)
        added[number] = article.id
        results.append(
            ReferenceResult(name, number, "added", article.title, article.id, tuple(sorted(draft.csl)))
        )
    for number, title, first in repeats:  # the same source twice in one file: one article
        results.append(ReferenceResult(name, number, "matched", title, added[first]))
    return sorted(results, key=lambda r: r.number)


def _fill(
    nb: Notebook, name: str, number: int, title: str, article_id: str, item: CslItem
) -> ReferenceResult:
    try:
        fields = fill_missing(nb, article_id, item)
    except (NotebookError, ValueError) as error:
        return ReferenceResult(name, number, "error", title, article_id, error=str(error))
    return ReferenceResult(name, number, "matched", title, article_id, fields)


def fill_missing(nb: Notebook, article_id: str, item: CslItem) -> tuple[str, ...]:
    """Give the article the reference's fields it lacks (one undoable edit); returns their names."""
    current = nb.article(article_id).csl
    changes = {k: v for k, v in item.items() if k not in _NEVER_FILLED and _missing(current, k)}
    if changes:
        nb.update_metadata(article_id, changes)
    return tuple(sorted(changes))


def _missing(csl: dict[str, Any], key: str) -> bool:
    value = csl.get(key)
    if key == "type":
        return value in (None, "") or value in _PLACEHOLDER_TYPES
    return value in (None, "", [], {})


def reference_draft(item: CslItem, *, filename: str) -> ArticleDraft:
    """A reference-only article: the reference written out as its text, the entry as its original."""
    csl = {k: v for k, v in item.items() if k != "id"}
    text = reference_text(csl)
    entry = json.dumps(item, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    language = str(csl.get("language") or "")
    return ArticleDraft(
        text=text,
        csl=csl,
        original=entry.encode("utf-8"),
        filename=filename,
        media_type=CSL_MEDIA_TYPE,
        language=language,
        direction=text_direction(text),
    )


def reference_text(csl: dict[str, Any]) -> str:
    """The reference as a few readable lines: title, then who, where, when and links."""
    lines = [str(csl.get("title") or csl.get("URL") or "Untitled reference")]
    labels = (
        ("Authors", csl_names(csl.get("author"))),
        ("Editors", csl_names(csl.get("editor"))),
        ("Published in", str(csl.get("container-title") or "")),
        ("Publisher", str(csl.get("publisher") or "")),
        ("Date", csl_date_text(csl.get("issued"))),
        ("URL", str(csl.get("URL") or "")),
        ("DOI", str(csl.get("DOI") or "")),
    )
    details = [f"{label}: {value}" for label, value in labels if value]
    blocks = ["\n".join(lines), "\n".join(details), str(csl.get("abstract") or "")]
    return "\n\n".join(b for b in blocks if b.strip())


class _StoredKeys:
    """The match keys of every live article, looked up by DOI, URL and title."""

    def __init__(self, nb: Notebook) -> None:
        self._keys: list[tuple[MatchKey, str]] = []
        self._by: dict[str, list[int]] = {}
        rows = nb.db.execute("SELECT id, csl FROM articles WHERE deleted = 0 ORDER BY created, id")
        for article_id, csl in rows:
            self.add(match_key(json.loads(csl)), article_id)

    def add(self, key: MatchKey, article_id: str) -> None:
        self._keys.append((key, article_id))
        for part in _lookups(key):
            self._by.setdefault(part, []).append(len(self._keys) - 1)

    def find(self, key: MatchKey) -> str | None:
        """The first stored article that `key` identifies as the same source, or None."""
        candidates = sorted({n for part in _lookups(key) for n in self._by.get(part, [])})
        for n in candidates:
            stored, article_id = self._keys[n]
            if key.same_source(stored):
                return article_id
        return None


def _lookups(key: MatchKey) -> list[str]:
    return [f"{name}:{value}" for name, value in zip(key._fields, key, strict=True) if value]
