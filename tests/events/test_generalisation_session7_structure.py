"""Which events, of which type and count, on unseen wordings (issue 14, session 7): people taken at a
checkpoint, silence about them, bodies found after a killing told before, summons and abductions told as
background, table counts, statements with deadlines, aggregates and hypothetical examples. Every case is
written for these tests (English, Dari, Pashto); none is taken from an answer key's articles."""

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


# 5. A deadline or an order told by a minister or a ministry is a statement of that country ("have until 20
#    March to leave … or face arrest": no threat, no flight, no detention); "The ministry announced …" with no
#    country named is the ministry of the country the article opens with; "as announced" makes none.


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "On Sunday, Pakistan's interior minister told reporters that Afghans without visas have until 31 "
            "October to leave the country or face arrest and deportation.",
            "en",
            {("statement", "PK", None, None)},
        ),
        (
            "Tajikistan's government gave Afghan refugees in Vahdat two weeks to leave the country.",
            "en",
            {("statement", "TJ", None, None)},
        ),
        (
            "Pakistan: Afghans in Karachi face deadline\n\nPolice in Karachi detained 40 Afghans on "
            "Monday.\n\n"
            "The ministry announced on 1 March that the cards would no longer be renewed and that their "
            "holders had to leave the country or face removal.",
            "en",
            {("detention", "PK", 40, "exact"), ("statement", "PK", None, None)},
        ),
        (
            "روز سه‌شنبه، وزیر داخله ایران به تلویزیون دولتی گفت که مهاجران افغان فاقد مدرک تا ۳۰ حوت مهلت "
            "دارند کشور را ترک کنند، در غیر آن بازداشت و اخراج خواهند شد.",
            "fa",
            {("statement", "IR", None, None)},
        ),
        (
            "د پاکستان د کورنیو چارو وزارت د دوشنبې په ورځ وویل چې بې اسنادو افغانانو ته یې د جون تر ۳۰مې "
            "مهلت ورکړی دی.",
            "ps",
            {("statement", "PK", None, None)},
        ),
    ],
)
def test_a_deadline_told_by_a_minister_is_a_statement(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


def test_a_plan_as_announced_is_no_statement() -> None:
    text = "If the second phase begins in June as announced, up to 500,000 more Afghans could be expelled."
    assert suggest(text) == []


# 6. Not events. An aggregate abroad (no province) that the incidents told after it add up to.


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The Network has also confirmed the execution of six Afghan nationals in Iranian prisons this "
            "month. On 3 May, four Afghan men were hanged in Ghezel Hesar prison. Two more Afghans were "
            "executed in Isfahan prison two days later.",
            "en",
            {("killing", "IR", 4, "exact"), ("killing", "IR", 2, "exact")},
        ),
        (
            "Pakistani police detained nine Afghan traders in Peshawar this month. Five were detained on 2 "
            "May in the city's main market; four more were detained on 9 May near the bus station.",
            "en",
            {("detention", "PK", 5, "exact"), ("detention", "PK", 4, "exact")},
        ),
        (
            "این نهاد همچنین اعدام پنج تبعه افغان را در زندان‌های ایران در این ماه تأیید کرد. روز ۱۴ ثور سه "
            "مرد افغان در زندان قزلحصار اعدام شدند. دو مرد دیگر دو روز بعد در زندان اصفهان اعدام شدند.",
            "fa",
            {("killing", "IR", 3, "exact"), ("killing", "IR", 2, "exact")},
        ),
    ],
)
def test_an_aggregate_abroad_restates_the_incidents_after_it(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


def test_incidents_abroad_outside_the_aggregate_period_do_not_add_up_to_it() -> None:
    # near miss: the parts lie in another month than the total's
    text = (
        "Iranian police detained six Afghans in Mashhad in April. In May, four Afghans were detained in "
        "Tehran on 3 May and two in Shiraz on 20 May."
    )
    assert ("detention", "IR", 6, "exact") in facts(suggest(text))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Five women were detained in Herat city on 5 January. Four more were detained in Mazar-i-Sharif "
            "on 9 January. The number of women detained in the two cities since the start of the month has "
            "thus reached nine.",
            "en",
        ),
        (
            "روز ۵ جدی پنج زن در شهر هرات بازداشت شدند. روز ۹ جدی چهار زن دیگر در شهر مزار شریف بازداشت "
            "شدند. بدین ترتیب، شمار زنانی که از آغاز ماه جدی تاکنون در این دو شهر بازداشت شده‌اند به نه تن "
            "رسیده است.",
            "fa",
        ),
        (
            "د جدي په ۵مه په هرات ښار کې پنځه ښځې ونیول شوې. د جدي په ۹مه په مزار شریف کې څلور نورې ښځې "
            "ونیول شوې. په دې توګه په دغو دوو ښارونو کې د نیول شویو ښځو شمېر نهو تنو ته ورسېد.",
            "ps",
        ),
    ],
)
def test_the_number_reached_after_a_breakdown_is_no_event(text: str, language: str) -> None:
    parts = {("detention", "AF-HER", 5, "exact"), ("detention", "AF-BAL", 4, "exact")}
    assert facts(suggest(text, language)) == parts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Many of the returnees said they had been picked up in raids in Iranian cities.", "en"),
        ("Some of the deportees told reporters they had been beaten in holding camps in Pakistan.", "en"),
        ("بسیاری از این بازگشت‌کنندگان گفتند که در شهرهای ایران بازداشت شده بودند.", "fa"),
        ("ډېری یې وویل چې د ایران په ښارونو کې نیول شوي وو.", "ps"),
    ],
)
def test_what_many_of_a_group_say_was_done_to_them_is_no_incident(text: str, language: str) -> None:
    assert suggest(text, language) == []


