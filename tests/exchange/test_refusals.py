"""Bad input is refused whole: exit 1, one line, the notebook (rows and custody log) unchanged."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from desktop.exchange import safe_archive
from tests.exchange import qda_samples
from tests.exchange.conftest import Cli, counts


def _refused(cli: Cli, path: Path, expected: str) -> None:
    """Refused whole: exit 1, the file's one entry an error with a one-line reason, nothing stored."""
    before = counts(cli.notebook)
    code, out, _ = cli("import", str(path), "--json")
    assert code == 1, out
    [entry] = json.loads(out)["files"]
    assert entry["status"] == "error" and expected in entry["error"] and "\n" not in entry["error"]
    code, out, _ = cli("import", str(path))
    assert code == 1 and out.splitlines()[0] == f"error     {path}: {entry['error']}"
    assert counts(cli.notebook) == before


def _with_member(path: Path, name: str, data: bytes = b"x") -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qda_samples.qualcoder_like().encode("utf-8"))
        archive.writestr(zipfile.ZipInfo(name), data)
    return path


def test_not_a_zip(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "fake.qdpx"
    path.write_text("<Project/>", encoding="utf-8")
    _refused(cli, path, "not a zip")


@pytest.mark.parametrize("name", ["/etc/evil.txt", "../evil.txt", "sources/../../evil.txt", "C:/evil.txt"])
def test_members_with_unsafe_paths(cli: Cli, tmp_path: Path, name: str) -> None:
    _refused(cli, _with_member(tmp_path / "unsafe.qdpx", name), "unsafe path")


@pytest.mark.parametrize("where", ["/etc/passwd", "file:///etc/passwd", "../outside.txt", "C:\\Users\\x.txt"])
def test_a_source_path_outside_the_archive(cli: Cli, tmp_path: Path, where: str) -> None:
    xml = qda_samples.qualcoder_like().replace(
        f'<TextSource guid="{qda_samples.S_KABUL}" name="kabul.txt" creatingUser="{qda_samples.U1}">',
        f'<TextSource guid="{qda_samples.S_KABUL}" name="kabul.txt" plainTextPath="{where}">',
    )
    xml = xml.replace(f"<PlainTextContent>{qda_samples.KABUL}</PlainTextContent>", "")
    _refused(cli, qda_samples.write_qdpx(tmp_path / "outside.qdpx", xml), "outside the archive")


def test_xml_with_a_doctype_or_external_entity(cli: Cli, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read me", encoding="utf-8")
    xxe = (
        qda_samples.qualcoder_like()
        .replace(
            '<?xml version="1.0" encoding="utf-8"?>\n',
            f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE p [<!ENTITY x SYSTEM "file://{secret}">]>\n',
        )
        .replace("All violations", "&x;")
    )
    _refused(cli, qda_samples.write_qdpx(tmp_path / "xxe.qdpx", xxe), "DOCTYPE")
    codebook = tmp_path / "xxe.qdc"
    codebook.write_text(
        '<?xml version="1.0"?><!DOCTYPE c [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="9d3e8a10-0000-4000-8000-000000000001" '
        'name="&b;" isCodable="true"/></Codes></CodeBook>',
        encoding="utf-8",
    )
    _refused(cli, codebook, "DOCTYPE")


def test_a_zip_bomb_is_refused_while_reading(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(safe_archive, "MAX_MEMBER_BYTES", 2**20)
    xml = qda_samples.qualcoder_like()
    path = qda_samples.write_qdpx(tmp_path / "bomb.qdpx", xml + " " * (3 * 2**20))
    assert path.stat().st_size < 64 * 1024
    _refused(cli, path, "decompresses past 1 MiB")


def test_a_selection_outside_its_source(cli: Cli, tmp_path: Path) -> None:
    xml = qda_samples.qualcoder_like().replace('endPosition="', 'endPosition="9999', 1)
    _refused(cli, qda_samples.write_qdpx(tmp_path / "outside.qdpx", xml), "outside its source's text")


def test_a_coding_of_a_code_that_does_not_exist(cli: Cli, tmp_path: Path) -> None:
    xml = qda_samples.qualcoder_like().replace(
        f'<CodeRef targetGUID="{qda_samples.C_DIS}"/>',
        '<CodeRef targetGUID="00000000-0000-4000-8000-000000000000"/>',
    )
    _refused(cli, qda_samples.write_qdpx(tmp_path / "nocode.qdpx", xml), "code that does not exist")


def test_a_project_without_project_qde(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "empty.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    _refused(cli, path, "no project.qde")
