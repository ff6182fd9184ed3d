"""Parks and reserves that straddle the region's borders: the part in the country the text is about.

Every sentence here is written for these tests."""

import datetime as dt

import pytest

from sahelwatch.extraction import Extractor
from sahelwatch.extraction.pipeline import Document
from sahelwatch.geo.gazetteer_data import load_protected_areas, protected_area_rows


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def place(extractor, text, lang="fr"):
    events = extractor.extract(Document("t", text, lang, dt.date(2024, 3, 4))).events
    assert events, text
    return events[0].as_json()["location"]


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
def test_a_park_places_the_event_in_the_part_of_the_country_the_text_is_about(extractor, text, lang, country,
                                                                               admin1, admin2):
    loc = place(extractor, text, lang)
    assert (loc["country"], loc["admin1"], loc["admin2"], loc["precision"]) == (country, admin1, admin2, "near")


def test_a_park_of_three_countries_with_no_country_named_places_nothing(extractor):
    loc = place(extractor, "Des hommes armés ont tué trois gardes forestiers jeudi dans le parc national du W.")
    assert loc["admin1"] is None and loc["country"] is None


def test_a_park_is_placed_with_less_confidence_than_a_village(extractor):
    park = extractor.extract(Document("t", "Au Bénin, des assaillants ont tué deux militaires lundi dans le parc W.",
                                      "fr", dt.date(2024, 3, 4))).events[0]
    village = extractor.extract(Document("t", "Des assaillants ont tué deux militaires lundi à Boni, au Mali.",
                                         "fr", dt.date(2024, 3, 4))).events[0]
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
