"""Writing a REFI-QDA 1.0 project (.qdpx): the tag tree as a CodeBook, articles as TextSources with
their text and original files under `sources/`, annotations as coded PlainTextSelections with
their notes, events as Cases, metadata and event fields as Variables.

Positions count Unicode characters (code points) of the plain text, as the standard says.
The archive is written member by member, so memory holds one article at a time.
"""

from __future__ import annotations

import mimetypes
import os
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from desktop.csl.text import csl_date_text, csl_names
from desktop.exchange.qdpx_names import (
    ARTICLE_VARIABLES,
    EVENT_VARIABLES,
    INTERNAL,
    NS,
    PROJECT_FILE,
    SOURCES,
    color,
    derived_guid,
    q,
    variable_guid,
)
from desktop.progress import Progress
from desktop.store.annotations import Annotation
from desktop.store.articles import Article
from desktop.store.events import Event
from desktop.store.tags import TagNode


@dataclass
class ProjectContent:
    """What goes into the project: the selection's records, the tag tree and who made them."""

    name: str
    user_guid: str
    user_name: str
    articles: list[Article]
    annotations: list[Annotation]
    events: list[Event]
    tree: list[TagNode]
    tag_ids: dict[str, str] = field(default_factory=dict)  # lower-case path -> tag id, from `tree`

    def __post_init__(self) -> None:
        self.tag_ids = _tag_ids(self.tree)


def _sub(parent: etree._Element, element: str, text: str | None = None, /, **attrs: str) -> etree._Element:
    node = etree.SubElement(parent, q(element), {k: v for k, v in attrs.items() if v is not None and v != ""})
    if text is not None:
        node.text = text
    return node


def _codebook(root: etree._Element, tree: list[TagNode]) -> None:
    if not tree:
        return
    codes = _sub(_sub(root, "CodeBook"), "Codes")
    for node in tree:
        _code(codes, node)


def _code(parent: etree._Element, node: TagNode) -> None:
    tag = node.tag
    attrs = {
        "guid": tag.id if tag else derived_guid("implicit code", node.path.lower()),
        "name": node.name,
        "isCodable": "true" if tag else "false",
    }
    code_color = color(tag.color) if tag else None
    if code_color:
        attrs["color"] = code_color
    code = _sub(parent, "Code", **attrs)
    if tag and tag.description:
        _sub(code, "Description", tag.description)
    for child in node.children:
        _code(code, child)


def _variables(root: etree._Element, *, with_events: bool) -> None:
    variables = _sub(root, "Variables")
    for name in ARTICLE_VARIABLES:
        _sub(variables, "Variable", guid=variable_guid(name), name=name, typeOfVariable="Text")
    for name, kind in EVENT_VARIABLES if with_events else ():
        _sub(variables, "Variable", guid=variable_guid(name), name=name, typeOfVariable=kind)


def _value(parent: etree._Element, name: str, value: object) -> None:
    if value is None or value == "":
        return
    holder = _sub(parent, "VariableValue")
    _sub(holder, "VariableRef", targetGUID=variable_guid(name))
    if isinstance(value, int):
        _sub(holder, "IntegerValue", str(value))
    else:
        _sub(holder, "TextValue", str(value))


def original_member(article: Article) -> str:
    """Where the original file goes in the archive: `sources/<sha256><its extension>`."""
    suffix = Path(article.filename).suffix.lower() or mimetypes.guess_extension(article.media_type) or ""
    return f"{SOURCES}{article.original_sha256}{suffix}"


def _article_values(node: etree._Element, article: Article) -> None:
    csl = article.csl
    values = {
        "Title": article.title,
        "Author": csl_names(csl.get("author")),
        "Outlet": article.outlet,
        "Published": csl_date_text(csl.get("issued")),
        "URL": csl.get("URL", ""),
        "Language": article.language,
        "Original file": INTERNAL + original_member(article)[len(SOURCES) :],
        "Original SHA-256": article.original_sha256,
    }
    for name in ARTICLE_VARIABLES:
        _value(node, name, values[name])


