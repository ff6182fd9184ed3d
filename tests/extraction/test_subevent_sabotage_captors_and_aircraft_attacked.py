"""Three sub-event classes told by who does what to what. Sabotage of an installation with no one hurt is property
destruction (ACLED's Looting/property destruction); people "arrested" or "stopped" with armed men or a group as the
verb's agent are abducted, not arrested (ACLED's Arrests are the state's); an aircraft or an air force named beside
an armed group's attack is what it attacked, not its means. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "La ligne à haute tension reliant Tinfa à la capitale a été sabotée dans la nuit de lundi, sans faire de "
           "victime."),
    ("en", "Saboteurs blew no one up but cut the water pipeline near Tinfa on Monday night; the sabotage left no "
           "casualties."),
])
def test_sabotage_with_no_one_hurt_is_property_destruction(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Cinq passagers d'un car ont été arrêtés lundi sur la route de Tinfa, près du village de Dorabé, par des "
           "hommes armés."),
    ("en", "Four traders were detained on the road to Tinfa by unidentified gunmen on Monday."),
])
def test_people_arrested_by_armed_men_are_abducted(first_event, lang, text):
    e = first_event(text, lang)
    assert (e.sub_event_type, e.tactic) == ("Abduction/forced disappearance", "abduction")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Trois jihadistes présumés ont été arrêtés lundi par les gendarmes près de Tinfa."),
    ("en", "Three suspected militants were arrested by soldiers near Tinfa on Monday."),
])
def test_armed_men_arrested_by_the_state_stay_an_arrest(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Arrests"


def test_an_air_force_base_attacked_by_a_named_group_is_no_air_strike(first_event):
    text = ("JNIM fighters attacked an air force base near Tinfa on Monday, wounding three soldiers and damaging an "
            "aircraft.")
    assert first_event(text, "en").sub_event_type == "Armed clash"


def test_a_military_aircraft_that_killed_stays_an_air_strike(first_event):
    assert first_event("A military aircraft killed six herders near Tinfa on Monday.", "en").sub_event_type \
        == "Air/drone strike"
