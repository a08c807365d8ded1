"""Events spoken of in general, as a kind or in reaction ("a rise in arrests", "torture is prohibited",
"called for the release of"): mentions, no incident.

Works on the folded sentence text (`script.fold`): lower case, unified Arabic-script letters and digits.
"""

from __future__ import annotations

from desktop.events.suggesting import compile_folded
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.where.placing import trigger_clusters
from desktop.events.vocabulary import Hit

# "a rise in arrests", "killings have doubled", "report on the killing of", "such as the execution of":
# statistics about events, or a mention of events reported elsewhere.
_GENERAL = compile_folded(
    r"(?<!\w)(?:rise in|rising|increase in|increased|increasing|surge in|decline in|decrease in|doubled|"
    r"tripled|trebled|compared (?:to|with)|such as|report(?:s|ed)? (?:on|about|into)|"
    r"concerns? (?:about|over)|"
    r"concerned (?:about|by|over)|expressed concern|"
    r"calls? for|called for|calling for|condemn\w*|"
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
# Alarm at how many, or at a practice that goes on (or the practices that marked a month): "expressed
# alarm at the number of Afghans executed in Iran and at the continued use of public executions",
# «از افزایش شمار …»: a count of events no one lists here, whatever the place and the day of the alarm.
_ALARM = compile_folded(
    r"(?<!\w)(?:expressed alarm|alarm(?:ed)? (?:at|over|by)|"
    r"(?:at|over|about|by) the (?:growing |rising |high |large |sheer )?number of|continued use of|"
    r"ongoing use of|(?:از|به) (?:افزایش )?(?:شمار|تعداد) (?:بالای )?|د (?:زیاتېدونکي )?شمېر|"
    # a practice that goes on, or what marked a month: "recorded continuing arbitrary arrests, ill-treatment
    # and …", "December was marked by arrests of students"
    r"(?:continuing|continued|ongoing|persistent)(?!\s+(?:to|with|in|on|at|for)\b)|"
    r"(?:was|were) marked by)(?!\w)"
)
# The law, a kind of crime or a habit, not an incident, wherever it is placed: "Torture is prohibited under
# international law", "The killing of civilians constitutes a war crime", "patterns of detention … in Herat",
# "are routinely detained and beaten", «معمولاً بازداشت … می‌شوند», «شکنجه … ممنوع است», Pashto «منع ده», «د
# شکنجې تورونه» (allegations)
_KIND = compile_folded(
    r"(?<!\w)(?:patterns of|climate of|prohibited|forbidden|constitutes?|amounts? to|war crimes?|"
    r"crimes? against humanity|international law|routinely|regularly|frequently|systematically|typically|"
    r"usually|commonly|often|for as long as|for decades|continues? (?:too|as well|unabated|apace)|"
    r"ممنوع|منع ده|جنایت جنگی|جنایات جنگی|قوانین بین المللی|نړیوالو قوانینو|"
    r"معمولا|همواره|اغلب|عموما|اکثرا|به طور منظم|ادعاهای|ادعای|تورونه|الگوی|الگوهای|جو ترس|فضای ترس)(?!\w)"
)
# Reactions of observers: "called for the release of", "expressed concern", "خواستار آزادی", "غوښتنه وکړه"
# (not «می‌خواست», wanted).
_REACTION = compile_folded(
    r"(?<!\w)(?:called (?:on|for)|calls (?:on|for)|calling (?:on|for)|urged|urges|"
    r"expressed (?:concern|alarm)|condemn\w*|demanded|demands|appealed|"
    r"خواستار|(?<!می )(?<!نمی )خواست|(?<!می )خواسته است|ابراز نگرانی|محکوم کرد\w*|غوښتنه وکړه|غوښتنه کړې|"
    r"اندېښنه|اندیښنه|وغانده)(?!\w)"
)


# A habit, anywhere in the sentence: "deported … hundreds of thousands each year", "are being detained and
# beaten … after they cross the border", «هر سال», Pashto «هر کال».
_HABIT = compile_folded(
    r"(?<!\w)(?:each year|every year|year after year|annually|"
    r"after (?:they|he|she) (?:cross|return|arrive|reach|come back)|"
    r"هر سال|هر ساله|هر کال)(?!\w)"
)


def habitual(folded: str) -> bool:
    """The sentence tells a habit ("… each year", "after they cross the border"), not an incident."""
    return bool(_HABIT.search(folded))


def is_general(folded: str, start: int, end: int) -> bool:
    """The clause speaks of events in general: a trend, a kind of abuse, a report about them."""
    return bool(_GENERAL.search(folded, max(0, start - 50), end + 40)) or is_kind(folded, start, end)


def alarmed_at_numbers(item: ReadSentence, mine: list[Hit], live: list[Hit]) -> bool:
    """Alarm at a number or a practice ("expressed alarm at the number of … executed"), just before a trigger
    of `mine` or another in its list: no incident."""
    clusters = trigger_clusters(item.sentence.text, live)
    mates = [t for cluster in clusters if set(cluster) & set(mine) for t in cluster]
    folded = item.folded.text
    return any(
        _ALARM.search(folded, max(0, s - 45), s) for s, _ in (item.span(t.start, t.end) for t in mates)
    )


def is_kind(folded: str, start: int, end: int) -> bool:
    """The clause speaks of a kind of event, the law or a habit ("torture is prohibited", "patterns of
    detention", "are routinely detained"), even where it names a place."""
    return bool(_KIND.search(folded, max(0, start - 50), end + 40))


def observer_reaction(folded: str) -> bool:
    """The sentence is a reaction (a call, concern, condemnation): events it names are mentions."""
    return bool(_REACTION.search(folded))


def spoken_in_general(item: ReadSentence, mine: list[Hit], live: list[Hit]) -> bool:
    """Events spoken of in general ("a rise in disappearances, arrests, torture", "a report on the
    killing of …"): a cue near the trigger or near another in its list."""
    mates = [
        t
        for cluster in trigger_clusters(item.sentence.text, live)
        if set(cluster) & set(mine)
        for t in cluster
    ]
    return any(is_general(item.folded.text, *item.span(t.start, t.end)) for t in mates)


def spoken_of_as_kind(item: ReadSentence, mine: list[Hit], live: list[Hit]) -> bool:
    """Events spoken of as a kind, the law or a habit, near the trigger or another in its list (see
    is_kind): no incident, even with a place."""
    clusters = trigger_clusters(item.sentence.text, live)
    mates = [t for cluster in clusters if set(cluster) & set(mine) for t in cluster]
    return any(is_kind(item.folded.text, *item.span(t.start, t.end)) for t in mates)
