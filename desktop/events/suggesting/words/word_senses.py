"""Trigger words in a sense that is no event: people or places ("detainees", "places of detention"),
goods ("drug trafficking"), things or games ("took their phones", "beat the deadline").

Works on the folded sentence text (`script.fold`): lower case, unified Arabic-script letters and digits.
"""

from __future__ import annotations

import re

from desktop.events.suggesting import compile_folded
from desktop.events.suggesting.who.person_words import PERSON

# "detainees" (بازداشت‌شدگان), "detention facilities": words for people and places, not events.
_PEOPLE_AFTER = compile_folded(
    r"\s?(?:شدگان|شده گان)|\s+(?:facilit|centre|center|camp|cell|conditions|site|حوزه|مرکز|خانه)"
    # "a former torture victim", "survivors of torture" named by the event: people, no incident
    r"|\s+(?:victims?|survivors?)(?!\w)"
)
_PLACE_BEFORE = compile_folded(r"(?<!\w)(?:places?|centres?|centers?|conditions|facilities|sites?) of\s+$")
_ATTRIBUTE_BEFORE = compile_folded(r"(?<!\w)(?:the|of|for|all|other|release|free|freeing)\s+(?:\w+ly\s+)?$")
# Pashto oblique participles name people: "د بندي شویو ښځو" (of the detained women).
_PASHTO_PARTICIPLE = compile_folded(r"(?:شویو|شوو|شویانو)$")
# and so does a participle before a word for people: «شړل شوي کسان ځوانان وو» (the deported were young men).
_PASHTO_ATTRIBUTIVE = compile_folded(r"(?:شوي|شوی|شوې)$")
_PASHTO_PEOPLE_AFTER = compile_folded(r"\s+(?:کسان|کډوال|افغانان|خلک|ښځې|سړي|ماشومان|ځوانان)(?!\w)")
_THOSE = compile_folded(r"(?<!\w)(?:those|these)\s+$")
_DEFINITE_PEOPLE = compile_folded(
    r"(?<!\w)(?:the|these|those)\s+(?:\w+\s+){0,2}?(?:men|women|people|brothers|teachers|students|journalists|"
    r"activists|villagers|youths|boys|girls|workers|shopkeepers|detainees|migrants|returnees|soldiers|officers)"
    r"\s+$"
)
_ATTRIBUTE = compile_folded(
    r"(?:detained|arrested|abducted|disappeared|deported|imprisoned|jailed|executed|killed)"
)
_GOODS_BEFORE = compile_folded(
    r"(?<!\w)(?:drugs?|narcotics?|arms|weapons?|fuel|opium|heroin|methamphetamine|hashish|goods|timber|"
    r"antiquities|wildlife|cigarettes?)(?:\s*-\s*|\s+)$"
)
_GOODS_AFTER = compile_folded(
    r"\s+(?:of\s+)?(?:drugs|narcotics|arms|weapons|fuel|opium|heroin|goods|مواد مخدر|مواد|مخدر|سلاح|اسلحه|"
    r"تریاک|هیرویین|کالا|تیل|نشه یي توکو|توکو|وسلو)(?!\w)"
)
_WEAK = compile_folded(r"beat|beat up")
# "picked up two journalists", "seized a former officer": taking people, not things ("seized 3 vehicles",
# "picked up the phone").
_TAKE = compile_folded(r"picked up|seized|whisked away|took away|took|(?:was|were|have been|had been) taken")
_TO_CARE = compile_folded(
    r"\s+(?:\S+\s+){0,2}?to (?:a |the )?(?:\w+ )?(?:hospital|clinic|doctor)|\s+back(?!\w)"
    r"|\s+off\s+(?:the\s+)?air(?!\w)"
)  # "taken to hospital"; "taken back to prison": already held; "taken off air": a programme
_PEOPLE_OBJECT = compile_folded(
    r"\s+(?:(?:(?:the|all)\s+)?(?:all|some|most|many|several|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fifty)\s+of\s+(?:us|them)|him|her|them|us|me|"
    r"(?:(?:the|a|an|his|her|their|my|our|two|three|four|five|six|seven|eight|"
    r"nine|ten|\d+|several|many|dozens of|at least \S+|some)\s+"
    r"(?:of\s+(?:the|these|those|their|our|his|her)\s+)?)?(?:[\w-]+\s+){0,2}?"
    r"(?:m[ae]n|wom[ae]n|people|persons?|journalists?|"
    r"reporters?|activists?|soldiers?|officers?|officials?|teachers?|students?|shopkeepers?|traders?|farmers?|"
    r"brothers?|sons?|relatives|members|villagers|residents|elders|doctors?|lawyers?|judges?|prosecutors?|"
    r"workers?|clerics?|imams?|youths?|boys?|girls?|children|returnees|migrants|refugees|afghans|protesters|"
    r"commanders?|employees?|commandos?|policem[ae]n|civilians|hazaras?|cousins?|nephews?|uncles?|fathers?|"
    r"husbands?|daughters?|sisters?|drivers?|mechanics?|tailors?|labou?rers?|passengers?|travell?ers?|"
    r"pilgrims?|guests?|neighbou?rs?|friends?|colleagues?|clients?|prisoners?|detainees?|mullahs?))(?!\w)"
)
# "took Abdul Wahid, a former police officer, from his home", "took the station's presenter from its office":
# someone taken from where they live or work (things named are caught by `_THINGS_AWAY`).
_FROM_THEIR_PLACE = compile_folded(
    r"\s+([^.;:]{1,60}?)\s+from\s+(?:his|her|their|its|the|a)\s+(?:\S+\s+){0,2}?"
    r"(?:homes?|houses?|office|offices|shops?|workplace|school|mosque|station|bed|car)(?!\w)"
)
# "the decision was taken in Kabul", "steps were taken", "photos were taken": a thing taken, not a person.
_THING_TAKEN = compile_folded(
    r"(?<!\w)(?:decisions?|steps?|measures?|actions?|photos?|photographs?|pictures?|videos?|notes?|votes?|"
    r"samples?|statements?|control|place|care|note|account|initiatives?|precautions?)\s+(?:\w+\s+)?$"
)
_PASSIVE_BEFORE = compile_folded(r"(?<!\w)(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$")
_NO_OBJECT_AFTER = compile_folded(
    r"\s+(?:at|on|in|from|by|after|during|near|outside|inside|while|when|the next|last|early|late|overnight|"
    r"yesterday|today|this)(?!\w)|\s*(?:[,.;|]|$)"
)
_PERSON_THEN = compile_folded(
    r"(?:(?<=[|;:.*])|^)\s*(?:(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|another)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:men|women|children|people|clerks?|(?:{PERSON})s?)"
    r"(?:\s+(?:from|of|in)\s+(?:\S+\s+){1,4}?)?\s*$"
)
_WEAK_OBJECT = compile_folded(
    r"\s+(?:up\s+)?(?:(?:at least|more than|about|around|nearly|some|over|up to)\s+)?"
    r"(?:him|her|them|us|me|the|a|an|his|their|my|our|several|many|dozens|\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|men|women|people|protesters|"
    r"\S+\s+(?:men|women|people))(?!\w)"
)
_SCORE = compile_folded(r"\d+\s*[-–]\s*\d+|goals?|match|champions?|league|tournament|election")
# "two reporters were summoned by the information department and warned that …": people were warned.
_PEOPLE_WORD = compile_folded(
    r"^(?:[a-z]+(?:ers?|ors?|ees?)|\S*(?:شدگان|شدگانی|شده گان))$"
)  # one word: "recruiters", «ناپدیدشدگان» (the disappeared), not "crossed the river"


