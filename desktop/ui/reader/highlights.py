"""What the reader paints for an article's annotations: a light tint in the tag's colour, overlaps
stronger, the chosen annotation underlined, event evidence marked in the margin instead of filled.

Pure functions over colours as (r, g, b): the reader turns `Segment`s into character formats.
Every fill goes through `contrast.readable_tint`, so the palette's text on it keeps WCAG AA.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.ui.common.contrast import AA_TEXT, RGB, parse_hex, readable_tint, visible_mark

DEFAULT_COLOR = "#ffe066"
EVIDENCE_COLOR = "#f4a6a6"  # what the store gives evidence passages (desktop.store.events)
EVIDENCE_MARK = "#c2410c"  # the margin marker's hue before it is fitted to the palette
TINT_ALPHA = 0.6  # one annotation; n overlapping ones: 1 - (1 - a)^n
NO_TAG = "No tag"  # legend labels: the legend widget translates them
EVIDENCE_LABEL = "Event evidence"


@dataclass(frozen=True)
class Mark:
    """One annotation as the reader shows it."""

    id: str
    start: int
    end: int
    color: RGB
    label: str  # the legend entry it belongs to
    evidence: bool  # backs an event: marked in the margin
    filled: bool  # tinted (evidence keeps a fill only if it was given its own colour)
    tooltip: str


@dataclass(frozen=True)
class Segment:
    """A stretch of text covered by the same annotations."""

    start: int
    end: int
    marks: tuple[Mark, ...]


def _rgb(value: str) -> RGB:
    try:
        return parse_hex(value or DEFAULT_COLOR)
    except ValueError:
        return parse_hex(DEFAULT_COLOR)


def colour_source(note: Any, tag_colours: Mapping[str, str]) -> tuple[str, str]:
    """(colour, legend label) of an annotation: its first coloured tag's, else its own colour
    under its first tag (or "No tag")."""
    for path in note.tags:
        if tag_colours.get(path):
            return tag_colours[path], path
    label = note.tags[0] if note.tags else NO_TAG
    return note.color or DEFAULT_COLOR, label


def marks_for(notes: Iterable[Any], tag_colours: Mapping[str, str], evidence_ids: set[str]) -> list[Mark]:
    """Annotations (store records) → marks; `evidence_ids` are the annotations backing events."""
    marks = []
    for note in notes:
        colour, label = colour_source(note, tag_colours)
        evidence = note.id in evidence_ids
        own_colour = bool(note.tags) or (note.color or "").lower() != EVIDENCE_COLOR
        marks.append(
            Mark(
                id=note.id,
                start=note.start,
                end=note.end,
                color=_rgb(colour),
                label=label,
                evidence=evidence,
                filled=not evidence or own_colour,
                tooltip=note.note or ", ".join(note.tags) or (EVIDENCE_LABEL if evidence else ""),
            )
        )
    return marks


def marks_in(nb: Any, article_id: str, notes: list[Any]) -> list[Mark]:
    """The marks for an article's annotations `notes`, with its tags' colours and the annotations
    that back events read from the notebook `nb`."""
    if not notes:
        return []
    tag_colours = {t.path: t.color for t in nb.tags.all() if t.color}
    evidence = {a for e in nb.events.all(article_id=article_id) for a in e.evidence}
    return marks_for(notes, tag_colours, evidence)


def segments(marks: Iterable[Mark]) -> list[Segment]:
    """Split the covered text at every start and end, each piece with the marks over it."""
    marks = [m for m in marks if m.end > m.start]
    cuts = sorted({p for m in marks for p in (m.start, m.end)})
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        over = tuple(m for m in marks if m.start < end and m.end > start)
        if over:
            out.append(Segment(start, end, over))
    return out


def mix(colours: list[RGB]) -> RGB:
    n = len(colours)
    return tuple(round(sum(c[i] for c in colours) / n) for i in range(3))  # type: ignore[return-value]


def fill(colours: list[RGB], *, base: RGB, text: RGB, minimum: float = AA_TEXT) -> RGB:
    """The tint for text covered by annotations of `colours` (more of them: a stronger tint),
    faded where needed so that `text` on it keeps `minimum` contrast."""
    alpha = 1 - (1 - TINT_ALPHA) ** len(colours)
    return readable_tint(mix(colours), base=base, text=text, alpha=alpha, minimum=minimum)


def underline(colour: RGB, *, background: RGB) -> RGB:
    """An underline or marker colour that stands out (3:1) from what it is drawn on."""
    return visible_mark(colour, background=background)


def evidence_mark(base: RGB) -> RGB:
    return visible_mark(parse_hex(EVIDENCE_MARK), background=base)


def legend(marks: Iterable[Mark]) -> list[tuple[str, RGB]]:
    """(label, colour) for each kind of highlight shown, in order of first use; event evidence last."""
    seen: dict[str, RGB] = {}
    evidence = False
    for mark in sorted(marks, key=lambda m: m.start):
        evidence = evidence or mark.evidence
        if mark.filled:
            seen.setdefault(mark.label, mark.color)
    return [*seen.items(), *(((EVIDENCE_LABEL, parse_hex(EVIDENCE_MARK)),) if evidence else ())]
