"""Disagreements: two sources on what looks like one incident, differing on count or place."""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.events.disagreements import compare, find_disagreements, near_in_time


@dataclass(frozen=True)
class Ev:
    id: str = "a"
    type: str = "detention"
    date_start: str = "2024-03-03"
    date_end: str = ""
    province: str = "AF-TAK"
    country: str = "AF"
    place: str = ""
    perpetrator: str = "Taliban"
    victim_group: str = "former soldiers"
    count: int | None = 12
    count_qualifier: str = "exact"
    articles: tuple[str, ...] = ("article-1",)


RASC = Ev()
AMU = replace(RASC, id="b", date_start="2024-03-04", count=15, articles=("article-2",))


def test_two_sources_counting_one_detention_differently_are_shown_side_by_side() -> None:
    (found,) = find_disagreements([RASC, AMU])
    assert found.reason == "different counts"
    assert (found.first.count, found.second.count) == (12, 15)
    assert found.fields == ("date_start", "count")


def test_same_count_and_date_but_another_province_is_a_place_disagreement() -> None:
    elsewhere = replace(RASC, id="b", province="AF-KDZ", perpetrator="", articles=("article-2",))
    (found,) = find_disagreements([RASC, elsewhere])
    assert found.reason == "different places"
    assert "province" in found.fields and "count" not in found.fields


def test_shared_victim_group_links_events_without_a_province() -> None:
    unplaced = replace(AMU, province="", perpetrator="")
    assert compare(RASC, unplaced) is not None


def test_events_that_agree_or_are_clearly_different_incidents_are_left_alone() -> None:
    agreeing = replace(AMU, count=12)
    other_type = replace(AMU, type="killing")
    months_later = replace(AMU, date_start="2024-07-01")
    same_article = replace(AMU, articles=RASC.articles)
    unrelated = replace(AMU, province="AF-HER", perpetrator="", victim_group="journalists")
    undated = replace(AMU, date_start="")
    for other in (agreeing, other_type, months_later, same_article, unrelated, undated):
        assert find_disagreements([RASC, other]) == [], other


def test_a_month_overlaps_the_days_within_it_and_a_week_counts_as_near() -> None:
    assert near_in_time(RASC, replace(AMU, date_start="2024-03"))
    assert near_in_time(RASC, replace(AMU, date_start="2024-03-09"))
    assert not near_in_time(RASC, replace(AMU, date_start="2024-03-20"))
    ranged = replace(AMU, date_start="2024-02-01", date_end="2024-02-28")
    assert near_in_time(RASC, ranged)  # ends within a week of 3 March


def test_pairs_come_in_date_order_and_each_pair_once() -> None:
    later = replace(RASC, id="c", date_start="2024-06-10", province="AF-BAL", articles=("article-3",))
    later_other = replace(later, id="d", count=40, articles=("article-4",))
    found = find_disagreements([later_other, AMU, later, RASC])
    assert [(d.first.date_start[:7], {d.first.id, d.second.id}) for d in found] == [
        ("2024-03", {"a", "b"}),
        ("2024-06", {"c", "d"}),
    ]
