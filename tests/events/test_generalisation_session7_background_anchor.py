"""'The next day' in a later paragraph counts from the last date of the story, not from one told in passing
about someone's past (issue 14, session 7): "The six had been arrested on 2 January …", "A seventh man,
detained in Khost on 9 January, was released …" then, paragraphs on, "… carried out the next day". Every
case is written for these tests; none is taken from an answer key's articles."""

from __future__ import annotations

from datetime import date

from tests.events.suggesting import suggest

_NOTE = (
    'On Tuesday, the court in Gardez sentenced six men to prison for "supporting the resistance". '
    "The six had been arrested in Zurmat on 2 January and held without a lawyer.\n\n"
    "A seventh man, detained in Khost on 9 January on the same charge, was acquitted.\n\n"
    "- The court also ordered the flogging of three women; the flogging was carried out in the Gardez "
    "stadium the next day.\n"
)


def test_the_next_day_in_a_later_paragraph_skips_dates_told_in_passing() -> None:
    flogging = [e for e in suggest(_NOTE) if e.type == "torture"]
    assert [e.date_start for e in flogging] == [date(2024, 5, 15)]  # Tuesday 14 May, the next day


def test_the_next_day_in_the_same_paragraph_counts_from_the_date_before() -> None:
    # near miss: told in the same paragraph, the date in passing is the one the next day counts from
    text = "Five men, detained in Khost on 9 May, were beaten by guards the next day."
    beaten = [e for e in suggest(text) if e.type == "torture"]
    assert [e.date_start for e in beaten] == [date(2024, 5, 10)]
