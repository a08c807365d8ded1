"""Places and dates on unseen articles (issue 14, session 6): paragraph and heading places, towns used as
modifiers, the period a report covers, publication date lines, weekdays in a dated story, Solar Hijri days
without a year, "last week" in every language. Every text is written for these tests (none taken from an
answer key's articles), with near misses that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.events.dates import find_dates
from desktop.events.dates.published import published_issued
from desktop.events.suggesting.when.dating import ArticleDates
from tests.events.suggesting import suggest

PUBLISHED = date(2026, 3, 13)  # a Friday; 22 Hut 1404


def _places(text: str, language: str = "en", published: date | None = PUBLISHED) -> set[tuple[str, str]]:
    return {(e.type, e.province or e.country or "") for e in suggest(text, language, published)}


# 1. A paragraph led by its place ("Qaisar. …") or a heading that is a district places that paragraph's
#    events, also when the district's name is an ordinary word elsewhere (guarded); a title naming two
#    provinces forces neither.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Monitoring notes (Kunduz and Takhar)\n\n## Imam Sahib\n\nTwo farmers were detained on 3 March."
            "\n\n"
            "## Farkhar\n\nA shopkeeper was beaten by Taliban fighters on 5 March.",
            {("detention", "AF-KDZ"), ("torture", "AF-TAK")},
        ),
        (
            "Field notes, north-west (Faryab and Jowzjan)\n\nQaisar. Visited the family of a mechanic "
            "detained on 2 March after a quarrel with a commander.\n\nAqcha. A nurse was summoned to the "
            "intelligence office on 4 March and has not been seen since.",
            {("detention", "AF-FYB"), ("disappearance", "AF-JOW")},
        ),
        (
            "Notes from the south (Uruzgan and Zabul)\n\nKhas Uruzgan\n\nTwo brothers were detained on 1 "
            "March.\n\nShinkay\n\nA teacher was beaten on 6 March.",
            {("detention", "AF-URU"), ("torture", "AF-ZAB")},
        ),
    ],
)
def test_a_paragraph_or_heading_naming_a_district_places_its_events(text: str, expected: set[object]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Notes (Kandahar and Helmand)\n\n### 1. Spin Boldak\n\nTwo traders were detained on 2 March.\n\n"
        "### 2. Nad Ali\n\nA teacher was beaten on 4 March.",
        "Notes (Kandahar and Helmand)\n\n**Spin Boldak.** Two traders were detained on 2 March.\n\n"
        "**Nad Ali.** A teacher was beaten on 4 March.",
        "Notes (Kandahar and Helmand)\n\nSPIN BOLDAK\nTwo traders were detained on 2 March.\n\nNAD ALI\n"
        "A teacher was beaten on 4 March.",
    ],
)
def test_numbered_bold_and_capital_headings_of_districts(text: str) -> None:
    assert _places(text) == {("detention", "AF-KAN"), ("torture", "AF-HEL")}


def test_dari_paragraphs_led_by_their_town() -> None:
    text = (
        "یادداشت‌های میدانی (فاریاب و جوزجان)\n\nمیمنه. با برادر یک دکاندار دیدار کردم. او می‌گوید برادرش روز "
        "شنبه بازداشت شد.\n\nآقچه. یک معلم به دفتر استخبارات احضار شد و تا کنون خبری از او نیست."
    )
    assert _places(text, "fa") == {("detention", "AF-FYB"), ("disappearance", "AF-JOW")}


def test_a_title_naming_two_provinces_places_nothing_by_itself() -> None:
    text = "Field notes (Faryab and Jowzjan)\n\nMet a driver. He says two men were detained on 4 March."
    assert _places(text) == {("detention", "AF")}


@pytest.mark.parametrize(
    "text",
    [
        "Qaisar said two men were detained on 4 March.",
        "Interview notes\n\nQaisar: two men were detained on 4 March.",
        "Two men were detained on 4 March, according to Qaisar.",
        # a heading that is also a district ("Burqa", Baghlan) in a text that does not name its province
        "Dress rules for women\n\n## Burqa\n\nTwo men were detained on 4 March for selling cloth.",
    ],
)
def test_an_ordinary_word_that_is_a_guarded_district_stays_a_word(text: str) -> None:
    # "Qaisar" is also a man's name: no place without a sign that it is one
    assert _places(text) == {("detention", "")}


# 2. A town or district used as a modifier still places the event.
@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "Gunmen stopped a driver at the checkpoint on the Andkhoy road on 2 March and detained him.",
            "AF-FYB",
        ),
        ("A man was publicly flogged in the Qaisar bazaar on 3 March.", "AF-FYB"),
        ("Two traders were beaten in the Qaisar market on 3 March.", "AF-FYB"),
        ("The body of a trader was found by the road to Chora on 4 March.", "AF-URU"),
        ("Gunmen killed two travellers on the Kabul–Jalalabad highway near Surobi on 2 March.", "AF-KAB"),
        ("A shopkeeper was detained at a checkpoint near Aqcha on 5 March.", "AF-JOW"),
    ],
)
def test_a_town_used_as_a_modifier_still_places(text: str, province: str) -> None:
    assert {p for _, p in _places(text)} == {province}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Armed men detained a driver on the highway between Qalat and Kandahar on 2 March.",
            "en",
            {"AF-ZAB"},
        ),
        ("Armed men detained a driver on the Kandahar–Spin Boldak highway on 2 March.", "en", {"AF-KAN"}),
        ("Two men were detained on the road to Iran near Islam Qala on 2 March.", "en", {"AF-HER"}),
        ("Two traders were detained on the Kunduz road just outside Taloqan on 2 March.", "en", {"AF-TAK"}),
        ("در مسیر شاهراه کابل-جلال‌آباد در ولسوالی سروبی دو مسافر کشته شدند.", "fa", {"AF-KAB"}),
        ("طالبان یک راننده را در سرک میمنه بازداشت کردند.", "fa", {"AF-FYB"}),
        ("طالبان یک راننده را در راه خاص ارزگان بازداشت کردند.", "fa", {"AF-URU"}),
        ("طالبانو یو موټر چلوونکی د میمنې په سړک ونیو.", "ps", {"AF-FYB"}),  # Pashto oblique «میمنې»
        ("طالبانو دوه ځوانان د شرنې په ښار کې ونیول.", "ps", {"AF-PKA"}),
        ("طالبانو د هلمند د ناوې ولسوالۍ درې ځوانان ونیول.", "ps", {"AF-HEL"}),
        ("طالبانو درې ځوانان ونیول.", "ps", {"AF"}),  # «درې» (three) is no «دره» (Dara, Panjshir)
        # near misses: a border is no place of the event; a road's far end is not a second event
        ("Two men were detained near the border with Iran on 2 March.", "en", {"IR"}),
        # a journey's end is not where it happened: the section's place stays
        ("Notes from Ghazni\n\nTwo men were detained on their way to Kabul on 2 March.", "en", {"AF-GHA"}),
        ("یادداشت‌ها از غزنی\n\nدو مرد در راه کابل بازداشت شدند.", "fa", {"AF-GHA"}),
    ],
)
def test_roads_between_two_places_and_their_near_misses(text: str, language: str, expected: set[str]) -> None:
    assert {p for _, p in _places(text, language)} == expected


# 3. "during the reporting period", "over the quarter", «در این ماه» in a report that says what it covers
#    is that period, not the quarter or month of publication.
@pytest.mark.parametrize(
    ("text", "language", "published", "start", "end"),
    [
        (
            "Update on detention, April to June 2026\n\nPublished 9 July 2026\n\nDuring the reporting "
            "period, the mission documented arbitrary detentions of former soldiers in Kunduz, Takhar and "
            "Baghlan.",
            "en", date(2026, 7, 9), date(2026, 4, 1), date(2026, 6, 30),
        ),
        (
            "Civic space update\n\nPublished 20 April 2026\n\nThis update covers the first quarter of 2026."
            "\n\nIn the period under review, journalists were detained in Herat, Farah and Nimroz.",
            "en", date(2026, 4, 20), date(2026, 1, 1), date(2026, 3, 31),
        ),
        (
            "Civic space update\n\nPublished 20 May 2026\n\nThis update covers the first quarter of 2026.\n\n"
            "Over the quarter, journalists were detained in Herat, Farah and Nimroz.",
            "en", date(2026, 5, 20), date(2026, 1, 1), date(2026, 3, 31),
        ),
        (
            "گزارش ماه حوت ۱۴۰۴\n\nتاریخ نشر: ۱۰ حمل ۱۴۰۵\n\nدر ماه مورد گزارش، بازداشت فعالان مدنی در "
            "ولایت‌های هرات، فراه و نیمروز گزارش شده است.",
            "fa", date(2026, 3, 30), date(2026, 2, 20), date(2026, 3, 20),
        ),
    ],
)  # fmt: skip
def test_the_period_a_report_covers(
    text: str, language: str, published: date, start: date, end: date
) -> None:
    (event,) = suggest(text, language, published)
    assert (event.date_start, event.date_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "language", "start", "end"),
    [
        ("Quarterly monitoring update (Q2 2026)\n\nPublished 9 July 2026\n\nOver the reporting period the "
         "mission recorded detentions of journalists in Herat, Farah and Nimroz.", "en",
         date(2026, 4, 1), date(2026, 6, 30)),
        ("Human rights update\n\nPublished 9 July 2026\n\nThis report covers the period from 1 April to 30 "
         "June 2026.\n\nDuring the period, journalists were detained in Herat, Farah and Nimroz.", "en",
         date(2026, 4, 1), date(2026, 6, 30)),
        ("Monthly report — June 2026\n\nPublished 9 July 2026\n\nThree journalists were detained in Herat "
         "during the month.", "en", date(2026, 6, 1), date(2026, 6, 30)),
        ("گزارش سه‌ماهه: حمل تا جوزا ۱۴۰۵\n\nتاریخ نشر: ۱۸ سرطان ۱۴۰۵\n\nدر این دوره، بازداشت خبرنگاران "
         "در ولایت‌های هرات، فراه و نیمروز ثبت شده است.", "fa", date(2026, 3, 21), date(2026, 6, 21)),
        ("د غبرګولي میاشتې راپور ۱۴۰۵\n\nنېټه: د ۱۴۰۵ کال د چنګاښ ۱۸مه\n\nد راپور په موده کې په هرات، "
         "فراه او نیمروز کې خبریالان ونیول شول.", "ps", date(2026, 5, 22), date(2026, 6, 21)),
        ("Weekly protection notes, Kandahar and Helmand (29 June–5 July 2026)\nIssued: 9 July 2026\n\nOver "
         "the reporting period, arbitrary detentions were reported in Zabul, Uruzgan and Kandahar.", "en",
         date(2026, 6, 29), date(2026, 7, 5)),
        # near misses: a headline naming a month is no report; a quarter's report says nothing of "this month"
        ("Journalists detained in Herat in June 2026\n\nPublished 9 July 2026\n\nThree journalists were "
         "detained in Herat this month.", "en", date(2026, 7, 1), date(2026, 7, 9)),
        ("Quarterly update, April to June 2026\n\nPublished 9 July 2026\n\nThree journalists were detained "
         "in Herat this month.", "en", date(2026, 7, 1), date(2026, 7, 9)),
        ("Monthly report — June 2026\n\nPublished 9 July 2026\n\nEarlier this month, three journalists were "
         "detained in Herat.", "en", date(2026, 7, 1), date(2026, 7, 9)),
    ],
)  # fmt: skip
def test_the_period_a_report_covers_in_other_words(text: str, language: str, start: date, end: date) -> None:
    (event,) = suggest(text, language, date(2026, 7, 9))
    assert (event.date_start, event.date_end) == (start, end)


def test_without_a_covered_period_the_quarter_is_the_publications() -> None:
    text = (
        "Civic space update\n\nPublished 20 May 2026\n\nOver the quarter, journalists were detained in Herat."
    )
    (event,) = suggest(text, "en", date(2026, 5, 20))
    assert event.date_start == date(2026, 4, 1)


# 7. A list-level event with no date of its own in a periodic report took place over the covered period.
def test_a_list_level_event_of_a_periodic_report_takes_the_covered_period() -> None:
    text = (
        "Quarterly update, January to March 2026\n\nPublished 9 April 2026\n\nThe mission documented "
        "detentions of former soldiers in Kunduz, Takhar and Baghlan."
    )
    dates = ArticleDates(text, published=date(2026, 4, 9))
    listed = dates.undated(listed=True)
    assert (listed.start, listed.end, listed.precision) == (date(2026, 1, 1), date(2026, 3, 31), "range")
    one = dates.undated()  # an incident in one place, undated: reported on publication
    assert (one.start, one.precision) == (date(2026, 4, 9), "reported")
    news = ArticleDates("Kabul, 9 April 2026 — Detentions in Kunduz and Takhar.", published=date(2026, 4, 9))
    assert news.undated(listed=True).precision == "reported"  # no covered period


# 4. Publication date lines, and dates that are not one.
@pytest.mark.parametrize(
    ("text", "issued"),
    [
        ("Complaint to the rapporteur\n\nDate of submission: 3 November 2025\n\nMy client was detained.",
         [2025, 11, 3]),
        ("Submission on detentions\nSubmitted on 12 March 2026\n\nThe men were detained.", [2026, 3, 12]),
        ("Notice\nIssued: 4 April 2026\n\nA man was held.", [2026, 4, 4]),
        ("Letter to the governor\nDated 7 May 2026\n\nWe write about the arrests.", [2026, 5, 7]),
        ("Letter\nDate: 7 May 2026\n\nWe write about the arrests.", [2026, 5, 7]),
        ("اعلامیه\nتاریخ: ۱۲ حمل ۱۴۰۵\n\nمتن اعلامیه", [2026, 4, 1]),
        ("اعلامیه\nتاریخ نشر ۱۲ حمل ۱۴۰۵\n\nمتن اعلامیه", [2026, 4, 1]),
        ("اعلامیه\nنېټه: د ۱۴۰۵ کال د وري ۱۲مه\n\nمتن", [2026, 4, 1]),
        ("KABUL (Frontier Wire), 3 June 2026 — Two men were detained on Monday.", [2026, 6, 3]),
        ("Working notes — Faryab\n\n- **Detention of nine men, 4 March 2026.** A shopkeeper saw it.\n"
         "- Next visit: Almar.", None),
        ("Working notes — Faryab\n\n**Detention of nine men, 4 March 2026.** A shopkeeper saw it.\n", None),
        ("Call notes\n\n* Arrest of two teachers, 9 January 2026. The source says more.\n", None),
        ("Field notes\n\nArrest of two teachers, 9 January 2026.\n\nThey were held in Aqcha.", None),
        ("Statement\n\nDate issued: 14 February 2026\n\nText.", [2026, 2, 14]),
        ("اعلامیه\n\nتاریخ صدور: ۲۵ دلو ۱۴۰۴\n\nمتن", [2026, 2, 14]),
        ("Incident log\n\n9 February 2026 — Aqcha — a man beaten.\n10 February 2026 — Mardyan — two held.",
         None),
        ("# Calls\n\n## 3 February 2026\n\nTwo men held.\n\n## 5 February 2026\n\nA nurse beaten.", None),
        ("Letter to the governor\n\n14 February 2026\n\nDear Sir, we write about the arrests.",
         [2026, 2, 14]),
        ("Situation update #12 (3 November 2025)\n\nText.", [2025, 11, 3]),
        ("Situation update #12, as of 3 November 2025\n\nText.", [2025, 11, 3]),
        ("Bulletin No. 12 – 3 November 2025\n\nText.", [2025, 11, 3]),  # a number, then the date
        ("خبرنامه شماره ۱۲ – ۱۲ عقرب ۱۴۰۴\n\nمتن", [2025, 11, 3]),
        ("Field note\nReporting period: 1–31 October 2025\n\nText.", None),  # a period, not a day
        ("Notes\n\nTwo men detained in Aqcha (3 November 2025).\n\nMore.", None),
    ],
)  # fmt: skip
def test_publication_date_lines(text: str, issued: list[int] | None) -> None:
    found = published_issued(text)
    assert (found["date-parts"][0] if found else None) == issued


# 5. A weekday in a dated story, its dateline naming the agency in parentheses, is the latest such day
#    before publication, not the publication day.
@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("هرات (خبرگزاری صدای غرب)، ۲۲ حوت ۱۴۰۴ – منابع محلی در ولسوالی گذره می‌گویند که نیروهای استخبارات "
         "طالبان روز سه‌شنبه دو خبرنگار را از خانه‌هایشان بازداشت کرده‌اند.", "fa", date(2026, 3, 10)),
        ("مزار شریف (رادیو آزادی)، ۲۲ حوت ۱۴۰۴ – منابع می‌گویند نیروهای امنیتی طالبان روز پنج‌شنبه گذشته "
         "سه معلم را در شهر مزار شریف بازداشت کردند.", "fa", date(2026, 3, 12)),
        ("HERAT (Western Wire), 13 March 2026 — Local sources say intelligence officers of the Taliban "
         "detained two reporters at their homes on Tuesday.", "en", date(2026, 3, 10)),
        ("لشکرګاه (د هلمند غږ)، د ۱۴۰۴ کال د کب ۲۲مه – سیمه ییزو سرچینو ویلي چې د طالبانو استخباراتو د "
         "پنجشنبې په ورځ درې ځوانان ونیول.", "ps", date(2026, 3, 12)),
    ],
)  # fmt: skip
def test_a_weekday_in_a_dated_story(text: str, language: str, day: date) -> None:
    (event,) = suggest(text, language, PUBLISHED)
    assert event.date_start == day


# 6. Solar Hijri day and month without a year in the body: the article's Hijri year, or the one before.
@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("د زمري په ۱۸مه ونیول شو", date(2026, 9, 1), date(2026, 8, 9)),
        ("د وږي ۴مه نېټه ونیول شو", date(2026, 9, 1), date(2026, 8, 26)),
        ("در ۱۹ حمل بازداشت شد", date(2026, 4, 25), date(2026, 4, 8)),
        ("۲۸ اسد بازداشت شد", date(2026, 9, 1), date(2026, 8, 19)),
        ("د لیندۍ په ۱۲مه ونیول شو", date(2026, 3, 13), date(2025, 12, 3)),  # after publication: year before
        ("درې ځوانان د سلواغي په ۲۸ مه ونیول شول", date(2026, 3, 13), date(2026, 2, 17)),  # ي, "۲۸ مه"
        ("درې ځوانان په ۱۵ کب ونیول شول", date(2026, 3, 13), date(2026, 3, 6)),  # "کب" is a month after a day
        ("درې ځوانان د کب پر ۱۵مه ونیول شول", date(2026, 3, 13), date(2026, 3, 6)),  # "پر" for "په"
        ("سه جوان به تاریخ ۲۸ دلو بازداشت شدند", date(2026, 3, 13), date(2026, 2, 17)),
    ],
)
def test_solar_hijri_days_without_a_year(text: str, published: date, day: date) -> None:
    found = find_dates(text, published=published)
    assert found and (found[0].range.start, found[0].range.precision) == (day, "day")


@pytest.mark.parametrize("text", ["ماهی کب خوړ", "یو کب یې ونیو", "تله یې کېښوده"])
def test_a_fish_and_a_trap_are_no_months(text: str) -> None:
    assert find_dates(text, published=PUBLISHED) == []


# 5b. A weekday of last week is that day of the previous calendar week, not the latest such day.
@pytest.mark.parametrize(
    "words",
    ["detained on Tuesday last week", "روز سه‌شنبه هفته گذشته بازداشت شد", "سه‌شنبه هفته پیش بازداشت شد",
     "د تېرې اونۍ په سه شنبه ونیول شو", "د تېرې اونۍ د سه شنبې په ورځ ونیول شو"],
)  # fmt: skip
def test_a_weekday_of_last_week(words: str) -> None:
    (found,) = find_dates(words, published=PUBLISHED)
    assert (found.range.start, found.range.precision) == (date(2026, 3, 3), "day")


def test_last_tuesday_and_a_possessive_last_week_stay_apart() -> None:
    last = find_dates("detained last Tuesday", published=PUBLISHED)
    assert [m.range.start for m in last] == [date(2026, 3, 10)]
    found = find_dates("On Tuesday, last week's detainees were freed.", published=PUBLISHED)
    assert [m.range.start for m in found] == [date(2026, 3, 10), date(2026, 3, 2)]


# 8. "Last week" is the previous calendar week, Monday to Sunday, in every language (README rule 7).
@pytest.mark.parametrize("words", ["last week", "هفته گذشته", "هفته پیش", "تېره اونۍ", "تېرې اونۍ"])
def test_last_week_is_monday_to_sunday(words: str) -> None:
    (found,) = find_dates(words, published=PUBLISHED)
    assert (found.range.start, found.range.end) == (date(2026, 3, 2), date(2026, 3, 8))
