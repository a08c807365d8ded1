"""Places that generalise (issue 14): a place inside an organisation's or an outlet's name, a dateline or
a headline does not place an event; a district found in several provinces is settled by the provinces
(and the districts) named anywhere in the article; Pashto district spellings; a sentence that continues
the incident of the sentence before takes its place, unless it starts a new topic."""

from datetime import date
from pathlib import Path

import pytest

from desktop.events.gazetteer import find_places, provinces_mentioned
from desktop.events.suggest import suggest_events
from desktop.ingest.reader import read_file

PUBLISHED = date(2025, 3, 14)


def _places(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    found = suggest_events(text, published=PUBLISHED, language=language)
    return [(e.type, e.province, e.place) for e in found]


# 1. An outlet or organisation name is not a place.


@pytest.mark.parametrize(
    "name",
    [
        "Kandahar Evening Post",
        "Radio Kunduz Voice",
        "the Herat Women's Rights Association",
        "Voice of Ghor",
        "the Paktia Tribal Elders Council",
        "Bamyan Daily",
        "Logar News Agency",
        "Nangarhar TV",
    ],
)
def test_a_place_inside_an_organisation_name_is_not_a_place(name: str) -> None:
    text = f"{name} reported that the Taliban detained three shopkeepers in Sangcharak district on Monday."
    assert provinces_mentioned(text) == {"AF-SAR"}
    assert _places(text, "en") == [("detention", "AF-SAR", "Sangcharak")]


def test_the_same_place_outside_the_name_still_counts() -> None:
    text = "Logar News Agency said two teachers were detained in Logar on Friday."
    assert _places(text, "en") == [("detention", "AF-LOG", None)]
    assert [m.text for m in find_places("A Taliban raid in Kandahar. Post offices closed.")] == ["Kandahar"]
    assert [m.text for m in find_places("Raids In Herat Continue")] == ["Herat"]


@pytest.mark.parametrize(
    ("text", "language", "province"),
    [
        ("به گزارش تلویزیون صدای هرات، طالبان سه معلم را در ولسوالی نیلی بازداشت کردند.", "fa", "AF-DAY"),
        ("خبرگزاری کابل پرس گزارش داد که طالبان دو سرباز پیشین را در چغچران بازداشت کردند.", "fa", "AF-GHO"),
        ("انجمن زنان بلخ می‌گوید طالبان چهار زن را در شهر پلخمری بازداشت کردند.", "fa", "AF-BGL"),
        ("د کندهار غږ راډیو ویلي چې طالبانو په شینډنډ کې دوه تنه ونیول.", "ps", "AF-HER"),
    ],
)
def test_dari_and_pashto_outlet_names_are_not_places(text: str, language: str, province: str) -> None:
    assert [(e.type, e.province) for e in suggest_events(text, published=PUBLISHED, language=language)] == [
        ("detention", province)
    ]


def test_a_site_name_in_the_title_and_byline_does_not_place_the_story() -> None:
    text = (
        "Former police officers held in Nili | Khost Herald Online\n\n"
        "By staff writers, Khost Herald Online\n\n"
        "Taliban intelligence detained two former police officers in Nili on Sunday, relatives said."
    )
    assert _places(text, "en") == [("detention", "AF-DAY", "Nili")]


def test_a_town_in_the_sentence_beats_the_province_of_a_longer_dateline() -> None:
    text = "MAZAR-I-SHARIF, Balkh province (Northwire) — Two teachers were detained in Nili on Sunday."
    assert _places(text, "en") == [("detention", "AF-DAY", "Nili")]


# 2. Districts in several provinces; Pashto spellings.


def test_a_dari_district_of_two_provinces_is_settled_by_a_province_named_far_away() -> None:
    text = (
        "کابل، ۲۰ حوت ۱۴۰۳ — نیروهای طالبان روز شنبه دو جوان را در قره‌باغ بازداشت کردند.\n"
        + "خانواده‌های آنان می‌گویند هنوز از سرنوشت شان خبری ندارند و به مقامات مراجعه کرده‌اند. " * 4
        + "\nبزرگان محلی در ولایت غزنی خواستار رهایی آنان شدند."
    )
    found = suggest_events(text, published=PUBLISHED, language="fa")
    assert [(e.province, e.place) for e in found if e.type == "detention"] == [("AF-GHA", "Qarabagh")]


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Two former soldiers were detained in Jaghatu and Nerkh on Sunday.", "AF-WAR"),
        ("Two former soldiers were detained in Jaghatu and Andar on Sunday.", "AF-GHA"),
        ("Two former soldiers were detained in Arghandab on Sunday. Their families live in Qalat.", "AF-ZAB"),
    ],
)
def test_a_district_named_with_another_of_one_province_is_in_that_province(text: str, province: str) -> None:
    assert {e.province for e in suggest_events(text, published=PUBLISHED, language="en")} == {province}


