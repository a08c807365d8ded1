"""whoosh's W3 posting lists, read a block at a time (for merging and for scoring).

A term's posting list is a 4-byte header, then blocks of: a signed big-endian length (negative
for the last block), the pickled block info (postings, last id, highest weight, compression,
shortest and longest field length as bytes), and the pickle, zlib-compressed or not as the info
says, of (delta-encoded ids, weights, values). whoosh-reloaded 2.7.5 is pinned.
"""

from __future__ import annotations

import pickle
import struct
import zlib
from collections.abc import Iterator
from typing import Any, NamedTuple

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC

_BLOCK_SIZE = struct.Struct("!i")


class BlockInfo(NamedTuple):
    """What a block's info says about it."""

    length: int  # postings in the block
    max_id: int
    max_weight: float
    compression: int
    min_length_byte: int
    max_length_byte: int


def extent(terminfo: Any) -> tuple[int, int]:
    """Where a term's posting list is in the posting file: (offset, length)."""
    offset, length = terminfo.extent()
    if isinstance(length, tuple):  # whoosh's W3TermInfo.from_bytes leaves the length unpacked
        (length,) = length
    return offset, length


def blocks(postfile: Any, terminfo: Any) -> Iterator[tuple[BlockInfo, bytes]]:
    """Each block of a term's posting list: its info and its data pickle (decompressed)."""
    offset, length = extent(terminfo)
    return blocks_in(memoryview(postfile.get(offset, length)), offset)


def stored_blocks(postfile: Any, terminfo: Any) -> Iterator[tuple[BlockInfo, memoryview]]:
    """Each block of a term's posting list: its info and its data pickle as stored (compressed
    if `info.compression`), for a reader that needs only the start of it (see `head`)."""
    offset, length = extent(terminfo)
    return blocks_in(memoryview(postfile.get(offset, length)), offset, decompress=False)


def head(payload: bytes | memoryview, size: int) -> bytes:
    """The first `size` bytes (fewer if shorter) of a compressed block's pickle: zlib inflates no
    further, so a block whose positions come after its ids and weights is not inflated whole."""
    return zlib.decompressobj().decompress(payload, size)


def blocks_in(
    data: memoryview, offset: int = 0, *, decompress: bool = True
) -> Iterator[tuple[BlockInfo, Any]]:
    """blocks() of a posting list already read (`offset`: where it was, for messages)."""
    if data[:4] != WHOOSH3_HEADER_MAGIC:
        raise ValueError(f"index posting list at {offset} has no block header")
    position = 4
    while position < len(data):
        (size,) = _BLOCK_SIZE.unpack_from(data, position)
        position += _BLOCK_SIZE.size
        end = position + abs(size)
        info = BlockInfo(*pickle.loads(data[position:end]))  # reads up to its own end
        payload = data[position + len(pickle.dumps(tuple(info), 2)) : end]  # as whoosh pickled it
        if not decompress:
            yield info, payload
        else:
            yield info, zlib.decompress(payload) if info.compression else bytes(payload)
        position = end
        if size < 0:  # the last block
            return
