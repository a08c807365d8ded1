"""How many people an event concerns: which counts of a sentence count people ("3 vehicles" does not, nor
"including four children", nor the two gunmen who acted), and counts joined by "and" summed ("nine men and two
women"). Which count belongs to which trigger: count_owners.py; one person named without a number:
single_person.py.
"""

from __future__ import annotations

import re

from desktop.events.numbers import Count, CountMatch
from desktop.events.suggesting.who.person_words import PERSON, PERSON_FA

# A count followed by one of these counts things, not people ("3 vehicles", "five provinces").
_THINGS = re.compile(
    r"(?:\s*(?:and|to|or|-|–|تا)\s*\d+)?\s*(?:(?!(?:men|women|people|persons|afghans|families|households|"
    r"مرد|مردان|زن|زنان|تن|نفر|کس|تنه|کسان|سړي|کډوال|خانواده|خانوار|کورنۍ|کورنی|کورنیو)(?!\w))[\w-]+\s+)?(?:provinces?|districts?|villages?|cities|towns?|countries|vehicles?|cars?|trucks?|"
    r"houses?|homes?|buildings?|schools?|mosques?|checkpoints?|bases?|weapons?|guns?|rifles?|rounds?|bullets?|"
    r"mines?|tunnels?|kilns?|factories|factory|"
    r"reports?|attacks?|operations?|raids?|incidents?|cases?|occasions?|organi[sz]ations?|groups?|agencies|outlets?|"
    r"sources?|statements?|letters?|documents?|pages?|articles?|hundreds?|thousands?|minutes?|seconds?|"
    r"years?|months?|weeks?|days?|nights?|hours?|decades?|afghanis|dollars|rupees|tomans|percent|"
    r"per cent|lashes|times|ribs?|fingers?|fingernails?|nails|teeth|toes?|bones?|burns|bruises|wounds?|"
    r"injur(?:y|ies)|marks|scars?|stitches|cuts|spectators?|onlookers?|witnesses|bystanders|crowds?|audiences?|تماشاگر\w*|"
    r"تماشاچی\w*|ننداروال\w*|ولایت|ولسوالی|ولسوالۍ|ولایات|قریه|روستا|موتر|خودرو|خانه|سال|ماه|روز|هفته|"
    r"ساعت|شلاق|دره|بار|مورد|گزارش|کال|میاشت|ورځ|ورځې|ولسوالیو|ولایتونو|شهر|شهرها|کشور|ناحیه|ښار|ښارونو|"
    r"ښارونه|هېواد|هیواد|ضربه|ضربات|کوړې|کوړو|elements?|criteria|conditions|factors|ways|types|kinds|forms|"
    r"grounds|reasons|points|questions|demands|steps|measures|recommendations|"
    # what was seized, not whom: "with 300 grams of opium", «۵ کیلو تریاک»
    r"grams?|grammes?|kilograms?|kilos?|kg|tons?|tonnes?|litres?|liters?|packets?|bags?|گرام|گرم|کیلو|"
    r"کیلوگرام|تن مواد|"
    # a unit, not its men: "one battalion", «یک کندک نظامی», «یوه پوځي قطعه»
    r"units?|battalions?|brigades?|companies|platoons?|کندک|قطعه|قطعات|لوا|فرقه|واحد|کنډک|قطعې|"
    # «با دو گلوله کشته شد» (killed with two bullets), Pashto «په دوو ګولیو»
    r"گلوله|گلوله ها|مرمی|ګولۍ|ګولیو|ګولی|شلیک|ډزې|ډزو)(?!\w)",
    re.IGNORECASE,
)


