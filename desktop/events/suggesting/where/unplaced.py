"""Where an event happened that its own sentence does not place: the incident before, the paragraph's
scene, the section's or the article's province, or the country.
"""

from __future__ import annotations

import re

from desktop.events.suggesting.article.article_facts import ArticleFacts
from desktop.events.suggesting.article.home import nationwide
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.where.incident_openings import starts_new_topic
from desktop.events.suggesting.where.placing import Where
from desktop.events.suggesting.where.running_context import Context
from desktop.events.suggesting.words.statements import national_authority


def _fallback(article: ArticleFacts, item: ReadSentence, type_id: str) -> str | None:
    """The country of an event whose sentence names no place: a statement's is the article's subject,
    a flight's Afghanistan (keyed where people fled from), else the paragraph's country."""
    if type_id == "statement":
        return article.subject or article.country or article.paragraphs[item.paragraph] or "AF"
    if type_id == "flight":
        return "AF"
    return article.paragraphs[item.paragraph] or article.country


# An order told to one place's people: "a notice read out in the mosques … ordered every household in the four
# villages", «فرمانده محلی … به بزرگان قریه گفت», Pashto «د کلي مشرانو ته»: the article's province, if it has
# one.
_LOCAL = re.compile(
    r"(?<!\w)(?:villages?|mosques?|elders|household|households|local commander|district governor|"
    r"قریه|روستا|مسجد|بزرگان|ریش سفیدان|فرمانده محلی|کلي|کلیو|جومات|مشرانو)(?!\w)",
    re.IGNORECASE,
)


def _local(item: ReadSentence) -> bool:
    """A statement told to one place's people, not by a national authority."""
    return bool(_LOCAL.search(item.folded.text)) and not national_authority(item.folded.text)


def ordinal_type(context: Context, type_id: str) -> str | None:
    """Whose place "a fifth woman", "a third journalist" takes: the last incident of its type, else of any
    type when all the article's incidents so far lie in one province."""
    if type_id in context.by_type:
        return type_id
    provinces = {w.province for w in context.by_type.values()}
    return next(iter(context.by_type)) if len(provinces) == 1 and None not in provinces else None


def paragraph_scene(context: Context, item: ReadSentence, type_id: str, home: str | None) -> Where | None:
    """The province a sentence earlier in the paragraph named without telling an event ("In Kunduz, the
    situation deteriorated in April.", «وضعیت در ولایت کندز بدتر شد»): where the paragraph's unplaced events
    happened, unless told abroad, country-wide or as another incident."""
    if context.scene is None or home not in (None, "AF") or type_id in ("statement", "deportation"):
        return None
    if nationwide(item.folded.text) or starts_new_topic(item.folded.text):
        return None
    return context.scene


def unnamed_place(article: ArticleFacts, item: ReadSentence, type_id: str, home: str | None) -> Where:
    """Where an event happened that neither its sentence nor the incident before places: abroad with a foreign
    actor; else in the province of its section when its heading names one ("2. Takhar" above it), or of the
    article when all its places lie in one province (call notes about Nili) and the sentence does not open
    another incident ("In a separate incident, …"); else in the country (see _fallback)."""
    if home and home != "AF":
        return Where(None, home)
    country = home or _fallback(article, item, type_id)
    if country in ("AF", None) and (type_id != "deportation") and (type_id != "statement" or _local(item)):
        local = article.sections.get(item.sentence.start)
        if local is None and not starts_new_topic(item.folded.text):
            local = article.province or article.home
        if nationwide(item.folded.text):  # "across the country", «در سراسر کشور»: no one province
            local = None
        if local:
            return Where(local, "AF")
    return Where(None, country)
