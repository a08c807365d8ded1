"""Publication dates in wordings the evidence articles do not use (issue 14: dates that generalise)."""

from datetime import date

import pytest

from desktop.events.dates.published import published_date, published_issued

# A first paragraph long enough (over 300 characters) to be read as a story, not a date line.
STORY = (
    " Relatives of the men, who had served in the border police until 2021 and returned from Iran in"
    " the spring, said armed men in two pickups took them from a wedding at night; the local"
    " authorities have not answered the families' letters, and a second group was questioned."
)
LATER = "\n\nA provincial official said the men were questioned about weapons on 2 June 2025.\n"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("HERAT, Afghanistan, June 17, 2025 — Taliban intelligence held four returnees.", date(2025, 6, 17)),
        ("HERAT, Afghanistan (June 17, 2025) — Taliban intelligence held four returnees.", date(2025, 6, 17)),
        ("HERAT, 17 June 2025 Taliban intelligence held four returnees.", date(2025, 6, 17)),
        ("Kandahar – 17.06.2025\nTaliban intelligence held four returnees.", date(2025, 6, 17)),
        (
            "MAZAR-I-SHARIF, Afghanistan — Tuesday, June 17, 2025 — Four returnees were held.",
            date(2025, 6, 17),
        ),
        ("Jalalabad, Nangarhar — 17 June 2025 — Four returnees were held.", date(2025, 6, 17)),
    ],
)
def test_datelines_in_us_and_city_country_style_even_in_a_long_first_paragraph(
    head: str, expected: date
) -> None:
    assert published_date("Returnees held at the border\n\n" + head + LATER) == expected
    assert published_date("Returnees held at the border\n\n" + head + STORY + LATER) == expected


@pytest.mark.parametrize(
    "head",
    [
        "LONDON, 14 February 2025 — Rights groups asked for news of the men. On 29 December 2024, the "
        "Taliban detained three former officers in Kabul.",
        "LONDON, 14 February 2025 — The three men were released on 2 January 2025, their lawyer said.",
    ],
)
def test_a_dateline_opening_the_paragraph_wins_over_its_later_dates(head: str) -> None:
    assert published_date("Officers detained\n\n" + head + LATER) == date(2025, 2, 14)
    assert published_date("Officers detained\n\n" + head + STORY + LATER) == date(2025, 2, 14)


@pytest.mark.parametrize(
    "header",
    [
        "Exported from the monitoring group and forwarded 16 April 2025",
        "Exported from the Herat monitoring group's shared channel and forwarded on 16 April 2025.",
        "Compiled on 16 April 2025 by the western desk of the monitoring network",
        "Sent: 16 April 2025",
        "From: western desk\nSent: Wednesday, 16 April 2025 10:32\nTo: analysts\nSubject: returnees",
        "Forwarded message — 16 April 2025",
        "ارسال شده در ۲۷ حمل ۱۴۰۴",
    ],
)
def test_a_header_sentence_of_a_forwarded_or_exported_note(header: str) -> None:
    assert published_date("Notes on returnees\n" + header + "\n\nFour returnees were held." + LATER) == date(
        2025, 4, 16
    )


@pytest.mark.parametrize(
    "line",
    [
        "The men were released on 2 June 2025.",  # an event, not a label
        "The Taliban issued a decree on 2 June 2025.",
        "Relatives received a call on 2 June 2025 from a commander.",
    ],
)
def test_event_words_in_a_sentence_are_not_labels(line: str) -> None:
    assert published_date("Four returnees held\n\n" + line + "\n") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("کابل، د تلې ۱۴مه ۱۴۰۴ — طالبانو څلور پخواني سرتیري ونیول.", date(2025, 10, 6)),
        ("جلال‌آباد، د غويي ۳مه ۱۴۰۴ — طالبانو څلور تنه ونیول.", date(2025, 4, 23)),
        ("کندهار، د ۱۴۰۴ کال د غبرگولي ۱۰مه — څلور تنه ونیول شول.", date(2025, 5, 31)),
        ("خوست، د مرغومي ۵ مه ۱۴۰۳ — څلور تنه ونیول شول.", date(2024, 12, 25)),
        ("هرات، ۱۴ ام میزان ۱۴۰۴ — طالبان چهار سرباز پیشین را بازداشت کردند.", date(2025, 10, 6)),
        ("هرات، ۱۴ام میزان ۱۴۰۴ — طالبان چهار سرباز پیشین را بازداشت کردند.", date(2025, 10, 6)),
    ],
)
def test_pashto_month_names_and_ordinal_days_in_datelines(text: str, expected: date) -> None:
    assert published_date("د پخوانیو سرتیرو نیول\n" + text + "\n\nمتن.") == expected


