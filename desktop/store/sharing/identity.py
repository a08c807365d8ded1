"""The notebook owner's key pair (age X25519 to receive, Ed25519 to sign) and its public card.

The secret keys live in the `identity` table, inside the notebook, so they are as safe as the
notebook's passphrase (an unencrypted notebook keeps them in the clear). A **card** is the
public half as one line of text a colleague pastes into `contacts add`:

    fieldnotes-card:v1:<base64url of {"name", "age", "ed25519", "author"}>

The fingerprint (shown next to the card, to compare over the phone) is derived from the two
public keys only, so renaming yourself does not change it.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlite_utils import Database

from desktop.store.errors import NotebookError
from desktop.store.ids import now

CARD_PREFIX = "fieldnotes-card:v1:"
DEFAULT_NAME = "Fieldnotes user"


class BadCard(NotebookError):
    """The text is not a Fieldnotes card nor an age recipient."""


@dataclass(frozen=True)
class Card:
    """Someone's public identity.

    name         what they call themselves (not authenticated: contacts get a local name)
    age          their age X25519 recipient (`age1…`)
    signing_key  their Ed25519 public key, base64url; "" for a bare age recipient
    author       the author id their records carry ("" when unknown)
    """

    name: str
    age: str
    signing_key: str = ""
    author: str = ""

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.age, self.signing_key)

    def text(self) -> str:
        """The one-line card."""
        body = {"name": self.name, "age": self.age, "ed25519": self.signing_key, "author": self.author}
        raw = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return CARD_PREFIX + b64encode(raw.encode("utf-8"))


@dataclass(frozen=True)
class Identity:
    """The notebook owner's keys (secret) and card (public)."""

    card: Card
    age_identity: pyrage.x25519.Identity
    signing_key: Ed25519PrivateKey

    def sign(self, message: bytes) -> bytes:
        return self.signing_key.sign(message)


def b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def fingerprint(age: str, signing_key: str) -> str:
    """Four groups of four characters from both public keys, e.g. `K3QF-7ZTA-…`."""
    digest = hashlib.sha256(f"{age}\n{signing_key}".encode()).digest()
    text = base64.b32encode(digest).decode("ascii")[:16]
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def public_key_text(key: Ed25519PublicKey) -> str:
    return b64encode(key.public_bytes(Encoding.Raw, PublicFormat.Raw))


def parse_card(text: str) -> Card:
    """A card from its text, or a receive-only card from a bare `age1…` recipient.

    Raises BadCard with a message saying what is wrong.
    """
    text = "".join(text.split())
    if text.startswith("age1"):
        return Card(name="", age=_checked_recipient(text))
    if not text.startswith(CARD_PREFIX):
        raise BadCard("not a Fieldnotes card (fieldnotes-card:v1:…) nor an age recipient (age1…)")
    try:
        body = json.loads(b64decode(text[len(CARD_PREFIX) :]).decode("utf-8"))
        card = Card(
            name=str(body["name"]),
            age=str(body["age"]),
            signing_key=str(body["ed25519"]),
            author=str(body.get("author", "")),
        )
    except (ValueError, KeyError, TypeError, RecursionError) as exc:  # RecursionError: hostile nesting
        raise BadCard("the card is damaged (was it copied completely?)") from exc
    _checked_recipient(card.age)
    _checked_signing_key(card.signing_key)
    return card


def _checked_recipient(text: str) -> str:
    try:
        pyrage.x25519.Recipient.from_str(text)
    except Exception as exc:  # pyrage raises its own RecipientError
        raise BadCard(f"not a valid age recipient: {text[:20]}…") from exc
    return text


def _checked_signing_key(text: str) -> str:
    try:
        Ed25519PublicKey.from_public_bytes(b64decode(text))
    except ValueError as exc:
        raise BadCard("the card's signing key is damaged") from exc
    return text


def verify_signature(signing_key: str, signature: bytes, message: bytes) -> bool:
    """True when `signature` is `signing_key`'s Ed25519 signature over `message`."""
    from cryptography.exceptions import InvalidSignature

    try:
        Ed25519PublicKey.from_public_bytes(b64decode(signing_key)).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def load(db: Database, *, author: str) -> Identity | None:
    """The notebook's identity, or None when it has none yet."""
    row = db.execute("SELECT name, age_secret, signing_secret FROM identity WHERE id = 1").fetchone()
    if row is None:
        return None
    age_identity = pyrage.x25519.Identity.from_str(row[1])
    signing = Ed25519PrivateKey.from_private_bytes(bytes(row[2]))
    card = Card(
        name=row[0],
        age=str(age_identity.to_public()),
        signing_key=public_key_text(signing.public_key()),
        author=author,
    )
    return Identity(card=card, age_identity=age_identity, signing_key=signing)


def ensure(db: Database, *, author: str, name: str | None = None) -> Identity:
    """The notebook's identity, made on first use; `name` renames it (call in a transaction)."""
    if load(db, author=author) is None:
        signing = Ed25519PrivateKey.generate()
        db.execute(
            "INSERT INTO identity (id, name, age_secret, signing_secret, created) VALUES (1, ?, ?, ?, ?)",
            [
                name or DEFAULT_NAME,
                str(pyrage.x25519.Identity.generate()),
                signing.private_bytes_raw(),
                now(),
            ],
        )
    elif name:
        db.execute("UPDATE identity SET name = ? WHERE id = 1", [name])
    identity = load(db, author=author)
    assert identity is not None
    return identity
