"""Whether words report a statement: who speaks (an authority, an observer, armed men), warnings to people,
projections, document titles, national authorities, workshops.

Works on the folded sentence text (`script.fold`), like `clauses`.
"""

from __future__ import annotations

import re

from desktop.events.suggesting import compile_folded

_TRAINING = compile_folded(
    r"(?<!\w)(?:workshop|training|seminar|course|curriculum|کارگاه|آموزش|ورکشاپ|سمینار)"
)


_NOT_MADE = compile_folded(r"(?<!\w)(?:the|a|an|this|its|their|been|being|was|were|is|are|be|as|if|once)\s+$")


_NOT_NOUN = compile_folded(r"(?<!\w)(?:this|that|these|those|the same|the said|such)\s+$")
# "released the next morning with a warning not to come back": how someone was freed, no statement
_RELEASED_WITH = compile_folded(r"(?<!\w)(?:released|freed|let go|sent home)\s+(?:\S+\s+){0,4}?with\s+$")


_SPEAKER = compile_folded(
    r"(?<!\w)(?:(?P<observer>united nations|un|unama|amnesty|human rights watch|rights groups?|"
    r"rights organi[sz]ations?|organi[sz]ations?|ngos?|rapporteur|experts?|watchdog|cpj|icrc|unhcr|iom|"
    r"unicef|european union|eu|embassy|embassies|sanctions|the group|monitors?|سازمان ملل|یوناما|"
    r"committee|network|union|کمیته|شبکه|اتحادیه|ټولنه|ټولنې|"
    r"elders|tribal elders|community elders|civil society|associations?|families|relatives|مشران\w*|مشرانو|"
    r"قومي|قومی|بزرگان|ریش سفیدان|انجمن\w*|جامعه مدنی|مدني ټولنې|خانواده ها|کورنۍ|"
    r"عفو بین الملل|دیده بان|نهاد\w*|سازمان\w*|کمیسیون|گزارشگر|ملګرو ملتونو|سازمانونو|بنسټونو)|"
    r"(?P<armed>gunm[ae]n|armed men|fighters?|commanders?|militants?|men|intelligence officers?|"
    r"افراد مسلح|مردان مسلح|فرمانده\w*|جنگجو\w*|وسله وال\w*)|"
    r"(?P<authority>ministry|minister|government|authorities|authority|spokes\w+|governor|court|"
    r"department|directorate|cabinet|council|leader|emir|emirate|officials|decree|"
    r"وزارت|وزیر|حکومت|دولت|مقامات|مقام ها|مقام های|سخنگو|والی|محکمه|ریاست|اداره|رهبر|امیر|امارت|"
    r"چارواک\w*|حکم|فرمان|municipality|مسئولان|مسوولان|مسولان|مسئولین|مسوولین|ولسوال|شاروالی|شهرداری)|(?P<force>taliban|police|طالبان|طالبانو|پولیس))(?!\w)"
)


_WARNED_PEOPLE = compile_folded(
    r"\s+(?:(?:the|a|an|his|her|their|several|local|female|women|two|three|four|five)\s+)?"
    r"(?:him|her|them|journalists?|reporters?|activists?|residents?|villagers?|famil(?:y|ies)|relatives?|"
    r"shopkeepers?|traders?|women|men|teachers?|students?|elders?|imams?|former \w+|"
    r"به خانواده|به خبرنگار)(?!\w)"
)


_WARNED_BEFORE = compile_folded(
    r"(?:(?<!\w)(?:received|receive|receives|receiving|got|gets|sent|given)\s+(?:\S+\s+){0,2}?|"
    r"(?<!\w)به\s+(?:\S+\s+){1,3}?|(?<!\w)\S+\s+ته\s+)"
    # the letter or message it came in: «به باشندگان … در نامه‌ای هشدار», «… ته په یوه لیک کې خبرداری»
    r"(?:(?:در|طی|با)\s+(?:\S+\s+){1,2}?|په\s+(?:\S+\s+){1,2}?کې\s+)?$"
)


