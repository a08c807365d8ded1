"""An act told in one sentence and its outcome in a later one of the paragraph: one disappearance.

"A teacher was summoned to the intelligence office on 9 May. … He has not been seen since." The act
(summoned, stopped and taken away, detained; «احضار شد», «وغوښتل شو») gives the event its evidence, date and
place; the outcome (nothing heard since, whereabouts unknown, the office denies holding him; «از آن زمان
خبری از او نیست», «تر اوسه یې درک نه دی معلوم») gives its type. Works on folded sentences.
"""

from __future__ import annotations

from desktop.events.numbers import Count, CountMatch
from desktop.events.suggesting import compile_folded
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.vocabulary import Hit

_REACH = 3  # sentences: an outcome tells of an act at most this many sentences before it

# The outcome: silence about the person since the act, or the authorities denying they hold him.
_OUTCOME = compile_folded(
    r"(?<!\w)(?:(?:not|nobody|no one|never|nothing|neither|none)\s+(?:\S+\s+){0,4}?(?:heard|seen)"
    r"(?:\s+\S+){0,3}?\s+since"
    r"|(?:has|have|had) not been (?:seen|heard)|not (?:been )?heard (?:from|of)|heard nothing|"
    # "none has returned home since", "never came home"
    r"(?:(?:has|have|had)\s+(?:not|never)|none\s+(?:of\s+them\s+)?(?:has|have)|never|did\s+not)\s+"
    r"(?:returned|return|come|came)\s+(?:back|home)|"
    r"nothing (?:has been |was |had been )?heard|heard no (?:news|word)|missing\s+(?:ever\s+)?since|"
    r"(?:whereabouts|fate)\s+(?:\S+\s+)?(?:remains?|is|are|still)\s+(?:\S+\s+)?unknown|"
    r"(?:denied|denies|deny|denying)\s+(?:\S+\s+)?(?:holding|having (?:him|her|them)|any record)|"
    r"no record of (?:him|her|them)|no (?:news|word|trace|information) (?:of|about|from)|"
    r"خبری از (?:او|وی|آنان|آنها|ایشان)|هیچ خبری|هیچ اطلاعی|تاکنون\s+(?:\S+\s+){0,3}?معلوم نیست|"
    r"سرنوشت\s+(?:\S+\s+){0,2}?(?:نامعلوم|معلوم نیست|خبری نیست)|(?:او|وی|آنان|آنها|ایشان)\s+خبری نیست|"
    r"درک\s+(?:یې\s+)?(?:نه|نشته)|یې\s+(?:هېڅ\s+|هیڅ\s+)?درک|هېڅ درک|هیڅ درک|څرک\s+یې|پته\s+یې\s+نه|"
    r"هیڅ خبر|هېڅ خبر|"
    # «تا امروز برنگشته است», «تا کنون به خانه بازنگشته», Pashto «له هغه وخته ورک دی», «لا نه دی راستون شوی»
    r"(?:تا امروز|تا کنون|تاکنون|هنوز)\s+(?:\S+\s+){0,3}?(?:برنگشته|بازنگشته|نیامده)|"
    r"(?:له هغه وخته|تر اوسه|لا تر اوسه)\s+(?:\S+\s+){0,3}?"
    r"(?:ورک|نه دی راستون|نه دي راستانه|نه دی راغلی))(?!\w)"
)
# The act: people taken, summoned or detained ("stopped … and took him away", «احضار شد», «وغوښتل شو»).
_ACT = compile_folded(
    r"(?<!\w)(?:summoned|called in|called to (?:the|a|an|his|her)|ordered to (?:report|appear)|"
    r"(?:took|taken|drove|driven|led|dragged)\s+"
    r"(?:(?:him|her|them)\s+)?away|picked up|detained|arrested|abducted|seized|stopped|"
    # "took two brothers, a mechanic and a student, from their home"
    r"(?:took|taken|dragged|pulled)\s+(?:\S+\s+){0,8}?(?:from|out of)\s+(?:their|his|her|the)\s+"
    r"(?:homes?|houses?|shops?|cars?|beds?|vehicles?|schools?|offices?|workplaces?|mosques?|farms?|fields?)|"
    r"احضار|فراخوانده|با خود بردند|بازداشت|دستگیر|ربوده|"
    r"وغوښتل|وغوښتلو|غوښتل شوی|غوښتل شوې|غوښتل شوي|ونیول|ونیو|بوتلل|بوتله|یوړل|یوړ|وتښتول)(?!\w)"
)
_RETURNED = compile_folded(
    r"(?<!\w)(?:released|freed|returned home|came back|was found|آزاد|رها شد|برگشت|خوشې|راستون)(?!\w)"
)
HARM = ("detention", "disappearance")