# "bringing to five the number executed", "the toll rose to 12": a running total, not this event's count.
_RUNNING_TOTAL = re.compile(
    r"(?:bringing|brings|brought|raising|raises|raised|rose|risen|rising|increas\w+)\s+(?:\S+\s+){0,9}?to\s+$"
    r"|(?:the (?:total|number|toll|tally)|(?:total|number) of \w+)\s+(?:\S+\s+){0,6}?"
    r"(?:is|was|stands at|now)\s+$"
    r"|(?:با این حساب|بدین ترتیب|به این ترتیب|به این شکل|در مجموع|مجموعا|په ټولیز ډول|په دې توګه)\s*،?\s*"
    r"(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)
# "… به پنج تن رسید", "… ته ورسېد": a count the number has reached.
_REACHED = re.compile(r"\s*(?:\S+\s+){0,2}?(?:رسید|رسیده|ورسېد|ورسید|رسېدلې)(?!\w)")


# "shot dead by two gunmen", "توسط دو فرد مسلح": the count of those who acted, not of the victims.
_AGENT_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:gunm[ae]n|armed men|attackers?|assailants?|militants?|fighters?|insurgents?|"
    r"perpetrators?|suspects?|kidnappers?|abductors?|men on (?:a )?motorcycles?|"
    r"فرد مسلح|افراد مسلح|مرد مسلح|مردان مسلح|مهاجم\w*|تفنگدار\w*|ضارب\w*|وسله وال\w*|"
    r"برید کوونک\w*|مسلح\w*)(?!\w)",
    re.IGNORECASE,
)
# Pashto "د X لخوا" (by X): a count inside it acted ("د دوو وسله والو لخوا"); "دوه ښوونکي د طالبانو لخوا
# ونیول شول" (two teachers were detained by the Taliban) counts the victims.
_AGENT_PASHTO = re.compile(r"\s*(?:\S+\s+){0,2}?لخوا(?!\w)")
_AGENT_BEFORE = re.compile(  # not across a colon: "met by police: about a dozen men were taken" are the taken
    r"(?:\bby|توسط|از سوی|از طرف|از جانب)\s+(?:[^\s:;؛]+\s+){0,1}$", re.IGNORECASE
)


# "two intelligence officers took a young man off our bus", "three muhtasibs beat …": the subject of an act
# done to others (not "two police officers were arrested", counted victims).
_AGENTS_ACTING = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:officers|agents|guards|policemen|muhtasibs|soldiers|fighters|men from the \S+|"
    r"men in (?:police |military |civilian |plain )?(?:uniforms?|clothes)|members of the \S+)\s+"
    r"(?:(?!(?:were|was|been|are|is|being)\b)\S+\s+){0,2}?"
    r"(?:took|detained|arrested|beat|shot|killed|stopped|searched|seized|dragged|abducted|kidnapped|flogged|"
    r"whipped|picked up|pulled|slapped|hit|forced|threatened|warned)\s+"
    # … done to someone named after the verb ("took a young man"; not "3 former soldiers detained in …")
    r"(?:a|an|the|him|her|them|his|their|two|three|four|five|six|seven|eight|nine|ten|\d+)\b",
    re.IGNORECASE,
)


def _is_agent(text: str, count: CountMatch) -> bool:
    """The count of those who acted ("by two gunmen", "two armed men shot …", "two intelligence officers
    took a man …"), not of the victims; those arrested are the victims, whatever they are called ("arrested
    two suspects")."""
    if _ARRESTED_AFTER.match(text, count.end):
        return False  # "three suspects were arrested": whoever they are, they were arrested
    if _AGENTS_ACTING.match(text, count.end) and not _ARRESTED_BEFORE.search(
        text[max(0, count.start - 30) : count.start]
    ):
        return True
    if _AGENT_AFTER.match(text, count.end):
        return not _ARRESTED_BEFORE.search(text[max(0, count.start - 30) : count.start])
    return _agent_otherwise(text, count)


_ARRESTED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:were|was|have been|had been|has been)\s+(?:\w+ly\s+)?(?:arrested|detained|"
    r"captured|seized|apprehended|picked up|taken into custody|rounded up)\b",
    re.IGNORECASE,
)
# "officers arrested two suspects", "detained three gunmen": the counted people are the ones arrested.
_ARRESTED_BEFORE = re.compile(
    r"\b(?:arrested|detained|captured|seized|held|rounded up|apprehended|nabbed)\s+(?:\S+\s+)?$",
    re.IGNORECASE,
)


