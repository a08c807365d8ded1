"""The core's messages in the interface language: the store, sharing, export and exchange code
speaks English (it must stay free of Qt, and the CLI prints it as it is); the app translates what
it shows at the boundary, here.

`MESSAGES` lists every message template the app can show, as the core writes it with each
`{placeholder}` where the core puts a value (a path, an id); lupdate reads these entries into the
"core" context of the .ts files. `core_text(message)` finds the template a message was made from,
translates it and puts the values back. A message no template matches stays as it is (English
rather than nothing). `tests/ui/test_core_messages.py` fails when a message of the modules the app
calls has no template here, or a template no translation.
"""

# ruff: noqa: E501 - one message a line, whole, as the core writes it (and as translators read it)

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.store.sharing.custody_view import DETAIL_KEYS
from desktop.ui.common.local_format import digits, isolate

CONTEXT = "core"
FSI, RLM = "\u2068", "\u200f"  # first-strong isolate (local_format.isolate), right-to-left mark

MESSAGES = (
    # desktop/store/file/storage_errors.py: a full disk, read-only media, a lost device
    QT_TRANSLATE_NOOP("core", "{notebook}: the notebook is read-only (the file or its folder cannot be written, or it is on read-only media): this command would change it, so nothing was done; copy it somewhere writable to work on it"),
    QT_TRANSLATE_NOOP("core", "{notebook}: the disk is full: what was under way was not stored and the notebook is intact; free some space and try again"),
    QT_TRANSLATE_NOOP("core", "{notebook}: could not write to the disk ({error}): what was under way was not stored and the notebook is intact; check that the disk has free space and is still connected, then try again"),
    QT_TRANSLATE_NOOP("core", "{path}: the disk is full ({error}): what was under way was not stored and the notebook is intact; free some space and try again"),
    QT_TRANSLATE_NOOP("core", "{path}: is on read-only media ({error}); nothing was changed"),
    # desktop/store/custody.py: what a check of the custody log's chain found
    QT_TRANSLATE_NOOP("core", "entry {seq} is missing (next is {next})"),
    QT_TRANSLATE_NOOP("core", "entry {seq} does not follow the entry before it"),
    QT_TRANSLATE_NOOP("core", "entry {seq} was changed after it was written"),
    QT_TRANSLATE_NOOP("core", "Checking the custody log"),  # its progress
    # opening, creating, locking a notebook; its passphrase
    QT_TRANSLATE_NOOP("core", "{path}: no notebook here (create one with `fieldnotes new`)"),
    QT_TRANSLATE_NOOP("core", "{path}: a file already exists there"),
    QT_TRANSLATE_NOOP("core", "{path}: not a Fieldnotes notebook (file too short)"),
    QT_TRANSLATE_NOOP("core", "{path}: this notebook is encrypted; a passphrase is needed"),
    QT_TRANSLATE_NOOP("core", "{path}: cannot be read (permission denied)"),
    QT_TRANSLATE_NOOP("core", "{path}: not a Fieldnotes notebook ({error})"),
    QT_TRANSLATE_NOOP("core", "{path}: cannot be opened ({error})"),
    QT_TRANSLATE_NOOP("core", "{path}: cannot be opened read-only: its last changes are still in {name}-wal, which SQLite cannot read here; copy both files somewhere writable"),
    QT_TRANSLATE_NOOP("core", "{path}: wrong passphrase, or not a Fieldnotes notebook"),
    QT_TRANSLATE_NOOP("core", "{path}: is open in another Fieldnotes{process}; close it there first"),
    QT_TRANSLATE_NOOP("core", "this notebook was written by a newer Fieldnotes (schema {current} > {latest}); update Fieldnotes to open it"),
    QT_TRANSLATE_NOOP("core", "{path}: not a Fieldnotes notebook"),
    QT_TRANSLATE_NOOP("core", "{path}: the re-encrypted copy failed its check ({result}); the notebook was not changed"),
    QT_TRANSLATE_NOOP("core", "{path}: could not change the passphrase: {error}"),
    # events, tags, articles, annotations
    QT_TRANSLATE_NOOP("core", "count must be a whole number ≥ 0 (not {count})"),
    QT_TRANSLATE_NOOP("core", "the end date {end} is before the start date {start}"),
    QT_TRANSLATE_NOOP("core", "no event {id}"),
    QT_TRANSLATE_NOOP("core", "an event needs at least one passage as evidence (select a passage first)"),
    QT_TRANSLATE_NOOP("core", "{field} must be one of {allowed} (not {value})"),
    QT_TRANSLATE_NOOP("core", "events have no field {fields}"),
    QT_TRANSLATE_NOOP("core", "a tag needs a name"),
    QT_TRANSLATE_NOOP("core", "no tag {id}"),
    QT_TRANSLATE_NOOP("core", "there is already a tag {path}"),
    QT_TRANSLATE_NOOP("core", "there is already a tag {path}: merge the tags instead"),
    QT_TRANSLATE_NOOP("core", "a tag cannot be merged into itself"),
    QT_TRANSLATE_NOOP("core", "an article needs a title"),
    QT_TRANSLATE_NOOP("core", "no deleted article {id}"),
    QT_TRANSLATE_NOOP("core", "no article {id}"),
    QT_TRANSLATE_NOOP("core", "no original for article {id}"),
    QT_TRANSLATE_NOOP("core", "no annotation {id}"),
    # sharing: contacts, cards, share files, merging
    QT_TRANSLATE_NOOP("core", "a contact needs a name"),
    QT_TRANSLATE_NOOP("core", "there is already a contact called {name}"),
    QT_TRANSLATE_NOOP("core", "no contact called {name} (see `fieldnotes contacts list`)"),
    QT_TRANSLATE_NOOP("core", "not an age-encrypted share file"),
    QT_TRANSLATE_NOOP("core", "the share file is incomplete (truncated?)"),
    QT_TRANSLATE_NOOP("core", "not a Fieldnotes share (unknown content)"),
    QT_TRANSLATE_NOOP("core", "the share's content is out of order (damaged?)"),
    QT_TRANSLATE_NOOP("core", "a record in the share is too large"),
    QT_TRANSLATE_NOOP("core", "an original's frame is damaged"),
    QT_TRANSLATE_NOOP("core", "a frame in the share claims more bytes than the file holds (damaged?)"),
    QT_TRANSLATE_NOOP("core", "a record in the share is damaged"),
    QT_TRANSLATE_NOOP("core", "the share's content does not match its signed hash"),
    QT_TRANSLATE_NOOP("core", "the share's signature frame is damaged"),
    QT_TRANSLATE_NOOP("core", "unexpected data after the signature"),
    QT_TRANSLATE_NOOP("core", "not a Fieldnotes card (fieldnotes-card:v1:…) nor an age recipient (age1…)"),
    QT_TRANSLATE_NOOP("core", "the card is damaged (was it copied completely?)"),
    QT_TRANSLATE_NOOP("core", "not a valid age recipient: {start}…"),
    QT_TRANSLATE_NOOP("core", "the card's signing key is damaged"),
    QT_TRANSLATE_NOOP("core", "revision {revision} is missing from this notebook"),
    QT_TRANSLATE_NOOP("core", "{table} {id}: a revision's parent {revision} is missing"),
    QT_TRANSLATE_NOOP("core", "a record in the share is malformed ({table})"),
    QT_TRANSLATE_NOOP("core", "a revision in the share belongs to another record"),
    QT_TRANSLATE_NOOP("core", "revision {revision} of {table} {id} does not match its hash"),
    QT_TRANSLATE_NOOP("core", "a record in the share is malformed"),
    QT_TRANSLATE_NOOP("core", "a revision in the share is malformed"),
    QT_TRANSLATE_NOOP("core", "no open conflict {id}"),
    QT_TRANSLATE_NOOP("core", "{version} is not one of the conflict's versions"),
    QT_TRANSLATE_NOOP("core", "article {id}: its text is missing from the share or damaged"),
    QT_TRANSLATE_NOOP("core", "this share was made by a newer Fieldnotes: update to receive it"),
    QT_TRANSLATE_NOOP("core", "the share's signature does not match its sender {sender}"),
    QT_TRANSLATE_NOOP("core", "the share does not say who sent it"),
    QT_TRANSLATE_NOOP("core", "the share is signed by {name} ({fingerprint}), who is not in your contacts: add their card with `contacts add`, or accept it unverified"),
    QT_TRANSLATE_NOOP("core", "original {original} in the share cannot be stored ({error})"),
    QT_TRANSLATE_NOOP("core", "original {original} in the share does not match its SHA-256"),
    QT_TRANSLATE_NOOP("core", "a record in the share does not fit this notebook ({error})"),
    QT_TRANSLATE_NOOP("core", "a record in the share does not fit this notebook (a value it cannot store)"),
    QT_TRANSLATE_NOOP("core", "the share was stopped"),
    QT_TRANSLATE_NOOP("core", "the hash thread was closed"),
    QT_TRANSLATE_NOOP("core", "share to contacts or to a passphrase (one of the two)"),
    QT_TRANSLATE_NOOP("core", "{name} is protected by a passphrase: give it to receive the share"),
    QT_TRANSLATE_NOOP("core", "{name} cannot be for this notebook: it has no identity yet"),
    QT_TRANSLATE_NOOP("core", "cannot decrypt the share: it is damaged or truncated, or the passphrase is wrong"),
    QT_TRANSLATE_NOOP("core", "cannot decrypt the share: it is damaged or truncated, or it is not addressed to you"),
    # cited summaries and citation styles
    QT_TRANSLATE_NOOP("core", "{format}: unknown citation format ({formats})"),
    QT_TRANSLATE_NOOP("core", "{order}: unknown order ({orders})"),
    QT_TRANSLATE_NOOP("core", "{path}: not a CSL style (root element is {tag})"),
    QT_TRANSLATE_NOOP("core", "{name}: no such CSL style"),
    QT_TRANSLATE_NOOP("core", "{path}: its parent style {parent} is not available offline"),
    QT_TRANSLATE_NOOP("core", "{path}: file not found"),
    QT_TRANSLATE_NOOP("core", "{path}: not a readable CSL style ({error})"),
    # exchange: REFI-QDA projects and W3C annotations read in
    QT_TRANSLATE_NOOP("core", "a source's text is not UTF-8"),
    QT_TRANSLATE_NOOP("core", "{where}: {member} is not in the archive"),
    QT_TRANSLATE_NOOP("core", "{where}: a text source without PlainTextContent or plainTextPath"),
    QT_TRANSLATE_NOOP("core", "{where}: a source's text is in a file outside this codebook"),
    QT_TRANSLATE_NOOP("core", "{where}: selection {start}–{end} is outside its source's text ({length} characters)"),
    QT_TRANSLATE_NOOP("core", "{name}: not a REFI-QDA project (its root is {root})"),
    QT_TRANSLATE_NOOP("core", "{where}: the path {member} points outside the archive"),
    QT_TRANSLATE_NOOP("core", "{where}: a selection without numeric positions"),
    QT_TRANSLATE_NOOP("core", "{where}: a coding refers to a code that does not exist ({code})"),
    QT_TRANSLATE_NOOP("core", "{where}: a coding refers to a code that does not exist"),
    QT_TRANSLATE_NOOP("core", "{name}: no project.qde in the archive"),
    QT_TRANSLATE_NOOP("core", "{where}: XML with a DOCTYPE or entities is refused"),
    QT_TRANSLATE_NOOP("core", "{where}: XML with a DOCTYPE is refused"),
    QT_TRANSLATE_NOOP("core", "{name}: larger than {limit} MiB"),
    QT_TRANSLATE_NOOP("core", "{name}: more than {limit} members"),
    QT_TRANSLATE_NOOP("core", "{where}: not well-formed XML ({error})"),
    QT_TRANSLATE_NOOP("core", "{name}: not a REFI-QDA project (not a zip archive)"),
    QT_TRANSLATE_NOOP("core", "{name}: a member has an unsafe path ({member})"),
    QT_TRANSLATE_NOOP("core", "{name}: cannot read {member} ({error})"),
    QT_TRANSLATE_NOOP("core", "{name}: {member} decompresses past {limit} MiB"),
    QT_TRANSLATE_NOOP("core", "{path}: no W3C annotations in it"),
    QT_TRANSLATE_NOOP("core", "{path}: not JSON ({error})"),
    QT_TRANSLATE_NOOP("core", "{path}: nested more than {depth} levels deep, not W3C annotations"),
    QT_TRANSLATE_NOOP("core", "target {target} is a whole document, not a passage"),
    QT_TRANSLATE_NOOP("core", "a target without a text quote or position"),
    QT_TRANSLATE_NOOP("core", "{selectors} ignored"),
    # exchange: why a record of a project or an annotation file was not stored (the report's lines)
    QT_TRANSLATE_NOOP("core", "no text"),
    QT_TRANSLATE_NOOP("core", "the same text as another source"),
    QT_TRANSLATE_NOOP("core", "an empty selection or one not found"),
    QT_TRANSLATE_NOOP("core", "not attached to a passage"),
    QT_TRANSLATE_NOOP("core", "named by a passage, not in the project"),
    QT_TRANSLATE_NOOP("core", "named in the custody log entry of the import"),
    QT_TRANSLATE_NOOP("core", "a coding of the whole source (Fieldnotes codes passages)"),
    QT_TRANSLATE_NOOP("core", "a note on the whole source (Fieldnotes keeps notes on passages)"),
    QT_TRANSLATE_NOOP("core", "a picture: Fieldnotes holds text only"),
    QT_TRANSLATE_NOOP("core", "a PDF (selections by page area): Fieldnotes holds text only"),
    QT_TRANSLATE_NOOP("core", "audio: Fieldnotes holds text only"),
    QT_TRANSLATE_NOOP("core", "video: Fieldnotes holds text only"),
    QT_TRANSLATE_NOOP("core", "{what}: Fieldnotes holds text only"),
    QT_TRANSLATE_NOOP("core", "cases are not imported"),
    QT_TRANSLATE_NOOP("core", "no target"),
    QT_TRANSLATE_NOOP("core", "no article in this notebook has the file or URL it annotates"),
    QT_TRANSLATE_NOOP("core", "its passage is not in the article's text"),
    QT_TRANSLATE_NOOP("core", "«{quote}» in {source}"),  # a passage's label
    QT_TRANSLATE_NOOP("core", "(no id)"),
    QT_TRANSLATE_NOOP("core", "(case)"),
    # importing files: why one was skipped or could not be read (ingest readers, the folder walk, the importer)
    QT_TRANSLATE_NOOP("core", "is not a readable Word document ({error})"),
    QT_TRANSLATE_NOOP("core", "is encrypted (password-protected)"),
    QT_TRANSLATE_NOOP("core", "is an old Word (.doc) file, not .docx: save it as .docx and import again"),
    QT_TRANSLATE_NOOP("core", "is not a Word document"),
    QT_TRANSLATE_NOOP("core", "is not a Word document (the zip is damaged)"),
    QT_TRANSLATE_NOOP("core", "looks like a zip bomb (it would expand to {size})"),
    QT_TRANSLATE_NOOP("core", "contains no text"),
    QT_TRANSLATE_NOOP("core", "is not a readable web page"),
    QT_TRANSLATE_NOOP("core", "is damaged or truncated ({error})"),
    QT_TRANSLATE_NOOP("core", "has no text layer (is it a scanned image?)"),
    QT_TRANSLATE_NOOP("core", "is not a PDF file"),
    QT_TRANSLATE_NOOP("core", "is damaged or truncated (its end is missing)"),
    QT_TRANSLATE_NOOP("core", "is not a supported type ({kind}); Fieldnotes reads {supported}"),
    QT_TRANSLATE_NOOP("core", "is a folder, not a file"),
    QT_TRANSLATE_NOOP("core", "is not a regular file (a pipe, socket or device)"),
    QT_TRANSLATE_NOOP("core", "is too large ({size} MB; the limit is {limit} MB)"),
    QT_TRANSLATE_NOOP("core", "does not exist (or vanished during the import)"),
    QT_TRANSLATE_NOOP("core", "cannot be read (permission denied)"),
    QT_TRANSLATE_NOOP("core", "cannot be read ({error})"),
    QT_TRANSLATE_NOOP("core", "is empty"),
    QT_TRANSLATE_NOOP("core", "looks like a binary file, not text"),
    QT_TRANSLATE_NOOP("core", "folder cannot be read ({error})"),
    QT_TRANSLATE_NOOP("core", "vanished during the import ({error})"),
    QT_TRANSLATE_NOOP("core", "hidden file"),
    QT_TRANSLATE_NOOP("core", "hidden folder"),
    QT_TRANSLATE_NOOP("core", "an Office lock file, not a document"),
    QT_TRANSLATE_NOOP("core", "a link that leads nowhere (broken, or a loop)"),
    QT_TRANSLATE_NOOP("core", "a link to a folder (not followed)"),
    QT_TRANSLATE_NOOP("core", "not a regular file (a named pipe)"),
    QT_TRANSLATE_NOOP("core", "not a regular file (a socket)"),
    QT_TRANSLATE_NOOP("core", "not a regular file (a device)"),
    QT_TRANSLATE_NOOP("core", "not a regular file (a special file)"),
    QT_TRANSLATE_NOOP("core", "not a regular file (a {kind})"),
    QT_TRANSLATE_NOOP("core", "unsupported type ({suffix})"),
    QT_TRANSLATE_NOOP("core", "unsupported type (no extension)"),
    QT_TRANSLATE_NOOP("core", "too large to read in memory"),
    QT_TRANSLATE_NOOP("core", "could not be read ({error} in its reader)"),
    QT_TRANSLATE_NOOP("core", "refused"),
    # search: a query the search cannot read (the search engine's reason nested in it)
    QT_TRANSLATE_NOOP("core", "could not understand the query {query}: {error}"),
    QT_TRANSLATE_NOOP("core", "{value} is not a parseable date"),
    QT_TRANSLATE_NOOP("core", "month must be in 1..12"),
    QT_TRANSLATE_NOOP("core", "day is out of range for month"),
    # progress labels of the generators the app runs (the others are file names or titles)
    QT_TRANSLATE_NOOP("core", "Encrypting the share"),
    QT_TRANSLATE_NOOP("core", "Decrypting and merging"),
    QT_TRANSLATE_NOOP("core", "reading {name}"),
    QT_TRANSLATE_NOOP("core", "storing"),
    QT_TRANSLATE_NOOP("core", "done"),
    # the custody log's people
    QT_TRANSLATE_NOOP("core", "you"),
    QT_TRANSLATE_NOOP("core", "{name} (you)"),
)  # fmt: skip

