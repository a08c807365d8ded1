"""The gazetteer: every province and district, spelling variants, Dari and Pashto names, spans in running
text, ambiguous and ordinary-word district names."""

import json
import time
from collections import Counter
from typing import Any

import pytest

from desktop.events.districts import districts, resolve_district, spellings
from desktop.events.gazetteer import (
    find_places,
    may_name_a_place,
    place_by_code,
    province_by_name,
    provinces,
    provinces_mentioned,
)
from desktop.events.name_index import name_key
from desktop.resources import resource_path


def test_all_34_provinces_have_codes_dari_names_and_distinct_tiles() -> None:
    all_provinces = provinces()
    assert len(all_provinces) == 34
    assert all(p.iso and p.iso.startswith("AF-") and p.dari for p in all_provinces)
    assert len({p.tile for p in all_provinces}) == 34


@pytest.mark.parametrize(
    ("spelling", "code"),
    [
        ("Badakshan", "AF-BDS"),
        ("Sar-i-Pul", "AF-SAR"),
        ("Sari Pul", "AF-SAR"),
        ("saripul", "AF-SAR"),
        ("Ningarhar", "AF-NAN"),
        ("Hilmand", "AF-HEL"),
        ("Paktiya", "AF-PIA"),
        ("Oruzgan", "AF-URU"),
        ("Konar", "AF-KNR"),
        ("Paktika province", "AF-PKA"),
        ("AF-ZAB", "AF-ZAB"),
    ],
)
def test_spelling_variants_find_the_province(spelling: str, code: str) -> None:
    place = province_by_name(spelling)
    assert place is not None and place.iso == code


@pytest.mark.parametrize(
    ("dari", "code"),
    [
        ("بدخشان", "AF-BDS"),
        ("سرپل", "AF-SAR"),
        ("سر\u200cپل", "AF-SAR"),
        ("كابل", "AF-KAB"),
        ("قندوز", "AF-KDZ"),
    ],
)
def test_dari_names_with_arabic_letters_or_zwnj_find_the_province(dari: str, code: str) -> None:
    place = province_by_name(dari)
    assert place is not None and place.iso == code


def test_a_country_is_not_a_province() -> None:
    assert province_by_name("Iran") is None
    iran = place_by_code("IR")
    assert iran is not None and iran.dari == ("ایران",)


def test_find_places_gives_exact_spans_in_mixed_text() -> None:
    text = "Raids in Sar-e-Pol and بدخـشان, then Mazar-e Sharif; deported from Iran."
    found = find_places(text)
    assert [m.text for m in found] == ["Sar-e-Pol", "بدخـشان", "Mazar-e Sharif", "Iran"]
    assert all(text[m.start : m.end] == m.text for m in found)
    assert [m.place.province for m in found] == ["AF-SAR", "AF-BDS", "AF-BAL", None]


def test_media_names_and_the_pronoun_us_are_not_places() -> None:
    found = find_places("Afghanistan International told us that the US embassy closed.")
    assert [(m.text, m.place.iso) for m in found] == [("US", "US")]


def test_longer_foreign_region_wins_over_the_province_inside_it() -> None:
    (match,) = find_places("fighting in Gorno-Badakhshan")
    assert match.place.country == "TJ" and match.place.province is None


def test_resources_are_found_from_the_source_tree() -> None:
    assert resource_path("gazetteer.json").name == "gazetteer.json"
    with pytest.raises(FileNotFoundError):
        resource_path("no-such-file.json")


# -- districts and towns ---------------------------------------------------------------------------


