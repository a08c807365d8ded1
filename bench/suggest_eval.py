"""Score the event suggester against a hand-written key: precision, recall, dates, duplicates, pub. dates."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.resources import load_json  # noqa: E402

BENCH = Path(__file__).resolve().parent
KEY = BENCH / "evidence" / "key.json"
ARTICLES = BENCH / "evidence" / "articles"
SEEDS_KEY = BENCH / "events_answer_key.json"
SEEDS = BENCH.parent.parent / "shared" / "seeds"

PRECISIONS = frozenset({"day", "month", "year", "range", "reported", "approximate"})
QUALIFIERS = frozenset({"exact", "at least", "about"})
LANGUAGES = frozenset({"en", "fa", "ps"})
# How many characters of an ISO date each precision compares ("range" compares overlaps instead).
_COMPARED = {"day": 10, "reported": 10, "month": 7, "approximate": 7, "year": 4}


# ------------------------------------------------------------------ the key and its checks


def vocabulary() -> tuple[set[str], set[str], set[str]]:
    """Event type ids, province ISO codes and country ISO codes the key may use."""
    types = {t["id"] for t in load_json("event_types.json")["event_types"]}
    gazetteer = load_json("gazetteer.json")
    provinces = {p["iso"] for p in gazetteer["provinces"]}
    countries = {c["iso"] for c in gazetteer["countries"]}
    return types, provinces, countries


def parse_key_date(value: str) -> tuple[date, date]:
    """The first and last day a key date ("YYYY-MM-DD", "YYYY-MM" or "YYYY") covers; ValueError if invalid."""
    parts = value.split("-")
    if len(parts) == 1 and len(value) == 4:
        return date(int(value), 1, 1), date(int(value), 12, 31)
    if len(parts) == 2 and len(value) == 7:
        year, month = int(parts[0]), int(parts[1])
        first = date(year, month, 1)
        following = date(year + month // 12, month % 12 + 1, 1)
        return first, date.fromordinal(following.toordinal() - 1)
    if len(parts) == 3 and len(value) == 10:
        day = date.fromisoformat(value)
        return day, day
    raise ValueError(f"not a YYYY-MM-DD, YYYY-MM or YYYY date: {value!r}")


def _date_problems(where: str, event: dict[str, Any], published: str | None) -> list[str]:
    """What is wrong with one key event's dates."""
    problems = []
    precision = event.get("date_precision")
    if precision not in PRECISIONS:
        problems.append(f"{where}: unknown date_precision {precision!r}")
    for name in ("date_start", "date_end"):
        value = event.get(name)
        if value is not None:
            try:
                parse_key_date(value)
            except (ValueError, TypeError) as error:
                problems.append(f"{where}: {name}: {error}")
    if precision == "reported" and event.get("date_start") != published:
        problems.append(f"{where}: precision 'reported' needs date_start = the published date {published!r}")
    if precision == "range" and (event.get("date_start") is None or event.get("date_end") is None):
        problems.append(f"{where}: precision 'range' needs date_start and date_end")
    if precision not in ("range", "reported") and event.get("date_start") is None:
        problems.append(f"{where}: precision {precision!r} needs a date_start")
    return problems


def _event_problems(where: str, event: dict[str, Any], text: str, published: str | None) -> list[str]:
    """What is wrong with one key event: quote, type, place, count, dates."""
    types, provinces, countries = vocabulary()
    problems = []
    if not event.get("quote") or event["quote"] not in text:
        problems.append(f"{where}: quote not found in the article: {str(event.get('quote'))[:70]!r}")
    if event.get("type") not in types:
        problems.append(f"{where}: unknown event type {event.get('type')!r}")
    province = event.get("province")
    if province is not None and province not in provinces:
        problems.append(f"{where}: unknown province code {province!r}")
    if event.get("country") not in countries:
        problems.append(f"{where}: unknown country code {event.get('country')!r}")
    if province is not None and event.get("country") != "AF":
        problems.append(f"{where}: an Afghan province with country {event.get('country')!r}")
    count, qualifier = event.get("count"), event.get("count_qualifier")
    if count is not None and (not isinstance(count, int) or isinstance(count, bool) or count <= 0):
        problems.append(f"{where}: count must be a positive integer, not {count!r}")
    if (count is None) != (qualifier is None) or (qualifier is not None and qualifier not in QUALIFIERS):
        problems.append(f"{where}: count_qualifier {qualifier!r} does not fit count {count!r}")
    return problems + _date_problems(where, event, published)


