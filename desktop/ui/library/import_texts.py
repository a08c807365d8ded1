"""What an import's results say in the interface language: the report's summary and its line per
file (with why a file was skipped or failed), a REFI-QDA project's counts, and the status line.

The importer (desktop/importer.py) writes English for the command line; a reason it gives is a
core message (desktop/ui/common/core_messages.py, the "import" section) translated here, and a
project's line is made again from its records, so that its counts follow the interface's plurals.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from desktop.exchange.report import PRESENT, SKIPPED, STORED
from desktop.importer import PROJECT_SUFFIXES, ImportResult, count_outcomes
from desktop.ui.common.core_messages import RLM, core_text, template_of
from desktop.ui.common.local_format import isolate, number

translate = QCoreApplication.translate


class ImportCounts(QObject):
    """The texts with a count (plural forms): lupdate takes their context from this class."""

    def kind(self, kind: str, n: int) -> str:
        if kind == "source":
            return self.tr("%n source(s)", "", n)
        if kind == "code":
            return self.tr("%n code(s)", "", n)
        if kind == "annotation":
            return self.tr("%n annotation(s)", "", n)
        return self.tr("%n other record(s)", "", n)

    def skipped_aside(self, n: int) -> str:
        return self.tr(" (%n record(s) skipped)", "", n)

    def present(self, n: int) -> str:
        return self.tr("; %n already here", "", n)

    def skipped(self, n: int) -> str:
        return self.tr("; %n record(s) skipped", "", n)

    def articles_only(self, n: int, cancelled: bool) -> str:
        if cancelled:
            return self.tr("Imported %n article(s) (cancelled).", "", n)
        return self.tr("Imported %n article(s).", "", n)

    def articles(self, n: int) -> str:
        return self.tr("%n article(s)", "", n)

    def projects(self, n: int) -> str:
        return self.tr("%n REFI-QDA project(s)", "", n)

    def sources(self, n: int) -> str:
        return self.tr("%n new source(s)", "", n)


def is_project(result: ImportResult) -> bool:
    """A REFI-QDA project or codebook's result (one for the whole file)."""
    return Path(result.path).suffix.lower() in PROJECT_SUFFIXES


def summary(results: list[ImportResult], cancelled: bool) -> str:
    """The report's first line: how many files had each outcome (and that it was cancelled)."""
    counts = count_outcomes(results)
    text = translate(
        "ImportReportDialog",
        "Imported {imported} file(s); {duplicate} already in the notebook; "
        "{skipped} skipped (not an article format or not a document); {error} could not be read.",
    ).format(**{key: number(counts[key]) for key in ("imported", "duplicate", "skipped", "error")})
    if cancelled:
        text += "\n" + translate(
            "ImportReportDialog",
            "The import was cancelled: files after the last completed batch were not imported.",
        )
    return text


def line(result: ImportResult) -> str:
    """One file's line: its name, what happened and why."""
    name = isolate(Path(result.path).name or result.path)
    if result.status == "duplicate":
        title = project_title(result) if is_project(result) else result.title
        return translate("ImportReportDialog", "{name}: already in the notebook as “{title}”").format(
            name=name, title=title
        )
    if result.status == "imported":
        title = project_title(result) if is_project(result) else result.title
        return translate("ImportReportDialog", "{name}: imported as “{title}”").format(name=name, title=title)
    if result.status == "skipped":
        reason = project_empty(result) if is_project(result) and result.records else result.reason or ""
        return translate("ImportReportDialog", "{name}: skipped, {reason}").format(
            name=name, reason=reason_text(reason, Path(result.path).name)
        )
    reason = reason_text(result.error or result.reason or "", Path(result.path).name)
    return translate("ImportReportDialog", "{name}: {reason}").format(name=name, reason=reason)


def reason_text(reason: str, filename: str) -> str:
    """Why a file was skipped or failed, translated (a core message, desktop/ui/common/core_messages.py).
    The importer takes "x.qdpx: " off an exchange error: such a reason is matched with the name
    put back, and shown without it."""
    if template_of(reason) is not None:
        return core_text(reason)
    prefix = isolate(filename) + ": "
    whole = core_text(f"{filename}: {reason}")
    if whole.startswith(RLM + prefix):
        whole = whole[len(RLM) :]
    return whole.removeprefix(prefix)


def _tally(result: ImportResult) -> tuple[Counter[str], int, int]:
    """A project's records: how many of each kind were stored (users are only named), how many
    were already here, how many skipped."""
    records = result.records
    stored = Counter(r["kind"] for r in records if r["status"] == STORED and r["kind"] != "user")
    present = sum(r["status"] == PRESENT for r in records)
    skipped = sum(r["status"] == SKIPPED for r in records)
    return stored, present, skipped


def _what(result: ImportResult) -> str:
    if Path(result.path).suffix.lower() == ".qdc":
        return translate("ImportReportDialog", "REFI-QDA codebook")
    return translate("ImportReportDialog", "REFI-QDA project")


def project_title(result: ImportResult) -> str:
    """ "REFI-QDA project: 2 sources, 1 code stored; 3 already here; 1 record skipped", or, when
    everything in it was here already, "REFI-QDA project, already in the notebook"."""
    stored, present, skipped = _tally(result)
    counts = ImportCounts()
    if not stored:
        text = translate("ImportReportDialog", "{what}, already in the notebook").format(what=_what(result))
        return text + (counts.skipped_aside(skipped) if skipped else "")
    order = ("source", "code", "annotation")
    kinds = sorted(stored, key=lambda k: (order.index(k) if k in order else len(order), k))
    kept = translate("ImportReportDialog", ", ").join(counts.kind(kind, stored[kind]) for kind in kinds)
    text = translate("ImportReportDialog", "{what}: {records} stored")
    text = text.format(what=_what(result), records=kept)
    return text + (counts.present(present) if present else "") + (counts.skipped(skipped) if skipped else "")


def project_empty(result: ImportResult) -> str:
    """Why a project was skipped: it stored nothing and had nothing already here."""
    if Path(result.path).suffix.lower() == ".qdc":
        text = translate("ImportReportDialog", "a REFI-QDA codebook with nothing Fieldnotes keeps")
    else:
        text = translate("ImportReportDialog", "a REFI-QDA project with nothing Fieldnotes keeps")
    skipped = _tally(result)[2]
    return text + (ImportCounts().skipped_aside(skipped) if skipped else "")


def cancelled_project(path: str) -> ImportResult:
    """The line of a project whose import a cancel stopped: its one transaction was rolled back."""
    reason = translate(
        "ImportReportDialog", "cancelled: nothing of this project was stored (its import was rolled back)"
    )
    return ImportResult(path, "skipped", reason=reason)


def status_message(results: list[ImportResult], cancelled: bool) -> str:
    """The status bar after an import: articles and projects counted apart ("Imported 2 articles
    and 1 REFI-QDA project (3 new sources).")."""
    counts = ImportCounts()
    articles = sum(r.status == "imported" and not is_project(r) for r in results)
    projects = [r for r in results if r.status == "imported" and is_project(r)]
    if not projects:
        return counts.articles_only(articles, cancelled)
    values = {
        "articles": counts.articles(articles),
        "projects": counts.projects(len(projects)),
        "sources": counts.sources(sum(_tally(r)[0]["source"] for r in projects)),
    }
    if cancelled:
        text = translate("ImportReportDialog", "Imported {articles} and {projects} ({sources}); cancelled.")
    else:
        text = translate("ImportReportDialog", "Imported {articles} and {projects} ({sources}).")
    return text.format(**values)
