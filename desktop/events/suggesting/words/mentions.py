"""Words that name an event without reporting one: appeals and recommendations, a time of another event
("before deportation"), a body's handover, why people left; and house searches, which the harm they do to
people replaces.

Works on the folded sentence text (`script.fold`), like `clauses`.
"""

from __future__ import annotations

import re

from desktop.events.script import fold_str
from desktop.events.suggesting import compile_folded

# Appeals, requests and recommendations: what they name is asked for, not reported ("We urge the
# authorities to disclose the whereabouts of the disappeared", «خواستار … شد», «از مقامات می‌خواهیم»,
# «غوښتنه کوي»); a list of recommendations opens with its verb ("Release all those detained; …"). «می‌خواست»
# (wanted: «که می‌خواست جلوی‌شان را بگیرد») is no request.
_APPEAL = compile_folded(
    r"(?<!\w)(?:urg(?:e|es|ed|ing)|(?:call|calls|called|calling)\s+(?:on|upon|for)|appeal(?:s|ed|ing)?|"
    # "ask for the release", not "went to ask for him" (an inquiry about someone)
    r"request(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+(?:for(?!\s+(?:him|her|them|news|his|their)(?!\w))|that|"
    r"(?:the\s+)?(?:de facto\s+)?authorities)|"
    r"demand(?:s|ed|ing)?|"
    r"recommend\w*|plead(?:s|ed|ing)?|pleas?|petition(?!er)\w*|press(?:es|ed|ing)? for|"
    r"(?:seek|seeks|seeking|sought)\s+(?:information|answers|news|clarity|justice|the release)|"
    r"should|must|ought to|(?:want|wants|wanted) to know|"
    r"(?:essential|important|imperative|necessary|crucial|vital) that|"
    r"خواستار|(?<!می )(?<!نمی )خواست|(?<!می )خواسته|می خواهیم|می خواهد|می خواهند|میخواهیم|میخواهد|"
    r"درخواست\w*|تقاضا\w*|توصیه\w*|"
    r"فراخوان|مطالبه\w*|باید|غوښتنه|غوښتنې|وغوښتل|وغوښته|غواړو|غواړي|سپارښتنه\w*|بلنه)(?!\w)"
    r"(?!\s+(?:شو|شول|شوه|شوی|شوي|شد|شدند|شده))"  # «دفتر ته وغوښتل شو»: was summoned, no appeal
    r"|^\W*(?:\d+[.)]\s*)?(?:release|disclose|investigate|end|stop|cease|halt|ensure|inform|allow|provide|"
    r"establish|guarantee|respect|protect|grant|lift|reverse|refrain|hold|bring|publish|account for)(?!\w)"
)
# "held … before deportation", "pending trial": an event named as a time of another, not reported.
_TIME_OF = compile_folded(
    r"(?<!\w)(?:before|prior to|pending|awaiting|ahead of|until|after|following|قبل از|پیش از|تا|پس از|"
    r"بعد از)\s+(?:the\s+)?$|"
    # "two days after the Qalat execution": the place's event told before
    r"(?<!\w)(?:after|following|since)\s+the\s+[a-z][\w-]+\s+$|"
    # "since the weekend's killing", "after last week's arrests": the time of one told before
    r"(?<!\w)(?:since|after|following|before)\s+(?:the\s+)?(?:(?:weekend|week|month|night|day|"
    r"friday|saturday|sunday|monday|tuesday|wednesday|thursday|yesterday|today)['’]s\s+|"
    r"(?:last|this)\s+(?:week|month|weekend)['’]s\s+)$|"
    # "on the day of their arrest", «در همان روز بازداشت», «د نیونې په ورځ»: the date of an event told before
    r"(?<!\w)(?:(?:on\s+)?the (?:same\s+)?(?:day|night|week) of(?:\s+(?:the|his|her|their))?|"
    r"(?:در\s+)?(?:همان|همین)\s+(?:روز|شب|هفته)|(?:در\s+)?(?:روز|شب)\s+(?:اول|نخست))\s+$"
)
# "not allowed to bring the body", «جسد … تحویل», «د جسد د راوړلو»: what became of a body already reported.
_BODY_AFTER = compile_folded(
    r"(?:\s+\S+){0,4}?\s+(?:handed over|returned|buried|repatriated|تحویل\w*|دفن\w*|خاکسپاری|انتقال|راوړلو|"
    r"راوړل|سپارل\w*|وسپارل\w*|خښ\w*)(?!\w)"
)
# "after receiving threats", "fearing", «از ترس»: why people left (then leaving is flight).
_FLIGHT_CAUSE = compile_folded(
    r"(?<!\w)(?:threat\w*|threaten\w*|fear\w*|afraid|intimidat\w*|harass\w*|persecut\w*|danger|unsafe|"
    r"tortur\w*|detain\w*|arrest\w*|killed|killing|تهدید\w*|ترس|هراس|خطر|ګواښ\w*|ویر\w*|"
    r"له امله|پس از|بعد از|وروسته|"
    # fighting, or being forced: "left Ghormach after the clashes", «… پرېښودو ته اړ شوې» (were compelled to)
    r"clash\w*|fighting|violence|insecurity|forced|compelled|درگیری\w*|جنگ|ناامنی|نا امنی|مجبور|جګړ\w*|"
    r"نښت\w*|ناامني|اړ شو\w*|اړ شول|اړ کړ\w*)(?!\w)"
)