def names_people(folded: str, start: int, end: int) -> bool:
    """The trigger is a word for people or places ("بازداشت‌شدگان" detainees, "recruiters", "places of
    detention", "the detained activists")."""
    return bool(
        _PEOPLE_AFTER.match(folded, end)
        or _PEOPLE_WORD.match(folded[start:end])
        or _PLACE_BEFORE.search(folded, max(0, start - 25), start)
        or _PASHTO_PARTICIPLE.search(folded, start, end)
        or (_PASHTO_ATTRIBUTIVE.search(folded, start, end) and _PASHTO_PEOPLE_AFTER.match(folded, end))
        or (
            _ATTRIBUTE_BEFORE.search(folded, max(0, start - 20), start)
            and _ATTRIBUTE.fullmatch(folded, start, end)
            and re.match(r"\s+[a-z]", folded[end:])
        )
        # "those detained were deported two days later": the people, not another detention
        or (_THOSE.search(folded, max(0, start - 8), start) and _ATTRIBUTE.fullmatch(folded, start, end))
    )


def people_named_again(folded: str, start: int, end: int) -> bool:
    """ "The three men detained in Jaghori told relatives …": people told of before, named by what was done to
    them (a participle after a definite plural), not another incident."""
    return bool(
        _DEFINITE_PEOPLE.search(folded, max(0, start - 40), start)
        and _ATTRIBUTE.fullmatch(folded, start, end)
    )


