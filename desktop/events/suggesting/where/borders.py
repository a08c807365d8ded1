"""Which side of the border a foreign force's guards or police acted on when the sentence names an Afghan
crossing or border town ("Iranian border guards beat them near the Islam Qala crossing": Iran)."""

from __future__ import annotations

import re

from desktop.events.gazetteer import PlaceMatch
from desktop.events.script import fold_str
from desktop.events.suggesting.where.placing import Where, where_of

# A foreign force at a crossing or near the border ("Iranian border guards beat them near the Islam Qala
# crossing", «مرزبانان ایرانی … در نزدیکی مرز اسلام قلعه», Pashto «… اسلام قلعې ته نږدې»): on its side.
_NEAR_BEFORE = re.compile(
    r"(?:\bnear|\bclose to|\bnext to|\bacross from|\bopposite)\s+(?:the\s+)?(?:\S+\s+)?$"
    r"|(?:نزدیکی|نزدیک|نزدیکی های|نزدیکی‌های|مقابل)\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
_BORDER_AFTER = re.compile(
    r"\s+(?:border\s+)?(?:crossing|border|frontier|checkpoint|gate)\b|\s+(?:\S+\s+)?(?:ته\s+)?(?:نږدې|نژدې|نزدې)(?!\w)",
    re.IGNORECASE,
)
_BORDER_BEFORE = re.compile(r"(?:گذرگاه|مرز|بندر|سرحد|پولې|پوله|د)\s+$")


_GUARDS = re.compile(
    r"border|guard|police|authorit|official|مرزبان|مرزدار|پولیس|پلیس|پوله|مقام|مأمور|مامور|چارواک"
)


def foreign_side(
    text: str, places: list[PlaceMatch], where: Where | None, actor: str | None, home: str | None
) -> Where | None:
    """Where a foreign force's guards or police (`actor`, the words naming them; `home`, their country) acted
    when the sentence places it at an Afghan crossing or town near the border ("near the Islam Qala
    crossing"): their own country, without a province; else None (an army's shelling near Dangam lands in
    Afghanistan)."""
    if home in (None, "AF") or where is None or where.country != "AF" or where.place is None:
        return None
    if actor is None or not _GUARDS.search(fold_str(actor)):
        return None
    for match in places:
        if where_of(match) != where:
            continue
        before = text[max(0, match.start - 40) : match.start]
        near = _NEAR_BEFORE.search(before) or _NEAR_BEFORE.search(before.rsplit(" در ", 1)[0] + " ")
        at_border = _BORDER_AFTER.match(text, match.end) or _BORDER_BEFORE.search(before)
        if near or at_border:
            return Where(None, home)
    return None