_FRONTED_TO = compile_folded(r"(?<!\w)\S+\s+ته\s*[،,]")


_WARNED_PASSIVE = compile_folded(r"(?<!\w)(?:was|were|been|being)\s+[^,;.:]{0,80}?(?:\s+and)?\s+$")


_WARNING = compile_folded(r"(?:issued a )?(?:warn|a warning|هشدار|خبرداری)")


# "the provincial department", «مقام‌های ولایتی», «مسئولان ولایت», Pashto «د ولایت چارواکو», «د ولسوالۍ
# چارواکو» (the district's officials: the article's province too), «ولایتي چارواکو»
_PROVINCIAL = compile_folded(
    r"(?<!\w)(?:provincial|the province's|district officials|district governor|district office|"
    r"district chief|district authorities|ولایتی|ولایتي|"
    r"(?:مسئولان|مسوولان|مقام ها|مقامات|مقام های|والی) (?:ولایت|ولسوالی|محلی)|"
    r"د (?:ولایت|ولسوالۍ|ولسوالی) (?:چارواکو|چارواکي|مسوولینو|والي|ولسوال))(?!\w)"
)


def provincial(folded: str) -> bool:
    """The sentence names a provincial authority ("the provincial department of …"), not a national one."""
    return bool(_PROVINCIAL.search(folded)) and not _NATIONAL.search(folded)


def about_training(folded: str) -> bool:
    """The sentence is about a workshop or a training: what it names are topics, not incidents (unless it
    tells the training stopped: «… دستور داد که برنامه‌های آموزش … را متوقف کنند», "ordered the course
    halted")."""
    return bool(_TRAINING.search(folded)) and not stopped(folded) and not _MADE_TO_ATTEND.search(folded)


# A training people are made to attend is the order's subject, not a topic: "telling male teachers to … attend
# madrasa training every Thursday", «باید در دوره‌های آموزشی … شرکت کنند».
_MADE_TO_ATTEND = compile_folded(
    r"(?<!\w)(?:to|must|required to|forced to|made to|obliged to|ordered to|told to)\s+(?:\S+\s+){0,6}?attend"
    r"|(?<!\w)(?:باید|مجبور|مکلف)\s+(?:\S+\s+){0,6}?(?:شرکت|حاضر)"
)


# Trainings or courses stopped, banned or broken up: "Taliban ban women from medical training courses", «…
# دستور داد که برنامه‌های آموزش … را متوقف کنند», «کورس … بسته شد».
_STOPPED = compile_folded(
    r"(?<!\w)(?:ban|bans|banned|barred|bar|bars|closed|closes|close|closures?|closing|shut|shuts|shutdown|halt\w*|"
    r"suspend\w*|end|ends|"
    r"ended|stop|stops|stopped|cancel\w*|raid\w*|detain\w*|arrest\w*|"
    r"ممنوع\w*|بسته|بستن|متوقف|توقف|تعطیل|لغو|منع|بند کړ\w*|ودرول|ودروي|ودرېږي|وځنډول|بند)(?!\w)"
)


def stopped(folded: str) -> bool:
    """The sentence tells something stopped, banned or broken up (a training's end is news, not a topic)."""
    return bool(_STOPPED.search(folded))


def no_statement_made(folded: str, start: int, end: int) -> bool:
    """ "the announced amnesty", "they had been warned": no one made a statement in this sentence
    ("a decree", "a directive" are made: only a participle is an attribute)."""
    if _RELEASED_WITH.search(folded, max(0, start - 60), start):
        return True
    if not re.search(r"ed$", folded[start:end]):
        return bool(_NOT_NOUN.search(folded, max(0, start - 20), start))
    return bool(_NOT_MADE.search(folded, max(0, start - 20), start))


