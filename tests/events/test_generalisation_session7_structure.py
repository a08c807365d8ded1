"""Which events, of which type and count, on unseen wordings (issue 14, session 7): people taken at a
checkpoint and silence about them, bodies and abductions told after a killing, table count columns, titles,
case numbers, what came before, background places and people words. Every case is written for these tests
(English, Dari, Pashto); none is taken from an answer key's articles."""

from __future__ import annotations

import pytest

from tests.events.suggesting import facts, suggest

# 1. Taken at or from a checkpoint (off a bus, out of a car) is an abduction: a disappearance, with or
#    without the silence after it; detained there, or taken on to a police station, stays a detention.


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "A driver from Khulm, taken from a checkpoint near Mazar-i-Sharif on 3 May, has never come back.",
            "en",
            {("disappearance", "AF-BAL", 1, "exact")},
        ),
        (
            "Callers said a nurse from Dasht-e Barchi, taken from a Taliban checkpoint in Kabul city a week "
            "ago, has still not come home and nobody will tell her parents where she is.",
            "en",
            {("disappearance", "AF-KAB", 1, "exact")},
        ),
        (
            "[15/05/2024, 18:40] R: Chaghcharan - 2 brothers taken at the checkpoint on the airport road "
            "tonight, car with no plates",
            "en",
            {("disappearance", "AF-GHO", 2, "exact")},
        ),
        (
            "Herat: 3 shopkeepers taken at checkpoint near the bazaar this morning, family no news",
            "en",
            {("disappearance", "AF-HER", 3, "exact")},
        ),
        (
            "روز دوشنبه سه جوان در ایست بازرسی طالبان در شهر پلخمری از موتر پایین کشیده شدند و "
            "خانواده‌هایشان تاکنون از آنان خبری ندارند.",
            "fa",
            {("disappearance", "AF-BGL", 3, "exact")},
        ),
        (
            "روز چهارشنبه دو مسافر در ایست بازرسی سر راه غزنی از موتر پایین کرده شدند و از آن زمان تاکنون "
            "کسی از آنان خبری ندارد.",
            "fa",
            {("disappearance", "AF-GHA", 2, "exact")},
        ),
        (
            "یک راننده در ایست بازرسی بیرون شهر هرات از موتر پیاده کرده شد و از آن روز به بعد به خانه "
            "برنگشته است.",
            "fa",
            {("disappearance", "AF-HER", 1, "exact")},
        ),
    ],
)
def test_taken_at_a_checkpoint_is_a_disappearance(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: an arrest at a checkpoint, and people taken on to a police station, are detentions
        (
            "Three men were detained at a checkpoint in Herat and taken to the police station.",
            {("detention", "AF-HER", 3, "exact")},
        ),
        (
            "Police took two men from a checkpoint in Herat to the district police headquarters on Monday.",
            {("detention", "AF-HER", 2, "exact")},
        ),
        (
            "Herat: 4 students stopped at a checkpoint and kept at the police station overnight",
            {("detention", "AF-HER", 4, "exact")},
        ),
        (
            "Chaghcharan, Ghor: at least 6 women stopped at checkpoint for travelling w/o mahram, kept at "
            "district centre for hours",
            {("detention", "AF-GHO", 6, "at least")},
        ),
    ],
)
def test_held_at_or_after_a_checkpoint_is_a_detention(text: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "یک فعال زن که روز ۱۲ حمل به دفتر استخبارات در شهر فیض‌آباد احضار شده بود، از آن روز تاکنون "
            "دیده نشده است.",
            {("disappearance", "AF-BDS", 1, "exact")},
        ),
        (
            "یک معلم در ولسوالی اندراب به قوماندانی امنیه احضار شد و پس از آن هیچ کس او را ندیده است.",
            {("disappearance", "AF-BGL", 1, "exact")},
        ),
    ],
)
def test_summoned_and_not_seen_since_is_a_disappearance(text: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, "fa")) == expected


def test_an_abduction_told_after_the_body_was_found_is_its_own_event() -> None:
    # "He had been missing since …" after a body is the killing's background; an abduction is an act
    text = (
        "جسد یک داکتر روز یکشنبه در ولسوالی پغمان ولایت کابل پیدا شد. خانواده او می‌گویند که او دو روز "
        "پیش از آن در یک ایست بازرسی در ولسوالی چهارآسیاب از سوی افراد مسلح ربوده شده بود."
    )
    both = {("killing", "AF-KAB", 1, "exact"), ("disappearance", "AF-KAB", 1, "exact")}
    assert facts(suggest(text, "fa")) == both
    text = (
        "The body of a former judge was found in Paghman, Kabul province, on Sunday. His family said he had "
        "been abducted by gunmen at a checkpoint in Char Asiab two days earlier."
    )
    assert facts(suggest(text)) == both


