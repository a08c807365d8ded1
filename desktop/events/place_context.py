"""Is a name used as a place here, and which one? The words around a district name that say it is one,
and the provinces named near it."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

# Over folded text with Pashto letters merged (ولسوالۍ reads ولسوالی). Up to three other names may
# stand between ("the districts of Andar, Giro and Deh Yak"; "ولسوالی های جرم و خواهان").
_WORD = r"(?!(?:and|or|the|of|in|district|districts|و|در|از)\b)[^\W\d_][\w'\-]*"
_NAME = rf"{_WORD}(?: {_WORD})?"
_LIST_BEFORE = rf"(?:{_NAME}\s*(?:,|،|\sand|\sو|\sاو)\s+){{0,3}}"
_DISTRICT_BEFORE = re.compile(
    r"(?:\bdistricts?\s+of|\bwol[eu]s\s?wali|\bwul[eu]s\s?wali|\bul[eu]s\s?wali|ولس\s?والی(?:\s?ها(?:ی)?)?"
    rf"|شهرستان(?:\s?ها(?:ی)?)?)\s+(?:the\s+)?{_LIST_BEFORE}$"
)
_LIST_AFTER = rf"(?:\s*(?:,|،|\sand|\sو|\sاو)\s+{_NAME}){{0,3}}"
_DISTRICT_AFTER = re.compile(
    rf"{_LIST_AFTER}[\s\-]*(?:districts?\b|ولس\s?والی|wol[eu]swali\b|wul[eu]swali\b)"
)
# Between a district and its province: "Sangin, Helmand", "Sangin (Helmand)", "سنگین، ولایت هلمند". Not
# "in": "spoke Farsi in Herat" is no district.
_TO_PROVINCE = re.compile(r"\s*[,،(]\s*(?:(?:the\s+)?province\s+of\s+|ولایت\s+)?")
_FROM_PROVINCE = re.compile(r"(?:'s)?(?:\s+province's)?\s+$")
_WINDOW = 120


def district_word_near(folded: str, start: int, end: int) -> bool:
    """Whether folded[start:end] has "district" / "ولسوالی" (or a list of districts) right before or after."""
    before = folded[max(0, start - _WINDOW) : start]
    return bool(_DISTRICT_BEFORE.search(before) or _DISTRICT_AFTER.match(folded, end, end + _WINDOW))


def provinces_beside(folded: str, start: int, end: int, named: ProvinceSpans) -> set[str]:
    """Provinces named right after folded[start:end] ("Sangin, Helmand") or right before it as its
    owner ("Helmand's Sangin")."""
    found = set()
    after = _TO_PROVINCE.match(folded, end)
    if after is not None and after.end() in named.starts:
        found.add(named.starts[after.end()])
    before = _FROM_PROVINCE.search(folded, max(0, start - 24), start)
    if before is not None and before.start() in named.ends:
        found.add(named.ends[before.start()])
    return found


@dataclass(frozen=True, slots=True)
class ProvinceSpans:
    """Where a text names provinces: start offset → ISO code, end offset → ISO code."""

    starts: dict[int, str]
    ends: dict[int, str]


_SENTENCE_END = re.compile(r"[.!?؟۔\n]")
_PRECEDING = 300  # characters: a province named this shortly before a name, in an earlier sentence


class ProvinceMentions:
    """Where a text names each province (directly or through a settled place), to tell which of
    several provinces an ambiguous district name belongs to."""

    def __init__(self, text: str) -> None:
        self._sentence_ends = [m.start() for m in _SENTENCE_END.finditer(text)]
        self.starts: dict[str, list[int]] = {}

    def add(self, province: str, start: int) -> None:
        """Record that `province` is named at `start` (mentions are added in text order)."""
        self.starts.setdefault(province, []).append(start)

    def nearest(self, at: int, provinces: set[str]) -> str | None:
        """The one of `provinces` named in the same sentence as `at` (the closest if several), else
        the one named last shortly before it; None when that is a tie or none is."""
        sentence = bisect_left(self._sentence_ends, at)
        same: list[tuple[int, str]] = []
        before: list[tuple[int, str]] = []
        for province in provinces:
            starts = self.starts.get(province, [])
            index = bisect_left(starts, at)  # the mentions either side of `at` are the closest ones
            for start in starts[max(0, index - 1) : index + 1]:
                if bisect_left(self._sentence_ends, start) == sentence:
                    same.append((abs(start - at), province))
                elif start < at <= start + _PRECEDING:
                    before.append((at - start, province))
        closest = sorted(same or before)
        if not closest:
            return None
        (distance, province), *others = closest
        tied = any(d == distance and p != province for d, p in others)
        return None if tied else province
