"""`fieldnotes events …`: list, add, suggest, export and compare events from the command line."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import EXIT_OK, EXIT_USAGE, Add, CommandError, open_notebook, report_progress

if TYPE_CHECKING:
    from desktop.events.suggest import SuggestedEvent
    from desktop.store.articles import Article
    from desktop.store.events import Event
    from desktop.store.notebook import Notebook

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


# -- values given on the command line ------------------------------------------------------------
def province_code(name: str) -> str:
    """The ISO code of a province given in any spelling ("Sar-i-Pul", "AF-SAR", "سرپل")."""
    from desktop.events.gazetteer import province_by_name

    place = province_by_name(name)
    if place is None or place.iso is None:
        raise CommandError(f"unknown province {name!r} (try its English name or ISO code, e.g. AF-BDS)")
    return place.iso


def country_code(name: str) -> str:
    from desktop.events.gazetteer import load_gazetteer

    place = load_gazetteer().lookup(name)
    if place is None or place.kind != "country" or place.iso is None:
        raise CommandError(f"unknown country {name!r} (use its ISO code, e.g. AF, IR, PK)")
    return place.iso


def event_type(name: str) -> str:
    """A type id, given as its id or its label ("killing" or "Killing / execution")."""
    from desktop.events import vocabulary

    for t in vocabulary.event_types():
        if name.casefold() in {t.id.casefold(), t.label.casefold()}:
            return t.id
    known = ", ".join(t.id for t in vocabulary.event_types())
    raise CommandError(f"unknown event type {name!r} (one of {known})")


def checked_date(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    if not _DATE.match(value):
        raise CommandError(f"{option} takes a date as YYYY, YYYY-MM or YYYY-MM-DD (not {value!r})")
    return value


def filters(args: argparse.Namespace) -> dict[str, str | None]:
    """The `nb.events.all` filters from --type --province --status --tag --from --to."""
    return {
        "type": event_type(args.type) if args.type else None,
        "province": province_code(args.province) if args.province else None,
        "status": args.status,
        "tag": args.tag,
        "date_from": checked_date(args.date_from, "--from"),
        "date_to": checked_date(args.date_to, "--to"),
    }


def listed(nb: Notebook, args: argparse.Namespace) -> list[Event]:
    """The events the filter options choose, --dates included (own, reported or undated)."""
    from desktop.export.events_table import date_kind

    events = nb.events.all(**filters(args))
    return [e for e in events if not args.dates or date_kind(e) == args.dates]


def describe(event: Event) -> str:
    from desktop.events.gazetteer import place_by_code
    from desktop.events.vague_counts import count_phrase

    province = place_by_code(event.province) if event.province else None
    where = ", ".join(x for x in (event.place, province.name if province else "", event.country) if x)
    count = count_phrase(event.count, event.count_qualifier, event.count_words)  # or "“dozens” (not counted)"
    when = (event.date_start or "?") + (" (reported)" if event.date_precision == "reported" else "")
    return (
        f"{event.id[:8]}  {when:21}  {event.type:13} {where or '—':28} "
        f"{count:>10}  {event.sources} source(s)  {event.perpetrator}"
    ).rstrip()


def event_dict(event: Any) -> dict[str, Any]:
    return {**event.__dict__, "evidence": list(event.evidence), "tags": list(event.tags),
            "articles": list(event.articles)}  # fmt: skip


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=1))


# -- commands ------------------------------------------------------------------------------------
def cmd_list(args: argparse.Namespace) -> int:
    with open_notebook(args) as nb:
        events = listed(nb, args)
        if args.json:
            print_json([event_dict(e) for e in events])
            return EXIT_OK
        for event in events:
            print(describe(event))
        print(f"{len(events)} event(s)", file=sys.stderr)
    return EXIT_OK


def _fields(args: argparse.Namespace) -> dict[str, Any]:
    from desktop.events.gazetteer import place_by_code

    fields: dict[str, Any] = {"type": event_type(args.type)}
    if args.province:
        fields["province"] = province_code(args.province)
        fields["country"] = place_by_code(fields["province"]).country  # type: ignore[union-attr]
    if args.country:
        fields["country"] = country_code(args.country)
    start, end = checked_date(args.date_start, "--date-start"), checked_date(args.date_end, "--date-end")
    if start:
        fields["date_start"] = start
        fields["date_precision"] = {4: "year", 7: "month"}.get(len(start), "day")
    if end:
        fields["date_end"] = end
    if args.precision:
        fields["date_precision"] = args.precision
    if args.count is not None:
        fields["count"] = args.count
    for name in ("place", "count_qualifier", "perpetrator", "victim_group", "status", "description"):
        if getattr(args, name) is not None:
            fields[name] = getattr(args, name)
    return fields


def passage_span(article: Article, passage: str) -> tuple[int, int]:
    """Where the exact passage is in the article's text (whitespace may differ)."""
    at = article.text.find(passage)
    if at >= 0:
        return at, at + len(passage)
    pattern = r"\s+".join(re.escape(word) for word in passage.split())
    found = re.search(pattern, article.text) if pattern else None
    if found is None:
        raise CommandError(f"the passage is not in article {article.id[:8]} ({article.title})")
    return found.start(), found.end()


