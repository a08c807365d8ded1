"""Sentences that open another incident ("In a separate incident, …") or tell one without an event's
words ("Taliban intelligence raided homes in Nili on Monday."): where the next sentences' events happened.
"""

from __future__ import annotations

import re

from desktop.events.gazetteer import PlaceMatch
from desktop.events.name_index import merge_pashto
from desktop.events.script import fold_str
from desktop.events.suggesting.where.place_roles import elsewhere
from desktop.events.suggesting.where.placing import Where, where_of
from desktop.events.suggesting.where.roads import LANDMARK

# A sentence that opens with these starts another incident: it does not continue the place of the last one.
_NEW_TOPIC = re.compile(
    r"^\W*(?:separately|elsewhere|in other news"
    r"|in (?:a|an)(?: \w+)? (?:separate|unrelated|different)(?: \w+)?"
    r"|in (?:another|a further|one more) (?:incident|case|development|province|district|report)"
    r"|در (?:یک )?(?:رویداد|رویدادی|حادثه|حادثه ای|مورد|موردی|قضیه)(?: ی)? (?:جداگانه|دیگر|دیگری)"
    r"|در (?:جای|جایی) دیگر|جداگانه|در خبری دیگر"
    r"|په (?:یوه )?(?:بله|جلا|بیله) (?:پیشه|واقعه|قضیه)|په بل زای)(?!\w)",  # Pashto letters merged
    re.IGNORECASE,
)
# Words that say a sentence tells of an incident (a raid, a search, an attack) even when no event of the
# vocabulary is named in it: "Taliban intelligence raided homes in Nili on Monday."
_INCIDENT = re.compile(
    r"\b(?:raid(?:ed|s|ing)?|storm(?:ed|ing)|search(?:ed|ing)|surround(?:ed|ing)|broke into|burst into|"
    r"forced (?:their|his|her|its) way into|entered|attack(?:ed|ing)|opened fire|cordon(?:ed)?|stopp(?:ed)|"
    r"came to|went to|arrived at|visited|rounded up|picked up|seized|checkpoint|summon(?:ed|s))\b"
    r"|(?<!\w)(?:یورش|هجوم|تلاشی|محاصره|حمله|بازرسی|چاپه|چاپی|یرغل|برید|ننوتل|ننوتی|پوسته|ایست بازرسی"
    r"|امدند|رفتند|ورغلل|راغلل|احضار\S*|وغوښتل)",
    re.IGNORECASE,
)


def starts_new_topic(folded: str) -> bool:
    """The sentence (folded) opens another incident ("Separately, …", "In a separate incident, …",
    "Elsewhere, …", «در رویدادی جداگانه»، «په یوه بله پېښه کې»): it takes no place from those before."""
    return bool(_NEW_TOPIC.search(merge_pashto(folded)))


def incident_where(text: str, places: list[PlaceMatch], acted: bool) -> Where | None:
    """Where a sentence without events tells an incident happened ("Taliban intelligence raided homes in
    Nili on Monday."): the one Afghan province its places lie in, when it names an act (a raid, a search)
    and `acted` (an actor or a date of its own); else None. The next sentences of the paragraph that
    name no place continue it ("Two former police officers were detained.")."""
    if not acted or not _INCIDENT.search(merge_pashto(fold_str(text))):
        return None
    places = [
        m for m in places
        if not elsewhere(text, m) and not LANDMARK.search(text[max(0, m.start - 30) : m.start])
    ] or places  # fmt: skip
    provinces = {m.place.province for m in places if m.place.province}
    if len(provinces) != 1:
        return None
    precise = [m for m in places if m.place.kind != "province" and m.place.province in provinces]
    where = where_of(precise[-1]) if precise else where_of(places[-1])
    return Where(provinces.pop(), "AF", where.place)
