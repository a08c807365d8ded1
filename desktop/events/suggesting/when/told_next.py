"""An incident dated by the sentence after it: "Gunmen killed two farmers in Rustaq. According to residents,
the two were shot on Thursday while working in their fields."; «… به قتل رساندند. به گفته باشندگان، این دو تن
روز پنجشنبه گذشته … هدف گلوله قرار گرفتند»."""

from __future__ import annotations

from dataclasses import replace

from desktop.events.suggesting import compile_folded
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.merge.merging import Candidate
from desktop.events.suggesting.when.dating import ArticleDates

# The next sentence opens (after a source: "According to residents,", «به گفته باشندگان محل،») with the same
# people: "the two", "the men", "they", «این دو تن», «آنان», Pashto «دغه دوه تنه», «دوی».
_SAME_PEOPLE = compile_folded(
    r"^\W*(?:(?:according to|به گفته|د)\s[^,،]{2,50}[,،]\s*)?"
    r"(?:the (?:two|three|four|five|men|women|man|woman|victims|farmers|brothers|detainees|boys)|they|he|she|"
    r"این (?:دو|سه|چهار|پنج|\S+) (?:تن|نفر|مرد|زن|دهقان|برادر)|این (?:مردان|زنان|افراد)|آنان|آنها|او|وی|"
    r"دغه (?:دوه|درې|\S+) (?:تنه|کسان|سړي)|دوی|هغوی|هغه)(?!\w)"
)


def dated_by_next(
    candidates: list[Candidate], read: list[ReadSentence], dates: ArticleDates
) -> list[Candidate]:
    """Suggestions their own sentence does not date ("reported") take the one day the next sentence of the
    paragraph gives, when that sentence goes on about the same people and tells no other incident."""
    by_sentence: dict[int, set[str]] = {}
    for c in candidates:
        by_sentence.setdefault(c.sentence, set()).add(c.event.type)
    dated = []
    for c in candidates:
        after = c.sentence + 1
        if not c.event.date_reported or c.event.date_inferred or after >= len(read):
            dated.append(c)
            continue
        nxt = read[after]
        others = by_sentence.get(after, set()) - {c.event.type}
        own = [m for m in dates.within(nxt.sentence.start, nxt.sentence.end) if dates.usable(m)]
        if (
            nxt.paragraph != c.paragraph
            or others
            or len(own) != 1
            or own[0].range.precision != "day"
            or dates.is_old(own[0])
            or not _SAME_PEOPLE.search(nxt.folded.text)
        ):
            dated.append(c)
            continue
        when = dates.when(own[0])
        event = replace(c.event, date_start=when.start, date_end=when.end, date_precision=when.precision)
        dated.append(replace(c, event=event))
    return dated