def _districts_file() -> dict[str, Any]:
    with resource_path("districts.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def test_every_province_has_districts_and_every_district_a_valid_province() -> None:
    codes = {p.iso for p in provinces()}
    per_province = Counter(d.province for d in districts())
    assert set(per_province) == codes
    assert sum(per_province.values()) >= 380
    assert all(d.country == "AF" and d.dari for d in districts())
    assert {t.province for t in districts(kind="town")} <= codes
    assert [d.name for d in districts("AF-HEL")][:2] == ["Lashkar Gah", "Baghran"]


def test_the_districts_file_is_well_formed() -> None:
    data = _districts_file()
    assert "Central Statistics Organization" in data["about"]
    for code, entries in data["provinces"].items():
        keys = Counter(name_key(e["name"]) for e in entries)
        assert not [k for k, n in keys.items() if n > 1], code
        for entry in entries:
            names = [entry["name"], *entry["variants"], *entry["dari"], *entry.get("pashto", [])]
            assert entry["kind"] in {"district", "town"} and entry["dari"], entry
            assert all(isinstance(n, str) and n.strip() == n and n for n in names), entry
            assert len(set(names)) == len(names), entry
            assert set(entry.get("guarded", [])) <= set(names), entry
            guarded = {name_key(s) for n in entry.get("guarded", []) for s in spellings(n)}
            free = {name_key(s) for n in names if n not in entry.get("guarded", []) for s in spellings(n)}
            assert not guarded & free, entry  # a guarded name must not also match freely


def test_provinces_have_pashto_names_and_pashto_letters_match() -> None:
    assert all(p.pashto for p in provinces())
    assert [m.place.iso for m in find_places("د ننګرهار او لوګر ولایتونه")] == ["AF-NAN", "AF-LOG"]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Pol-e Khomri", "Pul-i-Khumri", "AF-BGL"),
        ("Puli Khumri", "Pul-i-Khumri", "AF-BGL"),
        ("Spin Boldak", "Spin Boldak", "AF-KAN"),
        ("Dand-e Ghori", "Dahana-e Ghori", "AF-BGL"),
        ("Dand-i-Ghori", "Dahana-e Ghori", "AF-BGL"),
        ("Qalay-i-Naw", "Qala-e Naw", "AF-BDG"),
        ("Qala-ye Now", "Qala-e Naw", "AF-BDG"),
        ("Nahri Sarraj", "Nahr-e Saraj", "AF-HEL"),
        ("Khwaja Bahauddin", "Khwaja Bahawuddin", "AF-TAK"),
        ("Khoja Ghar", "Khwaja Ghar", "AF-TAK"),
        ("Tala-o-Barfak", "Tala wa Barfak", "AF-BGL"),
        ("Dashti Archi", "Dasht-e Archi", "AF-KDZ"),
        ("Islam Qal'a", "Islam Qala", "AF-HER"),
        ("Hairatan", "Hairatan", "AF-BAL"),
        ("Sher Khan Bandar", "Sher Khan Bandar", "AF-KDZ"),
        ("Torghundi", "Torghundi", "AF-HER"),
        ("ولسوالی شینډنډ", "Shindand", "AF-HER"),
        ("ولسوالي شیندند", "Shindand", "AF-HER"),
        ("د شینډنډ ولسوالۍ", "Shindand", "AF-HER"),
        ("در سپین‌بولدک", "Spin Boldak", "AF-KAN"),
        ("پل خمری", "Pul-i-Khumri", "AF-BGL"),
        ("پُلِ خُمری", "Pul-i-Khumri", "AF-BGL"),
        ("در ولسوالي كشم", "Kishim", "AF-BDS"),
        ("من این بار را نمی‌کشم", None, None),
        ("به دشت برچی", "Dasht-e Barchi", "AF-KAB"),
        ("په ځدراڼو", None, None),
    ],
)
def test_district_and_town_spellings_find_their_province(
    text: str, name: str | None, code: str | None
) -> None:
    found = [(m.place.name, m.place.province) for m in find_places(text)]
    assert found == ([(name, code)] if name else [])


def test_a_district_mention_has_its_kind_and_exact_span() -> None:
    text = "Two men were detained in Nahr-e Saraj district of Helmand."
    district, province = find_places(text)
    assert (district.place.kind, district.text, district.place.province) == (
        "district",
        "Nahr-e Saraj",
        "AF-HEL",
    )
    assert district.place.country == "AF" and district.place.iso is None and district.place.lat is None
    assert (province.place.kind, province.place.iso) == ("province", "AF-HEL")
    assert text[district.start : district.end] == "Nahr-e Saraj"


def test_an_ambiguous_district_is_settled_by_the_province_the_article_names_or_dropped() -> None:
    # named alone, Arghandab is Kandahar's (its usual reading: districts.json "usual"), not Zabul's
    assert [m.place.province for m in find_places("Fighting in Arghandab district.")] == ["AF-KAN"]
    assert find_places("Fighting in Gizab district.") == []  # Daykundi or Uruzgan: no usual one
    (zabul,) = [m for m in find_places("Arghandab district of Zabul") if m.place.kind == "district"]
    assert zabul.place.province == "AF-ZAB"
    (kandahar,) = find_places("Arghandab", provinces_in_text={"AF-KAN"})
    assert kandahar.place.province == "AF-KAN"
    text = "Clashes in Kandahar. Later, five men were detained in Arghandab."
    assert [m.place.province for m in find_places(text)] == ["AF-KAN", "AF-KAN"]
    assert find_places("Arghandab", provinces_in_text={"AF-KAN", "AF-ZAB"}) == []


