"""Places that are not where the event happened: where people were taken, passed through or moved to
("transferred to a prison in", "via Islam Qala"), where they came from, live or are based.
"""

from __future__ import annotations

import re

from desktop.events.gazetteer import PlaceMatch

# Where detainees were taken, not where they were detained: "transferred to a prison in", «به زندان».
_CUSTODY_BEFORE = re.compile(
    r"(?:transferred|moved|taken|sent|brought)\s+to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:in\s+|of\s+)?$|"
    r"(?:به|د)\s+(?:زندان|محبس|توقیفخانه|بندیخانه|زندان ولایتی)\s+(?:\S+\s+)?$|"
    r"(?<!\w)به\s+(?:یک\s+)?(?:مرکز|پایگاه|کمپ|اردوگاه|قرارگاه|مدرسه)\s+(?:\S+\s+){0,3}?(?:در\s+)?$|"
    r"\b(?:sent|taken|moved)\s+to\s+(?:a|the)\s+(?:\w+\s+)?(?:camp|centre|center|base|madrasa)\s+(?:in|at|near)\s+$",
    re.IGNORECASE,
)
_RESIDENT_BEFORE = re.compile(
    r"\b(?:residents?|natives?|originally)\s+(?:of|from)\s+(?:the\s+)?$|"
    # "the father of a journalist exiled in Germany", "a son who lives in Iran": where someone else lives
    r"\b(?:exiled|in exile)\s+in\s+(?:the\s+)?$|"
    r"\bwho\s+(?:now\s+)?(?:lives|live|works|work|studies)\s+in\s+(?:the\s+)?$|"
    r"(?<!\w)(?:اهل|باشنده|باشندگان|ساکن|ساکنان|اصلا)\s+(?:ولسوالی\s+|ولایت\s+|شهر\s+)?$",
    re.IGNORECASE,
)
_RESIDENT_AFTER = re.compile(
    r"(?:\s+\S+){0,3}?\s+(?:اوسېدونکی|اوسیدونکی|اوسېدونکي|اوسیدونکي|اوسیدونکو|اوسېدونکو)(?!\w)|"
    r"\s+(?:residents?|natives?)\b",
    re.IGNORECASE,
)
# Passed through or moved to after the event: "via Islam Qala", «از طریق بندر اسلام قلعه», «… به هرات انتقال».
_TRANSIT_BEFORE = re.compile(
    # (not a road's way: "shot dead on the road through Jaghori district" happened in Jaghori)
    r"(?:\bvia|(?<!road )(?<!roads )(?<!highway )\bthrough|(?<!\w)از طریق)\s+(?:the\s+)?(?:\S+\s+)?$|"
    r"\b(?:brought|transferred|taken|returned|repatriated|sent)\s+(?:\S+\s+){0,4}?to\s+(?:the\s+)?$|"
    r"\b(?:handed over|handed back|received|delivered)\s+(?:to \S+ (?:\S+ )?)?(?:at|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)  # "the bodies … were handed over at Islam Qala": where they were received, not where they were killed
# … «به هرات انتقال یافت», «در اسلام قلعه تحویل داده شد», Pashto «د اسلام قلعې له لارې» (by way of)
_MOVED_AFTER = re.compile(
    r"\s+(?:ته\s+)?(?:انتقال|منتقل|آورده|ولېږدول|ولیږدول|راوړل|تحویل|وسپارل)\S*|\s+له\s+(?:لارې|لاری)(?!\w)"
)


def moved_there(text: str, match: PlaceMatch) -> bool:
    """The place is where people or bodies were taken, or passed through, not where the event happened."""
    before = text[max(0, match.start - 40) : match.start]
    return bool(
        _CUSTODY_BEFORE.search(before)
        or _TRANSIT_BEFORE.search(before[-30:])
        or _MOVED_AFTER.match(text, match.end)
    )


_ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# "a Herat-based group said …": where someone is based, not where it happened (unless nothing else is named).
_BASED = re.compile(r"-?\s*based\b", re.IGNORECASE)


def elsewhere(text: str, match: PlaceMatch) -> bool:
    """The place says where people came from, live or are based ("returnees from Iran", "a resident of
    Kunar", «اهل ولسوالی رستاق», «د کونړ … اوسېدونکی», "a Kabul-based group"); not where residents who
    tell the story live ("residents of Nad Ali said", «د ناد علي ولسوالۍ اوسېدونکي وايي چې …»: local news)."""
    before = text[max(0, match.start - 25) : match.start]
    resident = _RESIDENT_AFTER.match(text, match.end)
    if resident and _SPEAKING.match(text, resident.end()):
        return False
    if _RESIDENT_BEFORE.search(before) and _SPEAKING.match(text, match.end):
        return False
    return bool(
        _ORIGIN.search(before[-12:])
        or _RESIDENT_BEFORE.search(before)
        or _BASED.match(text, match.end)
        or resident
    )


# Residents who speak are the story's local sources: "residents of Nad Ali said", «… اوسېدونکي وايي».
_SPEAKING = re.compile(
    r"\s*(?:,\s*)?(?:say|says|said|told|report|reported|وايي|وایي|وویل|ویلي|ویل|گفتند|می\s?گویند|گفته\s+اند)(?!\w)",
    re.IGNORECASE,
)
