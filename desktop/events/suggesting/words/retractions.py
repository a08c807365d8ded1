"""Reports that are no events: withdrawn, denied or corrected reports, rumours and claims nobody confirmed.

Works on the folded sentence text (`script.fold`), like `clauses`.
"""

from __future__ import annotations

import re

from desktop.events.suggesting import compile_folded

_UNCONFIRMED = compile_folded(
    r"(?<!\w)(?:rumou?rs?|unconfirmed|unverified|could not (?:be )?(?:\w+ly )?(?:confirm|verif)\w*|"
    r"cannot (?:be )?(?:\w+ly )?(?:confirm|verif)\w*|"
    r"not been (?:able to be )?(?:\w+ly )?(?:confirmed|verified)|"
    # "has not yet been able to verify them", "without being able to confirm", "was unable to verify"
    r"(?:not (?:yet )?been|without being|(?:was|were|is|are|been) unable) (?:\w+ )?(?:able )?to (?:\w+ly )?"
    r"(?:confirm|verify|corroborate)\w*|"
    r"(?:posts?|claims?|videos?|messages?|accounts?|reports?) (?:\S+ ){0,4}?(?:on|in) (?:\S+ ){0,2}?"
    r"(?:social media|"
    r"facebook|twitter|telegram|whatsapp|tiktok|x) ?(?:page|account|channel|group)?|"
    r"social media (?:posts?|users?|accounts?|claims?) (?:\S+ ){0,2}?(?:claimed|alleged|said|suggested)|"
    # "Several Facebook pages said on 9 September that a YouTuber … had been arrested"
    r"(?:facebook|telegram|whatsapp|tiktok|twitter|youtube) "
    r"(?:pages?|accounts?|channels?|groups?|users?|posts?) "
    r"(?:\S+ ){0,2}?(?:claimed|alleged|said|reported|suggested|wrote)|"
    # "A figure of "200 arrested in Chaman" is circulating on social media"
    r"circulat\w* (?:\S+ ){0,3}?(?:on|in|through) (?:\S+ )?"
    r"(?:social media|messaging|whatsapp|telegram|facebook)|"
    r"قابل تایید نیست|قابل تأیید نیست|تایید نشده|تأیید نشده|تایید نشد|تأیید نشد|شایعه|تاییدنشده|تأییدنشده|"
    r"تاییدناشده|تایید ناشده|"
    r"شبکه های اجتماعی (?:\S+ ){0,3}?(?:ادعا|مدعی|گزارش)|(?:فیسبوک|تلگرام|توییتر|ایکس|واتساپ|تیک تاک) "
    r"(?:\S+ ){0,3}?(?:ادعا|مدعی|گزارش)|(?:ټولنیزو رسنیو|ټولنیزې رسنۍ) (?:\S+ ){0,4}?(?:ادعا|ویل|وايي|وایي)|"
    r"تایید نه شو|تایید نشو|تائید نه شو|تایید نکرده|تأیید نکرده|تایید نکرد|تأیید نکرد|"
    r"(?:no one|nobody|no official) has (?:\w+ )?(?:confirmed|verified)|"
    # "… so this is not recorded here", "not included in this report": the author leaves the claim out
    r"(?:is|are|was|were) not (?:recorded|included|counted|listed) "
    r"(?:here|in (?:this|the|our) (?:report|count|figures?|list))|"
    r"(?:could|can) name no one|در این گزارش (?:ثبت|شامل) نشده|در این گزارش نیامده|په دې راپور کې نه دی|"
    r"تایید شوې نه|تایید شوی نه|تایید نه دی|نه دی تایید|نه ده تایید|نه دي تایید|تایید شوې نه ده|"
    r"تایید نه کړ\w*|نا تایید\w*|ناتایید\w*|"
    # hearsay passed on: "Members have passed on a report that two more midwives were arrested", "He also
    # passed on that 5 boys …", "he has heard of it but saw nothing himself"
    r"passed on (?:a |the )?(?:report|rumou?r|claim)s?|passed on that|"
    r"(?:has|have|had) heard of (?:it|this|them)|"
    r"saw nothing (?:himself|herself|themselves)|"
    # a belief no one witnessed: "the family thinks he was taken …, but nobody saw it"
    r"(?:nobody|no one|no witness(?:es)?)\s+(?:\S+\s+)?(?:saw|witnessed|has seen|had seen)|"
    # the author keeps it out: "so I am not recording it", "Not recorded as a disappearance until …"
    r"not (?:\S+ )?(?:recording|recorded|logging|logged) (?:it|this|them|as)|"
    r"^\W*not (?:recorded|counted|included)|"
    r"نتوانست\S*\s+(?:\S+\s+){0,8}?(?:تایید|تأیید)|ثبت نکرد\S*|ثبت نشده|نه دی ثبت|"
    # an armed front's claim of what its own fighters did: "the NRF said its units had killed seventeen",
    # "The resistance front says its men ambushed a patrol", «جبهه آزادی … در پیامی ادعا کرده است که …»
    r"(?:front|nrf|aff|resistance|insurgents?|rebels?)(?:'s)?\s+(?:\S+\s+){0,6}?(?:said|says|claimed|claims)\s+"
    r"(?:that\s+)?(?:its|their)\s+(?:fighters|units|men|forces|commandos)|"
    r"(?:جبهه|جبهې|مقاومت)\S*\s+(?:\S+\s+){0,10}?(?:ادعا)\S*)(?!\w)"
)
# «تا کنون از سوی مقام‌ها تأیید نشده است» (officials have not confirmed it yet), "not confirmed by the
# authorities": the authorities' silence, not the author's doubt (the agent after the words, or, «از سوی
# مقام‌ها», before it).
_AUTHORITIES = (
    r"(?:officials?|authorities|the taliban|the de facto authorities|police|governor|ministry|spokesm[ae]n|"
    r"مقام\S*|مسئولان|مسوولان|طالبان|حکومت|پولیس|سخنگو\S*|چارواک\S*|حکومت\S*)"
)
_BY_AUTHORITIES = compile_folded(rf"\s+(?:yet\s+)?by\s+(?:the\s+)?(?:local\s+)?{_AUTHORITIES}(?!\w)")
_BY_AUTHORITIES_BEFORE = compile_folded(
    rf"(?<!\w)(?:از سوی|از طرف|توسط)\s+(?:\S+\s+)?{_AUTHORITIES}\s+(?:\S+\s+)?$"
)
# "Posts claimed …, but officials confirmed it": the claim was confirmed after all.
_CONFIRMED = compile_folded(
    r"(?<!\w)(?<!not )(?<!be )(?<!been )"
    r"(?:confirmed|verified|تایید کرد|تأیید کرد|تایید کړ|تایید کړه|تایید کړې|تایید کړل)(?!\w)"
)
# "This could not be verified": a sentence about the claim of the one before.
_POINTS_BACK = compile_folded(
    r"^\W*(?:this|that|it|these|the claims?|the reports?|the posts?|این|دا)(?!\w)"
    # "I could not confirm it with anyone in Chaman": the claim before
    r"|^\W*(?:i|we)\s+(?:could not|cannot|can not|was unable to|were unable to|have not been able to)\s+"
    r"(?:\w+\s+)?(?:confirm|verify|corroborate)\s+(?:it|this|that|them|these|the \w+)(?!\w)"
)
# "Not recorded as a disappearance until we have a witness.": the author keeps out the case before it.
_KEEPS_OUT = compile_folded(r"^\W*not (?:recorded|counted|included)(?!\w)")
_RETRACTION = compile_folded(
    r"(?:report|claim|allegation|account|news|rumou?r|story|video|footage|entry|entries|row|raid|incident|"
    r"alert|bulletin|post|notice|information|item)s?"
    r"[,،]?\s+(?:\S+\s+){0,14}?"
    r"(?:(?:was|were|is|are|has been|have been|had been|turned out to be|proved|proved to be|"
    r"was found to be|were found to be)\s+)?(?:later\s+|since\s+|subsequently\s+|also\s+)?"
    r"(?:withdrawn|retracted|false|untrue|fake|baseless|unfounded|denied|incorrect|inaccurate|fabricated|"
    r"not true|wrong|removed|taken down|taken out|corrected|mistaken|erroneous)(?!\w)"
    # withdrawn or taken down, however long the claim it quotes ("A report … that a former prosecutor had been
    # killed in Jalalabad on 30 November was withdrawn by the outlet")
    r"|(?:report|claim|story|post|article|news|video)s?[,،]?\s+(?:\S+\s+){15,40}?(?:was|were|(?:has|have|had)\s+(?:since\s+)?been)"
    r"\s+(?:later\s+|since\s+|subsequently\s+|quickly\s+)?(?:withdrawn|retracted|taken down|deleted)(?!\w)"
    r"|(?:denied|deny|denies|rejected|dismissed|refuted|retracted|withdrew|withdrawn|corrected|debunked)\s+"
    r"(?:\S+\s+){0,3}?(?:report|claim|allegation|account|news|rumou?r|story|figure|number|toll)s?(?!\w)"
    # "His own family told us this was not true": the claim just told
    r"|(?<!\w)(?:told\s+(?:us|me|\w+)\s+|said\s+)?(?:that\s+)?(?:this|that|it)\s+(?:was|is)\s+"
    r"(?:not true|untrue|false|wrong|incorrect)(?!\w)"
    # "A figure of 4,000 deportations …, which circulated on social media, was withdrawn by the department"
    r"|(?:figure|number|toll|tally|count)s?\s+of\s+(?:\S+\s+){1,30}?(?:was|were|(?:has|have|had)\s+been)\s+"
    r"(?:later\s+|since\s+|subsequently\s+|quickly\s+)?(?:withdrawn|retracted|corrected|denied)(?!\w)"
    # «سپس گرفتار شدند» (then caught), «وارد شدند» (entered): only whole words deny
    r"|(?:found|proved|proven|turned out|shown|established)\s+to\s+(?:have\s+been|be)\s+(?:\w+\s+)?"
    r"(?:incorrect|false|untrue|wrong|inaccurate|unfounded|baseless|mistaken)(?!\w)"
    r"|(?<!\w)(?:را\s+)?پس\s+گرفت|(?:بېرته|بیرته)\s+(?:واخیست|واخیسته|واخست|واخسته)"
    r"|(?:گزارش|ادعا|خبر|راپور|رپوټ|شایعه)\S*\s+(?:\S+\s+){0,30}?"
    r"(?:تکذیب|نادرست|دروغ|بی\s?اساس|جعلی|پس گرفت|رد کرد|رد کړ|رد شو|بې بنسټه|سم نه|صحت ندار|صحت نداشت|"
    r"واقعیت ندار|واقعیت نداشت|درست نیست|درست نبود|اشتباه بود|ناسم|دروغ)"
    r"|(?<!\w)(?:تکذیب|رد)\s+(?:کرد|کردند|شد)\S*"
    # corrections: "Correction: on Thursday we reported …", "an earlier version of this report said …"
    r"|^\W*(?:\d{1,2}[:.]\d{2}\W*)?corrections?(?!\w)"  # "**16:55** — CORRECTION: …" in a live blog
    r"|(?:earlier|previous|original|first) (?:version|draft|edition) of (?:this|the|our) "
    r"(?:report|article|story|note|brief|update|log)"
    # a death that was an accident: "the family later told us he died in a traffic accident", «در یک حادثه
    # ترافیکی جان باخت», Pashto «په ترافیکي پېښه کې»
    r"|(?:died|was killed|were killed|was|were) in an? (?:traffic|road|car|motorbike) (?:accident|crash)"
    r"|(?:was|were) an? (?:traffic|road|car) (?:accident|crash)|حادثه ترافیکی|تصادف ترافیکی|ترافیکي پېښه"
    # the outlet's own earlier figure, corrected after it: "We said that eight people had been detained …",
    # «موږ مخکې لیکلي وو چې …», «ما پیش‌تر گزارش داده بودیم که …»
    r"|^\W*(?:\S+\s+){0,3}?(?:we|i)\s+(?:had\s+)?(?:earlier\s+|first\s+|previously\s+|initially\s+)?"
    r"(?:said|reported|wrote|stated)(?:\s+\S+){0,3}?\s+that(?!\w)"
    r"|(?<!\w)موږ\s+(?:(?:مخکې|مخکی|پخوا|لومړی)\s+)?(?:لیکلي|ویلي|راپور ورکړی)\s+(?:وو|و)(?!\w)"
    r"|(?<!\w)ما\s+(?:(?:پیش تر|پیشتر|قبلا|قبلاً|نخست)\s+)?(?:گزارش داده|نوشته|گفته)\s+بودیم"
    r"|(?:incorrectly|wrongly|mistakenly|erroneously) (?:reported|stated|said)|اصلاحیه|تصحیح|"
    r"^\W*اصلاح\s*:|(?:به اشتباه|به غلط)\s+(?:آمده|گزارش|نوشته|گفته|ذکر|اعلام)|په غلطۍ سره (?:راپور|ویل|لیکل)"
)
_IN_FACT = compile_folded(
    r"^\W*(?:\w+\s+){0,2}?(?:in fact|actually|in reality|در واقع|در حقیقت|په حقیقت کې)(?!\w)"
)
_WE_REPORTED = compile_folded(
    r"(?<!\w)(?:we|it was|this (?:agency|outlet|site|newspaper|report)|an earlier report|earlier reports?)\s+"
    r"(?:\w+\s+){0,2}?(?:reported|said|stated|wrote)(?!\w)|گزارش داده بودیم|گزارش داده بود"
)
# A line saying only "Correction": the claims of the sentence after it are corrected.
_CORRECTION_HEAD = compile_folded(r"^\W*(?:corrections?|clarification|اصلاحیه|تصحیح)\W*$")


