"""zlib for what the notebook stores whole: the one place texts (and originals) are packed and unpacked.

A stored article text is either the text itself (SQLite TEXT) or, when zlib saves at least
MIN_SAVING, its UTF-8 compressed (SQLite BLOB): `typeof(text)` says which, so the articles table
keeps its columns (a new column would enter every article's revision content and change the hashes
shares are merged by).
"""

from __future__ import annotations

import zlib

MIN_SAVING = 0.10  # compress only when it saves at least this share of the bytes
ZLIB_LEVEL = 6


def pays(data: bytes, packed: bytes) -> bool:
    """True when `packed` is at least MIN_SAVING smaller than `data`."""
    return len(packed) <= (1 - MIN_SAVING) * len(data)


def pack_text(text: str) -> str | bytes:
    """What the `text` column stores for `text`: its UTF-8 compressed, or the text when that does not pay."""
    data = text.encode("utf-8")
    packed = zlib.compress(data, ZLIB_LEVEL)
    return packed if pays(data, packed) else text


def unpack_text(stored: str | bytes) -> str:
    """The text a `text` column holds (see pack_text)."""
    if isinstance(stored, str):
        return stored
    return zlib.decompress(stored).decode("utf-8")
