"""The sharing commands: identity, contacts, share, receive, conflicts and the custody log.

`register(add)` hangs them on the `fieldnotes` parser (`add` is cli.build_parser's helper).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli import common as cli
from desktop.cli.common import Add

if TYPE_CHECKING:
    from desktop.store.notebook import Notebook

SHARE_PASSPHRASE_ENV = "FIELDNOTES_SHARE_PASSPHRASE"


def share_passphrase(args: argparse.Namespace, *, confirm: bool) -> str:
    """The share's passphrase: --share-passphrase-file, FIELDNOTES_SHARE_PASSPHRASE, or a prompt."""
    from desktop import passphrase_input

    if args.share_passphrase_file:
        text = passphrase_input.from_file(args.share_passphrase_file)
    elif os.environ.get(SHARE_PASSPHRASE_ENV):
        text = os.environ[SHARE_PASSPHRASE_ENV]
    elif sys.stdin.isatty():
        text = getpass.getpass("Share passphrase: ")
        if confirm and getpass.getpass("Repeat it: ") != text:
            raise cli.CommandError("the two passphrases differ", cli.EXIT_USAGE)
    else:
        raise cli.CommandError(
            f"a share passphrase is needed: set {SHARE_PASSPHRASE_ENV} or pass --share-passphrase-file",
            cli.EXIT_USAGE,
        )
    if not text:
        raise cli.CommandError("an empty share passphrase is not allowed", cli.EXIT_USAGE)
    return text


# -- identity and contacts -------------------------------------------------------------------------
def cmd_identity_show(args: argparse.Namespace) -> int:
    from desktop.store.sharing import identity

    with cli.open_notebook(args) as nb, nb.transaction() as db:
        me = identity.ensure(db, author=nb.author, name=getattr(args, "name", None))
    print(f"name         {me.card.name}\nfingerprint  {me.card.fingerprint}\nage          {me.card.age}")
    print(me.card.text())
    return cli.EXIT_OK


def cmd_contacts_add(args: argparse.Namespace) -> int:
    from desktop.store.sharing import contacts

    with cli.open_notebook(args) as nb, nb.transaction() as db:
        contact = contacts.add(db, name=args.name, card_text=args.card)
    kind = f"fingerprint {contact.card.fingerprint}" if contact.can_sign else "receive-only age recipient"
    print(f"added {contact.name} ({kind})")
    return cli.EXIT_OK


def cmd_contacts_list(args: argparse.Namespace) -> int:
    from desktop.store.sharing import contacts

    with cli.open_notebook(args) as nb:
        everyone = contacts.all_contacts(nb.db)
    for c in everyone:
        print(f"{c.name:24} {c.card.fingerprint if c.can_sign else '(age recipient only)':22} {c.card.age}")
    if not everyone:
        print("no contacts yet (add one with `fieldnotes contacts add NAME CARD`)", file=sys.stderr)
    return cli.EXIT_OK


def cmd_contacts_remove(args: argparse.Namespace) -> int:
    from desktop.store.sharing import contacts

    with cli.open_notebook(args) as nb, nb.transaction() as db:
        contacts.remove(db, args.name)
    print(f"removed {args.name}")
    return cli.EXIT_OK


# -- share and receive -----------------------------------------------------------------------------
def cmd_share(args: argparse.Namespace) -> int:
    from desktop.store import sharing

    if bool(args.to) == bool(args.passphrase):
        raise cli.CommandError("share --to CONTACT... or --passphrase (one of the two)", cli.EXIT_USAGE)
    secret = share_passphrase(args, confirm=True) if args.passphrase else None
    with cli.open_notebook(args) as nb:
        whole = args.tag is None and args.query is None
        chosen = None if whole else sharing.select(nb, tag=args.tag, query=args.query)
        described = {"whole": True} if whole else {"tag": args.tag, "query": args.query}
        report = sharing.share(
            nb,
            Path(args.output),
            to=args.to or (),
            passphrase=secret,
            selection=chosen,
            description=described,
        )
    print(
        f"wrote {report.path}: {report.records} records, {report.originals} originals "
        f"(sha256 {report.file_sha256})"
    )
    return cli.EXIT_OK


def cmd_receive(args: argparse.Namespace) -> int:
    from desktop.store import sharing

    path = Path(args.file)
    if not path.exists():
        raise cli.CommandError(f"{path}: no such file", cli.EXIT_USAGE)
    protected = sharing.needs_passphrase(path)
    secret = share_passphrase(args, confirm=False) if protected else None
    with cli.open_notebook(args) as nb:
        report = sharing.receive(nb, path, accept_unverified=args.accept_unverified, passphrase=secret)
    counts = ", ".join(f"{n} {k}" for k, n in sorted(report.counts.items())) or "nothing new"
    print(f"received from {report.sender} ({report.fingerprint}), signature {report.signature}: {counts}")
    if report.counts.get("conflict"):
        print("some records conflict: see `fieldnotes conflicts list`", file=sys.stderr)
    return cli.EXIT_OK