def retracts(folded: str) -> bool:
    """The sentence says a report was withdrawn, denied or false."""
    if not any(word in folded for word in _RETRACTION_WORDS):
        return False  # the cheap test first
    text = _SENT_ACROSS.sub(" ", folded.replace("*", ""))  # "has been **removed**": Markdown's bold
    return bool(_RETRACTION.search(text))


# «رد کردند» denies, but «از مرز رد کردند», «از راه اسلام قلعه رد کردند» sent people across a border.
_SENT_ACROSS = compile_folded(r"(?<!\w)(?:از|به)\s+(?:مرز|راه)\s+(?:\S+\s+){0,3}?رد\s+(?:کرد|کردند|شد)")


# Each alternative of _RETRACTION holds one of these (a test before the pattern, which is slow on every
# sentence).
_RETRACTION_WORDS = (
    "withdr", "retract", "false", "untrue", "fake", "baseless", "unfounded", "denied", "deni", "deny",
    "taken out", "incorrect", "inaccura", "fabricat", "not true", "wrong", "remov", "taken down", "correct",
    "mistake",
    "erroneous", "delet", "reject", "dismiss", "version", "refut", "debunk", "draft", "edition", "accident",
    "crash", "ترافیک", "we ", "i ", "موږ", "بودیم",
    "پس", "بېرته", "بیرته", "تکذیب", "نادرست", "دروغ", "اساس", "جعلی", "رد", "بنسټه", "سم نه", "صحت",
    "واقعیت", "درست", "اشتباه", "ناسم", "غلط", "اصلاح", "تصحیح",
)  # fmt: skip


