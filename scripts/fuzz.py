"""Fuzzers (`make fuzz`): Hypothesis-generated and mutated inputs for every reader of outside files.

Targets: the text, Markdown, HTML, PDF and DOCX readers; the reference readers (CSL-JSON, BibTeX,
RIS); the search query parser; the share reader (mutated payloads re-encrypted to the notebook's
key and merged, so the fuzz reaches the payload parser and the merge, not only age's MAC); the
REFI-QDA project reader (.qdpx archives and .qdc XML) and the W3C annotation reader. Each runs
for FUZZ_SECONDS (default 600). An input is fine when the target returns or raises the one-line
error it documents; anything else — another exception, more than 20 s on one input, memory past
2 GiB — is a finding: the input is saved under tests/fuzz_findings/ and the run goes on.

    FUZZ_SECONDS=600 python scripts/fuzz.py [TARGET…]      # all targets when none is named
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import os
import resource
import signal
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

FINDINGS = ROOT / "tests" / "fuzz_findings"
SLOW_SECONDS = 20
MEMORY_LIMIT = 2 * 2**30


class TooSlow(Exception):
    """One input took longer than SLOW_SECONDS."""


# -- seeds: small valid files each mutation starts from ------------------------------------------
def _seeds(tmp: Path) -> dict[str, list[bytes]]:
    from tests.ingest import hostile_samples
    from tests.ingest.samples import minimal_pdf, word_document

    docx = word_document(tmp / "seed.docx", paragraphs=["Detained in Kunduz on 3 June 2024.", "Second."])
    return {
        "text": [
            "گزارش بازداشت\n\nطالبان پنج سرباز پیشین را بازداشت کردند.".encode(),
            b"KABUL, 3 June 2024 (Fieldwire) - Report\n\nThe Taliban detained 12 soldiers.",
            "Title\n\n".encode("utf-16"),
        ],
        "markdown": [b"---\ntitle: Front\ndate: 2024-06-03\n---\n# Heading\n\n* a\n* b\n\n> quote [link](x)"],
        "html": [
            b'<html><head><meta charset="cp1256"><title>T</title><meta name="author" content="A">'
            b'<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-06-03"}'
            b"</script></head><body><article><p>Body text here.</p></article></body></html>"
        ],
        "pdf": [
            minimal_pdf([b"Body text", b"of the \x01le"], info=b"<< /Title (T) >>"),
            hostile_samples.scanned_pdf(),
        ],
        "docx": [docx.read_bytes(), hostile_samples.external_links_document(tmp)],
        "references": [
            b'[{"type":"article","title":"T","author":[{"family":"F"}],"issued":{"date-parts":[[2024,6]]}}]',
            b"@article{k, title={T}, author={F, G and H}, year={2024}, doi={10.1/x}}",
            b"TY  - JOUR\nTI  - T\nAU  - F, G\nPY  - 2024\nER  - \n",
        ],
        "query": [b'former soldiers "forced return"~3 AND date:[2023-01 TO 2024-06] tag:A/B Badakshan~ dep*'],
        "w3c": [
            json.dumps(
                {
                    "@context": "http://www.w3.org/ns/anno.jsonld",
                    "type": "Annotation",
                    "body": [{"type": "TextualBody", "value": "x", "purpose": "tagging"}],
                    "target": {
                        "source": "urn:sha256:" + "0" * 64,
                        "selector": [
                            {"type": "TextQuoteSelector", "exact": "q", "prefix": "p", "suffix": "s"},
                            {"type": "TextPositionSelector", "start": 1, "end": 2},
                        ],
                    },
                }
            ).encode()
        ],
    }


QDE = (
    b'<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="p">'
    b'<CodeBook><Codes><Code guid="c1" name="A" isCodable="true"><Code guid="c2" name="B"/></Code>'
    b'</Codes></CodeBook><Sources><TextSource guid="s1" name="one" plainTextPath="internal://s1.txt">'
    b'<PlainTextSelection guid="x1" startPosition="0" endPosition="4"><Coding guid="k1">'
    b'<CodeRef targetGUID="c2"/></Coding></PlainTextSelection></TextSource></Sources></Project>'
)


def _qdpx(project: bytes, text: bytes = b"Some source text.") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("project.qde", project)
        archive.writestr("sources/s1.txt", text)
    return out.getvalue()


# -- mutation ----------------------------------------------------------------------------------
_OPS = st.lists(
    st.tuples(
        st.sampled_from(["flip", "delete", "insert", "repeat", "truncate"]),
        st.integers(0, 2**31),
        st.binary(max_size=16),
    ),
    max_size=12,
)


def mutate(seed: bytes, ops: list[tuple[str, int, bytes]]) -> bytes:
    data = bytearray(seed)
    for op, where, extra in ops:
        at = where % (len(data) + 1)
        if op == "flip" and data:
            data[at % len(data)] ^= 1 << (where % 8)
        elif op == "delete":
            del data[at : at + 1 + where % 64]
        elif op == "insert":
            data[at:at] = extra
        elif op == "repeat":
            data[at:at] = bytes(data[at : at + 1 + where % 64]) * (2 + where % 50)
        elif op == "truncate":
            del data[at:]
    return bytes(data)


def inputs(seeds: list[bytes]) -> st.SearchStrategy[bytes]:
    mutated = st.builds(mutate, st.sampled_from(seeds), _OPS)
    return st.one_of(mutated, mutated, st.binary(max_size=4096))


# -- targets: each takes bytes and raises only its documented error ----------------------------
def _reader(suffix: str, tmp: Path) -> Callable[[bytes], None]:
    from desktop.ingest.draft import IngestError
    from desktop.ingest.reader import read_file

    path = tmp / f"input{suffix}"

    def run(data: bytes) -> None:
        path.write_bytes(data)
        try:
            read_file(path)
        except IngestError as exc:
            assert "\n" not in exc.problem, "a multi-line reason"

    return run


def _references(data: bytes) -> None:
    from desktop.ingest.references import parse_bibtex, parse_csl_json, parse_ris

    text = data.decode("utf-8", "replace")
    for parse in (parse_csl_json, parse_bibtex, parse_ris):
        with contextlib.suppress(ValueError):
            parse(text)


def _query(nb: object) -> Callable[[bytes], None]:
    from desktop.store.notebook import QuerySyntaxError

    def run(data: bytes) -> None:
        with contextlib.suppress(QuerySyntaxError):
            nb.search(data.decode("utf-8", "replace"), limit=5)  # type: ignore[attr-defined]

    return run


def _w3c(tmp: Path) -> Callable[[bytes], None]:
    from desktop.exchange.report import ExchangeError
    from desktop.exchange.w3c_read import read_file

    path = tmp / "input.jsonld"

    def run(data: bytes) -> None:
        path.write_bytes(data)
        with contextlib.suppress(ExchangeError):
            read_file(path)

    return run


def _qdpx_target(tmp: Path, *, archive: bool) -> Callable[[bytes], None]:
    from desktop.exchange import qdpx_read
    from desktop.exchange.report import ExchangeError

    path = tmp / ("input.qdpx" if archive else "input.qdc")

    def run(data: bytes) -> None:
        path.write_bytes(_qdpx(data) if archive and not data.startswith(b"PK") else data)
        with contextlib.suppress(ExchangeError):
            qdpx_read.read(path)

    return run


def _share(tmp: Path) -> tuple[Callable[[bytes], None], list[bytes]]:
    """Mutated share payloads, encrypted to the receiving notebook's key and merged into it."""
    import pyrage

    from desktop import cli
    from desktop.store.errors import NotebookError
    from desktop.store.notebook import Notebook
    from desktop.store.sharing import identity, receive

    alice, bob = tmp / "alice.fieldnotes", tmp / "bob.fieldnotes"
    for path in (alice, bob):
        cli.main(["new", str(path), "--no-passphrase"])
    article = tmp / "a.txt"
    article.write_text("Report\n\nThe Taliban detained 12 former soldiers in Kunduz.", encoding="utf-8")
    cli.main(["--notebook", str(alice), "import", str(article)])
    nb = Notebook.open(bob, None)
    with nb.transaction() as db:
        me = identity.ensure(db, author=nb.author, name="Bob")
    share = tmp / "to-bob.age"
    cli.main(["--notebook", str(alice), "contacts", "add", "Bob", me.card.text()])
    cli.main(["--notebook", str(alice), "share", "--to", "Bob", "-o", str(share)])
    payload = pyrage.decrypt(share.read_bytes(), [me.age_identity])
    recipient = pyrage.x25519.Recipient.from_str(me.card.age)
    path = tmp / "fuzzed.age"

    def run(data: bytes) -> None:
        path.write_bytes(pyrage.encrypt(data, [recipient]))
        with contextlib.suppress(NotebookError):
            receive(nb, path, accept_unverified=True)

    return run, [payload]