# What a raid does to people: a house search with one of these is that event, not a threat besides.
HARMS = frozenset({"detention", "disappearance", "killing", "torture"})
_SEARCH = compile_folded(
    r"search|raid|storm|broke into|way into|ransack|confiscat|تلاشی|تلاشي|تلاشۍ|یورش|هجوم|بازرسی|چاپه|چاپې|"
    r"مصادره|ضبط"
)  # what was taken in a search ("her laptop and phone were confiscated") is part of it


def is_search(trigger: str) -> bool:
    """The trigger is a house search or a raid (a threat of the vocabulary)."""
    return bool(_SEARCH.search(fold_str(trigger)))


# What a beating leaves, seen afterwards: "bruises", "burns on both forearms", "marks from a cable", "broken
# ribs", "signs of torture", «آثار سوختگی», «بدنی کبود», Pashto «د وهلو نښې».
_MARKS = compile_folded(r"bruis|broken|nails|burns|marks|signs|آثار|ضربه های|کبود|نښ")  # (not «ضرب و شتم»)


def is_marks(trigger: str) -> bool:
    """The torture trigger is the marks a beating left, seen afterwards, not the beating told."""
    return bool(_MARKS.search(fold_str(trigger)))


def in_appeal(folded: str, start: int) -> bool:
    """The words at `start` are what an appeal, a request or a recommendation before them asks for (not
    when the appeal stands in a clause about someone that closed before them: «وکیلی که خواستار تحقیق شده
    بود، … احضار شد», "a lawyer who had called for an inquiry was summoned", "cousins who went to the district
    centre to press for an investigation were themselves locked up")."""
    appeals = list(_APPEAL.finditer(folded, 0, start))
    if not appeals:
        return False
    last = appeals[-1]
    dari = _DARI_CLOSED.search(folded, last.end(), start)
    english = _WHO_CLAUSE.search(folded, 0, last.start()) and _MAIN_VERB.search(folded, last.end(), start)
    return not (dari or english)


# The end of a relative clause before the main verb: «… شده بود،», "who had … was", "who went … were".
_DARI_CLOSED = compile_folded(r"(?<!\w)(?:بود|بودند)\s*[،,]")
_WHO_CLAUSE = compile_folded(r"(?<!\w)who\s+(?:had\s+)?(?:[^\s,;:.]+\s+){0,8}$")
_MAIN_VERB = compile_folded(r"(?<!\w)(?:was|were)\s")


# "to release a reporter detained in Khost on Monday": an incident of its own day, named in an appeal.
_DAY_AFTER = compile_folded(
    r"[^,;.:]{0,40}?(?<!\w)(?:on|last|late on|early on)\s+(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
    r"|[^,;.:]{0,40}?(?<!\w)(?:last (?:week|month|night)|(?:earlier )?this (?:week|month)|yesterday)(?!\w)"
)


