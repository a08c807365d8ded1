"""What a sentence carries over from the ones before: the people or events it refers back to ("they",
"the detainees", "a fifth woman"), and whether it looks back in history or speaks of now.

Works on the folded sentence text (`script.fold`): lower case, unified Arabic-script letters and digits.
"""

from __future__ import annotations

from desktop.events.suggesting import compile_folded

_PEOPLE_OF = compile_folded(
    r"(?<!\w)(?:(?P<detained>detainees|those detained|the detained|بازداشت شدگان|زندانیان|بندیان)|"
    r"deportees|returnees|those deported|اخراج شدگان|عودت کنندگان|بیرته راستانه شوي)(?!\w)"
)
_PLURAL_SUBJECT = compile_folded(
    r"(?<!\w)(?:they|them|the (?:men|women|detainees|victims|soldiers|brothers|returnees|deportees|group)|"
    r"all of them|these (?:men|women|people|individuals|detainees)|آنان|آنها|ایشان|هغوی|دوی|این افراد|"
    r"این اشخاص|این کسان|این مردان|دغه کسان|دغه کسان|دغه سړي)(?!\w)"
)
_REFERS_BACK = compile_folded(
    r"(?<!\w)(?:also|too|the same|same|other|others|more(?!\s+than)|another|further|همچنین|نیز|همان|دیگر|هم|"
    r"the (?:men|man|women|woman|"
    r"detainees?|victims?|soldiers?|officers?|brothers|family|families|"
    r"former \w+)|they|them|he|she|him|his|her|their|one of them|two of them|both|"
    r"(?:my|our|the) (?:client|son|daughter|brother|sister|father|mother|husband|wife|cousin|uncle|nephew|"
    r"relative|colleague)s?|"
    r"we|us|(?:that|the same) (?:camp|prison|jail|cell|room|place|centre|center|post|station|hall)|"
    r"آنان|آنها|او|وی|ایشان|این|\S+ شدگان|هغوی|هغه|دغه)(?!\w)"
)
# "have since left", "now", «اکنون»: the sentence speaks of the present, whatever the history before it.
_RECENT = compile_folded(
    r"(?<!\w)(?:(?:has|have) since|now|recently|currently|this (?:week|month|year)|اکنون|اخیرا|هم اکنون|"
    r"حالا|اوس|پدې وروستیو کې)(?!\w)"
)
_HISTORICAL_CUE = compile_folded(
    r"(?<!\w)(?:(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|several|many|"
    r"\d{1,3})[\s-]+(?:years|decades)\s+(?:ago|earlier|before)|decades ago|(?:some |many )?years ago|"
    # "has been shelled since 2022, when dozens of families left": what happened that year
    r"since (?:19|20)\d\d,? when|"
    r"in the (?:early |mid-|mid |late )?(?:19|20)\d0s|"
    r"during the civil war|during (?:the|their) (?:first|previous|earlier) (?:rule|regime)|"
    r"a decade ago|(?:\d+|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|بیست|سی|چهل|پنجاه|چند)\s+(?:سال|دهه)\s+(?:پیش|قبل)|"
    r"در دهه\s+\S+|دوره اول|"
    # "since the Soviet invasion", "after the Soviet intervention", «پس از تهاجم شوروی», «د شوروي یرغل»
    r"(?:the\s+)?soviet (?:invasion|intervention|occupation|war|withdrawal|era|period)|"
    r"(?:تهاجم|اشغال|تجاوز|حمله|دوران|دوره|جنگ|خروج) (?:قوای |نیروهای |اتحاد )?شوروی|"
    r"د (?:پخواني )?شوروي (?:یرغل|اشغال|جګړ\w*|وتل\w*))(?!\w)"
)
# An era before the present one: "during the republic", «در دوران جمهوریت», «د جمهوریت پر مهال».
_ERA = compile_folded(
    r"(?<!\w)(?:"
    r"(?:during|under) the (?:former |previous |last |ousted )?(?:republic|republican government|"
    r"(?:former|previous|last|ousted) (?:government|regime|administration))|"
    r"(?:در|طی) (?:دوران|دوره|زمان|دوره ی|زمان حکومت|دوران حکومت) (?:جمهوریت|حکومت پیشین|حکومت قبلی|"
    r"حکومت سابق|نظام پیشین|نظام قبلی|جمهوری اسلامی)|"
    r"د (?:جمهوریت|تیر حکومت|پخوانی حکومت|پخواني حکومت|تېر حکومت|پخوانی نظام|پخواني نظام) "
    r"(?:پر|په) (?:مهال|وخت|دوران|دوره|دور)(?!\w)"
    r")(?!\w)"
)


