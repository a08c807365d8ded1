"""Families who moved away after what happened to them ("dozens of families have since moved to Herat city",
«ده‌ها خانواده … به شهر کندز رفته‌اند», «لسګونه کورنۍ … کډه شوې»): flight, told with everyday words for
going. Only a group of households or residents counts (not "he left for work"), and only with a cause or a
"since" in the sentence or a harm reported before it in the article; where they went is not where the flight
was (the event's place is where they left: see sentence_events)."""

from __future__ import annotations

from desktop.events.suggesting import compile_folded
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.vocabulary import Hit

# The group, then (within a few words) its going: "dozens of families have since moved to", "residents left
# their villages for", «ده‌ها خانواده از قریه‌های اطراف به شهر کندز رفته‌اند», «لسګونه کورنۍ … کډه شوې».
_GOING = compile_folded(
    r"(?<!\w)(?:families|households|residents|villagers|inhabitants|"
    r"(?:(?:ده ها|صدها|هزاران|چندین|چند|شماری|تعدادی|بیش از|حدود|[\d۰-۹]+|\w+)\s+)خانواده(?![\w\u200c])|"
    r"خانواده ها|خانواده های|خانوار ها|باشندگان|ساکنان|اهالی|"
    r"(?:لسګونه|سلګونه|زرګونه|څو|ګڼ|شمېر|شمیر|[\d۰-۹]+|\w+)\s+کورنۍ|کورنیو|اوسېدونکي|اوسیدونکي)"
    r"(?:\s+\S+){0,12}?\s+(?:(?:have|has|had)\s+(?:since\s+|also\s+|now\s+)?)?"
    r"(?P<verb>left|leave|leaving|moved|moving|relocated|relocating|gone|went|headed|abandoned|"
    r"رفته اند|رفتند|نقل مکان کرده\S*|کوچ کرده\S*|کوچیده\S*|ترک کرده\S*|ترک کردند|"
    r"ولاړې|ولاړل|تللې|تللي|کډه شوې|کډه شوي|کډې شوې|کډه کړې|کډې کړې)(?!\w)"
)
# Going to an office, the police or a court is asking after someone ("went to the district police").
_ERRAND = compile_folded(
    r"\s*(?:\S+\s+){0,6}?(?:office|police|headquarters|court|prison|governor\S*|intelligence|hospital|"
    r"clinic|mosque|market|bazaar|work|school|دفتر|پولیس|قوماندانی|محکمه|زندان|ریاست|استخبارات|شفاخانه|بازار|"
    r"دفتر|پولیسو|محکمې|روغتون)(?!\w)"
)
_THEIR_HOMES = compile_folded(r"(?:homes|houses|خانه های|منازل|کورونو|کورونه)\s+(?:of\s+)?$")
_TO_BEFORE = compile_folded(r"(?:\bto|could|would|may|might|will|may have to|\bif)\s+(?:\S+\s+)?$")
# Why or since when they went: "since the attack", "after the raids", "for fear of", «از ترس», «له ویرې».
_CAUSE = compile_folded(
    r"(?<!\w)(?:since|after|following|for fear|out of fear|fearing|because|due to|as a result|amid|"
    r"از ترس|از بیم|پس از|بعد از|به دلیل|به خاطر|از زمان|در پی|به دنبال|از آن زمان|"
    r"له ویرې|له ډاره|وروسته|له امله|د وېرې|راهیسې)(?!\w)"
)
_GROUP_WORDS = (
    "famil",
    "household",
    "resident",
    "villager",
    "inhabitant",
    "خانوا",
    "باشند",
    "ساکن",
    "اهالی",
    "کورن",
    "اوسېد",
    "اوسید",
)
_HARMS = frozenset({"killing", "detention", "torture", "disappearance", "threat", "recruitment"})


