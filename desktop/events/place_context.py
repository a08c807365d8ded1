"""Is a name used as a place here, and which one? The words around a district name that say it is one,
and the provinces named near it."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
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
_PASHTO_OF = re.compile(rf"(?<!\w)(?:د|په|له|پر)\s+{_LIST_BEFORE}$")
_DISTRICT_AFTER = re.compile(
    rf"{_LIST_AFTER}[\s\-]*(?:districts?\b|(?:(?:په|له)\s+)?ولس\s?والی|wol[eu]swali\b|wul[eu]swali\b)"
)  # Pashto «د دامان په ولسوالۍ کې», «د شهرستان له ولسوالۍ څخه»
# Between a district and its province: "Sangin, Helmand", "Sangin (Helmand)", "سنگین، ولایت هلمند". Not
# "in": "spoke Farsi in Herat" is no district.
_TO_PROVINCE = re.compile(
    r"\s*[,،(]\s*(?:(?:the\s+)?province\s+of\s+|ولایت\s+)?|\s+ولایت\s+"
    r"|\s+(?:(?:area|areas|region|valley|outskirts)\s+)?of\s+(?:the\s+)?(?:province\s+of\s+)?",
    re.IGNORECASE,
)  # "the Daman area of Kandahar", «تڼي ولایت خوست»
_FROM_PROVINCE = re.compile(
    r"(?:'s)?(?:\s+province's)?\s+$|\s+ولایت(?:\s+(?:په|د|در))?\s+$"
)  # «د خوست ولایت په تڼي»
_WINDOW = 120


def district_word_near(folded: str, start: int, end: int) -> bool:
    """Whether folded[start:end] has "district" / "ولسوالی" (or a list of districts) right before or after."""
    before = folded[max(0, start - _WINDOW) : start]
    if _DISTRICT_BEFORE.search(before):
        return True
    after = _DISTRICT_AFTER.match(folded, end, end + _WINDOW)
    # «ولسوالی» after the name is Pashto's («د X ولسوالۍ», «په X ولسوالۍ کې»); in Dari «دروازهٔ ولسوالی» is
    # the district's gate
    return after is not None and ("ولس" not in after.group() or bool(_PASHTO_OF.search(before)))


# A name is a place when it heads its own line or paragraph ("## Qaisar", "Qaisar" alone, "Qaisar. Met …") or
# names a site ("the Qaisar bazaar", "on the Qaisar road", «بازار قیصار»). Over folded text (lower case).
_LINE_HEAD = re.compile(r"(?:^|\n)[ \t]*(?:#+[ \t]*)?(?:\d{1,2}[.)][ \t]+)?(?:[*_]{1,2})?$")
# not "Qaisar: my brother …" (a speaker in a transcript)
_LINE_REST = re.compile(r"[ \t*_]*(?:district|ولسوالی)?[ \t*_]*(?:\.[ \t]*)?(?:\n|$)|[ \t*_]*\.[ \t]+(?=\S)")
_SITE_AFTER = re.compile(
    r"[ \t]+(?:bazaar|bazar|market|road|highway|checkpoint|check-point|bridge|crossroads|district centre|"
    r"district center|town centre|city centre)\b"
)
_SITE_BEFORE = re.compile(r"(?<!\w)(?:بازار|سرک|شاهراه|جاده|پوسته|ایست بازرسی|چهارراهی|پل)[ \t]+$")


def heads_its_line(folded: str, start: int, end: int) -> bool:
    """Whether folded[start:end] heads its line or paragraph: "## Qaisar", "Qaisar" alone, "Qaisar. Met …"."""
    return bool(_LINE_HEAD.search(folded, max(0, start - 12), start) and _LINE_REST.match(folded, end))


def names_a_site_there(folded: str, start: int, end: int) -> bool:
    """Whether folded[start:end] names a bazaar, road or checkpoint ("the Qaisar bazaar", «بازار قیصار»)."""
    return bool(_SITE_AFTER.match(folded, end) or _SITE_BEFORE.search(folded, max(0, start - 16), start))


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
_FAR = 10**9
_PRECEDING = 300  # characters: a province named this shortly before a name, in an earlier sentence


class ProvinceMentions:
    """Where a text names each province (directly or through a settled place), to tell which of
    several provinces an ambiguous district name belongs to."""

    def __init__(self, text: str) -> None:
        self._sentence_ends = [m.start() for m in _SENTENCE_END.finditer(text)]
        self.starts: dict[str, list[int]] = {}
        self._elsewhere: set[str] = set()  # named outside the text (the rest of its article)

    def add(self, province: str, start: int) -> None:
        """Record that `province` is named at `start` (mentions are added in text order)."""
        self.starts.setdefault(province, []).append(start)

    def extend(self, provinces: Iterable[str]) -> None:
        """Record provinces named elsewhere in the article (no position in this text)."""
        self._elsewhere.update(provinces)

    def named(self, province: str) -> bool:
        """Whether the text or its article names `province`."""
        return province in self._elsewhere or bool(self.starts.get(province))

    def most_named(self, at: int, provinces: set[str]) -> str | None:
        """The one of `provinces` the article names most often (a district settled to it counts), the
        closest mention to `at` deciding a tie; None when none is named or a tie stays."""
        tally = {p: len(self.starts.get(p, ())) + (p in self._elsewhere) for p in provinces}
        tally = {p: n for p, n in tally.items() if n}
        if not tally:
            return None
        top = max(tally.values())
        leaders = [p for p, n in tally.items() if n == top]
        if len(leaders) == 1:
            return leaders[0]
        distance = {p: min((abs(s - at) for s in self.starts.get(p, ())), default=_FAR) for p in leaders}
        best = min(distance.values())
        closest = [p for p in leaders if distance[p] == best]
        return closest[0] if len(closest) == 1 else None

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


# A place name inside an organisation's or an outlet's name ("Kabul Diaspora Times", "Radio Herat Voice",
# "Balkh Human Rights Network", «رادیو صدای بلخ», «د کندهار غږ راډیو») does not say where anything happened.
_ORG_HEADS = (
    r"Times|News|Radio|TV|Television|Network|Agency|Foundation|Council|Organi[sz]ation|Association|Union|"
    r"Post|Press|Voice|Daily|Weekly|Journal|Tribune|Herald|Monitor|Observer|Media|Review|Gazette|Online|"
    r"Broadcasting|Channel|Institute|Society|Committee|Commission|Watch|Forum|Alliance|"
    r"Federation|Trust|Initiative|Bureau|Chronicle|Express|Magazine|Now|Today|International"
)
_ORG_LEADS = (
    r"Radio|TV|Television|Voice|Network|Agency|Foundation|Council|Organi[sz]ation|Association|Union|"
    r"Daily|Channel|Institute|Society|Committee|Commission|Forum|Alliance|Federation"
)
# Capitalised words that end a name rather than continue it ("Raids In Herat", "Arrests At Kabul").
_NOT_IN_NAME = r"(?:In|At|From|Near|To|On|Into|By|After|Before|Since|During|As|Over|Across)\b"
_NAME_WORD = rf"(?!{_NOT_IN_NAME})[A-Z][\w'’\-]*"
_ORG_AFTER = re.compile(rf"(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?{_NAME_WORD}){{0,3}}?[ \t]+(?:{_ORG_HEADS})\b")
_ORG_BEFORE = re.compile(
    rf"\b(?:{_ORG_LEADS})(?:[ \t]+(?:of|for)(?:[ \t]+the)?)?(?:[ \t]+{_NAME_WORD})?[ \t]+$"
)
# Over folded text with Pashto letters merged: راډیو reads رادیو, ټلویزیون تلویزیون, غږ غژ, ورځپاڼه ورزپانه.
_ORG_LEADS_FA = {
    "رادیو", "تلویزیون", "خبرگزاری", "اژانس", "بنیاد", "بنست", "شبکه", "شبکه ی", "انجمن", "تولنه",
    "اتحادیه", "روزنامه", "ورزپانه", "هفته", "نامه", "هفته نامه", "نشریه", "رسانه", "صدای", "سازمان",
    "شورای", "کمیسیون", "کانون", "مجله", "سایت", "وبسایت", "تی وی",
}  # fmt: skip
_ORG_TAILS_FA = {
    "رادیو", "تلویزیون", "غژ", "ورزپانه", "تایمز", "نیوز", "پست", "پرس", "اژانس", "تولنه", "بنست", "تی",
}  # fmt: skip
# After «د <place>», in the direct or the oblique case (ې is merged to ی).
_OWNED_FA = {
    "شبکه", "شبکی", "تولنی", "ورزپانی", "اژانسی", "بنستی", "اتحادیه", "اتحادیی", "کمیسیون", "سازمان",
    "شورا", "شوری",
}  # fmt: skip
_OWNER = re.compile(r"(?<!\w)د[ \t]+$")
_NOT_IN_NAME_FA = {
    "در", "از", "به", "که", "را", "با", "و", "یا", "برای", "تا", "این", "ان", "هم", "نیز", "گفت", "گفته",
    "گزارش", "داد", "کرد", "کردند", "است", "اند", "شد", "شدند", "می", "په", "کی", "له", "ته", "چخه", "او",
    "د", "وایی", "ویلی", "چی",
}  # fmt: skip
_WORDS_BEFORE = re.compile(r"(?:(\w+)[ \t]+){1,3}$")
_FA_WORD = re.compile(r"[ \t]+(\w+)")


# A name that goes on with one of these is a site in that place: "Kabul International Airport", "Herat
# Central Prison", "Kandahar Detention Centre".
_FACILITY = re.compile(
    rf"(?:[ \t]+{_NAME_WORD}){{0,4}}?[ \t]+(?:Airport|Prison|Jail|Hospital|University|Stadium|Square|Market|"
    r"Bazaar|Mosque|School|Camp|Station|Crossing|Road|Highway|Dam|Valley|Bridge|Park|Hotel|Checkpoint|"
    r"Cent(?:re|er)|Compound|Base|Office)\b",
    re.IGNORECASE,
)


def names_a_site(text: str, end: int) -> bool:
    """Whether the place name ending at text[end] goes on as the name of a site (an airport, a prison)."""
    return bool(_FACILITY.match(text, end))


def in_organisation_name(text: str, start: int, end: int) -> bool:
    """Whether the place name text[start:end] (English: as written; Dari and Pashto: folded, Pashto letters
    merged) is part of the name of an organisation or an outlet: "Kabul Diaspora Times", "Radio Herat
    Voice", "Voice of Ghor", "the Paktia Tribal Elders Council", «رادیو صدای بلخ», «شبکه حقوق بشر بلخ»,
    «د کندهار غږ راډیو». Latin names count only when capitalised, as proper names are."""
    if text[start:end].isascii():
        if not text[start : start + 1].isupper() or names_a_site(text, end):
            return False
        return bool(_ORG_AFTER.match(text, end) or _ORG_BEFORE.search(text, max(0, start - 60), start))
    before = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    if before is not None:
        words = before.group().split()
        for index in range(len(words) - 1, -1, -1):  # nearest first; an ordinary word ends the name
            word = words[index]
            if word in _ORG_LEADS_FA or " ".join(words[index : index + 2]) in _ORG_LEADS_FA:
                return True
            if word in _NOT_IN_NAME_FA:
                break
    # Pashto names the owner first: «د بلخ غږ راډیو», «د بلخ د بشري حقونو شبکه» (Balkh's … network).
    genitive = bool(_OWNER.search(text, max(0, start - 4), start))
    tails = _ORG_TAILS_FA | _OWNED_FA if genitive else _ORG_TAILS_FA
    at = end
    for _ in range(6 if genitive else 2):
        following = _FA_WORD.match(text, at)
        if following is None:
            return False
        word = following.group(1)
        if word in tails:
            return True
        if word in _NOT_IN_NAME_FA and not (genitive and word == "د"):
            return False
        at = following.end()
    return False


# "Taliban officials in Kabul declined to comment", «مقامات طالبان در کابل»: where those who speak sit (the
# capital, mostly), which says nothing of where a district named in the article lies.
_SEAT = re.compile(
    r"(?:\b(?:officials?|authorities|government|ministry|ministries|regime|leadership|spokes(?:man|person|woman)|"
    r"administration|embassy|envoy|leaders?|cabinet|court)(?:\s+\w+)?\s+in|\bthe\s+capital,?)\s+(?:the\s+)?$"
    r"|(?<!\w)(?:مقامات|مقام|حکومت|وزارت|سخنگوی|رژیم|اداره|رهبری|رهبران|دولت|چارواکی|حکومت|ویاند)"
    r"(?:\s+\w+){0,3}\s+(?:در|په)\s+$",
    re.IGNORECASE,
)


def seat_of_speakers(folded: str, start: int) -> bool:
    """Whether the place at folded[start] is where officials sit ("authorities in Kabul", «مقامات طالبان
    در کابل»): a mention that does not tell in which province a district of the article lies."""
    return bool(_SEAT.search(folded, max(0, start - 60), start))


# "KABUL –", "HERAT (AP) —", "کابل، ۱۲ سرطان ۱۴۰۳ —", "MAZAR-I-SHARIF, Balkh province (Northwire) —": where
# the story was filed, not where anything happened.
DATELINE = re.compile(
    # "KABUL –", "HERAT (Agency) —", "KABUL, 3 June", "KABUL (Pajhwok), 3 July", «کابل (خبرگزاری …)، ۱۲ سرطان»
    r"(?:\s+(?:province|city))?(?:\s*(?:\([\w .,\u200c-]+\)\s*)?[–—:-]|(?:\s*\([\w .,\u200c-]+\))?[,،]\s*"
    r"(?:afghanistan|\d|\w+\.?\s+\d))",
    re.IGNORECASE,
)
_DATELINE_GAP = re.compile(
    r"(?:\s+(?:province|city))?\s*[,،]\s*(?:(?:ولایت|province\s+of)\s+)?", re.IGNORECASE
)
_LINE_START = re.compile(r"(?:^|\n)[ \t*_]{0,2}$")
_LABEL = re.compile(r"(?:\s+(?:province|city))?\s*:", re.IGNORECASE)


_LOWER_AFTER = re.compile(r"[ \t]*[a-z]")


def _lead(text: str, start: int, dash_end: int) -> bool:
    """A place in mixed case, then a dash and a word in lower case ("Spin Boldak — two traders detained"):
    the lead of an item of notes, which places it, not a dateline ("KABUL —", "Kabul — The Taliban …").
    Only in text that keeps its case (not folded)."""
    name = text[start:dash_end]
    return not name.isupper() and any(c.isupper() for c in name) and bool(_LOWER_AFTER.match(text, dash_end))


def dateline_places(text: str, spans: list[tuple[int, int]], *, labels: bool = True) -> set[int]:
    """Indexes of the `spans` (places found in `text`, in order) that make up a dateline: at the start
    of a line, one or more places ("Nili, Daykundi"), then a date, an agency in brackets or a dash.
    labels  whether a place followed by a colon ("Kandahar: 3 detained …") counts as one too"""
    found: set[int] = set()
    index = 0
    while index < len(spans):
        start, end = spans[index]
        if not _LINE_START.search(text, max(0, start - 5), start):
            index += 1
            continue
        chain = [index]
        while chain[-1] + 1 < len(spans) and _DATELINE_GAP.fullmatch(
            text, spans[chain[-1]][1], spans[chain[-1] + 1][0]
        ):
            chain.append(chain[-1] + 1)
        for last in range(len(chain), 0, -1):  # the longest chain that a dateline's ending follows
            after = spans[chain[last - 1]][1]
            ending = DATELINE.match(text, after)
            if ending and (labels or not _LABEL.match(text, after)) and not _lead(text, start, ending.end()):
                found.update(chain[:last])
                break
        index = chain[-1] + 1
    return found


# A table cell that holds just a place: "| Baraki Barak |", "| Herat (Injil) |", "| Maruf district |".
_CELL_OPENS = re.compile(r"\|\s*$")
_CELL_CLOSES = re.compile(
    r"\s*(?:district|province|city|ولسوالی|ولایت|شهر|ولسوالۍ)?\s*(?:\([^)|]*\)\s*)?\|", re.IGNORECASE
)


def fills_a_table_cell(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] fills a cell of a Markdown or pipe table: a column of places (it confirms
    a name that is also a word, and places the row)."""
    return bool(_CELL_OPENS.search(text, max(0, start - 3), start) and _CELL_CLOSES.match(text, end))
