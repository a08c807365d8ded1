"""Citation keys: readable author-year-word, ASCII only, unique and stable."""

from __future__ import annotations

import random

from desktop.export.citekeys import assign_citekeys, base_citekey, with_citekeys


def test_key_is_author_year_first_title_word(rasc: dict) -> None:
    assert base_citekey(rasc) == "rasc2024thousands"


def test_person_author_uses_family_name_folded_to_ascii() -> None:
    item = {"title": "Über die Lage", "author": [{"family": "Müller-Łukasz", "given": "Jörg"}]}
    item["issued"] = {"date-parts": [[2021]]}
    assert base_citekey(item) == "mullerlukasz2021uber"


def test_persian_title_is_romanised(hasht: dict) -> None:
    # "بازداشت سربازان…" — the first word, romanised crudely but readably.
    assert base_citekey(hasht) == "hasht2023bazdasht"


def test_title_in_an_unromanised_script_falls_back_to_a_stable_hash_word() -> None:
    item = {"title": "阿富汗前士兵被拘留", "author": [{"literal": "Xinhua"}]}
    key = base_citekey(item)
    assert key.startswith("xinhuand") and key.isascii() and key == base_citekey(dict(item))
    assert len(key) == len("xinhuand") + 7


def test_missing_author_and_date_still_give_a_key() -> None:
    assert base_citekey({"title": "The situation in Kunduz"}) == "anonndsituation"


def test_colliding_keys_get_suffixes_whatever_the_input_order(rasc: dict) -> None:
    second = {**rasc, "id": "zzz", "URL": "https://rasc.example/2"}
    third = {**rasc, "id": "mmm", "URL": "https://rasc.example/3"}
    items = [rasc, second, third]
    keys = dict(zip((i["id"] for i in items), assign_citekeys(items), strict=True))
    assert sorted(keys.values()) == [
        "rasc2024thousandsa",
        "rasc2024thousandsb",
        "rasc2024thousandsc",
    ]
    shuffled = items[:]
    random.Random(4).shuffle(shuffled)
    again = dict(zip((i["id"] for i in shuffled), assign_citekeys(shuffled), strict=True))
    assert again == keys


def test_suffixed_key_never_collides_with_another_items_key(rasc: dict) -> None:
    clash = {"id": "x", "title": "Thousandsa", "author": [{"literal": "RASC"}]}
    clash["issued"] = {"date-parts": [[2024]]}
    keys = assign_citekeys([rasc, {**rasc, "id": "other"}, clash])
    assert len(set(keys)) == 3


def test_with_citekeys_sets_ids(items: list[dict]) -> None:
    assert [i["id"] for i in with_citekeys(items)][:2] == ["rasc2024thousands", "hasht2023bazdasht"]
