"""Reading a REFI-QDA project (.qdpx) or codebook (.qdc) as other tools write them, into plain records.

Lenient on what tools vary in (namespaces, an empty `<Sets/>`, braces around GUIDs, inline
`PlainTextContent` or a `plainTextPath` that is `internal://…` or relative), strict on what
would corrupt the notebook: a selection outside its source's text, a coding of a code that
does not exist, a path out of the archive (ExchangeError: the whole file is refused).
Sources of kinds Fieldnotes cannot hold (pictures, PDF regions, audio, video) are listed in
`skipped` with why, never dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from desktop.exchange.qdpx_names import INTERNAL, PROJECT_FILE, SOURCES, guid
from desktop.exchange.report import ExchangeError
from desktop.exchange.safe_archive import SafeArchive, parse_xml, read_plain_file

OTHER_SOURCES = {
    "PictureSource": "a picture", "PDFSource": "a PDF (selections by page area)",
    "AudioSource": "audio", "VideoSource": "video",
}  # fmt: skip


@dataclass(frozen=True)
class Code:
    guid: str
    path: str  # names from the root, joined by "/"
    codable: bool
    color: str
    description: str
    has_children: bool


@dataclass
class Selection:
    guid: str
    start: int
    end: int
    codes: list[str] = field(default_factory=list)  # code guids
    notes: list[str] = field(default_factory=list)  # note guids
    description: str = ""


@dataclass
class Source:
    guid: str
    name: str
    text: str
    variables: dict[str, str] = field(default_factory=dict)  # variable name -> value as text
    selections: list[Selection] = field(default_factory=list)
    original: bytes | None = None  # the original file, when the project carries it
    skipped: list[str] = field(default_factory=list)  # what of this source is not imported


@dataclass
class Project:
    name: str
    codes: list[Code] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)  # note guid -> its text
    users: dict[str, str] = field(default_factory=dict)  # guid -> name
    skipped: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, label, why)


def _local(node: etree._Element) -> str:
    return etree.QName(node).localname if isinstance(node.tag, str) else ""


def _children(node: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in node if _local(c) == name]


def _child(node: etree._Element, name: str) -> etree._Element | None:
    found = _children(node, name)
    return found[0] if found else None


def _text(node: etree._Element, name: str) -> str:
    child = _child(node, name)
    return (child.text or "") if child is not None else ""


def _guid(node: etree._Element, attr: str = "guid") -> str:
    return guid(node.get(attr, ""), etree.tostring(node)[:200].decode("utf-8", "replace"))


# -- codes ---------------------------------------------------------------------------------------
def read_codes(container: etree._Element) -> list[Code]:
    """Codes (nested) under a CodeBook or Codes element, parents before children."""
    codes_node = _child(container, "Codes") if _local(container) == "CodeBook" else container
    found: list[Code] = []
    if codes_node is not None:
        for node in _children(codes_node, "Code"):
            _code(node, "", found)
    return found


def _code(node: etree._Element, parent: str, into: list[Code]) -> None:
    name = " ".join((node.get("name") or "").replace("/", "∕").split()) or "(unnamed code)"
    path = f"{parent}/{name}" if parent else name
    children = _children(node, "Code")
    codable = node.get("isCodable", "true").strip().lower() in ("true", "1")
    into.append(
        Code(
            guid=_guid(node), path=path, codable=codable,
            color=node.get("color", ""), description=_text(node, "Description").strip(),
            has_children=bool(children),
        )
    )  # fmt: skip
    for child in children:
        _code(child, path, into)


# -- sources -------------------------------------------------------------------------------------
def _member_for(path: str, archive: SafeArchive, where: str) -> str:
    """The archive member a source path names; refuses a path out of the archive."""
    if path.lower().startswith(INTERNAL):
        wanted = SOURCES + path[len(INTERNAL) :]
    elif "://" in path or path.startswith(("/", "\\")) or (len(path) > 1 and path[1] == ":"):
        raise ExchangeError(f"{where}: the path {path[:80]} points outside the archive")
    else:
        wanted = path
    stored = archive.find(wanted) or archive.find(SOURCES + wanted)
    if stored is None:
        if any(p == ".." for p in wanted.replace("\\", "/").split("/")):
            raise ExchangeError(f"{where}: the path {path[:80]} points outside the archive")
        raise ExchangeError(f"{where}: {path[:80]} is not in the archive")
    return stored


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ExchangeError("a source's text is not UTF-8")


def _source_text(node: etree._Element, archive: SafeArchive | None, where: str) -> str:
    inline = _child(node, "PlainTextContent")
    if inline is not None:
        return inline.text or ""
    path = node.get("plainTextPath")
    if not path:
        raise ExchangeError(f"{where}: a text source without PlainTextContent or plainTextPath")
    if archive is None:
        raise ExchangeError(f"{where}: a source's text is in a file outside this codebook")
    return _decode(archive.read(_member_for(path, archive, where)))


def _selection(node: etree._Element, text_length: int, where: str, codes: set[str]) -> Selection:
    try:
        start, end = int(node.get("startPosition", "")), int(node.get("endPosition", ""))
    except ValueError as exc:
        raise ExchangeError(f"{where}: a selection without numeric positions") from exc
    if not 0 <= start <= end <= text_length:
        raise ExchangeError(
            f"{where}: selection {start}–{end} is outside its source's text ({text_length} characters)"
        )
    found = Selection(guid=_guid(node), start=start, end=end, description=_text(node, "Description").strip())
    for coding in _children(node, "Coding"):
        ref = _child(coding, "CodeRef")
        if ref is None:
            continue
        code = _guid(ref, "targetGUID")
        if code not in codes:
            raise ExchangeError(f"{where}: a coding refers to a code that does not exist ({code})")
        found.codes.append(code)
    found.notes = [_guid(r, "targetGUID") for r in _children(node, "NoteRef")]
    return found


def _variables(node: etree._Element, names: dict[str, str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for value in _children(node, "VariableValue"):
        ref = _child(value, "VariableRef")
        name = names.get(_guid(ref, "targetGUID")) if ref is not None else None
        shown = next((c.text for c in value if _local(c).endswith("Value") and c.text), None)
        if name and shown:
            values[name] = shown.strip()
    return values


def _text_source(
    node: etree._Element, archive: SafeArchive | None, project: Project, names: dict[str, str]
) -> Source:
    name = node.get("name") or "(untitled source)"
    where = f"source {name[:60]}"
    text = _source_text(node, archive, where)
    codes = {c.guid for c in project.codes}
    source = Source(guid=_guid(node), name=name, text=text, variables=_variables(node, names))
    for selection in _children(node, "PlainTextSelection"):
        source.selections.append(_selection(selection, len(text), where, codes))
    for coding in _children(node, "Coding"):
        ref = _child(coding, "CodeRef")
        if ref is not None and _guid(ref, "targetGUID") not in codes:
            raise ExchangeError(f"{where}: a coding refers to a code that does not exist")
        source.skipped.append("a coding of the whole source (Fieldnotes codes passages)")
    if _children(node, "NoteRef"):
        source.skipped.append("a note on the whole source (Fieldnotes keeps notes on passages)")
    original = source.variables.get("Original file", "")
    if archive is not None and original.lower().startswith(INTERNAL):
        member = archive.find(SOURCES + original[len(INTERNAL) :])
        source.original = archive.read(member) if member else None
    return source


def _notes(root: etree._Element, archive: SafeArchive | None) -> dict[str, str]:
    notes: dict[str, str] = {}
    holder = _child(root, "Notes")
    for note in _children(holder, "Note") if holder is not None else []:
        notes[_guid(note)] = _source_text(note, archive, f"note {note.get('name', '')[:60]}").strip()
    return notes


def read_project_xml(root: etree._Element, archive: SafeArchive | None, *, name: str) -> Project:
    """A project element (or a bare CodeBook) into a Project; raises ExchangeError on broken references."""
    project = Project(name=root.get("name") or name)
    if _local(root) == "CodeBook":
        project.codes = read_codes(root)
        return project
    if _local(root) != "Project":
        raise ExchangeError(f"{name}: not a REFI-QDA project (its root is {_local(root) or '?'})")
    users = _child(root, "Users")
    project.users = (
        {_guid(u): u.get("name") or "" for u in _children(users, "User")} if users is not None else {}
    )
    codebook = _child(root, "CodeBook")
    project.codes = read_codes(codebook) if codebook is not None else []
    project.notes = _notes(root, archive)
    variables = _child(root, "Variables")
    names = (
        {_guid(v): v.get("name") or "" for v in _children(variables, "Variable")}
        if variables is not None
        else {}
    )
    sources = _child(root, "Sources")
    for node in list(sources) if sources is not None else []:
        kind = _local(node)
        if kind == "TextSource":
            project.sources.append(_text_source(node, archive, project, names))
        elif kind:
            what = OTHER_SOURCES.get(kind, kind)
            project.skipped.append(
                ("source", node.get("name") or kind, f"{what}: Fieldnotes holds text only")
            )
    cases = _child(root, "Cases")
    for case in _children(cases, "Case") if cases is not None else []:
        project.skipped.append(("case", case.get("name") or "(case)", "cases are not imported"))
    return project


def read(path: Path) -> Project:
    """Read a .qdpx project or a .qdc codebook; ExchangeError (one line) when it is refused."""
    if path.suffix.lower() == ".qdc":
        root = parse_xml(read_plain_file(path), where=path.name)
        return read_project_xml(root, None, name=path.stem)
    with SafeArchive(path) as archive:
        member = archive.find(PROJECT_FILE) or next(
            (info.filename for key, info in archive.members.items() if key.endswith(".qde")), None
        )
        if member is None:
            raise ExchangeError(f"{path.name}: no project.qde in the archive")
        root = parse_xml(archive.read(member), where=f"{path.name}: {member}")
        return read_project_xml(root, archive, name=path.stem)