# 2. A Markdown incident table whose rows tell the incident in words and count it in a column of its own: the
#    row's event takes the column's count ("8", "~30" about 30, "12+" at least 12); a date column is no count.

_TABLE = """# Incidents recorded, third quarter

| Date | Province | District | What happened | People |
|---|---|---|---|---|
| 3 July | Khost | Sabari | Seven shopkeepers detained after a search of the bazaar | 7 |
| 19 August | Kunar | Asadabad | Men flogged in public outside the mosque | ~25 |
| 2 September | Logar | Baraki Barak | Students beaten at a checkpoint | 12+ |
"""

_TABLE_FA = """# رویدادهای ثبت‌شده

| تاریخ | ولایت | رویداد | شمار |
|---|---|---|---|
| ۱۲ سنبله | هرات | جوانان در شهر هرات بازداشت شدند | ۹ |
| ۲۰ سنبله | بلخ | مهاجران در بازار لت و کوب شدند | حدود ۴۰ |
"""

_TABLE_PS = """# پېښې

| نېټه | ولایت | پېښه | شمېر |
|---|---|---|---|
| ۱۴۰۳ د وږي ۵مه | کندهار | ځوانان د طالبانو لخوا ونیول شول | ۶ |
"""


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            _TABLE,
            "en",
            {("detention", "AF-KHO", 7, "exact"), ("torture", "AF-KNR", 25, "about"),
             ("torture", "AF-LOG", 12, "at least")},
        ),
        (_TABLE_FA, "fa", {("detention", "AF-HER", 9, "exact"), ("torture", "AF-BAL", 40, "about")}),
        (_TABLE_PS, "ps", {("detention", "AF-KAN", 6, "exact")}),
    ],
)  # fmt: skip
def test_a_table_row_takes_its_count_column(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


# 3. A body found, told in a paragraph of its own, is another killing than one shot dead told before in the
#    same province (each counted one); the paragraph does not continue the first.


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Residents of Nad Ali district in Helmand said gunmen shot dead a former soldier outside his "
            "home on Saturday night.\n\nThe body of a former teacher was found beside a canal near Lashkar "
            "Gah city.",
            "en",
        ),
        (
            "باشندگان ولسوالی نادعلی ولایت هلمند می‌گویند که افراد مسلح ناشناس شب شنبه یک سرباز پیشین را در "
            "برابر خانه‌اش کشتند.\n\nجسد یک معلم پیشین در کنار یک جوی در نزدیکی شهر لشکرگاه پیدا شد.",
            "fa",
        ),
        (
            "د هلمند ولایت د ګرشک ولسوالۍ اوسېدونکي وايي چې د جمعې په شپه وسله والو یو پخوانی عسکر ووژه.\n\n"
            "د لښکرګاه ښار ته نږدې د یوه پخواني ډاکټر مړی د یوې لښتې په غاړه وموندل شو.",
            "ps",
        ),
    ],
)
def test_a_body_found_in_another_paragraph_is_another_killing(text: str, language: str) -> None:
    events = suggest(text, language)
    assert [(e.type, e.province, e.count.value if e.count else None) for e in events] == [
        ("killing", "AF-HEL", 1),
        ("killing", "AF-HEL", 1),
    ]


def test_the_body_of_the_man_just_killed_is_the_same_killing() -> None:
    # near miss: the next paragraph speaks of the same man ("His body")
    text = (
        "Gunmen shot dead a former police officer in Gereshk district of Helmand on Friday.\n\n"
        "His body was found the next morning beside the road."
    )
    assert facts(suggest(text)) == {("killing", "AF-HEL", 1, "exact")}


@pytest.mark.parametrize(
    "text",
    [
        "E-121 | Behsud, Nangarhar | Killing\nThe body of a former officer was found by the road in Behsud.",
        "Case #45 (Kunar): the body of a former soldier was found in Asadabad on Monday.",
        "KD-77 | Kunduz | Killing\nThe body of a shopkeeper was found in Khan Abad district.",
    ],
)
def test_a_case_number_is_no_count(text: str) -> None:
    assert {e.count.value if e.count else None for e in suggest(text)} == {1}


