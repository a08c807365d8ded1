"""Counts of people or incidents written in digits or words, English or Dari, with a qualifier."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.events.script import fold

_UNITS_EN = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS_EN = [
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
]
_UNITS_FA = [
    "صفر",
    "یک",
    "دو",
    "سه",
    "چهار",
    "پنج",
    "شش",
    "هفت",
    "هشت",
    "نه",
    "ده",
    "یازده",
    "دوازده",
    "سیزده",
    "چهارده",
    "پانزده",
    "شانزده",
    "هفده",
    "هجده",
    "نوزده",
]
_TENS_FA = [
    "بیست",
    "سی",
    "چهل",
    "پنجاه",
    "شصت",
    "هفتاد",
    "هشتاد",
    "نود",
]
_HUNDREDS_FA = [
    "یکصد",
    "دوصد",
    "سیصد",
    "چهارصد",
    "پانصد",
    "ششصد",
    "هفتصد",
    "هشتصد",
    "نهصد",
]

# Pashto (also written with ی for ې).
_PASHTO = {
    "یو": 1, "یوه": 1, "دوه": 2, "درې": 3, "دری": 3, "څلور": 4, "پنځه": 5, "شپږ": 6, "اووه": 7, "اوه": 7,
    "اته": 8, "نهه": 9, "لس": 10, "یوولس": 11, "دوولس": 12, "دولس": 12, "دیارلس": 13, "څوارلس": 14,
    "پنځلس": 15, "شپاړس": 16, "اوولس": 17, "اتلس": 18, "نولس": 19, "شل": 20, "دېرش": 30, "دیرش": 30,
    "څلوېښت": 40, "څلویښت": 40, "پنځوس": 50, "شپېته": 60, "شپیته": 60, "اویا": 70, "اتیا": 80, "نوي": 90,
    "سل": 100,
    # 21-29: «پنځه ویشت» (five-twenty), also written as one word («یوویشت», «درویشت», «څلېرویشت»)
    "ویشت": 20, "يوويشت": 21, "یوویشت": 21, "دوه‌ویشت": 22, "دوویشت": 22, "درویشت": 23, "څلېرویشت": 24,
    "څلیرویشت": 24, "پنځه‌ویشت": 25, "پنځویشت": 25, "شپږویشت": 26, "اوه‌ویشت": 27, "اته‌ویشت": 28,
    "نه‌ویشت": 29,
    # the oblique forms after "د", "له", "په" («د دوو زرو کډوالو», «له پنځو سوو ډېر», «شلو تنو»)
    "دوو": 2, "درېیو": 3, "دریو": 3, "درىیو": 3, "څلورو": 4, "پنځو": 5, "شپږو": 6, "اوو": 7, "اتو": 8,
    "نهو": 9, "لسو": 10, "دولسو": 12, "پنځلسو": 15, "شلو": 20, "دېرشو": 30, "دیرشو": 30, "پنځوسو": 50,
    "سلو": 100,
}  # fmt: skip
# Words that are numbers only before a person or a counter ("نه" is also "no", "ده" a village,
# "دری" the language): "نه نفر", "ده تن", "درې تنه".
# "یک"/"یوه" ("a", "one") count people only before one ("یک عملیات", "یوه شپه" are no count).
_AMBIGUOUS = {"نه", "ده", "دری", "اوه", "لس", "شل", "سل", "یو", "یک", "یوه", "اوو", "اتو", "نهو", "نوي"}
_PEOPLE_AFTER = re.compile(
    r"\s+(?:\S+\s+)?(?:people|persons|men|women|children|afghans|migrants|refugees|families|soldiers|"
    r"deportees|returnees|نفر|تن|مهاجر|مهاجرین|مهاجران|پناهجو|پناهجویان|کس|کسان|کډوال)(?!\w)",
    re.IGNORECASE,
)
_ONE = {"یو", "یک", "یوه"}
_FAMILY = r"خانواده|خانوار|کورنۍ|کورنی"
_FAMILY_AFTER = re.compile(rf"\s+(?:\S+\s+)?(?:{_FAMILY})")
_COUNTER = re.compile(
    r"\s+(?:\S+\s+)?(?:نفر|تن|تنه|کس|کسه|کسان|سرباز|نظامی|عضو|اعضای|مرد|زن|کودک|پناهجو|مهاجر|خبرنگار|"
    r"سرتیر|سرتیری|پوځی|افسر|پولیس|کارمند|جوان|فعال|غیرنظامی|ملکی|فرد|افراد|ماشوم|ښځ|ښځه|سړی|سړ|کډوال|"
    r"افغان|خبریال|زندانی|بندی|معلم|استاد|ځوان|ښوونک|زده کوونک|سوداګر|سوداگر|دوکاندار|دکاندار|عسکر|"
    r"وروڼه|کارګر|کارگر|هلک|نجون|محصل|دانشجو|شاګرد|شاگرد|مسافر|راننده|موټروان|بزګر|دهقان|نوجوان|"
    rf"{_FAMILY})"
    r"(?:ان|ها|ی|ي|یان|و|ه|ې|ین)?(?!\w)".replace("ي", "ی")
)

WORD_VALUES: dict[str, int] = (
    {w: i for i, w in enumerate(_UNITS_EN)}
    | {w: 20 + 10 * i for i, w in enumerate(_TENS_EN)}
    | {w: i for i, w in enumerate(_UNITS_FA)}
    | {w: 20 + 10 * i for i, w in enumerate(_TENS_FA)}
    | {w: 100 * (i + 1) for i, w in enumerate(_HUNDREDS_FA)}
    | {"دویست": 200, "شیش": 6, "هیجده": 18, "پونزده": 15}
    | _PASHTO
)
# Pashto "دوه سوه" (200), "درې زره" (3,000); "زره" is also "heart", "زر" "soon", "سوه" nothing alone:
# those count only after a number.
_MULTIPLIERS = {"hundred": 100, "صد": 100, "dozen": 12, "سوه": 100, "سوو": 100}
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SCALES |= {"هزار": 1_000, "میلیون": 1_000_000, "ملیون": 1_000_000, "زره": 1_000, "زر": 1_000, "زرو": 1_000}
_AFTER_A_NUMBER = {"زره", "زر", "سوه", "زرو", "سوو"}
# "one and a half thousand", "half a dozen", «یک و نیم هزار», «یک‌ونیم هزار», Pashto «دوه نیم زره» (2,500).
_HALF = {"half", "نیم"}
# "several hundred", «چند صد», «څو زره»: a round number no one counted (rule 6: no count).
_UNCOUNTED = re.compile(r"(?:several|a few|few|some|many|چند|چندین|څو|ګڼ|گڼ)\s+$", re.IGNORECASE)
# Pashto and English qualifiers after the number: «له دوه زره ډېر» (more than 2,000), "20 or more".
_AT_LEAST_AFTER = re.compile(
    r"\s+(?:or more|and more|یا بیشتر|یا زیات|(?:نه\s+|څخه\s+)?(?:ډېر|ډیر|زیات))(?!\w)"
)
_FROM_BEFORE = re.compile(r"(?:^|\s)(?:له|تر)\s+$")
# Plural round numbers: "dozens of soldiers" means at least two dozen.
_VAGUE = {
    "tens of thousands": 20_000, "hundreds of thousands": 200_000, "dozens": 24, "scores": 40,
    "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
    "ده ها": 20, "دهها": 20, "صدها": 200, "صد ها": 200, "هزاران": 2_000, "ده ها هزار": 20_000,
    # Pashto «لسګونه» (tens), «سلګونه» (hundreds), «زرګونه» (thousands), and their oblique «په لسګونو»
    "لسګونه": 20, "لسګونو": 20, "سلګونه": 200, "سلګونو": 200, "زرګونه": 2_000, "زرګونو": 2_000,
    "لسگونه": 20, "لسگونو": 20, "سلگونه": 200, "سلگونو": 200, "زرگونه": 2_000, "زرگونو": 2_000,
}  # fmt: skip
_AT_LEAST = (
    # not the particle of "handed over 1,240 Afghans", "turned over", "took over"
    "at least|no fewer than|not fewer than|no less than|not less than|a minimum of|more than|"
    r"(?<!handed\s)(?<!handing\s)(?<!hand\s)(?<!hands\s)(?<!turned\s)(?<!took\s)(?<!taken\s)over|"
    "upwards of|in excess of|"
    "دست کم|دستکم|حداقل|کم از کم|بیش از|بیشتر از|بالغ بر|لږ تر لږه|لږترلږه|کم تر کمه|تر کمه|"
    "نه کم تر از|نه کمتر از"  # «نه کم‌تر از ۴۰۰» (no fewer than 400)
).replace(" ", r"\s+")
_ABOUT = (
    "about|around|approximately|roughly|nearly|almost|some|an estimated|estimated|up to|close to|"
    "در حدود|حدود|حدودا|تقریبا|نزدیک به|شاوخوا|نږدې|نږدی|اټکل"
).replace(" ", r"\s+")


@dataclass(frozen=True, slots=True)
class Count:
    """How many: `value` with a qualifier, "exact", "at least" or "about"; `vague` when no one counted
    ("dozens", «ده‌ها», «لسګونه»: the value is the least the word means, kept to compare and add up)."""

    value: int
    qualifier: str = "exact"
    vague: bool = field(default=False, compare=False)


@dataclass(frozen=True, slots=True)
class CountMatch:
    """A count found in a text; `text[start:end]` is the expression including its qualifier."""

    count: Count
    start: int
    end: int


def _alternation(words: object) -> str:
    items = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(re.escape(w) for w in items)


_WORD = _alternation([*WORD_VALUES, *_MULTIPLIERS, *_SCALES, *_HALF])
_SCALE = _alternation([*_SCALES, *_MULTIPLIERS])
_NUMBER = re.compile(
    rf"""(?<![\w$€£#/:.,])
    (?:(?P<qual>{_AT_LEAST}|{_ABOUT})\s+)?
    (?:(?P<vague>{_alternation(_VAGUE)})
      |(?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d+)(?P<decimal>\.\d+)?(?:\s*(?P<dscale>{_SCALE}))?
      |(?P<words>(?:a\s+)?(?:{_WORD})(?:(?:[\s\-]+(?:(?:and|و|او)\s+)?(?:a\s+)?|\s+و)(?:{_WORD}))*)
    )(?![\w/:%]|\.\d|-(?:year|day|month|week|hour|minute))""",
    re.VERBOSE,
)
# "one hundred percent", "five provinces": numbers that count things other than people or incidents.
# "aged 25", "aged between 18 and 25": ages; "boys under 18", "under the age of 15", "younger than 17",
# «زیر سن ۱۸», Pashto «له ۱۸ کلونو کم» (the years' word after it is a duration's: see _NOT_PEOPLE)
_AGED = re.compile(
    r"(?:\baged?\s+(?:between\s+|from\s+)?(?:\d+\s*(?:and|to|-|–)\s*)?|"
    r"\b(?:under|below|over|above|at)\s+the\s+age\s+of\s+|"
    # "arrested at 17", "married at 15", "when he was 16": an age
    r"\b(?:arrested|detained|held|jailed|imprisoned|sentenced|executed|hanged|married|taken|recruited)\s+at\s+|"
    r"\bwhen\s+(?:he|she)\s+was\s+|"
    # "a girl of thirteen", "a boy of 15": one person's age
    r"\b(?:a|an|the)\s+(?:boy|girl|man|woman|child|son|daughter|teenager|widow|youth)\s+of\s+|"
    # "My father-in-law, he is seventy, …", "a boy who was just 15"
    r"\b(?:he|she|who)\s+(?:is|was)\s+(?:just\s+|only\s+|about\s+|nearly\s+|almost\s+|barely\s+)?|"
    r"\b(?:boys?|girls?|child|children|minors?|juveniles?|adolescents?|teenagers?|students?|pupils?)\s+"
    r"(?:under|below|younger than|older than|over)\s+|\b(?:younger|older)\s+than\s+|"
    r"(?<!\w)(?:زیر|کمتر از|بالاتر از|بیشتر از)?\s*سن\s+|"
    # Pashto «چې عمرونه یې له دولسو څخه تر پنځلسو کلونو», Dari «که عمرشان بین ۱۲ تا ۱۵ سال»: their ages
    r"(?<!\w)(?:عمرونه|عمر|عمرشان|عمرش|سنین)\s+(?:یې\s+|یی\s+)?(?:له|بین|از|د|میان)?\s*)$"
)
# "one of them said by his family to be seventeen", "the youngest, believed to be 15": one person's age
_SAID_AGE = re.compile(
    r"\b(?:one of (?:them|whom|the \w+)|he|she|the (?:youngest|eldest|oldest)|"
    r"(?:a|the) (?:boy|girl|man|woman|teenager|child|youth|student|detainee|prisoner))\b[^.;:]{0,40}?"
    r"\b(?:to be|as)\s+(?:just\s+|only\s+|about\s+)?$"
)
_NOT_PEOPLE = re.compile(
    r"(?:\s*(?:and|to|or|-|–|تا|و)\s*\d+)?"  # "18 to 25 years", «۱۸ تا ۲۵ سال»
    r"\s*(?:percent|per cent|years?|months?|weeks?|days?|hours?|minutes?|decades?|times|km|kilometres?|"
    r"miles?|dollars|afghanis|kilograms?|tonnes?|درصد|سال|ماه|هفته|روز|ساعت|بار|"
    # money: «در برابر سیصد هزار افغانی», Pashto «لس زره افغانۍ»
    r"افغانی|افغانۍ|دالر|ډالر|روپیه|روپۍ|کلدار|تومان|"
    # ages: «پسر ۱۵ ساله», Pashto «۱۵ کلن هلک»
    r"ساله|سالہ|کلن|کلنه|کلني|کلنی|کلنۍ|"
    # Dari durations as adjectives: «دوره چهارروزه», «حبس سه‌ماهه»
    r"روزه|ماهه|هفته ای|"
    # Pashto durations: «دوو ورځو», «درې میاشتې», «پنځه کاله»
    r"ورځ|ورځې|ورځو|ورځی|اونۍ|اونی|اونیو|میاشت|میاشتې|میاشتو|کال|کاله|کلونه|کلونو|ساعته|ساعتونو|"
    # nights: "two nights", «دو شب», «دوه شپې»
    r"nights?|شب|شبانه|شپې|شپو|شپه|شپی|"
    # the time of day: "at about 11 pm", "10 a.m.", "11 o'clock", "11 at night"
    r"pm|am|p\.m|a\.m|o'clock|o’clock|at night|in the (?:morning|evening|afternoon)|"
    # weekdays: «سه‌شنبه», «پنج شنبه», Pashto «د سه شنبې په ورځ»; Pashto lashes: «۲۰ دُرې», «۳۰ دورې»
    r"شنبه|شنبې|شنبی|درې|دری|دورې|دوری)(?!\w)"
)


# "District 6 of Kandahar city", "Police District 11", «ناحیه ۶»: a number that names a place, not a count.
_NAMED_BY = re.compile(
    r"(?<!\w)(?:district|pd|block|phase|sector|zone|street|gate|no\.?|ناحیه|حوزه|بلاک|فاز|سرک|جاده|دروازه)\s*$"
    r"|(?<![\w-])[a-z]{1,5}-$|#\s*$"  # a case or file number: "E-121", "#45", "covid-19"
)


def _words_value(words: str) -> int | None:
    """ "twenty-five" → 25, "two hundred and fifty" → 250, «دوه زره» → 2000, "one and a half million",
    «یک‌ونیم هزار» → 1500; None for words that are no number alone ("half", «زره» heart)."""
    tokens = [t for t in re.split(r"[\s\-]+", words) if t and t not in {"and", "و", "او"}]
    # "بیست‌وپنج", «یک‌ونیم»: "and" written on to the next number
    known = WORD_VALUES.keys() | _MULTIPLIERS.keys() | _SCALES.keys() | _HALF
    tokens = [t[1:] if t not in known and t.startswith("و") and t[1:] in known else t for t in tokens]
    if any(t not in known and t != "a" for t in tokens):
        return None
    numbers = [t for t in tokens if t != "a"]
    if tokens and tokens[0] == "a" and not (len(tokens) > 1 and tokens[1] in _MULTIPLIERS | _SCALES):
        return None  # "a" before a plain number word is no count ("a one-off")
    if not numbers or numbers[0] in _AFTER_A_NUMBER or all(t in _HALF for t in numbers):
        return None
    simple = [WORD_VALUES.get(t, 0) for t in numbers]
    if any(10 <= a < 100 and 10 <= b < 100 for a, b in zip(simple, simple[1:], strict=False)):
        return None  # "twenty and thirty": two numbers (a range or a list), not one
    total, current = 0.0, 0.0
    for token in numbers:
        if token in _HALF:
            current += 0.5  # "one and a half", «دوه نیم»; "half a dozen": 0.5 × 12
        elif token in _SCALES:
            total += (current or 1) * _SCALES[token]
            current = 0
        elif token in _MULTIPLIERS:
            current = (current or 1) * _MULTIPLIERS[token]
        elif WORD_VALUES[token] == 100 and 0 < current < 10:
            current *= 100  # Pashto «یو سل», «دوه سل»
        else:
            current += WORD_VALUES[token]
    value = total + current
    return int(round(value)) if value >= 1 else None


# A season, a Solar month or the word for year before it: «در تابستان ۱۴۰۱», «سال ۱۳۹۹», «د ۱۴۰۰ کال»
_SOLAR_BEFORE = re.compile(
    r"(?<!\w)(?:سال|کال|تابستان|زمستان|بهار|پاییز|خزان|اوړي|ژمي|پسرلي|مني|حمل|ثور|جوزا|سرطان|اسد|سنبله|"
    r"میزان|عقرب|قوس|جدی|دلو|حوت|وری|غويی|غویی|غبرګولی|چنګاښ|زمری|وږی|تله|لړم|لیندۍ|مرغومی|سلواغه|کب)"
    r"[یِ]?\s*$"
)


def _value(match: re.Match[str]) -> tuple[int, str] | None:
    """The number and the qualifier its wording implies ("dozens": at least; "a dozen": about)."""
    if match["vague"]:
        return _VAGUE[re.sub(r"\s+", " ", match["vague"])], "at least"
    if match["digits"]:
        digits = match["digits"].replace(",", "")
        # "about 2000 migrants", "۲۰۰۰ مهاجر" count people; "in 2000" is a year
        counted = match["qual"] or _PEOPLE_AFTER.match(match.string, match.end())
        grouped = "," in match["digits"]  # "1,905 people": a count; a year is never written "2,024"
        plain = not (match["dscale"] or counted or grouped)
        is_year = len(digits) == 4 and 1900 <= int(digits) <= 2100 and plain
        # «در تابستان ۱۴۰۱», «سال ۱۳۹۹»: a Solar Hijri year after a season, a month or the year's word
        before = match.string[max(0, match.start() - 14) : match.start()]
        solar = len(digits) == 4 and 1300 <= int(digits) <= 1450 and plain and _SOLAR_BEFORE.search(before)
        is_year = is_year or bool(solar)
        if is_year or (len(digits) > 1 and digits.startswith("0")) or len(digits) > 9:
            return None
        decimal = match["decimal"] or ""
        if len(decimal) == 4 and not match["dscale"]:  # "2.300 migrants": a thousands separator
            digits, decimal = digits + decimal[1:], ""
        number = float(digits + decimal)
        scale = match["dscale"]
        factor = _SCALES.get(scale, _MULTIPLIERS.get(scale, 1)) if scale else 1
        return int(round(number * factor)), "exact"
    value = _words_value(match["words"])
    if value is None:
        return None
    return value, "about" if "dozen" in match["words"] else "exact"


def _qualifier(qual: str | None, implied: str) -> str:
    if qual is None:
        return implied
    return "at least" if re.fullmatch(_AT_LEAST, re.sub(r"\s+", " ", qual)) else "about"


# A number opening a line, as numbered paragraphs are ("2.3 A former …", "3.1.2 On 9 May …").
_SECTION_NUMBER = re.compile(r"(?:^|\n)[ \t]*$")
# A list item's number opening a line: "(3) Maymana.", "4) Almar", "2. Herat".
_ITEM_OPEN = re.compile(r"(?:^|\n)[ \t]*[(\[]?$")
_ITEM_CLOSE = re.compile(r"[)\]]|\.(?:\s|$)")


def find_counts(text: str) -> list[CountMatch]:
    """Counts in `text` ("at least 20", "fifteen", "۱۵", "دست‌کم بیست و پنج"), in order.

    Years, percentages, durations and money are left out.
    """
    folded = fold(text)
    found: list[CountMatch] = []
    for match in _NUMBER.finditer(folded.text):
        value = _value(match)
        pair = _TWO_NUMBERS.fullmatch(match["words"] or "") if value is None else None
        if pair:  # "between twenty and thirty": each number on its own (then one range, below)
            for part in ("first", "second"):
                part_value = _words_value(pair[part])
                if part_value:
                    start, end = folded.span(
                        match.start("words") + pair.start(part), match.start("words") + pair.end(part)
                    )
                    found.append(CountMatch(Count(part_value, "exact"), start, end))
            continue
        age = _AGED.search(folded.text[max(0, match.start() - 30) : match.start()]) or _SAID_AGE.search(
            folded.text[max(0, match.start() - 70) : match.start()]
        )
        named = match["digits"] and _NAMED_BY.search(folded.text[max(0, match.start() - 16) : match.start()])
        if value is None or age or named or _NOT_PEOPLE.match(folded.text, match.end()):
            continue
        # "2.3 A former police officer …" opening a line, not "2.300 migrants" nor "1.7 million"
        section = match["decimal"] and len(match["decimal"]) <= 3 and not match["dscale"]
        if section and _SECTION_NUMBER.search(folded.text, 0, match.start()):
            continue  # a paragraph's number
        if (
            match["digits"]
            and _ITEM_OPEN.search(folded.text, 0, match.start())
            and _ITEM_CLOSE.match(folded.text, match.end())
        ):
            continue  # "(3) Maymana.", "4) Almar", "2. Herat": a list item's number
        words = [w for w in re.split(r"[\s\-]+", (match["words"] or "").strip()) if w and w != "و"]
        ambiguous = bool(words) and all(w in _AMBIGUOUS for w in words)  # "نه ده" is "is not", not 19
        if ambiguous and not _COUNTER.match(folded.text, match.end()):
            continue
        if words and set(words) <= _ONE and _FAMILY_AFTER.match(folded.text, match.end()):
            continue  # «اعضای یک خانواده» (of one family), «یو شمېر کورنۍ» (a number of families): no count
        if _each_or_lashes(words, folded.text[max(0, match.start() - 12) : match.start()]):
            continue
        if _uncounted(folded.text, match):
            continue
        qualifier = _qualifier(match["qual"], value[1])
        if qualifier == "exact" and _qualified_after(folded.text, match):
            qualifier = "at least"
        start, end = folded.span(match.start(), match.end())
        if _age_in_apposition(text, start, end, match):
            continue
        found.append(CountMatch(Count(value[0], qualifier, vague=bool(match["vague"])), start, end))
    return _ranges(text, _with_both(text, found))


# "Both were held for two nights", "both men", "both of them", "the two were …", Pashto «دواړه», «دواړو»: two
# people; not "both in Kabul and in Herat" (a pair of anything joined by "and").
_BOTH = re.compile(
    r"(?<![\w-])(?:(?:both|the two)(?=\s+(?:of\s+(?:them|the|these|those)|men|women|brothers|sisters|boys|"
    r"girls|sons|daughters|journalists|activists|teachers|students|reporters|bodies|were|had|have|are|was|"
    r"remain|remained|said|told|say)(?!\w))|دواړه|دواړو)(?!\w)",
    re.IGNORECASE,
)
_BOTH_AND = re.compile(r"[^.;:!?,،]{0,60}?\s(?:and|او)\s", re.IGNORECASE)


def _with_both(text: str, found: list[CountMatch]) -> list[CountMatch]:
    """`found` with "both" and "the two" as counts of two where nothing else counts those words."""
    extra = [
        CountMatch(Count(2), m.start(), m.end())
        for m in _BOTH.finditer(text)
        if not _BOTH_AND.match(text, m.end())
        and not any(c.start < m.end() and m.start() < c.end for c in found)
    ]
    return sorted([*found, *extra], key=lambda c: c.start) if extra else found


_TWO_NUMBERS = re.compile(r"\s*(?P<first>\S+)\s+and\s+(?P<second>\S+)\s*")
# "between 20 and 30 women", "20 to 30", "20-30", «بین ۲۰ تا ۳۰ زن», Pashto «له ۲۰ تر ۳۰»: at least the first
_RANGE_JOIN = re.compile(r"\s*(?:-|–|to|and|or|تا|تر|الی|و|یا)\s*$", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"(?:between|from|بین|میان|از|له)\s+$", re.IGNORECASE)


def _ranges(text: str, found: list[CountMatch]) -> list[CountMatch]:
    """Two counts making a range ("between 20 and 30") are one count: at least the lower."""
    merged: list[CountMatch] = []
    for count in found:
        last = merged[-1] if merged else None
        joined = last is not None and _RANGE_JOIN.fullmatch(text[last.end : count.start])
        opened = last is not None and _RANGE_OPEN.search(text[max(0, last.start - 10) : last.start])
        between = text[last.end : count.start].lower() if last is not None else ""
        dash = between.strip() in ("-", "–")
        either = between.strip() in ("or", "یا")  # "sixty or seventy men", «پنج یا شش تن»: at least the lower
        if (
            last
            and joined
            and (opened or dash or either or "to" in between)
            and (last.count.value < count.count.value and not last.count.vague and not count.count.vague)
        ):
            merged[-1] = CountMatch(Count(last.count.value, "at least"), last.start, count.end)
        else:
            merged.append(count)
    return merged


def _each_or_lashes(words: list[str], before: str) -> bool:
    """Dari and Pashto number words that count no people: a number said twice is "each" (Pashto «دېرش دېرش
    دُرې», thirty lashes each; «پنج پنج ضربه»), and Pashto «درې» after a number is «دُرې» (lashes), not
    three: Pashto puts the units first (33 is «درې دېرش»), and «۲۰ درې» is twenty lashes."""
    if words and words[-1] in _LASHES and _DIGITS_BEFORE.search(before):
        return True
    if len(words) < 2:
        return False
    if words[0] == words[1]:
        return True
    return words[-1] in _LASHES and WORD_VALUES.get(words[-2], 0) >= 10


_LASHES = {"درې", "دری"}
_DIGITS_BEFORE = re.compile(r"\d\s+$")


def _uncounted(text: str, match: re.Match[str]) -> bool:
    """ "several hundred", «چند هزار», «څو سوه»: a round number with no count before it."""
    words = match["words"] or ""
    bare = words.split()[0] in _MULTIPLIERS | _SCALES if words.split() else False
    before = text[max(0, match.start() - 12) : match.start()]
    return bare and not match["qual"] and _UNCOUNTED.search(before) is not None


_APPOSITION_BEFORE = re.compile(r"[^\W\d]\s*[,،]\s*$")
_APPOSITION_AFTER = re.compile(r"\s*[,،](?!\s*[A-Z])")  # "…, 45, served", not a list "Herat, 12, Kabul, 3"


def _age_in_apposition(text: str, start: int, end: int, match: re.Match[str]) -> bool:
    """ "the boy, 15, was …", "Abdul Rahim, 45, served …": an age between commas after a name, no count.

    text  the original text (not folded: its capitals tell a list "Herat, 12, Kabul, 3" from an age)
    """
    if not match["digits"] or match["qual"] or len(match["digits"]) > 2:
        return False
    before = text[max(0, start - 3) : start]
    return bool(_APPOSITION_BEFORE.search(before)) and _APPOSITION_AFTER.match(text, end) is not None


def _qualified_after(text: str, match: re.Match[str]) -> bool:
    """ "20 or more", Pashto «له دوه زره ډېر» (more than two thousand): at least."""
    after = _AT_LEAST_AFTER.match(text, match.end())
    if after is None:
        return False
    before = text[max(0, match.start() - 6) : match.start()]
    return "or more" in after[0] or "یا" in after[0] or _FROM_BEFORE.search(before) is not None


def parse_count(text: str) -> Count | None:
    """The first count in `text`, e.g. parse_count("about 300") == Count(300, "about")."""
    counts = find_counts(text)
    return counts[0].count if counts else None
