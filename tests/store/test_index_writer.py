"""The fast indexing path writes what whoosh's own path writes, so nothing found before is lost."""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.fields import TEXT
from whoosh.formats import Positions
from whoosh.index import FileIndex
from whoosh.qparser import FuzzyTermPlugin, MultifieldParser
from whoosh.util.numeric import byte_to_length, length_to_byte

from desktop.store.search.analysis import PER_TOKEN_LOWER, TOKEN_PATTERN, text_analyzer
from desktop.store.search.schema import FastText, IndexDoc, build_schema, document_fields, encode_positions
from desktop.store.search.storage import MemoryStorage
from desktop.store.search.writer import new_writer

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
WORDS = [
    "the",
    "Taliban",
    "detained",
    "fifteen",
    "former",
    "soldiers",
    "in",
    "Badakhshan",
    "province",
    "relatives",
    "say",
    "they",
    "were",
    "tortured",
    "custody",
    "İstanbul",
    "café",
    "naïve",
    "ﬁnance",
    "طالبان",
    "در",
    "ولایت",
    "بدخشان",
    "پانزده",
    "سرباز",
    "پیشین",
    "را",
    "بازداشت",
    "کردند",
    "می\u200cگویند",
    "يك",
    "كتاب",
    "۱۴۰۲",
    "and",
    "of",
    "a",
    "to",
]


def synthetic_docs(count: int, seed: int = 7) -> list[IndexDoc]:
    rng = random.Random(seed)
    samples = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("0*"))]
    docs = []
    for i in range(count):
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 400)))
        if i % 7 == 0:
            body += "\n" + samples[i % len(samples)]
        docs.append(
            IndexDoc(
                id=f"doc{i:04d}",
                title=" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 8))),
                body=body,
                author=rng.choice(["Sima Rahimi", "", "احمد"]),
                outlet=rng.choice(["Amu TV", "Hasht-e Subh", ""]),
                tags=("violence/detention", "place") if i % 3 else (),
                date=datetime(2024, 1 + i % 12, 1 + i % 28) if i % 5 else None,
                language="fa" if i % 4 == 0 else "en",
            )
        )
    return docs


def build(
    docs: list[IndexDoc], *, fast: bool, min_compress: int = 0, protocol: int = 2, batch: int = 60
) -> MemoryStorage:
    """Index `docs` in batches (no merges) and delete two. The fast writer with min_compress 0 and
    protocol 2 writes blocks as whoosh does."""
    storage = MemoryStorage()
    ix = FileIndex.create(storage, build_schema(), "MAIN")

    def writer() -> Any:
        if fast:
            return new_writer(ix, compound=False, min_compress=min_compress, protocol=protocol)
        return ix.writer(compound=False)

    for start in range(0, len(docs), batch):
        w = writer()
        for doc in docs[start : start + batch]:
            w.add_document(**document_fields(doc))
        if start == batch:
            w.delete_by_term("id", docs[3].id)
            w.delete_by_term("id", docs[batch + 1].id)
        w.commit(merge=False)
    return storage


def merge_all(storage: MemoryStorage, *, fast: bool, min_compress: int = 0, protocol: int = 2) -> None:
    ix = FileIndex(storage, schema=build_schema(), indexname="MAIN")
    if fast:
        w = new_writer(ix, compound=False, min_compress=min_compress, protocol=protocol)
    else:
        w = ix.writer(compound=False)
    w.commit(optimize=True)


def segment_files(storage: MemoryStorage) -> dict[str, list[bytes]]:
    """Every segment file's bytes by extension (segment names are random)."""
    files: dict[str, list[bytes]] = {}
    for name in storage.list():
        if name.startswith("MAIN_"):
            files.setdefault(name.split(".", 1)[1], []).append(storage.open_file(name).read())
    return {ext: sorted(contents) for ext, contents in files.items()}


def all_postings(storage: MemoryStorage) -> list[tuple[Any, ...]]:
    ix = FileIndex(storage, schema=build_schema(), indexname="MAIN")
    with ix.reader() as reader:
        return list(reader.iter_postings())


