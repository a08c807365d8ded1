"""Roads, rivers and borders in a sentence: names that say where only as a landmark, and the town a road is
named after, which still places an event when nothing else does."""

from __future__ import annotations

import re

from desktop.events.gazetteer import PlaceMatch

# "on the road to Kabul", "close to the border with Iran", "در راه کابل": landmarks, not the place.
LANDMARK = re.compile(
    r"(?:road|way|highway|route|border|borders|bordering|near|close|next|river|در راه|مسیر|شاهراه|سرحد|مرز|"
    r"دریای|رود|رودخانه|سیند|د سیند)"
    r"\s+(?:with\s+|to\s+|of\s+|from\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# "the Kunar river in Nangarhar", "on the Kunduz road just outside Taloqan": a river or a road crosses
# provinces; it does not say where.
_RIVER_AFTER = re.compile(r"\s+(?:river|road|highway|سیند)\b", re.IGNORECASE)  # "on the Kunduz road"

# The far end of a road: "the Kabul–Jalalabad highway", "between Qalat and Kandahar", «شاهراه کابل-جلال‌آباد».
_ROAD_JOIN = re.compile(r"\s*(?:[-–—/]|\bto\b|\band\b|(?<!\w)(?:و|تا)(?!\w))\s*", re.IGNORECASE)
_ROAD_BEFORE = re.compile(
    r"(?:road|highway|route|way|شاهراه|سرک|جاده|مسیر|راه)\s+(?:(?:between|from|بین|میان|از)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_ROAD_AFTER = re.compile(r"\s+(?:road|highway|route)\b", re.IGNORECASE)
# A border never places; nor does a journey's end ("on his way to Kabul", «در راه کابل»): where it happened is
# not said.
_NOT_THERE = re.compile(
    r"(?:border|borders|bordering|سرحد|مرز)\s+(?:with\s+|of\s+)?(?:the\s+)?$"
    r"|\bway\s+(?:to|from|back\s+to|home\s+to)\s+(?:the\s+)?$|(?<!\w)در راه\s+$",
    re.IGNORECASE,
)


# The ends of a journey told about the people, not where the event happened: "men travelling from Jaghori to
# Kabul were taken off a minibus at a checkpoint in Qarabagh", "bound for Herat", «که از جاغوری به کابل
# می‌رفتند», «عازم کابل بودند».
_JOURNEY = re.compile(
    r"\b(?:travell?ing|travell?ed|heading|headed|bound|en route|going|driving|returning|"
    r"on (?:their|his|her|the) way)\s+(?:back\s+)?(?:(?:home\s+)?(?:from|to|for|towards)\s+(?:the\s+)?|"
    r"from\s+\S+(?:\s+\S+)?\s+(?:to|for|towards)\s+(?:the\s+)?)$|(?<!\w)عازم\s+$",
    re.IGNORECASE,
)
_JOURNEY_AFTER = re.compile(
    r"\s+(?:می[\s\u200c]?رفت\w*|روان\s+بود\w*|سفر\s+می[\s\u200c]?کرد\w*|تلل|روان\s+وو|روان\s+ول)(?!\w)"
)
_JOURNEY_FROM = re.compile(r"(?<!\w)از\s+$")


def _journey(text: str, match: PlaceMatch) -> bool:
    """The place is where the people were travelling from or to ("travelling from Jaghori to Kabul")."""
    if _JOURNEY.search(text[max(0, match.start - 60) : match.start]):
        return True
    after = text[match.end : match.end + 40]
    if re.match(r"\s+ته\s+(?:روان|تلل|تلل[وې]|ورتلل)(?!\w)", after):  # Pashto «کابل ته روان وو»
        return True
    towards = re.match(r"\s+به\s+\S+(?:\s+\S+)?", after)
    ends = towards.end() if towards else 0
    return bool(
        _JOURNEY_AFTER.match(after, ends)
        and (towards or re.search(r"(?<!\w)به\s+$", text[max(0, match.start - 6) : match.start]))
        or (
            towards
            and _JOURNEY_FROM.search(text[max(0, match.start - 6) : match.start])
            and _JOURNEY_AFTER.match(after, ends)
        )
    )


def _landmark(text: str, match: PlaceMatch) -> bool:
    return bool(
        LANDMARK.search(text[max(0, match.start - 30) : match.start]) or _RIVER_AFTER.match(text, match.end)
    )


def off_the_road(text: str, places: list[PlaceMatch]) -> list[PlaceMatch]:
    """The places that say where, without those that only name a road, river or border ("on the Kunduz road
    just outside Taloqan": Taloqan). When only such names are left, an Afghan town or district used as a
    modifier still places ("at the checkpoint on the Maimana road", "by the road to Khas Uruzgan", "near
    Aqcha"): the first named, the nearer end of a road between two ("the Kabul–Jalalabad highway": Kabul)."""
    ends: set[int] = set()
    for first, second in zip(places, places[1:], strict=False):
        joined = _ROAD_JOIN.fullmatch(text, first.end, second.start)
        if joined and (_ROAD_BEFORE.search(text[max(0, first.start - 30) : first.start])
                       or _ROAD_AFTER.match(text, second.end)):  # fmt: skip
            ends.update((id(first), id(second)))  # "the Kabul–Bamyan road in Jalrez": Jalrez places
    places = [m for m in places if not _journey(text, m)]
    kept = [m for m in places if id(m) not in ends and not _landmark(text, m)]
    if kept:
        return kept
    modifiers = [
        m for m in places
        if m.place.country == "AF" and m.place.kind != "country"
        and not _NOT_THERE.search(text[max(0, m.start - 30) : m.start])
    ]  # fmt: skip
    return modifiers[:1]