def cmd_add(args: argparse.Namespace) -> int:
    if bool(args.article) != bool(args.passage):
        raise CommandError("--article and --passage go together (the exact words to annotate)", EXIT_USAGE)
    fields = _fields(args)
    with open_notebook(args) as nb:
        if args.evidence:
            event = nb.events.create(evidence=args.evidence, tags=args.tag or (), **fields)
        else:
            article = nb.article(args.article)
            start, end = passage_span(article, args.passage)
            event = nb.events.from_passage(article.id, start=start, end=end, tags=args.tag or (), **fields)
        if args.json:
            print_json(event_dict(event))
        else:
            print(f"added {describe(event)}")
            print(event.id, file=sys.stderr)
    return EXIT_OK


def selected(spec: str | None, total: int) -> list[int]:
    """Indexes (0-based) chosen by --accept: "all" or "1,3" (1-based, as printed)."""
    if not spec:
        return []
    if spec.strip().lower() == "all":
        return list(range(total))
    try:
        numbers = [int(n) for n in spec.split(",") if n.strip()]
    except ValueError:
        raise CommandError(f"--accept takes all or numbers such as 1,3 (not {spec!r})", EXIT_USAGE) from None
    wrong = [n for n in numbers if not 1 <= n <= total]
    if wrong:
        raise CommandError(f"there is no suggestion {wrong[0]} (there are {total})", EXIT_USAGE)
    return [n - 1 for n in dict.fromkeys(numbers)]


def suggestion_line(n: int, s: SuggestedEvent) -> str:
    from desktop.events.vague_counts import count_phrase

    d = s.to_dict()
    where = s.place or s.province or s.country or "?"
    count = f" ×{d['count']}" if d["count"] is not None else ""
    if s.uncounted:  # "dozens": no number, the source's words instead
        count = " " + count_phrase(None, s.uncounted, d["count_words"] or "")
    when = (d["date_start"] or "?") + (" (reported)" if s.date_precision == "reported" else "")
    sure = f"[{d['confidence']}]"
    return f"{n:3}. {sure:8} {s.type:13} {where:10} {when:10}{count}  «{s.passage[:70]}»"


def _sure_enough(suggestions: list[SuggestedEvent], least: str) -> list[SuggestedEvent]:
    """The suggestions at confidence `least` or surer (--min-confidence)."""
    from desktop.events.suggesting.confidence import LEVELS, at_least

    level = next(x for x in LEVELS if x == least)  # argparse allowed only these
    return [s for s in suggestions if at_least(s, level)]


def cmd_suggest(args: argparse.Namespace) -> int:
    if bool(args.article_id) == bool(args.all or args.query is not None):
        raise CommandError("name one article, or use --all or --query Q", EXIT_USAGE)
    if args.all and args.query is not None:
        raise CommandError("--all and --query do not go together", EXIT_USAGE)
    if not args.article_id:
        return suggest_batch(args)
    from desktop.events.suggest import suggest_events
    from desktop.events_batch import accept_suggestions

    with open_notebook(args) as nb:
        article = nb.article(args.article_id)
        suggestions = suggest_events(article.text, published=article.published, language=article.language)
        suggestions = _sure_enough(suggestions, args.min_confidence)
        chosen = [suggestions[i] for i in selected(args.accept, len(suggestions))]
        made = accept_suggestions(nb, article_id=article.id, suggestions=chosen)
        if args.json:
            print_json([s.to_dict() for s in suggestions])
        else:
            for n, s in enumerate(suggestions, 1):
                print(suggestion_line(n, s))
        print(f"{len(suggestions)} suggestion(s), {len(made)} accepted", file=sys.stderr)
    return EXIT_OK