# An authority's own post: "According to the statement, posted on the court's account on X", "the ministry's
# official account on X", «در صفحهٔ رسمی وزارت … در ایکس»: its statement, no rumour.
_OFFICIAL_POST = compile_folded(
    rf"(?<!\w)(?:statement|official|court|department|{_AUTHORITIES})(?:'s|s')?\s+"
    r"(?:\S+\s+){0,3}?(?:account|page|channel)|(?:صفحه|حساب|کانال)\s+(?:\S+\s+)?رسمی"
    # "The Ministry of Education says in a post on X that …": the authority's own words
    rf"|(?<!\w)(?:department|directorate|court|{_AUTHORITIES})\s+(?:\S+\s+){{0,3}}?"
    r"(?:says|said|wrote|writes|announced|stated)\s+(?:in|on)\s+(?:a|an|its)\s+"
)


# The post someone was punished for, not a claim passed on: "summoned … over messages they had posted in a
# WhatsApp group", "a young man who posted a video on Facebook", "detained for a post on TikTok".
_OFFENDING_POST = compile_folded(
    r"(?<!\w)(?:over|for|after|because of|about|who|had|he|she|they)\s+(?:\S+\s+){0,3}?"
    r"(?:posts?|posted|videos?|messages?)(?!\w)"
)


