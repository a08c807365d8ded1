"""Dari and Pashto wordings of classes seen on unseen text (issue 14): people named by a participle inside a
trigger («ناپدیدشدگان»), topics of a meeting, the motive of a killing, negation after the event word, claims
nobody confirmed, "because of" before a real event, social media as a cause, the title's province."""

from __future__ import annotations

import pytest

from tests.events.suggesting import facts, suggest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "انجمن خانواده‌های ناپدیدشدگان بار دیگر از مقامات طالبان می‌خواهد که سرنوشت و محل نگهداری "
            "عزیزان ما را روشن کنند.",
            "fa",
        ),
        (
            "در نشست روز پنجشنبه انجمن، موضوعاتی چون ناپدیدسازی قهری، بازداشت خودسرانه و شکنجه در زندان‌ها "
            "بررسی شد.",
            "fa",
        ),
        ("په پکتیا کې د لیندۍ په میاشت کې د وژنې کومه پېښه نه ده ثبت شوې.", "ps"),
        ("مردم می‌گویند او را به زندان هرات برده‌اند، اما هیچ کس این را تأیید نکرده است.", "fa"),
        ("Relatives say he was taken to a prison in Herat, but no one has confirmed this.", "en"),
    ],
)
def test_no_event_is_reported(text: str, language: str) -> None:
    assert suggest(text, language) == []


def test_the_motive_of_a_killing_is_no_second_killing() -> None:
    text = "جسد یک کارگر روز دوشنبه در شهر هرات پیدا شد. خانواده‌اش می‌گویند از انگیزه قتل او آگاهی ندارند."
    assert facts(suggest(text, "fa")) == {("killing", "AF-HER", 1, "exact")}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "طالبان پدرم را به خاطر شکایتش به ولسوالی چغچران لت و کوب کردند.",
            "fa",
            ("torture", "AF-GHO"),
        ),
        (
            "په لښکرګاه کې تېره اونۍ څلور ځوانان د ټولنیزو رسنیو د یوې ویډیو له امله ونیول شول.",
            "ps",
            ("detention", "AF-HEL"),
        ),
    ],
)
def test_a_reason_given_for_an_event_does_not_hide_it(
    text: str, language: str, expected: tuple[str, str]
) -> None:
    assert [(e.type, e.province) for e in suggest(text, language)] == [expected]


def test_the_title_places_an_interview_about_one_province() -> None:
    text = (
        "یادداشت مصاحبه – خواهر یک مرد ناپدیدشده، ولایت غور\n\n"
        "س: بعد چه شد؟\n"
        "ج: در ماه ثور از ترس جان به هرات فرار کردیم.\n"
    )
    assert [(e.type, e.province) for e in suggest(text, "fa") if e.type == "flight"] == [("flight", "AF-GHO")]


def test_a_man_summoned_and_not_heard_of_is_no_appeal() -> None:
    text = (
        "د ننګرهار د شېرزاد ولسوالۍ یو امام تېره اونۍ د طالبانو استخباراتو دفتر ته وغوښتل شو او له هغه وخته "
        "یې هیڅ درک نشته."
    )
    assert [(e.type, e.province) for e in suggest(text, "ps")] == [("disappearance", "AF-NAN")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("د کونړ د قومي مشرانو شورا اعلامیه", "ps"),
        ("The elders' council of Kunar issued a statement on the deportations.", "en"),
        ("انجمن خانواده‌ها در بیانیه‌ای از وضعیت زندانیان ابراز نگرانی کرد.", "fa"),
    ],
)
def test_a_statement_by_elders_or_families_is_no_policy(text: str, language: str) -> None:
    assert [e for e in suggest(text, language) if e.type == "statement"] == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "د ایران په زاهدان ښار کې درې افغان کډوال اعدام شول. کورنۍ ته یې حتی د جسد د راوړلو اجازه نه ده "
            "ورکړل شوې.",
            "ps",
        ),
        (
            "Three Afghan men were executed in Zahedan on Monday. The family of one of them was told the "
            "body would not be handed over.",
            "en",
        ),
    ],
)
def test_the_body_of_someone_already_reported_killed_is_no_new_killing(text: str, language: str) -> None:
    assert [(e.type, e.country) for e in suggest(text, language)] == [("killing", "IR")]


