"""What an authority shuts, suspends or bans ("the provincial department of public health closed three
private midwifery institutes", "the prison administration suspended all family visits", «ریاست معارف …
مکتب‌ها را بست», «چارواکو … ښوونځي وتړل»): a decree or policy put into effect, the `statement` type, when the
sentence has no word of that type already. The authority must stand before the verb in its clause."""

from __future__ import annotations

from desktop.events.script import fold_str
from desktop.events.suggesting import compile_folded
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.vocabulary import Hit

# The authorities that decree, in English and in Dari and Pashto.
_AUTHORITY_EN = (
    r"department|directorate|ministry|governor|governor's office|administration|municipality|authorities|"
    r"officials|court|vice and virtue|muhtasibs?|provincial council"
)
_AUTHORITY_FA_PS = (
    r"ریاست|وزارت|والی|ولسوال|مقام ها|مقامات|مسئولان|مسوولان|طالبان|امر به معروف|محکمه|شاروالی|شهرداری|اداره|"
    r"حکومت|فرماندهی|قوماندانی|امارت|چارواکو|چارواکي|والي|طالبانو|محکمې|ښاروالۍ|ادارې|ولسوالی|ولسوالۍ"
)
_ACT = compile_folded(
    rf"(?<!\w)(?:{_AUTHORITY_EN}|taliban|de facto|{_AUTHORITY_FA_PS})"
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
    even when the closed thing was one: "closed three institutes, ending the training of 400 women"; "by order
    of the education department" closing a course)."""
    return bool(_CLOSING.match(trigger.lower()) or _BY_ORDER.match(fold_str(trigger)))


# What an authority tells people is now the rule: "the provincial department of economy told NGOs … that women
# employees may no longer work in field offices", "the district office told thirty families … that the land
# belongs to the state", "He announced that every former soldier … must register", "Pakistan's interior
# ministry said … that the deadline … would not be extended".
_RULE_SAID = compile_folded(
    rf"(?<!\w)(?:{_AUTHORITY_EN}|district office|district chief|commission|spokesm[ae]n|spokesperson|"
    r"police chief|police command|commander|he|she)"
    r"(?:\s+[^\s;.،؛]+){0,12}?\s+(?P<verb>told|informed|instructed|announced|declared|said|notified)"
    r"\s+(?:[^;.]{0,80}?\s)??that\s+(?P<rule>[^;.]{0,160})"
    # «سخنگوی فرماندهی امنیهٔ کابل … گفت که «هرگونه راهپیمایی … ممنوع است»», «د … حکومت یوه ویاند وویل چې
    # … د لاریون اجازه نشته»
    rf"|(?<!\w)(?:{_AUTHORITY_FA_PS}|سخنگو\S*|ویاند|وزیر)"
    r"(?:\s+[^\s;.،؛]+){0,16}?\s+"
    r"(?P<fa>گفت|گفته|گفتند|گفته است|گفته اند|افزود|تصریح کرد|وویل|ویلي|وايي|ویلي دي)"
    r"\s+(?:که|چې)\s+(?P<fa_rule>[^;.؛]{0,160})"
)
_RULE = compile_folded(
    r"(?<!\w)(?:must|may no longer|can no longer|could no longer|no longer allowed|not allowed|"
    r"are not permitted|"
    r"is not permitted|will not be (?:extended|allowed|renewed|permitted)|would not be (?:extended|allowed|"
    r"renewed|permitted)|(?:is|are|was|were) (?:now )?(?:banned|forbidden|prohibited)|will stay closed|"
    r"will remain closed|would stay closed|would remain closed|belongs? to the (?:state|government|emirate)|"
    r"(?:is|was|are|were) (?:now )?(?:government|state) (?:property|land)|have to leave|had to leave|"
    r"would have to|will have to|had until|have until|"
    # "no gathering … may be held without the prior permission", "have no right to hold gatherings",
    # "remain banned", "any woman seen … would be jailed"
    r"no (?:\S+\s+){0,4}?may be held|may not be held|without (?:the )?(?:prior |written )?permission|"
    r"(?:have|has) no right to|remains? (?:banned|forbidden|prohibited|closed)|"
    r"(?:would|will) be (?:jailed|imprisoned|arrested|detained|punished|fined|expelled|deported)|"
    # Dari and Pashto: forbidden, not allowed, no right, must
    r"ممنوع|منع|اجازه ندار\S*|اجازه نیست|اجازه نمی\S*|مجاز نیست|مجاز نمی\S*|حق ندار\S*|باید|نباید|"
    r"اجازه نشته|اجازه نه لري|اجازه نلري|حق نه لري|حق نلري)(?!\w)"
)
_CONDITION = compile_folded(r"(?<!\w)(?:if|unless|or face|or be|otherwise|اگر|در صورت|که چیرې|که چېرې)(?!\w)")
# a Pashto condition opens with «که» after «چې»
_CONDITION_PS = compile_folded(r"^(?:\S+\s+){0,3}?که(?!\w)")
_SAID_WORDS = ("that", "که", "چې")


def add_authority_rule(item: ReadSentence) -> None:
    """Give a sentence telling an authority saying what is now the rule a statement trigger at its verb, when
    it has no statement or threat word of its own (a condition, "if …", is a threat's: see told_threats)."""
    folded = item.folded.text
    if not any(word in folded for word in _SAID_WORDS):
        return  # the cheap test first
    # ("… "demonstrations without permission" remain banned": a ban's word after "without" is no negation)
    if any(t.key in ("statement", "threat") and not t.hypothetical for t in item.triggers):
        return
    said = _RULE_SAID.search(folded)
    if said is None:
        return
    verb, rule = ("verb", said["rule"]) if said["verb"] else ("fa", said["fa_rule"])
    if not _RULE.search(rule) or _CONDITION.search(rule) or _CONDITION_PS.search(rule):
        return
    origin = item.folded.origin
    first, last = origin[said.start(verb)], origin[said.end(verb) - 1] + 1
    # what the rule says would be done ("any stall found open … would be fined and its owner jailed") is
    # the rule's, not an event
    rule_at = origin[said.start("rule" if verb == "verb" else "fa_rule")]
    item.unreal += [t for t in item.triggers if t.start >= rule_at]
    item.triggers[:] = [t for t in item.triggers if t.start < rule_at]
    item.triggers.append(Hit("statement", first, last, item.sentence.text[first:last]))
    item.triggers.sort(key=lambda t: t.start)


# An act done on an authority's order: "closed on 2 September by order of the provincial education
# department", "switched off … on the governor's order", «به دستور ریاست معارف … بسته شد», «د چارواکو په
# امر وتړل شو».
_BY_ORDER = compile_folded(
    rf"(?<!\w)(?:(?:by|on|under|at|following) (?:the )?orders? (?:of|from|by) (?:the )?(?:\S+\s+){{0,5}}?"
    rf"(?:{_AUTHORITY_EN}|office|police|commander|chief|taliban)|"
    rf"on (?:the )?(?:\S+\s+){{0,3}}?(?:{_AUTHORITY_EN}|taliban|police|commander|chief)(?:'s|s')? orders?|"
    # "were switched off by the authorities for three days", "sealed by the information department"
    rf"(?:closed|shut|shut down|sealed|switched off|cut|cut off|blocked|suspended|banned|cancell?ed)\s+"
    rf"(?:\S+\s+){{0,3}}?by (?:the )?(?:\S+\s+){{0,3}}?(?:{_AUTHORITY_EN}|taliban)|"
    rf"(?:به|طبق|بر اساس|بنابر) (?:دستور|حکم|امر|فرمان|هدایت) (?:\S+\s+){{0,3}}?(?:{_AUTHORITY_FA_PS})|"
    rf"(?:{_AUTHORITY_FA_PS})(?:\s+\S+){{0,3}}? په (?:امر|حکم|دستور|لارښوونه))(?!\w)"
)
# Land an authority hands to others: "the department of land affairs handed about two thousand jeribs of land
# to …", «… زمین‌های ما به یک قومندان محلی واگذار شده است», «… ځمکې هغو کورنیو ته ورکړې».
_LAND_GIVEN = compile_folded(
    r"(?<!\w)(?:handed|handed over|allocated|transferred|distributed|granted|gave|given)\s+(?:\S+\s+){0,6}?"
    r"(?:land|jeribs?|pastures?|plots?|orchards?)(?!\w)|"
    r"(?<!\w)(?:land|jeribs?|pastures?|plots?|orchards?)\s+(?:\S+\s+){0,6}?(?:was|were|had been|has been|"
    r"have been)\s+(?:handed|allocated|transferred|distributed|granted|given)(?!\w)|"
    r"(?<!\w)(?:زمین|جریب|چراگاه|باغ)\S*\s+(?:\S+\s+){0,12}?(?:واگذار|تخصیص|توزیع)\s*(?:کرد|شد|شده|گردید)\S*|"
    r"(?<!\w)(?:ځمک|ځمکې|جریب|څړځا)\S*\s+(?:\S+\s+){0,8}?(?:ورکړې|ورکړل|ورکړي|وسپارل|سپارلې)(?!\w)"
)


_ORDER_WORDS = (
    *_VERB_WORDS, "switched off", "cut", "block", "bann", "order", "دستور", "حکم", "امر", "فرمان", "هدایت",
    "land", "jerib", "pasture", "plot", "orchard", "زمین", "جریب", "چراگاه", "باغ", "ځمک", "څړځا",
)  # fmt: skip


def add_ordered_act(item: ReadSentence) -> None:
    """Give a sentence telling something done on an authority's order, or land an authority handed to others,
    a statement trigger there, when the sentence tells no event of its own (a flogging "by order of the court"
    is the flogging)."""
    if item.triggers:
        return
    folded = item.folded.text
    if not any(word in folded for word in _ORDER_WORDS):
        return  # the cheap test first: no order, no authority acting, no land
    found = _BY_ORDER.search(folded) or _LAND_GIVEN.search(folded)
    if found is None:
        return
    origin = item.folded.origin
    first, last = origin[found.start()], origin[found.end() - 1] + 1
    item.triggers.append(Hit("statement", first, last, item.sentence.text[first:last]))


# An authority's spokesman or office condemning or declaring ("announced", «اعلام کرد», «اعلان وکړ» are
# statement words of their own): "A spokesman for the de facto Ministry of Defence condemned …", «سخنگوی
# وزارت … را محکوم کرد», «ویاند … دا برید وغانده». Only in a sentence telling no event of its
# own ("Police said three suspects were arrested" tells the arrest); a spokesman who only "said" or "denied"
# (an inquiry opened, "no information") makes no statement a researcher records.
_OFFICIAL_SAID = compile_folded(
    r"^\W*(?:\S+\s+){0,4}?(?:(?:a|the|its|his)\s+)?(?:\S+\s+){0,3}?"
    r"(?:spokes(?:man|woman|person)|foreign office|foreign ministry|ministry|governor|governor's office|"
    r"commission|police chief|provincial (?:police|education|information|culture)\s+\S+)"
    r"(?:\s+[^\s,;.]+){0,8}?\s+(?P<verb>condemned|declared)(?!\w)|"
    r"(?<!\w)(?:سخنگوی|وزارت|والی|کمیسیون|امارت|ریاست)(?:\s+\S+){0,8}?\s+"
    r"(?P<fa>محکوم کرد\S*)(?!\w)|"
    r"(?<!\w)(?:ویاند|وزارت|والي|کمېسیون|امارت|ریاست)(?:\s+\S+){0,8}?\s+"
    r"(?P<ps>وغانده|وغندل)(?!\w)"
)


_SPEECH_WORDS = ("condemned", "declared", "محکوم", "وغانده", "وغندل")


def add_official_speech(item: ReadSentence) -> None:
    """Give a sentence telling an authority's spokesman or office condemning or declaring something a
    statement trigger at its verb, when the sentence tells no event of its own."""
    if item.triggers or not any(word in item.folded.text for word in _SPEECH_WORDS):
        return  # the cheap test first
    said = _OFFICIAL_SAID.search(item.folded.text)
    if said is None:
        return
    group = "verb" if said["verb"] else "fa" if said["fa"] else "ps"
    origin = item.folded.origin
    first, last = origin[said.start(group)], origin[said.end(group) - 1] + 1
    item.triggers.append(Hit("statement", first, last, item.sentence.text[first:last]))
