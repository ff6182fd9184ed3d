"""Togo's and Benin's own units (regions, prefectures, departments, communes) and their villages
near the Burkina Faso and Niger borders, read only when the text names the country.

Sentences written for these tests (not taken from any evaluation set)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.places import resolve_location
from sahelwatch.folding import fold_aligned as fold
from sahelwatch.geo.gazetteer import Gazetteer


def _where(text: str, lang: str):
    return resolve_location(text, fold(text), lang, [(0, len(text))])


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.default()


def test_a_village_of_northern_benin_from_openstreetmap_has_its_department(gaz):
    # Porga, on the Pendjari river at the Burkina Faso border, is no cities500 town
    best = gaz.lookup("Porga", country="Benin").best
    assert (best.iso3, best.admin1, best.kind) == ("BEN", "Atacora", "place")
    assert "osm" in best.sources


def test_a_common_word_that_names_a_unit_is_no_place_unless_a_unit_word_frames_it(gaz):
    assert gaz.is_stopword("Plateau") and gaz.is_stopword("Centrale")
    loc = _where("Au Bénin, une centrale solaire a été inaugurée sur le Plateau par le ministre.", "fr")
    assert loc.admin1 is None


@pytest.mark.parametrize("lang, text, admin1, admin2", [
    ("fr", "Au Togo, deux gendarmes ont été tués lors d'une embuscade dans la préfecture de Kpendjal, "
           "dans la région des Savanes.", "Savanes", "Kpendjal"),
    ("fr", "Un village inconnu des cartes, Ouabégou-Nord, dans la région des Savanes, a été attaqué, "
           "a indiqué l'armée togolaise.", "Savanes", None),
    ("fr", "L'armée béninoise a perdu trois soldats dans le département de l'Alibori, près du fleuve Niger.",
     "Alibori", None),
    ("en", "Gunmen killed four Beninese soldiers near Porga, close to the border with Burkina Faso.",
     "Atacora", None),
])
def test_a_unit_of_a_named_neighbour_places_the_event(lang, text, admin1, admin2):
    loc = _where(text, lang)
    assert loc.country in ("Togo", "Benin")
    assert loc.admin1 == admin1
    if admin2 is not None:
        assert loc.admin2 == admin2


def test_a_neighbours_region_is_not_read_when_the_text_does_not_name_that_country():
    loc = _where("Des hommes armés ont attaqué un campement dans la région des Savanes, selon un élu.", "fr")
    assert loc.country not in ("Togo", "Benin")


@pytest.mark.parametrize("text, country, admin1", [
    ("Trois gendarmes ont été blessés jeudi à Kérou lors d'une attaque de jihadistes, au nord du Bénin.",
     "Benin", "Atacora"),
    ("Au Togo, des hommes armés ont attaqué un poste de l'armée jeudi près de Kara, a indiqué un officier.",
     "Togo", "Kara"),
    ("Un policier a été tué jeudi à Karimama, une commune du département de l'Alibori, par des hommes armés.",
     "Benin", "Alibori"),
])
def test_a_neighbours_place_wins_over_a_homonym_when_the_text_names_only_that_neighbour(first_event, text, country,
                                                                                        admin1):
    loc = first_event(text, "fr").location
    assert (loc["country"], loc["admin1"]) == (country, admin1)


def test_a_place_of_mali_keeps_its_reading_when_the_text_also_names_mali(first_event):
    loc = first_event("Des soldats maliens ont été tués jeudi à Kérou, près de la frontière du Bénin, au Mali.",
                      "fr").location
    assert loc["country"] == "Mali"
