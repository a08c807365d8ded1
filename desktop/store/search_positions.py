"""Which documents have a phrase's words in order: positions decoded, spans matched as whoosh's
SpanNear2 (ordered, mindist 1) matches them, for the documents that have all the words."""

from __future__ import annotations

import bisect
import pickle
from collections.abc import Iterable
from itertools import accumulate

# A Positions value: the count (4 bytes, big-endian), then pickle.dumps(gaps, 2) of a list: PROTO 2,
# an empty list memoized, then one int and APPEND, or MARK, the ints and APPENDS.
_LIST = b"\x80\x02]q\x00"
_BININT1, _MARK = 0x4B, 0x28  # pickle opcodes: an int of one unsigned byte; MARK
# The values of one early position (most words occur once in an article), looked up, not parsed.
_EARLY = {b"\x00\x00\x00\x01" + _LIST + pickle.dumps(p, 2)[2:-1] + b"a.": p for p in range(4096)}


def decode_positions(value: bytes) -> list[int]:
    """Positions.decode_positions of one posting's value.

    Values whose gaps each fit in a byte (one early position, or several close together: most
    values) are read straight from their bytes; a test compares this with whoosh's decoder."""
    early = _EARLY.get(value)
    if early is not None:
        return [early]
    if value.startswith(_LIST, 4) and value.endswith(b"e.") and value[9] == _MARK:
        # Only one-byte ints (BININT1 and its byte, in pairs): any other opcode would be the first
        # to break the pairs, and it sits where an opcode is expected.
        opcodes, gaps = value[10:-2:2], value[11:-2:2]
        if len(opcodes) == len(gaps) and opcodes.count(_BININT1) == len(opcodes):
            return list(accumulate(gaps))
    if not value.endswith(b"."):
        value += b"."
    return list(accumulate(pickle.loads(value[4:])))


def adjacent_in(
    candidates: Iterable[int], first: dict[int, bytes], second: dict[int, bytes], slop: int
) -> list[int]:
    """The candidates where `near` finds two words: a position of the second 1..slop after one
    of the first. Documents where each word occurs once, early, are decided without decoding."""
    early = _EARLY.get
    found = []
    for d in candidates:
        a, b = first[d], second[d]
        pa, pb = early(a), early(b)
        if pa is not None and pb is not None:
            if 1 <= pb - pa <= slop:
                found.append(d)
        elif _adjacent(
            [pa] if pa is not None else decode_positions(a),
            [pb] if pb is not None else decode_positions(b),
            slop,
        ):
            found.append(d)
    return found


def _adjacent(first: list[int], second: list[int], slop: int) -> bool:
    """`near` for two words: a position of the second 1..slop after one of the first."""
    if len(first) * len(second) <= 64:
        return any(1 <= q - p <= slop for p in first for q in second)
    later = set(second)
    return any(p + k in later for p in first for k in range(1, slop + 1))


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
