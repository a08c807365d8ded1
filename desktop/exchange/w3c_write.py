"""Annotations as a W3C Web Annotation collection (JSON-LD): quote and position selectors, tags, notes.

Each target's source is the original file, named by its SHA-256 (`urn:sha256:…`), with the URL
it was retrieved from (`via`) when the article's metadata has one. Positions count Unicode
characters of the article's plain text, as the W3C TextPositionSelector does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop.export.atomic_file import write_atomically
from desktop.store.annotations import Annotation
from desktop.store.articles import Article

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
GENERATOR = {"type": "Software", "name": "Fieldnotes"}


def source_of(article: Article) -> dict[str, Any]:
    """The target's source: the original file by hash, its media type, title and URL."""
    source: dict[str, Any] = {
        "id": f"urn:sha256:{article.original_sha256}",
        "type": "Text",
        "format": article.media_type,
        "title": article.title,
    }
    if article.language:
        source["language"] = article.language
    url = article.csl.get("URL")
    if isinstance(url, str) and url:
        source["via"] = url
    return source


def annotation_json(annotation: Annotation, article: Article) -> dict[str, Any]:
    """One Annotation: tags as `tagging` bodies, the note as a `commenting` body."""
    a = annotation
    bodies: list[dict[str, Any]] = [
        {"type": "TextualBody", "value": path, "purpose": "tagging"} for path in a.tags
    ]
    if a.note:
        bodies.append(
            {"type": "TextualBody", "value": a.note, "format": "text/plain", "purpose": "commenting"}
        )
    out: dict[str, Any] = {
        "id": f"urn:uuid:{a.id}",
        "type": "Annotation",
        "motivation": "commenting" if a.note else ("tagging" if a.tags else "highlighting"),
        "created": a.created,
        "modified": a.modified,
        "target": {
            "source": source_of(article),
            "selector": [
                {"type": "TextQuoteSelector", "exact": a.exact, "prefix": a.prefix, "suffix": a.suffix},
                {"type": "TextPositionSelector", "start": a.start, "end": a.end},
            ],
        },
    }
    if bodies:
        out["body"] = bodies
    return out


def collection(pairs: Iterable[tuple[Annotation, Article]], *, label: str) -> dict[str, Any]:
    """An AnnotationCollection whose first (and only) page holds every annotation."""
    items = [annotation_json(a, article) for a, article in pairs]
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
        "generator": GENERATOR,
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def write(pairs: Iterable[tuple[Annotation, Article]], dest: Path, *, label: str) -> int:
    """Write the collection to `dest` (atomically); returns how many annotations it holds."""
    doc = collection(pairs, label=label)
    write_atomically(dest, json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))
    return int(doc["total"])