ACTIONS = {  # the custody log's actions, as the core names them (`custody.append(action=…)`)
    "create": QT_TRANSLATE_NOOP("core", "create"),
    "import": QT_TRANSLATE_NOOP("core", "import"),
    "annotate": QT_TRANSLATE_NOOP("core", "annotate"),
    "edit-annotation": QT_TRANSLATE_NOOP("core", "edit-annotation"),
    "delete-annotation": QT_TRANSLATE_NOOP("core", "delete-annotation"),
    "add-event": QT_TRANSLATE_NOOP("core", "add-event"),
    "edit-event": QT_TRANSLATE_NOOP("core", "edit-event"),
    "delete-event": QT_TRANSLATE_NOOP("core", "delete-event"),
    "create-tag": QT_TRANSLATE_NOOP("core", "create-tag"),
    "rename-tag": QT_TRANSLATE_NOOP("core", "rename-tag"),
    "edit-tag": QT_TRANSLATE_NOOP("core", "edit-tag"),
    "delete-tag": QT_TRANSLATE_NOOP("core", "delete-tag"),
    "merge-tags": QT_TRANSLATE_NOOP("core", "merge-tags"),
    "delete": QT_TRANSLATE_NOOP("core", "delete"),
    "restore": QT_TRANSLATE_NOOP("core", "restore"),
    "edit-metadata": QT_TRANSLATE_NOOP("core", "edit-metadata"),
    "export": QT_TRANSLATE_NOOP("core", "export"),
    "share": QT_TRANSLATE_NOOP("core", "share"),
    "receive": QT_TRANSLATE_NOOP("core", "receive"),
    "resolve": QT_TRANSLATE_NOOP("core", "resolve"),
    "import-project": QT_TRANSLATE_NOOP("core", "import-project"),
    "import-annotations": QT_TRANSLATE_NOOP("core", "import-annotations"),
    "rebuild-index": QT_TRANSLATE_NOOP("core", "rebuild-index"),
    "undo": QT_TRANSLATE_NOOP("core", "undo"),
    "redo": QT_TRANSLATE_NOOP("core", "redo"),
}  # fmt: skip