# -- conflicts -------------------------------------------------------------------------------------
def cmd_conflicts_list(args: argparse.Namespace) -> int:
    from desktop.store.sharing import merge

    with cli.open_notebook(args) as nb:
        for c in merge.list_conflicts(nb):
            print(f"{c.id}  {c.table} {c.record_id}")
            for v in c.versions:
                print(f"    {v.hash[:12]}  {v.content.get('modified', '')}  {v.content.get('author', '')}")
    return cli.EXIT_OK


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    from desktop.store.sharing import merge

    with cli.open_notebook(args) as nb:
        rev = merge.resolve_conflict(nb, args.id, keep=args.keep)
    print(f"resolved: kept {args.keep}, new revision {rev.hash[:12]}")
    return cli.EXIT_OK


# -- the custody log -------------------------------------------------------------------------------
def actor_names(nb: Notebook) -> dict[str, str]:
    """{author id: a name} for this notebook's owner and the contacts whose cards name one."""
    from desktop.store.sharing import contacts, identity

    names = contacts.author_names(nb.db)
    me = identity.load(nb.db, author=nb.author)
    names[nb.author] = f"{me.card.name} (you)" if me else "you"
    return names


def cmd_log(args: argparse.Namespace) -> int:
    from desktop.store import custody

    with cli.open_notebook(args) as nb:
        names = actor_names(nb)
        entries = list(custody.entries(nb.db))
        problems = custody.verify(nb.db) if args.verify else []
    if args.json:
        listed = [dict(e.__dict__, who=names.get(e.actor, e.actor)) for e in entries]
        print(json.dumps({"entries": listed, "problems": problems} if args.verify else listed, indent=1))
    else:
        for e in entries:
            print(
                f"{e.seq:5}  {e.at}  {names.get(e.actor, e.actor)[:24]:24}  {e.action:8} {summary(e.details)}"
            )
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    if args.verify:
        verdict = "intact" if not problems else "BROKEN"
        print(f"custody log {verdict}: {len(entries)} entries", file=sys.stderr)
    return cli.EXIT_FAILED if problems else cli.EXIT_OK


def summary(details: dict[str, Any]) -> str:
    """A log entry's details in one short line."""
    keys = ("file", "title", "to", "sender", "signature", "file_sha256", "counts", "kept")
    parts = [f"{k}={details[k]}" for k in keys if k in details]
    return " ".join(parts)[:160]


# -- the parser ------------------------------------------------------------------------------------
def _nested(parent: argparse.ArgumentParser, title: str) -> Any:
    sub = parent.add_subparsers(dest=f"{title}_command", metavar="ACTION")

    def add(name: str, func: Callable[[argparse.Namespace], int], text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=text, description=text)
        p.set_defaults(func=func)
        return p

    return add


def _passphrase_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--share-passphrase-file",
        metavar="FILE",
        help=f"the share's passphrase from FILE's first line (or set {SHARE_PASSPHRASE_ENV})",
    )


def register(add: Add) -> None:
    """Add the sharing commands to the `fieldnotes` parser."""
    ident = _nested(add("identity", cmd_identity_show, "Your public card and fingerprint."), "identity")
    p = ident("show", cmd_identity_show, "Print your card (made on first use) to give to colleagues.")
    p.add_argument("--name", help="set the name on your card")
    people = _nested(add("contacts", cmd_contacts_list, "Colleagues you share with."), "contacts")
    p = people("add", cmd_contacts_add, "Add a colleague's card (or a bare age1… recipient).")
    p.add_argument("name")
    p.add_argument("card")
    people("list", cmd_contacts_list, "List your contacts with their fingerprints.")
    p = people("remove", cmd_contacts_remove, "Forget a contact.")
    p.add_argument("name")
    p = add("share", cmd_share, "Write an encrypted, signed share file of the notebook or a selection.")
    p.add_argument("--to", nargs="+", metavar="CONTACT", help="encrypt to these contacts")
    p.add_argument("--passphrase", action="store_true", help="encrypt to a passphrase instead")
    p.add_argument("--tag", help="share what carries this tag (or a tag below it)")
    p.add_argument("--query", help="share the articles this search finds")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    _passphrase_option(p)
    p = add("receive", cmd_receive, "Verify a share file and merge it into the notebook.")
    p.add_argument("file")
    p.add_argument("--accept-unverified", action="store_true", help="merge even from an unknown signer")
    _passphrase_option(p)
    conflicts = _nested(add("conflicts", cmd_conflicts_list, "Records edited on both sides."), "conflicts")
    conflicts("list", cmd_conflicts_list, "List open conflicts with their versions.")
    p = conflicts("resolve", cmd_conflicts_resolve, "Keep one version of a conflicting record.")
    p.add_argument("id")
    p.add_argument("--keep", required=True, metavar="REVISION", help="the version's hash (8+ characters)")
    p = add("log", cmd_log, "The custody log: who imported, edited, shared and merged what.")
    p.add_argument("--verify", action="store_true", help="check the hash chain (exit 1 when broken)")
    p.add_argument("--json", action="store_true")
