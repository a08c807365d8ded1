"""The receiving side's checks and merge: who signed, that every original and revision matches its
hash, and the records merged into the notebook inside the receive's transaction."""

from __future__ import annotations

from collections import deque
from typing import Any

import sqlcipher3

from desktop.store import articles, originals
from desktop.store.notebook import Notebook
from desktop.store.sharing import contacts, identity, merge
from desktop.store.sharing import format as fmt
from desktop.store.sharing.streams import HashThread
from desktop.store.sharing.types import ReceiveReport, ShareRefused, UnverifiedSender

_INT64 = range(-(2**63), 2**63)
_LINK_KEYS = frozenset(f"_{link[0]}" for links in merge.LINKS.values() for link in links)


def _storable(value: dict[str, Any]) -> bool:
    """False when a revision of the record holds a value SQLite cannot store (an integer past 64
    bits, a list or object) or links that are not a list of ids. A malformed record is left to
    merge_record, which says what is wrong with it."""
    revisions = value.get("revisions")
    for rev in revisions if isinstance(revisions, list) else ():
        content = rev.get("content") if isinstance(rev, dict) else None
        for key, item in content.items() if isinstance(content, dict) else ():
            if key in _LINK_KEYS:
                if not (isinstance(item, list) and all(isinstance(target, str) for target in item)):
                    return False
            elif isinstance(item, int) and not isinstance(item, bool):
                if item not in _INT64:
                    return False
            elif not (item is None or isinstance(item, (str, float, bool))):
                return False
    return True


class Receiver:
    """The frame handler of a receive: checks the sender, stores originals, merges records."""

    def __init__(self, nb: Notebook, me: identity.Identity | None, *, accept_unverified: bool) -> None:
        self.nb = nb
        self.me = me
        self.accept_unverified = accept_unverified
        self.sender: identity.Card | None = None
        self.report = ReceiveReport()
        self.articles: set[str] = set()
        self._blob: Any = None
        self._hash = HashThread()  # originals are hashed on their own thread while SQLite writes them
        self._unchecked: deque[str] = deque()  # originals whose digest the hash thread still owes
        self._stored: list[str] = []  # the originals this receive wrote

    def header(self, value: dict[str, Any]) -> None:
        if value.get("format") != 1:
            raise ShareRefused("this share was made by a newer Fieldnotes: update to receive it")
        try:
            self.sender = card = identity.parse_card(str(value.get("sender", "")))
        except identity.BadCard as exc:
            raise ShareRefused("the share does not say who sent it") from exc
        known = self._known_name(card)
        self.report.sender = known or card.name
        self.report.fingerprint = card.fingerprint
        if known is None:
            self.report.signature = "unknown signer"
            if not self.accept_unverified:
                raise UnverifiedSender(
                    f"the share is signed by {card.name!r} ({card.fingerprint}), who is not in your "
                    "contacts: add their card with `contacts add`, or accept it unverified",
                    sender=card.name,
                    fingerprint=card.fingerprint,
                    signature="unknown signer",
                )

    def _known_name(self, card: identity.Card) -> str | None:
        if self.me is not None and card.signing_key == self.me.card.signing_key:
            return f"{self.me.card.name} (you)"
        contact = contacts.by_signing_key(self.nb.db, card.signing_key)
        return contact.name if contact else None

    def original_start(self, sha256_hex: str, size: int) -> None:
        self._unchecked.append(sha256_hex)
        self._blob = None
        self._check_originals(wait=False)
        conn = self.nb.conn
        if conn.execute("SELECT 1 FROM originals WHERE sha256 = ?", [sha256_hex]).fetchone():
            return
        try:  # written in place as it arrives: memory holds a chunk, not the file
            rowid = conn.execute(  # raw as it arrives; `finish` stores it in its form (originals.compact)
                "INSERT INTO originals (sha256, form, size, data) VALUES (?, 0, ?, zeroblob(?))",
                [sha256_hex, size, size],
            ).lastrowid
            if size:
                self._blob = conn.open_blob("originals", "data", rowid)  # type: ignore[attr-defined]
        except sqlcipher3.Error as exc:  # SQLite stores at most 1 GB in one value
            raise ShareRefused(f"original {sha256_hex[:12]} in the share cannot be stored ({exc})") from exc
        self._count("originals")
        self._stored.append(sha256_hex)

    def original_chunk(self, data: memoryview) -> None:
        self._hash.update(data)
        if self._blob is not None:
            self._blob.write(data)

    def close_blob(self) -> None:
        if self._blob is not None:
            self._blob.close()
            self._blob = None

    def close(self) -> None:
        """Close the open blob (it would keep its table locked after a rollback) and the hash thread."""
        self.close_blob()
        self._hash.close()

    def original_end(self) -> None:
        self.close_blob()
        self._hash.end_digest()  # checked when the hash thread gets there, at the latest in `finish`

    def finish(self) -> None:
        """Wait for every original's hash to be checked, then keep the originals that equal a text
        received with them as that text and compress the others where it pays (call before committing,
        after the records: an original arrives before its article)."""
        self._check_originals(wait=True)
        originals.compact(self.nb.db, self._stored)
        articles.pack_texts(self.nb.db, self.articles)  # merge stores a received text plain

    def _check_originals(self, *, wait: bool) -> None:
        """Compare the digests the hash thread has finished (all of them when `wait`) with their
        SHA-256s: not waiting for each one keeps SQLite writing while the hash thread catches up."""
        while len(self._unchecked) > (0 if wait else 1):  # the last one may still be arriving
            digest = self._hash.next_digest(wait=wait)
            if digest is None:
                return
            expected = self._unchecked.popleft()
            if digest != expected:
                raise ShareRefused(f"original {expected[:12]} in the share does not match its SHA-256")

    def record(self, value: dict[str, Any]) -> None:
        if not _storable(value):  # its hash may well match: whoever sent it computed it
            raise merge.MergeError(
                "a record in the share does not fit this notebook (a value it cannot store)"
            )
        try:
            outcome = merge.merge_record(self.nb.db, value)
        except (sqlcipher3.Error, OverflowError) as exc:  # e.g. an annotation whose article is not here
            raise merge.MergeError(f"a record in the share does not fit this notebook ({exc})") from exc
        self._count(outcome.status)
        self.articles |= outcome.articles

    def signature(self, digest: bytes, signature: bytes) -> None:
        assert self.sender is not None
        valid = identity.verify_signature(self.sender.signing_key, signature, fmt.signature_message(digest))
        if self.report.signature != "unknown signer":
            self.report.signature = "valid" if valid else "invalid"
        if not valid and not self.accept_unverified:
            raise UnverifiedSender(
                f"the share's signature does not match its sender {self.report.sender!r}",
                sender=self.report.sender,
                fingerprint=self.report.fingerprint,
                signature="invalid",
            )

    def _count(self, key: str) -> None:
        self.report.counts[key] = self.report.counts.get(key, 0) + 1