DETAILS = {  # the keys of a custody entry's details (custody_view.DETAIL_KEYS)
    "file": QT_TRANSLATE_NOOP("core", "file"),
    "title": QT_TRANSLATE_NOOP("core", "title"),
    "to": QT_TRANSLATE_NOOP("core", "to"),
    "sender": QT_TRANSLATE_NOOP("core", "sender"),
    "signature": QT_TRANSLATE_NOOP("core", "signature"),
    "accepted_unverified": QT_TRANSLATE_NOOP("core", "accepted_unverified"),
    "counts": QT_TRANSLATE_NOOP("core", "counts"),
    "kept": QT_TRANSLATE_NOOP("core", "kept"),
    "format": QT_TRANSLATE_NOOP("core", "format"),
}  # fmt: skip

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_NESTED = frozenset({"error"})  # values that are themselves messages ("could not change …: {error}")


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """(regular expression, template) of each template."""
    out = []
    for template in MESSAGES:
        parts = _PLACEHOLDER.split(template)  # literal, name, literal, name, …
        regex = "".join(re.escape(part) if n % 2 == 0 else f"(?P<{part}>.*?)" for n, part in enumerate(parts))
        out.append((re.compile(regex, re.DOTALL), template))
    return out


def template_of(message: str) -> tuple[str, dict[str, str]] | None:
    """The template `message` was made from and its values, or None. Of the templates that fit,
    the one whose values (but a nested message) are shortest: "{path}: could not change the
    passphrase: {error}" around a full-disk message, not the full-disk message with a long path;
    then the one with the most words of its own: "… (file too short)" rather than "… ({error})"."""
    found = _match(message)
    return (found[0], dict(found[1])) if found else None


