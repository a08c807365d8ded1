"""How sure a suggestion is (desktop/events/suggesting/confidence.py): its own date and place or count make
it high; neither its own date nor its own place make it low; it never removes a suggestion."""

from __future__ import annotations

from datetime import date

from desktop.events.suggesting.confidence import NO_COUNT, NO_DATE, PLACE_FROM_CONTEXT, at_least, confidence
from tests.events.suggesting import suggest

TEXT = (
    "On 3 May the Taliban detained four shopkeepers in Taloqan.\n\nThey were beaten.\n\n"
    "On 5 May a teacher was detained.\n\nResidents said people had fled."
)


def test_levels_follow_what_the_sentence_itself_says() -> None:
    found = {e.passage[:12]: confidence(e) for e in suggest(TEXT, published=date(2024, 5, 20))}
    assert found["On 3 May the"].level == "high" and found["On 3 May the"].reasons == ()
    assert found["They were be"].level == "low"
    assert {NO_DATE, PLACE_FROM_CONTEXT} <= set(found["They were be"].reasons)
    assert found["On 5 May a t"].level == "high"  # its own date and a count, the place carried over
    assert found["Residents sa"].level == "low" and NO_COUNT in found["Residents sa"].reasons


def test_at_least_orders_the_levels_and_to_dict_carries_them() -> None:
    events = suggest(TEXT, published=date(2024, 5, 20))
    assert len([e for e in events if at_least(e, "low")]) == len(events)
    high = [e for e in events if at_least(e, "high")]
    assert high and all(e.to_dict()["confidence"] == "high" for e in high)
    assert all(isinstance(e.to_dict()["confidence_reasons"], list) for e in events)
