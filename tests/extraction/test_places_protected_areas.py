"""Parks and reserves that straddle the region's borders: the part in the country the text is about.

Every sentence here is written for these tests."""

import pytest

from sahelwatch.geo.gazetteer_data import load_protected_areas, protected_area_rows


@pytest.mark.parametrize("text, lang, country, admin1, admin2", [
    ("Deux écogardes ont été tués dimanche par des hommes armés dans le parc W, au nord du Bénin.", "fr",
     "Benin", "Alibori", None),
    ("Au Burkina Faso, des assaillants ont tué trois gardes forestiers jeudi dans le parc national du W.", "fr",
     "Burkina Faso", "Est", "Tapoa"),
    ("Gunmen killed four rangers on Tuesday inside Niger's W National Park, officials said.", "en",
     "Niger", "Tillaberi", "Say"),
    ("Suspected jihadists ambushed a patrol in Pendjari National Park on Monday, killing two soldiers.", "en",
     "Benin", "Atacora", None),
    ("Une mine a tué deux soldats mercredi dans la réserve de Pama.", "fr", "Burkina Faso", "Est", "Kompienga"),
])
def test_a_park_places_the_event_in_the_part_of_the_country_the_text_is_about(first_event, text, lang, country,
                                                                               admin1, admin2):
    loc = first_event(text, lang).as_json()["location"]
    assert (loc["country"], loc["admin1"], loc["admin2"], loc["precision"]) == (country, admin1, admin2, "near")


def test_a_park_of_three_countries_with_no_country_named_places_nothing(first_event):
    loc = first_event("Des hommes armés ont tué trois gardes forestiers jeudi dans le parc national du W.", "fr")
    loc = loc.as_json()["location"]
    assert loc["admin1"] is None and loc["country"] is None


def test_a_park_is_placed_with_less_confidence_than_a_village(first_event):
    park = first_event("Au Bénin, des assaillants ont tué deux militaires lundi dans le parc W.", "fr")
    village = first_event("Des assaillants ont tué deux militaires lundi à Boni, au Mali.", "fr")
    assert park.field_confidence["location"] < village.field_confidence["location"]


def test_every_part_of_the_table_names_its_source_and_a_unit():
    rows = load_protected_areas()
    assert {r["area"] for r in rows} >= {"W", "Pendjari", "Arly", "Pama"}
    assert {r["iso3"] for r in rows if r["area"] == "W"} == {"NER", "BFA", "BEN"}
    assert all(r["source"] and r["admin1"] and r["aliases"] for r in rows)


def test_a_row_without_a_country_is_an_error_naming_its_line():
    good = {"area": "X", "aliases": "parc x", "iso3": "NER", "admin1": "Dosso", "admin2": "", "source": "a decree",
            "source_date": "2026-12-06"}
    with pytest.raises(ValueError, match=r"line 3: missing iso3"):
        protected_area_rows([good, {**good, "iso3": ""}])
