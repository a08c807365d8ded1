"""Tables (issue 14, unseen text): a Markdown table whose column names an event gives one event per row, with
the row's count and place; the header, the rule and a "Total" row give none."""

from __future__ import annotations

from datetime import date

from tests.events.suggesting import facts, suggest

_RETURNS = """# Border monitoring update, week 20

In total, 13,900 people were deported to Afghanistan during the week of 13 to 19 May 2024.

| Crossing | Province | Returned from | Deported | Spontaneous returns |
|---|---|---|---:|---:|
| Islam Qala | Herat | Iran | 9,400 | 14,200 |
| Torkham | Nangarhar | Pakistan | 4,500 | 6,900 |
| **Total** | | | **13,900** | **21,100** |
"""

_DETENTIONS = """## بازداشت‌ها در ماه ثور

| ولایت | بازداشت | ملاحظات |
|---|---|---|
| هرات | ۶ | فعالان مدنی |
| بلخ | ۴ | خبرنگاران |
"""


def test_each_row_of_a_deportation_table_is_an_event_in_the_country_that_deported() -> None:
    found = suggest(_RETURNS, published=date(2024, 5, 20))
    assert facts(found) == {("deportation", "IR", 9400, "exact"), ("deportation", "PK", 4500, "exact")}
    assert len(found) == 2


def test_each_row_of_a_dari_detention_table_is_an_event_in_its_province() -> None:
    found = suggest(_DETENTIONS, "fa", published=date(2024, 5, 20))
    assert facts(found) == {("detention", "AF-HER", 6, "exact"), ("detention", "AF-BAL", 4, "exact")}


def test_a_table_without_event_columns_gives_nothing() -> None:
    text = "| Province | Population |\n|---|---|\n| Herat | 2,100,000 |\n| Balkh | 1,500,000 |\n"
    assert suggest(text) == []
