"""Training, workshop and methodology documents: a document whose title or first line names a training,
a course, a workshop, a methodology or guidance speaks of events as topics ("how to document detention",
«چگونه گزارش‌های بازداشت … را ثبت کنند»); it reports only the incidents it tells as such, with a past
verb, a date, a place and the people it befell.

Works on the folded text (`script.fold`), like `clauses`.
"""

from __future__ import annotations

import re

from desktop.events.script import fold_str
from desktop.events.suggesting import compile_folded
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.when.dating import ArticleDates
from desktop.events.suggesting.words import statements

# The kind of document, named in its title: "Methodology note on …", «دوره آموزشی …», «روزنیز ورکشاپ».
_KIND = compile_folded(
    r"(?<!\w)(?:workshop|course(?! of)|seminar|methodology|methodological|guidelines|manual|handbook|toolkit|"
    r"curriculum|notes? on (?:our )?method|how we (?:record|document|count|verify|collect)|"
    r"(?:training|trainings|guidance)(?=\s+(?:note|on|for|course|session|programme|program|"
    r"workshop|manual|statement|announcement)(?!\w))|"
    r"دوره (?:های )?اموزشی|کارگاه\w*|روش شناسی|رهنمود\w*|راهنمای|سمینار|"
    r"روزنیز\w*|روزنه|ورکشاپ\w*|کړنلار\w*|لارښود\w*)(?!\w)"
)
# A title line too short to say what the document is ("Afghanistan Human Rights Monitor"): the next line
# says, when it is a title's line too, not the lead paragraph.
_SHORT_TITLE = 60
_TITLE_LINE = 120

# A title that reports harm done to someone is a news headline, whatever it names: "Balkh University lecturer
# beaten after criticising curriculum changes", «استاد … پس از سمینار لت و کوب شد».
_HARMED = compile_folded(
    r"(?<!\w)(?:beaten|beat|killed|shot|stabbed|abducted|kidnapped|attacked|assaulted|tortured|flogged|lashed|"
    r"whipped|threatened|wounded|injured|murdered|executed|missing|disappeared|"
    r"(?:لت و کوب|کشته|زخمی|ربوده|ناپدید|شکنجه|تهدید|ترور)\s+(?:شد|شدند|شده|گردید|گردیدند)|"
    r"ووژل|ووهل|وتښتول|ټپي شول)(?!\w)"
)
# A topic, a lesson, an instruction or a plan, not an incident: "how to", "should", «چگونه», «باید», «څنګه».
_LESSON = compile_folded(
    r"(?<!\w)(?:how to|how monitors|how field|should|must|will|would|learn\w*|teach\w*|practi[cs]e\w*|"
    r"for example|for instance|such as|"
    r"چگونه|چطور|باید|می اموزند|یاد می گیرند|برای نمونه|به عنوان مثال|مانند|خواهد|خواهند|"
    r"څنګه|زده کوي|زده کړي|باید|بېلګه|بیلګه|لکه)(?!\w)"
)
# A verb telling what happened: "detained", "were beaten", «بازداشت شدند», «جان باخت», «ونیول شول».
_PAST = compile_folded(
    r"(?<!\w)(?:was|were|had|took|shot|beat|beaten|held|\w+ed)(?!\w)|"
    r"(?<!می )(?<!\w)(?:شد|شدند|گردید|گردیدند|کرد|کردند|باخت|باختند|بردند|گرفتند|زدند|کشتند|بود|بودند)(?!\w)|"
    r"(?<!\w)(?:شول|شوه|شو|کړل|کړه|ونیول|ووهل|ووژل|وموندل|وتښتول)(?!\w)"
)


def training_document(text: str) -> bool:
    """The document's title (its first line, or the next when the first is short) names a training, a
    course, a workshop, a methodology or guidance."""
    lines = [line for line in text.strip().splitlines() if line.strip()][:2]
    if not lines:
        return False
    second = len(lines) > 1 and len(lines[0]) < _SHORT_TITLE and len(lines[1]) <= _TITLE_LINE
    title = " ".join(lines) if second else lines[0]
    folded = fold_str(title)
    prose = _SENTENCES.search(title) is not None  # "The police came to our workshop. They took …": no title
    if _KIND.search(folded) and not statements.stopped(folded) and not _HARMED.search(folded) and not prose:
        return True
    folded_text = fold_str(text)
    return any(not _local(folded_text, m.start(), m.end()) for m in _NO_INCIDENTS.finditer(folded_text))


# "No incident was recorded in Khashrod district", «در ولسوالی خاشرود هیچ رویدادی ثبت نشده است»: none in one
# place, not a document reporting none.
_PLACE_WORD = compile_folded(
    r"(?<!\w)(?:district|province|village|city|town|crossing|ولسوالی|ولایت|قریه|شهر|گذرگاه|ولسوالۍ|"
    r"کلي|ښار|لاره)(?!\w)"
)
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _local(folded: str, start: int, end: int) -> bool:
    """The no-incident statement at [start, end) is about a place its sentence names."""
    opens = max((m.end() for m in _SENTENCE_END.finditer(folded, 0, start)), default=0)
    closes = _SENTENCE_END.search(folded, end)
    return _PLACE_WORD.search(folded, opens, closes.start() if closes else len(folded)) is not None


# Two sentences on the first line: text, not a title (not "No. 14", "Mr. A.", "U.N.").
_SENTENCES = re.compile(r"(?<!\bNo)(?<!\bMr)(?<!\bDr)(?<!\b[A-Z])[.!?؟]\s+\S")
# The document says it reports none: "It does not report incidents", "records no new incidents", «در این
# یادداشت هیچ رویدادی گزارش نشده است», Pashto «… کومه پېښه نه راپوروي».
_NO_INCIDENTS = compile_folded(
    r"(?<!\w)(?:(?:does|do|did) not (?:report|record|document|describe) (?:any )?"
    r"(?:new |specific |individual )?(?:incidents|cases|events)|"
    r"(?:records|reports|documents|contains) no (?:new |specific |individual )?(?:incidents|cases|events)|"
    r"هیچ (?:رویداد|رویدادی|مورد|موردی|حادثه|حادثه ای) (?:جدیدی |تازه ای )?(?:را )?"
    r"(?:گزارش|ثبت) (?:نمی کند|نشده|نکرده)|کومه (?:نوې )?پېښه نه (?:راپوروي|ثبتوي))(?!\w)"
)


def tells_incident(item: ReadSentence, dates: ArticleDates) -> bool:
    """The sentence tells an incident: a past verb, a date of its own, a place and the people it befell,
    and no lesson or instruction ("how to document", «چگونه ثبت کنند»)."""
    folded = item.folded.text
    start = item.sentence.start
    dated = any(
        dates.usable(m) and m.range.precision in ("day", "month")  # "In 2021, …": history, not an incident
        for m in dates.within(start, start + len(item.sentence.text))
    )
    people = bool(item.counts or item.victims)
    return (
        dated
        and people
        and bool(item.places or item.all_places)
        and bool(_PAST.search(folded))
        and not _LESSON.search(folded)
    )
