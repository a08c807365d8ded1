"""How events read on screen: type labels and colours, place names in English and Dari, counts, dates."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.events import vocabulary
from desktop.events.districts import resolve_district
from desktop.events.gazetteer import load_gazetteer, place_by_code
from desktop.events.suggest import SuggestedEvent
from desktop.events.suggesting.confidence import confidence
from desktop.events.vague_counts import uncounted
from desktop.resources import load_json
from desktop.store.events import Event
from desktop.ui.common import language
from desktop.ui.common.direction import arrow
from desktop.ui.common.local_format import digits, isolate, number

# One colour per type, distinguishable for the common forms of colour blindness (Okabe–Ito + two).
TYPE_COLORS = {
    "detention": "#0072B2", "killing": "#D55E00", "disappearance": "#CC79A7", "torture": "#E69F00",
    "deportation": "#009E73", "flight": "#56B4E9", "recruitment": "#8C6D31", "threat": "#999933",
    "statement": "#7F7F7F",
}  # fmt: skip
OTHER_COLOR = "#444444"
# The vocabulary's English labels (resources/event_types.json), listed for the translators.
VOCABULARY_LABELS = (
    QT_TRANSLATE_NOOP("EventVocabulary", "Detention"),
    QT_TRANSLATE_NOOP("EventVocabulary", "Killing / execution"),
    QT_TRANSLATE_NOOP("EventVocabulary", "Enforced disappearance"),
    QT_TRANSLATE_NOOP("EventVocabulary", "Torture / ill-treatment"),
    QT_TRANSLATE_NOOP("EventVocabulary", "Deportation / forced return"),
    QT_TRANSLATE_NOOP("EventVocabulary", "Flight / border crossing"),
    QT_TRANSLATE_NOOP("EventVocabulary", "Recruitment / trafficking"),
    QT_TRANSLATE_NOOP("EventVocabulary", "Threat / intimidation"),
    QT_TRANSLATE_NOOP("EventVocabulary", "Statement / policy"),
    QT_TRANSLATE_NOOP("EventVocabulary", "Reported"), QT_TRANSLATE_NOOP("EventVocabulary", "Corroborated"),
    QT_TRANSLATE_NOOP("EventVocabulary", "Verified"), QT_TRANSLATE_NOOP("EventVocabulary", "Disputed"),
    QT_TRANSLATE_NOOP("EventVocabulary", "Day"), QT_TRANSLATE_NOOP("EventVocabulary", "Month"),
    QT_TRANSLATE_NOOP("EventVocabulary", "Year"), QT_TRANSLATE_NOOP("EventVocabulary", "Approximate"),
    QT_TRANSLATE_NOOP("EventVocabulary", "Reported (the article's date)"),
    QT_TRANSLATE_NOOP("EventVocabulary", "Exactly"), QT_TRANSLATE_NOOP("EventVocabulary", "At least"),
    QT_TRANSLATE_NOOP("EventVocabulary", "About"),
    QT_TRANSLATE_NOOP("EventVocabulary", "at least"), QT_TRANSLATE_NOOP("EventVocabulary", "about"),
)  # fmt: skip
# The perpetrators and victim groups the suggestions record (their labels in event_types.json): an
# event keeps the English label, shown in the interface language; what a user typed stays as typed.
ACTOR_LABELS = (
    QT_TRANSLATE_NOOP("EventVocabulary", "Taliban"),
    QT_TRANSLATE_NOOP("EventVocabulary", "Islamic State Khorasan"),
    QT_TRANSLATE_NOOP("EventVocabulary", "Wagner Group"),
    QT_TRANSLATE_NOOP("EventVocabulary", "Iranian authorities"),
    QT_TRANSLATE_NOOP("EventVocabulary", "Pakistani authorities"),
    QT_TRANSLATE_NOOP("EventVocabulary", "unknown gunmen"),
    QT_TRANSLATE_NOOP("EventVocabulary", "former soldiers"),
    QT_TRANSLATE_NOOP("EventVocabulary", "former government officials"),
    QT_TRANSLATE_NOOP("EventVocabulary", "soldiers"),
    QT_TRANSLATE_NOOP("EventVocabulary", "journalists"),
    QT_TRANSLATE_NOOP("EventVocabulary", "women"),
    QT_TRANSLATE_NOOP("EventVocabulary", "girls"),
    QT_TRANSLATE_NOOP("EventVocabulary", "children"),
    QT_TRANSLATE_NOOP("EventVocabulary", "human rights defenders"),
    QT_TRANSLATE_NOOP("EventVocabulary", "refugees and migrants"),
    QT_TRANSLATE_NOOP("EventVocabulary", "civilians"),
    QT_TRANSLATE_NOOP("EventVocabulary", "religious and ethnic minorities"),
    QT_TRANSLATE_NOOP("EventVocabulary", "protesters"),
)


def vocabulary_label(label: str) -> str:
    """A label of the event vocabulary in the interface language (unknown ones as they are)."""
    return QCoreApplication.translate("EventVocabulary", label)


@lru_cache(maxsize=1)
def type_labels() -> dict[str, str]:
    """{type id: label} in the vocabulary's order."""
    return {t.id: vocabulary_label(t.label) for t in vocabulary.event_types()}