def statement_speaker(folded: str, start: int) -> str | None:
    """Who speaks before a statement's words: "authority" (a ministry, a government, the Taliban's leader),
    "observer" (the UN, a rights group: concern and calls are not policies), "armed" (gunmen, fighters:
    a warning from them is a threat), or None."""
    before = folded[max(0, start - 120) : start]
    before = re.split(r"[.;:!?؟؛]", before)[-1]
    if _RECEIVED.search(before):
        return None  # "The families received a written notice from the municipality": told, not telling
    # "a meeting with tribal elders", «با بزرگان قومی», «له مشرانو سره»: whom the speaker met
    # «بزرگان اچین را … فراخوانده»: the elders called in are the object («را»), not who speaks
    found = [
        (m.start(), m.lastgroup)
        for m in _SPEAKER.finditer(before)
        if not _MET.search(before, 0, m.start()) and not _OBJECT.match(before, m.end())
    ]
    if any(kind == "authority" for _, kind in found):  # "Tajik authorities gave 40 families ten days"
        found = [(at, kind) for at, kind in found if not _ADDRESSED.fullmatch(before, at, at + 20)]
    return max(found)[1] if found else None


_RECEIVED = compile_folded(
    r"(?<!\w)(?:received|receive|got|were given|was given|were handed|was handed|were served|was served)"
    r"\s+(?:\S+\s+){0,3}$"
)
_OBJECT = compile_folded(r"(?:\s+[^\s،,]+)?\s+را(?!\w)")
_MET = compile_folded(r"(?<!\w)(?:with|met|با|له)\s+(?:\S+\s+){0,2}$")


# People an authority addresses, not who speaks: "gave 40 Afghan families …", «به خانواده‌ها …»
_ADDRESSED = compile_folded(r"(?:families|relatives|elders|خانواده ها|کورنۍ)\b.*", re.DOTALL)


_NATIONAL = compile_folded(
    r"(?<!\w)(?:supreme court|supreme leader|cabinet|the emir|amir al-mu'minin|ministry|minister|"
    r"ستره محکمه|دیوان عالی|محکمه عالی|رهبر طالبان|امیر|کابینه|وزارت|وزیر|مشرتابه|وزارت\S*)(?!\w)"
)


def national_authority(folded: str) -> bool:
    """The sentence names a national authority (the Supreme Court, a ministry, the Taliban's leader)."""
    return bool(_NATIONAL.search(folded)) and not re.search(r"provincial|ولایتی|ولایت|ولایتي", folded[:60])


_WARNED_PASSIVE_AFTER = compile_folded(
    r"(?:هشدار|اخطار)\s+داده\s+(?:شد|شده|شدند)|(?:خبرداری|ګواښ)\s+ورکړل\s+(?:شو|شوی|شوې|شوه)"
)


def warned_passive(folded: str, start: int) -> bool:
    """People were warned ("two reporters were summoned … and warned that …", «احضار شدند و به آنان هشدار
    داده شد»): a threat, whoever warned."""
    before = _WARNED_PASSIVE.search(folded, max(0, start - 90), start)
    return bool(before or _WARNED_PASSIVE_AFTER.match(folded, start))


_WARNING_FA_PS = re.compile(r"هشدار|اخطار|خبرداری|ګواښ|گواښ")


def warns_in_dari_or_pashto(words: str) -> bool:
    """The statement's words are a Dari or Pashto warning («هشدار داده‌اند», «خبرداری ورکړی»)."""
    return bool(_WARNING_FA_PS.search(words))


def is_warning(folded: str, start: int, end: int) -> bool:
    """The statement's words are a warning ("warned", "a warning", "هشدار")."""
    return bool(_WARNING.match(folded, start, end))


def warns_people(folded: str, start: int, end: int) -> bool:
    """A warning to people ("warned journalists not to …", "received a warning", «به معلمان هشدار»,
    «خبریال ته خبرداری»), not a warning that …"""
    return bool(
        _WARNED_PEOPLE.match(folded, end)
        or _WARNED_BEFORE.search(folded, max(0, start - 50), start)
        or _WARNED_PASSIVE.search(folded, max(0, start - 90), start)
        # the person warned put first: «د یوه جومات امام ته، چې …، د ولسوالۍ چارواکو خبرداری ورکړی»
        or _FRONTED_TO.search(folded, max(0, start - 160), start)
    )


