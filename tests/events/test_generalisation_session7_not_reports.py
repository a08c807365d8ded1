"""Passages that name events without reporting them (issue 14, session 7): a methodology note's counting
rules and quoted examples, a feared ill-treatment, a long claim later withdrawn, a section's or a case's
heading, a summary line adding the cases up; and torture told as burns made with cigarettes. Every case is
written for these tests (English, Dari, Pashto); none is taken from an answer key's articles."""

from __future__ import annotations

import pytest

from tests.events.suggesting import facts, suggest

# 1. A rule of how events are recorded, or a quoted example of a wording, reports nothing: "If four women
#    are detained in Herat …, we enter one detention", "A family that flees Kunduz … is counted as …".


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            'When a source says that "two teachers were arrested in Khost and their arrest was carried out '
            'at dawn", we enter one detention of two people.',
            "en",
        ),
        (
            "If four women are detained in Herat and one of them is later flogged, we enter one detention "
            "and one ill-treatment entry.",
            "en",
        ),
        ("A family that flees Kunduz for Mazar-i-Sharif is counted as fleeing from Kunduz.", "en"),
        ("Killings are recorded in the province where the body was found, not where the victim lived.", "en"),
        (
            'Our monthly bulletins sometimes begin with a line like "at least 25 people were arrested in '
            'Balkh and Jawzjan this month" before each case is described.',
            "en",
        ),
        (
            "اگر منبعی بنویسد که «سه مرد در ولسوالی اچین بازداشت شدند»، ما یک مورد بازداشت سه نفر را ثبت "
            "می‌کنیم.",
            "fa",
        ),
        ("کسی که از غزنی به کابل فرار می‌کند، به عنوان فرار از غزنی ثبت می‌شود.", "fa"),
        (
            "گزارش‌های ماهانه ما گاهی با جمله‌ای مانند «دست‌کم ۳۰ تن در هلمند و کندهار بازداشت شدند» آغاز "
            "می‌شود.",
            "fa",
        ),
        (
            "که یوه سرچینه ولیکي چې «درې کسان په خوست کې ونیول شول»، موږ د درېیو کسانو یوه نیونه ثبتوو.",
            "ps",
        ),
        ("هغه کس چې له کندز څخه مزار شریف ته تښتي، د کندز څخه د تېښتې په توګه ثبتېږي.", "ps"),
    ],
)
def test_a_counting_rule_or_a_quoted_example_is_no_event(text: str, language: str) -> None:
    assert suggest(text, language) == []


def test_an_arrest_on_charges_quoted_as_examples_is_still_an_event() -> None:
    # near miss: only what the quoted example says is invented, not the words around it
    text = 'Three reporters were arrested in Kabul on 3 May on charges such as "propaganda against the state"'
    assert facts(suggest(text)) == {("detention", "AF-KAB", 3, "exact")}


def test_a_dated_case_recorded_as_something_is_still_an_event() -> None:
    # near miss: a rule names no day; "recorded as a robbery" of a killing on 3 May reports it
    text = "A shopkeeper shot dead in Herat city on 3 May is recorded as a robbery victim by the police."
    assert facts(suggest(text)) == {("killing", "AF-HER", 1, "exact")}


def test_a_report_of_what_we_recorded_is_still_an_event() -> None:
    # near miss: the past tense reports ("we recorded"), a rule is in the present ("we record")
    text = "In April we recorded the detention of six former soldiers in Khost city on 12 April."
    assert facts(suggest(text)) == {("detention", "AF-KHO", 6, "exact")}


# 2. Ill-treatment feared, however far the fear stands before it: "there is a real risk that he is being
#    tortured", "we fear that the students are being beaten".


@pytest.mark.parametrize(
    "text",
    [
        "Given what happened to his cousin, there is a serious risk that the teacher is being ill-treated in "
        "custody in Gardez.",
        "Relatives fear that the two students from Kunduz city are being beaten.",
        "Lawyers are concerned that the journalist arrested in Herat last year is still being tortured.",
    ],
)
def test_feared_ill_treatment_is_no_event(text: str) -> None:
    assert [e.type for e in suggest(text) if e.type == "torture"] == []


def test_ill_treatment_told_as_fact_is_an_event() -> None:
    text = "The two students held in Kunduz city are being beaten every night, their families said."
    assert ("torture", "AF-KDZ", 2, "exact") in facts(suggest(text))


