"""Where people came from is not where an event happened: "returnees from Iran detained in Ghoryan", "three
men from Nimroz and Farah were executed in Zahedan", «بازگشت‌کنندگان از ایران در ولایت هرات», «له ایرانه
راستانه شوي ځوانان»; nor is where they told of it ("interviewed at Islam Qala"). Such a place only locates
the event when the sentence names no other."""

from __future__ import annotations

import re

from desktop.events.gazetteer import PlaceMatch

_GAP = r"[\s\u200c]+"
# Before the place: people "from" it, or back from it (the place may be the second of a list: "from Nimroz
# and Farah", "from the Shindand district of Herat").
_ORIGIN_BEFORE = re.compile(
    r"(?:\b(?:returned|returning|returnees?|come back|came back|men|women|man|woman|people|persons|brothers|"
    r"sons|youths?|boys|girls|workers|migrants|refugees|Afghans|families|nationals|natives?|residents?|back|"
    r"detainees?|prisoners?|inmates?)"
    rf"{_GAP}from|(?<!\w)(?:بازگشت|برگشت|عودت)[\w\u200c]*?(?:[\s\u200c]*(?:کننده|کنندگان))?{_GAP}از|(?<!\w)اهل)"
    # up to four words between, but not where the event was: "returnees from Iran in Herat"
    r"\s+(?:the\s+)?(?:(?!(?:in|at|near|to|into|در|به|په)\s)[^\s.;:]+[\s,،]+){0,4}?$",
    re.IGNORECASE,
)
# After it (Pashto puts "from" around the place): «له ایرانه راستانه شوي», «له پاکستان څخه راستنېدونکي».
_ORIGIN_AFTER = re.compile(
    rf"^(?:ه)?(?:{_GAP}څخه)?(?:{_GAP}(?!کې|کی)[^\s.،,]+){{0,2}}?{_GAP}(?:بېرته{_GAP}|بیرته{_GAP})?"
    r"(?:راستانه|راستنېدونکي|راستنیدونکي|راستنیدونکی|"
    r"راستون)"
)
# A place people went to is no place of the event either: "to Iran", «به ایران», «ایران ته».
_DESTINATION = re.compile(
    r"(?:\bto|\binto|\btowards?|\bfor|(?<!\w)به|(?<!\w)مقصد)\s+(?:the\s+)?$", re.IGNORECASE
)
# Pashto's "to" after the place: «کابل ښار ته» (to Kabul city), not «اسعدآباد ښار ته نږدې» (near the city)
ARRIVAL_AFTER = re.compile(
    r"(?:\s+(?:ښار|ښاره|ولایت|ولسوالۍ|ولسوالی))?\s+ته(?!\w)(?!\s+(?:نږدې|نژدې|نزدې|نږدی))"
)
# The second of a list of places went to: «به نیلی و کابل پناه بردند», "to Herat and Kabul", "left for
# Chaghcharan and Herat city"
_DESTINATION_LIST = re.compile(
    r"(?:\bto|\binto|\bfor|\btowards?|(?<!\w)به)\s+(?:the\s+)?[^\s,،.;]+(?:\s+[^\s,،.;]+)?\s*"
    r"(?:,|،|\band\b|\bor\b|(?<!\w)و|(?<!\w)یا)\s+$",
    re.IGNORECASE,
)