# «… را که روز جمعه در خوست بازداشت شد», «د جمعې په ورځ … ونیول شو»: the day before the verb (Dari, Pashto).
_DAY_BEFORE = compile_folded(
    r"(?:(?<!\w)(?:روز|شب|د)\s+(?:\S+\s+)?\S*(?:شنبه|جمعه|شنبې|جمعې)|\d+\s*(?:ام|مه)?\s+(?:حمل|ثور|جوزا|"
    r"سرطان|اسد|سنبله|میزان|عقرب|قوس|جدی|دلو|حوت|وری|غویی|غبرګولی|چنګاښ|زمری|وږی|تله|لړم|لیندۍ|مرغومی|"
    r"سلواغه|کب))(?!\w)[^،,.:;؛]{0,40}$"
)


def dated_after(folded: str, start: int, end: int) -> bool:
    """The event's words have their own day in their clause: after them ("detained in Khost on Monday"), or
    before the verb in Dari and Pashto («که روز جمعه در خوست بازداشت شد»)."""
    return bool(_DAY_AFTER.match(folded, end) or _DAY_BEFORE.search(folded, max(0, start - 70), start))


# What an act is called in law: "constitutes an enforced disappearance", «به منزله ناپدیدسازی قهری است».
_LEGAL_NAME = compile_folded(
    r"(?<!\w)(?:constitutes?|constituting|amounts? to|amounting to|qualif(?:y|ies|ied) as|tantamount to|"
    r"is considered|are considered|به منزله|مصداق|د \S+ په توګه)\s+(?:(?:an?|the)\s+)?(?:\S+\s+){0,2}$"
)


# What is withheld or asked about someone: "refused … to disclose his fate and whereabouts".
_WITHHELD = compile_folded(
    r"(?<!\w)(?:disclosed?|revealed?|confirmed?|acknowledged?|clarif(?:y|ied)|tell (?:them|the family|us)|"
    r"ask(?:ed)? about|"
    r"information (?:on|about))\s+(?:(?:his|her|their|[\w.]+['’]s?)\s+){1,3}(?:fate (?:and|or)\s+)?$"
)


def legal_name(folded: str, start: int) -> bool:
    """ "the refusal … constitutes an enforced disappearance", "or to disclose his fate and whereabouts": the
    event word names an act in law or what is withheld about it; the act itself is reported elsewhere."""
    return bool(
        _LEGAL_NAME.search(folded, max(0, start - 50), start)
        or _WITHHELD.search(folded, max(0, start - 50), start)
    )


def time_of(folded: str, start: int) -> bool:
    """ "held for a week before deportation": the event word only says when something else happened."""
    return bool(_TIME_OF.search(folded, max(0, start - 30), start))


def body_handled(folded: str, end: int) -> bool:
    """ "the family was not allowed to bring the body", «جسد … تحویل داده شد»: a body's handover or burial."""
    return bool(_BODY_AFTER.match(folded, end))


def flight_cause(folded: str) -> bool:
    """The sentence says why people left ("after receiving threats", «از ترس», «د ګواښونو له امله»)."""
    return bool(_FLIGHT_CAUSE.search(folded))


# "has not been heard from since", «هیچ خبری از او نداریم», «هیڅ درک یې نشته»: silence after a detention.
_SILENCE = compile_folded(
    r"heard|seen|whereabouts|fate|news|word of|trace|information|خبر|اطلاع|سرنوشت|ردی|درک|څرک|پته|برخلیک|"
    r"come home|come back|came home|came back|returned|where (?:he|she|they)|دیده نشد|نگشت|راستون|راستان|"
    r"راغلی|لیدل|اثر|کجا|چېرته|چیرته|پته|څرک"
)


def is_silence(trigger: str) -> bool:
    """The disappearance trigger says nothing has been heard of someone (not "abducted", "disappeared")."""
    return bool(_SILENCE.search(fold_str(trigger)))


_OF_ONE = compile_folded(r"\s*(?:\S+\s+)?(?:him|her|او|وی|هغه|هغې|دهغه)(?!\w)")


def silence_of_one(folded: str) -> bool:
    """The folded words after a silence trigger name one person ("no news of him", «هیچ خبری از او»)."""
    return bool(_OF_ONE.match(folded))