def _agent_otherwise(text: str, count: CountMatch) -> bool:
    """A count inside Pashto «د … لخوا» or after "by", «توسط» (see _is_agent)."""
    after = _AGENT_PASHTO.match(text, count.end)
    inside = re.search(r"(?:^|\s)د\s+$", text[max(0, count.start - 3) : count.start])
    if after and inside and " د " not in after[0]:
        return True
    return bool(_AGENT_BEFORE.search(text[max(0, count.start - 20) : count.start]))


# "12 relatives of one former officer", "۱۲ نفر از اعضای خانواده یک افسر": whose people they are.
_POSSESSOR = re.compile(
    r"(?:(?:family|families|relatives?|brothers?|sisters?|sons?|daughters?|wi(?:fe|ves)|children|members|"
    r"parents|cousins|colleagues) of (?:the )?|"
    r"(?:خانواده|خانواده های|اعضای خانواده|بستگان|اقارب|برادر|برادران|پسر|پسران|فرزند|"
    r"فرزندان|همسر|پدر|مادر|همکاران|خپلوان|کورنۍ|کورنئ|ورور|وروڼه|زوی|زامن)\s+)$",
    re.IGNORECASE,
)


# "including four in Herat, three in …": a breakdown by place, not a part of the count.
LISTED = re.compile(r"\s+(?:[^\s,،;]+\s+){0,2}?(?:in|در|په)\s", re.IGNORECASE)


def _breakdown(text: str, count: CountMatch, counts: list[CountMatch]) -> bool:
    """ "including four in Herat and three in Farah": a count by place followed by another one (a breakdown),
    not a part of the people ("۱۲ تن از جمله دو زن در ورزشگاه": two of the twelve, flogged in a stadium)."""
    if not LISTED.match(text, count.end):
        return False
    return any(0 < c.start - count.end <= 80 and LISTED.match(text, c.end) for c in counts)


# "12 people, including four children": a part of the count, not the event's.
_SUBSET = re.compile(
    r"(?:including|among them|among whom|of whom|of them|incl\.|از جمله|شامل|که از (?:ان|آن)ها)\s+$",
    re.IGNORECASE,
)
# Pashto "پنځه تنه، چې یو یې ماشوم و" (five, one of whom was a child): a part of the count.
_SUBSET_PASHTO = re.compile(r"(?:^|\s)چې\s+$")
# "among them 400 men who had been held in a holding centre in Quetta": the part is the people of
# the event its relative clause tells.
_PART_WHO = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:been\s+)?", re.IGNORECASE
)
_OF_THEM_PASHTO = re.compile(r"\s+یې(?!\w)")


# «هفت خبرنگار روز شنبه …» (seven journalists on Saturday): people, then a date's word, not "seven days".
_PEOPLE_THEN_A_DAY = re.compile(rf"\s+(?:{PERSON_FA})\S*\s+(?:روز|هفته|ماه|سال|ورځ|ورځې|کال|میاشت)(?!\w)")


# "nine village elders", "two district officials": a place's word naming the people counted
_PLACE_WORD_THEN_PEOPLE = re.compile(
    r"\s+(?:village|district|provincial|province|community|tribal|school|mosque|camp)\s+(?:elders|leaders|chiefs|"
    r"heads|teachers|imams|representatives|members|residents|men|women|workers|guards|staff|officials|shura)\b",
    re.IGNORECASE,
)


