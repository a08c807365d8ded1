"""What an exchange import reports: one line per record it stored, found already there, or skipped."""

from __future__ import annotations

from dataclasses import asdict, dataclass

STORED, PRESENT, SKIPPED = "stored", "present", "skipped"


class ExchangeError(Exception):
    """A file refused as a whole (not a zip, unsafe XML, a broken reference…); nothing was stored."""


@dataclass(frozen=True)
class ExchangeItem:
    """One record of an import: what kind it is, its status, a label and why (when skipped)."""

    kind: str  # "annotation", "source", "code", "note", "user", "case"
    status: str  # STORED, PRESENT or SKIPPED
    label: str
    reason: str = ""
    id: str = ""  # the record in this notebook, when there is one

    def as_dict(self) -> dict[str, str]:
        return asdict(self)

    def line(self) -> str:
        why = f": {self.reason}" if self.reason else ""
        return f"{self.status:8} {self.kind:10} {self.label[:70]}{why}"
