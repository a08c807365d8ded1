"""Session 19: wordings found missing on earlier blind keys' notes (heldout-76 … -80), each tested on
sentences of our own, with guards for the readings they must not take.

- a doubt about a figure in a clause of its own ("…; numbers could not be confirmed") leaves the event;
- an appeal inside a relative clause closed by the main verb ("cousins who went to the district centre to
  press for an investigation were themselves locked up") does not swallow that verb;
- "…, where he was kept overnight" is the event when nothing else in the sentence is (a beating's place
  otherwise; "went to ask where the men were being held" asks after people held before);
- Dari «… را از خانه‌هایشان در … برده‌اند» (took them from their homes), not things taken from a house,
  «از بین بردند» (destroyed) or «بالا بردند» (raised).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.suggesting import suggest

PUB = date(2026, 11, 20)


def found(text: str, language: str = "en") -> list[tuple[str, int | None]]:
    return [
        (e.type, e.count.value if e.count else None) for e in suggest(text, published=PUB, language=language)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Partners heard of Afghan men being arrested by police in Peshawar on 11 November; numbers could "
        "not be confirmed.",
        "Police detained traders in Herat city on 12 November, though the number held could not be verified.",
    ],
)
def test_a_doubted_figure_leaves_the_event(text: str) -> None:
    assert [t for t, _ in found(text)] == ["detention"]


@pytest.mark.parametrize(
    "text",
    [
        "Reports that 20 men were arrested in Peshawar on 11 November could not be confirmed.",
        "On 11 November 20 men were arrested in Peshawar, but this could not be verified.",
        "Posts on social media claim that 20 men were arrested in Peshawar; we could not verify them.",
    ],
)
def test_a_doubted_report_still_goes(text: str) -> None:
    assert found(text) == []


def test_an_appeal_closed_by_the_main_verb() -> None:
    text = (
        "On 3 May, two cousins of the dead men who went to the district centre to press for an investigation "
        "were themselves locked up by district police for two days."
    )
    assert found(text) == [("detention", 2)]


def test_what_an_appeal_asks_for_is_still_no_report() -> None:
    text = "The elders went to the district centre on 3 May to press for the release of the men held there."
    assert found(text) == []


def test_where_he_was_kept_is_the_event_alone() -> None:
    text = "On 4 May he was told to report to the intelligence office in Herat city, where he was kept "
    text += "overnight."
    assert [t for t, _ in found(text)] == ["detention"]


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May police beat him at the district headquarters in Herat city, where he was held for three "
        "hours.",
        "On 4 May a group of relatives went to the police headquarters in Herat city to ask where the men "
        "were being held.",
    ],
)
def test_where_he_was_held_as_a_place_or_a_question(text: str) -> None:
    assert "detention" not in [t for t, _ in found(text)]


def test_dari_taken_from_their_homes() -> None:
    text = "نیروهای طالبان روز شنبه دست‌کم ۱۴ جوان را از خانه‌هایشان در ناحیه‌های غربی شهر مزار شریف برده‌اند."
    assert found(text, "fa") == [("detention", 14)]


@pytest.mark.parametrize(
    "text",
    [
        "دزدان روز شنبه تلویزیون را از خانه‌اش در شهر مزار شریف برده‌اند.",
        "دزدان روز شنبه تلویزیون را از خانه‌اش در شهر مزار شریف بردند.",
        "سیلاب روز شنبه خانه‌ها را از بین بردند.",
        "دکانداران روز شنبه قیمت نان را از ده افغانی به بیست افغانی بالا بردند.",
    ],
)
def test_dari_things_taken_or_other_verbs_of_taking(text: str) -> None:
    assert found(text, "fa") == []


# Threats told as what will be done to whoever does something, in a warning's quoted words, and Dari and
# Pashto consequences in the future tense or veiled ("will deal with you otherwise").
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On 5 October the district governor in Khost wa Firing told a meeting of elders that families "
            "whose "
            'sons "are with the front" would lose their land.',
            "en",
        ),
        (
            "On 5 October the district chief in Marja told the elder of our canal that anyone who comes "
            "back to "
            "the land will be treated as a thief.",
            "en",
        ),
        (
            'On 5 October staff at the Khan Abad clinic received a voice message warning that "the next '
            "doctor "
            'will not come back".',
            "en",
        ),
        (
            "On 5 October men came to the family's door in Kunduz city and demanded the judge's address, "
            'warning that "the brothers will answer for him".',
            "en",
        ),
        (
            "On Thursday in Taywara district armed men stopped a vaccination team and told the vaccinators "
            "not "
            "to come back.",
            "en",
        ),
        (
            "روز ۱۸ سنبله مردان مسلح به قریه‌ای در ولسوالی کیتی آمدند و به ریش‌سفیدان گفتند که اگر چراگاه را "
            "خالی نکنند، خانه‌هایشان را آتش خواهند زد.",
            "fa",
        ),
        (
            "روز پنجشنبه سه مرد مسلح در پل چرخی به خانه‌اش آمدند و گفتند اگر تا آخر ماه خانه را ترک نکند، "
            "«با او "
            "طور دیگری برخورد خواهند کرد».",
            "fa",
        ),
        (
            "ماموران روز شنبه در کابل به مادرش گفته‌اند که اگر با رسانه‌ها حرف بزنند «همه را می‌بریم».",
            "fa",
        ),
        ("د شنبې په ورځ یې په دهراوود کې موږ ته وویل چې که کلی خالي نه کړئ، کورونه به مو ونړوو.", "ps"),
    ],
)
def test_threats_of_what_will_be_done(text: str, language: str) -> None:
    assert [t for t, _ in found(text, language)] == ["threat"]


@pytest.mark.parametrize(
    "text",
    [
        'On 5 October the United Nations published a report, warning that "millions will go hungry" in '
        "Kunduz.",
        "On 5 October the district governor in Marja told elders that families who plant wheat will get "
        "seed.",
    ],
)
def test_forecasts_and_promises_are_no_threats(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "On 8 October Iranian authorities sent more than 1,100 Afghans back through the Islam Qala "
            "crossing.",
            "en",
            ("deportation", 1100),
        ),
        (
            "On 28 November police forced at least 23 members of his extended family across the border at "
            "Torkham.",
            "en",
            ("deportation", 23),
        ),
        (
            "On Sunday morning a shepherd found a man's body on the bank of the Andarab river.",
            "en",
            ("killing", 1),
        ),
        (
            "A former ALP commander summoned to the district administration in Imam Sahib on 3 March was "
            "returned to his family dead five days later.",
            "en",
            ("killing", 1),
        ),
        (
            "On 11 February a midwife was kept for about five hours at the department's office in Herat "
            "city.",
            "en",
            ("detention", 1),
        ),
        (
            "On 6 April four of our staff were driven to the provincial intelligence directorate in Mazar-e "
            "Sharif.",
            "en",
            ("detention", 4),
        ),
        ("On 3 October in Charikar they put my husband in the back of their car.", "en", ("detention", 1)),
        (
            "On 12 September municipal bulldozers levelled houses in Shakardara district, forcing 63 "
            "families "
            "out into the open.",
            "en",
            ("flight", 63),
        ),
        (
            "در ماه اسد، دو تن از اعضای جنبش در شهر هرات چند روز در بند استخبارات بودند.",
            "fa",
            ("detention", 2),
        ),
        (
            "هفته گذشته دست‌کم ۱۲ خانواده در ولسوالی ده راود از زمین‌هایشان بیرون رانده شدند.",
            "fa",
            ("flight", 12),
        ),
        (
            "۲۷ خانواده در ولسوالی کیتی مجبور شده‌اند خانه و زمین خود را رها کنند.",
            "fa",
            ("flight", 27),
        ),
        ("زموږ کورنۍ پرون له ننګرهار څخه پېښور ته وکډېده.", "ps", ("flight", None)),
    ],
)
def test_new_wordings(text: str, language: str, expected: tuple[str, int | None]) -> None:
    assert found(text, language) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May workers put the boxes in the back of their truck in Herat city.",
        "The goods were kept for three hours at the customs office in Herat city on 4 May.",
    ],
)
def test_things_loaded_or_stored(text: str) -> None:
    assert found(text) == []


def test_a_heading_found_dead_does_not_swallow_the_body_below_it() -> None:
    text = (
        "FIELD NOTE\n\n2. Teacher found dead\nThe body of a teacher from Nahrin was pulled from the "
        "Andarab river "
        "on 26 November."
    )
    assert "killing" in [t for t, _ in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "**16:55** — CORRECTION: At 11:20 we reported that a teacher had been shot dead in Herat's Injil "
        "district on 8 October. The man was wounded in a land dispute.",
        "An entry for 22 September (a man reportedly killed in Ghorband) has been taken out of this "
        "bulletin: he was found alive and well in Kabul.",
        "Rawadari earlier reported that a protester detained in Herat on 28 September had died in custody. "
        "That information was wrong: she was released unharmed.",
    ],
)
def test_corrections_and_entries_taken_out(text: str) -> None:
    assert [t for t, _ in found(text)] in ([], ["detention"])
    assert "killing" not in [t for t, _ in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "| 18 Sep | Nijrab, Kapisa | Homes searched; women's rooms entered, phones taken |",
        "The Partnership condemns the search of its regional office in Mazar-e Sharif by armed men on 6 "
        "April.",
    ],
)
def test_searches_as_a_log_says_them(text: str) -> None:
    assert [t for t, _ in found(text)] == ["threat"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "PESHAWAR, 30 October 2026 — Police detained about 80 Afghans in Board Bazaar in Peshawar on "
            "Tuesday.\n\nOne shopkeeper said police told him that if he did not close his shop and return to "
            "Afghanistan by next week, they would jail him and his sons.",
            "en",
        ),
        (
            "پولیس روز سه‌شنبه در پشاور نزدیک به هشتاد مهاجر افغان را بازداشت کرد.\n\nیک دکان‌دار افغان گفت که "
            "مأموران پولیس به او گفته‌اند اگر تا هفتهٔ آینده دکانش را نبندد و به افغانستان برنگردد، خودش و "
            "پسرانش را زندانی خواهند کرد.",
            "fa",
        ),
    ],
)
def test_a_threat_is_placed_where_it_was_made_not_where_it_demands_people_go(
    text: str, language: str
) -> None:
    threats = [e for e in suggest(text, published=PUB, language=language) if e.type == "threat"]
    assert [(e.country, e.province) for e in threats] == [("PK", None)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "روز سه‌شنبه چند مأمور امر به معروف به دفتر آنان در کارته سه کابل آمدند و به کارمندان زن گفتند "
            "که «اگر فردا شما را این‌جا ببینیم، با شما طور دیگری برخورد خواهیم کرد».",
            "fa",
            "threat",
        ),
        ("د جنازې وروسته د شنبې په ورځ په جلال آباد کې زموږ کور ته د شپې لیکونه راغلل.", "ps", "threat"),
        ("د سالنګ لویه لاره د شنبې په ورځ د ولایت د امنیه قوماندانۍ له خوا منع شوه.", "ps", "statement"),
    ],
)
def test_quoted_conditions_night_letters_and_pashto_bans(text: str, language: str, expected: str) -> None:
    assert [t for t, _ in found(text, language)] == [expected]


def test_a_running_total_after_the_events_it_adds_up() -> None:
    text = (
        "On 6 April four staff were detained in Mazar-e Sharif. On 2 March another staff member was detained "
        "in Sheberghan. With this week's arrests, five NRP staff have now been taken into custody in 2026."
    )
    assert found(text) == [("detention", 4), ("detention", 1)]


def test_held_since_is_no_running_total() -> None:
    assert found("Three men have now been held since 4 May without charge in Herat city.") == [
        ("detention", 3)
    ]
