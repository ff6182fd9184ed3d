"""Nigeria's units as English reports write them: a state by its own unit word ("Zamfara State", "a Kwara
State village", "Niger State", which is no country Niger), and a local government area, which the gazetteer
does not list, read under the name the text gives it, in the state named after it or, failing that, the one
state the text names ("... of the state"). Also: the place an office is named after ("the Kebbi State Police
Command", "Kandi Mayor ...") is read as a place. Sentences and villages written for these tests."""

import pytest


@pytest.mark.parametrize("text,admin1,admin2", [
    ("Bandits shot dead seven farmers at Dankoli, a hamlet in Yarbuga Local Government Area of Zamfara State, "
     "on Friday.", "Zamfara", "Yarbuga"),
    ("Gunmen raided Tsofon Gari in Kufana LGA, Katsina State, on Sunday and killed nine people.", "Katsina", "Kufana"),
    ("Attackers burned homes and killed five people on Sunday in the Yarbuga and Kufana local government areas "
     "of Kebbi State.", "Kebbi", "Yarbuga"),
    ("The Zamfara State police said gunmen killed four herders on Monday in Dankoli village, Yarbuga Local "
     "Government Area of the state.", "Zamfara", "Yarbuga"),
    ("The Kebbi State Police Command said bandits killed six traders at Dankoli in Yarbuga LGA on Tuesday.",
     "Kebbi", "Yarbuga"),
])
def test_a_local_government_area_is_read_in_its_state(first_event, text, admin1, admin2):
    loc = first_event(text, "en").location
    assert (loc["country"], loc["admin1"], loc["admin2"]) == ("Nigeria", admin1, admin2)


@pytest.mark.parametrize("text", [
    "Gunmen killed eight villagers on Wednesday at Dankoli in Guidan Ider Local Government Area of Sokoto State.",
    "The Sokoto State police said gunmen killed five herders on Monday in Guidan Ider Local Government Area of the "
    "state.",
])
def test_a_village_of_that_name_in_niger_is_no_reading_of_the_unit(first_event, text):
    loc = first_event(text, "en").location
    assert (loc["country"], loc["admin1"], loc["admin2"]) == ("Nigeria", "Sokoto", "Guidan Ider")


def test_a_state_named_as_the_adjective_of_a_village(first_event):
    loc = first_event("Militants killed two guards on Monday at Tsofon Gari, a Kwara State village near the "
                      "border, residents said.", "en").location
    assert (loc["country"], loc["admin1"]) == ("Nigeria", "Kwara")


def test_niger_state_is_no_country_niger(first_event):
    loc = first_event("Gunmen killed eleven people in Dankoli, Niger State, on Tuesday night, a local leader said.",
                      "en").location
    assert (loc["country"], loc["admin1"]) == ("Nigeria", "Niger")


def test_an_unknown_unit_of_a_country_whose_units_are_listed_is_not_taken_as_written(first_event):
    # Mali's cercles are all in the gazetteer: a unit name it does not know is no new cercle
    loc = first_event("Gunmen killed three people on Monday in Dankoli, Zorbaga district of the Mopti region.",
                      "en").location
    assert loc["admin1"] == "Mopti"
    assert loc["admin2"] != "Zorbaga"


def test_the_town_of_a_mayor_who_speaks_of_the_attack(first_event):
    loc = first_event("Armed men killed two customs officers at a border post in northern Benin late on Friday, "
                      "Kandi Mayor Paul Agbodo said on Saturday.", "en").location
    assert (loc["country"], loc["admin1"]) == ("Benin", "Alibori")