# 4. A title announces what the story tells; it reports nothing before the story: "Three of the men were
#    flogged" after a title "… detained and flogged" is the story's torture (three of those detained), and the
#    title's own torture is left out.


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Teachers arrested and beaten in Herat\n\nPolice arrested nine teachers in Herat city on Monday "
            "after a protest over unpaid salaries.\n\nTwo of the teachers were beaten at the police station "
            "the same night, a colleague said.",
            "en",
            {("detention", "AF-HER", 9, "exact"), ("torture", "AF-HER", 2, "exact")},
        ),
        (
            "بازداشت و شلاق زدن جوانان در نیلی\n\nنیروهای استخبارات طالبان روز شنبه دست‌کم دوازده جوان را "
            "در شهر نیلی مرکز ولایت دایکندی بازداشت کردند.\n\nسه تن از این جوانان روز بعد در بازار نیلی در "
            "برابر مردم شلاق زده شدند.",
            "fa",
            {("detention", "AF-DAY", 12, "at least"), ("torture", "AF-DAY", 3, "exact")},
        ),
        (
            "د طالبانو له خوا د ځوانانو نیول او وهل\n\nطالبانو د شنبې په ورځ د غزني په ښار کې لس ځوانان "
            "ونیول.\n\nپه دوی کې درې تنه بله ورځ د خلکو په وړاندې ووهل شول.",
            "ps",
            {("detention", "AF-GHA", 10, "exact"), ("torture", "AF-GHA", 3, "exact")},
        ),
    ],
)
def test_a_title_restates_nothing_before_the_story(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("زما مېړه د ولسوالۍ مرکز ته ورغی. هغه یې هلته ونیو او دوه شپې یې په زندان کې وساته.", "ps", 1),
        ("پدرم به ولسوالی رفت. طالبان او را در ولسوالی اندراب بازداشت کردند و سه شب نگه داشتند.", "fa", 1),
        ("Police in Herat detained a driver and held him for two nights.", "en", 1),
    ],
)
def test_nights_held_are_no_count_and_him_is_one(text: str, language: str, count: int) -> None:
    assert [e.count.value if e.count else None for e in suggest(text, language)] == [count]


# Events told as what came before, what became of one of a group, and the terms of a release.


def test_a_dated_event_told_as_what_came_before_is_an_event() -> None:
    text = (
        "Gunmen threatened two teachers in Nili on 3 February.\n\nFollowing house searches in Kajran on 20 "
        "February, several dozen families left the district for Nili."
    )
    threats = [e for e in suggest(text) if e.type == "threat"]
    days = [(e.province, e.date_start and e.date_start.day) for e in threats]
    assert days == [("AF-DAY", 3), ("AF-DAY", 20)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Earlier this year two shopkeepers were killed in Tarinkot.\n\nSix men from Khas Uruzgan "
            "district were detained on 25 April. The body of one of them, a schoolteacher, was found three "
            "days later by the road to Tarinkot.",
            "en",
        ),
        (
            "اوایل امسال دو دکاندار در ترینکوت کشته شدند.\n\nروز ۵ ثور شش مرد در ولسوالی خاص ارزگان بازداشت "
            "شدند. جسد یکی از آنان سه روز بعد در کنار سرک ترینکوت پیدا شد.",
            "fa",
        ),
    ],
)
def test_the_body_of_one_of_them_is_a_new_killing(text: str, language: str) -> None:
    assert len([e for e in suggest(text, language) if e.type == "killing"]) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The brother was himself detained for a night in Maidan Shahr, beaten with a rifle butt, and "
            "released the next morning with a warning not to come back.",
            "en",
        ),
        ("برادر او یک شب در شهر میدان شهر در بازداشت ماند و صبح روز بعد با اخطار رها شد.", "fa"),
        ("ورور یې یوه شپه په میدان ښار کې ونیول شو او بل سهار په خبرداري خوشې شو.", "ps"),
    ],
)
def test_released_with_a_warning_is_no_statement(text: str, language: str) -> None:
    types = {e.type for e in suggest(text, language)}
    assert "statement" not in types and "threat" not in types and "detention" in types


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A fifth man, aged 19, who had been arrested in Tehran when he was a minor, was executed in "
            "Isfahan two days later.",
            "en",
        ),
        ("مرد پنجم که پیش‌تر در تهران بازداشت شده بود، دو روز بعد در زندان اصفهان اعدام شد.", "fa"),
    ],
)
def test_a_place_of_the_background_is_not_a_second_place_of_the_event(text: str, language: str) -> None:
    events = [e for e in suggest(text, language) if e.type == "killing"]
    assert [(e.country, e.count.value if e.count else None) for e in events] == [("IR", 1)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("د پنجشنبې په ورځ طالبانو د کابل ښار په دهمزنګ سیمه کې یو ژورنالیست ونیو.", "ps"),
        ("روز پنجشنبه طالبان یک ژورنالیست را در شهر کابل بازداشت کردند.", "fa"),
        ("د پنجشنبې په ورځ په هرات ښار کې یو څارنوال ونیول شو.", "ps"),
    ],
)
def test_one_journalist_or_prosecutor_is_one(text: str, language: str) -> None:
    assert [e.count.value if e.count else None for e in suggest(text, language)] == [1]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("یک معلم روز شنبه در شهر کندز بازداشت شد و تا هنوز برنگشته است.", "fa"),
        ("یک خبرنگار روز شنبه در شهر کندز بازداشت شد و خانواده‌اش نمی‌دانند او کجاست.", "fa"),
        ("یک خبرنگار روز شنبه در شهر کندز بازداشت شد و هیچ اثری از او نیست.", "fa"),
        ("یک خبرنگار روز شنبه در شهر کندز بازداشت شد و معلوم نیست که کجا نگهداری می‌شود.", "fa"),
        ("یو ښوونکی د شنبې په ورځ په کندز ښار کې ونیول شو او کورنۍ یې نه پوهېږي چې چېرته دی.", "ps"),
        ("یو ښوونکی د شنبې په ورځ په کندز ښار کې ونیول شو او له هغې ورځې راهیسې یې هیڅ پته نشته.", "ps"),
    ],
)
def test_silence_in_dari_and_pashto_makes_one_disappearance(text: str, language: str) -> None:
    assert facts(suggest(text, language)) == {("disappearance", "AF-KDZ", 1, "exact")}


