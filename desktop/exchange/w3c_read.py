"""Reading W3C Web Annotations as other tools write them: a collection, a page, a list or one annotation.

Lenient on shape (Hypothesis-style `target` as a string, object or list; `selector` as an
object or list; `bodyValue`; Hypothesis API rows with `text` and `tags`), strict on size. What
cannot be used (a RangeSelector, a target without a text selector) is said in `problems`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.exchange.report import ExchangeError
from desktop.ingest.json_depth import nesting_exceeds

MAX_BYTES = 256 * 2**20
MAX_DEPTH = 64  # annotations nest some eight deep (collection, page, items, target, selector, refinedBy…)
TEXT_SELECTORS = {"TextQuoteSelector", "TextPositionSelector"}


@dataclass(frozen=True)
class Target:
    """Where an annotation points: its sources (hash URNs, URLs) and its text selectors, if any."""

    sources: tuple[str, ...]
    exact: str | None = None
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None

    def has_text_selector(self) -> bool:
        return self.exact is not None or (self.start is not None and self.end is not None)


@dataclass
class W3CAnnotation:
    """One annotation read: its label (id or quote), targets, tags, note and what was ignored."""

    label: str
    targets: list[Target] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    note: str = ""
    problems: list[str] = field(default_factory=list)


def read_file(path: Path) -> list[W3CAnnotation]:
    """Parse a .jsonld/.json file; raises ExchangeError when it is not W3C annotations at all."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ExchangeError(f"{path}: {exc.strerror or exc}") from exc
    if len(data) > MAX_BYTES:
        raise ExchangeError(f"{path}: larger than {MAX_BYTES // 2**20} MiB")
    try:
        text = data.decode("utf-8-sig")
        if nesting_exceeds(text, MAX_DEPTH):  # before json.loads and the walk below recurse into it
            raise ExchangeError(f"{path}: nested more than {MAX_DEPTH} levels deep, not W3C annotations")
        doc = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExchangeError(f"{path}: not JSON ({exc})") from exc
    found = [parse_annotation(item) for item in _annotations_in(doc)]
    if not found and not _is_empty_collection(doc):
        raise ExchangeError(f"{path}: no W3C annotations in it")
    return found


def _types(node: dict[str, Any]) -> set[str]:
    value = node.get("type", node.get("@type", ()))
    if isinstance(value, str):
        return {value}
    # other tools write a list; a number or an object is not a type (a fuzzer wrote "type": 2)
    return {v for v in value if isinstance(v, str)} if isinstance(value, list) else set()


def _is_empty_collection(doc: Any) -> bool:
    return isinstance(doc, dict) and bool(_types(doc) & {"AnnotationCollection", "AnnotationPage"})


def _annotations_in(doc: Any) -> Iterator[dict[str, Any]]:
    """The annotation objects of any of the shapes other tools write."""
    if isinstance(doc, list):
        for item in doc:
            yield from _annotations_in(item)
        return
    if not isinstance(doc, dict):
        return
    types = _types(doc)
    if "AnnotationCollection" in types:
        page = doc.get("first")
        while isinstance(page, dict):
            yield from _annotations_in(page.get("items", []))
            page = page.get("next")
        return
    if "AnnotationPage" in types:
        yield from _annotations_in(doc.get("items", []))
        return
    if "rows" in doc and isinstance(doc["rows"], list):  # a Hypothesis API search result
        yield from _annotations_in(doc["rows"])
        return
    if "Annotation" in types or "target" in doc:
        yield doc


def parse_annotation(node: dict[str, Any]) -> W3CAnnotation:
    """One annotation object to a W3CAnnotation (never raises on odd shapes: it notes them)."""
    found = W3CAnnotation(label=str(node.get("id") or node.get("@id") or ""))
    for target in _as_list(node.get("target")):
        parsed = _target(target, found.problems)
        if parsed is not None:
            found.targets.append(parsed)
    for body in _as_list(node.get("body")):
        _body(body, found)
    if isinstance(node.get("bodyValue"), str):
        found.note = _joined(found.note, node["bodyValue"])
    if isinstance(node.get("text"), str):  # Hypothesis API
        found.note = _joined(found.note, node["text"])
    found.tags += [t for t in _as_list(node.get("tags")) if isinstance(t, str) and t.strip()]
    quote = next((t.exact for t in found.targets if t.exact), None)
    if quote:
        found.label = f"«{quote[:50]}»" + (f" ({found.label})" if found.label else "")
    return found


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _joined(first: str, second: str) -> str:
    return f"{first}\n\n{second}" if first and second else first or second


def _target(target: Any, problems: list[str]) -> Target | None:
    if isinstance(target, str):
        problems.append(f"target {target[:60]} is a whole document, not a passage")
        return None
    if not isinstance(target, dict):
        return None
    sources = _sources(target.get("source")) or _sources(target.get("id"))
    sources += _sources(target.get("via")) + _sources(target.get("uri"))
    values: dict[str, Any] = {}
    for selector in _as_list(target.get("selector")):
        if not isinstance(selector, dict):
            continue
        kind = next(iter(_types(selector) & TEXT_SELECTORS), None)
        if kind == "TextQuoteSelector" and isinstance(selector.get("exact"), str):
            values.update(
                exact=selector["exact"],
                prefix=str(selector.get("prefix") or ""),
                suffix=str(selector.get("suffix") or ""),
            )
        elif (
            kind == "TextPositionSelector" and _is_int(selector.get("start")) and _is_int(selector.get("end"))
        ):
            values.update(start=int(selector["start"]), end=int(selector["end"]))
        elif kind is None:
            problems.append(f"{'/'.join(sorted(_types(selector))) or 'a selector'} ignored")
    parsed = Target(sources=tuple(dict.fromkeys(sources)), **values)
    if not parsed.has_text_selector():
        problems.append("a target without a text quote or position")
    return parsed


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _sources(value: Any) -> list[str]:
    """Source names from a string or an object (its id and `via`/`sameAs`)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in _sources(v)]
    if isinstance(value, dict):
        names = _sources(value.get("id") or value.get("@id"))
        for key in ("via", "sameAs", "canonical"):
            names += _sources(value.get(key))
        return names
    return []


def _body(body: Any, found: W3CAnnotation) -> None:
    if not isinstance(body, dict):
        return  # a body given only by IRI has no text to keep
    value = body.get("value", body.get("chars"))
    if not isinstance(value, str) or not value.strip():
        return
    purpose = body.get("purpose")
    purposes = {purpose} if isinstance(purpose, str) else set(_as_list(purpose))
    if "tagging" in purposes or "classifying" in purposes:
        found.tags.append(value)
    else:
        found.note = _joined(found.note, value)
