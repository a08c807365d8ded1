"""Triggers that name an event without reporting a new one: a restatement ("these detentions"), a state
("still in detention"), a cause or charge, background ("who had been arrested in May"), a sum ("in total").

Works on the folded sentence text (`script.fold`): lower case, unified Arabic-script letters and digits.
"""

from __future__ import annotations

from desktop.events.numbers import WORD_VALUES
from desktop.events.suggesting import compile_folded
from desktop.events.suggesting.words.mentions import CHARGE

# "these detentions", "این بازداشت‌ها": the sentence points back at events already reported.
_ANAPHOR = compile_folded(
    r"(?<!\w)(?:these|those|such|this|that|the same|the said|his|her|their|این|آن|همین|همان|دغه|دا|"
    r"د هغه|د هغې|د دوی)\s+"
    # "since that day we have no news", «از همان روز هیچ خبری»: a time, not an event pointed back at
    r"(?!(?:day|night|week|month|year|time|روز|شب|هفته|ماه|سال|وقت|زمان|ورځ|شپه|اونۍ|میاشت|وخت)\s)"
    # "a fifth man from the same village picked up at dawn": a place or a group, not the event again
    r"(?!(?:village|district|province|area|city|town|house|home|street|checkpoint|family|tribe|mosque|bazaar|"
    r"market|school|camp|prison|قریه|روستا|ولسوالی|ولایت|منطقه|کلي|ولسوالۍ|سیمه|کور|کورنۍ)\s)(?:\w+\s+)?$"
)
_ONE_OF = compile_folded(
    r"(?<!\w)(?:one|two|three|some|all|none|each|several|many|most|both|either|neither) of "
    r"(?:the|these|those) (?:\w+\s+){0,3}$"
)
_STATE = compile_folded(
    r"(?<!\w)(?:still|remain|remains|remained|هنوز|تاکنون هم|لا هم|اوس هم)\s+(?:\S+\s+){0,2}$"
)
# "about the killing of", "درباره قتل او": a mention of an event, in a sentence about something else.
_CAUSE_BEFORE = compile_folded(
    r"(?<!\w)(?:because of|due to|owing to|for fear of|fearing|"
    r"از ترس|درباره|در مورد|به دلیل|"
    r"به خاطر|پیرامون|"
    # the crime someone is accused of is not the event: "convicted of drug trafficking were hanged"
    r"convicted of|accused of|charged with|on charges? of|charges? of|guilty of|suspected of|"
    r"sentenced for|arrested for|executed for|به اتهام|به جرم|متهم به|به تهمت|"
    # what an arrest is linked to: "arrested two suspects in connection with the killings"
    r"in connection with|in relation to|linked to|confess(?:ed|ing)? to|"
    r"over the(?! (?:weekend|past|last|next|course|years?|months?|weeks?|days?|night|summer|winter|spring|"
    r"autumn|border|river))|"
    r"در پیوند با|در ارتباط با|در رابطه با|په تړاو|"
    # what is said about an event reported before: "the motive for the killing", «انگیزه قتل او»
    r"motives? (?:for|behind|of)|reasons? for|circumstances of|انگیزه|علت|دلیل|انګیزه|لامل)\s+"
    r"(?:(?!(?:was|were|is|are|has|have|had|been|and|then)\s)\S+\s+){0,2}$"
)
# "Running away from home" named among the crimes of a charge: «به جرم‌های سرقت، زنا و فرار از منزل», "on
# charges of theft and running away from home", Pashto «له کوره د تېښتې په تور»: a crime, not a flight.
_FROM_HOME = compile_folded(r"\s+(?:از منزل|از خانه|from home|له کوره)(?!\w)")
_CAUSE_AFTER = compile_folded(
    # «… تا به قتل اعتراف کنند» (to make them confess to murder): what they were made to confess
    r"\S*\s+(?:له\s+امله|په\s+تور|په\s+جرم)(?!\w)|\s+(?:\S+\s+){0,3}?(?:اعتراف|اعتراف\S*|اقرار)(?!\w)"
)
# "who had been arrested in May", "که در ماه ثور بازداشت شده بود": what happened before the sentence's
# own event (background, when the sentence reports another event in its main clause).
_BACKGROUND_BEFORE = compile_folded(
    r"(?<!\w)(?:had|having|'d)\s+(?:(?:already|previously|earlier|first|also|been|just)\s+){0,2}"
    r"(?:\w+ly\s+)?$"
)
_BACKGROUND_AFTER = compile_folded(
    r"^\S*\s+(?:\S+\s+)?(?:بود|بودند)(?!\w)|^\S*\s+(?:شوی|شوي|شوې|کړی|کړي)\s+(?:و|وو|وه)(?!\w)"
)
_OPENING_THE = compile_folded(r"\W*the\s+")
_SUMMARY = compile_folded(
    r"(?<!\w)(?:in total|in all|altogether|overall|a total of|total of|combined|in sum|taken together|"
    r"so far this (?:week|month|year)|to date|this brings|brings the (?:total|number)|"
    # "five staff have now been taken into custody in 2026": a running total
    r"(?:have|has)\s+now\s+been\s+(?:\S+\s+){1,5}?(?:in\s+\d{4}|this\s+(?:year|month)|since)|"
    # "Summary: the extract covers seven people detained …", «جمع‌بندی:», «لنډیز:»
    r"^\W*(?:summary|in summary|to sum up|جمع بندی|خلاصه|لنډیز)\s*[:\-–—]|"
    # "**Totals for August so far:** 2 killed, …", "Total this month: …", «مجموع: …»
    r"^\W*(?:totals?|running totals?|مجموع|جمع کل|ټولټال)(?:\s+[^\s:]+){0,5}?\W*[:\-–—]|"
    # "Key figures restated: …", "Highlights:", «ارقام کلیدی:», «مهمې شمېرې:»: the cases added up again
    r"^\W*(?:key (?:figures|facts|numbers|messages?|points|findings)|highlights|at a glance|in brief|"
    r"ارقام کلیدی|نکات کلیدی|نکات عمده|مهمې شمېرې|مهم ټکي)(?:\s+\w+)?\s*[:\-–—]|"
    # "Of the 13 civilians killed in October, nine died in the Jalalabad mosque blast, three in Dangam …":
    # the period's dead counted again, by place
    r"^\W*of the \S+\s+(?:\S+\s+){0,2}?(?:killed|dead|detained|arrested|deported|abducted|executed|flogged)"
    r"\s+(?:in|during|since|this|last|so far)(?=\s)|"
    r"(?:covers?|covering|includes?|including|lists?|listing)\s+(?:a total of\s+)?\S+\s+"
    r"(?:people|persons|cases|individuals|incidents|victims)|"
    r"در مجموع|مجموعا|همدا ټول|ټول ټال|په ټوله کې|په ټولیزه توګه|په مجموع کې|په مجموعي توګه|در کل|"
    # "the incidents are set out below", "as detailed below", «به شرح زیر», «په لاندې ډول»: the cases follow
    r"(?:are|is|were)\s+(?:set out|listed|detailed|described|broken down|given)\s+(?:\S+\s+)?(?:below|above)|"
    r"as follows|به شرح زیر|په لاندې ډول|"
    # "the number of women detained … has thus reached nine", «بدین ترتیب، شمار … به نه تن رسیده است», «… د
    # نیول شویو ښځو شمېر نهو تنو ته ورسېد»: the number reached
    r"(?:number|total|tally|toll) of \w+\s+(?:\S+\s+){0,14}?(?:has\s+|have\s+)?(?:\w+\s+)?"
    r"(?:reached|risen to|rose to|climbed to|now stands at|stands at)|"
    r"(?:شمار|تعداد|شمېر|شمیر)\s+(?:\S+\s+){1,14}?(?:به|ته)\s+(?:\S+\s+){1,3}"
    r"(?:رسید\w*|رسیده\w*|ورسېد\w*|ورسید\w*|می رسد|رسد|رسېږ\w*|رسیږ\w*))(?!\w)"
)
# «بازداشت او را … تأیید کرد» (his detention): the event of someone already named.
_VERB_AFTER = compile_folded(r"\s+\S+\s+(?:شد|شدند|کرد|کردند|گردید)(?!\w)")  # «بازداشت او شد» is no noun
_POSSESSED_AFTER = compile_folded(r"\s+(?:او|وی|آنان|آنها|ایشان)(?!\w)")


