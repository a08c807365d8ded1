"""A threat told as a condition: someone was told what would be done to them if they did something ("told
our mother that the house would be burned if …", «به من گفت اگر با رسانه‌ها صحبت کنم، خانواده‌ام را
بازداشت می‌کنند», «ورته یې وویل چې که …، نو بندي به شي»). The telling is a threat made; the harm
named in the condition's consequence was not done."""

from __future__ import annotations

import re

from desktop.events.suggesting import compile_folded
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.vocabulary import Hit

# English: "told [whom] (that) [who] would be [done] … if": the consequence is the "would be" words.
_HARMS_EN = (
    r"(?:burn|clos|shut|arrest|detain|kill|jail|imprison|beat|flog|punish|expel|deport|demolish|seiz|confiscat|"
    r"seal|taken|sent to prison|banned|disappear)\w*"
)
_HARM_EN = rf"(?:would|will|could)\s+(?:also\s+)?(?:be\s+)?{_HARMS_EN}"
_TOLD_EN = compile_folded(
    # "told our mother that the house would be burned if …", "said I should stop or I would disappear"
    rf"(?<!\w)(?P<told>told|said|saying)\s+(?:\S+\s+){{1,8}}?(?:that\s+)?(?:\S+\s+){{0,6}}?"
    rf"(?:(?P<harm>{_HARM_EN})[^.;:]{{0,40}}?\s(?:if|unless)\s|or\s+(?:\S+\s+){{0,2}}?(?P<harm2>{_HARM_EN}))"
    # "warned that the driver would be jailed if they came back": a condition, what would (not could) be done
    rf"|(?<!\w)(?P<warned_if>warned)\s+that\s+(?:\S+\s+){{0,6}}?(?P<harm4>(?:would|will)\s+(?:also\s+)?be\s+"
    rf"{_HARMS_EN})[^.;:]{{0,40}}?\s(?:if|unless)\s"
    # a warning of harm needs no condition: "warned village elders that any household sheltering fighters
    # would be expelled", "a letter … warning that the house would be burned"
    # (someone warned, or a letter or call warning: not "officials warned that schools could be closed")
    rf"|(?<!\w)(?:(?P<warned>warned)\s+(?!that\s)(?:\S+\s+){{1,8}}?"
    rf"|(?:letter|message|call|note)\s+(?:\S+\s+){{0,14}}?(?P<warning>warning)\s+)"
    rf"that\s+(?:\S+\s+){{0,8}}?(?P<harm3>(?:would|will)\s+(?:also\s+)?be\s+{_HARMS_EN})"
    # whoever does something is told what will be done to them: "told the elder that anyone who comes back to
    # the land will be treated as a thief", "told a meeting of elders that families whose sons "are with the
    # front" would lose their land", "told every stall owner that any shop found open … would be sealed"
    rf"|(?<!\w)(?P<told_any>told|warned)\s+(?:\S+\s+){{1,8}}?that\s+(?:anyone|anybody|whoever|any\s+\S+|"
    r"families|those|people|parents|relatives|residents|elders|shopkeepers|traders)\s+"
    r"(?:who|whose|that|found|caught|seen|with)\s+(?:\S+\s+){0,12}?"
    rf"(?P<harm5>(?:would|will)\s+(?:also\s+)?(?:be\s+)?(?:{_HARMS_EN}|lose|treated as|answer for|pay for))",
    re.IGNORECASE,
)
# Told to private people (not to reporters) what would happen if they did something, whatever the harm:
# "told her that if I spoke to foreign media again, she would be collecting my body", "were told by the
# district police chief that their families would "pay for it" if the protests continued", "a letter … warning
# that "the sons will follow the father" if they kept asking".
_WHOM = (
    r"(?:her|him|them|us|me|you|(?:the|his|her|their|our|my)\s+(?:\S+\s+)?(?:family|families|mother|father|"
    r"fathers|mothers|parents|wife|husband|brother|brothers|sister|sisters|son|sons|daughters?|relatives|"
    r"elders|villagers|neighbours|colleagues|relatives))"
)
_TOLD_PERSON_EN = compile_folded(
    rf"(?<!\w)(?:(?P<told>told|tells|telling|warned)\s+{_WHOM}\s+(?:\S+\s+){{0,2}}?|"
    # "had summoned them and warned that …", "Station manager warned his station will be shut …"
    rf"(?:summoned|called|gathered|visited|met)\s+(?:\S+\s+){{1,6}}?and\s+(?P<warned_met>warned)\s+|"
    r"(?P<warned_self>warned)\s+(?=(?:his|her|their)\s+\S+\s+(?:will|would)\s)|"
    r"(?:were|was)\s+(?P<told_passive>told|warned)\s+(?:by\s+(?:\S+\s+){1,6}?)?|"
    # "was called in by intelligence and told to stop his programme "or else""
    r"(?:and|then)\s+(?P<told_and>told|warned)\s+(?=to\s)|"
    # "the officer said that if I spoke to any foreigner, they would come for my nephew again"
    r"(?P<said_if>said|says)\s+(?:to\s+(?:me|us|him|her|them)\s+)?(?:that\s+)?"
    r"(?=if\s+(?:i|we|you|he|she|they|my|our|his|her|their|anyone|anybody|someone|any)\s)|"
    r"(?:letter|message|note|call)\s+(?:\S+\s+){0,14}?(?P<warning>warning)\s+|"
    # "came to the family's door …, warning that "the brothers will answer for him""
    r"(?<=,)\s+(?P<warned_comma>warning)\s+(?:(?:him|her|them|us|me)\s+)?(?=that\s+[\"“‘]))"
    r"(?:that\s+)?(?P<harm>[^.;:]{0,160}?)(?=[.;:]|$)"
)
# A warning's own words with what will be done, in quotes: "a voice message warning that "the next doctor will
# not come back"" (the speaker's words, not a forecast: "officials warned that prices will rise" is none).
_QUOTED_WILL = compile_folded(r"[\"“‘][^\"”’]{0,120}?(?<!\w)(?:would|will|'ll)(?!\w)")
# A demand with what follows if it is not met: "told the teacher to close it or they would "seal the door"",
# "telling them to "shut your mouths or join him"", "warned families to leave their fields … or "face the
# consequences"", "told the caretaker to leave the compound "before Friday" or be thrown out".
_DEMAND_OR_EN = compile_folded(
    r"(?<!\w)(?P<told>told|tells|telling|warned|warning)\s+(?:\S+\s+){1,6}?to\s+[\"“‘']?\w+"
    r"(?P<harm>[^.;:]{0,100}?\s[\"“‘']?or\s+[\"“‘']?(?:else|be\s+\w+|face|lose|risk|pay|suffer|join|"
    r"(?:they|we|he|she|you)\s+(?:would|will|'ll))(?!\w)[^.;:]{0,80})"
)
_CONDITIONAL = compile_folded(
    r"(?<!\w)(?:if|unless|or else|otherwise|"
    # "families who spoke to journalists would answer for it": whoever does it
    r"(?:anyone|anybody|whoever|families|those|people|parents|relatives|residents|elders|journalists)\s+who)(?!\w)"
)
_WOULD = compile_folded(r"(?<!\w)(?:would|will|'ll|wo n't|won't)(?!\w)")
# Threats whatever the harm: "… or else", "she will regret it", «پشیمان می‌شوی», Pashto «پښېمانه به شې»; and a
# condition that silences ("if anyone from this house speaks to a radio station", «اگر با رسانه‌ها گپ بزنید»,
# «اگر شکایت کنیم», Pashto «که له رسنیو سره خبرې وکړې»): telling someone what follows if they speak threatens.
_THREAT_ANYWAY = compile_folded(r"(?<!\w)(?:or else|regret|پشیمان|پښېمان|پښیمان)")
_SILENCING = compile_folded(
    r"(?<!\w)(?:spoke|speaks?|speaking|talk(?:s|ed)?|complain\w*|gives? interviews?|contact\w*|reports?)\s+"
    r"(?:\S+\s+){0,3}?(?:media|journalists?|reporters?|radio|television|tv|the un|united nations|foreign\w*|"
    r"anyone|anybody|outsiders|the press)|"
    r"رسانه|خبرنگار|شکایت|گپ بزن|صحبت کن|چیزی بگوی|سازمان ملل|رسنیو|رسنۍ|خبریال|شکایت|خبرې وکړ"
)
# Dari and Pashto: "told (that) if …, …" (Dari «که» is "that", Pashto «که» "if"); the consequence after
# the condition's comma, up to the clause end.
_TOLD_FA_PS = compile_folded(
    r"(?<!\w)(?:(?P<told>گفت|گفتند|گفته بود|گفته بودند|گفته است|گفته اند|نوشته بودند|نوشته بود|نوشته شده بود|"
    r"نوشته شده است|نوشته اند)\s+(?:که\s+)?[«\"]?\s*اگر"  # «… گفتند که «اگر فردا …»»: the words quoted
    r"|(?P<told_ps>وویل|وویلې|وویلو|ویلي دي|ویلي وو|ویی ویل|یی ویل|ویې ویل|یې ویل|لیکلي وو|لیکلي دي|ویل شوي|"
    r"ویل شوی|ویل شوې|"
    r"(?:اخطار|خبرداری|ګواښ)\s+ورکړ\S*|(?:هشدار|اخطار)\s+داد\S*|(?:هشدار|اخطار)\s+داده\s+(?:شده\s+)?(?:است|اند|بود|بودند))"
    r"\s*:?\s+(?:چې\s+)?[«\"]?\s*(?:که|اگر))"
    # (no comma before a threat whatever its harm: «اگر به کارش ادامه دهد «پشیمان خواهد شد»»)
    r"\s+(?P<condition>[^.؟!؛]{2,80}?)"
    r"(?:[،,]\s*|\s+(?=[«\"]?\s*(?:پشیمان|پښېمان|پښیمان|خود مسئول|مسئول عواقب|عواقب))|\s+(?=«))"
    r"(?P<harm>[^.؟!؛،,]{2,80})"
)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
# What will be done to someone, in words the vocabulary has no event for: «او را دوباره می‌برند» (they will
# take him again), «می‌کشیم», houses pulled down («خراب می‌کنیم»), Pashto «بیا به مو راولو» (we will bring
# you again), «وژنو», «بوځو».
_DONE_TO_SOMEONE = compile_folded(
    r"(?<!\w)(?:می ?(?:برند|بریم|بریمش|بریمت|کشند|کشیم|کشیمت|زنند|زنیم|گیرند|گیریم)|پس نمی اورند|"
    # houses destroyed or burned, people put out: «خانه‌ها را بر سر شما خراب می‌کنیم»
    r"(?:خراب|ویران|بیرون|اخراج|زندانی|بازداشت|حبس) می ?(?:کنیم|کنند)|نخواهند دید|نخواهید دید|"
    r"(?:اتش|آتش) (?:می ?(?:زنیم|زنند)|خواهیم زد|خواهند زد)|می ?سوزانیم|می ?سوزانند|"
    r"(?:خراب|ویران|بیرون|اخراج|زندانی|بازداشت) (?:خواهیم|خواهند) (?:کرد|ساخت)|"
    # «با او طور دیگری برخورد خواهند کرد» (they will deal with her otherwise): a veiled threat
    r"(?:طور|طوری|گونه|شکل) (?:دیگری|دیگر) (?:برخورد|رفتار)|برخورد (?:جدی|سخت)|"
    r"به\s+(?:\S+\s+){0,2}?(?:راولو|راوړو|بوځو|وژنو|ونیسو|ووهو|نیسو|ونړوو|وسوځوو|وباسو|ورانوو))(?!\w)"
)
# A letter's or a call's words are a threat whatever harm they name («نامه‌ای … که در آن نوشته بودند اگر …،
# پسر دوم هم خواهد رفت»).
_LETTER = compile_folded(r"(?<!\w)(?:نامه|شب ?نامه|پیام|لیک|لیکلی|پیغام|ټیلیفون|تیلیفون|تلفن|تلیفون|زنگ)")