def targets(tmp: Path) -> dict[str, tuple[Callable[[bytes], None], list[bytes]]]:
    from desktop.store.notebook import Notebook

    seeds = _seeds(tmp)
    nb = Notebook.create(tmp / "query.fieldnotes", None)
    return {
        "text": (_reader(".txt", tmp), seeds["text"]),
        "markdown": (_reader(".md", tmp), seeds["markdown"]),
        "html": (_reader(".html", tmp), seeds["html"]),
        "pdf": (_reader(".pdf", tmp), seeds["pdf"]),
        "docx": (_reader(".docx", tmp), seeds["docx"]),
        "references": (_references, seeds["references"]),
        "query": (_query(nb), seeds["query"]),
        "share": (lambda data: None, []),  # built on first use: it needs two notebooks
        "qdpx": (_qdpx_target(tmp, archive=True), [_qdpx(QDE), QDE]),
        "qdc": (_qdpx_target(tmp, archive=False), [QDE]),
        "w3c": (_w3c(tmp), seeds["w3c"]),
    }


# -- running -------------------------------------------------------------------------------------
def _record(target: str, data: bytes, problem: str) -> str:
    FINDINGS.mkdir(parents=True, exist_ok=True)
    name = f"{target}-{hashlib.sha256(data).hexdigest()[:12]}"
    (FINDINGS / f"{name}.bin").write_bytes(data)
    (FINDINGS / f"{name}.txt").write_text(problem)
    return name