def people_counts(text: str, counts: list[CountMatch]) -> list[CountMatch]:
    """Counts that may be of people or incidents: not of provinces, vehicles, years, running totals or
    parts ("including four children")."""
    kept = [
        c
        for c in counts
        if (
            not _THINGS.match(text, c.end)
            or _PEOPLE_THEN_A_DAY.match(text, c.end)
            or _PLACE_WORD_THEN_PEOPLE.match(text, c.end)
        )
        and not _RUNNING_TOTAL.search(text[max(0, c.start - 90) : c.start])
        and not (_REACHED.match(text, c.end) and _TO.search(text[max(0, c.start - 8) : c.start]))
        and (
            not _SUBSET.search(text[max(0, c.start - 20) : c.start])
            or _breakdown(text, c, counts)
            or _PART_WHO.match(text, c.end)
        )
        and not (
            _SUBSET_PASHTO.search(text[max(0, c.start - 6) : c.start]) and _OF_THEM_PASHTO.match(text, c.end)
        )
        and not _is_agent(text, c)
        and (not _POSSESSOR.search(text[max(0, c.start - 30) : c.start]) or _family_size(text, c))
        and not _partitive_whole(text, c, counts)
        and not _CHARGED_WITH.search(text[max(0, c.start - 40) : c.start])
        and not _CONFESSED.match(text, c.end)
        and not _part_of_whom(text, c)
        and not _NAMED_PLACE_BEFORE.search(text[max(0, c.start - 14) : c.start])
        and not _ONE_OF_FA.search(text[max(0, c.start - 16) : c.start])
        and not _NAMED_PLACE_AFTER.match(text, c.end)
        and not _one_of_them(text, c, counts)
    ]
    return _coordinated(text, _in_apposition(text, kept))


# "three men, a teacher and his two sons, were taken", «سه جوان، پسرم احمد و دو دوستش، را … بردند», Pashto
# «درې کسان، دوه ښځې او یو سړی، … ووهل شول»: the people counted, then who they were between commas.
_APPOSITION_OPENS = re.compile(r"(?:\s+[^\s,،;؛:.]+){1,3}\s*[,،]")  # «هفت نفر ما را، سه نوازنده و …،»
# "four employees — the head nurse, a pharmacist and two guards — were taken": the aside between dashes
_DASH_OPENS = re.compile(r"(?:\s+[^\s,،;؛:.—–]+){1,8}\s+[—–]\s+")
_DASH_APPOSITION = re.compile(r"[^—–.;؛!?؟]{3,100}\s[—–]")
# "my brother and my two cousins, the three of them,", "his two brothers and a cousin — four men in all":
# a total said after the people it counts
_TOTAL_BEFORE = re.compile(r"(?<!\w)(?:the|all)\s+$", re.IGNORECASE)
_OF_THEM = re.compile(r"\s+of\s+(?:them|us)(?!\w)", re.IGNORECASE)
_IN_ALL = re.compile(r"(?:\s+[^\W\d_]+)?\s+in\s+all(?!\w)", re.IGNORECASE)


def _total_after(text: str, count: CountMatch) -> bool:
    """The count totals people told just before it ("the three of them", "four men in all")."""
    if _IN_ALL.match(text, count.end):
        return True
    before = _TOTAL_BEFORE.search(text, max(0, count.start - 5), count.start)
    return bool(before and _OF_THEM.match(text, count.end))


_APPOSITION = re.compile(r"[^,،;؛:.!?؟]{3,70}[,،]")
_VERB_WORD = re.compile(
    r"(?<!\S)(?:were|was|are|is|had|have|has|been|شدند|شد|شده|کردند|کرد|اند|است|بودند|شول|شو|دي|دی|وو|کړل)(?!\S)",
    re.IGNORECASE,
)


def _in_apposition(text: str, counts: list[CountMatch]) -> list[CountMatch]:
    """Counts inside an aside between commas that names the people counted just before it ("three men, a
    teacher and his two sons,"): the aside breaks the first count down and adds none."""
    inside: list[CountMatch] = []
    for count in counts:
        if count in inside:
            continue
        if _total_after(text, count):
            inside += [
                c for c in counts if 0 < count.start - c.end <= 100 and c.count.value < count.count.value
            ]
            continue
        for opening, between in ((_APPOSITION_OPENS, _APPOSITION), (_DASH_OPENS, _DASH_APPOSITION)):
            opens = opening.match(text, count.end)
            if opens is None or _VERB_WORD.search(opens[0]):
                continue
            aside = between.match(text, opens.end())
            if aside is None or _VERB_WORD.search(aside[0]):
                continue
            parts = [c for c in counts if opens.end() <= c.start and c.end <= aside.end()]
            if parts and all(c.count.value <= count.count.value for c in parts):
                inside += parts
                break
    return [c for c in counts if c not in inside]


