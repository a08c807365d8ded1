"""What sharing reports and refuses: the reports of a share and a receive, and the refusals."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.store.errors import NotebookError


class ShareRefused(NotebookError):
    """A share file was not merged (unknown or bad signer, damaged, not for us); nothing changed."""


class UnverifiedSender(ShareRefused):
    """Refused only because the signer is unknown or the signature is bad; receiving again with
    `accept_unverified=True` merges it (and the custody log says it was accepted unverified).

    sender       the name the file claims (not authenticated)
    fingerprint  the claimed card's fingerprint, to compare with the sender over the phone
    signature    "unknown signer" or "invalid"
    """

    def __init__(self, message: str, *, sender: str, fingerprint: str, signature: str) -> None:
        super().__init__(message)
        self.sender = sender
        self.fingerprint = fingerprint
        self.signature = signature


@dataclass(frozen=True)
class ShareReport:
    path: Path
    file_sha256: str
    records: int
    originals: int
    recipients: tuple[str, ...]


@dataclass
class ReceiveReport:
    file_sha256: str = ""
    sender: str = ""
    fingerprint: str = ""
    signature: str = ""  # "valid", "invalid" or "unknown signer"
    counts: dict[str, int] = field(default_factory=dict)