# Where the source was met: "Eleven of the men interviewed at Islam Qala said they had been held … near
# Mashhad", «… که در اسلام قلعه با آنان مصاحبه شد».
_SOURCE_BEFORE = re.compile(
    r"\b(?:interviewed|met|spoke\s+to|talked\s+to|told\s+\S+|surveyed|reached)\s+(?:\S+\s+){0,2}?(?:at|in)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_SOURCE_AFTER = re.compile(r"^\s+(?:\S+\s+){0,2}?(?:مصاحبه|گفت\s*و\s*گو|خبرو اترو)")


# A place naming an earlier event the sentence dates itself by: "the next day after the Torkham expulsions",
# "since the Paghman arrests", «روز بعد از بازداشت‌های پغمان», Pashto «د تورخم له شړنو وروسته».
_EVENT_NOUNS = (
    r"(?:expulsions?|deportations?|arrests?|detentions?|killings?|raids?|attacks?|clashes|executions?|"
    r"floggings?|shootings?|bombings?|incidents?|evictions?|abductions?|round-?ups?)"
)
_REFERENCE_BEFORE = re.compile(
    r"\b(?:after|since|following|before|during|like)\s+(?:the\s+|last\s+week's\s+|this\s+week's\s+)?$",
    re.IGNORECASE,
)
_REFERENCE_AFTER = re.compile(rf"^(?:['’]s)?\s+(?:\w+\s+)?{_EVENT_NOUNS}\b", re.IGNORECASE)
# Dari puts the event before the place: «بعد از بازداشت‌های پغمان»
_REFERENCE_BEFORE_FA = re.compile(
    r"(?<!\w)(?:بعد از|پس از|قبل از|پیش از|از زمان|به دنبال|در پی|مانند)\s+"
    r"(?:بازداشت|اخراج|کشتار|قتل|حمله|حملات|یورش|درگیری|رویداد|حادثه|شلاق|اعدام|تیرباران)[\w\u200c]*\s+$"
)
# Pashto after it: «د تورخم له شړنو وروسته»
_REFERENCE_AFTER_PS = re.compile(
    r"^\s+(?:له\s+)?(?:نیونو|نیول\S*|شړنو|شړل\S*|وژنو|وژل\S*|برید\S*|پېښ\S*|پیښ\S*)\s+(?:نه\s+|څخه\s+)?"
    r"(?:وروسته|راهیسې|راهیسی)"
)


def reference_event(text: str, match: PlaceMatch) -> bool:
    """The place names an earlier event the sentence dates itself by ("after the Torkham expulsions")."""
    after = text[match.end : match.end + 40]
    return bool(
        (
            _REFERENCE_BEFORE.search(text, max(0, match.start - 30), match.start)
            and _REFERENCE_AFTER.match(after)
        )
        or _REFERENCE_BEFORE_FA.search(text, max(0, match.start - 40), match.start)
        or _REFERENCE_AFTER_PS.match(after)
    )


# Words one of which _ORIGIN_BEFORE needs (a quick test before it, which is slow on every place).
_ORIGIN_WORDS = ("from", "از", "اهل")


def _origin(text: str, match: PlaceMatch) -> bool:
    before = text[max(0, match.start - 60) : match.start].lower()
    return bool(
        (
            any(w in before for w in _ORIGIN_WORDS)
            and _ORIGIN_BEFORE.search(text, max(0, match.start - 60), match.start)
        )
        or _SOURCE_BEFORE.search(text, max(0, match.start - 40), match.start)
        or _SOURCE_AFTER.match(text[match.end : match.end + 40])
        or _ORIGIN_AFTER.match(text[match.end : match.end + 30])
    )


# «به ولسوالی جاغوری حمله کردند» (attacked Jaghori): the place attacked, not a destination.
_ATTACKED_AFTER = re.compile(r"^[^.;،,]{0,30}?(?:حمله|یورش|هجوم|برید|attack|raid)", re.IGNORECASE)


def destination(text: str, match: PlaceMatch) -> bool:
    """People went to the place ("to Iran", «به ایران», «ایران ته»); not a place attacked."""
    attacked = _ATTACKED_AFTER.match(text[match.end : match.end + 40])
    return not attacked and bool(
        _DESTINATION.search(text, max(0, match.start - 20), match.start)
        or _DESTINATION_LIST.search(text, max(0, match.start - 40), match.start)
        or ARRIVAL_AFTER.match(text, match.end)
    )


# «چهار ماهیگیر از ولسوالی شغنان» (four fishermen from Shughnan district): where they are from, when the
# sentence names where it happened too (alone, it may be both: «شش جوان از ولسوالی اندخوی … در زندان»).
_PEOPLE_FROM_FA = re.compile(
    r"(?<!\w)(?:مرد|زن|جوان|ماهیگیر|کارگر|مهاجر|باشنده|باشندگان|دهقان|چوپان|معلم|دانشجو|محصل|پسر|دختر|"
    rf"خانواده)[\w\u200c]*{_GAP}از\s+(?:(?!(?:در|به)\s)[^\s.;:،,]+\s+){{0,2}}?$"
)


# A home said as such: "three brothers originally from Nad Ali", "natives of Ghor", «اهل ولسوالی چخانسور»,
# «نوجوانی که اهل بادغیس بود», Pashto «اصلاً د کونړ د اسعدآباد دی»: never where the event happened.
_HOME_SAID = re.compile(
    r"(?:\b(?:originally|hailing|who (?:is|are|was|were|come|came) originally)\s+from|\bnatives?\s+of|"
    r"(?<!\w)اهل|(?<!\w)(?:اصلا|اصلاً|اصلأ)\s+(?:د|از))\s+(?:(?:the|ولایت|ولسوالی|ولسوالۍ|شهر|د)\s+)?"
    r"(?:[^\s.;:،,]+\s+){0,3}?$",
    re.IGNORECASE,
)


def home_said(text: str, match: PlaceMatch) -> bool:
    """The place is named as the people's home ("originally from", «اهل»), whatever the story."""
    return _said_before(text, match, _HOME_WORDS, _HOME_SAID)


def _said_before(text: str, match: PlaceMatch, words: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """`pattern` ends just before the place; `words` (one of which it needs) are tested first, cheaply."""
    before = text[max(0, match.start - 60) : match.start]
    lowered = before.lower()
    return any(word in lowered for word in words) and bool(pattern.search(before))


_HOME_WORDS = ("origin", "hailing", "ative", "اهل", "اصل")


# Where the teller is now: "a woman from the Dara district of Panjshir, now lives with relatives in Kabul",
# "now in a camp at Torkham", «یکی از زنانی که اکنون در اردوگاه عمری در تورخم به سر می‌برد», Pashto «اوس په
# کابل کې اوسېږي»: not where what they tell happened.
_NOW_AT = re.compile(
    r"(?<!\w)(?:now|since then|today)\s+(?:(?:lives?|living|staying|stays|sheltering|shelters|based)\s+)?"
    r"(?:\S+\s+){0,3}?(?:in|at)\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:(?:in|at|near)\s+)?$|"
    r"(?:اکنون|حالا|فعلا|اوس)\s+(?:در|په)\s+(?:\S+\s+){0,4}?(?:(?:در|د)\s+)?$",
    re.IGNORECASE,
)


def now_at(text: str, match: PlaceMatch) -> bool:
    """The place is where the teller is now ("now lives … in Kabul", «اکنون در … تورخم»)."""
    return _said_before(text, match, _NOW_WORDS, _NOW_AT)


_NOW_WORDS = ("now", "since then", "today", "اکنون", "حالا", "فعلا", "اوس")


def not_the_scene(text: str, match: PlaceMatch) -> bool:
    """The place is the people's home said as such or where the teller is now: never where it happened."""
    return home_said(text, match) or now_at(text, match)


def home_of_people(text: str, match: PlaceMatch) -> bool:
    """An Afghan place the people come from ("seven farmers from Khwaja Bahauddin", «هفت دهقان از ولسوالی
    خواجه بهاالدین»): not where foreign guards acted on them."""
    return match.place.country == "AF" and bool(
        _PEOPLE_FROM_FA.search(text, max(0, match.start - 50), match.start)
        or _PEOPLE_FROM_FA_FAR.search(text, max(0, match.start - 70), match.start)
        or _PEOPLE_FROM_EN.search(text, max(0, match.start - 50), match.start)
    )


def without_homes(text: str, places: list[PlaceMatch]) -> list[PlaceMatch]:
    """`places` without the people's homes, and the province named right after a home («از ولسوالی خواجه
    بهاالدین ولایت تخار», "from Darqad district of Takhar")."""
    kept: list[PlaceMatch] = []
    last_home: PlaceMatch | None = None
    for m in sorted(places, key=lambda m: m.start):
        after_home = last_home is not None and _PROVINCE_OF.fullmatch(text, last_home.end, m.start)
        if m.place.country == "AF" and (home_of_people(text, m) or after_home):
            last_home = m
        else:
            kept.append(m)
    return kept


_PROVINCE_OF = re.compile(
    r"\s*(?:,|،)?\s*(?:(?:district|town|village)\s+)?(?:in|of|ولایت|ولسوالی|د)?\s*(?:the\s+)?", re.IGNORECASE
)
# … the province after the district: «هفت دهقان از ولسوالی خواجه بهاالدین ولایت تخار»
_PEOPLE_FROM_FA_FAR = re.compile(
    r"(?<!\w)(?:مرد|زن|جوان|ماهیگیر|کارگر|مهاجر|باشنده|دهقان|چوپان|معلم|دانشجو|محصل|پسر|دختر|خانواده)"
    r"[\w\u200c]*\s+از\s+(?:ولسوالی|ولسوالۍ|شهر|قریه|روستای)\s+(?:[^\s.;:،,]+\s+){1,3}?(?:ولایت|د)\s+$"
)
# "eleven farmers from Imam Sahib district", "four men from Darqad": the people's home
_PEOPLE_FROM_EN = re.compile(
    r"\b(?:m[ae]n|wom[ae]n|people|farmers?|fisherm[ae]n|workers?|labou?rers?|migrants?|villagers?|residents?|"
    r"herders?|shepherds?|boys?|girls?|youths?|traders?|nationals|afghans|families|reporters?|journalists?|"
    r"students?|teachers?|drivers?|activists?|refugees?|returnees?|deportees?)\s+(?:\S+\s+){0,2}?from\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def without_origins(text: str, places: list[PlaceMatch]) -> list[PlaceMatch]:
    """`places` of the sentence `text` without those people came from or went to, when another place is where
    it was."""
    origins = [
        m for m in places if _origin(text, m) or destination(text, m) or reference_event(text, m)
    ]  # "smuggling people into Iran", "after the Torkham expulsions"
    homes = [
        m for m in places if m not in origins and _PEOPLE_FROM_FA.search(text, max(0, m.start - 50), m.start)
    ]
    if homes and any(m not in origins and m not in homes for m in places):
        return [m for m in places if m not in origins and m not in homes]
    if not origins:
        return places
    others = [m for m in places if m not in origins]
    if not others and _IN_CUSTODY.search(text):
        return []  # "A detainee from Parwan died in the prison": where the prison is, not Parwan
    if not others and all(m.place.country != "AF" and _back_from(text, m) for m in origins):
        return []  # "police detained eleven returnees from Iran": back from abroad, held at home
    if not others and all(
        destination(text, m) and _IF_BEFORE.search(text, max(0, m.start - 80), m.start) for m in origins
    ):
        return []  # "told him that if he did not go back to Afghanistan …": a demand's place, not the scene
    return others or places


# A condition open before the place: "if he did not … return to", «اگر … به افغانستان برنگردد» (not «که»,
# Dari "that" before a place people went to).
_IF_BEFORE = re.compile(r"(?:\b(?:if|unless)\b|(?<!\w)اگر(?!\w))[^.;:،,]{0,80}$", re.IGNORECASE)


# Held in a prison the sentence does not name: "died in the prison", «در زندان», «په زندان کې».
_IN_CUSTODY = re.compile(
    r"\b(?:in|inside)\s+(?:the\s+|his\s+|her\s+|their\s+|police\s+|\w+\s+)?(?:prison|jail|cell|custody|detention)\b|"
    r"(?<!\w)در\s+(?:زندان|بازداشتگاه|بازداشت|حبس|توقیف)(?![\w\u200c])|(?<!\w)په\s+(?:زندان|توقیف|بندیخانه)\s+کې",
    re.IGNORECASE,
)


# People back from abroad: "returnees from Iran", "who had come back from Pakistan", «بازگشت‌کنندگان از ایران»,
# «له پاکستانه راستانه شوي».
_BACK_BEFORE = re.compile(
    r"(?:\b(?:returned|returning|returnees?|come back|came back|back)|(?<!\w)(?:بازگشت|برگشت|عودت)\S*"
    r"(?:[\s\u200c]*(?:کننده|کنندگان))?)[\s\u200c]+(?:from|از)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _back_from(text: str, match: PlaceMatch) -> bool:
    """The place is where people came back from."""
    return bool(
        _BACK_BEFORE.search(text, max(0, match.start - 40), match.start)
        or _ORIGIN_AFTER.match(text[match.end : match.end + 30])
    )