def test_the_province_named_most_settles_a_district_when_two_are_named() -> None:
    text = (
        "Ghazni: detentions continue.\n\n"
        "Officials in Kabul declined to comment. Elders in Ghazni said the raids had frightened families.\n\n"
        "A former officer was detained in Qarabagh on Tuesday, his brother told Ghazni reporters."
    )
    found = [e for e in suggest_events(text, published=PUBLISHED, language="en") if e.place == "Qarabagh"]
    assert [e.province for e in found] == ["AF-GHA"]


@pytest.mark.parametrize(
    ("pashto", "province"),
    [
        ("اڅین", "AF-NAN"),
        ("لالپوره", "AF-NAN"),
        ("شېرزاد", "AF-NAN"),
        ("څمکني", "AF-PIA"),
        ("زورمت", "AF-PIA"),
        ("ګردېز", "AF-PIA"),
        ("سروضې", "AF-PKA"),
        ("ارګون", "AF-PKA"),
        ("تڼي", "AF-KHO"),
        ("سپېره", "AF-KHO"),
        ("سرکاڼي", "AF-KNR"),
        ("ډانګام", "AF-KNR"),
        ("پنجوايي", "AF-KAN"),
        ("شاولیکوټ", "AF-KAN"),
        ("ژړۍ", "AF-KAN"),
        ("دامان", "AF-KAN"),
        ("نهرسراج", "AF-HEL"),
        ("موسی کلا", "AF-HEL"),
        ("شينکی", "AF-ZAB"),
        ("دهراوود", "AF-URU"),
    ],
)
def test_pashto_district_spellings_next_to_wuleswali(pashto: str, province: str) -> None:
    text = f"طالبانو د شنبې په ورځ په {pashto} ولسوالۍ کې دوه پخواني سرتیري ونیول."
    found = suggest_events(text, published=PUBLISHED, language="ps")
    assert [(e.type, e.province) for e in found] == [("detention", province)]


# 3. The place of the incident a sentence continues.


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "Taliban fighters searched several homes in Jaghori on Friday night. "
            "Three young men were detained and have not been seen since.",
            "AF-GHA",
        ),
        (
            "Taliban intelligence stormed a wedding hall in Charikar on Thursday. "
            "The guests were beaten and four musicians were detained.",
            "AF-PAR",
        ),
        (
            "نیروهای استخبارات طالبان روز جمعه به خانه‌های چند خانواده در شهر نیلی یورش بردند. "
            "دو افسر پیشین پولیس بازداشت شدند.",
            "AF-DAY",
        ),
        (
            "طالبانو د جمعې په ورځ د اسعدآباد په ښار کې پر څو کورونو چاپه ووهله. دوه پخواني پولیس ونیول شول.",
            "AF-KNR",
        ),
    ],
)
def test_a_sentence_continuing_a_raid_takes_its_place(text: str, province: str) -> None:
    language = "en" if text.isascii() else ("ps" if "ونیول" in text else "fa")
    found = suggest_events(text, published=PUBLISHED, language=language)
    assert found and all(e.province == province for e in found)