# "three more men, one of them a teenager, were executed", «سه مرد، یکی از آنان …»: a remark on one of the
# people just counted, not a count of its own.
_OF_THEM_NEXT = re.compile(
    r"\s+(?:of (?:them|whom|these|those|the (?:\S+\s+){0,2}?(?:men|women|detainees|prisoners|victims|"
    r"soldiers|officers|teachers|journalists|students|workers|brothers))|"
    r"از (?:آنان|آنها|انان|انها|ایشان|بازداشت شدگان)|یې|له دوی)(?!\w)"
)
_KIN_OF = re.compile(
    r"(?<!\w)(?:cousin|brother|brother-in-law|sister|sister-in-law|relative|son|son-in-law|nephew|niece|uncle|"
    r"friend|neighbour|neighbor|colleague|father|mother|wife|husband|in-law|kin)s?\s+of\s+$|"
    r"(?<!\w)(?:برادر|پسر|پسرکاکا|پسرخاله|پسرعمه|خواهر|همسایه|همکار|دوست|پدر|مادر|خویشاوند|اقارب|"
    r"ورور|زوی|د\s+تره\s+زوی|ګاونډی|ملګری|خپلوان)\S*\s+(?:از|د)?\s*$",
    re.IGNORECASE,
)
_AFTER_COMMA = re.compile(r"[,،]\s*$")


def _one_of_them(text: str, count: CountMatch, counts: list[CountMatch]) -> bool:
    """A count opening an aside about some of the people counted just before ("…, one of them …")."""
    if not _OF_THEM_NEXT.match(text, count.end):
        return False
    if _KIN_OF.search(text, max(0, count.start - 12), count.start):
        return True  # "a sixth baker, a cousin of two of them, …": whose kin he is
    if not _AFTER_COMMA.search(text, 0, count.start):
        return False
    return any(0 < count.start - c.end <= 50 for c in counts)


# «یکی از این سه تن» (one of these three): the three told of before are the whole the one is taken from
# (not «یکی از هفت جوانی بود که … بازداشت شدند», one of seven who were detained: the seven are the event's).
_ONE_OF_FA = re.compile(r"(?<!\w)یکی\s+از\s+(?:این|آن|همین)\s+$")
# «دریای پنج» (the Panj river), «د پنج سیند»: a place named by a number word, no people.
_NAMED_PLACE_BEFORE = re.compile(r"(?<!\w)(?:دریای|رود|رودخانه)\s+$")
_NAMED_PLACE_AFTER = re.compile(r"\s+(?:سیند|سین|دریاب|river)(?!\w)", re.IGNORECASE)


# «… هفت غیرنظامی را کشتند که سه تن آنان کودک بودند» (of whom three were children): a part of the count.
_WHOM_BEFORE = re.compile(r"(?:^|\s)(?:که|چې)\s+$")
_OF_THEM_AFTER = re.compile(r"\s*(?:تن|نفر|تنه|کسان)?\s*(?:از\s+)?(?:آنان|آنها|ایشان|شان|یې|ئې)(?!\w)")


def _part_of_whom(text: str, count: CountMatch) -> bool:
    """«… که سه تن آنان کودک بودند», «… چې درې یې ښځې وې»: a part of the people counted before."""
    return bool(
        _WHOM_BEFORE.search(text[max(0, count.start - 6) : count.start])
        and _OF_THEM_AFTER.match(text, count.end)
    )


# «به اتهام قتل یک دکاندار», "accused of killing two soldiers": people in the charge, not the arrested.
_CHARGED_WITH = re.compile(
    r"(?:به اتهام|به جرم|به تهمت|accused of|on charges? of|charged with|suspected of|over the killing of|"
    r"in connection with the (?:killing|murder|death)s? of|"
    r"confess(?:ed|ing)? to (?:the )?(?:killing|murder)s?(?: of)?)\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
# «… تا به قتل یک سرباز اعتراف کنند»: the people of what was confessed
_CONFESSED = re.compile(r"\s+(?:\S+\s+){0,2}?(?:اعتراف|اقرار)")


_TO = re.compile(r"(?:^|\s)به\s+$|(?:^|\s)ته\s*$")
# "Fifteen of the 40 detainees", «۱۵ تن از ۴۰ زندانی»: the 40 is the whole the count is taken from.
_OF_THE = re.compile(
    r"\s+(?:\S+\s+)?(?:of|از)\s+(?:the\s+|these\s+|those\s+|all\s+|مجموع\s+)?$", re.IGNORECASE
)


# "one of at least six men taken from the village": the whole named by what was done to them is the event's
_WHOLE_DONE_TO = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:men|women|people|persons|youths|boys|girls|brothers|teachers|students)\s+"
    r"(?:taken|detained|arrested|abducted|seized|held|killed|executed|shot|deported|flogged|beaten)\b",
    re.IGNORECASE,
)


