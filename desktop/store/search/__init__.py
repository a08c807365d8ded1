"""The search engine: a whoosh-compatible, score-identical full-text index stored inside the notebook.

It knows nothing of articles or Qt. The records talk to it through this module only: `SearchIndex`
(create, add, delete, search, read_ahead, did_you_mean, ids, clear for a rebuild), the document shape
`IndexDoc`, and for bulk imports the segment builder (`start_indexing`, `index_documents`,
`SegmentBuilder`, `BuiltSegment`: segments built in worker processes, stored by the caller's
transaction; `merge_leftovers` after an import). The rest of the package (schema, writer, merging,
storage, postings, scoring, snippets) is internal; swapping the engine means replacing this package
behind the same names.
"""

from desktop.store.search.builder import (
    BuiltSegment,
    SegmentBuilder,
    index_documents,
    merge_leftovers,
    start_indexing,
)
from desktop.store.search.schema import IndexDoc
from desktop.store.search.searcher import (
    INDEX_NAME,
    Hit,
    QuerySyntaxError,
    SearchCancelled,
    SearchIndex,
    SearchResult,
    strip_markers,
)

__all__ = [
    "INDEX_NAME", "BuiltSegment", "Hit", "IndexDoc", "QuerySyntaxError", "SearchCancelled", "SearchIndex",
    "SearchResult", "SegmentBuilder", "index_documents", "merge_leftovers", "start_indexing", "strip_markers",
]  # fmt: skip