@pytest.mark.parametrize(
    "second",
    [
        "In a separate incident, three women were detained on Saturday.",
        "Elsewhere, three women were detained on Saturday.",
    ],
)
def test_a_new_topic_does_not_take_the_place_of_the_last_incident(second: str) -> None:
    text = f"Taliban intelligence detained two former soldiers in Charikar on Thursday. {second}"
    found = suggest_events(text, published=PUBLISHED, language="en")
    assert [(e.province, e.count.value if e.count else None) for e in found] == [("AF-PAR", 2), (None, 3)]


def test_a_dari_new_topic_does_not_take_the_place() -> None:
    text = (
        "طالبان روز پنجشنبه دو سرباز پیشین را در چاریکار بازداشت کردند. "
        "در رویدادی جداگانه، سه زن روز شنبه بازداشت شدند."
    )
    found = suggest_events(text, published=PUBLISHED, language="fa")
    assert [e.province for e in found] == ["AF-PAR", None]


def test_the_place_is_not_carried_across_paragraphs_without_a_reference() -> None:
    text = (
        "Taliban fighters searched several homes in Jaghori on Friday night.\n\n"
        "Three shopkeepers were detained on Saturday, a trader said.\n\n"
        "Elsewhere, a girls' school reopened in Herat."
    )  # two provinces: the article is not about Ghazni alone (then its unplaced events would be there)
    found = suggest_events(text, published=PUBLISHED, language="en")
    # the search is a threat of its own (in Jaghori); the detention, a paragraph later, is not placed there
    assert [(e.type, e.province) for e in found] == [("threat", "AF-GHA"), ("detention", None)]


def test_a_historical_sentence_with_a_place_is_no_incident_to_continue() -> None:
    text = "The Taliban took control of Charikar in August 2021. Three shopkeepers were detained on Saturday."
    found = suggest_events(text, published=PUBLISHED, language="en")
    assert [e.province for e in found] == [None]


def test_where_officials_sit_does_not_settle_a_district() -> None:
    text = (
        "A former officer was detained in Qarabagh on Sunday. Taliban officials in Kabul declined to "
        "comment, and a spokesman in Kabul did not answer calls. Elders in Ghazni asked for his release."
    )
    found = suggest_events(text, published=PUBLISHED, language="en")
    assert [(e.province, e.place) for e in found] == [("AF-GHA", "Qarabagh")]


def test_a_pashto_organisation_named_after_its_province_is_not_a_place() -> None:
    text = "د هرات د ښځو د حقونو ټولنې ویلي چې طالبانو د شنبې په ورځ په اڅین کې درې ښځې ونیولې."
    found = suggest_events(text, published=PUBLISHED, language="ps")
    assert {(e.province, e.place) for e in found} == {("AF-NAN", "Achin")}


