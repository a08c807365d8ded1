"""What an authority shuts, suspends or bans ("the provincial department of public health closed three
private midwifery institutes", "the prison administration suspended all family visits", «ریاست معارف …
مکتب‌ها را بست», «چارواکو … ښوونځي وتړل»): a decree or policy put into effect, the `statement` type, when the
sentence has no word of that type already. The authority must stand before the verb in its clause."""

from __future__ import annotations

from desktop.events.suggesting import compile_folded
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.vocabulary import Hit

# The authorities that decree, in English (Dari and Pashto in _ACT).
_AUTHORITY_EN = (
    r"department|directorate|ministry|governor|governor's office|administration|municipality|authorities|"
    r"officials|court|vice and virtue|muhtasibs?|provincial council"
)
_ACT = compile_folded(
    rf"(?<!\w)(?:{_AUTHORITY_EN}|taliban|de facto|"
    r"ریاست|وزارت|والی|ولسوال|مقام ها|مقامات|طالبان|امر به معروف|محکمه|شاروالی|اداره|حکومت محلی|"
    r"چارواکو|چارواکي|والي|ولسوال|طالبانو|ریاست|محکمې|ښاروالۍ|ادارې)"
    r"(?:\s+[^\s,;.،؛]+){0,14}?\s+"
    r"(?P<verb>closed|shut|shut down|suspended|cancell?ed|halted|sealed|revoked|dissolved|"
    r"بست|بستند|مسدود کرد\S*|تعطیل کرد\S*|تعطیل شد\S*|لغو کرد\S*|معلق کرد\S*|به حالت تعلیق\S*|"
    r"مهر و موم کرد\S*|"
    r"وتړل|وتړله|وتړلې|وتړلو|بند کړل|بند کړه|بندې کړې|لغوه کړ\S*|وځنډول\S*|مهر کړل)(?!\w)"
)
_VERB_WORDS = (
    "clos", "shut", "suspend", "cancel", "halt", "seal", "revok", "dissolv",
    "بست", "مسدود", "تعطیل", "لغو", "معلق", "تعلیق", "مهر", "وتړ", "بند", "ځنډ",
)  # fmt: skip
# What was closed is a place or a service people use, not a road, a border or a case ("closed the file").
_OBJECT = compile_folded(
    r"\s+(?:\S+\s+){0,4}?(?:schools?|institutes?|courses?|classes|universit\S*|clinics?|hospitals?|visits?|"
    r"radio|stations?|offices?|shops?|salons?|centres?|centers?|madrasas?|parks?|gyms?|bath\S*|markets?|"
    r"programmes?|programs?|campaigns?|licen[cs]es?|permits?|organi[sz]ations?|ngos?|"
    r"مکتب\S*|مکاتب|مدرسه\S*|مدارس|کورس\S*|دانشگاه\S*|پوهنتون\S*|کلینیک\S*|شفاخانه\S*|ملاقات\S*|رادیو\S*|"
    r"دفتر\S*|دفاتر|دکان\S*|آرایشگاه\S*|مرکز|مراکز|پارک\S*|حمام\S*|برنامه\S*|جواز\S*|نهاد\S*|مؤسسه\S*|موسسه\S*|"
    r"ښوونځ\S*|مدرس\S*|کورسونه|پوهنتون\S*|کلینیک\S*|روغتون\S*|لیدن\S*|راډیو\S*|دفترونه|دوکان\S*|مرکزونه)(?!\w)"
)


def add_authority_act(item: ReadSentence) -> None:
    """Give a sentence telling an authority closing, suspending or cancelling a place or service a statement
    trigger at its verb, when it has no statement trigger of its own."""
    folded = item.folded.text
    if not any(word in folded for word in _VERB_WORDS):
        return  # the cheap test first: no closing, suspending or cancelling
    act = _ACT.search(folded)
    if act is None:
        return
    first, last = item.article_span(act.start(), act.end())
    offset = item.sentence.start
    if any(t.key == "statement" and first <= t.start + offset < last for t in item.triggers):
        return  # "the governor … banned women from …": its own words say it
    start, end = act.start("verb"), act.end("verb")
    # the object after the verb ("closed three institutes"), or before it in Dari and Pashto («سه مکتب را
    # بست»)
    if not (_OBJECT.match(folded, end) or _OBJECT.search(folded, act.start(), start)):
        return
    origin = item.folded.origin
    first, last = origin[start], origin[end - 1] + 1  # sentence offsets
    item.triggers.append(Hit("statement", first, last, item.sentence.text[first:last]))
    item.triggers.sort(key=lambda t: t.start)


_CLOSING = compile_folded(
    r"^(?:closed|shut|shut down|suspended|cancell?ed|halted|sealed|revoked|dissolved|"
    r"بست|بستند|مسدود|تعطیل|لغو|معلق|به حالت تعلیق|مهر و موم|"
    r"وتړل|وتړله|وتړلې|وتړلو|بند کړ|بندې کړې|لغوه|وځنډول|مهر کړل)"
)


def closes(trigger: str) -> bool:
    """The statement's words are an authority closing or suspending something (not announcing a training,
    even when the closed thing was one: "closed three institutes, ending the training of 400 women")."""
    return bool(_CLOSING.match(trigger.lower()))


# What an authority tells people is now the rule: "the provincial department of economy told NGOs … that women
# employees may no longer work in field offices", "the district office told thirty families … that the land
# belongs to the state", "He announced that every former soldier … must register", "Pakistan's interior
# ministry said … that the deadline … would not be extended".
_RULE_SAID = compile_folded(
    rf"(?<!\w)(?:{_AUTHORITY_EN}|district office|district chief|commission|spokesm[ae]n|spokesperson|he|she)"
    r"(?:\s+[^\s;.،؛]+){0,12}?\s+(?P<verb>told|informed|instructed|announced|declared|said|notified)"
    r"\s+(?:[^;.]{0,80}?\s)?that\s+(?P<rule>[^;.]{0,160})"
)
_RULE = compile_folded(
    r"(?<!\w)(?:must|may no longer|can no longer|could no longer|no longer allowed|not allowed|"
    r"are not permitted|"
    r"is not permitted|will not be (?:extended|allowed|renewed|permitted)|would not be (?:extended|allowed|"
    r"renewed|permitted)|(?:is|are|was|were) (?:now )?(?:banned|forbidden|prohibited)|will stay closed|"
    r"will remain closed|would stay closed|would remain closed|belongs? to the (?:state|government|emirate)|"
    r"(?:is|was|are|were) (?:now )?(?:government|state) (?:property|land)|have to leave|had to leave|"
    r"would have to|will have to|had until|have until)(?!\w)"
)
_CONDITION = compile_folded(r"(?<!\w)(?:if|unless|or face|or be|otherwise)(?!\w)")


def add_authority_rule(item: ReadSentence) -> None:
    """Give a sentence telling an authority saying what is now the rule a statement trigger at its verb, when
    it has no statement or threat word of its own (a condition, "if …", is a threat's: see told_threats)."""
    folded = item.folded.text
    if "that" not in folded or any(t.key in ("statement", "threat") for t in item.triggers):
        return  # the cheap test first
    said = _RULE_SAID.search(folded)
    if said is None or not _RULE.search(said["rule"]) or _CONDITION.search(said["rule"]):
        return
    origin = item.folded.origin
    first, last = origin[said.start("verb")], origin[said.end("verb") - 1] + 1
    item.triggers.append(Hit("statement", first, last, item.sentence.text[first:last]))
    item.triggers.sort(key=lambda t: t.start)