def is_outcome(item: ReadSentence) -> bool:
    """The sentence says nothing has been heard of someone since, or that no one holds them."""
    return bool(_OUTCOME.search(item.folded.text))


def _hit(item: ReadSentence, key: str, start: int, end: int) -> Hit:
    """A trigger at folded [start, end) of the sentence, in its original offsets."""
    origin = item.folded.origin
    first, last = origin[start], origin[end - 1] + 1
    return Hit(key, first, last, item.sentence.text[first:last])


def pairs(read: list[ReadSentence]) -> dict[int, int]:
    """Act sentence → outcome sentence: the nearest sentence before an outcome in its paragraph (at most
    _REACH back) that tells an act, with no release between them."""
    found: dict[int, int] = {}
    for index, item in enumerate(read):
        if not is_outcome(item):
            continue
        if _ACT.search(item.folded.text):  # "summoned … and has not been seen since": one sentence tells both
            found[index] = index
            continue
        for back in range(index - 1, max(-1, index - 1 - _REACH), -1):
            before = read[back]
            if before.paragraph != item.paragraph or _RETURNED.search(before.folded.text):
                break
            if _ACT.search(before.folded.text):
                found.setdefault(back, index)  # the first outcome told of it: later ones repeat it
                break
    return found


def act_count(item: ReadSentence, trigger: Hit, people: list[CountMatch]) -> Count | None:
    """ "summoned two women …; neither has been seen since": the people of the act told before the outcome's
    words in their sentence (one count between them)."""
    start, _ = item.span(trigger.start, trigger.end)
    act = _ACT.search(item.folded.text, 0, start)
    if act is None:
        return None
    after = item.folded.origin[act.start()]
    found = [c for c in people if after < c.start and c.end <= trigger.start]
    return found[0].count if len(found) == 1 else None


def act_before(item: ReadSentence, trigger: Hit) -> Hit | None:
    """ "Late on Friday, three brothers were taken from their home …; their whereabouts are unknown": the act
    the silence at `trigger` follows in its own sentence, whose clause dates and counts the disappearance
    (None when the sentence tells no act before it, or the trigger is not a silence)."""
    folded = item.folded.text
    start, end = item.span(trigger.start, trigger.end)
    silence = next((m for m in _OUTCOME.finditer(folded, max(0, start - 40)) if m.start() < end), None)
    if silence is None or silence.end() <= start or _RETURNED.search(folded, 0, silence.start()):
        return None
    acts = list(_ACT.finditer(folded, 0, silence.start()))
    return _hit(item, trigger.key, acts[-1].start(), acts[-1].end()) if acts else None


def add_act(item: ReadSentence) -> None:
    """Give an act sentence a detention trigger at its act when it has none of its own ("was summoned")."""
    if any(t.key in HARM for t in item.triggers):
        return
    act = _ACT.search(item.folded.text)
    if act:
        item.triggers.append(_hit(item, "detention", act.start(), act.end()))
        item.triggers.sort(key=lambda t: t.start)


def add_outcome(item: ReadSentence) -> None:
    """Give an outcome sentence a disappearance trigger when its words are not in the vocabulary."""
    if any(t.key == "disappearance" for t in item.triggers):
        return
    outcome = _OUTCOME.search(item.folded.text)
    if outcome:
        item.triggers.append(_hit(item, "disappearance", outcome.start(), outcome.end()))
        item.triggers.sort(key=lambda t: t.start)
