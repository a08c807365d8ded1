"""Sentences about how events are recorded, not reports of events: counting rules and quoted examples.

A methodology note says "If three men are detained in Achin …, we record one detention" or "A person who
flees Ghazni for Kabul is recorded as fleeing from Ghazni": a rule in the present tense, whose events are
invented. Works on the folded sentence text (`script.fold`), like `clauses`.
"""

from __future__ import annotations

import re

from desktop.events.suggesting import compile_folded

# "we record one detention", "we enter one ill-treatment entry", "we do not divide it", «ثبت می‌کنیم», «ثبتوو»:
# the author's own practice in the present tense ("we recorded 12 killings" is a report).
_WE_RECORD = compile_folded(
    r"(?<!\w)we\s+(?:\w+ly\s+)?(?:do not\s+|don't\s+|never\s+|only\s+|always\s+)?"
    r"(?:record|enter|count|code|log|classify|register|make (?:a|one) (?:single )?entry|treat|divide)(?!\w)|"
    r"(?<!\w)(?:ثبت|درج|حساب|شمارش|دسته بندی)\s+(?:نمی|می)\s+کنیم(?!\w)|"
    r"(?<!\w)(?:ثبتوو|نه ثبتوو|شمېرو|حسابوو|داخلوو)(?!\w)"
)
# "is recorded as fleeing from Ghazni", "are counted against the country", «ثبت می‌شود», «ثبتېږي»: a rule.
_IS_RECORDED = compile_folded(
    r"(?<!\w)(?:is|are)\s+(?:\w+ly\s+)?(?:recorded|counted|entered|coded|logged|classified|registered|treated)"
    r"\s+(?:as|against|under|once|separately|only|where|in the province)(?!\w)|"
    r"(?<!\w)(?:ثبت|درج|حساب|شمرده|شمارش)\s+(?:نمی|می)\s+(?:شود|شوند)(?!\w)|"
    r"(?<!\w)(?:ثبتېږی|ثبتیږی|شمېرل کېږی|شمیرل کیږی|حسابېږی|حسابیږی)(?!\w)"
)
# 'a sentence such as "at least 40 people were detained …"': a quoted example of a wording.
_EXAMPLE_QUOTE = compile_folded(
    r"(?<!\w)(?:such as|like|for example|for instance|e\.g\.|مانند|مثل|مثلا|به طور مثال|لکه|د بېلګې په توګه)"
    r"\s*[\"“«][^\"”»]*[\"”»]"
)


def quoted_examples(folded: str) -> list[tuple[int, int]]:
    """The spans of wordings quoted as examples ('a sentence such as "at least 40 people were detained …"',
    «جمله‌ای مانند «…»»): their events are invented, not those of the words around them ("arrested on charges
    such as "propaganda"" still reports the arrest)."""
    return [m.span() for m in _EXAMPLE_QUOTE.finditer(folded)]


# "with invented examples", «با نمونه‌های ساختگی», «فرضي بېلګې»: the sentence's cases are made up.
_INVENTED = compile_folded(
    r"(?<!\w)(?:invented|fictional|fictitious|made-up|hypothetical|imaginary) "
    r"(?:examples?|cases?|scenarios?)|"
    r"for illustration|(?:نمونه|نمونه های|مثال|مثال های|مورد|موارد) (?:ساختگی|فرضی|خیالی)|"
    r"(?:فرضي|جوړې شوې|خیالي) (?:بېلګې|بیلګې|بېلګه|پېښې)(?!\w)"
)
# 'if a family says "he disappeared after a summons"', «اگر خانواده‌ای بگوید «…»»: a case imagined.
_IF_SOMEONE_SAYS = compile_folded(
    r"(?<!\w)(?:if|when|اگر|هرگاه|که چیرې|که چېرې)\s+(?:\S+\s+){0,6}?"
    r"(?:says?|writes?|tells?|reports?|claims?|بگوید|بنویسد|گزارش دهد|ادعا کند|ووایي|ولیکي)\s+"
    r"(?:that\s+|که\s+|چې\s+)?(?:\S+\s+){0,3}?[\"“«]"
)


# A rule names no day and no number outside its quoted examples ("His death on 3 May is recorded as suicide
# by the prison" reports one).
_QUOTED = re.compile(r"[\"“«][^\"”»]*[\"”»]")
_DAY_OR_NUMBER = compile_folded(
    r"\d|(?<!\w)(?:january|february|march|april|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last week|شنبه|یکشنبه|دوشنبه|"
    r"سه شنبه|چهارشنبه|پنجشنبه|جمعه|دیروز)(?!\w)"
)


_QUOTE_MARKS = ('"', "“", "«")
_RECORD_STEMS = (
    "record", "enter", "count", "code", "log", "classif", "regist", "treat", "divide", "entry",
    "ثبت", "درج", "حساب", "شمار", "شمرده", "دسته", "شمېر", "شمیر", "داخلوو",
)  # fmt: skip


def states_a_rule(folded: str) -> bool:
    """The sentence states how events are recorded, imagines a case or quotes an example wording: its events
    are invented."""
    quotes = any(q in folded for q in _QUOTE_MARKS)
    if _INVENTED.search(folded) or (quotes and _IF_SOMEONE_SAYS.search(folded)):
        return True
    if not any(stem in folded for stem in _RECORD_STEMS):  # most sentences: no word of recording at all
        return False
    recorded = _WE_RECORD.search(folded) or _IS_RECORDED.search(folded)
    return bool(recorded) and not _DAY_OR_NUMBER.search(_QUOTED.sub(" ", folded))
