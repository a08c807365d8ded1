"""Changing a notebook's passphrase (or adding/removing one) without risking its contents.

The notebook is copied into a new file under the new key with `sqlcipher_export`, the copy is
opened and checked, and only then does it replace the original (an atomic rename). A crash at
any point leaves either the old file or the new one, never a mix.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from desktop.store.errors import NotebookError
from desktop.store.file import notebook_lock, unlock


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def change_passphrase(path: Path, old: str | None, new: str | None) -> None:
    """Re-encrypt the notebook at `path` from passphrase `old` to `new` (None = unencrypted).

    The notebook stays locked against other Fieldnotes processes until the copy has replaced
    it: a change they made to the old file meanwhile would be lost.
    """
    lock = notebook_lock.acquire(path)
    try:
        _change_passphrase(path, old, new)
    finally:
        notebook_lock.release(lock)


def _change_passphrase(path: Path, old: str | None, new: str | None) -> None:
    tmp = path.with_name(path.name + ".rekey")
    for leftover in [tmp, *_sidecars(tmp)]:
        leftover.unlink(missing_ok=True)
    conn = unlock.connect(path, old)
    try:
        if new is None:
            key_sql = "''"
        else:
            salt = os.urandom(unlock.SALT_BYTES)
            key_sql = unlock.key_pragma_value(unlock.derive_key(new, salt), salt)
        conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY {key_sql}", [str(tmp)])
        # the copy gives free pages back as the original does (store/file/free_pages.py); a
        # notebook made before that gains it here, while the copy is still empty
        conn.execute("PRAGMA rekeyed.auto_vacuum = INCREMENTAL")
        conn.execute("SELECT sqlcipher_export('rekeyed')").fetchall()
        conn.execute("DETACH DATABASE rekeyed")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except Exception as exc:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise NotebookError(f"{path}: could not change the passphrase: {exc}") from exc
    conn.close()
    _verify(tmp, new)
    _fsync(tmp)
    for sidecar in _sidecars(path):
        sidecar.unlink(missing_ok=True)
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _verify(tmp: Path, new: str | None) -> None:
    check = unlock.connect(tmp, new)
    try:
        result = check.execute("PRAGMA integrity_check").fetchone()[0]
        check.execute("PRAGMA journal_mode = DELETE")
    finally:
        check.close()
    if result != "ok":
        tmp.unlink(missing_ok=True)
        raise NotebookError(
            f"{tmp}: the re-encrypted copy failed its check ({result}); the notebook was not changed"
        )


def _fsync(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