@lru_cache(maxsize=2048)  # a table repaints the same few texts (the custody log's "you")
def _match(message: str) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    found = []
    for pattern, template in _patterns():
        match = pattern.fullmatch(message)
        if match:
            values = match.groupdict()
            own = sum(len(v) for k, v in values.items() if k not in _NESTED)
            found.append((own, -len(_PLACEHOLDER.sub("", template)), template, tuple(values.items())))
    if not found:
        return None
    _own, _words, template, values = min(found, key=lambda f: (f[0], f[1]))
    return template, values


def core_text(message: str) -> str:
    """`message` from the core in the interface language (as it is when no template matches)."""
    found = template_of(message)
    if found is None:
        return message
    template, values = found
    translated = QCoreApplication.translate(CONTEXT, template)
    # Each value a unit of its own direction (right to left only): a path first in a Dari sentence
    # would otherwise make the whole paragraph left to right and scramble its words. A message that
    # starts with one also starts with a right-to-left mark, for the views (QTextDocument: message
    # boxes, selectable labels) that take a paragraph's direction from its first letter, isolated or not.
    values = {k: isolate(_value(k, v)) for k, v in values.items()}
    text = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), translated)
    return RLM + text if text.startswith(FSI) else text


def _value(name: str, value: str) -> str:
    """A message's value as shown: a nested message translated, a number in the chosen digits."""
    if name in _NESTED:
        return core_text(value)
    return digits(value) if value.isdigit() else value


def error_text(exc: BaseException) -> str:
    """What to show for an exception raised by the core: its message, translated."""
    return core_text(str(exc))


def custody_action(action: str) -> str:
    """A custody log action ("edit-annotation") in the interface language."""
    return QCoreApplication.translate(CONTEXT, ACTIONS[action]) if action in ACTIONS else action


def custody_details(summary: str) -> str:
    """A custody entry's details line ("file: a.txt; title: …") with its keys translated and, right
    to left, each value isolated ("01-kunduz.html" stays in order)."""
    keys = "|".join(re.escape(k) for k in DETAIL_KEYS)
    parts = re.split(rf"(^|; )({keys}): ", summary)  # text before, then (separator, key, value)…
    out = [parts[0]]
    for n in range(1, len(parts) - 2, 3):
        separator, key, value = parts[n : n + 3]
        name = QCoreApplication.translate(CONTEXT, DETAILS.get(key, key))
        out.append(f"{separator}{name}: {isolate(value)}")
    return "".join(out)
