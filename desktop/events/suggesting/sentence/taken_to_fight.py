"""People taken to join or fight with a unit: recruitment, not an arrest.

«حدود سی جوان … برای پیوستن به یک قطعه نظامی در هلمند برده شدند», «… برای جنگیدن به جبهه فرستاده شدند»,
Pashto «… د جګړې لپاره هلمند ته بوتلل شول», «له یوې قطعې سره د یوځای کېدو لپاره بوتلل شول», English "taken
… to fight with a unit in Panjshir": the taking
words (detention triggers alone) name how they were recruited. The event is placed where they were taken
from (see sentence_events), not where the unit is.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.events.suggesting import compile_folded
from desktop.events.suggesting.article.reading import ReadSentence

# The words of taking or sending, as detention triggers hold them.
_TAKING = compile_folded(
    r"(?<!\w)(?:برده|بردند|برد|فرستاده|فرستادند|اعزام|منتقل|بوتلل|بوتله|بوتلو|بوتللې|ولېږل|ولیږل|لېږل|لیږل|"
    r"taken|took|sent|moved|transported|driven|bussed)"
)
_UNIT = (
    r"(?:قطعه|قطعات|واحد|کندک|لوا|فرقه|صفوف|صف|جبهه|جبهات|نیروهای|نیروی|گروه|قول اردو|اردو|ارتش|طالبان|"
    r"قطعې|قطعو|کنډک|لیکو|لیکې|ډلې|ډلو|طالبانو|پوځ)"
)
# What for: «برای پیوستن به (یک) قطعه …», «برای جنگیدن», Pashto «د جګړې لپاره», «له … قطعې سره د یوځای
# کېدو لپاره».
_TO_FIGHT = compile_folded(
    rf"(?<!\w)(?:(?:برای|جهت)\s+(?:پیوستن|پیوستن اجباری)\s+به\s+(?:\S+\s+){{0,2}}?{_UNIT}|"
    r"(?:برای|جهت)\s+(?:جنگیدن|جنگ|نبرد|آموزش|آموزش نظامی|تعلیم|تعلیمات نظامی)(?!\w)|"
    r"د\s+(?:جګړې|جگړې|جنګ|جنگ)\s+(?:\S+\s+){0,2}?(?:لپاره|دپاره|د پاره)|"
    rf"{_UNIT}\s+(?:\S+\s+)?سره\s+د\s+(?:یوځای|یو ځای|یوځاي)\s+(?:کېدو|کیدو)\s+(?:لپاره|دپاره)|"
    # English: "taken … to fight with a unit in Panjshir", "sent to fight alongside the Taliban"
    r"\bto\s+(?:fight|serve)\s+(?:with|for|alongside|in|on)\b|"
    r"\bto\s+join\s+(?:a|an|the|their)?\s*(?:\S+\s+)?(?:unit|ranks|battalion|brigade|fighters|front)|"
    # "taken … from madrasas in Zurmat to training camps", «به اردوگاه‌های آموزش نظامی»
    r"\bto\s+(?:a\s+|the\s+|their\s+)?(?:\S+\s+)?(?:training|military|militia|fighters'?)\s+"
    r"(?:camps?|sites?|grounds?|centres?|centers?|bases?)|"
    # "taken from a madrasa … for military training", "for what the teacher called 'training'"
    r"\bfor\s+(?:military\s+|armed\s+|weapons\s+)?training\b|\bcalled\s+[\"“‘']?training\b|"
    # forced labour: "taken to work on construction sites", "to work in brick kilns"
    r"\bto\s+work\s+(?:on|in|at)\s+(?:a\s+|the\s+)?(?:\S+\s+)?(?:construction|building|brick|kilns?|farms?|"
    r"fields|factories|factory|mines?|sites|workshops?)\b|"
    # «… را با تهدید و وعده پول با خود به مراکز آموزشی بردند»: armed men taking pupils to "training centres"
    r"به\s+(?:یک\s+)?(?:اردوگاه|اردوگاه های|مرکز|مراکز|کمپ|کمپ های)\s+(?:آموزش|آموزشی|تعلیمات)\s*"
    r"(?:نظامی|جنگی)?"
    r"|(?:نظامي|پوځي)\s+(?:روزنیز|روزنې)\S*\s+(?:\S+\s+)?(?:کمپ|مرکز|مرکزونو)\S*\s+ته)(?!\w)"
)


def to_fight(item: ReadSentence) -> bool:
    """The sentence tells people taken to join or fight with a unit (placed where they were taken from)."""
    return _TO_FIGHT.search(item.folded.text) is not None


def add_taken_to_fight(item: ReadSentence) -> None:
    """Make the taking words of a sentence telling people taken to join or fight with a unit recruitment."""
    if not any(t.key == "detention" for t in item.triggers):
        return  # the cheap test: no taking words
    fight = _TO_FIGHT.search(item.folded.text)
    if fight is None:
        return
    taking = [t for t in item.triggers if t.key == "detention" and _TAKING.search(t.text)]
    if not taking:
        return
    recruited = any(t.key == "recruitment" for t in item.triggers)
    item.triggers[:] = [
        t if t not in taking else replace(t, key="recruitment")
        for t in item.triggers
        if not (recruited and t in taking)
    ]