# "He had been missing since 15 April", «که از روز جمعه ناپدید شده بود»: what had happened before.
_PLUPERFECT = compile_folded(
    r"(?<!\w)(?:had been|had gone|had disappeared|شده بود|گردیده بود|شوی و|شوې وه|شوي وو)(?!\w)"
)


def before_then(folded: str) -> bool:
    """The sentence tells what had happened before (the pluperfect)."""
    return bool(_PLUPERFECT.search(folded))


# "sentenced … to two years in prison and 25 lashes", «به ۳۹ ضربه شلاق محکوم شد»: a punishment ordered, not
# one carried out («به حکم دادگاه … شلاق زده شدند» was).
_SENTENCED = compile_folded(
    r"(?<!\w)(?:sentenced|sentencing|condemned)\s+(?:[^.;:]{0,80}?\s)?to\s+(?:[^.;:]{0,40}?\s)?$"
)
_SENTENCED_AFTER = compile_folded(
    r"(?:\s+\S+){0,3}?\s+(?:محکوم|محکومیت|محکومه|محکومې|محکومی)(?!\w)"
)  # Pashto «په اعدام محکومې شوې» (sentenced to death, feminine)


def sentenced_to(folded: str, start: int, end: int) -> bool:
    """The event is what a court sentenced someone to (a flogging, death), not one carried out."""
    return bool(_SENTENCED.search(folded, max(0, start - 120), start) or _SENTENCED_AFTER.match(folded, end))


_QUOTED = re.compile(r"[«\"“][^«»\"“”]{0,60}$")
# A charge's words: "accused", "convicted", «اتهام», «جرم», Pashto «په … تورن» (charged with …), «تورنه»,
# «تورنې»
CHARGE = compile_folded(
    r"(?<!\w)(?:accused|charged|charges?|convicted|متهم|اتهام|جرم|تور|تورن|تورنه|تورنې|تورني)(?!\w)"
)


def quoted_charge(sentence: str, start: int, end: int) -> bool:
    """The trigger stands in quotation marks in a sentence about a charge («فرار از منزل» "running away
    from home"): the name of a crime someone is accused of."""
    if not _QUOTED.search(sentence, max(0, start - 60), start):
        return False
    if sentence.count('"', 0, start) % 2 == 0 and not _OPEN_QUOTE.search(sentence, max(0, start - 60), start):
        return False  # 'accused of "contact with exiled officials" were taken into custody': the quote closed
    return bool(CHARGE.search(fold_str(sentence)))


_OPEN_QUOTE = re.compile(r"[«“][^«»“”]{0,60}$")


# "Many of the returnees said they had been picked up in raids", «بسیاری از این بازگشت‌کنندگان گفتند که …»,
# «ډېری یې وویل چې …»: what an uncounted part of a group says happened to them, in general.
_VAGUE_ACCOUNT = compile_folded(
    r"^\W*(?:many|most|some|several|a number|a few|few|others|many others)\s+"
    r"(?:of\s+(?:the|these|those|them)\s+)?"
    r"(?:\S+\s+){0,3}?(?:said|say|told|described|recounted|reported|complained)\s+(?:that\s+)?"
    r"(?:\S+\s+){0,4}$|"
    # "Most of them were young men who had been arrested at construction sites": who the group were
    r"^\W*(?:many|most|some|several|all|nearly all|almost all)\s+of\s+(?:them|those)\s+(?:were|are)\s+"
    r"(?:\S+\s+){1,5}?(?:who|that)\s+(?:had\s+)?(?:been\s+|were\s+)?(?:\S+\s+){0,12}?$|"
    r"^\W*(?:بسیاری|بیشتر|برخی|شماری|تعدادی|اکثر|ډېری|ډیری|ګڼ شمېر|ځینو|ځینې)\s+(?:از\s+)?(?:\S+\s+){0,3}?"
    r"(?:گفتند|گفته اند|می گویند|وویل|وايي|ویلي دي)\s+(?:که|چې)\s+(?:\S+\s+){0,6}$"
)


def vague_account(folded: str, start: int, end: int) -> bool:
    """The event is what an uncounted part of a group says was done to them, with no date of its own
    ("Many of the returnees said they had been picked up in raids in Iranian cities"): an account."""
    return bool(_VAGUE_ACCOUNT.search(folded, 0, start)) and not dated_after(folded, start, end)