def test_a_detention_before_a_deportation_already_reported() -> None:
    text = (
        "Iran deported 9,400 people through Islam Qala in November. Forty-two of the men said they had been "
        "held for up to a week at a camp in Razavi Khorasan before deportation."
    )
    found = facts(suggest(text))
    assert ("detention", "IR", 42, "exact") in found
    assert [f for f in found if f[0] == "deportation"] == [("deportation", "IR", 9400, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "Two former police officers were shot dead in Kandahar city on Friday. Their bodies were handed over "
        "to their families on Saturday.",
        "Two former police officers were shot dead in Kandahar city on Friday. The bodies were handed over "
        "on Saturday.",
    ],
)
def test_a_body_handed_over_is_no_deportation_and_no_second_killing(text: str) -> None:
    assert facts(suggest(text)) == {("killing", "AF-KAN", 2, "exact")}


def test_people_handed_over_by_a_border_force_are_deported() -> None:
    text = "Iranian border guards handed over 300 Afghans at Islam Qala on Monday."
    assert [(e.type, e.country) for e in suggest(text)] == [("deportation", "IR")]


def test_a_withdrawn_pashto_report_is_no_event() -> None:
    text = (
        "ویاند: هغه خبر چې تېره ورځ مو د سپین بولدک په اړه خپور کړ او پکې ویل شوي وو چې دوه کسان اعدام "
        "شوي، سم نه و؛ سرچینې خپل خبر بېرته واخیست."
    )
    assert suggest(text, "ps") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen killed three men in Jaghori district of Ghazni on Sunday. The district saw heavy "
            "fighting in 2018, when hundreds of families fled to Ghazni city. Several relatives of the "
            "victims have since left for Kabul, fearing for their safety.",
            "en",
        ),
    ],
)
def test_a_sentence_about_now_after_a_historical_one_is_no_history(text: str, language: str) -> None:
    assert [(e.type, e.province) for e in suggest(text, language) if e.type == "flight"] == [
        ("flight", "AF-GHA")
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "د ګردېز ښار یوه ښځینه فعاله له خپل کور څخه د وسلوالو لخوا بوتلل شوه او له هغه وخته ورکه ده.",
            "ps",
            [("disappearance", "AF-PIA")],
        ),
        (
            "د غلام خان د لارې له پاکستانه ۳۵۰ کسان وشړل شول، چې ډېری یې ښځې او ماشومان وو.",
            "ps",
            [("deportation", "PK")],
        ),
        (
            "این سه تن ده روز پیش در ولسوالی اندراب بغلان از سوی افراد مسلح از خانه‌هایشان برده شده بودند و "
            "مقامات محلی از دادن هرگونه معلومات درباره آنان خودداری کردند.",
            "fa",
            [("disappearance", "AF-BGL")],
        ),
        (
            "دو پسر همسایه ما در سرپل از سوی طالبان جذب شدند و برای آموزش نظامی به یک مرکز در شبرغان برده "
            "شدند.",
            "fa",
            [("recruitment", "AF-SAR")],
        ),
    ],
)
def test_the_dari_or_pashto_event_and_its_place(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert [(e.type, e.province or e.country) for e in suggest(text, language)] == expected


def test_a_number_in_a_place_name_is_no_count() -> None:
    text = "روز سه‌شنبه، چهار زن معترض در کارته سه کابل از سوی نیروهای طالبان بازداشت شدند."
    assert facts(suggest(text, "fa")) == {("detention", "AF-KAB", 4, "exact")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("پوښتنه: ستاسو زوی په هلمند کې څه وخت ورک شو؟", "ps"),
        ("Q: When was your brother detained in Kunduz?", "en"),
    ],
)
def test_a_question_reports_nothing(text: str, language: str) -> None:
    assert suggest(text, language) == []