def key_problems(key: dict[str, Any], articles: Path) -> list[str]:
    """Everything malformed in an answer key whose articles are in `articles`; empty if well formed."""
    problems = []
    for name, entry in sorted(key.get("articles", {}).items()):
        path = articles / name
        if not path.is_file():
            problems.append(f"{name}: no such article in {articles}")
            continue
        text = path.read_text(encoding="utf-8")
        published = entry.get("published")
        if published is not None:
            try:
                parse_key_date(published)
            except (ValueError, TypeError) as error:
                problems.append(f"{name}: published: {error}")
        if entry.get("language") not in LANGUAGES:
            problems.append(f"{name}: unknown language {entry.get('language')!r}")
        for number, event in enumerate(entry.get("events", []), start=1):
            problems += _event_problems(f"{name} event {number}", event, text, published)
        for number, aside in enumerate(entry.get("not_events", []), start=1):
            if aside.get("quote") not in text:
                quote = str(aside.get("quote"))[:70]
                problems.append(f"{name} not_event {number}: quote not found in the article: {quote!r}")
    return problems


def seeds_key() -> dict[str, Any]:
    """The older seeds key (place = province or country code) in the shape of the evidence key."""
    old = json.loads(SEEDS_KEY.read_text(encoding="utf-8"))
    articles: dict[str, Any] = {}
    for name, events in old["articles"].items():
        converted = []
        for event in events:
            province = event["place"] if event["place"].startswith("AF-") else None
            count = event.get("count")
            converted.append({
                "type": event["type"], "province": province, "country": "AF" if province else event["place"],
                "count": count, "count_qualifier": None if count is None else "exact",
                "date_start": None, "date_precision": None, "quote": event.get("note", ""),
            })  # fmt: skip
        articles[name] = {"language": "en", "events": converted, "not_events": []}  # no published date keyed
    return {"about": old["about"], "articles": articles}


# ------------------------------------------------------------------ matching and scoring


def matches(expected: dict[str, Any], event: Any) -> bool:
    """Same type; same province (or, when the key has none, no province and the same country);
    the same count when the key states one."""
    if event.type != expected["type"]:
        return False
    if expected["province"] is not None:
        if event.province != expected["province"]:
            return False
    elif event.province is not None or event.country != expected["country"]:
        return False
    if expected.get("count") is None:
        return True
    return event.count is not None and event.count.value == expected["count"]


def _candidates(expected: dict[str, Any], events: Sequence[Any]) -> list[int]:
    """The suggestions that match a key event, those that also date it right first."""
    found = [e for e, event in enumerate(events) if matches(expected, event)]
    dated = bool(expected.get("date_precision"))
    return sorted(found, key=lambda e: not (dated and date_correct(expected, events[e])))


def pair(key: Sequence[dict[str, Any]], events: Sequence[Any]) -> dict[int, int]:
    """A maximum one-to-one matching of key events to suggestions (augmenting paths): suggestion → key."""
    owner: dict[int, int] = {}
    # Candidates with the right date first: among matchings of the same size, prefer one that
    # pairs a key event with the suggestion that also dates it right.
    candidates = [_candidates(expected, events) for expected in key]

    def claim(k: int, seen: set[int]) -> bool:
        for e in candidates[k]:
            if e not in seen:
                seen.add(e)
                if e not in owner or claim(owner[e], seen):
                    owner[e] = k
                    return True
        return False

    for k in range(len(key)):
        claim(k, set())
    return owner


def _iso(value: Any) -> str | None:
    """A suggested date as ISO text ("2024-06-09"), whatever type the suggester used."""
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def date_correct(expected: dict[str, Any], event: Any) -> bool:
    """Whether the suggestion dates the event as the key does, at the key's precision.

    day/reported compare the day, month/approximate the month, year the year; range: the suggested
    dates overlap the key's range. A key without a date wants a suggestion without one.
    """
    start = _iso(getattr(event, "date_start", None))
    if expected["date_start"] is None:
        return start is None
    if start is None:
        return False
    precision = expected["date_precision"]
    if precision != "range":
        width = _COMPARED.get(precision, 10)
        return start[:width] == expected["date_start"][:width]
    end = _iso(getattr(event, "date_end", None)) or start
    try:
        low, high = parse_key_date(expected["date_start"])[0], parse_key_date(expected["date_end"])[1]
        first, last = parse_key_date(start[:10])[0], parse_key_date(end[:10])[1]
    except ValueError:
        return False
    return first <= high and last >= low


@dataclass
class ArticleScore:
    """What the suggester did on one article."""

    name: str
    language: str
    key_events: int
    suggestions: int
    matched: int
    dated: int
    dates_right: int
    duplicates: int
    published_key: str | None
    published_found: str | None
    published_keyed: bool
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    wrong_dates: list[str] = field(default_factory=list)
    error: str = ""
    by_confidence: dict[str, list[int]] = field(default_factory=dict)  # level → [suggestions, matched]

    @property
    def published_right(self) -> bool:
        return self.published_key == self.published_found


