"""Which places named in a sentence can locate an event: not a dateline's, a news outlet's, a country
name qualifying a noun ("US State Department"), nor a country one of whose provinces or cities is named.
"""

from __future__ import annotations

import re

from desktop.events.gazetteer import PlaceMatch, find_places
from desktop.events.place_context import dateline_places, fills_a_table_cell
from desktop.events.suggesting import BORDER

# "Afghanistan military personnel": the country name qualifies a noun; it does not say where.
_MODIFIER = re.compile(
    r"\s+(?:military|security|army|soldiers|troops|government|forces|personnel|refugees|citizens|"
    r"nationals|officials|police|embassy|envoy|authorities|border guards?|state department|department|"
    r"ministry|president)\b",
    re.IGNORECASE,
)
# "US concerned by …", "The United States has issued a warning": the country speaks; it is not a place
# (but "the council of Tajikistan said" still names one).
_SPEAKS = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:concerned|said|says|urged|urges|called|calls|expressed|expresses|warned|"
    r"warns|condemned|condemns|issued|announced|stated|told|critici[sz]ed|welcomed|demanded|asked|"
    r"ابراز|گفت|اعلام|خواست|هشدار|محکوم)\b",
    re.IGNORECASE,
)
_OF_IN = re.compile(r"(?:\bof|\bin|\bfrom|\bto|\binto|(?<!\w)(?:در|از|به))\s+(?:the\s+)?$", re.IGNORECASE)


def event_places(text: str, *, modifiers: bool = False) -> list[PlaceMatch]:
    """Places in a sentence that can locate an event: adjectival country names ("US State
    Department") are left out unless `modifiers`, and so is a country when one of its provinces,
    cities or regions is named."""
    return locating(text, find_places(text), modifiers=modifiers)


# "(Khorasan Wire)", "Kabul Times", «خبرگزاری باختر»: a place in the name of a news outlet is not a place.
_OUTLET_AFTER = re.compile(
    r"\s+(?:wire|news|agency|times|post|press|tv|television|radio|daily|online|media|network|tribune|observer|"
    r"herald|gazette|monitor)\b",
    re.IGNORECASE,
)
_OUTLET_BEFORE = re.compile(r"(?:خبرگزاری|رادیو|تلویزیون|روزنامه|رسانه|راډیو|ټلویزیون|ورځپاڼه)\s+$")


def _outlet(text: str, match: PlaceMatch) -> bool:
    return bool(
        _OUTLET_AFTER.match(text, match.end)
        or _OUTLET_BEFORE.search(text[max(0, match.start - 12) : match.start])
    )


def locating(text: str, found: list[PlaceMatch], *, modifiers: bool = False) -> list[PlaceMatch]:
    """Of the places `found` in the sentence `text`, those that can locate an event (see event_places)."""
    filed = dateline_places(text, [(m.start, m.end) for m in found], labels=False)  # "KABUL –", not "Herat:"
    found = [m for i, m in enumerate(found) if i not in filed and not _outlet(text, m)]
    found = [m for m in found if not _nested_abroad(text, m, found) and not _city_square(text, m, found)]
    cells = [m for m in found if fills_a_table_cell(text, m.start, m.end)]
    # "| 14 August | Baraki Barak | … on the Kabul-Gardez road |": the cell; with `modifiers`, also the
    # countries abroad the row's words name ("| Almar | Family sent back from Iran … |": who deported them)
    if cells:
        abroad = [m for m in found if modifiers and m.place.kind == "country" and m.place.country != "AF"]
        found = sorted({m.start: m for m in cells + abroad}.values(), key=lambda m: m.start)
    kept = [m for m in found if modifiers or m.place.kind != "country" or not _qualifies(text, m)]
    specific = {m.place.country for m in kept if m.place.kind != "country"}
    return [m for m in kept if m.place.kind != "country" or m.place.country not in specific]


def _qualifies(text: str, match: PlaceMatch) -> bool:
    """The country name qualifies a noun or is the subject speaking: it does not say where."""
    if _MODIFIER.match(text, match.end):
        return True
    located = _OF_IN.search(text, max(0, match.start - 12), match.start)
    return not located and bool(_SPEAKS.match(text, match.end))


# "near the city of Zabol in Sistan and Baluchestan province of Iran", «سراوان در خاک ایران»: a name an
# Afghan place shares with a foreign town, placed inside a foreign region or country right after it.
_INSIDE = re.compile(
    r"^\s*,?\s*(?:(?:in|of|inside|within)\s+(?:the\s+)?(?:\S+\s+){0,2}?|(?:در|داخل)\s+(?:\S+\s+){0,2}?)?$",
    re.IGNORECASE,
)
_APART = re.compile(r"[,،;؛]|\b(?:and|or)\b|(?<!\w)(?:و|او|یا)(?!\w)", re.IGNORECASE)


def _nested_abroad(text: str, match: PlaceMatch, found: list[PlaceMatch]) -> bool:
    """An Afghan place followed by the foreign region or country it lies in ("Zabol in Sistan and
    Baluchestan", «زابل در استان سیستان و بلوچستان ایران»): the foreign town of that name, not the Afghan one;
    or a place abroad followed by the town it is in ("Ghezel Hesar prison in Karaj"): one place."""
    after = next((m for m in found if m.start >= match.end), None)
    if after is None or after.place.country in ("AF", None) or after.start - match.end > 45:
        return False
    if match.place.country not in ("AF", after.place.country) or match.place.kind == "country":
        return False  # "Ghezel Hesar prison in Karaj": one place abroad, named within the other
    between = text[match.end : after.start]
    if match.place.country == after.place.country and len(between) <= 12 and not _APART.search(between):
        return True  # "Karachi's Sohrab Goth", «د کراچۍ په سهراب ګوټ سیمه کې»: the town, then the part of it
    return bool(_INSIDE.match(between)) and not BORDER.search(between) and "," not in between.strip(", ")


_SQUARE = re.compile(r"میدان\s*شهر")


def _city_square(text: str, match: PlaceMatch, found: list[PlaceMatch]) -> bool:
    """«میدان شهر چاریکار» is Charikar's city square, not Maidan Shahr (Wardak) named beside Charikar."""
    if not _SQUARE.fullmatch(match.text):
        return False
    return any(0 <= m.start - match.end <= 2 for m in found if m is not match)
