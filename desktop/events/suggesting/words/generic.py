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


# "the brother is sure the killing is linked to the shura": the event named by its noun, told before.
_THE_NOUN = compile_folded(
    r"(?:killing|murder|arrest|detention|abduction|disappearance|deportation|beating|flogging|execution)s?"
)
_OF_SOMEONE_NEW = compile_folded(
    r"\s+of\s+(?:a|an|another|\d+|two|three|four|five|six|seven|eight|nine|ten|at least|more than|about)\b"
)
_THE_BEFORE = compile_folded(r"(?<!\w)the\s+$")

# "people talk about two girls flogged", "there is talk of", «شایعه», Pashto «اوازه»: a rumour, not a report.
_RUMOUR = compile_folded(
    r"(?<!\w)(?:people|residents|villagers|some|locals)\s+(?:talk|talked|are talking|speak|spoke|whisper)\s+"
    r"(?:about|of)(?!\w)|there (?:is|was) talk of|rumou?rs?\s+(?:of|that|about)|it is rumou?red|"
    r"(?<!\w)(?:شایعه|شایعات|اوازه|آوازه)"
)


def the_event_again(folded: str, start: int, end: int) -> bool:
    """ "the killing", "the arrest" (not "the killing of a teacher"): the event told before, named again."""
    named = _THE_BEFORE.search(folded, max(0, start - 4), start) and _THE_NOUN.fullmatch(folded, start, end)
    return bool(named) and not _OF_SOMEONE_NEW.match(folded, end)


def rumour(folded: str, start: int) -> bool:
    """The event's words follow talk or a rumour ("people talk about two girls flogged")."""
    return bool(_RUMOUR.search(folded, 0, start))


# "Keep as killing, no perpetrator.", "logged as a detention": a note-taker filing a case, not an event.
_FILED_AS = compile_folded(
    r"(?<!\w)(?:keep|kept|keeping|log|logged|record|recorded|count|counted|classify|classified|file|filed|"
    r"enter|entered|code|coded|treat|treated)\s+(?:it\s+|this\s+|them\s+|him\s+|her\s+)?as\s+(?:an?\s+)?$"
)
# 'A "deportation" is a return the person did not choose': a definition of a word, with invented events.
_DEFINITION = compile_folded(
    r"^\W*(?:an?|the)?\s*[\"“«‘'][^\"”»’']{1,40}[\"”»’']\s+(?:is|are|means|refers to|covers)(?!\w)|"
    # «اخراج» به بازگشتی گفته می‌شود که …, «اخراج» یعنی …, Pashto «اخراج» هغه ستنېدنې ته ویل کېږي چې …
    r"^\W*[«\"“][^»\"”]{1,40}[»\"”]\s+(?:(?:به\s+)?(?:\S+\s+){0,4}?گفته می شود|یعنی|عبارت است از|"
    r"(?:\S+\s+){0,4}?ته ویل کېږی|(?:\S+\s+){0,4}?ته ویل کیږی|معنا لری)"
)


def filed_as(folded: str, start: int) -> bool:
    """The event's word names the category a case is filed under ("Keep as killing")."""
    return bool(_FILED_AS.search(folded, max(0, start - 30), start))


def defines(folded: str) -> bool:
    """The sentence defines a quoted word ('A "deportation" is …') or states the law ("Under international
    law, an enforced disappearance occurs when …", "the Covenant, which prohibits arbitrary arrest"): its
    events are examples."""
    return bool(_DEFINITION.search(folded) or _LAW.search(folded))


# The law stated, not an incident: "Under international law, …", "… occurs when", "… is defined as", "which
# prohibits", "guarantees freedom from", «طبق قوانین بین‌المللی», «منع کرده است».
_LAW = compile_folded(
    r"(?<!\w)(?:under (?:international|afghan|domestic|the) (?:\S+ )?law|occurs? when|(?:is|are) defined as|"
    r"(?:which|that) (?:prohibits?|bans?|forbids?|outlaws?|criminali[sz]es?)|prohibits? (?:arbitrary|torture|"
    r"enforced)|(?:is|are) (?:a )?party to the|freedom from (?:torture|arbitrary)|"
    r"طبق قوانین بین المللی|بر اساس قوانین بین المللی|منع کرده است|ممنوع کرده است|تعریف شده)(?!\w)"
)


# "released the next morning with a warning not to come back", «با اخطار رها شد», «په خبرداري خوشې شو»: the
# terms of a release, not a statement or a threat of its own.
_RELEASED_WITH = compile_folded(
    r"(?<!\w)(?:released|freed|let go|sent home)\s+(?:\S+\s+){0,4}?(?:with|after|on)\s+(?:a\s+|an\s+)?$|"
    r"(?<!\w)(?:با|به|په)\s+$"
)
_RELEASED_AFTER = compile_folded(r"\s+(?:\S+\s+){0,2}?(?:رها|آزاد|خوشې|خوشی)")


def release_terms(folded: str, start: int, end: int) -> bool:
    """The warning is how someone was released ("released … with a warning", «با اخطار رها شد»)."""
    english = _RELEASED_WITH.search(folded, max(0, start - 60), start)
    return bool(
        english
        and (
            english.group().startswith(("released", "freed", "let", "sent"))
            or _RELEASED_AFTER.match(folded, end)
        )
    )


# "Ten days after my husband was taken, …", "Since his arrest, …", «ده روز پس از بازداشت شوهرم، …», Pashto «د
# ورور له نیول کېدو وروسته، …»: a clause opening the sentence that dates what follows by an event told before.
_TIME_CLAUSE_OPENS = compile_folded(
    r"^\W*(?:\S+\s+){0,3}?(?:after|since|following|before|پس از|بعد از|از زمان|پیش از|له)\s"
)
_TIME_CLAUSE_CLOSES = compile_folded(r"^[^,،;:.]{0,40}?(?:وروسته|راهیسې|وړاندې)?\s*[,،]\s*\S+(?:\s+\S+){2}")


def dating_clause(folded: str, start: int, end: int) -> bool:
    """The event's words are in a clause opening the sentence that dates the rest by them ("Ten days after
    my husband was taken, my brother-in-law left …"): the event told before, not a new one."""
    opens = _TIME_CLAUSE_OPENS.match(folded)
    return opens is not None and opens.end() <= start and _TIME_CLAUSE_CLOSES.match(folded, end) is not None
