"""Places written the English way: Burkina Faso's regions under their English names, and a
possessive that joins a country to its unit ("Burkina Faso's Est region", "Mali's Mopti region")
(sentences written for these tests)."""

import pytest


@pytest.mark.parametrize("text,admin1", [
    ("Gunmen killed four traders in the Centre-North region of Burkina Faso on Monday.", "Centre-Nord"),
    ("Suspected jihadists killed seven herders on Monday in the Center-East region, officials said.", "Centre-Est"),
    ("Armed men killed five farmers in Burkina Faso's South-West region on Tuesday.", "Sud-Ouest"),
    ("Gunmen killed three teachers on Monday in a village of Burkina Faso's Est region.", "Est"),
])
def test_burkina_regions_named_in_english_give_their_admin1(first_event, text, admin1):
    loc = first_event(text, "en").location
    assert loc["country"] == "Burkina Faso"
    assert loc["admin1"] == admin1


def test_a_possessive_separates_the_country_from_its_unit(first_event):
    loc = first_event("Gunmen killed six villagers in Mali's Mopti region on Sunday, a local official said.", "en").location
    assert (loc["country"], loc["admin1"]) == ("Mali", "Mopti")
    assert "'" not in (loc["name"] or "")


@pytest.mark.parametrize("text,admin1,admin2", [
    ("Des hommes armés ont tué cinq commerçants lundi près de Koudougou, dans le Centre-Ouest.", "Centre-Ouest", "Boulkiemde"),
    ("Des hommes armés ont tué deux bergers mardi près de Gaoua, dans le Sud-Ouest du pays.", "Sud-Ouest", "Poni"),
])
def test_the_capitals_of_the_other_burkina_regions_are_known(first_event, text, admin1, admin2):
    loc = first_event(text, "fr").location
    assert (loc["admin1"], loc["admin2"]) == (admin1, admin2)