def _partitive_whole(text: str, count: CountMatch, counts: list[CountMatch]) -> bool:
    if _WHOLE_DONE_TO.match(text, count.end):
        return False
    return any(
        other.end <= count.start
        and count.start - other.end <= 20
        and _OF_THE.fullmatch(text[other.end : count.start])
        for other in counts
    )


_PEOPLE_WORD = (
    rf"(?:(?:{PERSON})(?:s|es)?|men|women|children|people|persons|"
    rf"(?:{PERSON_FA})(?:ان|ها|های|ی|ې|ین)?(?:ش|شان|م|مان|اش)?)"  # «پسرش», «برادرانش»: with a possessor
)
# "nine men and two women", «سه مرد و دو زن», "two teachers and a student": the people of one clause.
_AND_MORE = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{_PEOPLE_WORD}\s+(?:and|و|او)\s+$", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{_PEOPLE_WORD}(?!\w)", re.IGNORECASE)
_AND_ONE_MORE = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,2}}?{_PEOPLE_WORD}\s+(?:and|و|او)\s+(?:a|an|one|یک|یو)\s+(?:[\w-]+\s+)?(?:{PERSON}|{PERSON_FA})(?!\w)",
    re.IGNORECASE,
)


# «یک سرباز پیشین و برادرش», "one former soldier and his brother": one more, a relative.
_AND_KIN = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,2}}?{_PEOPLE_WORD}(?:\s+\S+)?\s+(?:and|و|او)\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+)?"
    rf"(?:{PERSON})|(?:برادر|پسر|پدر|همسر|خواهر|مادر|دختر)(?:ش|اش|م|ام|شان))(?!\w)",
    re.IGNORECASE,
)


# "a tribal elder and his two sons", "a woman and her three children": one person before a count of kin.
_ONE_AND_KIN = re.compile(
    rf"(?<!\w)(?:a|an|one|the|یک|یو|یوه)\s+(?:[\w-]+\s+){{0,2}}?(?:{PERSON}|{PERSON_FA})\s+(?:and|و|او)\s+"
    r"(?:(?:his|her|their)\s+|د\s+(?:هغه|هغې|دوی)\s+)?$",
    re.IGNORECASE,
)


# "I and my three brothers", "the client and his two brothers" (a log's "Client and his …"), «من و دو برادرم»,
# Pashto «زه او زما درې ورونه»: the one speaking or spoken of, and a count of kin.
_SELF_AND_KIN = re.compile(
    r"(?:^|(?<=[\s|,;:(]))(?:i|me|client|he|she|من|او|وی|زه|هغه)\s+(?:and|و|او)\s+"
    r"(?:(?:my|his|her)\s+|(?:زما|د\s+هغه|د\s+هغې)\s+)?$",
    re.IGNORECASE,
)
_KIN_AFTER = re.compile(
    r"\s+(?:brothers|sons|cousins|nephews|uncles|برادر\S*|پسر\S*|پسران\S*|ورونه|زامن|وراره|تربرونه)(?!\w)",
    re.IGNORECASE,
)


