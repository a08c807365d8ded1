"""One person or two named as an event's victims ("a former soldier", "his brother", "both men",
«مرد پنجم»), when a sentence gives no number.
"""

from __future__ import annotations

import re

from desktop.events.numbers import Count
from desktop.events.suggesting import compile_folded
from desktop.events.suggesting.who.person_words import ORDINAL, PERSON, PERSON_FA

# "a former soldier", "another journalist", "a fifth man", "his brother": one person.
_ONE_PERSON = compile_folded(
    rf"(?<!\w)(?:a|an|another|one|his|her|my|our|your|their|the|the\s+(?:{ORDINAL})|a\s+(?:{ORDINAL}))\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{PERSON})(?!\w)|(?<!\w)him(?!\w)|"
    r"(?<!\w)(?:he|she)\s+(?:was|is|has been|had been|remains|remained|has not|had not)(?!\w)|"
    r"(?<!\w)(?:a|an|another)\s+(?:\w+-)?(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old(?!\w)(?!\s+(?:and|or)\b)|"
    r"(?<!\w)(?:his|her)\s+(?:whereabouts|fate|body|remains)(?!\w)|"
    rf"(?<!\w)(?<!the )(?<!these )(?<!those )former\s+(?:[\w-]+\s+){{0,2}}?(?:{PERSON})(?!\w)"
    r"(?!\s+(?:and|or)\b)|"
    # "a fifth was detained", "the third, a teacher, …": the ordinal alone stands for a person; "the third
    # district", "a second raid" name something else
    rf"(?<!\w)(?:a|the|another)\s+(?:{ORDINAL})(?=\s*[,;:.)]|\s+(?:was|is|has|had|who|remains|died|victim)\b)|"
    r"(?<!\w)(?:پنجمین|چهارمین|سومین|دومین|ششمین|هفتمین|هشتمین|نهمین|دهمین|یوه|یو|یک)\s+(?:\S+\s+){0,2}?"
    rf"(?:{PERSON_FA})|"
    # Dari "پدرم", "برادرش" (my father, his brother), Pashto «زما پلار», «زوی یې»: one relative
    r"(?<!\w)(?:پدر|برادر|پسر|شوهر|همسر|مادر|خواهر|دختر|کاکا|ماما|موکل)(?:م|ش|ت|مان|شان|تان)(?!\w)|"
    r"(?<!\w)(?:زما|زموږ|د\s+هغه|د\s+هغې)\s+(?:پلار|ورور|زوی|مېړه|میړه|مور|خور|لور|کاکا)(?!\w)|"
    r"(?<!\w)(?:پلار|ورور|زوی|مېړه|لور)\s+یې(?!\w)|"
    r"(?<!\w)که\s+او(?!\w)|"  # Dari «… می‌گویند که او …»: "that he/she …"
    # «یکی از ذاکران» (one of the reciters), not the one who tells («یکی از آنان گفت», «… گفته است که»)
    r"(?<!\w)یکی\s+از(?!\w)(?![^.؟!]*?(?:گفت|گفته|می‌گوی|میگوی|افزود|اظهار))|"
    # «عبدالله، سرباز پیشین را … کشتند»: a name and what he was, the object of the verb
    rf"[،,]\s*(?:{PERSON_FA})(?:\s+[^\s،,.]+){{0,3}}?\s+را(?!\w)|"
    # «او را بازداشت کردند», «هغه یې ونیو»: him; «برادر او»: his brother
    r"(?<!\w)(?:او|وی)\s+را(?!\w)|(?<!\w)هغه\s+یې(?!\w)|"
    r"(?<!\w)(?:پدر|برادر|پسر|شوهر|همسر|مادر|خواهر|دختر|کاکا|ماما)\s+(?:او|وی)(?!\w)|"
    # "مرد پنجم", "نفر سوم", "پنځم سړی": an ordinal after (Dari) or before (Pashto) the person
    rf"(?<!\w)(?:{PERSON_FA})\s+(?:\S+\s+)?(?:دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|یازدهم|دوازدهم|سیزدهم|"
    r"چهاردهم|پانزدهم)"
    r"(?:ی|ین)?(?!\w)|"
    rf"(?<!\w)(?:دوهم|دویم|درېیم|دریم|درییم|څلورم|پنځم|شپږم|اووم|اتم|نهم|لسم)\s+(?:\S+\s+)?(?:{PERSON_FA})"
)
_SOURCE_AFTER = re.compile(
    r"\s*,?\s*(?:(?:in|from|for|of|at)\s+[A-Z\w][\w-]*(?:\s+[A-Z\w][\w-]*)?\s+)?(?:who\s+(?:\S+\s+){0,3}?)?"
    r"(?:said|says|told|tells|added|recalled|confirmed|asked|گفت)(?!\w)"
)
_SOURCE_BEFORE = re.compile(r"(?:according to|told|به گفته|به نقل از)\s+(?:\S+\s+){0,1}$")
# "both men", "a married couple", «هر دو», Pashto «دواړه»: two people.
_BOTH = compile_folded(
    r"(?<!\w)(?:both(?:\s+(?:of\s+them|(?:[\w-]+\s+)?(?:men|women|brothers|sisters|sons|daughters|journalists|"
    r"activists|teachers|students|soldiers|officers|detainees|prisoners|victims|migrants|refugees)))"
    r"|(?:a|the)\s+(?:married\s+|young\s+|elderly\s+)?couple(?!\s+of)"
    r"|هر\s+دو\s+(?:\S+\s+)?(?:مرد|زن|برادر|خواهر|خبرنگار|فعال|سرباز|معلم|تن|نفر)|دواړه)(?!\w)"
)


