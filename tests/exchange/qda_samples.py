"""REFI-QDA projects written by hand in the styles of other tools (QualCoder, ATLAS.ti/MAXQDA, NVivo)."""

# ruff: noqa: E501  (XML written as those tools lay it out)

from __future__ import annotations

import zipfile
from pathlib import Path

HEAD = '<?xml version="1.0" encoding="utf-8"?>\n'
NS = 'xmlns="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'

KABUL = "Report from Kabul\n\nFormer police officers were detained in Kabul. Families were not told where."
HERAT = "گزارش هرات\n\nچهار سرباز پیشین در هرات بازداشت شدند."

U1, U2 = "0b7c6b4e-1b52-4c1e-9f0e-aaaaaaaaaaa1", "0b7c6b4e-1b52-4c1e-9f0e-aaaaaaaaaaa2"
C_ROOT, C_DET, C_DIS, C_ACT = (f"9d3e8a10-0000-4000-8000-00000000000{i}" for i in range(1, 5))
S_KABUL, S_HERAT = "5a1f0c1e-0000-4000-8000-0000000000a1", "5a1f0c1e-0000-4000-8000-0000000000a2"
N1, N2 = "7c000000-0000-4000-8000-0000000000b1", "7c000000-0000-4000-8000-0000000000b2"


def qualcoder_like() -> str:
    """Nested codes with colours, inline text, a note, users, an empty <Sets/> (invalid, but seen)."""
    start = KABUL.index("Former police officers were detained")
    end = start + len("Former police officers were detained")
    where = KABUL.index("Families were not told where.")
    return (
        HEAD
        + f"""<Project {NS} name="QualCoder project" origin="QualCoder 3.5" creatingUserGUID="{U1}">
 <Users><User guid="{U1}" name="coder one"/></Users>
 <CodeBook><Codes>
  <Code guid="{C_ROOT}" name="Violations" isCodable="true" color="#336699">
   <Description>All violations</Description>
   <Code guid="{C_DET}" name="Detention" isCodable="true" color="#C0392B"/>
   <Code guid="{C_DIS}" name="Disappearance" isCodable="true" color="#AAA"/>
  </Code>
 </Codes></CodeBook>
 <Sources>
  <TextSource guid="{S_KABUL}" name="kabul.txt" creatingUser="{U1}">
   <PlainTextContent>{KABUL}</PlainTextContent>
   <PlainTextSelection guid="11111111-0000-4000-8000-000000000001" startPosition="{start}" endPosition="{end}"
      creatingUser="{U1}">
    <Coding guid="22222222-0000-4000-8000-000000000001" creatingUser="{U1}"><CodeRef targetGUID="{C_DET}"/></Coding>
    <NoteRef targetGUID="{N1}"/>
   </PlainTextSelection>
   <PlainTextSelection guid="11111111-0000-4000-8000-000000000002" startPosition="{where}"
      endPosition="{where + 29}">
    <Coding guid="22222222-0000-4000-8000-000000000002"><CodeRef targetGUID="{C_DIS}"/></Coding>
   </PlainTextSelection>
  </TextSource>
 </Sources>
 <Notes><Note guid="{N1}" name="memo"><PlainTextContent>Officers, not soldiers.</PlainTextContent></Note></Notes>
 <Sets/>
</Project>"""
    )


