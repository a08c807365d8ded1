"""`fieldnotes annotate, annotations, tags`: annotate passages and read annotations and the tag tree."""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import TYPE_CHECKING, Any

from desktop.cli.common import EXIT_OK, Add, CommandError, open_notebook

if TYPE_CHECKING:
    from desktop.store.annotations import Annotation
    from desktop.store.notebook import Notebook
    from desktop.store.tags import TagNode


# -- finding the quote ---------------------------------------------------------------------------
def quote_spans(text: str, quote: str) -> list[tuple[int, int]]:
    """Every place `quote` occurs in `text`, in order; whitespace may differ if it is not exact."""
    if not quote.strip():
        return []
    spans, at = [], text.find(quote)
    while at >= 0:
        spans.append((at, at + len(quote)))
        at = text.find(quote, at + 1)
    if spans:
        return spans
    loose = r"\s+".join(re.escape(word) for word in quote.split())
    return [m.span() for m in re.finditer(loose, text)]


def quote_span(text: str, quote: str, *, occurrence: int, where: str) -> tuple[int, int]:
    """The `occurrence`-th (1-based) place of `quote` in `text`, or a CommandError saying why not."""
    spans = quote_spans(text, quote)
    if not spans:
        raise CommandError(f"the quote is not in {where}")
    if not 1 <= occurrence <= len(spans):
        raise CommandError(f"the quote occurs {len(spans)} time(s) in {where}, not {occurrence}")
    return spans[occurrence - 1]


# -- shaping output ------------------------------------------------------------------------------
def annotation_dict(annotation: Annotation, *, title: str = "") -> dict[str, Any]:
    """What `annotations --json` and `annotate --json` print for one annotation."""
    a = annotation
    return {
        "id": a.id,
        "article": a.article_id,
        "title": title,
        "quote": a.exact,
        "start": a.start,
        "end": a.end,
        "prefix": a.prefix,
        "suffix": a.suffix,
        "tags": list(a.tags),
        "note": a.note,
        "color": a.color,
        "created": a.created,
        "modified": a.modified,
    }


def describe(annotation: Annotation) -> str:
    a = annotation
    tags = f"  [{', '.join(a.tags)}]" if a.tags else ""
    note = f"\n          note: {a.note}" if a.note else ""
    return f"{a.id[:8]}  {a.article_id[:8]} {a.start}-{a.end}  «{a.exact[:70]}»{tags}{note}"


def tree_dict(node: TagNode) -> dict[str, Any]:
    return {
        "name": node.name,
        "path": node.path,
        "id": node.tag.id if node.tag else None,
        "color": node.tag.color if node.tag else "",
        "description": node.tag.description if node.tag else "",
        "annotations": node.count,
        "children": [tree_dict(c) for c in node.children],
    }


def print_tree(nodes: list[TagNode], depth: int = 0) -> None:
    for node in nodes:
        implicit = "" if node.tag else "  (implicit)"
        print(f"{'  ' * depth}{node.name}  ({node.count}){implicit}")
        print_tree(node.children, depth + 1)


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=1))


# -- commands ------------------------------------------------------------------------------------
def cmd_annotate(args: argparse.Namespace) -> int:
    from desktop.store.errors import NotebookError

    with open_notebook(args) as nb:
        article = nb.article(args.article)
        where = f"article {article.id[:8]} ({article.title})"
        start, end = quote_span(article.text, args.quote, occurrence=args.occurrence, where=where)
        try:
            made = nb.annotations.create(
                article.id, start=start, end=end, note=args.note or "", tags=args.tag or ()
            )
        except NotebookError as exc:
            raise CommandError(str(exc)) from exc
        if args.json:
            print_json(annotation_dict(made, title=article.title))
        else:
            print(f"annotated {describe(made)}")
            print(made.id, file=sys.stderr)
    return EXIT_OK


def listed(nb: Notebook, *, article: str | None, tag: str | None) -> list[Annotation]:
    """Live annotations of live articles, by article then position, filtered by article and tag."""
    if tag:
        found = nb.tags.annotations_with(tag)
        if article:
            article_id = nb.article(article).id
            found = [a for a in found if a.article_id == article_id]
        return found
    if article:
        return nb.annotations.for_article(nb.article(article).id)
    rows = nb.article_rows(limit=max(1, nb.count_articles()), order="added")
    return [a for row in rows for a in nb.annotations.for_article(row.id)]


def cmd_annotations(args: argparse.Namespace) -> int:
    with open_notebook(args) as nb:
        found = listed(nb, article=args.article, tag=args.tag)
        if args.json:
            titles = nb.titles(sorted({a.article_id for a in found}))
            print_json([annotation_dict(a, title=titles.get(a.article_id, "")) for a in found])
            return EXIT_OK
        for annotation in found:
            print(describe(annotation))
        print(f"{len(found)} annotation(s)", file=sys.stderr)
    return EXIT_OK


def cmd_tags(args: argparse.Namespace) -> int:
    with open_notebook(args) as nb:
        tree = nb.tags.tree()
    if args.json:
        print_json([tree_dict(n) for n in tree])
    else:
        print_tree(tree)
    return EXIT_OK


# -- the parser ----------------------------------------------------------------------------------
def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("counts from 1")
    return number


def register(add: Add) -> None:
    """Add `annotate`, `annotations` and `tags` to the main parser."""
    p = add("annotate", cmd_annotate, "Annotate a passage of an article, given by its exact words.")
    p.add_argument("article", metavar="ARTICLE", help="article id or a unique prefix")
    p.add_argument("--quote", required=True, help="the exact words of the passage")
    p.add_argument(
        "--occurrence", type=_positive, default=1, metavar="N", help="the Nth place the quote occurs (1)"
    )
    p.add_argument(
        "--tag", action="append", metavar="PATH", help="a tag such as Violations/Detention (repeatable)"
    )
    p.add_argument("--note", help="a note on the passage")
    p.add_argument("--json", action="store_true", help="print the new annotation as JSON")
    p = add("annotations", cmd_annotations, "List annotations with their quote, position, tags and note.")
    p.add_argument("--article", metavar="ID", help="only this article's")
    p.add_argument("--tag", metavar="PATH", help="only those tagged PATH or a tag below it")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p = add("tags", cmd_tags, "Print the tag tree with the number of annotations under each tag.")
    p.add_argument("--json", action="store_true", help="print the tree as JSON")