def unconfirmed(folded: str) -> bool:
    """The sentence passes on a rumour or a social-media claim the author could not confirm."""
    found = [
        m.group()
        for m in _UNCONFIRMED.finditer(folded)
        if not (
            _BY_AUTHORITIES.match(folded, m.end())
            or _BY_AUTHORITIES_BEFORE.search(folded, max(0, m.start() - 40), m.start())
            or _detail_doubted(folded, m)
            or _OFFICIAL_POST.search(folded, max(0, m.start() - 40), m.end())
            or _OFFENDING_POST.search(folded, max(0, m.start() - 30), m.end())
        )
    ]
    if not found:
        return False
    negative = any(
        re.search(
            r"not|cannot|no one|nobody|no official|no witness|rumou?r|unconfirmed|unverified|نشد|نیست|نه|"
            r"شایعه|نکرد|نتوانست",
            f,
        )
        for f in found
    )
    return negative or not _CONFIRMED.search(folded)


# Doubt about a detail in a clause of its own — how the figure breaks down («…؛ نتوانستیم شمار بازداشت‌ها را به
# تفکیک هر ولایت تأیید کنیم», "; we could not confirm how many in each province") or the figure itself ("…;
# numbers could not be confirmed", ", though the number held could not be verified"): the event itself stands.
_BREAKDOWN = compile_folded(
    r"(?<!\w)(?:به تفکیک|تفکیک|هر ولایت|هر ولسوالی|each province|each district|per province|by province|"
    r"breakdown|هر ولایت کې|په هر ولایت)(?!\w)"
)

