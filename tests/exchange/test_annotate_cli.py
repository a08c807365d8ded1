"""`fieldnotes annotate`, `annotations` and `tags`, driven as a user would (in-process)."""

from __future__ import annotations

from desktop.store.notebook import Notebook
from tests.exchange.conftest import Cli, counts


def _takhar(cli: Cli) -> str:
    return next(a["id"] for a in cli.json("list", "--json") if a["title"].startswith("Taliban"))


def test_annotate_records_the_nth_occurrence_with_tags_and_note(cli: Cli) -> None:
    article = _takhar(cli)
    made = cli.json(
        "annotate", article, "--quote", "The Taliban detained", "--occurrence", "2",
        "--tag", "Violations/Detention", "--tag", "Actors/Taliban", "--note", "at night", "--json",
    )  # fmt: skip
    with Notebook.open(cli.notebook, None) as nb:
        text = nb.article(article).text
    assert text[made["start"] : made["end"]] == "The Taliban detained"
    assert made["start"] == text.rindex("The Taliban detained")
    assert made["tags"] == ["Actors/Taliban", "Violations/Detention"]
    listed = cli.json("annotations", "--tag", "Violations", "--json")
    assert [(a["quote"], a["note"], a["start"]) for a in listed] == [
        ("The Taliban detained", "at night", made["start"])
    ]
    tree = cli.json("tags", "--json")
    assert [n["path"] for n in tree] == ["Actors", "Violations"]
    assert tree[1]["children"][0]["path"] == "Violations/Detention"
    assert tree[1]["annotations"] == 1


def test_annotate_is_in_the_custody_log_like_a_gui_edit(cli: Cli) -> None:
    article = _takhar(cli)
    made = cli.json("annotate", article, "--quote", "12 former soldiers", "--tag", "Counts", "--json")
    with Notebook.open(cli.notebook, None) as nb:
        action, record, details = nb.db.execute(
            "SELECT action, record_id, details FROM custody_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    assert (action, record) == ("annotate", made["id"])
    assert '"tags": ["Counts"]' in details and article in details


def test_a_quote_not_in_the_article_exits_1_and_changes_nothing(cli: Cli) -> None:
    article = _takhar(cli)
    before = counts(cli.notebook)
    code, _, err = cli("annotate", article, "--quote", "not there at all")
    assert code == 1 and "not in article" in err
    code, _, err = cli("annotate", article, "--quote", "The Taliban detained", "--occurrence", "3")
    assert code == 1 and "2 time(s)" in err
    assert counts(cli.notebook) == before


def test_whitespace_may_differ_and_right_to_left_text_works(cli: Cli) -> None:
    dari = next(a["id"] for a in cli.json("list", "--json") if not a["title"].startswith("Taliban"))
    made = cli.json("annotate", dari, "--quote", "دوازده   سرباز", "--tag", "نقض/بازداشت", "--json")
    assert made["quote"] == "دوازده سرباز"
    assert cli.json("annotations", "--article", dari, "--json")[0]["tags"] == ["نقض/بازداشت"]
    code, out, _ = cli("tags")
    assert code == 0 and "بازداشت" in out