def test_segments_are_byte_for_byte_whooshs_own() -> None:
    docs = synthetic_docs(180)
    plain, fast = build(docs, fast=False), build(docs, fast=True)
    assert segment_files(fast) == segment_files(plain)
    assert len(segment_files(plain)["pst"]) == 3


def term_stats(storage: MemoryStorage) -> dict[tuple[str, bytes], tuple[Any, ...]]:
    """Each term's statistics as the reader sees them (the total weight rounded: blocks differ)."""
    ix = FileIndex(storage, schema=build_schema(), indexname="MAIN")
    stats = {}
    with ix.reader() as reader:
        for field, text in reader.all_terms():
            info = reader.term_info(field, text)
            stats[field, text] = (
                info.doc_frequency(),
                info.min_length(),
                info.max_length(),
                info.max_weight(),
                info.min_id(),
                info.max_id(),
                round(info.weight(), 3),
            )
    return stats


def test_merging_keeps_every_posting_and_statistic() -> None:
    docs = synthetic_docs(180)
    plain, fast = build(docs, fast=False), build(docs, fast=True)
    merge_all(plain, fast=False)
    merge_all(fast, fast=True)
    files = segment_files(fast)
    assert len(files["pst"]) == 1  # one segment, the deleted documents gone
    assert files == segment_files(plain)
    assert all_postings(fast) == all_postings(plain)
    assert term_stats(fast) == term_stats(plain)


def test_merging_segments_without_deletions_between_new_documents() -> None:
    docs = synthetic_docs(150)
    plain, fast = build(docs[:140], fast=False), build(docs[:140], fast=True)
    for storage, is_fast in ((plain, False), (fast, True)):
        ix = FileIndex(storage, schema=build_schema(), indexname="MAIN")
        w = (
            new_writer(ix, compound=False, min_compress=0, protocol=2)
            if is_fast
            else ix.writer(compound=False)
        )
        for doc in docs[140:]:  # new documents before and after the merged ones share terms
            w.add_document(**document_fields(doc))
        w.commit(optimize=True)
    assert segment_files(fast) == segment_files(plain)
    assert all_postings(fast) == all_postings(plain)
    assert term_stats(fast) == term_stats(plain)
    schema = build_schema()
    parser = MultifieldParser(["title", "body"], schema)
    for storage in (plain, fast):
        ix = FileIndex(storage, schema=schema, indexname="MAIN")
        with ix.searcher() as searcher:
            hits = searcher.search(parser.parse('"former soldiers" OR taliban'), limit=None)
            assert len(hits) > 20


def test_the_apps_block_format_holds_the_same_postings_and_ranking() -> None:
    # small blocks uncompressed, blocks pickled with protocol 3: plain whoosh reads them alike
    docs = synthetic_docs(180)
    plain, fast = build(docs, fast=False), build(docs, fast=True, min_compress=256, protocol=3)
    assert segment_files(fast)["pst"] != segment_files(plain)["pst"]  # the settings changed something
    assert all_postings(fast) == all_postings(plain)
    assert term_stats(fast) == term_stats(plain)
    merge_all(plain, fast=False)
    merge_all(fast, fast=True, min_compress=256, protocol=3)
    assert term_stats(fast) == term_stats(plain)
    assert all_postings(fast) == all_postings(plain)
    schema = build_schema()
    parser = MultifieldParser(["title", "body", "author", "outlet"], schema)
    parser.add_plugin(FuzzyTermPlugin())
    queries = ['"former soldiers"', "detain*", "بدخشان", "tag:violence", "Badakhshan OR café", "badakshan~"]
    for text in queries:
        results = []
        for storage in (plain, fast):
            ix = FileIndex(storage, schema=schema, indexname="MAIN")
            with ix.searcher() as searcher:
                hits = searcher.search(parser.parse(text), limit=20)
                results.append((len(hits), [(h["id"], round(h.score, 5)) for h in hits]))
        assert results[0] == results[1], text
        assert results[0][0] > 0, text


