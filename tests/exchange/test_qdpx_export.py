"""REFI-QDA export: a .qdpx whose project.qde validates against the REFI-QDA 1.0 schema."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from desktop.store.notebook import Notebook
from tests.exchange.conftest import TAKHAR, Cli

SCHEMA = Path(__file__).parent / "schemas" / "refi-qda-project-1.0.xsd"
NS = {"q": "urn:QDA-XML:project:1.0"}


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def annotate_and_record_event(cli: Cli) -> str:
    article = next(a["id"] for a in cli.json("list", "--json") if a["title"].startswith("Taliban"))
    made = cli.json("annotate", article, "--quote", "12 former soldiers", "--tag", "Violations/Detention",
                    "--note", "twelve, says a relative", "--json")  # fmt: skip
    cli.json("annotate", article, "--quote", "two more", "--tag", "Violations/Detention", "--json")
    with Notebook.open(cli.notebook, None) as nb:
        tag = nb.tags.find("Violations/Detention")
        assert tag is not None
        nb.tags.set_color(tag.id, "#c0392b")
        nb.tags.set_description(tag.id, "arrests and detention")
        nb.update_metadata(article, {"URL": "https://example.org/takhar", "container-title": "Kabul Daily"})
        nb.events.create(evidence=[made["id"]], type="detention", province="AF-TAK", country="AF", count=12,
                         date_start="2024-03-03", perpetrator="Taliban", tags=["Violations"])  # fmt: skip
    return article


def test_export_validates_and_carries_codes_sources_selections_notes_cases(
    cli: Cli, tmp_path: Path, schema: etree.XMLSchema
) -> None:
    article = annotate_and_record_event(cli)
    out = tmp_path / "project.qdpx"
    code, _, err = cli("export", "qdpx", "-o", str(out))
    assert code == 0, err
    with zipfile.ZipFile(out) as archive:
        project = etree.fromstring(archive.read("project.qde"))
        assert schema.validate(project), schema.error_log
        text = archive.read(f"sources/{article}.txt").decode("utf-8")
        names = archive.namelist()
    assert text == TAKHAR
    code = project.find(".//q:Code[@name='Detention']", NS)
    assert code is not None and code.get("color") == "#c0392b" and code.get("isCodable") == "true"
    assert code.getparent().get("name") == "Violations"
    assert code.findtext("q:Description", namespaces=NS) == "arrests and detention"
    source = project.find(f".//q:TextSource[@guid='{article}']", NS)
    assert source.get("plainTextPath") == f"internal://{article}.txt"
    spans = {
        (int(s.get("startPosition")), int(s.get("endPosition")))
        for s in source.iterfind("q:PlainTextSelection", NS)
    }
    assert {TAKHAR[a:b] for a, b in spans} == {"12 former soldiers", "two more"}
    refs = {c.get("targetGUID") for c in source.iterfind(".//q:Coding/q:CodeRef", NS)}
    assert refs == {code.get("guid")}
    note_ref = source.find(".//q:NoteRef", NS).get("targetGUID")
    note = project.find(f"q:Notes/q:Note[@guid='{note_ref}']", NS)
    assert note.findtext("q:PlainTextContent", namespaces=NS) == "twelve, says a relative"
    case = project.find("q:Cases/q:Case", NS)
    assert case.find("q:SourceRef", NS).get("targetGUID") == article
    variables = {v.get("guid"): v.get("name") for v in project.iterfind("q:Variables/q:Variable", NS)}
    values = {
        variables[v.find("q:VariableRef", NS).get("targetGUID")]: v[1].text
        for v in case.iterfind("q:VariableValue", NS)
    }
    assert values["Count"] == "12" and values["Province"] == "AF-TAK" and values["Perpetrator"] == "Taliban"
    source_values = {
        variables[v.find("q:VariableRef", NS).get("targetGUID")]: v[1].text
        for v in source.iterfind("q:VariableValue", NS)
    }
    assert source_values["URL"] == "https://example.org/takhar" and source_values["Outlet"] == "Kabul Daily"
    original = source_values["Original file"].removeprefix("internal://")
    assert f"sources/{original}" in names
    assert project.find("q:Users/q:User", NS) is not None


def test_export_of_a_tag_takes_only_its_passages(cli: Cli, tmp_path: Path, schema: etree.XMLSchema) -> None:
    article = next(a["id"] for a in cli.json("list", "--json") if a["title"].startswith("Taliban"))
    cli.json("annotate", article, "--quote", "12 former soldiers", "--tag", "Counts", "--json")
    cli.json("annotate", article, "--quote", "two more", "--tag", "Other", "--json")
    out = tmp_path / "counts.qdpx"
    assert cli("export", "qdpx", "--tag", "Counts", "-o", str(out))[0] == 0
    with zipfile.ZipFile(out) as archive:
        project = etree.fromstring(archive.read("project.qde"))
    assert schema.validate(project), schema.error_log
    names = [s.get("name") for s in project.iterfind(".//q:PlainTextSelection", NS)]
    assert names == ["12 former soldiers"]
    assert len(project.findall(".//q:TextSource", NS)) == 1