def describe(event: Any) -> str:
    """One line for a suggestion: type, place, count, date and its passage."""
    count = f" {event.count.qualifier} {event.count.value}" if getattr(event, "count", None) else ""
    when = _iso(getattr(event, "date_start", None)) or "no date"
    precision = getattr(event, "date_precision", "")
    passage = " ".join(str(getattr(event, "passage", "")).split())[:160]
    return f"{event.type} {event.province or event.country}{count} {when} ({precision}) «{passage}»"


def describe_key(expected: dict[str, Any]) -> str:
    """One line for a key event."""
    count = f" {expected['count_qualifier']} {expected['count']}" if expected.get("count") else ""
    place = expected["province"] or expected["country"]
    when = f"{expected['date_start']} ({expected['date_precision']})"
    return f"{expected['type']} {place}{count} {when} «{expected['quote'][:120]}»"


def _aside_for(event: Any, asides: list[dict[str, Any]]) -> str:
    """The key's not-event note an extra suggestion falls on, if any."""
    passage = str(getattr(event, "passage", ""))
    for aside in asides:
        if aside["quote"] in passage or (passage and passage.strip() in aside["quote"]):
            return f"  ← not an event ({aside['case']}: {aside['note']})"
    return ""


def score_article(name: str, entry: dict[str, Any], events: list[Any], found: str | None) -> ArticleScore:
    """Match one article's suggestions to its key events and count what was right and wrong."""
    key = entry["events"]
    owner = pair(key, events)
    matched_keys = set(owner.values())
    keyed = "published" in entry
    score = ArticleScore(name, entry["language"], len(key), len(events), len(owner), 0, 0, 0,
                         entry.get("published"), found, keyed)  # fmt: skip
    for e, k in owner.items():
        if key[k].get("date_precision") is None:  # the seeds key has no dates
            continue
        score.dated += 1
        if date_correct(key[k], events[e]):
            score.dates_right += 1
        else:
            score.wrong_dates.append(f"key {describe_key(key[k])}\n        got {describe(events[e])}")
    for e, event in enumerate(events):
        if e in owner:
            continue
        if any(matches(key[k], event) for k in matched_keys):
            score.duplicates += 1
            score.extra.append("duplicate: " + describe(event))
        else:
            score.extra.append(describe(event) + _aside_for(event, entry.get("not_events", [])))
    score.missed = [describe_key(key[k]) for k in range(len(key)) if k not in matched_keys]
    for e, event in enumerate(events):
        level = _level(event)
        if level:
            tally = score.by_confidence.setdefault(level, [0, 0])
            tally[0] += 1
            tally[1] += e in owner
    return score


def _level(event: Any) -> str | None:
    """The suggestion's confidence level, when the suggester gives one."""
    as_dict = getattr(event, "to_dict", None)
    return as_dict().get("confidence") if callable(as_dict) else None


# ------------------------------------------------------------------ reading the articles as the importer does


def published_of(csl: dict[str, Any]) -> tuple[str | None, date | None]:
    """The draft's CSL `issued` as key text ("2024-06-18", "2024-09") and as a day for the suggester."""
    try:
        parts = [int(p) for p in csl["issued"]["date-parts"][0]]
    except (KeyError, IndexError, TypeError, ValueError):
        return None, None
    text = "-".join([f"{parts[0]:04d}", *(f"{p:02d}" for p in parts[1:3])])
    try:
        day = date(*parts[:3]) if len(parts) >= 3 else None
    except ValueError:
        return text, None
    return text, day


Suggest = Callable[..., list[Any]]


def run_article(path: Path, entry: dict[str, Any], suggest: Suggest) -> ArticleScore:
    """Read `path` with the importer's reader, run the suggester on it, score it against `entry`."""
    from desktop.ingest.reader import read_file

    draft = read_file(path)
    found, published = published_of(draft.csl)
    try:
        events = list(suggest(draft.text, published=published, language=draft.language))
    except Exception as error:  # a crash is a result to report (no suggestions), not the end of the run
        score = score_article(path.name, entry, [], found)
        score.error = f"{type(error).__name__}: {error}"
        return score
    return score_article(path.name, entry, events, found)