def suggest_batch(args: argparse.Namespace) -> int:
    """`events suggest --all | --query Q`: suggestions per article, a progress line on stderr."""
    from desktop.events_batch import ArticleSuggestions, accept_suggestions, article_ids, suggest_in_articles
    from desktop.store.search import QuerySyntaxError

    if args.accept and args.accept.strip().lower() != "all":
        raise CommandError("with --all or --query, --accept takes only all", EXIT_USAGE)
    with open_notebook(args) as nb:
        try:
            ids = article_ids(nb, query=args.query)
        except QuerySyntaxError as exc:
            raise CommandError(str(exc), EXIT_USAGE) from exc
        quiet = args.json or not sys.stderr.isatty()
        found: list[ArticleSuggestions] = []
        for result in report_progress(suggest_in_articles(nb, ids), quiet=quiet):
            sure = _sure_enough(list(result.suggestions), args.min_confidence)
            result = replace(result, suggestions=tuple(sure))
            found.append(result)
            if result.suggestions and not args.json:
                print(f"{result.article_id[:8]}  {result.title}")
                for n, s in enumerate(result.suggestions, 1):
                    print(suggestion_line(n, s))
        accepted = sum(
            len(accept_suggestions(nb, article_id=r.article_id, suggestions=r.suggestions))
            for r in found
            if args.accept
        )
        if args.json:
            print_json([r.to_dict() for r in found if r.suggestions])
        total, recorded = sum(len(r.suggestions) for r in found), sum(r.recorded for r in found)
        articles = sum(1 for r in found if r.suggestions)
        print(
            f"{len(ids)} article(s) read, {total} suggestion(s) in {articles}, {accepted} accepted"
            + (f" ({recorded} already recorded, not shown)" if recorded else ""),
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.export import events_table
    from desktop.store import custody

    with open_notebook(args) as nb:
        items = events_table.gather(nb, listed(nb, args))
        dest = Path(args.output)
        try:
            events_table.write(items, dest, args.format)
        except OSError as exc:
            raise CommandError(f"cannot write {dest}: {exc.strerror or exc}") from exc
        with nb.transaction():
            custody.append(
                nb.db, actor=nb.author, action="export",
                details={"what": "events", "format": args.format, "file": dest.name, "events": len(items)},
            )  # fmt: skip
        print(f"exported {len(items)} event(s) to {dest}", file=sys.stderr)
    return EXIT_OK


def cmd_disagreements(args: argparse.Namespace) -> int:
    from desktop.events.disagreements import find_disagreements

    with open_notebook(args) as nb:
        found = find_disagreements(nb.events.all())
        if args.json:
            print_json(
                [
                    {"first": event_dict(d.first), "second": event_dict(d.second),
                     "fields": list(d.fields), "reason": d.reason}
                    for d in found
                ]
            )  # fmt: skip
            return EXIT_OK
        for d in found:
            print(f"{d.reason}:")
            for name in d.fields:
                print(f"  {name:13} {d.value(d.first, name)!s:24} vs {d.value(d.second, name)!s}")
            print(f"  events {d.first.id[:8]} and {d.second.id[:8]}")
        print(f"{len(found)} disagreement(s)", file=sys.stderr)
    return EXIT_OK


def run_guarded(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """An event the store refuses becomes a one-line message and exit code 1."""

    def guarded(args: argparse.Namespace) -> int:
        from desktop.store.events import EventError

        try:
            return func(args)
        except EventError as exc:
            raise CommandError(str(exc)) from exc

    return guarded


# -- the parser ----------------------------------------------------------------------------------
def _filter_options(p: argparse.ArgumentParser) -> None:
    from desktop.events import vocabulary

    p.add_argument("--type", help="only this event type (e.g. detention, killing)")
    p.add_argument("--province", help="only this province (any spelling or ISO code)")
    p.add_argument("--status", choices=vocabulary.choices("verification_statuses"))
    p.add_argument("--tag", help="only events with this tag (or a tag below it)")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="events ending on or after DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="events starting on or before DATE")
    p.add_argument(
        "--dates",
        choices=("own", "reported", "undated"),
        help="only events dated by their sources (own), by their article's date (reported), or undated",
    )


def _add_options(p: argparse.ArgumentParser) -> None:
    from desktop.events import vocabulary

    p.add_argument("--type", required=True, help="event type id or label (e.g. detention)")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--evidence", nargs="+", metavar="ANNOTATION_ID", help="existing annotations")
    source.add_argument("--article", metavar="ID", help="annotate a passage of this article (with --passage)")
    p.add_argument("--passage", help="the exact words of the passage in --article")
    p.add_argument("--province", help="province in any spelling, Dari or ISO code (Sar-i-Pul, AF-SAR)")
    p.add_argument("--country", help="country ISO code or name (default: the province's)")
    p.add_argument("--place", help="town, district or site")
    p.add_argument("--date-start", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")
    p.add_argument("--date-end", metavar="DATE")
    p.add_argument("--precision", choices=vocabulary.choices("date_precisions"))
    p.add_argument("--count", type=int, help="how many people")
    p.add_argument("--count-qualifier", choices=vocabulary.choices("count_qualifiers"))
    p.add_argument("--perpetrator")
    p.add_argument("--victim-group")
    p.add_argument("--status", choices=vocabulary.choices("verification_statuses"))
    p.add_argument("--description")
    p.add_argument("--tag", nargs="+", metavar="TAG", help="tags, e.g. Persecution/Detention")
    p.add_argument("--json", action="store_true", help="print the new event as JSON")


def register(add: Add) -> None:
    """Add the `events` command and its subcommands to the main parser."""
    from desktop.export.formats import EVENT_TABLE_FORMATS

    events = add("events", _usage, "Record, list, suggest, export and compare events backed by evidence.")
    sub = events.add_subparsers(dest="events_command", metavar="SUBCOMMAND")

    def command(name: str, func: Callable[[argparse.Namespace], int], text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=text, description=text)
        p.set_defaults(func=run_guarded(func))
        return p

    p = command("list", cmd_list, "List events, oldest first, optionally filtered.")
    _filter_options(p)
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p = command("add", cmd_add, "Record an event backed by annotations or by a passage of an article.")
    _add_options(p)
    p = command(
        "suggest",
        cmd_suggest,
        "Suggest events found in an article's text (or in all, or a search's, with --all / --query); "
        "--accept records them with their passages.",
    )
    p.add_argument("article_id", metavar="ARTICLE_ID", nargs="?", help="article id or a unique prefix")
    p.add_argument(
        "--all", action="store_true", help="look through every article (a progress line on stderr)"
    )
    p.add_argument("--query", metavar="Q", help="look through the articles this search finds")
    p.add_argument(
        "--json", action="store_true", help="print the suggestions as a JSON list (per article in a batch)"
    )
    p.add_argument(
        "--accept", metavar="all|1,3", help="record these suggestions (numbers as listed; a batch takes all)"
    )
    p.add_argument(
        "--min-confidence",
        choices=("high", "medium", "low"),
        default="low",
        help="list (and accept) only suggestions this sure or surer (default: all; see docs/EVENTS.md)",
    )
    p = command("export", cmd_export, "Export events as CSV (ACLED layout + evidence), JSON or GeoJSON.")
    p.add_argument("--format", choices=EVENT_TABLE_FORMATS, default="csv")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    _filter_options(p)
    p = command(
        "disagreements",
        cmd_disagreements,
        "Show events where sources give different counts or places for what looks like one event.",
    )
    p.add_argument("--json", action="store_true", help="print the pairs as JSON")
    events.set_defaults(events_parser=events)


def _usage(args: argparse.Namespace) -> int:
    args.events_parser.print_help(sys.stderr)
    return EXIT_USAGE
