"""Aircraft as an attack's means, and aircraft that strike no one. An armed group that attacks "with", "using" or "au
moyen de" drones makes an air/drone strike (ACLED codes an armed group's drone attack so), while an aircraft named as
what it attacked stays a battle. An aircraft that only carries the wounded, watches or patrols, told in a sentence
after men "neutralisés", is no strike and no means of theirs: only a sentence that tells an aircraft strike is one.
Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "Fighters of the Islamic State attacked an army base near Doukoro on Wednesday using kamikaze drones, "
           "killing five soldiers."),
    ("fr", "Mercredi, des jihadistes ont attaqué la base militaire de Doukoro avec des drones armés, tuant cinq "
           "soldats."),
    ("fr", "Mercredi, des combattants de l'État islamique ont attaqué au moyen de drones un poste de l'armée à "
           "Doukoro, tuant cinq soldats."),
])
def test_an_armed_groups_attack_with_drones_is_an_air_strike(first_event, lang, text):
    e = first_event(text, lang)
    assert (e.sub_event_type, e.tactic) == ("Air/drone strike", "air_strike")


def test_a_drone_damaged_in_an_armed_groups_attack_stays_its_object(first_event):
    text = "JNIM fighters attacked an air force base near Doukoro on Wednesday, wounding three soldiers and damaging a drone."
    assert first_event(text, "en").sub_event_type == "Armed clash"


_NEUTRALISED = "Mercredi, les FAMa ont neutralisé une dizaine de terroristes près de Doukoro, dans la région de Mopti. "


@pytest.mark.parametrize("after", [
    "Deux militaires blessés ont ensuite été transportés par des moyens aériens vers Mopti.",
    "Un drone de reconnaissance suivait leurs mouvements.",
    "Des drones de l'armée patrouillaient dans les environs.",
])
def test_an_aircraft_that_carries_watches_or_patrols_is_no_strike(first_event, after):
    assert first_event(_NEUTRALISED + after, "fr").sub_event_type == "Armed clash"


def test_an_aircraft_that_strikes_after_men_neutralised_is_their_means(first_event):
    e = first_event(_NEUTRALISED + "Un drone armé a pilonné leurs motos.", "fr")
    assert (e.sub_event_type, e.tactic) == ("Air/drone strike", "air_strike")
