"""Deaths in custody: a detainee who "died in the prison … after what fellow detainees described as a
beating by guards" (Dari «… پس از لت و کوب … در زندان جان باخت») was killed; the beating given as the cause
of that death is no torture of its own, and the detention centre it happened in («در بازداشتگاه … جان باخت»)
no detention. Works on the folded sentence text (`script.fold`), like `clauses`.
"""

from __future__ import annotations

from desktop.events.suggesting import compile_folded

_DIED = compile_folded(
    r"(?<!\w)(?:died|dies|death|جان باخت\w*|جان داد\w*|درگذشت\w*|فوت کرد\w*|فوت شد\w*|مړ شو\w*|ومړ)(?!\w)"
)
_CUSTODY = compile_folded(
    r"(?<!\w)(?:custody|prison|jail|cell|detention|"
    r"زندان|بازداشتگاه|بازداشت|حبس|توقیف|بندیخانه|بندی خانه)(?!\w)"
)
# The cause before the torture's word: "after what fellow detainees described as a beating", «پس از لت و کوب».
_AFTER = compile_folded(
    r"(?<!\w)(?:after|following|as a result of|signs of|marks of|traces of|پس از|بعد از|بر اثر|در اثر|به اثر|"
    r"در نتیجه|آثار|نشانه های|نښې)\s+(?:[^\s,;.]+\s+){0,6}$"
)


def cause_of_death(folded: str, start: int) -> bool:
    """The torture whose word starts at `start` of the folded sentence is the cause given for a death in
    custody the sentence tells."""
    if not (_DIED.search(folded) and _CUSTODY.search(folded)):
        return False
    return bool(_AFTER.search(folded, max(0, start - 70), start))


# A detention centre, a prison: "in the detention centre", «بازداشتگاه», «توقیفځای».
_FACILITY = compile_folded(r"\S*(?:گاه|گاه ها|گاه های|ځای|خانه)$|(?:centre|center|facility|custody)$")


def facility_of_death(folded: str, start: int, end: int) -> bool:
    """The detention word at folded [start, end) names the place of a death in custody the sentence tells
    («زندانی دیگری در بازداشتگاه … جان باخت»), not an arrest."""
    word = folded[start:end] + folded[end:].split(" ", 1)[0]
    return bool(_DIED.search(folded) and _FACILITY.search(word))


# Dari words for ill-treatment, written apart or joined: «لت و کوب», «لت‌وکوب» (folded «لت وکوب»), «لتوکوب».
_ILL_TREATMENT_FA = r"شکنجه|لت ?و ?کوب|بدرفتاری|آزار و اذیت|ضرب ?و ?شتم"

# Where someone was ill-treated: "torture in detention", "ill-treatment in custody", «شکنجه در بازداشت»,
# «لت و کوب در بازداشت»; Pashto puts it first: «په توقیف کې شکنجه».
_ILL_TREATED_IN = compile_folded(
    r"(?<!\w)(?:torture|tortured|ill-treatment|ill treatment|ill-treated|mistreatment|abuse|abused|beatings?|"
    r"beaten|" + _ILL_TREATMENT_FA + r")\S*\s+"
    # "beaten with sticks while held in a holding centre": what it was done with, then where
    r"(?:(?:with|by)\s+(?:[^\s,;.]+\s+){0,2}?)?"
    r"(?:in|while|while in|while (?:being )?held(?: in)?|during|در|در جریان|در زمان|حین|هنگام)\s+"
    r"(?:police\s+|\S+\s+)?$"
)
_IN_THEN_ILL_TREATED = compile_folded(r"^\s+کې\s+(?:\S+\s+)?(?:شکنج|وهل|ووهل|ټکول|لت)")


# «در زمان بازداشت با کیبل لت و کوب شده‌اند», "during their detention they were beaten": when, then what.
_DURING = compile_folded(
    r"(?<!\w)(?:during|throughout|در زمان|در جریان|در مدت|در دوران|حین|هنگام)\s+(?:their\s+|his\s+|her\s+)?$"
)
_THEN_ILL_TREATED = compile_folded(
    r"^\S*\s+(?:\S+\s+){0,5}?(?:beaten|tortured|ill-treated|abused|" + _ILL_TREATMENT_FA + r"|"
    r"کتک|شلاق|وهل|ووهل|شکنج)"
)


# «در بازداشتگاه با کیبل لت‌وکوب شده‌اند», "in the detention centre they were beaten": the place, then what.
_IN = compile_folded(r"(?<!\w)(?:در|in(?: the)?)\s+$")

_HELD_FOR = compile_folded(r"(?<!\w)(?:days?|nights?|hours?|weeks?|months?)(?!\w)")


def held_where_ill_treated(folded: str, start: int, end: int) -> bool:
    """The detention word at folded [start, end) says where someone was ill-treated ("torture in detention"),
    not an arrest of its own ("beaten during two days in custody" tells how long he was held: an arrest)."""
    if _HELD_FOR.search(folded, start, end):
        return False
    during = _DURING.search(folded, max(0, start - 20), start) or _IN.search(folded, max(0, start - 8), start)
    return bool(
        _ILL_TREATED_IN.search(folded, max(0, start - 45), start)
        or _IN_THEN_ILL_TREATED.match(folded[end:])
        or (during and _THEN_ILL_TREATED.match(folded[end : end + 80]))
    )