def _coordinated(text: str, counts: list[CountMatch]) -> list[CountMatch]:
    """Counts of people joined by "and" summed into one: "nine men and two women" → 11."""
    out: list[CountMatch] = []
    for count in counts:
        last = out[-1] if out else None
        if last is not None and count.start < last.end:
            continue  # "two men and one woman": the one woman is already counted
        if (
            last is not None
            and last.count == count.count
            and re.fullmatch(r"\s*[,،]\s*", text[last.end : count.start])
        ):
            out[-1] = CountMatch(last.count, last.start, count.end)
            continue  # "three people, two men and one woman,": the same people counted again
        joined = (
            last is not None
            and count.start - last.end <= 40
            and _AND_MORE.fullmatch(text[last.end : count.start]) is not None
            and _PEOPLE_AFTER.match(text, count.end) is not None
        )
        if last is not None and joined:
            qualifier = last.count.qualifier if last.count.qualifier != "exact" else count.count.qualifier
            out[-1] = CountMatch(
                Count(last.count.value + count.count.value, qualifier), last.start, count.end
            )
            continue
        one_more = _AND_ONE_MORE.match(text, count.end) or _AND_KIN.match(text, count.end)
        named = _NAMED_AND.search(text[max(0, count.start - 40) : count.start])
        # (not a list of counts: «۵۲ هزار تن از ایران و ۹۳۰۰ تن دیگر»)
        listed = any(count.start - 40 < c.end <= count.start for c in counts)
        if named and not listed and _OTHERS_AFTER.match(text, count.end):
            start = max(0, count.start - 40) + named.start()
            count = CountMatch(Count(count.count.value + 1, count.count.qualifier), start, count.end)
        elif one_more:
            count = CountMatch(
                Count(count.count.value + 1, count.count.qualifier), count.start, one_more.end()
            )
        elif (
            one := _ONE_AND_KIN.search(text[max(0, count.start - 60) : count.start])
            or (
                _SELF_AND_KIN.search(text[max(0, count.start - 30) : count.start])
                if _KIN_AFTER.match(text, count.end)
                else None
            )
        ) and (_PEOPLE_AFTER.match(text, count.end) or _KIN_AFTER.match(text, count.end)):
            start = max(0, count.start - 60) + one.start()
            count = CountMatch(Count(count.count.value + 1, count.count.qualifier), start, count.end)
        out.append(count)
    return out


# "Maryam and eleven others", "me and four other men", «مریم و یازده تن دیگر», «شوهر خواهرم با ۴ تن دیگر»: one
# named, and a count of the others with them (not «دو تن کشته و هفت تن دیگر زخمی شدند», a verb before «و»).
_NAMED_AND = re.compile(
    r"(?:(?<![\w-])(?!(?:They|We|You|It|The|Police|Officials|Soldiers|Security|Authorities|Guards)\b)"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*|(?<!\w)(?:me|him|her))\s+(?:and|along with|with)\s+$"
    r"|(?:^|(?<=[\s،,]))(?<!از )(?<!در )(?<!به )"
    r"(?!(?:\S*(?:ند|ده|شد|دیگر|همراه)|کشته|زخمی|مجروح|بازداشت|اعدام|آزاد|[\d۰-۹]+)(?:\s|$))"
    r"[^\s\d۰-۹،,.]+\s+(?:و|با)\s+$"
)
_OTHERS_AFTER = re.compile(
    rf"\s+others(?!\w)|\s+other\s+(?:[\w-]+\s+)?{_PEOPLE_WORD}(?!\w)|\s+(?:تن|نفر)\s+(?:\S+\s+)?دیگر(?!\w)"
)


# "a family of three": how many they are, not whose family ("the family of one detainee").
_FAMILY_OF = re.compile(r"famil(?:y|ies)\s+of\s+$", re.IGNORECASE)
_PERSON_NEXT = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{PERSON})s?(?!\w)", re.IGNORECASE)


# «یک خانواده شش‌نفری», «یوه پنځه کسیزه کورنۍ»: the family's size, an adjective after the number.
_SIZE_AFTER = re.compile(r"[\s\u200c]*(?:نفری|نفره|تنه|کسیزه|کسیز|کسه|نفره ای|نفری ای)(?!\w)")


def _family_size(text: str, count: CountMatch) -> bool:
    before = text[max(0, count.start - 14) : count.start]
    if _SIZE_AFTER.match(text, count.end):
        return True
    return bool(_FAMILY_OF.search(before)) and not _PERSON_NEXT.match(text, count.end)
