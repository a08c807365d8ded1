"""Is a name used as a place here? The words around a district name that say it is one."""

from __future__ import annotations

import re

# Over folded text with Pashto letters merged (ولسوالۍ reads ولسوالی). Up to three other names may
# stand between ("the districts of Andar, Giro and Deh Yak"; "ولسوالی های جرم و خواهان").
_NAME = r"[^\W\d_][\w'\-]*(?: [^\W\d_][\w'\-]*)?"
_LIST_BEFORE = rf"(?:{_NAME}\s*(?:,|،|\sand|\sو|\sاو)\s+){{0,3}}"
_DISTRICT_BEFORE = re.compile(
    r"(?:\bdistricts?\s+of|\bwol[eu]s\s?wali|\bwul[eu]s\s?wali|\bul[eu]s\s?wali|ولس\s?والی(?:\s?ها(?:ی)?)?"
    rf"|شهرستان(?:\s?ها(?:ی)?)?)\s+(?:the\s+)?{_LIST_BEFORE}$"
)
_LIST_AFTER = rf"(?:\s*(?:,|،|\sand|\sو|\sاو)\s+{_NAME}){{0,3}}"
_DISTRICT_AFTER = re.compile(
    rf"{_LIST_AFTER}[\s\-]*(?:districts?\b|ولس\s?والی|wol[eu]swali\b|wul[eu]swali\b)"
)
# Between a district and its province: "Sangin, Helmand", "Sangin in Helmand", "سنگین ولایت هلمند".
_TO_PROVINCE = re.compile(r"[\s,،]*(?:(?:in|of|the|province|در|ولایت)\s+)*")
_WINDOW = 120


def district_word_near(folded: str, start: int, end: int) -> bool:
    """Whether folded[start:end] has "district" / "ولسوالی" (or a list of districts) right before or after."""
    before = folded[max(0, start - _WINDOW) : start]
    return bool(_DISTRICT_BEFORE.search(before) or _DISTRICT_AFTER.match(folded, end, end + _WINDOW))


def province_follows(folded: str, end: int, province_starts: dict[int, str | None]) -> str | None:
    """The province named right after folded[:end] ("…, Helmand"), or None."""
    gap = _TO_PROVINCE.match(folded, end)
    return province_starts.get(gap.end()) if gap else None