def type_label(type_id: str) -> str:
    return type_labels().get(type_id, type_id)


def type_color(type_id: str) -> str:
    return TYPE_COLORS.get(type_id, OTHER_COLOR)


@lru_cache(maxsize=1)
def choice_labels() -> dict[str, dict[str, str]]:
    """{"verification_statuses": {id: label}, "date_precisions": …, "count_qualifiers": …}."""
    data = load_json("event_types.json")
    names = ("verification_statuses", "date_precisions", "count_qualifiers")
    return {name: {item["id"]: vocabulary_label(item["label"]) for item in data[name]} for name in names}


def _local_name(place: object) -> str:
    """The place's name in Dari or Pashto when the interface speaks it, else ""."""
    lang = language.active_language()
    names = getattr(place, "pashto", ()) if lang == "ps" else ()
    names = names or (getattr(place, "dari", ()) if lang in language.RIGHT_TO_LEFT else ())
    return names[0] if names else ""


def actor_label(text: str) -> str:
    """A perpetrator or victim group in the interface language when it is one of the vocabulary's
    labels ("former soldiers" → «نظامیان پیشین»), else as it was written."""
    return vocabulary_label(text) if text in ACTOR_LABELS else text


def place_name(code: str) -> str:
    """ "Badakhshan" for AF-BDS, "Iran" for IR (بدخشان, ایران in Dari), the code itself when unknown."""
    place = place_by_code(code) if code else None
    return (_local_name(place) or place.name) if place else code


def place_label(code: str) -> str:
    """ "Badakhshan · بدخشان": the English and the Dari name, for combo boxes and tiles."""
    place = place_by_code(code) if code else None
    if place is None:
        return code
    local = _local_name(place)
    if local:  # Dari or Pashto first, the English name after it for the sources in English
        return f"{local} · {place.name}"
    return f"{place.name} · {place.dari[0]}" if place.dari else place.name


@lru_cache(maxsize=512)
def _local_place(name: str, province: str, lang: str) -> str:
    """`name`'s Dari or Pashto name (for `lang`) when the gazetteer knows the place: a province,
    country or city, else a district or town (in `province` when several share the name)."""
    place = load_gazetteer().lookup(name) or resolve_district(name, provinces_in_text={province} - {""})
    return _local_name(place) if place is not None else ""


def written_place(name: str, province: str = "") -> str:
    """A place as an event records it ("Mazar-i-Sharif", "Islam Qala"), in Dari or Pashto script when
    the interface speaks it and the gazetteer has the name (مزار شریف); else as it was written."""
    lang = language.active_language()
    if not name or lang not in language.RIGHT_TO_LEFT or not name.isascii():
        return name
    return _local_place(name.strip(), province, lang) or name


def where_text(event: Event) -> str:
    """ "Islam Qala, Herat" or "Iran": the most precise place first (in Dari «اسلام قلعه، هرات»)."""
    parts = [written_place(event.place, event.province), place_name(event.province)]
    if not event.province:
        parts.append(place_name(event.country))
    comma = "، " if language.active_language() in language.RIGHT_TO_LEFT else ", "
    return comma.join(dict.fromkeys(p for p in parts if p))  # "Kunduz, Kunduz" (the city, the province) once


def count_label(count: int | None, qualifier: str | None, words: str = "") -> str:
    """ "15", "at least 15", "about 200"; for a number given only in words, the source's words:
    "“Dozens” (not counted)" (the qualifier before them when it is not "at least"), or "not counted
    (at least)" without them; "" when the count is unknown."""
    if count is not None:
        if qualifier in ("exact", "", None):
            return number(count)
        return f"{vocabulary_label(qualifier or '')} {number(count)}"
    if not uncounted(count, qualifier):
        return ""
    if not words:
        template = QCoreApplication.translate("EventDisplay", "not counted ({qualifier})")
    elif qualifier == "at least":  # what "dozens", «ده‌ها» mean: no need to say it
        template = QCoreApplication.translate("EventDisplay", "“{words}” (not counted)")
    else:
        template = QCoreApplication.translate("EventDisplay", "{qualifier} “{words}” (not counted)")
    return template.format(qualifier=vocabulary_label(qualifier or ""), words=isolate(words))


def count_text(event: Event) -> str:
    """The event's count as `count_label` writes it, with the words its evidence gives for it."""
    return count_label(event.count, event.count_qualifier, event.count_words)


def date_text(event: Event) -> str:
    """ "2024-03-03", "2024-03-03 – 2024-03-10", "≈ 2024-03", "2024-06-03 (reported)" (the
    article's date stands in for one the sources do not give) or "" for an undated event."""
    if not event.date_start:
        return ""
    text = event.date_start
    if event.date_end and event.date_end != event.date_start:
        text += f" – {event.date_end}"
    text = digits(text)
    if event.date_precision == "reported":
        return QCoreApplication.translate("EventDisplay", "{date} (reported)").format(date=text)
    return f"≈ {text}" if event.date_precision == "approximate" else text


@lru_cache(maxsize=1)
def country_codes() -> list[str]:
    """ISO codes of the gazetteer's countries, Afghanistan first, then by name."""
    countries = [p for p in load_gazetteer().places if p.kind == "country" and p.iso]
    countries.sort(key=lambda p: (p.iso != "AF", p.name))
    return [p.iso for p in countries if p.iso]


def suggestion_summary(s: SuggestedEvent) -> str:
    """ "Detention · Takhar · 12 · 2024-03-03 · Taliban → former soldiers" and the passage below."""
    d = s.to_dict()
    where = written_place(s.place, s.province or "") or (
        place_name(s.province) if s.province else place_name(s.country or "")
    )
    count = count_label(d["count"], d["count_qualifier"], d["count_words"] or "")
    actors = f" {arrow('→')} ".join(actor_label(x) for x in (s.perpetrator, s.victim_group) if x)  # ← in RTL
    when = digits(d["date_start"] or "")
    if s.date_precision == "reported" and when:
        when = QCoreApplication.translate("EventDisplay", "{date} (reported)").format(date=when)
    head = " · ".join(x for x in (type_label(s.type), where, count, when, actors) if x)
    sure = confidence_label(d["confidence"])
    return f"{head} · {sure}\n«{' '.join(s.passage.split())}»"


def confidence_label(level: str) -> str:
    """ "confidence: high" (see desktop/events/suggesting/confidence.py)."""
    words = {
        "high": QCoreApplication.translate("EventDisplay", "confidence: high"),
        "medium": QCoreApplication.translate("EventDisplay", "confidence: medium"),
        "low": QCoreApplication.translate("EventDisplay", "confidence: low — check it"),
    }
    return words.get(level, level)


def confidence_reasons(s: SuggestedEvent) -> str:
    """Why a suggestion is less sure, one reason a line, for its tooltip ("" when nothing lowers it)."""
    words = {
        "no_date_of_its_own": QCoreApplication.translate(
            "EventDisplay", "The sentence gives no date: the article's date stands in."
        ),
        "place_from_context": QCoreApplication.translate(
            "EventDisplay", "The sentence names no place: taken from the text before it."
        ),
        "no_place": QCoreApplication.translate("EventDisplay", "No province or country found."),
        "no_count": QCoreApplication.translate("EventDisplay", "How many people is not said."),
    }
    return "\n".join(words.get(r, r) for r in confidence(s).reasons)
