"""Identity cards and contacts: what a colleague pastes is what comes back out."""

from __future__ import annotations

import pytest

from desktop.store.errors import NotebookError
from desktop.store.notebook import Notebook
from desktop.store.sharing import contacts, identity
from tests.sharing.conftest import card


def test_identity_is_made_once_and_renamed_without_new_keys(notebook: Notebook) -> None:
    with notebook.transaction() as db:
        first = identity.ensure(db, author=notebook.author)
        renamed = identity.ensure(db, author=notebook.author, name="Mina")
    assert first.card.name == identity.DEFAULT_NAME
    assert renamed.card.name == "Mina"
    assert renamed.card.age == first.card.age
    assert renamed.card.fingerprint == first.card.fingerprint


def test_card_round_trips(notebook: Notebook) -> None:
    with notebook.transaction() as db:
        me = identity.ensure(db, author=notebook.author, name="Farid Ahmadi — فرید")
    text = me.card.text()
    assert text.startswith(identity.CARD_PREFIX) and "\n" not in text
    assert identity.parse_card(text) == me.card
    # pasted with line breaks and spaces, as messengers do
    assert identity.parse_card(text[:30] + "\n  " + text[30:]) == me.card


def test_signature_verifies_only_for_its_key(notebook: Notebook) -> None:
    with notebook.transaction() as db:
        me = identity.ensure(db, author=notebook.author)
    sig = me.sign(b"message")
    assert identity.verify_signature(me.card.signing_key, sig, b"message")
    assert not identity.verify_signature(me.card.signing_key, sig, b"messagE")


@pytest.mark.parametrize("bad", ["hello", "fieldnotes-card:v1:bm9wZQ", "age1notarecipient"])
def test_bad_cards_are_refused(bad: str) -> None:
    with pytest.raises(identity.BadCard):
        identity.parse_card(bad)


def test_contacts_add_list_remove(pair: tuple[Notebook, Notebook], notebook: Notebook) -> None:
    alice, bob = pair
    with notebook.transaction() as db:
        added = contacts.add(db, name="Alice", card_text=card(alice))
        contacts.add(db, name="Bob", card_text=card(bob))
        with pytest.raises(NotebookError, match="already"):
            contacts.add(db, name="Alice", card_text=card(bob))
    assert added.can_sign and added.card.author == alice.author
    assert [c.name for c in contacts.all_contacts(notebook.db)] == ["Alice", "Bob"]
    assert contacts.by_signing_key(notebook.db, added.card.signing_key) == added
    with notebook.transaction() as db:
        contacts.remove(db, "Alice")
    assert [c.name for c in contacts.all_contacts(notebook.db)] == ["Bob"]


def test_a_bare_age_recipient_is_a_receive_only_contact(notebook: Notebook) -> None:
    import pyrage

    recipient = str(pyrage.x25519.Identity.generate().to_public())
    with notebook.transaction() as db:
        contact = contacts.add(db, name="Age user", card_text=recipient)
    assert contact.card.age == recipient and not contact.can_sign