def test_a_saved_page_whose_site_is_named_after_a_province(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Teachers held in Jaghori | Kunduz Diaspora Times</title>"
        "<meta property='og:site_name' content='Kunduz Diaspora Times'></head><body>"
        "<header><a href='/'>Kunduz Diaspora Times</a></header>"
        "<h1>Teachers held in Jaghori | Kunduz Diaspora Times</h1>"
        "<p class='byline'>By our correspondent, Kunduz Diaspora Times</p>"
        "<p>Taliban fighters surrounded a school in Jaghori on Saturday. Three teachers were detained.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    draft = read_file(page)
    found = suggest_events(draft.text, published=PUBLISHED, language="en")
    assert found and {e.province for e in found} == {"AF-GHA"}


@pytest.mark.parametrize(
    "site", ["Kabul International Airport", "the Kabul international airport", "Kabul Detention Centre"]
)
def test_a_site_named_after_its_place_still_places_the_event(site: str) -> None:
    text = f"Two returnees were detained at {site} on Sunday."
    assert [e.province for e in suggest_events(text, published=PUBLISHED, language="en")] == ["AF-KAB"]


@pytest.mark.parametrize(
    ("text", "language", "where"),
    [
        ("طالبانو د دامان په ولسوالۍ کې دوه تنه ونیول.", "ps", ("AF-KAN", "Daman")),
        ("طالبانو د خوست ولایت په تڼي کې یو پخوانی سرتیری ونیو.", "ps", ("AF-KHO", "Tani")),
        ("طالبانو د سنګین په ولسوالۍ کې یو پخوانی سرتیری ووژل.", "ps", ("AF-HEL", "Sangin")),
        ("Two men were detained in the Daman area of Kandahar on Monday.", "en", ("AF-KAN", "Daman")),
        ("Two men were detained in Daman district on Monday. A third was detained in Daman on Friday.", "en",
         ("AF-KAN", "Daman")),
    ],
)  # fmt: skip
def test_a_name_that_is_also_a_word_is_a_district_next_to_the_word_district_or_its_province(
    text: str, language: str, where: tuple[str, str]
) -> None:
    found = suggest_events(text, published=PUBLISHED, language=language)
    assert found and {(e.province, e.place) for e in found} == {where}


def test_where_a_group_is_based_gives_way_to_where_it_happened() -> None:
    text = "Two former soldiers were detained in Nili on Monday, a Herat-based rights group said."
    assert _places(text, "en") == [("detention", "AF-DAY", "Nili")]


def test_a_raid_by_men_from_another_province_is_placed_where_it_happened() -> None:
    text = (
        "Taliban fighters from Kandahar searched several houses in Nili on Monday night. "
        "Two former police officers were detained."
    )
    assert _places(text, "en") == [("detention", "AF-DAY", "Nili")]


def test_a_place_as_a_label_places_its_line_but_a_dateline_does_not() -> None:
    assert _places("Farah: two shepherds were detained on Monday.", "en") == [("detention", "AF-FRA", None)]
    assert _places("FARAH – Two shepherds were detained in Nili on Monday.", "en") == [
        ("detention", "AF-DAY", "Nili")
    ]
    assert _places("Ghor Today said two shepherds were detained in Nili on Monday.", "en") == [
        ("detention", "AF-DAY", "Nili")
    ]


def test_a_place_abroad_is_carried_to_the_paragraph_that_continues_it() -> None:
    text = (
        "Iranian police detained 40 Afghan workers in Mashhad on Sunday.\n\n"
        "One of them said the men were beaten in custody.\n\n"
        "In Herat, two returnees were detained on Monday. In Kabul, a teacher was detained on Tuesday."
    )
    found = suggest_events(text, published=PUBLISHED, language="en")
    assert [(e.type, e.province, e.country) for e in found] == [
        ("detention", None, "IR"),
        ("torture", None, "IR"),
        ("detention", "AF-HER", "AF"),
        ("detention", "AF-KAB", "AF"),
    ]


def test_a_deportations_country_is_not_carried() -> None:
    text = (
        "Iran deported 300 Afghans on Sunday.\n\n"
        "Twelve of them were detained on arrival, relatives said.\n\n"
        "In Herat, two returnees were detained on Monday. In Kabul, a teacher was detained on Tuesday."
    )
    found = suggest_events(text, published=PUBLISHED, language="en")
    assert [(e.type, e.country) for e in found][:2] == [("deportation", "IR"), ("detention", "AF")]


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        ("Pakistani police detained 40 Afghan workers in Karachi on Sunday. They were beaten in custody.",
         "en", "PK"),
        ("پولیس ایران روز یکشنبه ۴۰ کارگر افغان را در مشهد بازداشت کرد. آنان در بازداشت لت و کوب شدند.",
         "fa", "IR"),
    ],
)  # fmt: skip
def test_a_place_abroad_is_carried_to_the_next_sentence(text: str, language: str, country: str) -> None:
    found = suggest_events(text, published=PUBLISHED, language=language)
    assert [(e.type, e.province, e.country) for e in found] == [
        ("detention", None, country),
        ("torture", None, country),
    ]