# Who warns of what may come to pass, not of what they will do: aid agencies, the UN, NGOs.
_FORESEER = compile_folded(
    r"(?<!\w)(?:(?:aid|humanitarian|relief|un|united nations) (?:agencies|organi[sz]ations|groups|workers)|"
    r"united nations|unhcr|iom|unicef|ngos|سازمان ها|سازمان های|سازمان ملل|نهادهای|نهاد های|موسسات|مؤسسات|"
    r"ملګرو ملتونو|مرستندویه|بنسټونه|بنسټونو)(?!\w)"
)


def told_threat(item: ReadSentence) -> tuple[Hit, tuple[int, int]] | None:
    """The threat's trigger (the telling verb) and the folded span of the harm it named, if the sentence
    tells such a conditional threat with an event as its consequence."""
    folded = item.folded.text
    cues = (
        "if", "unless", " or ", "or else", "regret", "warn", "anyone", "anybody", "who", "any ", "اگر", "که",
    )  # fmt: skip
    if not any(c in folded for c in cues):
        return None  # the cheap test: no condition
    pattern = _TOLD_FA_PS if _ARABIC.search(folded) else _TOLD_EN
    m = pattern.search(folded)
    if m is None and pattern is _TOLD_EN:
        person = _TOLD_PERSON_EN.search(folded)
        said = person["harm"] if person else ""
        warned = person and (person["warning"] or person["warned_comma"])
        if person and (
            (_CONDITIONAL.search(said) and (_WOULD.search(said) or _SILENCING.search(said)))
            or _THREAT_ANYWAY.search(said)
            or (warned and _QUOTED_WILL.match(said))
        ):
            pattern, m = _TOLD_PERSON_EN, person
    if m is None and pattern is _TOLD_EN:
        m = _DEMAND_OR_EN.search(folded)
        pattern = _DEMAND_OR_EN if m else pattern
    if m is None:
        return None
    group = next(
        (g for g in ("harm", "harm2", "harm3", "harm4", "harm5") if g in pattern.groupindex and m.group(g)),
        "harm",
    )
    harm = m.span(group)
    written = pattern is _TOLD_FA_PS and _LETTER.search(folded, 0, m.start())
    if (
        pattern is _TOLD_FA_PS
        and not written
        and not any(harm[0] <= item.span(h.start, h.end)[0] < harm[1] for h in item.triggers)
        and not _DONE_TO_SOMEONE.search(folded, *harm)
        and not _THREAT_ANYWAY.search(folded, *harm)
        and not _SILENCING.search(folded, *m.span("condition"))
    ):
        return None  # «گفت اگر باران نبارد، مردم گرسنه می‌مانند»: no harm done to anyone
    names = (
        "told", "warned", "warned_if", "warning", "told_ps", "told_passive", "warned_met", "warned_self",
        "said_if", "told_and", "told_any", "warned_comma",
    )  # fmt: skip
    told = next(g for g in names if g in pattern.groupindex and m.group(g))
    if _FORESEER.search(re.split(r"[.;:!?؟؛،,]", folded[max(0, m.start(told) - 60) : m.start(told)])[-1]):
        return None  # «سازمان‌های امدادی هشدار داده‌اند که اگر …»: aid agencies foresee, they threaten no one
    if told == "warned_comma" and _FORESEER.search(folded, 0, m.start(told)):
        return None  # "the United Nations published a report, warning that "millions will go hungry""
    origin = item.folded.origin
    first, last = origin[m.start(told)], origin[m.end(told) - 1] + 1
    return Hit("threat", first, last, item.sentence.text[first:last]), harm