def test_an_account_with_its_own_day_is_an_incident() -> None:
    # near miss: the account dates what happened
    text = "Several of the men said they had been arrested in Quetta on 3 May."
    assert facts(suggest(text)) == {("detention", "PK", None, None)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Two days later, armed men searched the family home in Pul-e Alam, confiscated her telephone and "
            "threatened her with arrest if she kept asking about her husband.",
            "en",
        ),
        (
            "روز بعد، افراد مسلح خانه این خانواده را در شهر پلعلم تلاشی کردند و همسر او را به بازداشت تهدید "
            "کردند.",
            "fa",
        ),
        ("بله ورځ وسله والو د کورنۍ کور په پل علم کې تلاشي کړ او مېرمن یې د نیولو ګواښ وکړ.", "ps"),
    ],
)
def test_threatened_with_arrest_is_a_threat_not_a_detention(text: str, language: str) -> None:
    assert {e.type for e in suggest(text, language)} == {"threat"}


def test_detained_and_threatened_is_both() -> None:
    # near miss: «بازداشت و تهدید کردند» did both
    text = "روز بعد، افراد مسلح سه مرد را در شهر پلعلم بازداشت و تهدید کردند."
    assert {e.type for e in suggest(text, "fa")} == {"detention", "threat"}


# 7. A list of provinces told "detained and disappeared", with no count of its own ("dozens"): one detention
#    and one disappearance in the country, also when the families' silence follows in the same sentence.


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In November, dozens of women activists were detained and disappeared in Herat, Balkh, "
            "Badakhshan and Kabul, and their families have had no news of them.",
            "en",
        ),
        (
            "در ماه عقرب، ده‌ها فعال مدنی در ولایت‌های تخار، بغلان، کندز و سمنگان بازداشت و ناپدید شده‌اند و "
            "خانواده‌های آنان از سرنوشت‌شان خبری ندارند.",
            "fa",
        ),
    ],
)
def test_detained_and_disappeared_across_provinces_is_one_of_each(text: str, language: str) -> None:
    both = {("detention", "AF", None, None), ("disappearance", "AF", None, None)}
    assert facts(suggest(text, language)) == both


def test_one_person_detained_and_not_heard_from_is_one_disappearance() -> None:
    # near miss: the silence of one person's detention is one disappearance
    text = "A journalist was detained in Herat city on Monday and has not been heard from since."
    assert facts(suggest(text)) == {("disappearance", "AF-HER", 1, "exact")}


# 8. Guards who beat people they counted "before expelling them" deported those people too, even after a
#    month's deportations were told; "held … before deportation" of people not counted there stays a mention.