# 3. A report withdrawn or taken down, however long the claim it quotes.


@pytest.mark.parametrize(
    "text",
    [
        "A story posted on Facebook that three shopkeepers had been shot dead in the bazaar of Charikar on "
        "3 May was withdrawn by the page that first posted it two days later.",
        "A news item saying that four former soldiers had been detained by the intelligence directorate in "
        "Pul-i-Khumri on Sunday night has since been taken down by the agency that ran it.",
    ],
)
def test_a_long_claim_withdrawn_is_no_event(text: str) -> None:
    assert suggest(text) == []


# 4. A section's heading ("4. Returns and deportations") or a case's index line ("C-07 | Khost | Arbitrary
#    detention") names the events the text below reports: they are reported once, from the text.


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Quarterly update, Published 2 April 2024\n\n3. Returns and deportations\n\n3.1 Pakistani "
            "authorities deported more than 9,000 Afghans through Torkham during the quarter.",
            "en",
            [("deportation", "PK", 9000)],
        ),
        (
            "CASE LOG, SOUTH-EAST\n\nC-07 | Khost city, Khost | Arbitrary detention\nTwo brothers were "
            "arrested at their shop in Khost city on 3 May.\n\nC-09 | Gardez, Paktia | Killing\nA former "
            "soldier was shot dead outside his home in Gardez on 9 May.",
            "en",
            [("detention", "AF-KHO", 2), ("killing", "AF-PIA", 1)],
        ),
        (
            "گزارش ماهانه\n\n۲. بازداشت‌ها و ناپدیدسازی‌ها\n\nروز دوشنبه سه معلم در شهر فیض‌آباد بازداشت شدند.",
            "fa",
            [("detention", "AF-BDS", 3)],
        ),
    ],
)
def test_a_heading_naming_events_is_not_one_more(
    text: str, language: str, expected: list[tuple[object, ...]]
) -> None:
    events = suggest(text, language)
    assert [(e.type, e.province or e.country, e.count.value if e.count else None) for e in events] == expected


# 5. A summary line adding the cases up is no event of its own.


@pytest.mark.parametrize(
    "text",
    [
        "Two men were detained in Asadabad on 2 June. A teacher was shot dead in Asadabad on 5 June.\n\n"
        "Summary: this log covers three people detained or killed in Kunar in June.",
        "Two men were detained in Asadabad on 2 June. A teacher was shot dead in Asadabad on 5 June.\n\n"
        "The list includes three victims detained or killed in Kunar in June.",
    ],
)
def test_a_summary_line_is_no_event(text: str) -> None:
    assert facts(suggest(text)) == {("detention", "AF-KNR", 2, "exact"), ("killing", "AF-KNR", 1, "exact")}


# 6. Burns made with cigarettes, a man hung by his wrists: torture.


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A shopkeeper released in Kunduz city on 4 May had cigarette burns on his hands.", "en"),
        ("Guards in the Pul-e Charkhi prison in Kabul burned him with cigarettes, his brother said.", "en"),
        ("Two detainees in Gardez said they were hung by their wrists for hours.", "en"),
        ("زندانبانان در زندان شهر هرات دستان او را با سیگار سوزاندند.", "fa"),
        ("ساتونکو د کندهار په زندان کې د هغه لاسونه په سګرټو وسوځول.", "ps"),
    ],
)
def test_burns_and_hanging_by_the_wrists_are_torture(text: str, language: str) -> None:
    assert "torture" in {e.type for e in suggest(text, language)}


# 7. A course's aims name the events it teaches to record: «هدف این دوره، آشنایی … با شیوه‌های ثبت …»;
#    «سه‌روزه» (three-day) is no count.


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("هدف این کارگاه سه‌روزه، آشنایی فعالان مدنی با روش‌های مستندسازی شکنجه و بازداشت خودسرانه بود.", "fa"),
        (
            "در این نشست، شرکت‌کنندگان با شیوه‌های گزارش‌دهی درباره ناپدیدسازی قهری و اعدام‌های صحرایی آشنا "
            "شدند.",
            "fa",
        ),
        (
            "د دې روزنیزې غونډې موخه د نیونو او شکنجې د پېښو د ثبتولو له لارو چارو سره د خبریالانو بلدتیا "
            "وه.",
            "ps",
        ),
        ("په دې ورکشاپ کې ګډونوالو د ورکېدو او وژنو د پېښو د مستندولو طریقې زده کړې.", "ps"),
    ],
)
def test_a_course_aims_are_no_events(text: str, language: str) -> None:
    assert suggest(text, language) == []


