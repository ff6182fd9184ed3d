"""A capital named for the state it governs ("les autorités de Niamey", "the Bamako junta", "Ouagadougou's
military government") tells or acts: it is never the event's place. A capital where the event happens still is.
Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text,lang,capital,region", [
    ("Des hommes armés ont tué neuf soldats lundi, selon les autorités de Niamey, qui promettent des renforts.",
     "fr", "Niamey", "Niamey"),
    ("Jihadists killed fourteen soldiers in an ambush on Sunday, the Bamako junta said in a statement.", "en",
     "Bamako", "Bamako"),
    ("Gunmen killed six volunteers on Friday, Ouagadougou's military government said on Saturday.", "en",
     "Ouagadougou", "Centre"),
])
def test_the_capital_of_the_rulers_who_speak_is_not_the_events_place(first_event, text, lang, capital, region):
    loc = first_event(text, lang).location
    assert loc["name"] != capital
    assert loc["admin1"] != region


@pytest.mark.parametrize("text,lang,admin1", [
    ("Des hommes armés ont tué quatre civils samedi à Niamey, dans un quartier du nord de la ville.", "fr", "Niamey"),
    ("Gunmen killed two traders at a market in Bamako on Monday, the police said.", "en", "Bamako"),
])
def test_a_capital_where_the_event_happens_is_its_place(first_event, text, lang, admin1):
    assert first_event(text, lang).location["admin1"] == admin1