def test_an_ambiguous_district_takes_the_province_named_closest_to_it() -> None:
    text = (
        "- Kandahar: 3 former soldiers detained in Arghandab district (4 July).\n"
        "- Zabul: a former officer was shot dead in Qalat (12 July).\n"
        "- Zabul again: two men detained in Arghandab on 20 July."
    )
    arghandab = [m.place.province for m in find_places(text) if m.text == "Arghandab"]
    assert arghandab == ["AF-KAN", "AF-ZAB"]


def test_resolve_district_names_one_place_or_none() -> None:
    shindand = resolve_district("شینډنډ")
    assert shindand is not None and (shindand.name, shindand.province) == ("Shindand", "AF-HER")
    assert resolve_district("Qarabagh") is None
    ghazni = resolve_district("Qara Bagh", provinces_in_text={"AF-GHA", "AF-HER"})
    assert ghazni is not None and ghazni.province == "AF-GHA"
    assert resolve_district("Kohistan", provinces_in_text={"AF-KAP", "AF-FYB"}) is None
    assert resolve_district("Atlantis") is None


def test_a_district_named_like_a_city_elsewhere_keeps_the_city_unless_the_article_says_otherwise() -> None:
    (city,) = find_places("Protest in Fayzabad")
    assert (city.place.kind, city.place.province) == ("city", "AF-BDS")
    district, _ = find_places("Protest in Fayzabad, Jowzjan")
    assert (district.place.kind, district.place.province) == ("district", "AF-JOW")


@pytest.mark.parametrize(
    "prose",
    [
        "They met in the center of the city; it was a khas case.",
        "She wore a burka to the market and was arrested in a raid.",
        "He was awarded an OBE for his work with refugees in the north.",
        "The suspects spoke Farsi and Dari; a reg of the charges followed.",
        "سلاح سنگین و نرخ مواد غذایی در شمال کشور بالا رفت.",
        "مقر طالبان در شهر بزرگ، جرم آنان را خواهان عدالت دانستند.",
        "او به دلیل شهرت معروف بود و از چوکی خود برکنار شد.",
        "The Washer was broken; a kot and a chal were seen in the Mizan month.",
        "Witnesses who spoke Farsi in Herat said a Kakar elder of Zabul was released.",
        "He spoke Farsi, and the district chief spoke Pashto.",
    ],
)
def test_districts_named_like_ordinary_words_do_not_match_in_prose(prose: str) -> None:
    assert [m.text for m in find_places(prose) if m.place.kind in {"district", "town"}] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ten men were killed in Sangin district.", "Sangin"),
        ("Three were held in Sangin, Helmand.", "Sangin"),
        ("Fighting in Helmand's Sangin and Kandahar province's Maruf", "Maruf"),
        ("در ولسوالی سنگین سه تن کشته شدند", "Sangin"),
        ("په سنګین ولسوالۍ کې", "Sangin"),
        ("the districts of Jurm, Khash and Argo", "Argo"),
        ("Obe district of Herat", "Obe"),
        ("ولسوالی‌های جرم و خواهان", "Khwahan"),
    ],
)
def test_a_guarded_district_name_matches_next_to_district_or_its_province(text: str, name: str) -> None:
    assert name in [m.place.name for m in find_places(text) if m.place.kind == "district"]


def test_a_sentence_without_any_place_word_is_told_apart_cheaply() -> None:
    assert not may_name_a_place("The families were told to wait for news.")
    assert may_name_a_place("He was held in Jaghori for a week.")
    assert may_name_a_place("در ولسوالی شینډنډ")
    assert may_name_a_place("The US embassy said so.")


def test_provinces_mentioned_counts_districts_towns_and_cities() -> None:
    assert provinces_mentioned("Deported via Torkham to Jalalabad, then Spin Boldak; Kunduz.") == {
        "AF-NAN", "AF-KAN", "AF-KDZ",
    }  # fmt: skip


def test_matching_a_10000_word_article_is_fast() -> None:
    sentences = (
        "On 12 May, Taliban forces detained six former soldiers in Nahr-e Saraj district of Helmand and "
        "took them to Lashkar Gah. در ولسوالی شیندند ولایت هرات دو تن بازداشت شدند و به کابل منتقل شدند. "
        "Relatives in Spin Boldak said the men had served in the army until 2021, the report said. "
    )
    words = sentences.split(" ")
    text = " ".join((words * (10_000 // len(words) + 1))[:10_000])
    find_places(text)  # loads the gazetteer
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        found = find_places(text)
        timings.append(time.perf_counter() - started)
    elapsed = min(timings)
    assert len(found) > 1000
    assert elapsed < 0.25  # ~25 ms on the development machine; generous for a busy CI runner
