"""Structure, types and counts on unseen wordings (issue 14, session 6): breakdowns after a colon, conjoined
victims, an act and its outcome over two sentences, unverified and projected events, calls to act, tallies
over years, document titles, letters and deportations abroad, vague counts. Every case is written for these
tests (English, Dari, Pashto); none is taken from an answer key's articles. Near misses must not change."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.suggesting import facts, suggest

# 1. An aggregate whose breakdown follows in the same sentence after a colon, dash or semicolon: one event
#    per item, with its own count, place and date; no aggregate.


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "At least nine shopkeepers were detained between March and May: five traders in Kandahar city on "
            "12 April, and four money changers in Lashkar Gah on 3 May.",
            "en",
            {("detention", "AF-KAN", 5, "exact"), ("detention", "AF-HEL", 4, "exact")},
        ),
        (
            "Eight former police officers were arrested in the west last month — three in Herat city on "
            "6 April and five in Farah on 15 April.",
            "en",
            {("detention", "AF-HER", 3, "exact"), ("detention", "AF-FRA", 5, "exact")},
        ),
        (
            "Seven students were beaten in two incidents; four at a checkpoint in Jalalabad on 2 May, and "
            "three outside a school in Asadabad on 9 May.",
            "en",
            {("torture", "AF-NAN", 4, "exact"), ("torture", "AF-KNR", 3, "exact")},
        ),
        (
            "دست کم هفت فعال مدنی در ماه حمل بازداشت شدند: چهار تن در شهر مزار شریف در ۱۰ حمل و سه تن در "
            "شهر پلخمری در ۲۰ حمل.",
            "fa",
            {("detention", "AF-BAL", 4, "exact"), ("detention", "AF-BGL", 3, "exact")},
        ),
    ],
)
def test_breakdown_after_a_colon_gives_one_event_per_item(
    text: str, language: str, expected: set[tuple[object, ...]]
) -> None:
    assert facts(suggest(text, language)) == expected


def test_breakdown_items_keep_their_own_dates() -> None:
    text = (
        "At least nine shopkeepers were detained between March and May: five traders in Kandahar city on "
        "12 April, and four money changers in Lashkar Gah on 3 May."
    )
    dates = {(e.province, e.date_start) for e in suggest(text)}
    assert dates == {("AF-KAN", date(2024, 4, 12)), ("AF-HEL", date(2024, 5, 3))}


def test_long_items_and_a_restating_sentence_after_them() -> None:
    text = (
        "At least nine journalists were detained between January and March: five reporters of a private "
        "radio station in Kunduz city on 3 February, and four students who had organised a protest against "
        "the closure of universities in Taloqan on 1 March. All nine were held without charge; six have "
        "since been released."
    )
    events = suggest(text)
    assert facts(events) == {("detention", "AF-KDZ", 5, "exact"), ("detention", "AF-TAK", 4, "exact")}
    assert {e.date_start for e in events} == {date(2024, 2, 3), date(2024, 3, 1)}


def test_a_colon_before_a_description_is_no_breakdown() -> None:
    # near miss: what follows the colon describes the same people, it lists no incidents
    text = "Nine shopkeepers were detained in Kandahar city on 12 April: most of them sold mobile phones."
    assert facts(suggest(text)) == {("detention", "AF-KAN", 9, "exact")}


# 2. Conjoined victims count together; an "including" part never replaces the head count; an ordinal person
#    is one more person.


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Gunmen shot dead a village elder and his three nephews in Chaparhar district on 4 May.",
            "en",
            {("killing", "AF-NAN", 4, "exact")},
        ),
        (
            "A teacher and her two daughters were killed when armed men opened fire on their car in Ghazni "
            "on 4 May.",
            "en",
            {("killing", "AF-GHA", 3, "exact")},
        ),
        (
            "Three aid workers and their driver were abducted on the road to Maidan Shahr on 4 May.",
            "en",
            {("disappearance", "AF-WAR", 4, "exact")},
        ),
        (
            "On 4 May a man and a woman were publicly flogged in the stadium of Maimana.",
            "en",
            {("torture", "AF-FYB", 2, "exact")},
        ),
        (
            "Fifteen people, including three women, were flogged in the stadium of Charikar on 4 May.",
            "en",
            {("torture", "AF-PAR", 15, "exact")},
        ),
        (
            "روز شنبه ۱۵ تن از جمله سه زن در ورزشگاه شهر چاریکار شلاق زده شدند.",
            "fa",
            {("torture", "AF-PAR", 15, "exact")},
        ),
        (
            "د شنبې په ورځ د چاریکار په لوبغالي کې د دریو ښځو په ګډون اتلس تنه ودرول شول او په دُرو ووهل شول.",
            "ps",
            {("torture", "AF-PAR", 18, "exact")},
        ),
    ],
)
def test_conjoined_and_including(text: str, language: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text, language)) == expected


def test_ordinal_person_is_one_more() -> None:
    text = (
        "Taliban intelligence detained six former soldiers in Maimana on 2 May.\n\n"
        "Two days later, a seventh man, a cousin of one of them, was detained at his shop."
    )
    assert ("detention", "AF-FYB", 1, "exact") in facts(suggest(text))
    dari = (
        "نیروهای استخبارات طالبان روز شنبه شش سرباز پیشین را در شهر میمنه بازداشت کردند. "
        "دو روز بعد، مرد هفتمی که پسر کاکای یکی از بازداشت‌شدگان بود نیز بازداشت شد."
    )
    assert ("detention", "AF-FYB", 1, "exact") in facts(suggest(dari, "fa"))


def test_and_between_two_counted_groups_of_other_events_is_not_summed() -> None:
    # near miss: "and" joins two clauses with their own verbs and counts
    text = (
        "On 4 May gunmen killed two farmers in Chaparhar district and police arrested five men in Jalalabad."
    )
    assert facts(suggest(text)) == {("killing", "AF-NAN", 2, "exact"), ("detention", "AF-NAN", 5, "exact")}


# 3. An act told in one sentence and its outcome in the next: one disappearance, evidence and date the act's.


@pytest.mark.parametrize(
    ("text", "language", "province"),
    [
        (
            "Her husband was summoned to the district office in Khanabad on 6 May. Nobody has heard from "
            "him since.",
            "en",
            "AF-KDZ",
        ),
        (
            "Men in uniform stopped a baker at a checkpoint outside Charikar on 6 May and drove him away. "
            "His whereabouts remain unknown.",
            "en",
            "AF-PAR",
        ),
        (
            "A money changer was called to the district police headquarters in Aybak on 6 May. His brother "
            "went with him but was sent home. The family has not heard from him since.",
            "en",
            "AF-SAM",
        ),
        (
            "A driver was stopped at a checkpoint near Bamyan city on 6 May and led inside. Since then his "
            "family has heard nothing.",
            "en",
            "AF-BAM",
        ),
        (
            "A shopkeeper was detained by intelligence officers in Taloqan on 6 May. The office later denied "
            "holding him.",
            "en",
            "AF-TAK",
        ),
        (
            "یک معلم روز ۱۷ ثور به دفتر استخبارات در شهر تالقان احضار شد. از آن زمان خبری از او نیست.",
            "fa",
            "AF-TAK",
        ),
        (
            "یو ښوونکی د غویي په ۱۷مه د تالقان ښار د استخباراتو دفتر ته وغوښتل شو. "
            "تر اوسه یې درک نه دی معلوم.",
            "ps",
            "AF-TAK",
        ),
    ],
)
def test_act_then_outcome_is_one_disappearance(text: str, language: str, province: str) -> None:
    events = suggest(text, language)
    assert [(e.type, e.province) for e in events] == [("disappearance", province)]
    first_sentence_end = text.index(".") if language == "en" else text.index(".")
    assert events[0].start < first_sentence_end  # the act's sentence is the evidence
    assert events[0].date_start == date(2024, 5, 6)


def test_a_release_after_the_act_is_no_disappearance() -> None:
    # near miss: the person came back; the detention stands, nothing disappears
    text = "A baker was detained by police in Charikar on 6 May. He was released two days later."
    assert [e.type for e in suggest(text)] == ["detention"]


def test_a_later_restatement_keeps_the_fuller_event() -> None:
    text = (
        "A young man from Dara-i-Nur was summoned to the district centre on 6 May and has not been seen "
        "since.\n\nIn Dara-i-Nur, a young man is missing; in Khewa district a farmer was killed on 10 May."
    )
    events = suggest(text)
    missing = [e for e in events if e.type == "disappearance"]
    assert len(missing) == 1
    assert missing[0].date_start == date(2024, 5, 6) and missing[0].start == 0


# 4. Unverified, believed, not recorded: no event; a confirmed report stays.


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "- A tailor has been missing since winter; his wife believes he was taken at a checkpoint, "
            "but no one saw it.",
            "en",
        ),
        (
            "Residents said two farmers were detained in Shindand, but I could not confirm it with anyone "
            "who saw it, so I am not recording it.",
            "en",
        ),
        (
            "Posts on social media said dozens of young men had been detained in Pul-i-Alam; these reports "
            "could not be independently verified.",
            "en",
        ),
        (
            "گزارش‌هایی از بازداشت شماری از جوانان در ولسوالی چهارآسیاب منتشر شده است، اما این گزارش‌ها "
            "به‌گونه مستقل تأیید نشده است.",
            "fa",
        ),
    ],
)
def test_unverified_reports_are_not_events(text: str, language: str) -> None:
    assert suggest(text, language) == []


def test_not_recorded_until_a_witness_leaves_nothing() -> None:
    text = (
        "- A driver from Dehrawud went missing in April.\n"
        "- Not recorded as a disappearance until we have a witness."
    )
    assert [e.type for e in suggest(text)] == []


def test_a_confirmed_report_stays() -> None:
    text = (
        "Posts on social media said three young men had been detained in Pul-i-Alam on 4 May; their families "
        "confirmed the detentions to us."
    )
    assert facts(suggest(text)) == {("detention", "AF-LOG", 3, "exact")}


# 5. Warnings and projections: no event, not a statement either.


@pytest.mark.parametrize(
    "text",
    [
        "Humanitarian agencies warned that as many as 80,000 more Afghans could be deported from Iran by "
        "September.",
        "Returnees without documents risk detention at the border, the agency said.",
        "The new rules could stop girls from attending secondary school in Kandahar.",
        "Officials of the education department in Kandahar warned that more schools could be closed by June.",
    ],
)
def test_warnings_and_projections_are_not_events(text: str) -> None:
    assert suggest(text) == []


# 6. A call to act on an event: the event is the detention, the call nothing.


def test_call_to_release_keeps_the_detention_only() -> None:
    text = (
        "PARIS, May 20, 2024 — A press freedom group today urged the de facto authorities to free a "
        "photographer detained in Gardez on Friday and two colleagues held with him."
    )
    events = suggest(text)
    assert [(e.type, e.province) for e in events] == [("detention", "AF-PIA")]
    assert events[0].date_start == date(2024, 5, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Amnesty International demanded the release of three journalists detained in Herat last week.",
            {("detention", "AF-HER", 3, "exact")},
        ),
        # near miss: no incident of its own, only what the call asks for
        ("Amnesty International demanded the release of all journalists detained in Herat.", set()),
        (
            "The group urged the authorities to disclose the whereabouts of two students missing in Herat.",
            set(),
        ),
    ],
)
def test_what_a_call_names(text: str, expected: set[tuple[object, ...]]) -> None:
    assert facts(suggest(text)) == expected


# 7. Cumulative tallies over years are not events.


@pytest.mark.parametrize(
    "text",
    [
        "Since the takeover in August 2021, the network has recorded the arrest of more than 300 women "
        "activists across the country.",
        "Since 2022, the group has documented the killing of at least 90 former soldiers.",
    ],
)
def test_tallies_since_years_are_not_events(text: str) -> None:
    assert suggest(text) == []


def test_since_a_year_in_a_relative_clause_is_no_tally() -> None:
    # near miss: the old date is someone's service, not the start of a count
    text = "Police detained a former soldier who had served in the army since 2010 in Herat on 3 May."
    assert facts(suggest(text)) == {("detention", "AF-HER", 1, "exact")}


# 8. A title naming a document is no statement.


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Statement of the Afghan Teachers' Association on the closure of schools\n\nThe association met "
            "in Kabul to discuss the year ahead.",
            "en",
        ),
        (
            "اعلامیه انجمن معلمان افغانستان درباره بسته ماندن مکاتب\n\nاین انجمن برای بررسی برنامه‌های "
            "سال آینده در کابل نشست.",
            "fa",
        ),
    ],
)
def test_document_title_is_no_statement(text: str, language: str) -> None:
    assert [e for e in suggest(text, language) if e.type == "statement"] == []


# 9. Missed events: a letter or directive issued by an authority, a deportation and a holding centre abroad.


def test_directive_issued_by_a_governor_is_a_statement() -> None:
    text = (
        "On 9 May, the de facto governor of Balkh issued a directive instructing private clinics to stop "
        "employing female doctors without a male guardian."
    )
    events = suggest(text)
    assert [(e.type, e.province, e.date_start) for e in events] == [("statement", "AF-BAL", date(2024, 5, 9))]


def test_deported_from_iran_through_a_crossing() -> None:
    text = (
        "The complainant's brother was himself deported from Iran on 8 May through the Islam Qala crossing, "
        "after ten days in a holding centre in Zahedan."
    )
    got = {(e.type, e.province, e.country) for e in suggest(text)}
    assert got == {("deportation", None, "IR"), ("detention", None, "IR")}


# 10. Vague counts ("dozens", «ده‌ها», «څو») are no count; their qualifier stays.


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dozens of protesters were detained in Herat city on 4 May.", "en"),
        ("Hundreds of returnees were detained at the Islam Qala crossing on 4 May.", "en"),
        ("روز شنبه ده‌ها معترض در شهر هرات بازداشت شدند.", "fa"),
    ],
)
def test_vague_counts_are_null_with_their_qualifier(text: str, language: str) -> None:
    (event,) = suggest(text, language)
    assert event.type == "detention" and event.province == "AF-HER"
    assert event.count is None
    assert event.to_dict()["count_qualifier"] == "at least"


def test_the_one_named_person_counts_one() -> None:
    text = "On 4 May the headmaster of a boys' school in Charikar was beaten by Taliban officials."
    assert facts(suggest(text)) == {("torture", "AF-PAR", 1, "exact")}
    # near miss: people in the plural have no count of their own
    plural = "On 4 May the teachers of a boys' school in Charikar were beaten by Taliban officials."
    assert facts(suggest(plural)) == {("torture", "AF-PAR", None, None)}


# The same classes in Dari and Pashto wordings.


def test_dari_call_names_a_dated_detention() -> None:
    text = "کمیته مصونیت خبرنگاران از طالبان خواست خبرنگاری را که روز جمعه در شهر خوست بازداشت شد آزاد کنند."
    events = suggest(text, "fa")
    assert [(e.type, e.province, e.date_start) for e in events] == [
        ("detention", "AF-KHO", date(2024, 5, 17))
    ]


def test_pashto_elder_and_his_sons() -> None:
    text = "د شنبې په ورځ په اسعدآباد کې یو قومي مشر او د هغه دوه زامن ووژل شول."
    assert facts(suggest(text, "ps")) == {("killing", "AF-KNR", 3, "exact")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "سازمان‌های کمک‌رسان هشدار دادند که تا پایان جوزا ممکن است پنجاه هزار مهاجر دیگر از ایران اخراج "
            "شوند.",
            "fa",
        ),
        ("از سال ۱۴۰۰ تاکنون، این نهاد بازداشت بیش از ۲۰۰ فعال مدنی را ثبت کرده است.", "fa"),
        (
            "په ټولنیزو رسنیو کې ویل شوي چې په خوست کې لسګونه ځوانان ونیول شول، خو موږ ونه شو کولای دا خبر "
            "په خپلواکه توګه تایید کړو.",
            "ps",
        ),
    ],
)
def test_dari_and_pashto_non_events(text: str, language: str) -> None:
    assert suggest(text, language) == []


def test_pashto_tens_of_people_is_no_count() -> None:
    (event,) = suggest("د شنبې په ورځ په هرات ښار کې لسګونه لاریون کوونکي ونیول شول.", "ps")
    assert (event.type, event.province, event.count) == ("detention", "AF-HER", None)
    assert event.to_dict()["count_qualifier"] == "at least"


def test_a_number_naming_a_district_of_a_city_is_no_count() -> None:
    text = "On 4 May a tailor was detained at his shop in District 9 of Kabul city."
    assert facts(suggest(text)) == {("detention", "AF-KAB", 1, "exact")}


def test_pashto_unconfirmed_line() -> None:
    text = "- نا تایید شوی: ځینو خلکو ویلي چې په ګردیز کې درې ځوانان ونیول شول، خو موږ دا خبر تایید نه کړ."
    assert suggest(text, "ps") == []


def test_one_person_opening_the_sentence_as_subject_of_was() -> None:
    text = "Journalist Zarifa Ahmadi, who ran a women's radio show in Jalalabad, was arrested on 4 May."
    assert facts(suggest(text)) == {("detention", "AF-NAN", 1, "exact")}
    # near miss: people in the plural
    plural = "Journalists of a women's radio show in Jalalabad were arrested on 4 May."
    assert facts(suggest(plural)) == {("detention", "AF-NAN", None, None)}


def test_a_call_telling_people_to_stop_is_a_threat() -> None:
    text = "On 4 May the teacher's family in Herat got a message telling them to stop talking to reporters."
    assert [(e.type, e.province) for e in suggest(text)] == [("threat", "AF-HER")]


def test_a_witness_account_after_the_report_is_the_same_event() -> None:
    text = (
        "At least five men were detained in Khanabad district on Monday night, residents said.\n\n"
        '"They came after midnight and took my father and my two uncles," one Khanabad resident said.'
    )
    assert facts(suggest(text)) == {("detention", "AF-KDZ", 5, "at least")}
    # near miss: the witness tells another kind of event (the beating), which stays
    other = (
        "At least five men were detained in Khanabad district on Monday night, residents said.\n\n"
        '"They beat my father with rifle butts before they took him," one Khanabad resident said.'
    )
    assert {e.type for e in suggest(other)} == {"detention", "torture"}


def test_flight_is_placed_where_people_fled_from() -> None:
    text = (
        "Since March, dozens of families from Kunduz city have crossed into Tajikistan, most of them via "
        "Sher Khan Bandar, after threats."
    )
    assert ("flight", "AF-KDZ", None, None) in facts(suggest(text))


def test_dari_one_person_and_his_kin_and_nine_is_no_negation() -> None:
    killed = "روز سه‌شنبه یک معلم و دو پسرش در ولسوالی خان‌آباد توسط افراد مسلح ناشناس کشته شدند."
    assert facts(suggest(killed, "fa")) == {("killing", "AF-KDZ", 3, "exact")}
    nine = (
        "دست کم نه فعال مدنی در ماه حمل بازداشت شدند: پنج تن در شهر فیض‌آباد در ۱۲ حمل و چهار تن در شهر "
        "تالقان در ۲۵ حمل."
    )
    assert facts(suggest(nine, "fa")) == {
        ("detention", "AF-BDS", 5, "exact"),
        ("detention", "AF-TAK", 4, "exact"),
    }
    # near miss: «نه» before a verb is still "not"
    assert suggest("در هرات هیچ کسی بازداشت نشد و فعالان نه بازداشت شدند و نه تهدید.", "fa") == []


def test_a_total_told_before_its_parts_amid_other_incidents() -> None:
    text = (
        "Eleven former police officers were detained across the south in the first half of May.\n\n"
        "Six of them were arrested in Spin Boldak on 4 May. Five more were detained in Lashkar Gah on "
        "9 May.\n\n"
        "Separately, an activist was arrested in Kandahar city on 14 May."
    )
    assert facts(suggest(text)) == {
        ("detention", "AF-KAN", 6, "exact"),
        ("detention", "AF-HEL", 5, "exact"),
        ("detention", "AF-KAN", 1, "exact"),
    }


def test_pashto_title_breakdown_including_and_outcome() -> None:
    text = (
        "د کندهار ښوونکو ټولنې اعلامیه د نجونو د ښوونځیو په اړه\n\n"
        "لږ تر لږه اووه ښوونکي د وري په میاشت کې ونیول شول: څلور تنه د وري په ۱۲مه په جلال اباد کې او "
        "درې تنه د وري په ۲۵مه په اسعدآباد کې.\n\n"
        "د دوو ښځو په ګډون دولس تنه د چهارشنبې په ورځ د مهترلام په لوبغالي کې په دُرو ووهل شول.\n\n"
        "یو دوکاندار د غویي په ۱۰مه د جلال اباد ښار د استخباراتو دفتر ته وغوښتل شو. د هغه ورور وايي چې له "
        "هغه ورځې راهیسې یې هېڅ درک نه دی معلوم."
    )
    assert facts(suggest(text, "ps")) == {
        ("detention", "AF-NAN", 4, "exact"),
        ("detention", "AF-KNR", 3, "exact"),
        ("torture", "AF-LAG", 12, "exact"),
        ("disappearance", "AF-NAN", 1, "exact"),
    }
    # near miss: a statement the ministry issued (the noun with a verb) stays a statement
    issued = "د امر بالمعروف وزارت د یکشنبې په ورځ یوه اعلامیه خپره کړه چې ښځې دې له محرم پرته سفر نه کوي."
    assert [e.type for e in suggest(issued, "ps")] == ["statement"]


def test_accepting_a_vague_count_keeps_its_qualifier_without_a_count() -> None:
    (event,) = suggest("Dozens of protesters were detained in Herat city on 4 May.")
    fields = event.event_fields()
    assert "count" not in fields and fields["count_qualifier"] == "at least"


def test_a_letter_sent_on_a_day_in_may_is_a_statement() -> None:
    # the month May is no "may" of a projection
    text = (
        "The Ministry of Vice and Virtue sent a letter on 9 May instructing all radio stations in Kabul to "
        "stop playing music."
    )
    events = suggest(text)
    assert [(e.type, e.date_start) for e in events] == [("statement", date(2024, 5, 9))]


def test_there_refers_to_the_place_named_before() -> None:
    text = (
        "Police detained four men in Herat city on 2 May.\n\nThirty returnees arriving at Islam Qala said "
        "they were kept for days at a camp near Zahedan, and guards beat them there with cables."
    )
    assert ("torture", "IR", 30, "exact") in facts(suggest(text))
    # near miss: without "there" the beating is not moved to the camp
    plain = text.replace("them there with", "them with")
    assert ("torture", "IR", 30, "exact") not in facts(suggest(plain))