@pytest.mark.parametrize("field", ["title", "body", "author", "outlet"])
def test_fast_field_indexes_the_samples_as_the_analyzer_does(field: str) -> None:
    fast = build_schema()[field]
    reference = TEXT(analyzer=text_analyzer(), field_boost=fast.format.field_boost)
    assert isinstance(fast, FastText)
    for path in sorted(SAMPLES.glob("0*")):
        text = path.read_text(encoding="utf-8")
        assert sorted(fast.index(text)) == sorted(reference.index(text)), path.name


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*WORDS, "", " ", "\u200c", "\u0640", "\u064b", "İ", "ß", "ς", "Σ", "ΟΔΟΣ", "-", "\n", "THE"]
        ),
        max_size=40,
    )
)
def test_fast_field_matches_the_analyzer_on_any_text(pieces: list[str]) -> None:
    text = "".join(p + (" " if i % 3 else "") for i, p in enumerate(pieces))
    fast = build_schema()["body"]
    reference = TEXT(analyzer=text_analyzer())
    assert sorted(fast.index(text)) == sorted(reference.index(text))


def test_lowering_a_whole_text_splits_and_cases_it_as_lowering_each_token() -> None:
    """index_terms lowers a text whole unless it has a PER_TOKEN_LOWER character: no other code
    point lowers to more than one character or to one the token pattern takes differently (Σ is
    there because it lowers by what follows it)."""
    unsafe = []
    for point in range(sys.maxunicode + 1):
        char = chr(point)
        lower = char.lower()
        if lower != char and (
            len(lower) != 1 or bool(TOKEN_PATTERN.fullmatch(char)) != bool(TOKEN_PATTERN.fullmatch(lower))
        ):
            unsafe.append(char)
    assert unsafe == ["\u0130"]
    assert PER_TOKEN_LOWER.pattern == "[\u0130\u03a3]"


@pytest.mark.parametrize("text", ["ΟΔΟΣ ΚΑΙ ΣΟΦΙΑ", "ΣΣ_Σ Σ.", "İstanbul İİ x", "Ünïcode café ΣΟΦΟΣ"])
def test_fast_field_matches_the_analyzer_on_text_lowered_token_by_token(text: str) -> None:
    fast = build_schema()["body"]
    reference = TEXT(analyzer=text_analyzer())
    assert sorted(fast.index(text)) == sorted(reference.index(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=200_000), min_size=1, max_size=300, unique=True))
def test_positions_encode_as_whoosh_encodes_them(positions: list[int]) -> None:
    positions.sort()
    assert encode_positions(positions) == Positions().encode(positions)


def test_postings_out_of_document_order_are_refused_not_written() -> None:
    ix = FileIndex.create(MemoryStorage(), build_schema(), "MAIN")
    writer = new_writer(ix, compound=False)
    for doc in synthetic_docs(6):
        writer.add_document(**document_fields(doc))
    writer.pool.add(("body", b"taliban", 0, 1.0, encode_positions([0])))  # doc 0 after docs 1-5
    with pytest.raises(ValueError, match="out of document order"):
        writer.commit()


def test_a_field_length_byte_read_back_encodes_to_itself() -> None:
    # index_emit stores the term info's shortest and longest lengths straight from these bytes
    assert all(length_to_byte(byte_to_length(b)) == b for b in range(256))


def test_a_term_file_past_64_kib_is_still_whooshs_own() -> None:
    # the term file's position index outgrows 16-bit entries part way through a field
    rng = random.Random(3)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(9)) for _ in range(4000)]
    docs = [
        IndexDoc(id=f"w{i}", title=words[i], body=" ".join(rng.choice(words) for _ in range(60)))
        for i in range(200)
    ]
    plain, fast = build(docs, fast=False, batch=200), build(docs, fast=True, batch=200)
    files = segment_files(fast)
    assert max(len(data) for data in files["trm"]) > 2**16
    assert files == segment_files(plain)