# What may happen: "warned that up to 50,000 more could be returned", "could prevent women from working",
# «هشدار داد که … ممکن است», «ښايي … شي».
_PROJECTION = compile_folded(
    r"\s+(?:that\s+|که\s+|چې\s+)?(?:[^.;:!?]{0,90}?\s)?(?:could|would|might|(?<!\d\s)may(?!\s+\d)|will|"
    r"is likely to|are likely to|ممکن|احتمال|خواهد|خواهند|ښايي|کېدای|کیدای|"
    # a condition: "warned that if returns continue …", «هشدار داد که اگر …», «خبرداری ورکړی چې که …»
    r"if|unless|اگر|در صورتی که|در صورت|(?<=چې )که|که چیرې|که چېرې)(?!\w)"
)


# What only may happen, whoever says it: "officials warned that more schools could be closed", «ممکن است».
# ("women may no longer visit the shrine", "no gathering may be held without permission" are rules, not
# possibilities)
_POSSIBLE = compile_folded(
    r"(?<!\w)(?:could|might|(?<!\d\s)may(?!\s+(?:no longer|not|only|now|be held|\d))|"
    r"ممکن|احتمال|ښايي|کېدای|کیدای)(?!\w)"
)


# What follows if a trend goes on: "if returns continue at this pace", «اگر روند اخراج … ادامه یابد», Pashto
# «که دا بهیر … دوام ومومي»: a forecast, whoever makes it.
_TREND = compile_folded(
    r"(?<!\w)(?:if\s+(?:\S+\s+){0,6}?(?:continues?|goes on|persists?)|اگر\s+(?:\S+\s+){0,6}?ادامه\s+"
    r"(?:یابد|پیدا کند|داشته باشد)|که\s+(?:\S+\s+){0,6}?(?:دوام|ادامه)\s+(?:ومومي|پیدا کړي|ولري))(?!\w)"
)


def projects(folded: str, end: int, speaker: str | None) -> bool:
    """A statement's words followed by what may happen (a warning or projection, not a policy made): any
    modal when no authority speaks; an authority's only when it says what could happen, not what will, or
    what follows if a trend goes on."""
    found = _PROJECTION.match(folded, end)
    if found is None:
        return False
    return (
        speaker is None
        or _POSSIBLE.search(folded, end, found.end() + 20) is not None
        or _TREND.search(folded, end, found.end() + 120) is not None
    )


# A title naming a document: its noun opens the line, a name follows, and no verb ends it.
_DOCUMENT_TITLE = compile_folded(
    r"(?:(?:joint |press |public )?statement|declaration|press release|communiqu\w+|open letter)\s+"
    r"(?:of|from|by|on)\s|(?:اعلامیه|بیانیه|خبرنامه|څرګندونې)(?:\s|$|\s*[:\-–—])"
)


_DOCUMENT_LAST = compile_folded(r"^د\s.*\s(?:اعلامیه|بیانیه|څرګندونې)$")
_VERB_END = compile_folded(
    r"(?:\s(?:is|are|was|were|has|have|says|said|warns|calls|urges|bans|orders)\s.*|"
    r"(?<!\w)(?:کرد|کردند|شد|شدند|است|اند|داد|دادند|گفت|کړ|کړه|کړل|شو|شول|دی|دي|وايي|وویل)\W*)$"
)


def document_title(folded: str, start: int) -> bool:
    """The statement's word, among the first of a line, names a document ("Statement of the Afghan Teachers'
    Association on …", «اعلامیه شبکه زنان …») with no verb and no full stop: a title, not a statement made."""
    line = folded.strip()
    if line.endswith((".", "!", "?", "؟")) or len(line.split()) > 20:
        return False
    if _DOCUMENT_LAST.search(line) and not _VERB_END.search(line):
        return True  # «د … شورا اعلامیه» (the council's statement): Pashto puts the document last
    if len(folded[:start].split()) > 5:
        return False  # the noun stands among the first words («د … ټولنې اعلامیه د … په اړه» in Pashto)
    return bool(_DOCUMENT_TITLE.match(folded, start)) and not _VERB_END.search(line)