# The country's authorities: their orders apply everywhere, not in the province of the last incident.
def people_of(folded: str) -> str | None:
    """The event type whose people the sentence names ("the detainees": detention; "deportees")."""
    found = _PEOPLE_OF.search(folded)
    return None if found is None else "detention" if found["detained"] else "deportation"


def plural_subject(folded: str) -> bool:
    """The sentence speaks of people already counted: "They were …", "held the men", "آنان …"."""
    found = _PLURAL_SUBJECT.search(folded, 0, 80)
    if found is None or _ONE_OF_THEM.match(folded):
        return False  # "The body of one of them was found": one of the people counted
    # "He went to bring them food … and he did not come back either": one man; "them" is whom he went to see
    single = _SINGULAR_FIRST.match(folded)
    return single is None or single.end() > found.start()


_ONE_OF_THEM = compile_folded(
    r"^\W*(?:\S+\s+){0,3}?(?:one|another|the (?:youngest|eldest|oldest)) of (?:them|the|those|these)(?!\w)|"
    r"^\W*(?:\S+\s+){0,3}?یکی (?:دیگر )?از (?:آنان|آنها|ایشان|این|همین|بازداشت)|"
    r"^\W*(?:\S+\s+){0,3}?(?:له دوی|له هغوی) (?:څخه )?(?:یو|یوه)(?!\w)"
)
_SINGULAR_FIRST = compile_folded(r"^\W*(?:\S+\s+){0,2}?(?:he|she|او|وی|هغه)(?!\w)")


# "A fifth woman …", "A third journalist from the same station …", «نفر پنجم», «پنځم سړی»: one more person
# of the incident told before, where it happened.
_ORDINAL_PERSON = compile_folded(
    r"^\W*(?:(?:a|an|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth)\s|"
    r"(?:\S+\s+){0,2}?(?:\S*(?:دوم|سوم|چهارم|پنجم|ششم|هفتم)ی?|نفر\s+(?:دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|"
    r"یازدهم|دوازدهم|سیزدهم|چهاردهم|پانزدهم))(?!\w)|"
    r"(?:\S+\s+){0,2}?(?:دویم|دریم|څلورم|پنځم|شپږم)\s)"
)


def ordinal_person(folded: str) -> bool:
    """The sentence opens with one more person ("A fifth woman, a lecturer, was arrested …")."""
    return bool(_ORDINAL_PERSON.search(folded))


# "A second group of 30 men", "a third wave": one more group or time, not one more person
_ORDINAL_GROUP = compile_folded(
    r"^\W*(?:a|an)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:group|batch|wave|round|convoy|bus|busload|time|day|night|incident|case|report|attack|raid|operation|"
    r"letter|warning|summons|family|families|village|house|checkpoint)(?!\w)"
)
_INDEFINITE = compile_folded(r"^\W*(?:a|an)\s")  # "A fourth trader", not "The second man" (one told before)


def one_more_person(folded: str) -> bool:
    """The sentence opens with one more person ("A fourth trader from the same row …"), not one more group
    ("A second group of 30 men"): one person, whatever count the sentence names besides."""
    return (
        ordinal_person(folded) and _INDEFINITE.match(folded) is not None and not _ORDINAL_GROUP.search(folded)
    )


def refers_back(folded: str) -> bool:
    """The sentence speaks of people already mentioned ("the men", "he", "one of them", "آنان")."""
    return bool(_REFERS_BACK.search(folded[:120]))


def era_cue(folded: str) -> bool:
    """ "during the republic", "under the former government", «در دوران جمهوریت», «د جمهوریت پر مهال»: an
    era before the present one (history when nothing in the clause dates the event now)."""
    return any(not _SERVED.search(folded, max(0, m.start() - 40), m.start()) for m in _ERA.finditer(folded))


# "men who had served under the former government", «که در دوران جمهوریت خدمت کرده بودند»: whom, not when
_SERVED = compile_folded(
    r"(?<!\w)(?:who|whom|that|served|serving|worked|working|employed|officers?|officials?|soldiers?|members?|"
    r"که|چی|چې|خدمت|کار)(?!\w)"
)


def historical_cue(folded: str) -> bool:
    """ "twenty years ago", "in the 1990s", "بیست سال پیش": the sentence looks back in history."""
    return bool(_HISTORICAL_CUE.search(folded))


def speaks_of_now(folded: str) -> bool:
    """ "relatives have since left for Kabul", «اکنون»: not the history a sentence before looked back to."""
    return bool(_RECENT.search(folded))