def fuzz(name: str, run: Callable[[bytes], None], seeds: list[bytes], seconds: float) -> dict[str, object]:
    findings: dict[str, str] = {}
    examples = 0

    def on_alarm(*_: object) -> None:
        raise TooSlow(f"more than {SLOW_SECONDS} s on one input")

    signal.signal(signal.SIGALRM, on_alarm)

    @settings(max_examples=200, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(inputs(seeds))
    def one(data: bytes) -> None:
        nonlocal examples
        examples += 1
        signal.alarm(SLOW_SECONDS)
        try:
            run(data)
        except Exception as exc:  # noqa: BLE001 - anything undocumented is what we look for
            kind = f"{type(exc).__name__}: {str(exc)[:200]}"
            where = traceback.extract_tb(exc.__traceback__)[-1]
            key = f"{kind.split(':')[0]} at {Path(where.filename).name}:{where.lineno}"
            if key not in findings:
                findings[key] = _record(name, data, f"{kind}\n{''.join(traceback.format_exception(exc))}")
                print(f"  {name}: finding {key} ({findings[key]})", flush=True)
        finally:
            signal.alarm(0)

    started = time.monotonic()
    while time.monotonic() - started < seconds:
        one()
    return {
        "target": name,
        "seconds": round(time.monotonic() - started),
        "examples": examples,
        "findings": findings,
    }


def main() -> int:
    seconds = float(os.environ.get("FUZZ_SECONDS", "600"))
    logging.disable(logging.WARNING)  # pdfminer and bibtexparser warn on every damaged input
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    os.environ.setdefault("FIELDNOTES_INDEX_WORKERS", "0")
    with tempfile.TemporaryDirectory(prefix="fieldnotes-fuzz-") as tmp:
        chosen = targets(Path(tmp))
        names = sys.argv[1:] or list(chosen)
        report = []
        for name in names:
            run, seeds = chosen[name]
            if name == "share":
                run, seeds = _share(Path(tmp))
            print(f"fuzzing {name} for {seconds:.0f} s", flush=True)
            result = fuzz(name, run, seeds, seconds)
            print(json.dumps(result), flush=True)
            report.append(result)
    return 1 if any(r["findings"] for r in report) else 0


if __name__ == "__main__":
    sys.exit(main())
