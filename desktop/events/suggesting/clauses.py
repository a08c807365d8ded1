"""Whether a trigger reports an event: clauses, negation, hypotheticals, retractions, restatements, history.

Works on the folded sentence text (`script.fold`): lower case, unified Arabic-script letters and digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.events.suggesting import compile_folded

# Clauses end at punctuation and at words that start another statement.
_CLAUSE_BREAK = compile_folded(
    r"[,;:()\[\]\"“”«»،؛]|\s[-–—]\s|(?<!\w)(?:but|while|whereas|although|though|however|and|after|before|"
    r"because|since|as|when|who|which|اما|ولی|که|و|وروسته|خو)(?!\w)"
)
_WORDS_BEFORE = 6  # a cue reaches at most this many words ahead ("could soon be detained")

_NEGATION_BEFORE = (
    r"not|never|no|none|nobody|no one|neither|nor|without|denied|deny|denies|denying|rejected|n't|"
    # «نه» before people is nine («دست کم نه فعال مدنی»), not "not"
    r"هیچ|(?<!کم[ ])(?<!حداقل[ ])(?<!از[ ])نه(?!\s+(?:نفر|تن|تنه|کس|کسان|سرباز|نظامی|عضو|مرد|زن|فعال|"
    r"خبرنگار|معلم|جوان|کارمند|دانشجو|محصل|افسر|پولیس|مهاجر|زندانی|کودک|دختر|پسر)\w*)|"
    r"هیڅ|هیڅوک|نه دی|نه دي|نه ده"
)
_NEGATION_AFTER = compile_folded(  # used with .match(text, end): anchored there (a "^" would never match)
    # «د وژنې کومه پېښه نه ده ثبت شوې», «هیچ موردی … ثبت نشده» (no case of killing was recorded)
    r"\s+(?:\S+\s+){0,1}(?:کومه|هیڅ|هیچ)\s+(?:\S+\s+){0,2}(?:نه|نشد\w*|نشده\w*)(?!\w)|"
    r"\s*(?:\S+\s+){0,1}(?:نشد\w*|نشده\w*|نکرد\w*|نکرده\w*|نگردید\w*|نمی\w*|نشو\w*|نه\s+(?:دی|دي|شو|شول|شوی|شوي))"
    r"(?!\w)"
)
_HYPOTHETICAL_BEFORE = (
    r"could|would|might|may(?=\s+(?:be|have|not|face|also|soon|still|well|even|never|already))|can|will|"
    r"shall|should|must|need to|needs to|ought to|if|unless|whether|risk|risks|at risk|danger|fear|fears|"
    r"feared|threatened (?:him|her|them|us|me|the family|the families|his family|her family) with|"
    r"fearing|afraid|possible|possibly|possibility|potential|potentially|likely|threat of|threatened with|"
    r"threatened to|threatening to|threatens to|face|faces|facing|plan to|plans to|planned to|intend|"
    r"intends to|due to be|set to be|about to|prevent|avoid|avoided|escape|escaped|escaping|evade|"
    r"warned of|warns of|warning of|calls? for an end to|to stop|to end|prospect of|worried|"
    r"vulnerable to|susceptible to|"
    r"ممکن|احتمال|خطر|بیم|نگران|در ترس از|ترس از|اگر|"
    r"در معرض|تهدید به|امکان|کېدای|ښايي|شاید|که چیرې|د ویرې|در صورت|"
    r"در صورتی که|چنانچه|مبادا|که چېرې|په صورت کې|"
    r"otherwise|or else|در غیر آن|در غیر این صورت|در غیر آن صورت|وگرنه|ورنه|کنه نو|که نه نو"  # "… or else"
)
_CUE_BEFORE = compile_folded(
    rf"(?<!\w)(?:(?P<neg>{_NEGATION_BEFORE})|(?P<hyp>{_HYPOTHETICAL_BEFORE}))(?!\w)".replace(" ", r"\s+")
)
# "efforts to capture", "fled to escape": a purpose, not an event ("forced to flee" is one).
_PURPOSE = compile_folded(
    r"(?<!forced )(?<!subjected )(?<!had )(?<!compelled )(?<!obliged )(?<!taken )(?<!moved )(?<!transferred )"
    r"(?<!sent )(?<!brought )(?<!\w)(?:to|for)\s+$"
)  # "taken to an unknown place" is where they went
_GENERIC_BEFORE = compile_folded(
    r"(?<!\w)(?:who|that|those who|anyone who|whoever)\s+(?:receive|face|suffer|experience|fear)\s+"
    r"(?:\S+\s+)?$"
)
_PURPOSE_NOUNS = compile_folded(r"prison|jail|custody|death|detention|afghanistan|iran|pakistan")
# "a rise in arrests", "killings have doubled", "report on the killing of", "such as the execution of":
# statistics about events, or a mention of events reported elsewhere.
_GENERAL = compile_folded(
    r"(?<!\w)(?:rise in|rising|increase in|increased|increasing|surge in|decline in|decrease in|doubled|"
    r"tripled|trebled|compared (?:to|with)|such as|report(?:s|ed)? (?:on|about|into)|"
    r"concerns? (?:about|over)|"
    r"concerned (?:about|by|over)|expressed concern|calls? for|called for|calling for|condemn\w*|"
    r"ابراز نگرانی|خواستار|محکوم|investigation into|inquiry into|allegations? of|accusations? of|"
    r"pattern of|campaign of|wave of|culture of|history of|practice of|cases of|crimes? of|forms? of|"
    r"types? of|acts? of|marks of|signs of|traces of|evidence of|"
    r"discussed|discuss|how to|workshop|training|seminar|curriculum|investigate|investigating|"
    r"who (?:receive|face|suffer|experience)|those (?:who|facing)|anyone who|whoever|"
    r"accountability for|"
    # a comment on whom a raid takes: "only persons without valid documents had been arrested"
    r"only (?:persons|people|those|individuals|foreigners|afghans|migrants|men|women)|"
    r"افزایش|کاهش|دو برابر|سه برابر|مانند|از جمله|موارد|نشانه|نشانه های|آثار|"
    r"کارگاه|آموزش|موضوعاتی چون|موضوعات\w*|مواردی چون|مسائلی چون|بحث|گفت و گو|بررسی شد|غونډه|موضوعګانې|"
    # a course's aims: «هدف این دوره، آشنایی … با شیوه‌های ثبت گزارش‌های مربوط به بازداشت», Pashto «موخه»,
    # "methods of documenting detention"
    r"هدف (?:این|از|اصلی)|آشنایی|آشنا|شیوه های|روش های|مستندسازی|گزارش دهی|گزارش های مربوط به|"
    r"موخه|روزنیز\w*|روزنه|"
    r"بلدتیا|طریقې|لارې چارې|لارو چارو|مستندول\w*|ورکشاپ|methods? (?:of|for)|documentation of|"
    r"documenting)(?!\w)"
)
# The law, a kind of crime or a habit, not an incident, wherever it is placed: "Torture is prohibited under
# international law", "The killing of civilians constitutes a war crime", "patterns of detention … in Herat",
# "are routinely detained and beaten", «معمولاً بازداشت … می‌شوند», «شکنجه … ممنوع است», Pashto «منع ده», «د
# شکنجې تورونه» (allegations)
_KIND = compile_folded(
    r"(?<!\w)(?:patterns of|climate of|prohibited|forbidden|constitutes?|amounts? to|war crimes?|"
    r"crimes? against humanity|international law|routinely|regularly|frequently|systematically|typically|"
    r"usually|commonly|often|ممنوع|منع ده|جنایت جنگی|جنایات جنگی|قوانین بین المللی|نړیوالو قوانینو|"
    r"معمولا|همواره|اغلب|عموما|اکثرا|به طور منظم|ادعاهای|ادعای|تورونه|الگوی|الگوهای|جو ترس|فضای ترس)(?!\w)"
)
_DENIED_THAT = compile_folded(
    r"(?<!\w)(?:denied|denies|deny|rejected|refuted)\s+(?:that|claims? that|reports? that)\s|"
    # «رد کردند که …», Pashto «رد کړه چې …», «انکار یې وکړ چې …»
    r"(?<!\w)(?:رد کرد\w*|رد کړ\w*|ردوی|ردوي|رد یی کړ\w*|رد یې کړ\w*|انکار کرد\w*|انکار کړ\w*|"
    r"انکار وکړ\w*|انکار یی وکړ\w*|انکار یې وکړ\w*)\s+(?:که|چی|چې)\s"
)
_HYPOTHETICAL_AFTER = compile_folded(
    r"\s+(?:would|will|could|might|may)\s+(?:soon\s+|also\s+)?"
    r"(?:follow|come|be|take place|continue|happen)(?!\w)|"
    r"\s*(?:شوند|شود|شي|کړي(?!\s+(?:دي|دی|ده|وو|و)(?!\w))|بشوند|بشود|خواهد|خواهند|می شوند|می شود|میشوند|"
    r"میشود|به شي|به کړي)(?!\w)"
    r"|\s*(?:\S+\s+)?(?:خواهد|خواهند)\s+(?:شد|کرد)(?!\w)"
    r"|\s+(?:تهدید|ګواښ)"  # «او را به بازداشت تهدید کردند», «د نیولو ګواښ یې وکړ»: threatened with arrest
    r"|\s+(?:او\s+\S+\s+)?له\s+(?:خطر|خطره|ګواښ)(?!\w)"  # «د نیولو او شکنجې له خطر سره به مخ شي»
    # an attempt that failed: "the assassination attempt on …", «ترور نافرجام», Pashto «د ترور هڅه»
    r"|\s+(?:attempts?|plot|نافرجام|ناکام|هڅه|هڅې)(?!\w)"
    r"|\s+له\s+(?:وېرې|ویرې|ویری|ډاره)(?!\w)"  # Pashto «د نیولو له وېرې» (for fear of arrest)
)
# Triggers whose own meaning is negative ("whereabouts unknown", "not heard from"): no negation check.
_NEGATIVE_MEANING = compile_folded(
    r"whereabouts|heard|fate|missing|seen|trace|news|information|سرنوشت|خبری|خبر|اطلاع|برخلیک|ورک|مفقود|درک|پته|"
    r"come home|come back|came home|came back|returned|where (?:he|she|they)|"
    r"دیده|نگشت|راستون|راستان|راغلی|لیدل|اثر|کجا|چېرته|چیرته|پوهېږی|پوهیږی"
)
# "these detentions", "این بازداشت‌ها": the sentence points back at events already reported.
_ANAPHOR = compile_folded(
    r"(?<!\w)(?:these|those|such|this|that|the same|the said|his|her|their|این|آن|همین|همان|دغه|دا|"
    r"د هغه|د هغې|د دوی)\s+"
    # "since that day we have no news", «از همان روز هیچ خبری»: a time, not an event pointed back at
    r"(?!(?:day|night|week|month|year|time|روز|شب|هفته|ماه|سال|وقت|زمان|ورځ|شپه|اونۍ|میاشت|وخت)\s)(?:\w+\s+)?$"
)
_ONE_OF = compile_folded(
    r"(?<!\w)(?:one|two|three|some|all|none|each|several|many|most|both|either|neither) of "
    r"(?:the|these|those) (?:\w+\s+){0,3}$"
)
_PEOPLE_OF = compile_folded(
    r"(?<!\w)(?:(?P<detained>detainees|those detained|the detained|بازداشت شدگان|زندانیان|بندیان)|"
    r"deportees|returnees|those deported|اخراج شدگان|عودت کنندگان|بیرته راستانه شوي)(?!\w)"
)
_PLURAL_SUBJECT = compile_folded(
    r"(?<!\w)(?:they|them|the (?:men|women|detainees|victims|soldiers|brothers|returnees|deportees|group)|"
    r"all of them|these (?:men|women|people|individuals|detainees)|آنان|آنها|ایشان|هغوی|دوی|این افراد|"
    r"این اشخاص|این کسان|این مردان|دغه کسان|دغه کسان|دغه سړي)(?!\w)"
)
_REFERS_BACK = compile_folded(
    r"(?<!\w)(?:also|too|the same|same|other|others|more(?!\s+than)|another|further|همچنین|نیز|همان|دیگر|هم|"
    r"the (?:men|man|women|woman|"
    r"detainees?|victims?|soldiers?|officers?|brothers|family|families|"
    r"former \w+)|they|them|he|she|him|his|her|their|one of them|two of them|both|"
    r"(?:my|our|the) (?:client|son|daughter|brother|sister|father|mother|husband|wife|cousin|uncle|nephew|"
    r"relative|colleague)s?|"
    r"آنان|آنها|او|وی|ایشان|این|\S+ شدگان|هغوی|هغه|دغه)(?!\w)"
)
_STATE = compile_folded(
    r"(?<!\w)(?:still|remain|remains|remained|هنوز|تاکنون هم|لا هم|اوس هم)\s+(?:\S+\s+){0,2}$"
)
# "about the killing of", "درباره قتل او": a mention of an event, in a sentence about something else.
_CAUSE_BEFORE = compile_folded(
    r"(?<!\w)(?:because of|due to|owing to|for fear of|fearing|"
    r"از ترس|درباره|در مورد|به دلیل|"
    r"به خاطر|پیرامون|"
    # the crime someone is accused of is not the event: "convicted of drug trafficking were hanged"
    r"convicted of|accused of|charged with|on charges? of|charges? of|guilty of|suspected of|"
    r"sentenced for|arrested for|executed for|به اتهام|به جرم|متهم به|به تهمت|"
    # what an arrest is linked to: "arrested two suspects in connection with the killings"
    r"in connection with|in relation to|linked to|confess(?:ed|ing)? to|"
    r"over the(?! (?:weekend|past|last|next|course|years?|months?|weeks?|days?|night|summer|winter|spring|"
    r"autumn|border|river))|"
    r"در پیوند با|در ارتباط با|در رابطه با|په تړاو|"
    # what is said about an event reported before: "the motive for the killing", «انگیزه قتل او»
    r"motives? (?:for|behind|of)|reasons? for|circumstances of|انگیزه|علت|دلیل|انګیزه|لامل)\s+"
    r"(?:(?!(?:was|were|is|are|has|have|had|been|and|then)\s)\S+\s+){0,2}$"
)
_CAUSE_AFTER = compile_folded(
    # «… تا به قتل اعتراف کنند» (to make them confess to murder): what they were made to confess
    r"\S*\s+(?:له\s+امله|په\s+تور|په\s+جرم)(?!\w)|\s+(?:\S+\s+){0,3}?(?:اعتراف|اعتراف\S*|اقرار)(?!\w)"
)
# "who had been arrested in May", "که در ماه ثور بازداشت شده بود": what happened before the sentence's
# own event (background, when the sentence reports another event in its main clause).
_BACKGROUND_BEFORE = compile_folded(
    r"(?<!\w)(?:had|having|'d)\s+(?:(?:already|previously|earlier|first|also|been|just)\s+){0,2}"
    r"(?:\w+ly\s+)?$"
)
_BACKGROUND_AFTER = compile_folded(
    r"^\S*\s+(?:\S+\s+)?(?:بود|بودند)(?!\w)|^\S*\s+(?:شوی|شوي|شوې|کړی|کړي)\s+(?:و|وو|وه)(?!\w)"
)
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
# Reactions of observers: "called for the release of", "expressed concern", "خواستار آزادی", "غوښتنه وکړه".
_REACTION = compile_folded(
    r"(?<!\w)(?:called (?:on|for)|calls (?:on|for)|calling (?:on|for)|urged|urges|"
    r"expressed (?:concern|alarm)|condemn\w*|demanded|demands|appealed|"
    r"خواستار|خواست|خواسته است|ابراز نگرانی|محکوم کرد\w*|غوښتنه وکړه|غوښتنه کړې|"
    r"اندېښنه|اندیښنه|وغانده)(?!\w)"
)
_THOSE = compile_folded(r"(?<!\w)(?:those|these)\s+$")
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
)  # "taken to hospital"; "taken back to prison": already held
_PEOPLE_OBJECT = compile_folded(
    r"\s+(?:him|her|them|us|me|(?:(?:the|a|an|his|her|their|my|our|two|three|four|five|six|seven|eight|"
    r"nine|ten|\d+|several|many|dozens of|at least \S+|some)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:m[ae]n|wom[ae]n|people|persons?|journalists?|"
    r"reporters?|activists?|soldiers?|officers?|officials?|teachers?|students?|shopkeepers?|traders?|farmers?|"
    r"brothers?|sons?|relatives|members|villagers|residents|elders|doctors?|lawyers?|judges?|prosecutors?|"
    r"workers?|clerics?|imams?|youths?|boys?|girls?|children|returnees|migrants|refugees|afghans|protesters|"
    r"commanders?|employees?|commandos?|policem[ae]n|civilians|hazaras?|cousins?|nephews?|uncles?|fathers?|"
    r"husbands?|daughters?|sisters?|drivers?|mechanics?|tailors?|labou?rers?|passengers?|travell?ers?|"
    r"pilgrims?|guests?|neighbou?rs?|friends?|colleagues?|clients?|prisoners?|detainees?|mullahs?))(?!\w)"
)
_PASSIVE_BEFORE = compile_folded(r"(?<!\w)(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$")
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
_OPENING_THE = compile_folded(r"\W*the\s+")
# "have since left", "now", «اکنون»: the sentence speaks of the present, whatever the history before it.
_RECENT = compile_folded(
    r"(?<!\w)(?:(?:has|have) since|now|recently|currently|this (?:week|month|year)|اکنون|اخیرا|هم اکنون|"
    r"حالا|اوس|پدې وروستیو کې)(?!\w)"
)
_HISTORICAL_CUE = compile_folded(
    r"(?<!\w)(?:(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|several|many|"
    r"\d{1,3})[\s-]+(?:years|decades)\s+(?:ago|earlier|before)|decades ago|in the (?:19|20)\d0s|"
    r"during the civil war|during (?:the|their) (?:first|previous|earlier) (?:rule|regime)|"
    r"a decade ago|(?:\d+|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|بیست|سی|چهل|پنجاه|چند)\s+(?:سال|دهه)\s+(?:پیش|قبل)|"
    r"در دهه\s+\S+|دوره اول)(?!\w)"
)
# An era before the present one: "during the republic", «در دوران جمهوریت», «د جمهوریت پر مهال».
_ERA = compile_folded(
    r"(?<!\w)(?:"
    r"(?:during|under) the (?:former |previous |last |ousted )?(?:republic|republican government|"
    r"(?:former|previous|last|ousted) (?:government|regime|administration))|"
    r"(?:در|طی) (?:دوران|دوره|زمان|دوره ی|زمان حکومت|دوران حکومت) (?:جمهوریت|حکومت پیشین|حکومت قبلی|"
    r"حکومت سابق|نظام پیشین|نظام قبلی|جمهوری اسلامی)|"
    r"د (?:جمهوریت|تیر حکومت|پخوانی حکومت|پخواني حکومت|تېر حکومت|پخوانی نظام|پخواني نظام) "
    r"(?:پر|په) (?:مهال|وخت|دوران|دوره|دور)(?!\w)"
    r")(?!\w)"
)
_SUMMARY = compile_folded(
    r"(?<!\w)(?:in total|in all|altogether|overall|a total of|total of|combined|in sum|taken together|"
    r"so far this (?:week|month|year)|to date|this brings|brings the (?:total|number)|"
    # "Summary: the extract covers seven people detained …", «جمع‌بندی:», «لنډیز:»
    r"^\W*(?:summary|in summary|to sum up|جمع بندی|خلاصه|لنډیز)\s*[:\-–—]|"
    # "Key figures restated: …", "Highlights:", «ارقام کلیدی:», «مهمې شمېرې:»: the cases added up again
    r"^\W*(?:key (?:figures|facts|numbers|messages?|points|findings)|highlights|at a glance|in brief|"
    r"ارقام کلیدی|نکات کلیدی|نکات عمده|مهمې شمېرې|مهم ټکي)(?:\s+\w+)?\s*[:\-–—]|"
    r"(?:covers?|covering|includes?|including|lists?|listing)\s+(?:a total of\s+)?\S+\s+"
    r"(?:people|persons|cases|individuals|incidents|victims)|"
    r"در مجموع|مجموعا|همدا ټول|ټول ټال|"
    # "the number of women detained … has thus reached nine", «بدین ترتیب، شمار … به نه تن رسیده است», «… د
    # نیول شویو ښځو شمېر نهو تنو ته ورسېد»: the number reached
    r"(?:number|total|tally|toll) of \w+\s+(?:\S+\s+){0,14}?(?:has\s+|have\s+)?(?:\w+\s+)?"
    r"(?:reached|risen to|rose to|climbed to|now stands at|stands at)|"
    r"(?:شمار|تعداد|شمېر|شمیر)\s+(?:\S+\s+){1,14}?(?:به|ته)\s+(?:\S+\s+){1,3}"
    r"(?:رسید\w*|رسیده\w*|ورسېد\w*|ورسید\w*|می رسد|رسد|رسېږ\w*|رسیږ\w*))(?!\w)"
)


@dataclass(frozen=True, slots=True)
class Clause:
    """The clause around a trigger: folded `text[start:end]`."""

    start: int
    end: int


def clause_at(folded: str, start: int, end: int) -> Clause:
    """The clause of `folded` containing [start, end): from the last break before to the first after."""
    left = 0
    for m in _CLAUSE_BREAK.finditer(folded, max(0, start - 200), start):
        left = m.end()
    after = _CLAUSE_BREAK.search(folded, end)
    return Clause(left, after.start() if after else len(folded))


def _cue_before(folded: str, clause: Clause, start: int) -> re.Match[str] | None:
    """The last cue in the clause within a few words before `start`."""
    before = folded[clause.start : start]
    words = before.split()
    window = " ".join(words[-_WORDS_BEFORE:]) + " " if words else ""
    cues = list(_CUE_BEFORE.finditer(window))
    return cues[-1] if cues else None


# What someone was punished for, between a negation and the event: «د … نه تړلو په تور», «به جرم … نکردن».
_CHARGE = compile_folded(r"(?<!\w)(?:په تور|په جرم|له امله|به اتهام|به جرم|به دلیل|به خاطر)(?!\w)")


# Between "not" and the event's word, a verb of its own and its object, with no "be" to join them: "did not
# identify themselves searched", "did not say why they arrested" (not "was not detained", "not officially
# held").
_OTHER_VERB = compile_folded(
    r"\s+(?!(?:be|been|being|was|were|is|are|get|got|yet|even|officially|formally|immediately|\w+ly)\s)[a-z]+"
    r"(?:\s+(?!(?:be|been|being|was|were|is|are)\s)[a-z'’]+){1,3}\s*"
)


_FINITE_PAST = compile_folded(r"(?:\w+ed|took|beat|shot|held|stole|broke|tore|hit)(?!\w)")


def is_negated(folded: str, start: int, end: int) -> bool:
    """ "no one was arrested", "were not detained", "بازداشت نشدند", "نه دي نیول شوي"."""
    if _NEGATIVE_MEANING.search(folded, start, end):
        return False
    clause = clause_at(folded, start, end)
    cue = _cue_before(folded, clause, start)
    if cue and cue["neg"] and _CHARGE.search(cue.string, cue.end()):
        cue = None  # «د دوکانونو د نه تړلو په تور … ووهل» (beaten for not closing): the charge is negated
    finite = _FINITE_PAST.match(folded, start, end)
    if cue and cue["neg"] and finite and _OTHER_VERB.fullmatch(cue.string, cue.end()):
        cue = None  # "armed men who did not identify themselves searched the home": another verb negated
    denied = _DENIED_THAT.search(folded, 0, start)  # "denied that any former soldier had been detained"
    if cue and cue["neg"] == "without" and _MODAL_OPENS.match(folded, start):
        cue = None  # "Afghans without valid visas must leave": "without" qualifies the subject
    return bool(cue and cue["neg"]) or bool(denied) or bool(_NEGATION_AFTER.match(folded, end))


_MODAL_OPENS = compile_folded(r"(?:must|have|has|had|are|were|was|is|will|would|should)(?!\w)")


# "there is a real risk that Mr. A. W. is being tortured", "we fear the students are being beaten": feared.
_FEARED_THAT = compile_folded(
    r"(?<!\w)(?:risk|danger|fears?|feared|concerns?|concerned|worried|possibility|likely)\s+(?:that\s+)?"
    r"(?:\S+\s+){0,8}?(?:is|are|was|were)\s+(?:\w+ly\s+|still\s+)?being\s+$"
)


def is_hypothetical(folded: str, start: int, end: int) -> bool:
    """ "could be detained", "at risk of deportation", "efforts to capture", "ممکن است بازداشت شوند"."""
    if _FEARED_THAT.search(folded, max(0, start - 120), start):
        return True
    clause = clause_at(folded, start, end)
    cue = _cue_before(folded, clause, start)
    purpose = _PURPOSE.search(folded, max(0, start - 20), start) and not _PURPOSE_NOUNS.match(folded, start)
    generic = _GENERIC_BEFORE.search(folded, max(0, start - 30), start)  # "journalists who receive threats"
    after = _HYPOTHETICAL_AFTER.match(folded, end)
    if after and _THREAT_NOUN.fullmatch(folded, start, end) and _MADE.fullmatch(after.group()):
        after = None  # «ګواښ کړی» (has threatened: «کړی» folds to «کړي», "may do"): a threat made
    return bool(cue and cue["hyp"]) or bool(purpose or generic) or bool(after)


_THREAT_NOUN = compile_folded(r"ګواښ|تهدید|ګواښونه")
_MADE = compile_folded(r"\s*کړي")


def is_general(folded: str, start: int, end: int) -> bool:
    """The clause speaks of events in general: a trend, a kind of abuse, a report about them."""
    return bool(_GENERAL.search(folded, max(0, start - 50), end + 40)) or is_kind(folded, start, end)


def is_kind(folded: str, start: int, end: int) -> bool:
    """The clause speaks of a kind of event, the law or a habit ("torture is prohibited", "patterns of
    detention", "are routinely detained"), even where it names a place."""
    return bool(_KIND.search(folded, max(0, start - 50), end + 40))


# «بازداشت او را … تأیید کرد» (his detention): the event of someone already named.
_VERB_AFTER = compile_folded(r"\s+\S+\s+(?:شد|شدند|کرد|کردند|گردید)(?!\w)")  # «بازداشت او شد» is no noun
_POSSESSED_AFTER = compile_folded(r"\s+(?:او|وی|آنان|آنها|ایشان)(?!\w)")


def _possessed(folded: str, start: int, end: int) -> bool:
    """A one-word event noun with a possessor after it («بازداشت او», not «هیچ خبری از او»)."""
    one_word = " " not in folded[start:end].strip()
    return one_word and bool(_POSSESSED_AFTER.match(folded, end)) and not _VERB_AFTER.match(folded, end)


# "All seven were held without access to a lawyer", «هر هفت تن …»: the people counted before.
_ALL_OF = compile_folded(
    r"\W*(?:all|each|every one)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+|them\s+)?(?:\S+\s+){0,2}?"
    r"(?:were|was|are|had|have)\s+(?:\S+\s+){0,2}$|\W*(?:هر|همه)\s+(?:\S+\s+){1,3}$"
)
# «… در همان بازار دستگیر شد» (was arrested in the same bazaar): a verb reports, whatever "same" before it.
_FINITE = compile_folded(r"\s(?:شد|شدند|کرد|کردند|گردید|گردیدند|شو|شول)$")
_FINITE_AFTER = compile_folded(r"\s+(?:شد|شدند|کرد|کردند|گردید|گردیدند|شو|شول)(?!\w)")


def is_restatement(folded: str, start: int, end: int | None = None) -> bool:
    """ "these detentions", "The arrests came after …", "one of the three activists detained on 3 March was
    released": words pointing back at events reported before."""
    # «از همین مرز اخراج شدند» (were expelled through the same border): the verb after a one-word trigger too
    verb = end is not None and bool(_FINITE.search(folded, start, end) or _FINITE_AFTER.match(folded, end))
    return bool(
        (_ANAPHOR.search(folded[max(0, start - 30) : start]) and not verb)
        or _ALL_OF.match(folded, 0, start)
        or _OPENING_THE.fullmatch(folded, 0, start)
        or _ONE_OF.search(folded, max(0, start - 40), start)
        or (end is not None and _possessed(folded, start, end))
    )


def is_state(folded: str, start: int) -> bool:
    """ "still in detention", "هنوز در بازداشت‌اند": how things stand, not a new event."""
    return bool(_STATE.search(folded, max(0, start - 30), start))


def is_cause(folded: str, start: int, end: int) -> bool:
    """ "fled because of threats", "د ګواښونو له امله": the event is given as a cause of another."""
    if _MAIN_VERB.search(folded, start, end) or _MAIN_VERB_AFTER.match(folded, end):
        return False  # «به اتهام نگهداری سلاح بازداشت شدند»: the charge stands before the verb, not in it
    return bool(_CAUSE_BEFORE.search(folded, max(0, start - 25), start) or _CAUSE_AFTER.match(folded, end))


_MAIN_VERB = compile_folded(r"\s(?:شد|شدند|کرد|کردند|گردید|گردیدند|شو|شول|کړل|کړ)$")
_MAIN_VERB_AFTER = compile_folded(r"\s+(?:شد|شدند|کرد|کردند|گردید|گردیدند|شو|شول|کړل|کړ)(?!\w)")


def is_background(folded: str, start: int, end: int) -> bool:
    """ "who had been arrested in May", "بازداشت شده بود": an event before the one the sentence reports."""
    return bool(
        _BACKGROUND_BEFORE.search(folded, max(0, start - 40), start) or _BACKGROUND_AFTER.match(folded[end:])
    )


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


def observer_reaction(folded: str) -> bool:
    """The sentence is a reaction (a call, concern, condemnation): events it names are mentions."""
    return bool(_REACTION.search(folded))


def trade_in_goods(folded: str, start: int, end: int) -> bool:
    """ "drug trafficking", «قاچاق مواد مخدر»: a crime in goods, not people trafficked or recruited."""
    return bool(_GOODS_BEFORE.search(folded, max(0, start - 25), start) or _GOODS_AFTER.match(folded, end))


# «کتاب‌ها و گوشی‌های آنان را با خود بردند» (took their books and phones away): things, not people.
_CARRIED = compile_folded(r"با خود (?:برد|بردند|برده)\w*|له ځانه سره (?:یوړ|یوړل|یې یوړل)\w*|(?:یوړل|بوتلل)")
_THINGS_CARRIED = compile_folded(
    r"(?<!\w)(?:کتاب|گوشی|موبایل|مبایل|تلفن|ټلیفون|کمپیوتر|کامپیوتر|لپ ?تاپ|اسناد|مدارک|پول|پیسې|وسایل|"
    r"اموال|موتر|موټر|دستگاه|کتابونه|سامان)\S*(?:\s+\S+){0,5}?\s+(?:را|یې)\s+$"
)


def weak_without_object(folded: str, start: int, end: int) -> bool:
    """A word that is an event only done to people ("beat 14 shopkeepers", not "beat the deadline")."""
    if _CARRIED.fullmatch(folded, start, end) and _THINGS_CARRIED.search(folded, max(0, start - 60), start):
        return True
    if _TAKE.fullmatch(folded, start, end):  # "was seized by armed men", "were picked up at a checkpoint"
        if _TO_CARE.match(folded, end) or re.match(r"(?:was|were|have|had)\s", folded[start:end]):
            return bool(_TO_CARE.match(folded, end))  # "were taken the same week", not "taken to hospital"
        passive = _PASSIVE_BEFORE.search(folded, max(0, start - 20), start)
        return not passive and not _PEOPLE_OBJECT.match(folded, end)
    if not _WEAK.fullmatch(folded, start, end):
        return False
    return not _WEAK_OBJECT.match(folded, end) or bool(_SCORE.search(folded))


# The country's authorities: their orders apply everywhere, not in the province of the last incident.
def people_of(folded: str) -> str | None:
    """The event type whose people the sentence names ("the detainees": detention; "deportees")."""
    found = _PEOPLE_OF.search(folded)
    return None if found is None else "detention" if found["detained"] else "deportation"


def plural_subject(folded: str) -> bool:
    """The sentence speaks of people already counted: "They were …", "held the men", "آنان …"."""
    return bool(_PLURAL_SUBJECT.search(folded, 0, 80))


# "A fifth woman …", "A third journalist from the same station …", «نفر پنجم», «پنځم سړی»: one more person
# of the incident told before, where it happened.
_ORDINAL_PERSON = compile_folded(
    r"^\W*(?:(?:a|an|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s|"
    r"(?:\S+\s+){0,2}?(?:\S*(?:دوم|سوم|چهارم|پنجم|ششم|هفتم)ی?|نفر\s+(?:دوم|سوم|چهارم|پنجم|ششم))(?!\w)|"
    r"(?:\S+\s+){0,2}?(?:دویم|دریم|څلورم|پنځم|شپږم)\s)"
)


def ordinal_person(folded: str) -> bool:
    """The sentence opens with one more person ("A fifth woman, a lecturer, was arrested …")."""
    return bool(_ORDINAL_PERSON.search(folded))


def refers_back(folded: str) -> bool:
    """The sentence speaks of people already mentioned ("the men", "he", "one of them", "آنان")."""
    return bool(_REFERS_BACK.search(folded[:120]))


def era_cue(folded: str) -> bool:
    """ "during the republic", "under the former government", «در دوران جمهوریت», «د جمهوریت پر مهال»: an
    era before the present one (history when nothing in the clause dates the event now)."""
    return any(not _SERVED.search(folded, max(0, m.start() - 40), m.start()) for m in _ERA.finditer(folded))


# "men who had served under the former government", «که در دوران جمهوریت خدمت کرده بودند»: whom, not when
_SERVED = compile_folded(
    r"(?<!\w)(?:who|whom|that|served|serving|worked|working|employed|officers?|officials?|soldiers?|members?|"
    r"که|چی|چې|خدمت|کار)(?!\w)"
)


def historical_cue(folded: str) -> bool:
    """ "twenty years ago", "in the 1990s", "بیست سال پیش": the sentence looks back in history."""
    return bool(_HISTORICAL_CUE.search(folded))


def speaks_of_now(folded: str) -> bool:
    """ "relatives have since left for Kabul", «اکنون»: not the history a sentence before looked back to."""
    return bool(_RECENT.search(folded))


def is_summary(folded: str) -> bool:
    """ "in total", "altogether", "در مجموع": the sentence adds up events."""
    return bool(_SUMMARY.search(folded))
