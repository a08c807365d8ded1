"""Which trigger words of a sentence report its own events, and the facts that go with each.

A trigger can be negated, hypothetical, a restatement, a state or a cause (then it reports
nothing), or background to the sentence's main event; for the ones that report, the actor, the
date, whether it looks back years, and the count of people come from the same clause.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.events.numbers import Count
from desktop.events.suggesting import (
    abductions,
    carried_out,
    clauses,
    continuity,
    custody,
    generality,
    generic,
    mentions,
    methodology,
    restatements,
    statements,
    told_threats,
    word_senses,
)
from desktop.events.suggesting.counting import one_person, singular_subject
from desktop.events.suggesting.dating import ArticleDates, DateMatch, When, nearest_date
from desktop.events.suggesting.placing import trigger_clusters
from desktop.events.suggesting.reading import ReadSentence
from desktop.events.vocabulary import Hit

_LEAD = 4  # characters: "On 9 June," or "Last week," opens the sentence
_OR = re.compile(r"\s*(?:or|and/or|یا|او یا)\s+", re.IGNORECASE)
_TIGHT = re.compile(  # «ممکن است … بازداشت شوند یا مجبور به ترک کشور گردند»: the verb of the first, then "or"
    r"\s*(?:(?:شوند|شود|گردند|گردد|کنند|کند|شي|کړي)\s*)?(?:,|،)?\s*(?:(?:and|or|nor|و|او|یا|او یا)\s+)?"
    r"(?:(?:a|an|the)\s+)?"
)


def live_triggers(item: ReadSentence, earlier_types: set[str]) -> list[Hit]:
    """Triggers that report an event: not negated, hypothetical, or pointing back at one reported before;
    a trigger joined to an unreal one inherits it ("feared deportation and a return to Afghanistan")."""
    folded = item.folded.text
    live: list[Hit] = []
    unreal: Hit | None = None
    question = _QUESTION.search(item.sentence.text)  # "Q: When did your son go missing?": asked, not told
    if question or (item.triggers and methodology.states_a_rule(folded)):  # "… is recorded as …": a rule
        item.unreal.extend(item.triggers)
        return []
    examples = methodology.quoted_examples(folded) if item.triggers else []
    for hit in typed_triggers(item):
        if any(a <= item.span(hit.start, hit.end)[0] < b for a, b in examples):
            item.unreal.append(hit)  # 'a sentence such as "at least 40 people were detained …"': an example
            continue
        if hit.key == "killing" and "ښ" in hit.text:
            continue  # Pashto «کښته» (down) folds to Dari «کشته» (killed)
        start, end = item.span(hit.start, hit.end)
        joined = unreal is not None and _TIGHT.fullmatch(item.sentence.text, unreal.end, hit.start)
        if word_senses.names_people(folded, start, end) or word_senses.weak_without_object(
            folded, start, end
        ):
            continue
        if hit.key == "recruitment" and word_senses.trade_in_goods(folded, start, end):
            continue
        if hit.key == "statement" and statements.no_statement_made(folded, start, end):
            continue
        if hit.key == "statement" and carried_out.order_carried_out(folded, start):
            continue  # "ordered the flogging of two women …; the flogging was carried out the next day"
        if hit.key == "deportation" and _RETURNED_BY.match(hit.text) and not _RETURN_ROUTE.match(folded, end):
            continue  # "the bodies were returned to their families", "phones were returned": no deportation
        if (
            hit.key == "flight"
            and _WEAK_FLIGHT.match(hit.text)
            and (not _flight_context(item, earlier_types) or _ERRAND.match(item.sentence.text, hit.end))
        ):
            continue  # "left for Kabul": flight when the article tells why ("after receiving threats")
        # what an appeal asks for is no report, unless the incident has its own day ("to release a reporter
        # detained in Khost on Monday"); counted people alone are not enough ("disclose the whereabouts of
        # two journalists missing in Jalalabad" is told where it happened)
        asked = mentions.in_appeal(folded, start) and not mentions.dated_after(folded, start, end)
        asked = asked and not (hit.key == "recruitment" and _DEMANDED.match(hit.text))  # men asked of elders
        sentence_only = hit.key in ("torture", "killing") and mentions.sentenced_to(folded, start, end)
        if (
            joined
            or asked
            or sentence_only  # "sentenced to two years in prison and 25 lashes": not carried out yet
            or clauses.is_negated(folded, start, end)
            or clauses.is_hypothetical(folded, start, end)
            or generic.no_report_of(folded, start)  # "did not receive any report of a woman detained"
            or generic.any_one(folded, start, end)  # "after a colleague disappears"
            or generic.rumour(folded, start)  # "people talk about two girls flogged"
            or generic.filed_as(folded, start)  # "Keep as killing, no perpetrator."
            or generic.defines(folded)  # 'A "deportation" is a return the person did not choose: …'
            or (hit.key in ("statement", "threat") and generic.release_terms(folded, start, end))
        ):
            unreal = hit
            item.unreal.append(hit)
            continue
        unreal = None
        if any(_inside(hit, o) for o in live if o.key != hit.key) or _mention(item, hit, earlier_types):
            continue
        if hit.key in earlier_types and generic.the_event_again(folded, start, end):
            continue  # "the brother is sure the killing is linked to the shura"
        if hit.key in earlier_types and generic.counted_group_again(folded):
            continue  # "The four women, who were … taken to the provincial police headquarters, were …"
        if live and live[-1].key != hit.key and _OR.fullmatch(item.sentence.text, live[-1].end, hit.start):
            item.alternatives.add(hit.key)  # "detained or disappeared": one event, of either type
            continue
        live.append(hit)
    told = told_threats.told_threat(item)
    if told:  # "told … the house would be burned if …": a threat; the harm named was not done
        threat, (left, right) = told
        done = [h for h in live if left <= item.span(h.start, h.end)[0] < right]
        item.unreal.extend(done)
        live = [h for h in live if h not in done]
        if not any(h.key == "threat" for h in live):
            live = sorted([*live, threat], key=lambda h: h.start)
    return foreground(item, _denied_later(item, live))


def _mention(item: ReadSentence, hit: Hit, earlier_types: set[str]) -> bool:
    """The trigger names an event without reporting it: one reported before ("these detentions"), a state,
    a cause or a charge, the time of another event, a body handed over."""
    folded = item.folded.text
    start, end = item.span(hit.start, hit.end)
    if hit.key in earlier_types and restatements.is_restatement(folded, start, end):
        # "The body of a former teacher was found": someone not named before
        return not (_BODY.search(hit.text) and _SOMEONE_NEW.match(folded, end))
    silence = hit.key == "disappearance" and _SINCE.search(hit.text)  # «تا هنوز برنگشته»: still unheard of
    if (restatements.is_state(folded, start) and not silence) or restatements.is_cause(folded, start, end):
        return True
    if hit.key == "torture" and custody.cause_of_death(folded, start):
        return True  # "died in the prison … after what fellow detainees described as a beating by guards"
    if hit.key == "detention" and custody.facility_of_death(folded, start, end):
        return True  # «زندانی دیگری در بازداشتگاه … جان باخت»: where the death was, no arrest
    if hit.key == "detention" and custody.held_where_ill_treated(folded, start, end):
        return True  # "torture in detention", «شکنجه در بازداشت»: where the torture was
    if _TOPIC_BEFORE.search(folded, max(0, start - 40), start):
        return True  # "a journalist who had reported on deportations of Afghans": what was reported on
    if mentions.vague_account(folded, start, end):
        return True  # "Many of the returnees said they had been picked up in raids": no incident
    if mentions.quoted_charge(item.sentence.text, hit.start, hit.end):
        return True  # accused of «فرار از منزل» ("running away from home"): a charge
    timed = hit.key in earlier_types and mentions.time_of(folded, start)  # "held a week before deportation"
    # … not "beat about 60 migrants before expelling them", "Following house searches on 20 May"
    if timed and not (_their_own(item, hit) or mentions.dated_after(folded, start, end)):
        return True
    if hit.key in earlier_types and mentions.legal_name(folded, start):
        return True  # "the refusal … constitutes an enforced disappearance": the act told before, in law
    if hit.key == "deportation" and _HANDED.match(hit.text) and _TO_FAMILY.search(item.sentence.text):
        return True  # "their bodies were handed over to their families", "handed over to elders"
    reported = hit.key == "killing" and "killing" in earlier_types and _BODY.search(hit.text)
    # "The bodies of the three men executed …", «اجساد این دو مرد …»: the dead told before
    restated = _BODIES_OF_THE.search(folded, max(0, start - 50), start) or (
        _BODY.search(hit.text) and _THE_DEAD.match(folded, end)
    )
    if hit.key == "killing" and "killing" in earlier_types and restated:
        return True  # "The bodies of the three men executed in Zahedan were handed to …": those told before
    return bool(reported and mentions.body_handled(folded, end))


def _their_own(item: ReadSentence, hit: Hit) -> bool:
    """ "Iranian border guards beat about 60 migrants before expelling them", «مرزبانان ایرانی حدود ۶۰
    مهاجر را پیش از اخراج … لت‌وکوب کردند»: an actor and the people it counted, whose deportation it is."""
    return bool(item.perpetrators) and any(c.end <= hit.start and c.count.value > 1 for c in item.counts)


def _denied_later(item: ReadSentence, live: list[Hit]) -> list[Hit]:
    """ "… heard that a teacher had been arrested in Gardez, but his school said he has not been detained":
    an event the same sentence then denies is none."""
    denied = [u for u in item.unreal if clauses.is_negated(item.folded.text, *item.span(u.start, u.end))]
    text = item.sentence.text
    return [
        t for t in live
        if not any(u.key == t.key and u.start > t.end and _BUT.search(text, t.end, u.start) for u in denied)
    ]  # fmt: skip


# Young men demanded of elders ("to send twelve young men", «برای پیوستن به صفوف»): the demand recruits.
_DEMANDED = re.compile(r"(?:to send|to provide|to hand over|برای پیوستن)\b", re.IGNORECASE)


# Leaving that is flight only when the text says why, or other events happened: "left Taloqan for Kabul".
_WEAK_FLIGHT = re.compile(r"left|leav|set|ترک|پر[یې]ښود|پریښود|راهی|[^ ]+ ته روان|د ", re.IGNORECASE)
# "left Jalalabad for a wedding", "left home for work": an errand, not flight ("left Kabul for Pakistan" is).
_ERRAND = re.compile(
    r"\s*(?:(?:a|an|his|her|their|the)\s+(?:\w+\s+)?(?:wedding|funeral|meeting|market|bazaar|shop|job|visit|"
    r"appointment|hospital|clinic|mosque|prayers?|school|university|class|work|office|interview|trip)|"
    r"work|school|prayers?|business|treatment)\b",
    re.IGNORECASE,
)


def _flight_context(item: ReadSentence, earlier_types: set[str]) -> bool:
    """People leaving flee: the sentence gives a cause or reports another event, or the article did before."""
    others = {t.key for t in item.triggers} | earlier_types
    return bool(others - {"flight", "statement"}) or mentions.flight_cause(item.folded.text)


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
            if speaker == "observer" or (speaker != "armed" and statements.projects(folded, end, speaker)):
                continue  # "Agencies warned that 50,000 more could be returned", "rules could stop girls …"
            # "they had been warned": no warning is made in this sentence
            made = not statements.no_statement_made(folded, start, end)
            to_people = statements.warns_people(folded, start, end)
            armed = speaker == "armed" or (speaker in ("force", None) and to_people)
            armed = armed or statements.warned_passive(folded, start)
            if made and statements.is_warning(folded, start, end) and armed:
                if any(o.key == "threat" for o in typed):
                    continue
                hit = replace(hit, key="threat")
        typed.append(hit)
    said = [h.start for h in typed if h.key == "statement"]
    if said:  # "announced that their holders had to leave the country": what the order says, not a flight
        ordered = [h for h in typed if h.key == "flight" and _TO_LEAVE.match(h.text) and said[0] < h.start]
        typed = [h for h in typed if h not in ordered]
    return abductions.at_checkpoint(item, typed)  # "taken from a checkpoint": abducted


_TO_LEAVE = re.compile(r"(?:had|have|has|must|forced|compelled|required|ordered) to leave|مجبور به ترک", re.I)


def _inside(hit: Hit, other: Hit) -> bool:
    """`hit` lies within the longer `other`."""
    return other.start <= hit.start and hit.end <= other.end and other.end - other.start > hit.end - hit.start


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
    unknown = [t for t in kept if t.key == "disappearance" and _SINCE.search(t.text)]
    # «… به جای نامعلوم برده شدند» (taken to an unknown place): the taking is the silence's own verb
    later = [t for t in kept if t.key == "detention" and t.start > unknown[0].start] if unknown else []
    if unknown and not any(not (_MOVED.search(t.text) and t.start - unknown[0].end < 12) for t in later):
        # "detained and not heard from since": a detention followed by silence is one disappearance (which
        # may restate a detention of those people told before); not a detention told before a "while"
        breaks = [m.end() for m in _APART.finditer(item.sentence.text, 0, unknown[0].start)]
        since = max(breaks, default=0)
        # "detained and disappeared … and their families have no news": both words are said, both events told
        named = [t for t in kept if t.key == "disappearance" and not _SINCE.search(t.text)]
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
    bodies = [t for t in kept if t.key == "killing" and _BODY.search(t.text)]
    if bodies and any(t.key != "disappearance" for t in kept):  # he was missing before he was found dead
        text = item.sentence.text  # (not someone missing after a "while": another person)
        missing = [
            t for t in kept if t.key == "disappearance" and not _APART.search(text, bodies[0].end, t.start)
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
_SINCE = re.compile(
    r"heard|seen|whereabouts|fate|news|word of|trace|information|unknown location|unknown place|نامعلوم|"
    r"خبر|اطلاع|معلومات|سرنوشت|ردی|درک|څرک|پته|برخلیک|refused to|refuse to|ورکه|ورک|"
    r"come home|come back|came home|came back|returned|where (?:he|she|they)|دیده نشد|نگشت|راستون|راستان|"
    r"راغلی|لیدل|اثر|کجا|چېرته|چیرته|پته|څرک",
    re.IGNORECASE,
)
_AFTER_BEING = re.compile(
    r"\b(?:after|following)\s+(?:being\s+|their\s+|his\s+|her\s+)?$|(?<!\w)(?:پس از|بعد از|وروسته له)\s+$",
    re.IGNORECASE,
)
_APART = re.compile(
    r";|\b(?:while|whereas|meanwhile)\b|(?<!\w)(?:در حالی که|درحالیکه|په داسې حال کې)(?!\w)", re.IGNORECASE
)
_AND = re.compile(r"\s+(?:and|و|او)\s+(?:(?:have|has|were|was|then)\s+)?")
_QUESTION = re.compile(r"[?؟]\W*$")
# "were returned" deports people only with its route: "returned by Iran", "from Chaman", "through Islam Qala".
_RETURNED_BY = re.compile(r"(?:were|was|been|being) returned", re.IGNORECASE)
_RETURN_ROUTE = re.compile(
    r"\s+(?:\S+\s+){0,3}?(?:from|by|through|via|across|over the border|to afghanistan|to their country)\b"
)
_TOPIC_BEFORE = re.compile(
    r"\b(?:reported|reporting|reports|wrote|written|writing|investigat\w+|campaign\w*)\s+(?:on|about|against)\s+"
    r"(?:the\s+)?(?:\S+\s+){0,2}$|\bcover(?:ed|ing|s)?\s+(?:the\s+)?(?:\S+\s+){0,1}$",
    re.IGNORECASE,
)
_ORDERED = re.compile(r"ordered\b", re.IGNORECASE)
_BUT = re.compile(r"\b(?:but|however|although|yet)\b|(?<!\w)(?:اما|ولی|خو|لیکن)(?!\w)", re.IGNORECASE)
_HANDED = re.compile(r"handed over|sent back", re.IGNORECASE)
_TO_FAMILY = re.compile(
    r"\b(?:bod(?:y|ies)|to (?:their|his|her|the) (?:famil(?:y|ies)|relatives|lawyers?|elders|guarantors?)|"
    r"to (?:famil(?:y|ies)|relatives|elders))\b",
    re.IGNORECASE,
)
_SOMEONE_NEW = re.compile(
    r"(?:\s+of)?\s+(?:a|an|another|\d+|two|three|four|five|six|seven|eight|nine|ten|one of)(?!\w)"
    r"|\s+(?:یکی از|یک تن از|یو له)",  # "The body of one of them", «جسد یکی از آنان»
    re.IGNORECASE,
)
_BODY = re.compile(r"bod(?:y|ies)|corpses?|remains|grave|جسد|اجساد|مړی|مړي|جنازه", re.IGNORECASE)
_THE_DEAD = re.compile(r"\s+(?:of\s+)?(?:the|these|those|این|آن|همان|دغو|دغه|هغو)\s", re.IGNORECASE)
_BODIES_OF_THE = re.compile(
    r"(?:\bbod(?:y|ies)\s+of\s+the|(?<!\w)(?:جسد|اجساد|مړي|مړی)\s+(?:این|آن|همان|دغو|دغه|هغو))\s+(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)


def actor_of(item: ReadSentence, mine: list[Hit], live: list[Hit]) -> Hit | None:
    """The perpetrator in the trigger's clause, else the nearest one no other event's trigger is closer to."""
    clause = clauses.clause_at(item.folded.text, *item.span(mine[0].start, mine[0].end))
    start, end = item.article_span(clause.start, clause.end)
    offset = item.sentence.start
    inside = [p for p in item.perpetrators if start <= p.start + offset and p.end + offset <= end]
    if inside:
        return nearest(inside, mine)
    found = nearest(item.perpetrators, mine)
    others = [t for t in live if t.key != mine[0].key]
    if found is None or not others or nearest([found], mine) is None:
        return found
    return found if _gap(found, mine) <= _gap(found, others) else None


def _gap(item: Hit, triggers: list[Hit]) -> int:
    """Characters between `item` and the nearest of `triggers`."""
    return min(max(t.start - item.end, item.start - t.end, 0) for t in triggers)


def nearest(items: list[Hit], triggers: list[Hit]) -> Hit | None:
    """The item nearest to any of `triggers`."""
    return min(items, key=lambda item: _gap(item, triggers), default=None)


def when_of(item: ReadSentence, mine: list[Hit], dates: ArticleDates) -> When | None:
    """The event's date from its own sentence, None when it gives none."""
    offset = item.sentence.start
    own = [m for m in dates.within(offset, item.sentence.end) if dates.usable(m)]
    own = [m for m in own if not background_date(item, m.start, m.end) and not _other_part(item, m, mine)]
    # "… detained two days later …, beaten, and released the next morning": the release's date, when another
    # dates the event
    own = [m for m in own if not _release_date(item, m, mine)] or own
    own = [m for m in own if not _in_relative_clause(item, m, mine)]
    done = carried_out.carried_out_date(item, own)  # "… ordered …; the flogging was carried out the next day"
    own = [done] if done else own
    clause = clauses.clause_at(item.folded.text, *item.span(mine[0].start, mine[0].end))
    bounds = item.article_span(clause.start, clause.end)
    spans = [(offset + t.start, offset + t.end) for t in mine]
    found = nearest_date(own, spans, bounds, lead=offset + _LEAD)
    if found is None:
        return None
    first = offset + mine[0].start
    return dates.when(
        found, before=item.sentence.text[found.end - offset : mine[0].start] if found.end <= first else ""
    )


# "… beaten with a rifle butt, and released the next morning", «… و روز بعد رها شد»: the release's date.
_RELEASED = re.compile(r"\b(?:released|freed|let go|set free|sent home)\b", re.IGNORECASE)
_RELEASED_AFTER = re.compile(r"\s*(?:رها|آزاد|خوشې|خوشي)\s*(?:شد|شدند|شو|شول|کړل|کړای)")


def _release_date(item: ReadSentence, found: DateMatch, mine: list[Hit]) -> bool:
    """A date after the event's words that dates the release ("kicked and beaten …, and released the next
    morning", «… لت‌وکوب شد و روز بعد رها شد»), not the event."""
    text, offset = item.sentence.text, item.sentence.start
    at, end = found.start - offset, found.end - offset
    if at < mine[-1].end:
        return False
    return bool(_RELEASED.search(text, mine[-1].end, at) or _RELEASED_AFTER.match(text, end))


# "The body of a shopkeeper who had returned from Pakistan in May was found …", «جسد مردی که در ماه ثور از
# پاکستان برگشته بود، … پیدا شد»: what the person had done before, in a clause of its own.
_RELATIVE_CLAUSE = re.compile(
    r"\b(?:who|which|that) (?:had|has|have)\b.*?(?=\b(?:was|were|is|are|has been|have been)\b)"
    r"|(?<!\w)که\s[^،,.]*?\s(?:بود|بودند)(?=[،,.]|$)"
    # Pashto: «… جسد وموندل شو چې څو ورځې مخکې له کوره وتلی و» (who had left home a few days before)
    r"|(?<!\w)چې\s[^،,.]*?\s(?:و|وو|وه|وې)(?=[،,.]|$)",
    re.IGNORECASE,
)


def _in_relative_clause(item: ReadSentence, found: DateMatch, mine: list[Hit]) -> bool:
    """The date stands in a relative clause telling what the person had done before the sentence's event,
    whose words stand outside it."""
    text, offset = item.sentence.text, item.sentence.start
    for m in _RELATIVE_CLAUSE.finditer(text):
        inside = m.start() <= found.start - offset and found.end - offset <= m.end()
        if inside and not any(m.start() <= t.start < m.end() for t in mine):
            return True
    return False


_PARTS = re.compile(r"[;؛]")


def _other_part(item: ReadSentence, found: DateMatch, mine: list[Hit]) -> bool:
    """The date stands in another part of the sentence, past a semicolon, beside another event's words ("in
    Dara-i-Nur a young man is missing; in Khewa a farmer was killed on 10 May")."""
    text, offset = item.sentence.text, item.sentence.start
    at = found.start - offset
    cuts = [0, *(m.end() for m in _PARTS.finditer(text)), len(text) + 1]
    part = next(((a, b) for a, b in zip(cuts, cuts[1:], strict=False) if a <= at < b), None)
    if part is None or any(part[0] <= t.start < part[1] for t in mine):
        return False
    return any(part[0] <= t.start < part[1] for t in item.triggers if t.key != mine[0].key)


def is_historical(item: ReadSentence, mine: list[Hit], dates: ArticleDates) -> bool:
    """The event's nearest date lies years before the article, or the sentence looks back ("years ago")."""
    offset = item.sentence.start
    own = [m for m in dates.within(offset, item.sentence.end) if dates.usable(m)]
    spans = [(offset + t.start, offset + t.end) for t in mine]
    # the date of the event's own clause: "The author, who left for Iran in 2021, was deported on 2 October"
    clause = clauses.clause_at(item.folded.text, *item.span(mine[0].start, mine[0].end))
    found = nearest_date(own, spans, item.article_span(clause.start, clause.end), lead=offset + _LEAD)
    era = found is None and continuity.era_cue(item.folded.text)
    return (found is not None and dates.is_old(found)) or continuity.historical_cue(item.folded.text) or era


def count_of(item: ReadSentence, mine: list[Hit], live: list[Hit], count: Count | None) -> Count | None:
    """The count found for the event, else one when the sentence names one person ("a former officer")."""
    if count is not None:
        return count
    start, end = item.span(mine[0].start, mine[0].end)
    clause = clauses.clause_at(item.folded.text, start, end)
    sentence_wide = len({t.key for t in live}) == 1
    found = one_person(item.folded.text, 0 if sentence_wide else clause.start, len(item.folded.text))
    if found is None and not sentence_wide:  # "…, while in Imam Sahib a former police officer who had been
        # picked up has not been heard from since": the person of the trigger's part of the sentence
        breaks = [m.end() for m in _APART.finditer(item.folded.text, 0, start)]
        if breaks:
            found = one_person(item.folded.text, max(breaks), len(item.folded.text))
    return found or singular_subject(item.folded.text, start)


def is_general(item: ReadSentence, mine: list[Hit], live: list[Hit]) -> bool:
    """Events spoken of in general ("a rise in disappearances, arrests, torture", "a report on the
    killing of …"): a cue near the trigger or near another in its list."""
    mates = [
        t
        for cluster in trigger_clusters(item.sentence.text, live)
        if set(cluster) & set(mine)
        for t in cluster
    ]
    return any(generality.is_general(item.folded.text, *item.span(t.start, t.end)) for t in mates)


def is_kind(item: ReadSentence, mine: list[Hit], live: list[Hit]) -> bool:
    """Events spoken of as a kind, the law or a habit, near the trigger or another in its list (see
    generality.is_kind): no incident, even with a place."""
    clusters = trigger_clusters(item.sentence.text, live)
    mates = [t for cluster in clusters if set(cluster) & set(mine) for t in cluster]
    return any(generality.is_kind(item.folded.text, *item.span(t.start, t.end)) for t in mates)
