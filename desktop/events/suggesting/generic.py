"""Event words that report no incident of their own: no report received, a general case, a group told again.

"The team did not receive any report of a woman detained in Samangan" (none was), "what to do in the first
hour after a colleague disappears" (any colleague, any day), "The four women, who were … taken to the police
headquarters, were still being held" (the four told before). Works on the folded sentence text.
"""

from __future__ import annotations

from desktop.events.suggesting import compile_folded

# "did not receive any report of", "no reports of" («هیچ گزارشی از … دریافت نکردیم» is negated after it).
_NO_REPORT = compile_folded(
    r"(?<!\w)(?:no|any|not a single)\s+(?:\w+\s+)?(?:reports?|cases?|information|accounts?|complaints?)\s+"
    r"(?:of|about|on)\s+(?:\S+\s+){0,4}$"
)

# "after a colleague disappears", "when someone is arrested", "once a detainee is released": anyone.
_WHEN_ANY = compile_folded(
    r"(?<!\w)(?:after|when|whenever|once|if|before|until|in case)\s+"
    r"(?:(?:a|an|any|someone|somebody|anyone|one|your|a\s+family's)\s+)?(?:\S+\s+){0,2}?"
    r"(?:is\s+|gets\s+|are\s+|get\s+)?$"
)
_PRESENT = compile_folded(r"\w+[^s\W]s|\w+(?:ed|en)")  # "disappears", "detained" (after "is")
_BE_BEFORE = compile_folded(r"(?<!\w)(?:is|gets|are|get)\s+$")

# "The four women, who …", "These three men …", «این چهار زن …», «دغه څلور ښځې …»: people counted before.
_COUNTED_GROUP = compile_folded(
    r"^\W*(?:the|these|those|all|both|این|همین|آن|دغه|دا)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|دوه|درې|څلور|پنځه|شپږ|اووه|اته|لس)\s+\S+\s*[,،]?\s*"
    r"(?:who|whom|که|چې)(?!\w)"
)


def no_report_of(folded: str, start: int) -> bool:
    """The event's words follow "no report of" / "any report of": none was reported."""
    return bool(_NO_REPORT.search(folded, max(0, start - 80), start))


def any_one(folded: str, start: int, end: int) -> bool:
    """The event is said of anyone, in the present ("after a colleague disappears", "when someone is
    arrested"): a general case, not an incident."""
    if not _WHEN_ANY.search(folded, max(0, start - 40), start):
        return False
    passive = _BE_BEFORE.search(folded, max(0, start - 8), start)
    return bool(_PRESENT.fullmatch(folded, start, end)) and (passive is not None or folded[end - 1] == "s")


def counted_group_again(folded: str) -> bool:
    """The sentence opens with a counted group told before, described in a relative clause ("The four
    women, who were pushed into a minivan and taken to …, were still being held")."""
    return bool(_COUNTED_GROUP.search(folded))
