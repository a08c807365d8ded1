"""The library list's pages: ordered in SQL on an index for every order, and old notebooks get them."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.store import article_list
from desktop.store.article_list import ArticleFilter
from desktop.store.file import schema
from desktop.store.notebook import Notebook
from tests.conftest import make_draft

STEP_INDEXES = {"articles_live_outlet", "articles_live_issued", "articles_live_language"}


def _dated(notebook: Notebook) -> None:
    issued = [[2024, 5, 2], [2019], [2024, 5], [2021, 12, 31], [2024, 5]]
    notebook.add_articles(
        [
            make_draft(f"Report {i}", title=f"R{i}", **{"issued": {"date-parts": [parts]}})
            for i, parts in enumerate(issued)
        ]
    )


@pytest.mark.parametrize("order", sorted(article_list.ORDERS))
@pytest.mark.parametrize("descending", [False, True])
def test_every_order_reads_a_page_of_an_index_not_a_sort_of_every_row(
    notebook: Notebook, order: str, descending: bool
) -> None:
    key, direction = article_list.ORDERS[order], "DESC" if descending else "ASC"
    plan = notebook.db.execute(
        f"EXPLAIN QUERY PLAN SELECT a.rowid FROM articles a WHERE a.deleted = 0 "
        f"ORDER BY {key} {direction}, a.rowid {direction} LIMIT 200 OFFSET 99800"
    ).fetchall()
    steps = " / ".join(row[-1] for row in plan)
    assert "COVERING INDEX articles_live_" in steps and "TEMP B-TREE" not in steps, steps


def test_by_date_rows_come_in_date_order_ties_as_added(notebook: Notebook) -> None:
    _dated(notebook)
    ascending = [r.title for r in notebook.article_rows(order="date")]
    assert ascending == ["R1", "R3", "R2", "R4", "R0"]  # 2024-05 counts as 2024-05-01
    descending = [r.title for r in notebook.article_rows(order="date", descending=True)]
    assert descending == ["R0", "R4", "R2", "R3", "R1"]
    pages = [r.title for off in (0, 2, 4) for r in notebook.article_rows(limit=2, offset=off, order="date")]
    assert pages == ascending  # pages join up without a gap or a repeat


def test_a_filtered_page_keeps_the_order(notebook: Notebook) -> None:
    _dated(notebook)
    rows = notebook.article_rows(order="date", where=ArticleFilter(date_from="2024"))
    assert [(r.title, r.issued) for r in rows] == [("R2", "2024-05"), ("R4", "2024-05"), ("R0", "2024-05-02")]


def test_a_notebook_from_before_the_order_indexes_gets_them_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.fieldnotes"
    with Notebook.create(path, None) as nb:
        _dated(nb)
        for name in STEP_INDEXES:
            nb.db.execute(f"DROP INDEX {name}")
        nb.db.execute(
            "UPDATE meta SET value = ? WHERE key = 'schema_version'",
            [str(schema.MIGRATIONS.index(schema.step_6_library_order_indexes))],
        )
    with Notebook.open(path, None) as nb:
        names = {r[0] for r in nb.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert names >= STEP_INDEXES and schema.version(nb.db) == schema.LATEST
        assert [r.title for r in nb.article_rows(order="date", descending=True)][0] == "R0"