# ------------------------------------------------------------------ reporting


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def totals(scores: list[ArticleScore]) -> dict[str, Any]:
    """The summary numbers over a list of article scores."""
    key_events = sum(s.key_events for s in scores)
    suggestions = sum(s.suggestions for s in scores)
    matched = sum(s.matched for s in scores)
    keyed = [s for s in scores if s.published_keyed]
    sums = {}
    for level in ("high", "medium", "low"):
        tallies = [s.by_confidence.get(level, [0, 0]) for s in scores]
        sums[level] = (sum(t[0] for t in tallies), sum(t[1] for t in tallies))
    return {
        "articles": len(scores),
        "key_events": key_events,
        "suggestions": suggestions,
        "matched": matched,
        "precision": _share(matched, suggestions),
        "recall": _share(matched, key_events),
        "dates": _share(sum(s.dates_right for s in scores), sum(s.dated for s in scores)),
        "duplicates": sum(s.duplicates for s in scores),
        "publication_dates": _share(sum(s.published_right for s in keyed), len(keyed)),
        "crashed": [s.name for s in scores if s.error],
        "by_confidence": {
            level: {"suggestions": n, "matched": m, "precision": _share(m, n)}
            for level, (n, m) in sums.items()
            if n
        },
    }


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def print_table(scores: list[ArticleScore], verbose: bool) -> None:
    """Per-article rows, then totals overall and by language; with `verbose`, what went wrong where."""
    print(f"{'article':40} {'lang':4} {'key':>4} {'sugg':>4} {'match':>5} {'dates':>5} {'dup':>4}", end="")
    print("  published (key / found)")
    for s in scores:
        mark = ("ok" if s.published_right else "WRONG") if s.published_keyed else "(not keyed)"
        print(
            f"{s.name[:40]:40} {s.language:4} {s.key_events:4d} {s.suggestions:4d} {s.matched:5d} "
            f"{s.dates_right:5d} {s.duplicates:4d}  {s.published_key} / {s.published_found} {mark}"
        )
    print()
    groups = [("all", scores), ("en", [s for s in scores if s.language == "en"])]
    groups.append(("fa+ps", [s for s in scores if s.language in ("fa", "ps")]))
    print(
        f"{'set':6} {'key':>4} {'sugg':>4} {'match':>5} {'precision':>9} {'recall':>6} {'dates':>6}", end=""
    )
    print(f" {'dup':>4} {'pub.dates':>9}")
    for label, group in groups:
        if not group:
            continue
        t = totals(group)
        counts = f"{label:6} {t['key_events']:4d} {t['suggestions']:4d} {t['matched']:5d}"
        shares = f"{_fmt(t['precision']):>9} {_fmt(t['recall']):>6} {_fmt(t['dates']):>6}"
        print(f"{counts} {shares} {t['duplicates']:4d} {_fmt(t['publication_dates']):>9}")
    levels = totals(scores)["by_confidence"]
    if levels:
        shown = [f"{k} {v['matched']}/{v['suggestions']} ({_fmt(v['precision'])})" for k, v in levels.items()]
        print("precision by confidence:", ", ".join(shown))
    for s in scores:
        if s.error:
            print(f"the suggester crashed on {s.name} (counted as no suggestions): {s.error}")
    if verbose:
        for s in scores:
            if not (s.missed or s.extra or s.wrong_dates or (s.published_keyed and not s.published_right)):
                continue
            print(f"\n== {s.name}")
            if s.published_keyed and not s.published_right:
                print(f"  published: key {s.published_key}, found {s.published_found}")
            for line in s.missed:
                print(f"  missed  {line}")
            for line in s.extra:
                print(f"  extra   {line}")
            for line in s.wrong_dates:
                print(f"  date    {line}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--key", type=Path, default=KEY, help="answer key (default: bench/evidence/key.json)")
    parser.add_argument("--articles", type=Path, default=ARTICLES, help="folder of the key's articles")
    seeds_help = "score the older key bench/events_answer_key.json on the seed articles (folder) instead"
    parser.add_argument("--seeds", nargs="?", type=Path, const=SEEDS, default=None, help=seeds_help)
    verbose_help = "per article: missed key events, extra suggestions, wrong dates"
    parser.add_argument("-v", "--verbose", action="store_true", help=verbose_help)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    if args.seeds is not None:
        key, folder = seeds_key(), args.seeds
    else:
        key, folder = json.loads(args.key.read_text(encoding="utf-8")), args.articles
        problems = key_problems(key, folder)
        if problems:
            print(f"the answer key {args.key} is malformed:", *problems, sep="\n  ", file=sys.stderr)
            return 1
    from desktop.events.suggest import suggest_events

    articles = sorted(key["articles"].items())
    scores = [run_article(folder / name, entry, suggest_events) for name, entry in articles]
    if args.json:
        per_article = {s.name: s.__dict__ | {"published_right": s.published_right} for s in scores}
        report = {"overall": totals(scores), "articles": per_article}
        print(json.dumps(report, indent=1, ensure_ascii=False))
    else:
        print_table(scores, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