def _possessed(folded: str, start: int, end: int) -> bool:
    """A one-word event noun with a possessor after it («بازداشت او», not «هیچ خبری از او»)."""
    one_word = " " not in folded[start:end].strip()
    return one_word and bool(_POSSESSED_AFTER.match(folded, end)) and not _VERB_AFTER.match(folded, end)


# "All seven were held without access to a lawyer", «هر هفت تن …»: the people counted before.
_ALL_OF = compile_folded(
    r"\W*(?:all|each|every one)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+|them\s+)?(?:\S+\s+){0,2}?"
    r"(?:were|was|are|had|have)\s+(?:\S+\s+){0,2}$|\W*(?:هر|همه)\s+(?:\S+\s+){1,3}$"
)
# "Relatives of all four have been told they are held …", «هر چهار تن», «څلور واړه»: the people counted
# before, wherever in the sentence they are named
_NUMBER_WORDS_EN = "|".join(
    sorted((w for w, n in WORD_VALUES.items() if w.isascii() and n >= 2), key=len, reverse=True)
)
_ALL_NUMBER = compile_folded(
    rf"(?<!\w)(?:all|all of the)\s+(?:\d{{1,4}}|{_NUMBER_WORDS_EN})(?!\w)|"
    r"(?<!\w)هر\s+(?:دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|\d{1,3})\s+(?:تن|نفر|شان|نفرشان|زن|مرد)(?!\w)|"
    r"(?<!\w)(?:دوه|درې|دری|څلور|پنځه|شپږ|اووه|اته|\d{1,3})\s+واړه(?!\w)|"
    r"(?<!\w)ټول\s+(?:دوه|درې|دری|څلور|پنځه|شپږ|اووه|اته|\d{1,3})(?!\w)"
)
# «… در همان بازار دستگیر شد» (was arrested in the same bazaar): a verb reports, whatever "same" before it.
_FINITE = compile_folded(r"\s(?:شد|شدند|کرد|کردند|گردید|گردیدند|شو|شول)$")
_FINITE_AFTER = compile_folded(r"\s+(?:شد|شدند|کرد|کردند|گردید|گردیدند|شو|شول)(?!\w)")


