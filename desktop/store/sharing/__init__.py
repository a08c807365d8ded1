"""Sharing between notebooks: share format and streams, sending and receiving, merge, identity, contacts.

Callers use this module's names (`share`, `receive`, their `*_steps` generators, `select`, the
reports and refusals); `merge`, `identity` and `contacts` are modules of their own for the
conflicts, the key pair and the address book.
"""

from desktop.store.sharing.transfer import (
    ReceiveReport,
    Selection,
    ShareRefused,
    ShareReport,
    UnverifiedSender,
    needs_passphrase,
    receive,
    receive_steps,
    run_to_end,
    select,
    share,
    share_steps,
)

__all__ = [
    "ReceiveReport", "Selection", "ShareRefused", "ShareReport", "UnverifiedSender", "needs_passphrase",
    "receive", "receive_steps", "run_to_end", "select", "share", "share_steps",
]  # fmt: skip
