"""The events a sentence reports in its main clause, and the ones it tells as background ("a fifth man,
who had been arrested in May, was executed"; "found the body of a man missing since Friday"), with the dates
that belong to the background.
"""

from __future__ import annotations

import re

from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.words import clauses, mentions, restatements
from desktop.events.vocabulary import Hit


def foreground(item: ReadSentence, live: list[Hit]) -> list[Hit]:
    """The events the sentence reports, without its background: "a fifth man, who had been arrested in
    May, was executed" reports the execution; "found the body of a man missing since Friday" a killing."""
    folded = item.folded.text

    def background(hit: Hit) -> bool:
        start, end = item.span(hit.start, hit.end)
        return restatements.is_background(folded, start, end)

    main = {t.key for t in live if not background(t)}
    kept = [t for t in live if t.key in main or not (main - {t.key})]
    item.background += [t for t in live if t not in kept]
    if any(t.key == "disappearance" for t in kept):  # "disappeared after being detained": one disappearance
        before = [
            t for t in kept if t.key == "detention" and _AFTER_BEING.search(item.sentence.text[: t.start])
        ]
        item.background += before
        kept = [t for t in kept if t not in before]
    unknown = [t for t in kept if t.key == "disappearance" and SILENCE.search(t.text)]
    # «… به جای نامعلوم برده شدند» (taken to an unknown place): the taking is the silence's own verb
    later = [t for t in kept if t.key == "detention" and t.start > unknown[0].start] if unknown else []
    if unknown and not any(not (_MOVED.search(t.text) and t.start - unknown[0].end < 12) for t in later):
        # "detained and not heard from since": a detention followed by silence is one disappearance (which
        # may restate a detention of those people told before); not a detention told before a "while"
        breaks = [m.end() for m in APART.finditer(item.sentence.text, 0, unknown[0].start)]
        since = max(breaks, default=0)
        # "detained and disappeared … and their families have no news": both words are said, both events told
        named = [t for t in kept if t.key == "disappearance" and not SILENCE.search(t.text)]
        paired = [t for t in kept if any(_AND.fullmatch(item.sentence.text, t.end, d.start) for d in named)]
        silenced = [t for t in kept if t.key == "detention" and t.start >= since and t not in paired]
        if silenced:
            item.alternatives.add("detention")
        kept = [t for t in kept if t not in silenced]
        # "… had been taken from their homes about ten days before, and officials refused any information":
        # the taking, told as background, is when they went missing; its date dates the disappearance
        taken = [t for t in item.background if t.key == "detention" and since <= t.start < unknown[0].start]
        item.background = [t for t in item.background if t not in taken]
    # Parts of the reported event, not background: a date in their clause dates it ("in late May a boy was
    # taken from his home and recruited", "raided a house on Friday and detained three brothers").
    if any(t.key in _CARRIED_BY for t in kept):  # "recruited and taken to a centre", "abducted and taken"
        kept = [t for t in kept if not (t.key == "detention" and _MOVED.search(t.text))]
    if any(t.key in mentions.HARMS for t in kept):  # "raided a house and detained three brothers": detention
        kept = [t for t in kept if not mentions.is_search(t.text)]
    bodies = [t for t in kept if t.key == "killing" and BODY.search(t.text)]
    if bodies and any(t.key != "disappearance" for t in kept):  # he was missing before he was found dead
        text = item.sentence.text  # (not someone missing after a "while": another person)
        missing = [
            t for t in kept if t.key == "disappearance" and not APART.search(text, bodies[0].end, t.start)
        ]
        item.background += missing
        kept = [t for t in kept if t not in missing]
    return kept


def background_date(item: ReadSentence, start: int, end: int) -> bool:
    """The date (article offsets) belongs to a background event's clause ("who had been missing since
    Friday", «که از روز جمعه ناپدید شده بود»), not to the event the sentence reports."""
    offset, folded = item.sentence.start, item.folded.text
    for hit in item.background:
        clause = clauses.clause_at(folded, *item.span(hit.start, hit.end))
        left, right = item.article_span(clause.start, clause.end)
        since = _SINCE_DATE.match(item.sentence.text, hit.end)
        right = max(right, offset + since.end()) if since else right
        # "… who had been missing for a week was found late on Saturday": the date is the finding's
        found = _FOUND.search(item.sentence.text, hit.end)
        right = min(right, offset + found.start()) if found else right
        if left <= start and end <= right:
            return True
    return False


_SINCE_DATE = re.compile(r"\s+(?:since|from|on|for)\s+\S+(?:\s+\S+){0,3}", re.IGNORECASE)
# The main clause's verb after a background clause: the date after it tells when the body was found.
_FOUND = re.compile(
    r"\b(?:was|were|had been|has been|have been) (?:found|discovered|recovered|dumped|retrieved)\b"
    r"|(?<!\w)(?:پیدا شد|یافت شد|کشف شد|وموندل شو|پیدا شو)(?!\w)",
    re.IGNORECASE,
)
# Being moved somewhere, a detention only when the sentence reports nothing else ("were taken away").
_CARRIED_BY = frozenset({"recruitment", "deportation", "flight", "disappearance"})
_MOVED = re.compile(r"برده|با خود|taken|took|whisked|hauled", re.IGNORECASE)
# Words saying nothing has been heard of someone since ("not heard from", «هیچ خبری»): also triggers.py.
SILENCE = re.compile(
    r"heard|seen|whereabouts|unaccounted|fate|news|word of|trace|information|unknown location|unknown place|"
    r"نامعلوم|"
    r"خبر|اطلاع|معلومات|سرنوشت|ردی|درک|څرک|پته|برخلیک|refused to|refuse to|ورکه|ورک|"
    r"come home|come back|came home|came back|returned|where (?:he|she|they)|دیده نشد|نگشت|راستون|راستان|"
    r"راغلی|لیدل|اثر|کجا|چېرته|چیرته|پته|څرک",
    re.IGNORECASE,
)
_AFTER_BEING = re.compile(
    r"\b(?:after|following)\s+(?:being\s+|their\s+|his\s+|her\s+)?$|(?<!\w)(?:پس از|بعد از|وروسته له)\s+$",
    re.IGNORECASE,
)
# What sets a sentence's parts apart ("…; while …"): also participants.count_of.
APART = re.compile(
    r";|\b(?:while|whereas|meanwhile)\b|(?<!\w)(?:در حالی که|درحالیکه|په داسې حال کې)(?!\w)", re.IGNORECASE
)
_AND = re.compile(r"\s+(?:and|و|او)\s+(?:(?:have|has|were|was|then)\s+)?")
# A body: a killing known by it ("the body of … was found"): also triggers.py.
BODY = re.compile(r"bod(?:y|ies)|corpses?|remains|grave|جسد|اجساد|مړی|مړي|جنازه", re.IGNORECASE)