def trade_in_goods(folded: str, start: int, end: int) -> bool:
    """ "drug trafficking", «قاچاق مواد مخدر»: a crime in goods, not people trafficked or recruited."""
    return bool(_GOODS_BEFORE.search(folded, max(0, start - 25), start) or _GOODS_AFTER.match(folded, end))


# «کتاب‌ها و گوشی‌های آنان را با خود بردند» (took their books and phones away): things, not people.
_CARRIED = compile_folded(r"با خود (?:برد|بردند|برده)\w*|له ځانه سره (?:یوړ|یوړل|یې یوړل)\w*|(?:یوړل|بوتلل)")
_DARI_THINGS = (
    r"(?:کتاب|گوشی|موبایل|مبایل|تلفن|ټلیفون|کمپیوتر|کامپیوتر|لپ ?تاپ|اسناد|مدارک|پول|پیسې|وسایل|اموال|موتر|"
    r"موټر|دستگاه|کتابونه|سامان|تلویزیون|تلوزیون|رادیو|زیورات|جواهرات|طلا|قالین|فرش|مواشی|گوسفند|اسلحه|"
    r"سلاح|اجناس|کالا|محموله)"
)
_THINGS_CARRIED = compile_folded(rf"(?<!\w){_DARI_THINGS}\S*(?:\s+\S+){{0,5}}?\s+(?:را|یې)\s+$")
# «را از بین بردند» (destroyed), «… بالا بردند» (raised), «به سر بردند» (spent): «بردن» in other verbs.
_NOT_TAKING = compile_folded(
    r"را از (?:بین|میان)\s|را از .*(?<!\w)(?:بالا|پایین|پیش|سر|رنج|لذت|سود|پناه)\s+(?:بردند|برده)"
)
# «دزدان تلویزیون را از خانه‌اش بردند» (thieves took the television from his house): a thing, no one taken.
_THING_THEN_RA = compile_folded(rf"(?<!\w){_DARI_THINGS}\S*(?:\s+\S+){{0,2}}?\s+$")


# Pashto «بندي» is also "closed": «د غور لارې به بندې شي» (the roads of Ghor will be closed), «پوله بنده شوه».
_CLOSED_THING = compile_folded(
    r"(?<!\w)(?:لارې|لاره|لارو|لاري|سړک|سړکونه|سړکونو|دروازې|دروازه|پوله|پولې|بازار|بازارونه|ښوونځي|"
    r"ښوونځی|مکتب|مکتبونه|دوکانونه|دکانونه|تګ راتګ|ترانزیت)\s+(?:\S+\s+)?(?:به\s+)?$"
)


# People rounded up: «۵۰ معتاد را … جمع‌آوری کردند», beggars, children, migrants
_ROUNDED_UP = compile_folded(
    r"(?<!\w)(?:معتاد|معتادان|معتادین|گدا|گدایان|متکدی|متکدیان|کودکان|زنان|مردان|مهاجر|مهاجران|مهاجرین|"
    r"افراد|نفر|تن|جوانان)(?!\w)"
)
# Things held that are no people: talks, meetings, ceremonies …
_EVENTS_HELD = (
    r"(?:talks|meetings?|ceremon\w+|elections?|press conference|conference|gathering|jirga|shura|session|"
    r"workshop|training|prayers?|protests?|rall\w+|funeral|wedding|event|discussions?|consultations?|"
    r"negotiations?|hearings?|trials?|exams?|classes|match|games?|festival|celebrations?|courses?|vigil)"
)
_HELD_AN_EVENT = compile_folded(
    rf"held\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?(?:\w+\s+)?{_EVENTS_HELD}(?!\w)"
)
# "held more than ten meetings", "held at least 40 sessions": counted events held, not people
_HELD_COUNTED_EVENTS = compile_folded(
    rf"held\s+(?:at least|more than|over|about|nearly|some|around)\s+\S+\s+(?:\w+\s+)?{_EVENTS_HELD}(?!\w)"
)
# Fire set to homes, shops or schools is a threat to people; fire set to things is not.
_ARSON = compile_folded(r"آتش")
_BUILDING = compile_folded(r"خانه|منزل|دکان|مغازه|مکتب|مدرسه|مسجد|دفتر|کور|کورونه|دوکان")
_EVENT_BEFORE = compile_folded(rf"{_EVENTS_HELD}\s+(?:\S+\s+){{0,4}}?$")  # "the meeting … was held at"
_TOOK_AWAY = compile_folded(r"took\s+(.+?)\s+away")
# Things, not people: what is taken away ("took the phones away") or stored ("the goods were kept in …").
_THINGS = (
    r"(?:phones?|mobiles?|cargo|goods|cars?|vehicles?|trucks?|motorbikes?|documents?|papers|belongings|"
    r"money|cash|books?|laptops?|computers?|equipment|flags?|speakers?|cameras?|sim cards?|weapons?|guns?|"
    r"livestock|sheep|goats|cattle|harvest|crops?|furniture|posters?|banners?|signs?|supplies|aid|food|grain|"
    r"wheat|flour|boxes|crates|records|files|fuel|medicines?|sacks|bags)"
)
_THINGS_AWAY = compile_folded(rf"(?<!\w)(?:{_THINGS}|it|them all)(?!\w)")
_EAR = compile_folded(r"(?<!\w)(?:غوږ|غوږونه|غوږ یې|غوږ مو)\s+(?:\S+\s+)?$")


_LOCKED_OR_KEPT = compile_folded(r"locked up|(?:was|were) (?:locked up|kept in|kept at)|kept for .*")
_PLACE_LOCKED = compile_folded(
    r"\s+(?:his|her|their|the|its|our|my|a)\s+(?:\w+\s+)?(?:shops?|stores?|stalls?|doors?|gates?|offices?|"
    r"houses?|homes?|rooms?|premises|building|warehouse|school|clinic)(?!\w)"
)
_STORED_BEFORE = compile_folded(rf"(?<!\w){_THINGS}\s+(?:\S+\s+){{0,3}}?$")


# A person the clause is about, taken: "… whom intelligence officers took from the office on Tuesday".
_WHOM = re.compile(r"(?<!\w)whom\s+(?:\S+\s+){0,4}$")


_OWN_LIFE = compile_folded(r"\s+(?:her|his|their|my)\s+own\s+li(?:fe|ves)(?!\w)")


