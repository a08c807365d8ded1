"""Reading other tools' files safely: a zip whose member names, sizes and XML are checked before use.

Refused (ExchangeError, one line): a file that is not a zip; a member with an absolute path,
a drive letter or `..`; a member that decompresses past MAX_MEMBER_BYTES, or members past
MAX_TOTAL_BYTES together (counted while reading, never trusting the sizes the header claims);
XML with a DOCTYPE or entities. The XML parser resolves no entities and never uses the network.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path, PurePosixPath

from lxml import etree

from desktop.exchange.report import ExchangeError

MAX_MEMBER_BYTES = 128 * 2**20
MAX_TOTAL_BYTES = 1024 * 2**20
MAX_MEMBERS = 100_000
_CHUNK = 2**16
_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def safe_member_name(name: str) -> str | None:
    """The member's path, normalised, or None when it is absolute or climbs out (`..`)."""
    clean = name.replace("\\", "/")
    if clean.startswith("/") or re.match(r"^[A-Za-z]:", clean) or "\x00" in clean:
        return None
    parts = PurePosixPath(clean).parts
    if any(p == ".." for p in parts):
        return None
    return "/".join(p for p in parts if p not in ("", "."))


class SafeArchive:
    """A zip opened for reading with every member name checked; `read` counts what it inflates."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, NotImplementedError, ValueError) as exc:  # a damaged header
            raise ExchangeError(f"{path.name}: not a REFI-QDA project (not a zip archive)") from exc
        infos = self._zip.infolist()
        if len(infos) > MAX_MEMBERS:
            self.close()
            raise ExchangeError(f"{path.name}: more than {MAX_MEMBERS} members")
        self.members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = safe_member_name(info.filename)
            if name is None:
                self.close()
                raise ExchangeError(f"{path.name}: a member has an unsafe path ({info.filename[:80]})")
            self.members.setdefault(name.casefold(), info)
        self.total = 0

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> SafeArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def find(self, name: str) -> str | None:
        """The stored name of a member (paths compare without case, as on Windows, where QDA tools run)."""
        clean = safe_member_name(name)
        info = self.members.get(clean.casefold()) if clean is not None else None
        return info.filename if info else None

    def read(self, name: str) -> bytes:
        """A member's bytes, refusing it as soon as it inflates past the limits."""
        info = self.members[safe_member_name(name).casefold()]  # type: ignore[union-attr]
        chunks, size = [], 0
        try:
            with self._zip.open(info) as handle:
                while chunk := handle.read(_CHUNK):
                    size += len(chunk)
                    self.total += len(chunk)
                    if size > MAX_MEMBER_BYTES or self.total > MAX_TOTAL_BYTES:
                        limit = MAX_MEMBER_BYTES if size > MAX_MEMBER_BYTES else MAX_TOTAL_BYTES
                        raise ExchangeError(
                            f"{self.path.name}: {info.filename[:80]} decompresses past {limit // 2**20} MiB"
                        )
                    chunks.append(chunk)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as exc:
            raise ExchangeError(f"{self.path.name}: cannot read {info.filename[:80]} ({exc})") from exc
        return b"".join(chunks)


def parse_xml(data: bytes, *, where: str) -> etree._Element:
    """Parse XML with no DTD, no entities, no network; refuses a DOCTYPE or ENTITY outright."""
    if _DOCTYPE.search(data):
        raise ExchangeError(f"{where}: XML with a DOCTYPE or entities is refused")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ExchangeError(f"{where}: not well-formed XML ({exc})") from exc
    if root.getroottree().docinfo.doctype:
        raise ExchangeError(f"{where}: XML with a DOCTYPE is refused")
    return root


def read_plain_file(path: Path) -> bytes:
    """A bare file (a .qdc codebook) read up to MAX_MEMBER_BYTES."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_MEMBER_BYTES + 1)
    except OSError as exc:
        raise ExchangeError(f"{path.name}: {exc.strerror or exc}") from exc
    if len(data) > MAX_MEMBER_BYTES:
        raise ExchangeError(f"{path.name}: larger than {MAX_MEMBER_BYTES // 2**20} MiB")
    return data
