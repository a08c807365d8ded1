"""Training, workshop and methodology documents (issue 14, session 7): a document whose title or first
lines name a training, a course, a workshop, a methodology or guidance reports only the incidents it tells
with a date, a place and victims; its topics ("how to document detention") are no events. Every case is
written for these tests (English, Dari, Pashto); none is taken from an answer key's articles."""

from __future__ import annotations

import pytest

from tests.events.suggesting import facts, suggest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "LONDON, 12 May 2024 - Guidance on recording torture and enforced disappearance\n\n"
            "This guidance sets out how field staff record arrests, beatings and killings.\n\n"
            "A monitor should note the province where detainees were held and the number of people tortured.",
            "en",
        ),
        (
            "Kabul, 2 May 2024 — Workshop on monitoring deportations and arbitrary detention\n\n"
            "Over two days, thirty monitors from Herat, Nimroz and Kandahar will practise documenting "
            "deportations from Iran and detentions by the police.",
            "en",
        ),
        (
            "کابل، ۱۰ ثور ۱۴۰۳ – اطلاعیه درباره کارگاه آموزشی ثبت موارد نقض حقوق بشر\n\n"
            "کارگاه دوروزه «ثبت شکنجه، قتل‌های فراقضایی و اخراج اجباری» برای سی تن از ناظران از ولایات هرات، "
            "فراه و نیمروز برگزار می‌شود.\n\n"
            "شرکت‌کنندگان یاد می‌گیرند که چگونه موارد بازداشت، لت‌وکوب و ناپدیدشدن را مستند کنند.",
            "fa",
        ),
        (
            "روش‌شناسی ثبت بازداشت و ناپدیدسازی اجباری\n\n"
            "در این رهنمود توضیح داده می‌شود که ناظران چگونه شمار بازداشت‌شدگان و کشته‌شدگان را در هر ولایت "
            "ثبت کنند.",
            "fa",
        ),
        (
            "کابل، د ۱۴۰۳ د غویي ۱۰ – د بشري حقونو د سرغړونو د ثبتولو د روزنیز ورکشاپ په اړه خبرتیا\n\n"
            "په دې ورکشاپ کې د هلمند او کندهار شل څارونکي زده کوي چې د نیولو، شکنجې او وژنو "
            "پېښې څنګه ثبت کړي.",
            "ps",
        ),
    ],
)
def test_a_training_or_methodology_document_reports_no_event(text: str, language: str) -> None:
    assert suggest(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Training course for human rights monitors: statement\n\n"
            "The course will teach participants how to document arbitrary detention.\n\n"
            "Its opening was overshadowed by news that Taliban intelligence detained two of the invited "
            "monitors in Kunduz city on 14 May.",
            "en",
            {("detention", "AF-KDZ", 2, "exact")},
        ),
        (
            "اعلامیه درباره دوره آموزشی ناظران حقوق بشر\n\n"
            "در این دوره شرکت‌کنندگان می‌آموزند که چگونه بازداشت‌ها را ثبت کنند.\n\n"
            "روز ۲۰ حمل، سه تن از ناظران دعوت‌شده در شهر پلخمری از سوی استخبارات بازداشت شدند.",
            "fa",
            {("detention", "AF-BGL", 3, "exact")},
        ),
    ],
)
def test_a_training_document_keeps_an_incident_it_tells(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


def test_a_report_that_mentions_a_training_later_is_no_training_document() -> None:
    # near miss: the training is named after the report's own lines
    text = (
        "KABUL, 15 May 2024 - Police detained four journalists in Herat city on 12 May.\n\n"
        "Two of them had attended a training course on reporting earlier in the year."
    )
    assert facts(suggest(text)) == {("detention", "AF-HER", 4, "exact")}


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a workshop is where the raid was; "in the course of" is no course
        "Hundreds of Afghans detained in Mashhad\n\nBy staff\n\n"
        "Iranian police detained more than 200 Afghan migrants in raids on workshops in Mashhad over the "
        "weekend. Police first announced the crackdown on 2 May.",
        "Arrests in the course of house searches in Kunduz\n\n"
        "Taliban intelligence detained six men in Kunduz city in house searches. Police announced the "
        "searches on 2 May.",
    ],
)
def test_a_workshop_raided_or_the_course_of_events_is_no_training(text: str) -> None:
    assert "statement" in {e.type for e in suggest(text)}  # the announcement stays, though it names no one


@pytest.mark.parametrize(
    "title",
    [
        "Taliban ban women from medical training courses in Herat",
        "Police arrest trainers at a workshop in Kabul",
        "New guidance from the ministry on women's dress",
    ],
)
def test_a_news_title_about_trainings_is_no_training_document(title: str) -> None:
    # near misses: a news report of trainings stopped, or of guidance issued, keeps its undated events
    body = "The provincial department of information and culture ordered a station to stop broadcasting."
    text = f"{title}\n\n{body}"
    assert "statement" in {e.type for e in suggest(text)}
