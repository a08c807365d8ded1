"""Contacts: colleagues' public cards under a local name, to share with and to verify senders."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from desktop.store.errors import NotebookError, NotFound
from desktop.store.ids import now
from desktop.store.sharing.identity import Card, parse_card


@dataclass(frozen=True)
class Contact:
    """A colleague. A bare age recipient has no signing key: they can receive, not be verified."""

    name: str
    card: Card
    added: str

    @property
    def can_sign(self) -> bool:
        return bool(self.card.signing_key)


COLUMNS = "name, card, age_recipient, signing_key, author, added"


def _from_row(row: tuple[str, ...]) -> Contact:
    name, _card_text, age, signing_key, author, added = row
    card = Card(name=name, age=age, signing_key=signing_key, author=author)
    return Contact(name=name, card=card, added=added)


def add(db: Database, *, name: str, card_text: str) -> Contact:
    """Add a colleague by card (or bare `age1…` recipient). Call inside a transaction.

    Raises BadCard for text that is not a card, NotebookError when the name is taken.
    """
    name = name.strip()
    if not name:
        raise NotebookError("a contact needs a name")
    card = parse_card(card_text)
    if db.execute("SELECT 1 FROM contacts WHERE name = ?", [name]).fetchone():
        raise NotebookError(f"there is already a contact called {name!r}")
    db.execute(
        f"INSERT INTO contacts ({COLUMNS}, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            name,
            "".join(card_text.split()),
            card.age,
            card.signing_key,
            card.author,
            now(),
            card.fingerprint if card.signing_key else "",
        ],
    )
    return get(db, name)


def get(db: Database, name: str) -> Contact:
    row = db.execute(f"SELECT {COLUMNS} FROM contacts WHERE name = ?", [name]).fetchone()
    if row is None:
        raise NotFound(f"no contact called {name!r} (see `fieldnotes contacts list`)")
    return _from_row(row)


def all_contacts(db: Database) -> list[Contact]:
    return [_from_row(r) for r in db.execute(f"SELECT {COLUMNS} FROM contacts ORDER BY name COLLATE NOCASE")]


def remove(db: Database, name: str) -> Contact:
    """Forget a contact (call inside a transaction). Returns who was removed."""
    contact = get(db, name)
    db.execute("DELETE FROM contacts WHERE name = ?", [name])
    return contact


def by_signing_key(db: Database, signing_key: str) -> Contact | None:
    """The contact whose card carries this Ed25519 key, if any."""
    if not signing_key:
        return None
    row = db.execute(f"SELECT {COLUMNS} FROM contacts WHERE signing_key = ?", [signing_key]).fetchone()
    return _from_row(row) if row else None


def author_names(db: Database) -> dict[str, str]:
    """{author id: contact name} for contacts whose card named their author id."""
    return {r[0]: r[1] for r in db.execute("SELECT author, name FROM contacts WHERE author != ''")}
