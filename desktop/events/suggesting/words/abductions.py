"""People taken at a checkpoint: an abduction (a disappearance), not an arrest.

Being taken off a bus or away at a checkpoint ("taken from a Taliban checkpoint on the Mazar road", «در
ایست بازرسی … از موتر پایین کشیده شدند», Pashto «له یوې پوستې بوتلل شو») is how the answer keys and
researchers record disappearances: nobody says who holds them or where. Being *detained* or *arrested*
at a checkpoint, or taken on to a police station, stays a detention.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.events.suggesting import compile_folded
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.vocabulary import Hit

# The words of taking (not "detained", "arrested"): a detention trigger made of them may be an abduction.
_TAKING = compile_folded(
    r"(?<!\w)(?:taken|took|pulled|picked up|seized|whisked|hauled)(?!\w)|"
    r"پایین (?:کرده|کشیده|کردند|کشیدند)|پیاده (?:کرده|کردند)|با خود برد|برده شد|بوتلل|بوتله|بوتلو|کښته کړ|"
    r"ښکته کړ"
)
_CHECKPOINT = compile_folded(
    r"checkpoint|check-point|check post|ایست بازرسی|ایست های بازرسی|پوسته|پوستې|پوستی|پاټک|چک پوست"
)
# Taken on to a place of detention: an arrest ("taken at a checkpoint to the district police station").
_ONWARD = compile_folded(
    r"\b(?:to|into) (?:the |a |an )?(?:\w+ ){0,2}(?:police|station|prison|jail|custody|detention|"
    r"intelligence|district cent|headquarters|hq)|"
    r"(?:به|ته) (?:\S+ ){0,2}(?:زندان|توقیف|حوزه|قوماندانی|استخبارات|محبس)"
)
# Detention words that are not taking: with them in the sentence, the taking is part of an arrest.
_ARREST = compile_folded(r"detain|arrest|custody|بازداشت|دستگیر|ونیول|نیول|توقیف")
_NEAR = 90  # characters between the taking and the checkpoint
# Freed in the same sentence: they were held, not disappeared.
_LET_GO = compile_folded(
    r"(?<!\w)(?:(?:were|was|been) (?:let go|released|freed|set free)|آزاد (?:شد|شدند|کردند|گردید)|"
    r"رها (?:شد|شدند|کردند)|خوشې (?:شو|شول|کړل))"
)


# Takers no one names: "unidentified gunmen took him from his house", «توسط چند مرد مسلح ناشناس از خانه‌اش
# برده شده بود», Pashto «د ناپېژانده وسله والو له خوا بوتلل شو», men in plain clothes (not "plainclothes
# officers", who are named): an abduction, whoever they were.
_UNKNOWN_TAKERS = compile_folded(
    r"(?<!\w)(?:unknown|unidentified|masked)\s+(?:armed\s+)?(?:gunm[ae]n|m[ae]n|assailants|attackers)|"
    # (not with the police: "police and men in plain clothes came …")
    r"(?<!\w)(?<!police and )(?<!police or )(?:plain-?\s?cloth(?:es|ed)\s+(?:armed\s+)?m[ae]n|"
    r"m[ae]n\s+in\s+(?:plain|civilian)\s+clothes)|"
    r"(?:مرد|مردان|افراد)\S*\s+(?:مسلح\s+)?(?:با|در|ملبس به)\s+لباس (?:شخصی|ملکی)|په ملکي جامو کې|"
    r"(?:مرد|مردان|افراد|فرد)\S*\s+(?:مسلح\s+)?(?:ناشناس|نامعلوم)|"
    r"(?:ناپېژانده|ناپیژانده|نامعلومو|ناپېژندل شویو)\s+(?:وسله والو|کسانو)"
)


def by_unknown_takers(item: ReadSentence, hits: list[Hit]) -> list[Hit]:
    """`hits` with each detention trigger that is a taking by men no one names typed as a disappearance."""
    if not _UNKNOWN_TAKERS.search(item.folded.text) or any(
        h.key == "detention" and _ARREST.search(h.text) for h in hits
    ):
        return hits
    return [
        replace(h, key="disappearance") if h.key == "detention" and _TAKING.search(h.text) else h
        for h in hits
    ]


def at_checkpoint(item: ReadSentence, hits: list[Hit]) -> list[Hit]:
    """`hits` (the sentence's triggers) with each detention trigger that takes people at a checkpoint
    typed as a disappearance."""
    hits = by_unknown_takers(item, hits)
    folded = item.folded.text
    if _LET_GO.search(folded):
        return hits  # "taken at the same checkpoint …, were let go after four days": held, then freed
    if not _CHECKPOINT.search(folded) or any(
        h.key == "detention" and _ARREST.search(h.text) and not _TAKING.search(h.text) for h in hits
    ):
        return hits
    typed = []
    for hit in hits:
        if hit.key == "detention" and _TAKING.search(hit.text):
            start, end = item.span(hit.start, hit.end)
            near = folded[max(0, start - _NEAR) : end + _NEAR]
            cut = re.split(r"[;؛.]", folded[end : end + _NEAR])[0]
            if _CHECKPOINT.search(near) and not _ONWARD.search(folded[start:end] + cut):
                hit = replace(hit, key="disappearance")
        typed.append(hit)
    return typed