def test_a_target_hit_is_still_a_killing() -> None:
    # near miss: «هدف قرار دادند» (targeted) is no course's aim
    text = "افراد مسلح روز شنبه یک خبرنگار را در شهر قندهار هدف قرار دادند و کشتند."
    assert facts(suggest(text, "fa")) == {("killing", "AF-KAN", 1, "exact")}


# 8. Those arrested over a killing are the detention's people, whatever they are called ("two suspects");
#    the killing, the charge («به اتهام …») and what they were made to confess («تا به قتل اعتراف کنند») are
#    no events, and «در همان روز بازداشت» (on the day of their detention) dates, it does not detain again.


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Police in Herat said they had detained three gunmen on Friday over the killing of a "
            "money-changer.",
            "en",
            {("detention", "AF-HER", 3, "exact")},
        ),
        (
            "The district chief said officers had arrested two suspects in Gardez on Monday in connection "
            "with the killings.",
            "en",
            {("detention", "AF-PIA", 2, "exact")},
        ),
        (
            "پولیس هرات می‌گوید که دو مظنون را روز جمعه در پیوند با قتل یک صراف بازداشت کرده است.",
            "fa",
            {("detention", "AF-HER", 2, "exact")},
        ),
        (
            "روز شنبه دو جوان در شهر غزنی به اتهام همکاری با جبهه مقاومت بازداشت شدند.",
            "fa",
            {("detention", "AF-GHA", 2, "exact")},
        ),
        (
            "طالبان سه مرد را به اتهام قتل یک دکاندار در شهر هرات بازداشت کردند.",
            "fa",
            {("detention", "AF-HER", 3, "exact")},
        ),
        (
            "د جمعې په ورځ د خوست په ښار کې درې ځوانان د وسلو ساتلو په تور ونیول شول.",
            "ps",
            {("detention", "AF-KHO", 3, "exact")},
        ),
    ],
)
def test_an_arrest_over_a_killing_or_a_charge_is_one_detention(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


def test_over_the_weekend_is_no_cause() -> None:
    # near miss: "over the" a time is when, not what an event was linked to
    text = "Clashes over the weekend killed three civilians in Kunduz city."
    assert facts(suggest(text)) == {("killing", "AF-KDZ", 3, "exact")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "پولیس پنج مرد را روز یکشنبه در شهر غزنی بازداشت کرد. سه تن از بازداشت‌شدگان گفتند که در همان "
            "روز بازداشت با کیبل لت‌وکوب شده‌اند تا به قتل یک سرباز اعتراف کنند.",
            "fa",
        ),
        (
            "Police detained five men in Ghazni city on Sunday. Three of them said they were whipped on the "
            "day of their arrest to make them confess to the killing of a soldier.",
            "en",
        ),
    ],
)
def test_beaten_to_confess_to_a_killing_is_torture_only(text: str, language: str) -> None:
    events = suggest(text, language)
    assert [(e.type, e.province, e.count.value if e.count else None) for e in events] == [
        ("detention", "AF-GHA", 5),
        ("torture", "AF-GHA", 3),
    ]


# 9. Cases a course or a note imagines ("with invented cases", «با نمونه‌های ساختگی», 'if a mother tells you
#    "…"'), and a warning of what happens if something goes on, by no authority, are no events.


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Trainers showed with invented cases that a reporter must check the date of the summons when a "
            "family says its son was detained in Herat.",
            "en",
        ),
        (
            'If a mother tells you "my son was taken from the checkpoint in Kunduz", ask for the date first.',
            "en",
        ),
        (
            "استادان با نمونه‌های ساختگی نشان دادند که اگر خانواده‌ای بگوید عضوش «پس از احضار در هرات "
            "ناپدید شده است»، خبرنگار باید تاریخ احضار را بپرسد.",
            "fa",
        ),
        ("در این کارگاه با یک مثال فرضی نشان داده شد که پنج مرد در شهر غزنی بازداشت شده‌اند.", "fa"),
        (
            "د کډوالو د ملاتړ یوې ډلې خبرداری ورکړی چې که دا بهیر همداسې دوام وکړي، نو په ژمي کې به په "
            "زرګونو کورنۍ بې سرپناه پاتې شي.",
            "ps",
        ),
        (
            "یک نهاد حمایت از مهاجران هشدار داد که اگر اخراج‌ها به همین شکل ادامه یابد، هزاران خانواده در "
            "زمستان بی‌سرپناه خواهند ماند.",
            "fa",
        ),
        (
            "A refugee charity warned that if the expulsions continue at this pace, thousands of families "
            "will be homeless by winter.",
            "en",
        ),
    ],
)
def test_imagined_cases_and_conditional_warnings_are_no_events(text: str, language: str) -> None:
    assert suggest(text, language) == []


