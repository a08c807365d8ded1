"""The gazetteer: every province, spelling variants, Dari names and spans in running text."""

import pytest

from desktop.events.gazetteer import find_places, place_by_code, province_by_name, provinces
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