def test_still_held_is_a_state_not_a_silence() -> None:
    text = "سه معلم که روز شنبه در شهر کندز بازداشت شدند هنوز در بازداشت هستند."
    assert facts(suggest(text, "fa")) == {("detention", "AF-KDZ", 3, "exact")}


_NUMBERED_TABLE = """# Monthly incident log

| # | Date | Location | Incident | No. of victims |
|---|---|---|---|---|
| 1 | 4 May | Jalalabad, Nangarhar | Former soldiers detained at their homes | 6 |
| 2 | 9 May | Asadabad, Kunar | Shopkeepers beaten by PVPV officers | approx. 10 |
| 3 | 15 May | Mehtarlam, Laghman | Body of a former police officer found | 1 |
"""

_NUMBERED_TABLE_FA = """# فهرست رویدادها

| شماره | تاریخ | محل | رویداد | تعداد قربانیان |
|---|---|---|---|---|
| ۱ | ۱۴ ثور | هرات | جوانان در شهر هرات بازداشت شدند | ۷ |
| ۲ | ۲۰ ثور | بلخ | مهاجران در مزار شریف لت و کوب شدند | ۱۲ |
"""


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            _NUMBERED_TABLE,
            "en",
            {("detention", "AF-NAN", 6, "exact"), ("torture", "AF-KNR", 10, "about"),
             ("killing", "AF-LAG", 1, "exact")},
        ),
        (_NUMBERED_TABLE_FA, "fa", {("detention", "AF-HER", 7, "exact"), ("torture", "AF-BAL", 12, "exact")}),
    ],
)  # fmt: skip
def test_a_row_number_column_is_no_count(text: str, language: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The corpse of a former soldier was recovered from the Kokcha river in Badakhshan.",
            {("killing", "AF-BDS", 1, "exact")},
        ),
        (
            "Villagers discovered the remains of two men buried in a shallow grave in Chak district, Wardak.",
            {("killing", "AF-WAR", 2, "exact")},
        ),
        ("The remains of the old fort in Herat were damaged by rain.", set()),
    ],
)
def test_a_corpse_or_human_remains_found_is_a_killing(text: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text)) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "د شنبې په ورځ د کندهار په لاره د طالبانو په یوه پوسته کې دوه مسافر له موټره کښته کړل شول او تر "
            "اوسه یې هیڅ درک نشته.",
            "ps",
            {("disappearance", "AF-KAN", 2, "exact")},
        ),
        (
            "د شنبې په ورځ د کندهار په لاره د طالبانو په یوه پوسته کې دوه مسافر له موټره راښکته کړل شول.",
            "ps",
            {("disappearance", "AF-KAN", 2, "exact")},
        ),
        (
            "روز شنبه دو مسافر در پوسته امنیتی طالبان در شاهراه کندهار دستگیر و به جای نامعلوم برده شدند.",
            "fa",
            {("disappearance", "AF-KAN", 2, "exact")},
        ),
        (
            "روز شنبه یک راننده در ایست بازرسی طالبان در شهر قندهار با خود برده شد.",
            "fa",
            {("disappearance", "AF-KAN", 1, "exact")},
        ),
    ],
)
def test_taken_off_a_vehicle_or_to_an_unknown_place_in_dari_and_pashto(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


def test_pashto_down_is_not_dari_killed() -> None:
    # «کښته» (down) folds to the letters of «کشته» (killed)
    text = "د شنبې په ورځ په کندهار ښار کې دوه مسافر له موټره کښته شول او خپل کور ته لاړل."
    assert [e.type for e in suggest(text, "ps")] == []
