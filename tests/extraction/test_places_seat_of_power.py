"""An event at a building of the capital (an embassy, the presidential palace) with no place named: the capital.

Every sentence here is written for these tests."""

import pytest


@pytest.mark.parametrize("text, lang, admin1", [
    ("Au Burkina Faso, une foule en colère a mis le feu jeudi à l'entrée d'une ambassade européenne.", "fr", "Centre"),
    ("Angry youths hurled rocks at a Western embassy in Niger on Saturday, police said.", "en", "Niamey"),
    ("Au Mali, des hommes armés ont attaqué lundi soir le palais présidentiel, tuant deux gardes.", "fr", "Bamako"),
])
def test_an_event_at_an_embassy_or_the_palace_is_placed_in_the_capital(first_event, text, lang, admin1):
    e = first_event(text, lang)
    loc = e.as_json()["location"]
    assert (loc["admin1"], loc["precision"]) == (admin1, "near")
    assert e.field_confidence["location"] < 0.6


def test_an_arrest_by_the_security_services_with_no_place_is_not_the_capital(first_event):
    loc = first_event("Au Mali, les services de renseignement ont arrêté mardi un ancien ministre.", "fr")
    assert loc.as_json()["location"]["admin1"] is None


def test_an_embassy_of_the_country_itself_lies_abroad(first_event):
    loc = first_event("Des manifestants ont saccagé lundi les locaux de l'ambassade du Niger.", "fr")
    assert loc.as_json()["location"]["admin1"] is None