_FIGURE = compile_folded(
    r"(?<!\w)(?:numbers?|figures?|(?:the |their |exact |precise )+(?:number|count|toll|total)|how many|"
    r"شمار|تعداد|آمار|رقم|شمېر)(?!\w)"
)
_CLAUSE_CUT = compile_folded(r"[;؛,،]|(?<!\w)(?:but|though|although|اما|ولی|خو)(?!\w)")
_CHECKED = compile_folded(r"confirm|verif|corroborat|تایید|تأیید")


def _detail_doubted(folded: str, doubt: re.Match[str]) -> bool:
    """The doubt stands in a clause of its own after the report and is about a detail, not the event: how the
    figure breaks down by place, or (a confirmation not made) the figure itself."""
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(folded, 0, doubt.start())]
    if not cuts:
        return False
    after = _CLAUSE_CUT.search(folded, doubt.end())
    clause = (cuts[-1], after.start() if after else len(folded))
    figure = _CHECKED.search(doubt.group()) and _FIGURE.search(folded, *clause)
    return bool(_BREAKDOWN.search(folded, *clause) or figure)


def points_back(folded: str, own: bool = False) -> bool:
    """ "This could not be verified" (`own`: the sentence names no event of its own), "Not recorded as a
    disappearance until …" (whether or not it names one): the sentence speaks of the claim before it."""
    return bool((_POINTS_BACK.search(folded) and not own) or _KEEPS_OUT.search(folded))


def corrects_previous(folded: str, previous: str) -> bool:
    """ "In fact, they were released." after "we reported that four men were detained": the report before
    is corrected."""
    return bool(_IN_FACT.search(folded) and _WE_REPORTED.search(previous))


# "A correction to last night's bulletin: we reported that a teacher … had been arrested …": the claim the
# correction names is the one withdrawn.
_CORRECTION_OPENS = compile_folded(
    r"^\W*(?:an?\s+)?(?:corrections?|clarification|اصلاحیه|تصحیح)(?!\w)[^:.]{0,60}:\s*"
    r"(?:we|this (?:station|programme|program|bulletin|newspaper|outlet)|our \S+|ما)\s+"
    r"(?:had\s+|have\s+|mistakenly\s+|wrongly\s+|earlier\s+)*(?:reported|said|stated|گزارش)"
)


def corrects_itself(folded: str) -> bool:
    """The sentence opens a correction and tells the claim it corrects."""
    return bool(_CORRECTION_OPENS.search(folded))


def correction_heading(folded: str) -> bool:
    """A line that only says "Correction": what follows corrects an earlier report."""
    return bool(_CORRECTION_HEAD.match(folded))


# "A local outlet had reported the number killed as three, but …", «یک رسانه … گزارش کرده بود، اما این گزارش
# نادرست بود», «… ویلي وو چې …، خو …»: the sentence tells the claim it then calls false.
_OWN_CLAIM = compile_folded(
    r"(?<!\w)(?:reported|had reported|claimed|had claimed|said|had said|گزارش کرده|گزارش داده|ادعا کرده|"
    r"گفته بود|ویلي وو|ویلي و|ادعا کړې|راپور ورکړی)(?!\w)"
)


def claims_itself(folded: str) -> bool:
    """The retracting sentence tells the claim it retracts (a report, then "but the report was false")."""
    return bool(_OWN_CLAIM.search(folded))
