"""The clause around a trigger, and whether the trigger is negated ("were not detained", «بازداشت نشدند»)
or hypothetical ("could be detained", "at risk of deportation").

Works on the folded sentence text (`script.fold`): lower case, unified Arabic-script letters and digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.events.suggesting import compile_folded

# Clauses end at punctuation and at words that start another statement.
_CLAUSE_BREAK = compile_folded(
    r"[,;:()\[\]\"“”«»،؛]|\s[-–—]\s|(?<!\w)(?:but|while|whereas|although|though|however|and|after|before|"
    r"because|since|as|when|who|which|اما|ولی|که|و|وروسته|خو)(?!\w)"
)
_WORDS_BEFORE = 6  # a cue reaches at most this many words ahead ("could soon be detained")

_NEGATION_BEFORE = (
    r"not|never|no|none|nobody|no one|neither|nor|without|denied|deny|denies|denying|rejected|n't|"
    # «نه» before people is nine («دست کم نه فعال مدنی»), not "not"
    r"هیچ|(?<!کم[ ])(?<!حداقل[ ])(?<!از[ ])نه(?!\s+(?:نفر|تن|تنه|کس|کسان|سرباز|نظامی|عضو|مرد|زن|فعال|"
    r"خبرنگار|معلم|جوان|کارمند|دانشجو|محصل|افسر|پولیس|مهاجر|زندانی|کودک|دختر|پسر)\w*)|"
    r"هیڅ|هیڅوک|نه دی|نه دي|نه ده"
)
_NEGATION_AFTER = compile_folded(  # used with .match(text, end): anchored there (a "^" would never match)
    # «د وژنې کومه پېښه نه ده ثبت شوې», «هیچ موردی … ثبت نشده» (no case of killing was recorded)
    r"\s+(?:\S+\s+){0,1}(?:کومه|هیڅ|هیچ)\s+(?:\S+\s+){0,2}(?:نه|نشد\w*|نشده\w*)(?!\w)|"
    r"\s*(?:\S+\s+){0,1}(?:نشد\w*|نشده\w*|نکرد\w*|نکرده\w*|نگردید\w*|نمی\w*|نشو\w*|نه\s+(?:دی|دي|شو|شول|شوی|شوي))"
    r"(?!\w)"
)
_HYPOTHETICAL_BEFORE = (
    r"could|would|might|may(?=\s+(?:be|have|not|face|also|soon|still|well|even|never|already))|can|will|"
    r"shall|should|must|need to|needs to|ought to|if|unless|whether|risk|risks|at risk|danger|fear|fears|"
    r"feared|threatened (?:him|her|them|us|me|the family|the families|his family|her family) with|"
    r"expect|expects|expecting|"  # "Contacts expect arrests if a second round … starts"
    r"fearing|afraid|possible|possibly|possibility|potential|potentially|likely|threat of|threatened with|"
    r"threatened to|threatening to|threatens to|face|faces|facing|plan to|plans to|planned to|intend|"
    r"intends to|due to be|set to be|about to|prevent|avoid|avoided|escape|escaped|escaping|evade|"
    r"warned of|warns of|warning of|calls? for an end to|to stop|to end|prospect of|worried|"
    r"vulnerable to|susceptible to|in case|in the event that|what to do if|"
    r"simulated|simulating|simulation of|role-play|role play|"  # a training's exercise, not an incident
    r"ممکن|احتمال|خطر|بیم|نگران|در ترس از|ترس از|اگر|قصد|به قصد|په نیت|می خواستند|میخواستند|"
    r"در معرض|تهدید به|امکان|کېدای|ښايي|شاید|که چیرې|د ویرې|در صورت|"
    r"قرار بود|قرار است|قرار بودند|"  # «که قرار بود به زور به نکاح … درآورده شود»: was to be
    r"در صورتی که|چنانچه|مبادا|که چېرې|په صورت کې|"
    r"otherwise|or else|در غیر آن|در غیر این صورت|در غیر آن صورت|وگرنه|ورنه|کنه نو|که نه نو"  # "… or else"
)
_CUE_BEFORE = compile_folded(
    rf"(?<!\w)(?:(?P<neg>{_NEGATION_BEFORE})|(?P<hyp>{_HYPOTHETICAL_BEFORE}))(?!\w)".replace(" ", r"\s+")
)
# "efforts to capture", "fled to escape": a purpose, not an event ("forced to flee" is one).
_PURPOSE = compile_folded(
    r"(?<!forced )(?<!subjected )(?<!had )(?<!compelled )(?<!obliged )(?<!taken )(?<!moved )(?<!transferred )"
    r"(?<!sent )(?<!brought )(?<!\w)(?:to|for)\s+$"
)  # "taken to an unknown place" is where they went
_GENERIC_BEFORE = compile_folded(
    r"(?<!\w)(?:who|that|those who|anyone who|whoever)\s+(?:receive|face|suffer|experience|fear|describe|"
    r"report|recount|survive|endure|have (?:experienced|suffered|survived|endured|faced))\s+"
    r"(?:\S+\s+)?(?:[\w-]+,\s+){0,3}$"
)
_PURPOSE_NOUNS = compile_folded(r"prison|jail|custody|death|detention|afghanistan|iran|pakistan")
_DENIED_THAT = compile_folded(
    r"(?<!\w)(?:denied|denies|deny|rejected|refuted)\s+(?:that|claims? that|reports? that)\s|"
    # «رد کردند که …», Pashto «رد کړه چې …», «انکار یې وکړ چې …»
    r"(?<!\w)(?:رد کرد\w*|رد کړ\w*|ردوی|ردوي|رد یی کړ\w*|رد یې کړ\w*|انکار کرد\w*|انکار کړ\w*|"
    r"انکار وکړ\w*|انکار یی وکړ\w*|انکار یې وکړ\w*)\s+(?:که|چی|چې)\s"
)
_HYPOTHETICAL_AFTER = compile_folded(
    r"\s+(?:would|will|could|might|may)\s+(?:soon\s+|also\s+)?"
    r"(?:follow|come|be|take place|continue|happen)(?!\w)|"
    r"\s*(?:شوند|شود|شي|کړي(?!\s+(?:دي|دی|ده|وو|و)(?!\w))|بشوند|بشود|خواهد|خواهند|می شوند|می شود|میشوند|"
    r"میشود|به شي|به کړي)(?!\w)"
    r"|\s*(?:\S+\s+)?(?:خواهد|خواهند)\s+(?:شد|کرد)(?!\w)"
    r"|\s+(?:تهدید|ګواښ)"  # «او را به بازداشت تهدید کردند», «د نیولو ګواښ یې وکړ»: threatened with arrest
    r"|\s+(?:او\s+\S+\s+)?له\s+(?:خطر|خطره|ګواښ)(?!\w)"  # «د نیولو او شکنجې له خطر سره به مخ شي»
    # an attempt that failed: "the assassination attempt on …", «ترور نافرجام», Pashto «د ترور هڅه»
    r"|\s+(?:attempts?|plot|نافرجام|ناکام|هڅه|هڅې)(?!\w)"
    r"|\s+له\s+(?:وېرې|ویرې|ویری|ډاره)(?!\w)"  # Pashto «د نیولو له وېرې» (for fear of arrest)
)
# Triggers whose own meaning is negative ("whereabouts unknown", "not heard from"): no negation check.
_NEGATIVE_MEANING = compile_folded(
    r"whereabouts|heard|fate|missing|seen|trace|news|information|سرنوشت|خبری|خبر|اطلاع|برخلیک|ورک|مفقود|درک|پته|"
    r"come home|come back|came home|came back|returned|where (?:he|she|they)|"
    r"دیده|نگشت|راستون|راستان|راغلی|لیدل|اثر|کجا|چېرته|چیرته|پوهېږی|پوهیږی"
)


@dataclass(frozen=True, slots=True)
class Clause:
    """The clause around a trigger: folded `text[start:end]`."""

    start: int
    end: int


def clause_at(folded: str, start: int, end: int) -> Clause:
    """The clause of `folded` containing [start, end): from the last break before to the first after."""
    left = 0
    for m in _CLAUSE_BREAK.finditer(folded, max(0, start - 200), start):
        left = m.end()
    after = _CLAUSE_BREAK.search(folded, end)
    return Clause(left, after.start() if after else len(folded))


def _cue_before(folded: str, clause: Clause, start: int) -> re.Match[str] | None:
    """The last cue in the clause within a few words before `start`."""
    before = folded[clause.start : start]
    words = before.split()
    window = " ".join(words[-_WORDS_BEFORE:]) + " " if words else ""
    # "not fewer than fourteen activists were held": a count's qualifier, no negation
    window = _COUNT_QUALIFIER.sub(lambda m: " " * len(m[0]), window)
    cues = list(_CUE_BEFORE.finditer(window))
    return cues[-1] if cues else None


_COUNT_QUALIFIER = compile_folded(
    r"(?<!\w)(?:not|no) (?:fewer|less|more) than(?!\w)|"
    # «سی و نه ضربه» (thirty-nine lashes), «نه تن» (nine people): the number nine, not «نه» (not)
    r"(?<!\w)(?:(?:بیست|سی|چهل|پنجاه|شصت|هفتاد|هشتاد|نود|صد) و نه|"
    r"نه (?=(?:ضربه|تن|نفر|مرد|زن|ماه|روز|سال)(?!\w)))"
)


# What someone was punished for, between a negation and the event: «د … نه تړلو په تور», «به جرم … نکردن».
_CHARGE = compile_folded(r"(?<!\w)(?:په تور|په جرم|له امله|به اتهام|به جرم|به دلیل|به خاطر)(?!\w)")


# Between "not" and the event's word, a verb of its own and its object, with no "be" to join them: "did not
# identify themselves searched", "did not say why they arrested" (not "was not detained", "not officially
# held").
_OTHER_VERB = compile_folded(
    r"\s+(?!(?:be|been|being|was|were|is|are|get|got|yet|even|officially|formally|immediately|\w+ly)\s)[a-z]+"
    r"(?:\s+(?!(?:be|been|being|was|were|is|are)\s)[a-z'’]+){1,3}\s*"
)


_FINITE_PAST = compile_folded(r"(?:\w+ed|took|beat|shot|held|stole|broke|tore|hit)(?!\w)")


def is_negated(folded: str, start: int, end: int) -> bool:
    """ "no one was arrested", "were not detained", "بازداشت نشدند", "نه دي نیول شوي"."""
    if _NEGATIVE_MEANING.search(folded, start, end):
        return False
    clause = clause_at(folded, start, end)
    cue = _cue_before(folded, clause, start)
    if cue and cue["neg"] and _CHARGE.search(cue.string, cue.end()):
        cue = None  # «د دوکانونو د نه تړلو په تور … ووهل» (beaten for not closing): the charge is negated
    finite = _FINITE_PAST.match(folded, start, end)
    if cue and cue["neg"] and finite and _OTHER_VERB.fullmatch(cue.string, cue.end()):
        cue = None  # "armed men who did not identify themselves searched the home": another verb negated
    denied = _DENIED_THAT.search(folded, 0, start)  # "denied that any former soldier had been detained"
    if cue and cue["neg"] == "without" and _MODAL_OPENS.match(folded, start):
        cue = None  # "Afghans without valid visas must leave": "without" qualifies the subject
    return bool(cue and cue["neg"]) or bool(denied) or bool(_NEGATION_AFTER.match(folded, end))


_MODAL_OPENS = compile_folded(r"(?:must|have|has|had|are|were|was|is|will|would|should)(?!\w)")


# "there is a real risk that Mr. A. W. is being tortured", "we fear the students are being beaten": feared.
_FEARED_THAT = compile_folded(
    r"(?<!\w)(?:risk|danger|fears?|feared|concerns?|concerned|worried|possibility|likely)\s+(?:that\s+)?"
    r"(?:\S+\s+){0,8}?(?:is|are|was|were)\s+(?:\w+ly\s+|still\s+)?being\s+$"
)


def is_hypothetical(folded: str, start: int, end: int) -> bool:
    """ "could be detained", "at risk of deportation", "efforts to capture", "ممکن است بازداشت شوند"."""
    if _FEARED_THAT.search(folded, max(0, start - 120), start):
        return True
    clause = clause_at(folded, start, end)
    cue = _cue_before(folded, clause, start)
    purpose = _PURPOSE.search(folded, max(0, start - 20), start) and not _PURPOSE_NOUNS.match(folded, start)
    generic = _GENERIC_BEFORE.search(folded, max(0, start - 30), start)  # "journalists who receive threats"
    after = _HYPOTHETICAL_AFTER.match(folded, end)
    if after and _THREAT_NOUN.fullmatch(folded, start, end) and _MADE.fullmatch(after.group()):
        after = None  # «ګواښ کړی» (has threatened: «کړی» folds to «کړي», "may do"): a threat made
    ordered = _ORDERED.search(folded, max(0, start - 30), start) and _REMOVAL.match(folded, start)
    if cue and cue["hyp"] and _WANTED.fullmatch(cue.group()) and _OWN_VERB.search(cue.string, cue.end()):
        cue = None  # «… را که می‌خواستند از مرز بگذرند به ضرب گلوله کشتند»: the wish had a verb of its own
    return bool(cue and cue["hyp"]) or bool(purpose or generic or ordered) or bool(after)


# A wish or an intention whose own (subjunctive) verb comes before the trigger: «که می‌خواستند از مرز
# بگذرند کشتند», «که قصد داشتند به ایران بروند»; the trigger after it is what happened to them.
_WANTED = compile_folded(r"(?:می\s?خواستند|میخواستند|قصد|به قصد)\s*")
_OWN_VERB = compile_folded(
    r"(?<!\w)(?:ب(?!ه(?!\w))\S+(?:ند|د)|عبور\s+کنند|فرار\s+کنند|(?:\S+\s+)?کنند|نمایند)(?!\w)"
)


# "ordered their expulsion to Afghanistan once the appeal period has run out", «حکم اخراج آنان را صادر کرد»:
# a removal ordered is still to come (a flogging or an execution ordered is told as the sentence carried out).
_ORDERED = compile_folded(
    r"(?<!\w)(?:ordered|orders|order|ordering)\s+(?:their|his|her|the|its)\s+(?:\S+\s+)?$|"
    r"(?<!\w)(?:حکم|دستور|امر)\s+$"
)
_REMOVAL = compile_folded(r"expulsion|deportation|removal|اخراج|ایستل|شړل")


_THREAT_NOUN = compile_folded(r"ګواښ|تهدید|ګواښونه")
_MADE = compile_folded(r"\s*کړي")
