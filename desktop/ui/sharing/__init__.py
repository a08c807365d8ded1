"""Sharing: share and receive dialogs, contacts, identity, conflicts and the custody log."""