def one_person(folded: str, start: int, end: int) -> Count | None:
    """Count(1) when the clause [start, end) of the folded sentence names a single person as the victim
    (not the source: "a resident who watched told …", "according to a relative")."""
    both = _BOTH.search(folded, start, end)
    if both and not _SOURCE_AFTER.match(folded, both.end()):
        return Count(2)
    # the clause opens after "and": "a former soldier and | his brother were detained" are two
    for earlier in _ONE_PERSON.finditer(folded, max(0, start - 60), start):
        pair = _AND_ANOTHER.match(folded, earlier.end())
        if pair and pair.end() > start:
            return Count(2)
    for found in _ONE_PERSON.finditer(folded, start, end):
        source = _SOURCE_AFTER.match(folded, found.end()) or _SOURCE_BEFORE.search(folded, 0, found.start())
        if not source:
            return Count(2) if _AND_ANOTHER.match(folded, found.end()) else Count(1)
    return None


# "a former soldier and his brother", "یک سرباز پیشین و برادرش": two people.
_AND_ANOTHER = compile_folded(
    rf"\s+(?:and|و|او)\s+(?:his|her|their|a|an|another|one)\s+(?:[\w-]+\s+)?(?:{PERSON})(?!\w)"
    r"|\s+(?:\S+\s+)?و\s+(?:برادر|پسر|پدر|همسر|برادرزاده|پسرکاکا|خواهر|مادر|دختر)(?:ش|اش|م|ام|ت|شان)(?!\w)"
)
# "Radio presenter Hamidullah, who hosts a call-in show, was arrested": a person noun opening the sentence,
# the subject of a singular "was" right before the event's words.
_WAS_BEFORE = compile_folded(r"(?<!\w)was\s+(?:\w+ly\s+)?$")
_PERSON_OPENS = compile_folded(
    rf"^\W*(?:\d+/\s*)?(?:[\w'’-]+\s+){{0,2}}?(?:{PERSON})(?:\s+(?!of\b|and\b|or\b)\w|,\s*who\b)"
)  # "My client's sister-in-law, who …, was deported"


def singular_subject(folded: str, start: int) -> Count | None:
    """Count(1) when the sentence opens with one person ("Radio presenter X", "Journalist X") who "was" what
    the event's words at `start` say."""
    if not _WAS_BEFORE.search(folded, max(0, start - 20), start) or not _PERSON_OPENS.search(folded):
        return None
    return Count(1)
