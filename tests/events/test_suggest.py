"""Event suggestions from short English and Dari texts written for these tests."""

from datetime import date

from desktop.events.suggest import SuggestedEvent, suggest_events

PUBLISHED = date(2024, 3, 15)


def _suggest(text: str, language: str = "en") -> list[SuggestedEvent]:
    events = suggest_events(text, published=PUBLISHED, language=language)
    assert all(e.passage == text[e.start : e.end] for e in events)
    return events


def test_a_detention_sentence_gives_type_place_count_date_and_actors() -> None:
    (event,) = _suggest("Yesterday the Taliban detained at least 20 journalists in Sari Pul.")
    assert (event.type, event.province, event.country) == ("detention", "AF-SAR", "AF")
    assert (event.count.value, event.count.qualifier) == (20, "at least")
    assert (event.date_start, event.date_precision) == (date(2024, 3, 14), "day")
    assert (event.perpetrator, event.victim_group) == ("Taliban", "journalists")


def test_each_province_in_an_enumeration_gets_its_own_count() -> None:
    text = "Six former soldiers were arrested: four in Ghor, one in Herat and one each in Logar and Khost."
    counts = {e.province: e.count.value for e in _suggest(text) if e.count}
    assert counts == {"AF-GHO": 4, "AF-HER": 1, "AF-LOG": 1, "AF-KHO": 1}


def test_a_total_over_listed_provinces_is_kept_at_country_level() -> None:
    # The sentence does not say what happened in each province: one event in the country, not one a province.
    text = "The group executed nine men in Farah, Nimroz and Helmand."
    events = _suggest(text)
    assert {(e.province, e.country, e.count.value if e.count else None) for e in events} == {(None, "AF", 9)}


def test_counts_go_to_the_event_they_qualify() -> None:
    text = "A UN report in Afghanistan listed 31 killings, 7 disappearances and 120 arrests."
    counts = {e.type: e.count.value for e in _suggest(text)}
    assert counts == {"killing": 31, "disappearance": 7, "detention": 120}


def test_fears_and_risks_are_not_events() -> None:
    assert _suggest("Afghans in Pakistan fear deportation and face the risk of arrest.") == []


def test_deportation_is_placed_where_people_are_sent_from() -> None:
    (event,) = _suggest("Iranian police deported about 300 Afghans to Afghanistan last week.")
    assert (event.type, event.country, event.count.value) == ("deportation", "IR", 300)
    assert event.perpetrator == "Iranian police"
    assert event.date_start == date(2024, 3, 4)


def test_a_sentence_without_a_place_takes_the_actors_country() -> None:
    text = "Reports from Herat were grim.\nThe Taliban tortured two men."
    (event,) = _suggest(text)
    assert (event.type, event.country, event.place_inferred) == ("torture", "AF", True)


def test_repeated_reports_of_the_same_event_are_merged() -> None:
    text = "Taliban killed 5 civilians in Kunar. Witnesses said 5 civilians were killed in Kunar."
    assert len(_suggest(text)) == 1


def test_dari_text_gives_province_count_trigger_and_perpetrator() -> None:
    text = (
        "طالبان دست\u200cكم ۱۵ نظامی پیشین را در ولایت تخار بازداشت کردند. "
        "پولیس ایران بیست و پنج پناهجو را اخراج کرد."
    )
    first, second = _suggest(text, language="fa")
    assert (first.type, first.province, first.count.value, first.count.qualifier) == (
        "detention", "AF-TAK", 15, "at least",
    )  # fmt: skip
    assert (first.perpetrator, first.victim_group) == ("Taliban", "former soldiers")
    assert (second.type, second.country, second.count.value) == ("deportation", "IR", 25)


def test_suggestions_serialise_for_the_command_line() -> None:
    (event,) = _suggest("On Monday Pakistani authorities deported 40 families from Peshawar.")
    data = event.to_dict()
    assert data["type"] == "deportation" and data["country"] == "PK" and data["place"] == "Peshawar"
    assert data["count"] == 40 and data["date_start"] == "2024-03-11"
    assert data["passage"] == event.passage
