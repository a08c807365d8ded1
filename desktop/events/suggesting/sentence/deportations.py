"""One country's deportations told with several counts in one sentence: by crossing on one day ("3,940
through Islam Qala and 1,420 through Milak": one deportation of all of them), or on days of their own ("500 …
on 2 May and 300 … on 5 May": one a day)."""

from __future__ import annotations

from desktop.events.numbers import Count, CountMatch
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.when.dating import ArticleDates, When
from desktop.events.vocabulary import Hit


def all_deported(item: ReadSentence, people: list[CountMatch], dates: ArticleDates) -> Count | None:
    """One country's deportations on one day counted by crossing ("On 3 March Iran deported 3,940 Afghans
    through Islam Qala and 1,420 through Milak"): one deportation of all of them (the total, when the
    sentence states it too); None for one count, several days, or counts no one added up ("hundreds")."""
    values = [c.count for c in people]
    if len(values) < 2 or any(v.vague or v.qualifier != "exact" or v.value < 2 for v in values):
        return None
    own = {m.range for m in dates.within(item.sentence.start, item.sentence.end) if dates.usable(m)}
    if len(own) > 1:
        return None  # "500 through Islam Qala on 2 May and 300 through Milak on 5 May": two
    largest = max(values, key=lambda v: v.value)
    rest = sum(v.value for v in values) - largest.value
    return largest if largest.value == rest else Count(largest.value + rest)


def by_day(
    item: ReadSentence, people: list[CountMatch], live: list[Hit], dates: ArticleDates
) -> list[tuple[Count, When]]:
    """One country's deportations on days of their own, each with its count ("Iran deported 500 Afghans
    through Islam Qala on 2 May and 300 through Milak on 5 May"; «روز ۲ ثور ۵۰۰ تن … و روز ۵ ثور ۳۰۰ تن …»):
    a (count, date) per day, in text order; [] unless each count has one date of its own between it and the
    next count (or, with the dates first, the previous one) and the days differ. A total said first
    ("deported 800, 500 … on 2 May and 300 … on 5 May") is left out, and so are counts nearer another event's
    words ("rounded up 200 … on Friday, and deported 1,150 … over the weekend")."""

    def closest(c: CountMatch) -> Hit:
        return min(live, key=lambda t: min(abs(t.start - c.end), abs(c.start - t.end)))

    exact = [c for c in people if not c.count.vague and c.count.value >= 2]
    exact = [c for c in exact if closest(c).key == "deportation"]
    if len(exact) < 2:
        return []
    offset = item.sentence.start
    nexts = [n.start for n in exact[1:]] + [len(item.sentence.text)]
    after = [(c.end, n) for c, n in zip(exact, nexts, strict=True)]
    before = [(p, c.start) for p, c in zip([0] + [c.end for c in exact[:-1]], exact, strict=True)]
    for spans in (after, before):
        found: list[tuple[Count, When]] = []
        for head, (start, end) in zip(exact, spans, strict=True):
            own = [m for m in dates.within(offset + start, offset + end) if dates.usable(m)]
            if len(own) == 1:
                found.append((head.count, dates.when(own[0])))
            elif found or spans is before or head is exact[-1]:
                break  # (only a total said first may go without a date of its own)
        else:
            if len(found) >= 2 and len({w.start for _, w in found}) == len(found):
                return found
    return []


def by_sender(item: ReadSentence, people: list[CountMatch]) -> list[tuple[str, Count]]:
    """Two countries' deportations counted in one sentence, each count just before its country ("the forced
    return of at least 128,000 Afghans from Iran and of some 41,000 from Pakistan", «… ۴۰ هزار تن از ایران و
    حدود هفده هزار تن دیگر از پاکستان»): a (country, count) each, in text order; [] unless every foreign
    country named has a count of its own between it and the country before it."""
    countries = [
        m for m in item.all_places if m.place.kind == "country" and m.place.country not in ("AF", None)
    ]
    if len({m.place.country for m in countries}) < 2:
        return []
    pairs: list[tuple[str, Count]] = []
    since = 0
    for m in countries:
        own = [c for c in people if since <= c.start and c.end <= m.start and m.start - c.end <= 60]
        if not own:
            return []
        pairs.append((str(m.place.country), own[-1].count))
        since = m.end
    if len({country for country, _ in pairs}) != len(pairs):
        return []
    return pairs