# 10. Where people were travelling from or to is not where they were taken ("travelling from Jaghori to
#     Kabul", «که از جاغوری به کابل می‌رفتند», «کابل ته روان وو»); leaving "for a wedding" is no flight.


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Three men travelling from Jaghori to Kabul were taken off a minibus at a checkpoint in Ghazni's "
            "Qarabagh district on Tuesday and have not been heard from since.",
            "en",
            {("disappearance", "AF-GHA", 3, "exact")},
        ),
        (
            "Two traders on their way to Mazar-i-Sharif were detained at a checkpoint in Pul-i-Khumri on "
            "Monday.",
            "en",
            {("detention", "AF-BGL", 2, "exact")},
        ),
        (
            "روز سه‌شنبه سه مسافر که از جاغوری به کابل می‌رفتند، در ایست بازرسی قره‌باغ غزنی از موتر پایین "
            "کشیده شدند و از آن زمان خبری از آنان نیست.",
            "fa",
            {("disappearance", "AF-GHA", 3, "exact")},
        ),
        (
            "د سه شنبې په ورځ درې مسافر چې له جاغوري څخه کابل ته روان وو، د غزني په قره باغ کې ونیول شول.",
            "ps",
            {("detention", "AF-GHA", 3, "exact")},
        ),
        (
            "The body of a former officer was found on 4 August beside the road in Behsud district, two days "
            "after he left Jalalabad city for a wedding.",
            "en",
            {("killing", "AF-NAN", 1, "exact")},
        ),
    ],
)
def test_a_journeys_ends_do_not_place(text: str, language: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, language)) == expected


def test_leaving_for_another_country_is_still_flight() -> None:
    text = (
        "Gunmen shot dead a teacher in Kunduz city on Monday. His brother left Kunduz for Pakistan next day."
    )
    assert ("flight", "AF-KDZ") in {f[:2] for f in facts(suggest(text))}


# 11. A line restating the key figures ("Key figures restated: …", "Highlights: …", «ارقام کلیدی: …») adds
#     the cases told before, no event of its own.


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Gunmen killed five men in Farah city on 3 November.\n\nKey figures restated: five men killed in "
            "Farah this month.",
            "en",
            {("killing", "AF-FRA", 5, "exact")},
        ),
        (
            "Gunmen killed five men in Farah city on 3 November.\n\nHighlights: five men killed in Farah.",
            "en",
            {("killing", "AF-FRA", 5, "exact")},
        ),
        (
            "افراد مسلح روز شنبه پنج مرد را در شهر فراه کشتند.\n\nارقام کلیدی: پنج مرد در فراه کشته شدند.",
            "fa",
            {("killing", "AF-FRA", 5, "exact")},
        ),
    ],
)
def test_key_figures_restated_are_no_events(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


def test_a_line_of_notes_telling_an_event_is_no_heading() -> None:
    # near miss: short lines without a full stop that tell what happened ("… detained …", "… beaten …")
    text = (
        "Field notes, Kunduz\n\nMonday\n\nThree men detained at the checkpoint in Kunduz city tonight\n\n"
        "Shopkeeper beaten by vice police in Khanabad bazaar\n\nE-07 | Khost city, Khost | Enforced "
        "disappearance\nA driver was taken from his home in Khost city on 2 May and has not been seen since."
    )
    assert {(e.type, e.province) for e in suggest(text)} == {
        ("detention", "AF-KDZ"),
        ("torture", "AF-KDZ"),
        ("disappearance", "AF-KHO"),
    }