def atlas_like() -> tuple[str, dict[str, bytes]]:
    """Braced GUIDs, sources by plainTextPath (internal:// and relative), notes as files, a non-codable folder."""
    start = HERAT.index("چهار سرباز پیشین")
    xml = (
        HEAD
        + f"""<Project {NS} name="ATLAS.ti export" origin="ATLAS.ti 23">
 <Users><User guid="{{{U2.upper()}}}" name="Analyst"/></Users>
 <CodeBook><Codes>
  <Code guid="{{{C_ROOT.upper()}}}" name="Actors" isCodable="false">
   <Code guid="{{{C_ACT.upper()}}}" name="Former soldiers" isCodable="true"/>
  </Code>
 </Codes></CodeBook>
 <Sources>
  <TextSource guid="{{{S_HERAT.upper()}}}" name="Herat report" plainTextPath="internal://{{{S_HERAT.upper()}}}.txt"
     richTextPath="internal://{{{S_HERAT.upper()}}}.docx">
   <PlainTextSelection guid="{{11111111-0000-4000-8000-0000000000F1}}" name="four" startPosition="{start}"
      endPosition="{start + len("چهار سرباز پیشین")}">
    <Description>four of them</Description>
    <Coding guid="{{22222222-0000-4000-8000-0000000000F1}}"><CodeRef targetGUID="{{{C_ACT.upper()}}}"/></Coding>
    <NoteRef targetGUID="{{{N2.upper()}}}"/>
   </PlainTextSelection>
  </TextSource>
  <TextSource guid="{S_KABUL}" name="Kabul (relative path)" plainTextPath="texts/kabul.txt"/>
 </Sources>
 <Notes>
  <Note guid="{{{N2.upper()}}}" name="Comment" plainTextPath="internal://note-2.txt"/>
  <Note guid="{N1}" name="Project memo"><PlainTextContent>A memo on the whole project.</PlainTextContent></Note>
 </Notes>
</Project>"""
    )
    members = {
        f"sources/{{{S_HERAT.upper()}}}.txt": b"\xef\xbb\xbf" + HERAT.encode("utf-8"),
        f"sources/{{{S_HERAT.upper()}}}.docx": b"PK not really a docx",
        "sources/note-2.txt": b"Seen by two witnesses.",
        "texts/kabul.txt": KABUL.encode("utf-8"),
    }
    return xml, members


def nvivo_like() -> str:
    """A text source with a whole-source coding, a picture, a PDF with a region selection, a case."""
    return (
        HEAD
        + f"""<Project {NS} name="NVivo project" origin="NVivo 14">
 <CodeBook><Codes><Code guid="{C_DET}" name="Detention" isCodable="true"/></Codes></CodeBook>
 <Sources>
  <TextSource guid="{S_KABUL}" name="Kabul">
   <PlainTextContent>{KABUL}</PlainTextContent>
   <PlainTextSelection guid="11111111-0000-4000-8000-0000000000c1" startPosition="19" endPosition="41">
    <Coding guid="22222222-0000-4000-8000-0000000000c1"><CodeRef targetGUID="{C_DET}"/></Coding>
   </PlainTextSelection>
   <Coding guid="22222222-0000-4000-8000-0000000000c2"><CodeRef targetGUID="{C_DET}"/></Coding>
  </TextSource>
  <PictureSource guid="5a1f0c1e-0000-4000-8000-0000000000d1" name="checkpoint.jpg" path="internal://x.jpg">
   <PictureSelection guid="11111111-0000-4000-8000-0000000000d2" firstX="1" firstY="1" secondX="9" secondY="9"/>
  </PictureSource>
  <PDFSource guid="5a1f0c1e-0000-4000-8000-0000000000e1" name="UN report.pdf" path="internal://r.pdf">
   <PDFSelection guid="11111111-0000-4000-8000-0000000000e2" page="2" firstX="1" firstY="1" secondX="9"
      secondY="9"/>
  </PDFSource>
 </Sources>
 <Cases><Case guid="3c000000-0000-4000-8000-000000000001" name="Respondent 1"/></Cases>
</Project>"""
    )


def codebook() -> str:
    return (
        HEAD
        + f"""<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="MAXQDA 2022">
 <Codes>
  <Code guid="{C_ROOT}" name="Violations" isCodable="true" color="#336699">
   <Code guid="{C_DET}" name="Detention" isCodable="true"><Description>held</Description></Code>
  </Code>
 </Codes>
</CodeBook>"""
    )


def write_qdpx(path: Path, project_xml: str, members: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", project_xml.encode("utf-8"))
        for name, data in (members or {}).items():
            archive.writestr(name, data)
    return path
