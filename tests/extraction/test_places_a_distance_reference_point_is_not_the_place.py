"""A place a direction or a distance is measured from ("far north of the capital X", "à 600 km au nord-est de la
capitale, X", "300 miles from the nation's economic capital, X") is a reference point: when it lies in none of the units
the event's sentence names, the units place the event and give its name. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text,lang,name,admin2", [
    ("Gunmen killed four herders in the circle of Bankass, some 600 km north-east of the capital Bamako, on Tuesday.",
     "en", "Bankass", "Bankass"),
    ("Des hommes armés ont tué quatre bergers mardi dans le cercle de Bankass, à 600 km au nord-est de la capitale, "
     "Bamako.", "fr", "Bankass", "Bankass"),
    ("Des hommes armés ont tué quatre bergers mardi dans le cercle de Bankass, au sud-est du chef-lieu de la région, "
     "Mopti.", "fr", "Bankass", "Bankass"),
    ("Gunmen killed four herders on Tuesday in the commune of Kalale in Benin, well north of the nation's economic "
     "capital, Cotonou.",
     "en", "Kalalé", "Kalalé"),
    ("Gunmen killed four herders on Tuesday in the commune of Kalale in Benin, 300 miles from the capital Cotonou.",
     "en", "Kalalé", "Kalalé"),
])
def test_the_unit_names_the_event_not_the_reference_point(first_event, text, lang, name, admin2):
    loc = first_event(text, lang).location
    assert (loc["name"], loc["admin2"]) == (name, admin2)


@pytest.mark.parametrize("text,lang,name", [
    # no unit in the sentence: the event is placed near the reference point
    ("Gunmen killed four herders on Tuesday some 40 km north of Bankass, in central Mali.", "en", "Bankass"),
    # the reference point lies in the unit named: it stays the place
    ("Des hommes armés ont tué quatre bergers mardi dans le cercle de Bankass, à quelques kilomètres au nord du "
     "chef-lieu, Bankass.", "fr", "Bankass"),
    # a village framed as the event's own place keeps its name beside a distance to the capital
    ("Gunmen killed four herders on Tuesday in the village of Kani-Bonzon, in the circle of Bankass, 600 km from the "
     "capital Bamako.", "en", "Kani-Bonzon"),
])
def test_a_reference_point_or_a_framed_place_stays(first_event, text, lang, name):
    assert first_event(text, lang).location["name"] == name


@pytest.mark.parametrize("text,lang", [
    ("Gunmen killed four herders in Mali on Tuesday, far north-east of the capital Bamako.", "en"),
    ("Des hommes armés ont tué quatre bergers mardi au Mali, à 600 km au nord-est de la capitale, Bamako.", "fr"),
])
def test_a_reference_point_alone_is_where_the_event_is_near_not_at(first_event, text, lang):
    loc = first_event(text, lang).location
    assert (loc["name"], loc["precision"]) == ("Bamako", "near")
