"""The type each trigger of a sentence stands for: a warning by armed men is a threat, an authority's
order no threat, a statement overlapping another event's words that event, an observer's concern no statement.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.events.suggesting import BORDER
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.words import abductions, statements
from desktop.events.suggesting.words.authority_acts import closes
from desktop.events.vocabulary import Hit


def _ordered(item: ReadSentence, hit: Hit) -> bool:
    """A threat's words that are an authority's order ("the department ordered the station to stop")."""
    start, _ = item.span(hit.start, hit.end)
    speaker = statements.statement_speaker(item.folded.text, start)
    return bool(_ORDERED.match(hit.text)) and speaker == "authority"


def typed_triggers(item: ReadSentence) -> list[Hit]:
    """The sentence's triggers with statements sorted out: a statement's words overlapping another
    event's ("warned him") are that event; a warning by armed men is a threat; concern, calls and
    condemnation by the UN or a rights group are no statement (a statement is an authority's policy)."""
    folded = item.folded.text
    # "the provincial department … ordered the station to stop broadcasting": an authority's order
    orders = [t for t in item.triggers if t.key == "threat" and _ordered(item, t)]
    others = [t for t in item.triggers if t.key != "statement" and t not in orders]
    typed: list[Hit] = []
    policy = any(t.key == "statement" for t in item.triggers)
    for hit in item.triggers:
        if hit in orders:
            continue
        if hit.key == "threat" and policy and hit.text.lower().startswith("or "):
            continue  # "must leave by 20 March or face arrest": the order's sanction, not a threat made
        if hit.key == "statement":
            if any(o.start < hit.end and hit.start < o.end for o in others):
                continue
            start, end = item.span(hit.start, hit.end)
            speaker = statements.statement_speaker(folded, start)
            if statements.document_title(folded, start):
                continue  # "Statement of the women's network on …", «اعلامیه شبکه …»: a title, no statement
            to_people = statements.warns_people(folded, start, end)
            # «… به باشندگان کهمرد هشدار داده‌اند که اگر …، خانه‌هایشان را آتش خواهند زد»: a warning to people
            # of what will be done to them is a threat, in the future or on a condition as threats are
            threatened = to_people and speaker != "authority" and statements.warns_in_dari_or_pashto(hit.text)
            projected = speaker != "armed" and not threatened and statements.projects(folded, end, speaker)
            # an act done ("closed two courses … and told the owners the buildings would be sealed"): not a
            # forecast, whatever follows it
            projected = projected and not closes(hit.text)
            # "were stopped by muhtasibs and warned that they would be arrested if …": people were warned
            projected = projected and not statements.warned_passive(folded, start)
            if speaker == "observer" or projected:
                continue  # "Agencies warned that 50,000 more could be returned", "rules could stop girls …"
            if speaker == "authority" and _TO_ANYONE.match(folded, end):
                typed.append(hit)  # "the court … warned that anyone who films the punishments would be
                continue  # arrested": a rule for all, not a threat to someone
            # "they had been warned": no warning is made in this sentence
            made = not statements.no_statement_made(folded, start, end)
            # a warning to someone, by force or by officials («د ولسوالۍ چارواکو امام ته خبرداری ورکړی …»,
            # "district officials warned the teachers that …"): a threat to those people, not a rule for all
            armed = speaker == "armed" or (speaker in ("force", "authority", None) and to_people)
            armed = armed or statements.warned_passive(folded, start)
            if made and statements.is_warning(folded, start, end) and armed:
                if any(o.key == "threat" for o in typed):
                    continue
                hit = replace(hit, key="threat")
        typed.append(hit)
    visits = [h.end for h in typed if h.key == "threat" and _VISIT.search(h.text)]
    if visits:  # "muhtasibs went from salon to salon … and instructed owners to remove posters": the visit
        typed = [
            h for h in typed if not (h.key == "statement" and h.start > visits[0] and _TOLD.match(h.text))
        ]
    if _CLAIMED.search(folded):  # "IS-K claimed responsibility in a statement": a claim, no policy
        typed = [h for h in typed if h.key != "statement"]
    said = [h.start for h in typed if h.key == "statement"]
    if said:  # "announced that their holders had to leave the country": what the order says, not a flight
        ordered = [h for h in typed if h.key == "flight" and _TO_LEAVE.match(h.text) and said[0] < h.start]
        typed = [h for h in typed if h not in ordered]
    if _CROWD.search(folded) and not BORDER.search(folded):
        # "sprayed them with a fire hose and pushed them back towards the shrine", «لاریون په ډزو وشړل شو»: a
        # crowd pushed back in the street, not people across a border
        typed = [h for h in typed if not (h.key == "deportation" and _PUSHED.match(h.text))]
    return abductions.at_checkpoint(item, typed)  # "taken from a checkpoint": abducted


# A warning to everyone, not to someone: "warned that anyone who …", «هشدار داد که هر کسی که …»
_TO_ANYONE = re.compile(
    r"\s+(?:that\s+|که\s+|چې\s+)?(?:anyone|anybody|whoever|those who|all who|people who|any (?:\w+\s+)?who|"
    r"هر کس|هر کسی|هر فردی|هر خانواده|هر څوک|هر هغه)(?!\w)",
    re.IGNORECASE,
)
_TO_LEAVE = re.compile(r"(?:had|have|has|must|forced|compelled|required|ordered) to leave|مجبور به ترک", re.I)
_ORDERED = re.compile(r"ordered\b", re.IGNORECASE)
_CROWD = re.compile(
    r"(?:protest|march|gathering|crowd|demonstrat|rally|sit-in|fire hose|water cannon|tear ?gas|"
    r"لاریون|غونډ|تجمع|تظاهر|معترض|راهپیمایی|آب پاش|اوبه پاش)",
    re.IGNORECASE,
)
_PUSHED = re.compile(r"^(?:push|وشړل|شړل)", re.IGNORECASE)
_CLAIMED = re.compile(
    r"(?:claim\w*|accept\w*|took|take\w*|den\w+)\s+(?:\S+\s+){0,2}?responsibility"
    r"|(?:مسئولیت|مسؤولیت|مسوولیت|مسؤلیت|مسولیت)\s+(?:\S+\s+){0,4}?"
    r"(?:به عهده|بر عهده|پذیرفت|ومانه|ومنله|ومنلې|قبول)",
    re.IGNORECASE,
)
# A visit to people's places (a threat) and what they were told there: "went from shop to shop …, ordering
# them to …", "searched the homes and instructed families to …".
_VISIT = re.compile(r"\bto (?:shop|salon|store|stall|door|house|home|room)\b|search|raid", re.IGNORECASE)
_TOLD = re.compile(r"(?:instruct|order|told|tell|warn)", re.IGNORECASE)