def weak_without_object(folded: str, start: int, end: int) -> bool:
    """A word that is an event only done to people ("beat 14 shopkeepers", not "beat the deadline")."""
    if "بند" in folded[start:end] and _CLOSED_THING.search(folded, max(0, start - 30), start):
        return True
    if folded[start:end].startswith("جمع") and not _ROUNDED_UP.search(folded):
        return True  # «جمع‌آوری کردند» rounds up people only when it names them: not «کمک‌ها را جمع‌آوری کردند»
    if _ARSON.search(folded, start, end) and not _BUILDING.search(folded, max(0, start - 70), start):
        return True  # «دهل‌ها را آتش زدند» (burned the drums): no home attacked
    if _OWN_LIFE.match(folded, end):
        return True  # "took her own life": a suicide, no one taken
    if _HELD_AN_EVENT.match(folded, start, end) or _HELD_COUNTED_EVENTS.match(folded, start):
        return True  # "held talks for two days", "held a meeting for three hours": not people held
    held = folded.startswith(("was held", "were held"), start)
    if held and _EVENT_BEFORE.search(folded, max(0, start - 50), start):
        return True  # "the meeting was held at the governor's office", "prayers were held for the dead"
    taken_away = _TOOK_AWAY.fullmatch(folded, start, end)
    if taken_away and _THINGS_AWAY.search(taken_away.group(1)):
        return True  # "took the phones away", "took the cargo away": things, not people
    if "نیول" in folded[start:end] and _EAR.search(folded, max(0, start - 25), start):
        return True  # Pashto «غوږ نیول» (to listen: "held an ear"): «مننه چې موږ ته مو غوږ نیولی و»
    if _CARRIED.fullmatch(folded, start, end) and _THINGS_CARRIED.search(folded, max(0, start - 60), start):
        return True
    if folded.startswith("را ", start) and _THING_THEN_RA.search(folded, max(0, start - 40), start):
        return True  # «تلویزیون را از خانه‌اش بردند»: a thing taken from the house
    if folded.startswith("put ", start) and _THINGS_AWAY.search(folded, start, end):
        return True  # "put the boxes in the back of their truck": things loaded, no one taken
    if _NOT_TAKING.match(folded, start, end):
        return True  # «خانه‌ها را از بین بردند» (destroyed), «قیمت را … بالا بردند» (raised): no one taken
    if folded.startswith("locked up", start) and _PLACE_LOCKED.match(folded, end):
        return True  # "locked up his shop", "locked up the office": a place shut, no one held
    if _LOCKED_OR_KEPT.fullmatch(folded, start, end) and _STORED_BEFORE.search(
        folded, max(0, start - 40), start
    ):
        return True  # "The goods were kept in a warehouse": things stored
    if _TAKE.fullmatch(folded, start, end):  # "was seized by armed men", "were picked up at a checkpoint"
        if _TO_CARE.match(folded, end) or re.match(r"(?:was|were|have|had)\s", folded[start:end]):
            # "were taken the same week", not "taken to hospital", nor "the decision was taken in Kabul"
            return bool(_TO_CARE.match(folded, end) or _THING_TAKEN.search(folded, max(0, start - 30), start))
        if _WHOM.search(folded, max(0, start - 50), start):
            return False  # "Samiullah Zadran, whom intelligence officers took from the station's office"
        passive = _PASSIVE_BEFORE.search(folded, max(0, start - 20), start)
        # a log's short passive: "A fifth ex-ALP man from the same village picked up at dawn"
        passive = passive or (
            _PERSON_THEN.search(folded, max(0, start - 50), start) and _NO_OBJECT_AFTER.match(folded, end)
        )  # (not "Customs officers seized a shipment of fuel": an object after it)
        taken_from = _FROM_THEIR_PLACE.match(folded, end)
        if taken_from and not _THINGS_AWAY.search(taken_from.group(1)):
            return False  # "took Abdul Wahid, a former police officer, from his home"
        return not passive and not _PEOPLE_OBJECT.match(folded, end)
    if not _WEAK.fullmatch(folded, start, end):
        return False
    if _BEATEN_WITH.match(folded, end):
        return False  # "guards beat Wahid with a length of water pipe": a name, then what it was done with
    return not _WEAK_OBJECT.match(folded, end) or bool(_SCORE.search(folded))


# What a beating is done with, after whom it was done to: "with a length of water pipe", "with rifle butts".
_BEATEN_WITH = compile_folded(
    r"\s+(?:\S+\s+){1,3}?with\s+(?:a\s+|an\s+|the\s+|their\s+|his\s+)?(?:\w+\s+){0,2}?(?:length\s+of\s+)?"
    r"(?:(?:water\s+)?pipes?|sticks?|cables?|batons?|rifle\s+butts?|rifles?|guns?|whips?|rods?|belts?|hoses?|fists?|"
    r"clubs?|truncheons?|wires?|chains?|boots?|lashes|stones?|bricks?|iron\s+bars?|bars?)(?!\w)"
)