def test_the_seed_style_date_line_under_a_title_still_reads() -> None:
    text = "US concerned by killings\n\nSaturday, 02/03/2024\n\nThe State Department said on 1 March." + STORY
    assert published_issued(text) == {"date-parts": [[2024, 3, 2]]}


@pytest.mark.parametrize(
    "first_paragraph",
    [
        "On Monday, 3 June 2025, the Taliban detained five former soldiers in Takhar.",
        "On 3 June 2025 Taliban fighters detained five former soldiers in Takhar.",
        "3 June 2025, the Taliban detained five former soldiers in Takhar.",
        "روز دوشنبه، ۱۳ جوزا ۱۴۰۴ طالبان پنج سرباز پیشین را بازداشت کردند.",
        "در ۱۳ جوزا ۱۴۰۴ طالبان پنج سرباز پیشین را بازداشت کردند.",
    ],
)
def test_a_story_opening_with_its_date_is_not_a_dateline(first_paragraph: str) -> None:
    assert published_date("Five detained in Takhar\n\n" + first_paragraph + "\n") is None
    assert published_date("Five detained in Takhar\n\n" + first_paragraph + STORY + "\n") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("کابل، ۱۲ سرطان ۱۴۰۳ طالبان پنج سرباز پیشین را بازداشت کردند.", date(2024, 7, 2)),  # no dash
        ("هرات – ۲۷ جوزا ۱۴۰۴ طالبان پنج تن را بازداشت کردند.", date(2025, 6, 17)),
        ("Herat, Afghanistan | June 17, 2025", date(2025, 6, 17)),
        ("By Jane Doe | June 17, 2025", date(2025, 6, 17)),
        ("Kabul, Tuesday 17 June 2025 — Four returnees were held.", date(2025, 6, 17)),
        ("KABUL (Fieldwire) — June 17, 2025 — Four returnees were held.", date(2025, 6, 17)),
    ],
)
def test_datelines_with_a_dash_a_bar_or_no_dash_in_dari(line: str, expected: date) -> None:
    assert published_date("Title\n\n" + line + "\n\nText.") == expected


@pytest.mark.parametrize(
    "line",
    [
        "17 June 2025 10:32 GMT",
        "2025-06-17T10:32:00Z",
        "Kabul, 17 June 2025 at 10:32",
        "Kabul, 17 June 2025 (updated 18 June 2025)",
        "Date: Tue, 17 Jun 2025 10:32:00 +0000",
        "Published: Tuesday, June 17, 2025 at 10:32 AM",
    ],
)
def test_a_time_or_an_update_after_the_date(line: str) -> None:
    assert published_date("Title\n" + line + "\n\nText of the note.") == date(2025, 6, 17)


@pytest.mark.parametrize(
    "line",
    [
        "Sent back from Iran on 3 June 2025, the men were detained at Islam Qala.",
        "Five men were sent on 3 June 2025 to Pakistan.",
        "Received at the border on 3 June 2025, they were handed to the Taliban.",
    ],
)
def test_sent_and_received_in_a_story_are_not_note_headers(line: str) -> None:
    assert published_date("Returnees detained\n\n" + line + "\n") is None
