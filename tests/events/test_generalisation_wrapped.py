"""Hard-wrapped text (e-mails, field notes, text saved at 70-100 columns): a line break that only wraps
a paragraph ends no sentence or paragraph; titles, list items and short lines still end where they end."""

from __future__ import annotations

import textwrap

from desktop.events.sentences import soft_breaks, split_sentences
from tests.events.suggesting import facts, suggest

_STORY = (
    "Late on Saturday night, men in Taliban uniforms took four former police officers from their homes in "
    "Khanabad district of Kunduz and drove them to the district headquarters. Three of the men were beaten "
    "with rifle butts that same night, a relative said. A fifth man, their cousin, was arrested two days "
    "later at his shop in Kunduz city. The family asked the district governor to release them."
)


def _wrapped(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width))


def test_a_wrapped_paragraph_is_split_like_the_unwrapped_one() -> None:
    for width in (70, 80, 100):
        wrapped = _wrapped(_STORY, width)
        assert [s.text.replace("\n", " ") for s in split_sentences(wrapped)] == [
            s.text for s in split_sentences(_STORY)
        ]


def test_titles_and_list_items_of_a_wrapped_text_stay_lines() -> None:
    text = (
        "FIELD NOTE - Kunduz, May 2024\n"
        "Prepared by a field monitor, 20 May 2024\n\n"
        + _wrapped(_STORY, 90)
        + "\n\nSources:\n- two released detainees\n- one village elder\n"
    )
    lines = [s.text for s in split_sentences(text)]
    assert lines[:2] == ["FIELD NOTE - Kunduz, May 2024", "Prepared by a field monitor, 20 May 2024"]
    assert lines[-3:] == ["Sources:", "- two released detainees", "- one village elder"]


def test_unwrapped_text_keeps_every_line_break() -> None:
    text = "Eight men detained in Herat\nPolice detained eight men in Herat on Friday.\n- Four in Injil"
    assert soft_breaks(text) == set()
    assert len(split_sentences(text)) == 3


def test_wrapped_and_unwrapped_stories_give_the_same_events() -> None:
    for language, story in (
        ("en", _STORY),
        (
            "fa",
            "نیروهای استخبارات طالبان شامگاه پنجشنبه در یک یورش به منزلی در دشت برچی کابل، دو جوان هزاره را "
            "بازداشت کردند و با خود بردند. یکی از بستگان آنان گفت مأموران بدون حکم قضایی وارد خانه شدند. "
            "دو روز بعد، مأموران خانه یک خبرنگار محلی را در ناحیه سیزدهم شهر کابل تلاشی کردند، اما کسی را "
            "بازداشت نکردند. پس از این یورش، چند خانواده از همسایگان از ترس بازداشت به ایران فرار کردند.",
        ),
    ):
        expected = facts(suggest(story, language))
        assert expected
        for width in (72, 100):
            assert facts(suggest(_wrapped(story, width), language)) == expected


def test_a_wide_wrap_joins_lines_cut_mid_sentence() -> None:
    text = _wrapped(_STORY + " " + _STORY, 170)
    joined = [s.text.replace("\n", " ") for s in split_sentences(text)]
    assert joined == [s.text for s in split_sentences(_STORY + " " + _STORY)]


def test_a_line_ending_mid_sentence_goes_on_in_lower_case_or_a_number() -> None:
    text = _wrapped(_STORY, 100) + (
        "\n\nHis brother was summoned to the provincial intelligence directorate on\n"
        "20 January to answer a few questions. He has been missing since.\n"
    )
    sentences = [s.text for s in split_sentences(text)]
    assert (
        "His brother was summoned to the provincial intelligence directorate on\n20 January to answer a few "
        "questions." in sentences
    )