_MONTH_EN = "More than 40,000 Afghans were deported from Iran in April.\n\n"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            _MONTH_EN + "On Tuesday, Iranian border guards beat about 60 migrants with batons in a camp near "
            "Dogharoun before deporting them.",
            "en",
        ),
        (
            "در ماه حمل بیش از چهل هزار مهاجر افغان از ایران اخراج شدند.\n\nروز سه‌شنبه، مرزبانان ایرانی "
            "حدود ۶۰ مهاجر را پیش از اخراج در اردوگاهی با باتوم لت‌وکوب کردند.",
            "fa",
        ),
        (
            "په تېره میاشت کې له ایرانه څلوېښت زره افغانان وشړل شول.\n\nد سه شنبې په ورځ ایراني پولیسو "
            "شاوخوا ۶۰ کډوال له اخراج مخکې په یوه کمپ کې ووهل.",
            "ps",
        ),
    ],
)
def test_people_beaten_before_their_expulsion_were_deported(text: str, language: str) -> None:
    found = {(e.type, e.count.value if e.count else None) for e in suggest(text, language)}
    assert {("torture", 60), ("deportation", 60)} <= found


def test_held_before_deportation_of_those_told_is_a_mention() -> None:
    text = _MONTH_EN + "On Tuesday, Iranian police held the deportees for a week before deportation."
    assert [e.type for e in suggest(text)] == ["deportation"]


# More not-events and counts: a hypothetical joined by "or" after its verb; a comment on whom raids take; one
# relative by marriage opening the sentence.


@pytest.mark.parametrize(
    "text",
    [
        "با این همه، نهادهای مدنی هشدار می‌دهند که اگر فشار ادامه یابد، ممکن است خبرنگاران بیشتری "
        "بازداشت شوند یا مجبور به ترک کشور گردند.",
        "ممکن است فعالان بیشتری بازداشت شوند و مجبور به ترک ولایت شوند.",
    ],
)
def test_a_flight_joined_to_a_possible_detention_is_possible_too(text: str) -> None:
    assert suggest(text, "fa") == []


def test_a_flight_joined_to_a_detention_told_is_told() -> None:
    text = "سه خبرنگار در هرات بازداشت شدند و دو تن دیگر مجبور به ترک ولایت شدند."
    assert {e.type for e in suggest(text, "fa")} == {"detention", "flight"}


def test_a_spokesman_on_whom_raids_take_is_no_detention() -> None:
    text = (
        "Pakistani police detained about 600 Afghans in Islamabad on Thursday. A police spokesman in "
        'Islamabad said that "only persons without valid documents" had been arrested.'
    )
    assert facts(suggest(text)) == {("detention", "PK", 600, "about")}


@pytest.mark.parametrize(
    "text",
    [
        "My client's sister-in-law, who fled to Iran with her children in 2021, was deported by the Iranian "
        "authorities through the Dogharoun crossing on 1 March 2024.",
        "His brother-in-law, who had worked as a police officer, was arrested in Kunduz on 2 May.",
    ],
)
def test_a_relative_by_marriage_opening_the_sentence_is_one(text: str) -> None:
    assert [e.count.value if e.count else None for e in suggest(text)] == [1]


# No incident: a figure withdrawn, no report received, a case in general, a counted group told again.


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A figure of 4,000 deportations on a single day, 28 August, which circulated widely on social "
            "media, was withdrawn by the provincial refugees department the next day.",
            "en",
        ),
        (
            "Police had initially told local reporters that 20 women were arrested, but a spokesman later "
            'withdrew the figure, calling it "a mistake".',
            "en",
        ),
        ("پولیس در آغاز گفته بود که ۲۰ زن بازداشت شده‌اند، اما سخنگوی آن بعداً این رقم را پس گرفت.", "fa"),
        ("پولیسو لومړی ویلي وو چې شل ښځې نیول شوې دي، خو وروسته یوه ویاند دا شمېره بېرته واخیسته.", "ps"),
        ("The team did not receive any report of a woman detained in Samangan in this period.", "en"),
        ("We received no reports of journalists detained in Kunar in March.", "en"),
        ("در این مدت هیچ گزارشی از بازداشت زنان در سمنگان دریافت نکردیم.", "fa"),
        (
            '"Knowing what to do in the first hour after a colleague disappears matters most," one '
            "participant said.",
            "en",
        ),
        ("Trainees practised what to say when someone is arrested at a checkpoint in Herat.", "en"),
    ],
)
def test_no_incident_is_told(text: str, language: str) -> None:
    assert suggest(text, language) == []