# Going abroad out of fear («… از ترس بازداشت به پاکستان رفته‌اند», Pashto «د نیول کېدو د وېرې له امله …
# پاکستان ته تللي دي»): flight, whoever went; what they feared was not done to them.
_FEAR = compile_folded(
    r"(?<!\w)(?:از ترس|از بیم|از هراس|به دلیل ترس از|به خاطر ترس از|"
    r"(?:د (?:\S+\s+){0,3}?)?(?:له ویرې|له وېرې|له ډاره)|"
    r"د (?:\S+\s+){0,3}?(?:ویرې|وېرې|ډار|ډاره) له امله)(?!\w)"
)
_ABROAD = r"(?:ایران|پاکستان|ترکیه|ترکیې|تاجیکستان|تاجکستان|ازبکستان|اروپا|خارج|بهر)"
_GOING_ABROAD = compile_folded(
    rf"(?<!\w)(?:به\s+{_ABROAD}(?:\s+\S+){{0,2}}?\s+"
    rf"(?P<fa>رفته اند|رفتند|رفته است|رفته|رفت|گریخته\S*|گریختند|فرار کرده\S*|فرار کردند|"
    rf"پناه برده\S*|پناه بردند|کوچ کرده\S*|کوچیده\S*)|"
    rf"{_ABROAD}\s+ته\s+(?:\S+\s+)?(?P<ps>تللي|تللې|تللی|ولاړل|ولاړې|ولاړ|تښتېدلي|تښتیدلي|وتښتېدل|وتښتیدل|"
    rf"کډه شوي|کډه شوې|کډوال شوي))(?!\w)"
)
_FEARED = frozenset({"detention", "killing", "torture", "disappearance", "recruitment", "deportation"})


def _gone_in_fear(item: ReadSentence) -> None:
    """Give a sentence telling people going abroad out of fear a flight trigger; drop the feared event's."""
    folded = item.folded.text
    fear = _FEAR.search(folded)
    going = _GOING_ABROAD.search(folded, fear.end()) if fear else None
    if fear is None or going is None or any(t.key == "flight" for t in item.triggers):
        return
    origin = item.folded.origin
    feared = origin[fear.start()], origin[going.start()]
    verb = going.start("fa") if going["fa"] else going.start("ps")
    first, last = origin[verb], origin[going.end() - 1] + 1
    item.triggers[:] = [
        t for t in item.triggers if not (t.key in _FEARED and feared[0] <= t.start < feared[1])
    ]
    item.triggers.append(Hit("flight", first, last, item.sentence.text[first:last]))
    item.triggers.sort(key=lambda t: t.start)


def add_relocation(item: ReadSentence, earlier_types: set[str]) -> None:
    """Give a sentence telling families moving away after harm a flight trigger when it has none."""
    _gone_in_fear(item)
    folded = item.folded.text
    if not any(word in folded for word in _GROUP_WORDS):
        return  # the cheap test first: no families, residents or households
    going = _GOING.search(folded)
    if going is None:
        return
    harm_here = any(t.key in _HARMS for t in item.triggers)
    if not (_CAUSE.search(folded) or harm_here or earlier_types & _HARMS):
        return
    if _THEIR_HOMES.search(folded, max(0, going.start() - 14), going.start()):
        return  # «افراد استخبارات به خانه‌های چند خانواده … رفتند»: others went to the families' homes
    verb = going.start("verb"), going.end("verb")
    if _ERRAND.match(folded, verb[1]) or _TO_BEFORE.search(folded, max(0, verb[0] - 24), verb[0]):
        return  # "His family went to the police", "ordered families to leave", "could leave"
    origin = item.folded.origin
    first, last = origin[verb[0]], origin[verb[1] - 1] + 1
    own = [t for t in item.triggers if t.key == "flight" and t.start < last and first < t.end]
    if any(t.key == "flight" for t in item.triggers if t not in own):
        return  # the sentence has flight words of its own
    # the families and their going: "left for" alone is flight only with a cause, which this has
    first = origin[going.start()]
    item.triggers[:] = [t for t in item.triggers if t not in own]
    item.triggers.append(Hit("flight", first, last, item.sentence.text[first:last]))
    item.triggers.sort(key=lambda t: t.start)