def _source(
    sources: etree._Element, article: Article, passages: list[Annotation], content: ProjectContent
) -> None:
    attrs = {
        "guid": article.id,
        "name": article.title,
        "plainTextPath": f"{INTERNAL}{article.id}.txt",
        "creatingUser": content.user_guid,
        "creationDateTime": article.created,
        "modifiedDateTime": article.modified,
    }
    if article.media_type.endswith("wordprocessingml.document"):
        attrs["richTextPath"] = INTERNAL + original_member(article)[len(SOURCES) :]
    node = _sub(sources, "TextSource", **attrs)
    for a in passages:
        selection = _sub(
            node, "PlainTextSelection", guid=a.id, name=a.exact[:80], startPosition=str(a.start),
            endPosition=str(a.end), creatingUser=content.user_guid, creationDateTime=a.created,
            modifiedDateTime=a.modified,
        )  # fmt: skip
        for path in a.tags:
            tag_id = content.tag_ids.get(path.lower())
            if tag_id is None:
                continue
            coding = _sub(selection, "Coding", guid=derived_guid("coding", a.id, tag_id),
                          creatingUser=content.user_guid, creationDateTime=a.modified)  # fmt: skip
            _sub(coding, "CodeRef", targetGUID=tag_id)
        if a.note:
            _sub(selection, "NoteRef", targetGUID=derived_guid("note", a.id))
    _article_values(node, article)


def _tag_ids(tree: list[TagNode], into: dict[str, str] | None = None) -> dict[str, str]:
    found = {} if into is None else into
    for node in tree:
        if node.tag:
            found[node.path.lower()] = node.tag.id
        _tag_ids(node.children, found)
    return found


def _cases(root: etree._Element, content: ProjectContent) -> None:
    if not content.events:
        return
    tag_ids = content.tag_ids
    exported = {a.id for a in content.annotations}
    sources = {a.id for a in content.articles}
    cases = _sub(root, "Cases")
    for e in content.events:
        case = _sub(cases, "Case", guid=e.id, name=f"{e.type} {e.date_start or 'undated'} {e.place}".strip())
        if e.description:
            _sub(case, "Description", e.description)
        for path in e.tags:
            if path.lower() in tag_ids:
                _sub(case, "CodeRef", targetGUID=tag_ids[path.lower()])
        fields = (e.type, e.date_start, e.date_end, e.date_precision, e.country, e.province, e.place,
                  e.perpetrator, e.victim_group, e.count, e.count_qualifier, e.status)  # fmt: skip
        for (name, _), value in zip(EVENT_VARIABLES, fields, strict=True):
            _value(case, name, value)
        for article_id in (i for i in e.articles if i in sources):
            _sub(case, "SourceRef", targetGUID=article_id)
        for annotation_id in e.evidence:
            if annotation_id in exported:
                _sub(case, "SelectionRef", targetGUID=annotation_id)


def _notes(root: etree._Element, content: ProjectContent) -> None:
    noted = [a for a in content.annotations if a.note]
    if not noted:
        return
    notes = _sub(root, "Notes")
    for a in noted:
        note = _sub(notes, "Note", guid=derived_guid("note", a.id), name=f"Note on «{a.exact[:60]}»",
                    creatingUser=content.user_guid, creationDateTime=a.created,
                    modifiedDateTime=a.modified)  # fmt: skip
        _sub(note, "PlainTextContent", a.note)


def project_xml(content: ProjectContent) -> bytes:
    """project.qde: the whole project description (texts and originals are separate members)."""
    root = etree.Element(q("Project"), nsmap={None: NS})
    root.set("name", content.name)
    root.set("origin", "Fieldnotes")
    root.set("creatingUserGUID", content.user_guid)
    users = _sub(root, "Users")
    _sub(users, "User", guid=content.user_guid, name=content.user_name)
    _codebook(root, content.tree)
    _variables(root, with_events=bool(content.events))
    _cases(root, content)
    by_article: dict[str, list[Annotation]] = {a.id: [] for a in content.articles}
    for a in content.annotations:
        by_article.setdefault(a.article_id, []).append(a)
    if content.articles:
        sources = _sub(root, "Sources")
        for article in content.articles:
            _source(sources, article, by_article[article.id], content)
    _notes(root, content)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True))


def write(content: ProjectContent, dest: Path, *, original: Callable[[str], bytes]) -> Iterator[Progress]:
    """Write the .qdpx to `dest` (atomically: a `.tmp` beside it, then a rename).

    `original(article_id) -> bytes` gives each article's original file when it is written.
    """
    tmp = dest.with_name(dest.name + ".tmp")
    total = len(content.articles) + 1
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(PROJECT_FILE, project_xml(content))
            written: set[str] = set()
            for done, article in enumerate(content.articles, start=1):
                yield Progress(done, total, article.title)
                archive.writestr(f"{SOURCES}{article.id}.txt", article.text.encode("utf-8"))
                member = original_member(article)
                if member not in written:
                    archive.writestr(member, original(article.id))
                    written.add(member)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    yield Progress(total, total, "done")