def test_a_figure_confirmed_and_reports_received_are_events() -> None:
    # near misses
    assert facts(suggest("Iranian police detained 40 Afghans in Mashhad on Monday, a figure the governor "
                         "confirmed.")) == {("detention", "IR", 40, "exact")}  # fmt: skip
    assert facts(suggest("UNAMA received reports of 12 men detained in Kunar on 3 March.")) == {
        ("detention", "AF-KNR", 12, "exact")
    }


def test_a_counted_group_told_again_in_a_relative_clause_is_no_new_detention() -> None:
    text = (
        "Police detained four women at a protest in Mazar-i-Sharif on Tuesday. The four women, who were "
        "pushed into a minivan near the Blue Mosque and taken to the provincial police headquarters, were "
        "still being held on Wednesday evening."
    )
    assert facts(suggest(text)) == {("detention", "AF-BAL", 4, "exact")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('A "deportation" is a return the person did not choose, whether or not the person was held.', "en"),
        ("«اخراج» به بازگشتی گفته می‌شود که فرد آن را انتخاب نکرده است، حتی اگر بازداشت نشده باشد.", "fa"),
        ("«اخراج» هغه ستنېدنې ته ویل کېږي چې کس یې پخپله نه وي غوره کړې، که څه هم نه وي نیول شوی.", "ps"),
        ('Muqur: people talk about two girls flogged in the bazaar for "improper hijab".', "en"),
        ("در ولسوالی مقر ولایت بادغیس شایعه است که دو دختر در بازار شلاق زده شده‌اند.", "fa"),
        ("Note for the log: keep as killing, no perpetrator.", "en"),
    ],
)
def test_definitions_rumours_and_filing_notes_are_no_events(text: str, language: str) -> None:
    assert suggest(text, language) == []


def test_the_killing_named_again_is_the_killing_told() -> None:
    text = (
        "Gunmen shot dead a teacher in Qala-e Naw on Monday.\n\n- Row 2: the brother is sure the killing is "
        "linked to the shura; police say robbery."
    )
    assert facts(suggest(text)) == {("killing", "AF-BDG", 1, "exact")}


def test_a_radio_named_killid_kills_no_one() -> None:
    text = "Radio Killid reported that four men from the shura were detained in Qala-e Naw on Monday."
    assert {e.type for e in suggest(text)} == {"detention"}


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
    ("text", "language", "country"),
    [
        (
            "روز دوشنبه جسد یک سرباز پیشین در شهر شبرغان پیدا شد. مقام‌های ایرانی اعلام کردند که مهاجران "
            "افغان فاقد مدرک تا پایان ماه آبان فرصت دارند خاک این کشور را ترک کنند.",
            "fa",
            "IR",
        ),
        (
            "On Monday the body of a former soldier was found in Sheberghan. Pakistani officials announced "
            "that undocumented Afghans had until 31 October to leave the country.",
            "en",
            "PK",
        ),
    ],
)
def test_a_foreign_authority_s_statement_is_not_placed_at_the_incident_before(
    text: str, language: str, country: str
) -> None:
    said = [e for e in suggest(text, language) if e.type == "statement"]
    assert [(e.province, e.country) for e in said] == [(None, country)]


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
        (
            "Iran deported more than 1,200 Afghans through Islam Qala on Monday. Most of them were young men "
            "who had been arrested at construction sites in Tehran and Isfahan and held in camps for weeks.",
            "en",
        ),
        (
            "Pakistan forcibly returned about 900 Afghans on Sunday. Many of them were labourers who "
            "had been picked up in raids in Karachi.",
            "en",
        ),
    ],
)
def test_who_the_deported_were_is_no_new_detention(text: str, language: str) -> None:
    assert {e.type for e in suggest(text, language)} == {"deportation"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Pakistani authorities forcibly returned more than 2,300 Afghans through the Torkham and Chaman "
            "crossings over the weekend.",
            "en",
            {("deportation", "PK", 2300, "at least")},
        ),
        (
            "مقامات ایرانی روز شنبه حدود ۱۵۰۰ مهاجر افغان را از طریق گذرگاه‌های اسلام قلعه و میلک "
            "اخراج کردند.",
            "fa",
            {("deportation", "IR", 1500, "about")},
        ),
        (
            "پاکستان تېره اونۍ د تورخم او سپین بولدک له لارې لږ تر لږه دوه زره افغان کډوال په زور بېرته "
            "افغانستان ته ولېږل.",
            "ps",
            {("deportation", "PK", 2000, "at least")},
        ),
    ],
)
def test_one_deportation_through_two_crossings_keeps_its_count(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected
