"""Afghan districts and towns (`resources/districts.json`): their spellings, guarded names and provinces."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from functools import lru_cache
from typing import Any, NamedTuple

from desktop.events.name_index import NameIndex
from desktop.events.place import Place
from desktop.resources import load_json

KINDS = ("district", "town")
# The ezafe between two words of a name ("Pul-e Khumri") is written -e-, -i-, -ye-, -yi- or left out.
_EZAFE = re.compile(r"(?<=[a-z])-(?:e|i|ye|yi|y)(?=[\s\-])", re.IGNORECASE)
_EZAFE_FORMS = ("-e", "-i", "-ye", "-yi", "")
_AND = re.compile(r"(?<=\s)(?:wa|o|va)(?=\s)", re.IGNORECASE)
_AND_FORMS = ("wa", "o", "va")
# Words English transcriptions spell several ways; each alternative is tried on its own.
_WORD_FORMS = {
    "qala": ("Qala", "Qalah", "Qaleh", "Qal'a"),
    "pul": ("Pul", "Pol"),
    "khwaja": ("Khwaja", "Khoja", "Khaja", "Khawaja"),
    "deh": ("Deh", "Dih"),
    "dih": ("Deh", "Dih"),
    "dara": ("Dara", "Darra", "Darah"),
    "koh": ("Koh", "Kuh"),
    "shahr": ("Shahr", "Shar"),
    "hesa": ("Hesa", "Hisa", "Hissa"),
    "chahar": ("Chahar", "Char"),
    "sayed": ("Sayed", "Sayid", "Sayyid", "Sayyed", "Seyyed"),
    "kohistan": ("Kohistan", "Kohestan", "Kuhistan"),
}
_MAX_FORMS = 60


class Candidate(NamedTuple):
    """A place a name may refer to; `guarded` names are ordinary words too and need context to match."""

    place: Place
    guarded: bool
    # a quarter's name most cities have ("Shahr-e Naw", new town): its city must be named beside it
    everywhere: bool = False


def _connector_forms(name: str) -> set[str]:
    """`name` with every ezafe and "wa" written in each usual way."""
    pieces = re.split(f"({_EZAFE.pattern}|{_AND.pattern})", name, flags=re.IGNORECASE)
    choices = [
        (_EZAFE_FORMS if p.startswith("-") else _AND_FORMS) if i % 2 else (p,) for i, p in enumerate(pieces)
    ]
    return {"".join(parts) for parts in itertools.islice(itertools.product(*choices), _MAX_FORMS)}


# Not «دره» (→ «درې», Pashto "three"; «دری», Dari), «نوه» (→ «نوې», "new"), «اوبه» (water); nor a name
# ending in «اه», whose «ه» is a consonant (فراه, لښکرګاه).
_NO_OBLIQUE = frozenset({"دره", "نوه", "اوبه"})


def pashto_oblique(name: str) -> set[str]:
    """The Pashto oblique form of a one-word script name ending in «ه» ("د میمنې په سړک", «د ناوې ولسوالۍ»),
    else nothing (not for an ablative «له ایرانه»: «ایرانې» would read as «ایرانی», Iranian)."""
    if " " in name or not name.endswith("ه") or name.endswith(("انه", "اه")) or name in _NO_OBLIQUE:
        return set()
    return {name[:-1] + "ې"}


def pashto_ablative(name: str) -> set[str]:
    """The Pashto ablative of a one-word script name ending in a consonant ("له ګردېزه", «له هراته»: from
    Gardez, from Herat), else nothing."""
    if " " in name or name.isascii() or name.endswith(("ه", "ا", "ی", "ي", "ې", "ۍ", "و", "ئ")):
        return set()
    return {name + "ه"}


def spellings(name: str) -> set[str]:
    """The English spellings a name is matched under: itself, its ezafe and "wa" forms, and the usual
    alternatives of common words ("Qala"/"Qal'a", "Pul"/"Pol", "Khwaja"/"Khoja"). Script names are as is."""
    if not name.isascii():
        return {name} | pashto_oblique(name) | pashto_ablative(name)
    forms = _connector_forms(name)
    for word in re.findall(r"[A-Za-z]+", name):
        for alternative in _WORD_FORMS.get(word.lower(), ()):
            forms |= _connector_forms(re.sub(rf"\b{word}\b", alternative, name))
    return forms


def _place(entry: dict[str, Any], province: str) -> Place:
    return Place(
        entry["kind"], entry["name"], None, province, "AF", None, None,
        tuple(entry.get("dari", ())), None, tuple(entry.get("pashto", ())),
    )  # fmt: skip


def entry_names(entry: dict[str, Any]) -> list[str]:
    """Every name an entry lists: its name, English variants, Dari and Pashto names."""
    return [entry["name"], *entry.get("variants", ()), *entry.get("dari", ()), *entry.get("pashto", ())]


class DistrictTable:
    """Districts and towns by province, and an index of every spelling to its candidates."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.places: list[Place] = []
        self.usual: set[Place] = set()  # of two districts of one name, the one meant when nothing settles it
        self.index: NameIndex[Candidate] = NameIndex()
        for province, entries in data["provinces"].items():
            for entry in entries:
                place = _place(entry, province)
                self.places.append(place)
                if entry.get("usual"):
                    self.usual.add(place)
                guarded = set(entry.get("guarded", ()))
                everywhere = bool(entry.get("everywhere"))
                for name in entry_names(entry):
                    self.index.add(spellings(name), Candidate(place, name in guarded, everywhere))

    def candidates(self, name: str) -> list[Place]:
        """Districts and towns called `name` in any spelling, in file order, each once."""
        return list(dict.fromkeys(c.place for c in self.index.get(name)))


@lru_cache(maxsize=1)
def load_districts() -> DistrictTable:
    """The shipped districts and towns (`resources/districts.json`), parsed once."""
    return DistrictTable(load_json("districts.json"))


def districts(province: str | None = None, *, kind: str = "district") -> list[Place]:
    """Districts (or, with kind="town", towns) of one province's ISO code, or of all provinces."""
    return [
        p
        for p in load_districts().places
        if p.kind == kind and (province is None or p.province == province.upper())
    ]


def best_of(places: list[Place]) -> Place:
    """The district before the town, else the first."""
    return min(places, key=lambda p: KINDS.index(p.kind) if p.kind in KINDS else len(KINDS))


def resolve_district(name: str, *, provinces_in_text: Collection[str] = frozenset()) -> Place | None:
    """The district or town called `name`, or None.

    name               any spelling, Dari or Pashto name ("Pol-e Khomri", "شینډنډ")
    provinces_in_text  ISO codes of provinces the article names elsewhere; they decide between
                       districts of the same name in several provinces ("Arghandab": Kandahar or Zabul)
    A name found in several provinces and not settled by `provinces_in_text` gives None.
    """
    found = load_districts().candidates(name)
    return settle(found, provinces_in_text)


def settle(found: list[Place], provinces_in_text: Collection[str]) -> Place | None:
    """One of `found` when they all lie in one province, or in one of `provinces_in_text`, or else the usual
    one of its name ("Surobi": Kabul's); else None."""
    if len({p.province for p in found}) > 1:
        named = [p for p in found if p.province in provinces_in_text]
        found = named or usual_of(found)
    if not found or len({p.province for p in found}) > 1:
        return None
    return best_of(found)


def usual_of(places: list[Place]) -> list[Place]:
    """Those of `places` marked as the usual reading of their name (`"usual": true` in districts.json)."""
    usual = load_districts().usual
    return [p for p in places if p in usual]
