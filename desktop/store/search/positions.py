"""Which documents have a phrase's words in order: positions decoded, spans matched as whoosh's
SpanNear2 (ordered, mindist 1) matches them, for the documents that have all the words."""

from __future__ import annotations

import bisect
import pickle
from itertools import accumulate

# A Positions value: the count (4 bytes, big-endian), then pickle.dumps(gaps, 2) of a list: PROTO 2,
# an empty list memoized, then one int and APPEND, or MARK, the ints and APPENDS.
_LIST = b"\x80\x02]q\x00"
# The values of one early position (most words occur once in an article), looked up, not parsed.
_EARLY = {b"\x00\x00\x00\x01" + _LIST + pickle.dumps(p, 2)[2:-1] + b"a.": p for p in range(4096)}


def decode_positions(value: bytes) -> list[int]:
    """Positions.decode_positions of one posting's value (a test compares it with whoosh's).

    A lone early position (most words occur once in an article) is looked up; other values are
    unpickled, which in C is faster than reading their one-byte gaps in Python."""
    early = _EARLY.get(value)
    if early is not None:
        return [early]
    if not value.endswith(b"."):
        value += b"."
    return list(accumulate(pickle.loads(value[4:])))


def adjacent(first: list[bytes], second: list[bytes], slop: int) -> list[int]:
    """The rows where `near` finds two words, given each word's values row by row: a position of
    the second 1..slop after one of the first. Rows where each word occurs once, early (most
    rows), are decided by looking their positions up; the others are decoded together."""
    first_early = list(map(_EARLY.get, first))
    second_early = list(map(_EARLY.get, second))
    found, pending = [], []
    for row, (a, b) in enumerate(zip(first_early, second_early, strict=True)):
        if a is None or b is None:
            pending.append(row)
        elif 1 <= b - a <= slop:
            found.append(row)
    if not pending:
        return found
    shifts = [k.__add__ for k in range(1, slop + 1)]
    starts_of = _positions(first, first_early, pending)
    ends_of = _positions(second, second_early, pending)
    for row, starts, ends in zip(pending, starts_of, ends_of, strict=True):
        later = set(ends)
        if slop == 1:  # most phrases: no generator
            if not later.isdisjoint(map(shifts[0], starts)):
                found.append(row)
        elif any(not later.isdisjoint(map(shift, starts)) for shift in shifts):
            found.append(row)
    return sorted(found)


def _positions(values: list[bytes], early: list[int | None], rows: list[int]) -> list[list[int]]:
    """The positions of the values at `rows`: looked up where `early` has them, else decoded."""
    gaps = iter(_gaps([values[r] for r in rows if early[r] is None]))
    return [list(accumulate(next(gaps))) if (p := early[r]) is None else [p] for r in rows]


def _gaps(values: list[bytes]) -> list[list[int]]:
    """Each value's gaps (its positions, delta-encoded), unpickled in one call.

    A Positions value is its count, then pickle.dumps(gaps, 2): PROTO 2, a list (EMPTY_LIST,
    BINPUT 0, the ints and APPEND or APPENDS), STOP. The lists of all the values between a MARK
    and LIST are one pickle of a list of lists. Values of any other shape are unpickled one by one.
    """
    lists = [v[6:-1] for v in values if v.startswith(_LIST, 4) and v.endswith(b".")]
    if len(lists) == len(values):
        gaps: list[list[int]] = pickle.loads(b"\x80\x02(" + b"".join(lists) + b"l.")
        if len(gaps) == len(values):
            return gaps
    return [pickle.loads(v[4:] if v.endswith(b".") else v[4:] + b".") for v in values]


def near(positions: list[list[int]], slop: int) -> bool:
    """Whether SpanNear2(ordered=True, mindist=1) finds the words in this order within `slop`.

    whoosh's `_get_spans` on (start, end) pairs: each word's positions are single-position
    spans; a span of the words so far extends to each later word's position at distance 1..slop.
    """
    spans = [(p, p) for p in positions[0]]
    for later in positions[1:]:
        if not spans:
            return False
        found: set[tuple[int, int]] = set()
        for start, end in spans:
            j = bisect.bisect_left(later, start)
            while j < len(later):
                p = later[j]
                j += 1
                if p < start - slop or start > p:
                    continue
                if p > end + slop:
                    break
                if 1 <= _distance(start, end, p) <= slop:
                    found.add((min(start, p), max(end, p)))
        spans = sorted(found)
    return bool(spans)


def _distance(start: int, end: int, p: int) -> int:
    """Span.distance_to from (start, end) to the one-position span (p, p)."""
    if start <= p <= end:
        return 0
    if end < p:
        return p - end
    return start - p