def is_restatement(folded: str, start: int, end: int | None = None) -> bool:
    """ "these detentions", "The arrests came after …", "one of the three activists detained on 3 March was
    released": words pointing back at events reported before."""
    # «از همین مرز اخراج شدند» (were expelled through the same border): the verb after a one-word trigger too
    verb = end is not None and bool(_FINITE.search(folded, start, end) or _FINITE_AFTER.match(folded, end))
    return bool(
        (_ANAPHOR.search(folded[max(0, start - 30) : start]) and not verb)
        or _ALL_OF.match(folded, 0, start)
        or _ALL_NUMBER.search(folded, 0, start)
        or _OPENING_THE.fullmatch(folded, 0, start)
        or _ONE_OF.search(folded, max(0, start - 40), start)
        or (end is not None and _possessed(folded, start, end))
    )


def is_state(folded: str, start: int) -> bool:
    """ "still in detention", "هنوز در بازداشت‌اند": how things stand, not a new event."""
    return bool(_STATE.search(folded, max(0, start - 30), start))


def is_cause(folded: str, start: int, end: int) -> bool:
    """ "fled because of threats", "د ګواښونو له امله": the event is given as a cause of another."""
    if _MAIN_VERB.search(folded, start, end) or _MAIN_VERB_AFTER.match(folded, end):
        return False  # «به اتهام نگهداری سلاح بازداشت شدند»: the charge stands before the verb, not in it
    if _PASHTO_PAST.fullmatch(folded, start, end):
        return False  # «درې تنه د دې برید په تړاو ونیول»: arrested in connection with the attack (a verb)
    return bool(
        _CAUSE_BEFORE.search(folded, max(0, start - 25), start)
        or (_FROM_HOME.match(folded, end) and bool(CHARGE.search(folded, max(0, start - 70), start)))
        or _CAUSE_AFTER.match(folded, end)
        or _CITING.search(folded, max(0, start - 90), start)
        or _MARKS_OF.search(folded, max(0, start - 25), start)
        or _MARKS_AFTER.match(folded, end)
    )


# "… have left Gomal for Sharana, citing house searches for weapons and the arrests on the road": the reasons
# people give for leaving, each a mention.
# (not "a bombing that officials blamed on ISKP, police arrested …": whom an attack is blamed on)
_CITING = compile_folded(r"(?<!\w)(?:citing|cited|blaming|blamed)(?!\s+(?:it\s+)?on\s)\s+[^.;:]*$")
# "the body bore marks of beating", «پر بدن یې د وهلو نښې وې», «آثار شکنجه»: what a body showed
_MARKS_OF = compile_folded(
    r"(?<!\w)(?:marks?|signs?|traces?|bruises?|evidence)\s+of\s+(?:\S+\s+)?$|"
    r"(?<!\w)(?:body|bodies|corpses?)\s+(?:\S+\s+){0,2}?(?:bearing|showing|bore|showed)\s+(?:\S+\s+){0,2}?$|"
    r"(?<!\w)(?:آثار|نشانه|نشانه های|اثرات|علایم)\s+$"
)
_MARKS_AFTER = compile_folded(r"\s+(?:نښې|نښه|نښانې|نښان)(?!\w)")


_PASHTO_PAST = compile_folded(r"و(?:نیول|نیوه|نیوو|نیو|وژل|وژله|وژلو|تښتول|تښتوه|شړل|ځړول|وهل|ډبول)\S*")
_MAIN_VERB = compile_folded(r"\s(?:شد|شدند|کرد|کردند|گردید|گردیدند|شو|شول|کړل|کړ)$")
# (and the perfect: «… درباره کمبود معلم بازداشت شده بود», not «درباره افراد بازداشت شده»)
_MAIN_VERB_AFTER = compile_folded(
    r"\s+(?:شد|شدند|کرد|کردند|گردید|گردیدند|شو|شول|کړل|کړ|(?:شده|گردیده)\s+(?:بود|بودند|است|اند))(?!\w)"
)


def is_background(folded: str, start: int, end: int) -> bool:
    """ "who had been arrested in May", "بازداشت شده بود": an event before the one the sentence reports."""
    return bool(
        _BACKGROUND_BEFORE.search(folded, max(0, start - 40), start) or _BACKGROUND_AFTER.match(folded[end:])
    )


# "took him, his two brothers and a cousin — four men in all": the people just named, counted once.
_PEOPLE_IN_ALL = compile_folded(r"[—–,]\s*\S+\s+(?:\S+\s+)?in all(?!\w)")


def is_summary(folded: str) -> bool:
    """ "in total", "altogether", "در مجموع": the sentence adds up events."""
    return bool(_SUMMARY.search(_PEOPLE_IN_ALL.sub(" ", folded)))
