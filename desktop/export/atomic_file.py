"""Writing an export to the caller's destination only: `dest.tmp` beside it, then a rename."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomically(dest: Path, data: bytes) -> Path:
    """Write `data` to `dest` so readers see the old file or the whole new one, never half."""
    dest = Path(dest)
    tmp = dest.with_name(dest.name + ".tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest
