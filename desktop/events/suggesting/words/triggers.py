"""Which trigger words of a sentence report its own events.

A trigger can be negated, hypothetical, a restatement, a state, a cause, a mention or a question (then it
reports nothing); the ones that report are sorted by type (trigger_types.py) and stripped of background
(foreground.py). The facts of each event come from participants.py and trigger_dates.py.
"""

from __future__ import annotations

import re

from desktop.events.suggesting import compile_folded
from desktop.events.suggesting.article import methodology
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.sentence import outcomes
from desktop.events.suggesting.words import (
    carried_out,
    clauses,
    custody,
    generic,
    mentions,
    proper_names,
    restatements,
    statements,
    told_threats,
    word_senses,
)
from desktop.events.suggesting.words.foreground import BODY, SILENCE, foreground
from desktop.events.suggesting.words.trigger_types import typed_triggers
from desktop.events.vocabulary import Hit

# "detained or disappeared", "detained or have disappeared", «بازداشت شده یا ناپدید شده‌اند» (the first's
# auxiliary before «یا»), Pashto «نیول شوي یا ورک شوي»
_OR = re.compile(
    r"\s*(?:(?:شده|شدند|شده\u200c?اند|گردیده|گردیدند|شوي|شوی|شول|دي|دی)\s*)?[,،]?\s*(?:or|and/or|یا|او یا)\s+"
    r"(?:(?:have|has|had|were|was)\s+)?(?:been\s+)?",
    re.IGNORECASE,
)
# "detained or missing", «بازداشت یا مفقود»: the people may have disappeared (no trigger of its own)
_OR_MISSING = re.compile(
    r"\s+(?:or|and/or|یا)\s+(?:missing|unaccounted for|مفقود|ناپدید|ورک)(?!\w)", re.IGNORECASE
)
_COMMA = re.compile(r"\s*[,،]\s*")
_CONJUNCTION = re.compile(r",|،|\b(?:and|or|nor)\b|(?<!\w)(?:و|او|یا)(?!\w)")
_TIGHT = re.compile(  # «ممکن است … بازداشت شوند یا مجبور به ترک کشور گردند»: the verb of the first, then "or"
    r"\s*(?:(?:شوند|شود|گردند|گردد|کنند|کند|شي|کړي)\s*)?(?:,|،)?\s*(?:(?:and|or|nor|و|او|یا|او یا)\s+)?"
    r"(?:(?:a|an|the)\s+)?(?:(?:other|further|similar|such)\s+)?"  # "torture and other ill-treatment"
)


def live_triggers(item: ReadSentence, earlier_types: set[str]) -> list[Hit]:
    """Triggers that report an event: not negated, hypothetical, or pointing back at one reported before;
    a trigger joined to an unreal one inherits it ("feared deportation and a return to Afghanistan")."""
    folded = item.folded.text
    live: list[Hit] = []
    unreal: Hit | None = None
    # "Q: When did your son go missing?", "QUESTION: There are reports of …" (a journalist asking): not told
    said = item.sentence.text
    question = _QUESTION.search(said) or _ASKED.match(said) or _TO_DO.match(said)
    if question or (item.triggers and methodology.states_a_rule(folded)):  # "… is recorded as …": a rule
        item.unreal.extend(item.triggers)
        return []
    examples = methodology.quoted_examples(folded) if item.triggers else []
    typed = typed_triggers(item)
    listed: Hit | None = None  # the last word of a list of event words ("detained, disappeared or …")
    for n, hit in enumerate(typed):
        if any(a <= item.span(hit.start, hit.end)[0] < b for a, b in examples):
            item.unreal.append(hit)  # 'a sentence such as "at least 40 people were detained …"': an example
            continue
        if hit.key == "killing" and "ښ" in hit.text:
            continue  # Pashto «کښته» (down) folds to Dari «کشته» (killed)
        if (
            hit.key == "detention"
            and "detention" in earlier_types
            and _TRANSFER.search(hit.text)
            and _HELD_ONE.search(
                folded, max(0, item.span(hit.start, hit.end)[0] - 40), item.span(hit.start, hit.end)[0]
            )
        ):
            continue  # «… گفتند که او به زندان نیلی منتقل شده است»: one already held, moved to a prison
        if (
            hit.key == "detention"
            and "detention" in earlier_types
            and _HELD_STATE.search(hit.text)
            and _RELEASED.search(folded, 0, item.span(hit.start, hit.end)[0])
            and _BACK_TO_THEM.match(folded)
        ):
            # "Both were let go on Monday after two nights in custody": the detention told before (not "He was
            # held there for a night and released the next morning")
            continue
        if hit.key == "disappearance" and SILENCE.search(hit.text) and _FAMILIES_AWAY.search(folded):
            continue  # «این خانواده‌ها هنوز به خانه‌های خود بازنگشته‌اند»: still displaced, no one missing
        start, end = item.span(hit.start, hit.end)
        joined = False
        if unreal is not None and _TIGHT.fullmatch(item.sentence.text, unreal.end, hit.start):
            # «د وژلو ګواښ» (a threat of killing): the threat that made the killing unreal is itself made
            gap = item.sentence.text[unreal.end : hit.start]
            joined = hit.key != "threat" or bool(_CONJUNCTION.search(gap))
        # (a decree names no people: "decree", «دستور داد خانه‌ها را …» is no "detention house")
        named = hit.key != "statement" and word_senses.names_people(folded, start, end)
        if named and hit.key == "killing" and _TOLL_BEFORE.search(folded, max(0, start - 12), start):
            named = not _TOLL_REACHED.search(folded, end)  # «شمار کشته‌شدگان … به دوازده تن رسیده است»
        if named or word_senses.weak_without_object(folded, start, end):
            continue
        if proper_names.in_proper_name(item.sentence.text, hit.start, hit.end):
            continue  # "the Detention Monitoring Working Group", "the Convention against Torture": a name
        if hit.key == "recruitment" and word_senses.trade_in_goods(folded, start, end):
            continue
        if hit.key == "statement" and statements.no_statement_made(folded, start, end):
            continue
        if hit.key == "statement" and carried_out.order_carried_out(folded, start):
            continue  # "ordered the flogging of two women …; the flogging was carried out the next day"
        if hit.key == "deportation" and _TO_PRISON.search(folded, max(0, start - 30), start):
            continue  # «سپس به زندان بازگردانده شدند» (then taken back to prison): no deportation
        where_held = _WHERE_HELD.search(folded, max(0, start - 30), start)
        if hit.key == "detention" and where_held and (live or _ASK_WHERE.search(folded, 0, where_held.end())):
            # "beaten … at the police headquarters, where he was held for three hours": the beating's place;
            # "went to ask where the men were being held": the detention told before; alone, the holding is
            # the event ("told to report to the intelligence office, where he was kept overnight")
            continue
        if (
            hit.key == "torture"
            and mentions.is_marks(hit.text)
            and any(h.key == "torture" and not mentions.is_marks(h.text) for h in typed)
        ):
            continue  # "… had slapped and kicked them; one showed a reporter a bruise": the beating's marks
        if hit.key == "flight" and _AT_LARGE.search(folded, end):
            continue  # "The brother fled towards Nimroz and has not been found": a suspect at large
        if hit.key == "statement" and _CUT.search(hit.text) and not _NETWORK.search(folded):
            continue  # "his phone has been switched off since Tuesday", «قطع کمک‌ها»: no network cut
        if hit.key == "recruitment" and _SMUGGLER.fullmatch(folded, start, end):
            continue  # «با کمک یک قاچاقبر از مرز گذشتند»: the smuggler who helped them, no trafficking
        if hit.key == "recruitment" and _WED.search(hit.text) and not _FORCED_WEDDING.search(folded):
            continue  # «به عقد او درآمد» alone is a marriage told, not a girl given by force or for money
        if hit.key == "killing" and _DIED.search(hit.text) and _NOT_KILLED.match(folded, end):
            continue  # "two men died in a road accident", "children died of cold in the camp": no killing
        if hit.key == "deportation" and item.sentence.text[hit.end : hit.end + 1] in ("'", "’"):
            continue  # "returned 40 Afghans' documents": their papers, not the people
        deported = any(h.key == "deportation" for h in live)
        if hit.key == "flight" and deported and _CROSSING_INTO.match(hit.text):
            continue  # "deported through the Spin Boldak crossing into Kandahar": the deportation's way back
        if hit.key == "detention" and _BACK.match(folded, end):
            continue  # «… شلاق خوردند و سپس به زندان بازگردانده شدند»: back to the prison they were in
        if hit.key == "deportation" and _HANDED_AT_HOME.match(item.sentence.text, hit.start):
            continue  # "handed over to the provincial prosecutor's office": to the courts, not abroad
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
        if hit.key in earlier_types and word_senses.people_named_again(folded, start, end):
            continue  # "The three men detained in Jaghori told relatives …": the detention told before
        if hit.key in earlier_types and generic.the_event_again(folded, start, end):
            continue  # "the brother is sure the killing is linked to the shura"
        if hit.key in earlier_types and generic.dating_clause(folded, start, end):
            continue  # "Ten days after my husband was taken, my brother-in-law left …": told before
        if hit.key in earlier_types and generic.counted_group_again(folded):
            continue  # "The four women, who were … taken to the provincial police headquarters, were …"
        last = listed or (live[-1] if live else None)
        if last and live[-1].key != hit.key and _OR.fullmatch(item.sentence.text, last.end, hit.start):
            item.alternatives.add(hit.key)  # "detained or disappeared": one event, of either type
            listed = None
            continue
        if live and live[-1].key != hit.key and _in_list(item.sentence.text, last, hit, typed[n + 1 :]):
            item.alternatives.add(hit.key)  # "nine detained, disappeared or killed": one count, any type
            listed = hit
            continue
        listed = None
        live.append(hit)
    if live and _OR_MISSING.match(item.sentence.text, live[-1].end):
        item.alternatives.add("disappearance")  # "Detained or missing this month: five people"
    told = told_threats.told_threat(item)
    if told:  # "told … the house would be burned if …": a threat; the harm named was not done
        threat, (left, right) = told
        done = [h for h in live if left <= item.span(h.start, h.end)[0] < right]
        # "the governor warned elders that … would be expelled": the warning is the threat, no statement too
        done += [h for h in live if h.key == "statement" and h.start < threat.end and threat.start < h.end]
        item.unreal.extend(done)
        live = [h for h in live if h not in done]
        if not any(h.key == "threat" for h in live):
            live = sorted([*live, threat], key=lambda h: h.start)
    if any(h.key != "statement" for h in live):  # "… flogged eleven people, the court said in a statement"
        live = [h for h in live if not (h.key == "statement" and _ATTRIBUTION.match(h.text))]
    # "beaten and threatened", «مورد لت‌وکوب و تهدید قرار گرفته‌اند»: the threats were part of the ill-treatment
    live = [h for h in live if not (h.key == "threat" and _with_beating(item.sentence.text, h, live))]
    # «… را با تهدید و وعده پول با خود … بردند», "forced out under threat": the threat is how it was done
    live = [h for h in live if not (h.key == "threat" and _by_threat(item, h, live))]
    return foreground(item, _denied_later(item, live))


# Moved from one place of custody to another: «منتقل شده», «انتقال دادند», "transferred", «ولېږدول شو».
_TRANSFER = compile_folded(r"منتقل|انتقال|transferr|moved|ولېږدول|ولیږدول|لېږدول|لیږدول")
# … said of someone the text has already told was held: «او», «وی», «آنان», "he", "they", "the men".
_HELD_ONE = compile_folded(
    r"(?<!\w)(?:he|she|they|him|her|them|the (?:men|women|detainees?|prisoners?)|او|وی|آنان|آنها|ایشان|"
    r"هغه|دوی)\s+(?:(?:was|were|had been|has been|have been|later|then|بعدا|سپس|بیا)\s+){0,3}"
    r"(?:\S+\s+){0,3}$"
)
# Displaced families not back home: «این خانواده‌ها هنوز به خانه‌های خود بازنگشته‌اند», "the families have
# not returned to their villages", Pashto «دا کورنۍ لا تر اوسه خپلو کورونو ته نه دي راستنې شوې».
_FAMILIES_AWAY = compile_folded(
    r"(?<!\w)(?:families|households|residents|villagers|خانواده ها|خانوارها|باشندگان|کورنۍ|کورنیو|"
    r"اوسېدونکي)\s+"
    r"(?:\S+\s+){0,4}?(?:have not|has not|had not|haven't|hasn't|never|هنوز|تا هنوز|تاکنون|لا|لا تر اوسه|"
    r"تر اوسه)\s+(?:\S+\s+){0,4}?(?:returned|gone back|come back|back|بازنگشته\S*|برنگشته\S*|"
    r"نگشته\S*|راستانه|راستنې|راستون\S*|ستانه)(?!\w)"
)
_AND = re.compile(r"\s*(?:,|،)?\s*(?:and|و|او)\s+(?:(?:were|was|also)\s+)?")


def _with_beating(text: str, threat: Hit, live: list[Hit]) -> bool:
    """A threat joined by "and" to a torture word right before or after it ("beaten and threatened")."""
    return any(
        h.key == "torture"
        and (_AND.fullmatch(text, h.end, threat.start) or _AND.fullmatch(text, threat.end, h.start))
        for h in live
    )


# Threats as the means of another act: «با تهدید», «با تهدید و …», Pashto «په ګواښ», "under threat",
# "with threats".
_BY = compile_folded(r"(?<!\w)(?:با|په|under|with|by)\s+(?:\S+\s+)?$")
_THREAT_WORD = compile_folded(r"تهدید|threat|ګواښ|گواښ")
_TAKES = ("detention", "recruitment", "flight", "deportation", "disappearance")


def _by_threat(item: ReadSentence, threat: Hit, live: list[Hit]) -> bool:
    """A threat named as the means of a taking, a flight or a deportation told in the same sentence."""
    if not _THREAT_WORD.search(threat.text):
        return False  # (not gunfire: «با شلیک‌های هوایی … پراکنده کردند» is a threat of its own)
    start = item.span(threat.start, threat.end)[0]
    return bool(_BY.search(item.folded.text, max(0, start - 20), start)) and any(
        h.key in _TAKES and h.start > threat.start for h in live
    )


def _in_list(text: str, last: Hit | None, hit: Hit, later: list[Hit]) -> bool:
    """`hit` follows `last` after a comma in a list of event words closed by "or" ("detained, disappeared or
    killed", «بازداشت، ناپدید یا کشته»)."""
    if last is None or not _COMMA.fullmatch(text, last.end, hit.start):
        return False
    following = hit
    for nxt in later:
        if _OR.fullmatch(text, following.end, nxt.start):
            return True
        if not _COMMA.fullmatch(text, following.end, nxt.start):
            return False
        following = nxt
    return False


# A toll that reached a number: «شمار کشته‌شدگان انفجار … به دوازده تن رسیده است», Pashto «د وژل شویو شمېر … ته
# ورسید»: the dead counted, an event told.
_TOLL_BEFORE = compile_folded(r"(?:شمار|تعداد|شمېر)\s+$")
_TOLL_REACHED = compile_folded(r"(?<!\w)(?:رسید|رسیده|ورسید|ورسېد|رسېدلی)")
# Marks of torture seen on a body («بر بدنش نشانه‌های شکنجه دیده می‌شد»): the torture told, not a state.
_MARKS_BEFORE = compile_folded(r"(?:نشانه|نشانه های|آثار|اثر|علایم|علائم|نښې|نښانې|marks of|signs of)\s+$")


def _mention(item: ReadSentence, hit: Hit, earlier_types: set[str]) -> bool:
    """The trigger names an event without reporting it: one reported before ("these detentions"), a state,
    a cause or a charge, the time of another event, a body handed over."""
    folded = item.folded.text
    start, end = item.span(hit.start, hit.end)
    silence = hit.key == "disappearance" and SILENCE.search(hit.text)  # «تا هنوز برنگشته»: still unheard of
    if silence and outcomes.act_before(item, hit):
        return False  # "… were taken from their home on Friday; their whereabouts are unknown": told here
    if hit.key in earlier_types and restatements.is_restatement(folded, start, end):
        # "The body of a former teacher was found": someone not named before
        return not (BODY.search(hit.text) and _SOMEONE_NEW.match(folded, end))
    marks = _MARKS_BEFORE.search(folded, max(0, start - 16), start) or mentions.is_marks(hit.text)
    if hit.key == "torture" and marks:
        return bool(BODY.search(folded))  # a body's marks are its killing's
    if (restatements.is_state(folded, start) and not silence) or restatements.is_cause(folded, start, end):
        return True
    if hit.key == "torture" and custody.cause_of_death(folded, start):
        return True  # "died in the prison … after what fellow detainees described as a beating by guards"
    if hit.key == "detention" and custody.facility_of_death(folded, start, end):
        return True  # «زندانی دیگری در بازداشتگاه … جان باخت»: where the death was, no arrest
    if hit.key == "detention" and custody.held_where_ill_treated(folded, start, end):
        return True  # "torture in detention", «شکنجه در بازداشت»: where the torture was
    if _CATEGORY_BEFORE.search(folded, max(0, start - 40), start):
        return True  # "the two elements of an enforced disappearance", "the crime of torture": a kind
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
    if earlier_types and mentions.legal_name(folded, start):
        return True  # "the refusal … constitutes an enforced disappearance": the act told before, in law
    if hit.key == "deportation" and _HANDED.match(hit.text) and _TO_FAMILY.search(item.sentence.text):
        return True  # "their bodies were handed over to their families", "handed over to elders"
    reported = hit.key == "killing" and "killing" in earlier_types and BODY.search(hit.text)
    # "The bodies of the three men executed …", «اجساد این دو مرد …»: the dead told before
    restated = _BODIES_OF_THE.search(folded, max(0, start - 50), start) or (
        BODY.search(hit.text) and _THE_DEAD.match(folded, end)
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


# One who fled and is sought: "has not been found", "is still at large", «تر اوسه نه دی نیول شوی», «دستگیر
# نشده»: a suspect escaping, no flight from harm.
_AT_LARGE = compile_folded(
    r"(?<!\w)(?:(?:has|have) not (?:yet )?been (?:found|caught|arrested|traced)|"
    r"(?:is|are) (?:still )?at large|"
    r"نه دی نیول شوی|نه دي نیول شوي|نه دی نیول شوې|نیول شوی نه دی|دستگیر نشده|بازداشت نشده|پیدا نشده)"
)
# Networks cut on an order: "mobile data was switched off", «انترنت … قطع است» (a statement), when the
# sentence names a network.
_CUT = compile_folded(r"switched off|went silent|قطع")
_NETWORK = compile_folded(
    r"internet|network|mobile|data|telecom|phone service|signal|انترنت|اینترنت|شبکه|مخابرات|موبایل|مبایل|"
    r"تیلیفون|ټلیفون|تلفن|شبکې|مخابراتو"
)
_SMUGGLER = compile_folded(r"قاچاقبر\S*|قاچاقچی\S*|قاچاقوړونک\S*")
# A marriage is forced when the sentence says so, or a price, a girl's age or «بد» (a feud's settlement).
_WED = compile_folded(r"عقد|نکاح")
_FORCED_WEDDING = compile_folded(r"زور|اجبار|پول|پیس|افغانی|فروخت|ساله|کلن|بدل|بد»|«بد|خلاف میل|رضایت")
# "Nine men died, my cousin among them", "At least 19 people died": people who died where harm is told are its
# dead, unless the sentence names another cause.
_DIED = re.compile(r"\bdied$", re.IGNORECASE)
_NOT_KILLED = compile_folded(
    r"\s+(?:\S+\s+){0,3}?(?:of|from|in)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:cold|illness|disease|hunger|starvation|"
    r"malnutrition|cholera|measles|heat|exposure|natural causes|old age|heart attack|stroke|covid\w*|"
    r"flood\w*|earthquake|avalanche|landslide\w*|accident|crash|drowning)(?!\w)"
)
# Leaving that is flight only when the text says why, or other events happened: "left Taloqan for Kabul".
_WEAK_FLIGHT = re.compile(r"left|leav|set|ترک|پر[یې]ښود|پریښود|راهی|[^ ]+ ته روان|د ", re.IGNORECASE)
# "left Jalalabad for a wedding", "left home for work": an errand, not flight ("left Kabul for Pakistan" is).
_ERRAND = re.compile(
    r"\s*(?:(?:a|an|his|her|their|the)\s+(?:\w+\s+)?(?:wedding|funeral|meeting|market|bazaar|shop|job|visit|"
    r"appointment|hospital|clinic|mosque|prayers?|school|university|class|work|office|interview|trip)|"
    r"work|school|prayers?|business|treatment)\b"
    # "had left his home two days earlier to visit an uncle": why, a few words on
    r"|(?:\s+[^\s,.;]+){0,4}?\s+to\s+(?:visit|see|attend|buy|sell|collect|fetch|bring)\b",
    re.IGNORECASE,
)


def _flight_context(item: ReadSentence, earlier_types: set[str]) -> bool:
    """People leaving flee: the sentence gives a cause or reports another event, or the article did before."""
    others = {t.key for t in item.triggers} | earlier_types
    return bool(others - {"flight", "statement"}) or mentions.flight_cause(item.folded.text)


def _inside(hit: Hit, other: Hit) -> bool:
    """`hit` lies within the longer `other`."""
    return other.start <= hit.start and hit.end <= other.end and other.end - other.start > hit.end - hit.start


_QUESTION = re.compile(r"[?؟]\W*$")
_ASKED = re.compile(
    r"^\W*(?:q|question|پرسش|سوال|سؤال|پوښتنه)\s*(?:\([^)]{1,40}\)\s*)?[:：]", re.IGNORECASE
)  # "QUESTION (Afghan service): There are reports …"
# A note's own to-do line: "- Ask the Kabul office whether the three men's names appear on any detention
# list", "Follow up: …", «پیگیری: …»: what the researcher will do, nothing told.
_TO_DO = re.compile(
    r"^\W*(?:ask|check|verify|confirm|follow up|follow-up|find out|chase|request|to ?do|next steps?|"
    r"پیگیری|بررسی شود|پوښتنه وشي)(?!\w)(?!\s+(?:was|were|is|are|has|had)\b)",
    re.IGNORECASE,
)
# "were returned" deports people only with its route: "returned by Iran", "from Chaman", "through Islam Qala".
_TO_PRISON = re.compile(
    r"(?<!\w)(?:به|ته)\s+(?:زندان|سلول|بازداشتگاه|توقیفگاه|محبس|زندان ها)(?:\s+\S+)?\s*$|"
    r"(?<!\w)(?:زندان|توقیف|بندیخانې)\s+ته\s*$"
)
# Who said it, not what was decided: "the provincial court said in a statement" after the event it reports.
_ATTRIBUTION = re.compile(r"(?:said|in a statement|issued a statement)", re.IGNORECASE)
_WHERE_HELD = re.compile(
    r"\bwhere\s+(?:he|she|they|the\s+\w+|\w+)\s+(?:(?:was|were|had been|is|are)(?:\s+being)?\s+)?$"
)
# "went to ask where the men were being held": an indirect question about people held before.
_ASK_WHERE = re.compile(
    r"\b(?:ask|asked|asking|know|knew|learn|find out|found out|told|tell|unclear|unknown)\s+where\s+"
)
# A release of people told of before: "Both were let go …", "The imam was released …; the others are said to
# be held", «هر دو … آزاد شدند», Pashto «دواړه … خوشې شول».
_RELEASED = compile_folded(
    r"(?<!\w)(?:released|freed|let go|set free|let out|آزاد شد\w*|رها شد\w*|رها کرد\w*|آزاد کرد\w*|"
    r"خوشې شو\w*|"
    r"خوشې کړ\w*|خوشی شو\w*)(?!\w)"
)
_BACK_TO_THEM = compile_folded(
    r"^\W*(?:both|all|they|he|she|the (?:\w+ )?(?:men|women|man|woman|imam|journalists?|detainees?|students?|"
    r"teachers?|brothers?|two|three|four|five)|هر دو|همه|آنان|آنها|او|وی|دواړه|ټول|دوی|هغه)(?!\w)"
)
# The state of being held ("after two nights in custody", "are held at"), not an arrest.
_HELD_STATE = compile_folded(r"custody|held|kept|detention|نگه|بند|توقیف|زندان")
_CROSSING_INTO = re.compile(r"cross(?:ing|ed|es)?\s+(?:back\s+)?into", re.IGNORECASE)
_BACK = re.compile(r"\s*(?:باز\s*گردانده|بر\s*گردانده|بیرته|بېرته|returned|taken back|sent back)")
_RETURNED_BY = re.compile(r"(?:were|was|been|being) returned", re.IGNORECASE)
# Handed to the country's own prosecutors, courts or families: "All 23 have been handed over to the provincial
# prosecutor's office", "the body was handed over to his family": no one sent across a border.
_HANDED_AT_HOME = re.compile(
    r"handed\s+(?:\S+\s+)?(?:over\s+)?to\s+(?:the\s+|his\s+|her\s+|their\s+|a\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:prosecutor|prosecution|attorney|court|judiciary|judge|famil|relatives|elders|hospital|police|"
    r"intelligence|prison|custody|investigat)",
    re.IGNORECASE,
)
_RETURN_ROUTE = re.compile(
    r"\s+(?:\S+\s+){0,3}?(?:from|by|through|via|across|over the border|to afghanistan|to their country)\b"
)
_CATEGORY_BEFORE = re.compile(
    r"\b(?:elements?|definition|crime|offen[cs]e|prohibition|practice|victims|survivors)\s+of\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_TOPIC_BEFORE = re.compile(
    r"\b(?:reported|reporting|reports|wrote|written|writing|investigat\w+|campaign\w*)\s+(?:on|about|against)\s+"
    r"(?:the\s+)?(?:\S+\s+){0,2}$|\bcover(?:ed|ing|s)?\s+(?!in\s|with\s|in$|with$)(?:the\s+)?(?:\S+\s+){0,1}$",
    re.IGNORECASE,
)
_BUT = re.compile(r"\b(?:but|however|although|yet)\b|(?<!\w)(?:اما|ولی|خو|لیکن)(?!\w)", re.IGNORECASE)
_HANDED = re.compile(r"handed over|sent back", re.IGNORECASE)
_TO_FAMILY = re.compile(
    r"\b(?:bod(?:y|ies)|to (?:their|his|her|the) (?:famil(?:y|ies)|relatives|lawyers?|elders|guarantors?)|"
    r"to (?:famil(?:y|ies)|relatives|elders)|"
    # land or goods handed over: "government property that is to be handed over to a company"
    r"(?:property|land|jeribs|houses|buildings|shops|keys|documents|weapons)\b[^.;]{0,40}handed over|"
    r"handed over to (?:a|the) (?:company|municipality|state|government|ministry|emirate))\b",
    re.IGNORECASE,
)
_SOMEONE_NEW = re.compile(
    r"(?:\s+of)?\s+(?:a|an|another|\d+|two|three|four|five|six|seven|eight|nine|ten|one of)(?!\w)"
    r"|\s+(?:یکی از|یک تن از|یو له)",  # "The body of one of them", «جسد یکی از آنان»
    re.IGNORECASE,
)
_THE_DEAD = re.compile(r"\s+(?:of\s+)?(?:the|these|those|این|آن|همان|دغو|دغه|هغو)\s", re.IGNORECASE)
_BODIES_OF_THE = re.compile(
    r"(?:\bbod(?:y|ies)\s+of\s+the|(?<!\w)(?:جسد|اجساد|مړي|مړی)\s+(?:این|آن|همان|دغو|دغه|هغو))\s+(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)
