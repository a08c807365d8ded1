"""Event words inside the name of an institution, a law or a document ("the Detention Monitoring Working
Group", "the Convention against Torture", "the Committee on Enforced Disappearances"): they name, they report
nothing. English only (Dari and Pashto have no capitals)."""

from __future__ import annotations

import re

# A capitalised word, or a short linking word inside a name ("Convention against Torture").
_WORD = re.compile(r"[A-Z][\w'’-]*|of|on|against|for|and|the|in|to|&")
# The words that make a run of capitals an institution's or a text's name.
_INSTITUTION = re.compile(
    r"^(?:Group|Convention|Committee|Commission|Council|Working|Unit|Office|Centre|Center|Network|Law|Act|"
    r"Department|Directorate|Programme|Program|Project|Coalition|Watch|Association|Organi[sz]ation|Institute|"
    r"Service|Forum|Campaign|Fund|Alliance|Foundation|Initiative|Agency|Rapporteur|Declaration|Protocol|"
    r"Prevention|Day|Report|Ministry|Board|Panel|Court|Tribunal|Mechanism|Task|Force|Observatory|Monitor|"
    r"Cluster|Desk|Team|Bureau|Secretariat|Charter|Statute|Code|Regulation|Decree|Mission|Database|Index)$"
)


def _run(text: str, start: int, end: int) -> list[str]:
    """The words of the run of capitalised (and linking) words around text[start:end]."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    at = next((i for i, (a, b) in enumerate(words) if a <= start < b), None)
    if at is None:
        return []

    def clean(i: int) -> str:
        return text[words[i][0] : words[i][1]].strip(".,;:()\"'“”‘’")

    def joins(i: int) -> bool:
        return bool(_WORD.fullmatch(clean(i)))

    first = at
    while (
        first > 0
        and joins(first - 1)
        and not re.search(r"[.,;:)]$", text[words[first - 1][0] : words[first - 1][1]])
    ):
        first -= 1
    last = at
    while (
        last + 1 < len(words)
        and joins(last + 1)
        and not re.search(r"[,;:(]$|[.]$", text[words[last][0] : words[last][1]])
    ):
        last += 1
    return [clean(i) for i in range(first, last + 1)]


# A town's name ending in "-abad" («مري اباد», «مرده آباد», "Mari Abad"): the word before is the name's.
_ABAD = re.compile(r"[\s\u200c-]?(?:آباد|اباد|abad)(?!\w)", re.IGNORECASE)


def in_proper_name(text: str, start: int, end: int) -> bool:
    """The event word at text[start:end] is capitalised inside a run of capitalised words that names an
    institution, a law or a document; or it opens a town's name in "-abad" (Pashto «مري اباد», not «مري»,
    the dead)."""
    if _ABAD.match(text, end):
        return True
    if not text[start : start + 1].isupper():
        return False
    run = _run(text, start, end)
    capitals = [w for w in run if w[:1].isupper()]
    return len(capitals) >= 2 and any(_INSTITUTION.match(w) for w in capitals)
