"""The tactic of a battle fought in a village, and of a mass killing of civilians (sentences written for these tests).

- A battle's tactic is the fight's: armed men attacking soldiers in a village fought there (armed_clash), they did not
  raid the village, unless the main sentence names villagers among the dead.
- An armed group (not the state) that kills many civilians (five or more) raids their community, even where the text
  names a farm or a place and no village: raid_on_village; a killing of one or two, an execution of detainees or
  the state's killing are not.
"""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés ont attaqué jeudi le poste militaire du village de Kourouma ; quatre soldats ont été "
           "tués."),
    ("en", "Gunmen attacked an army post in the village of Dantiandou on Thursday, killing four soldiers."),
])
def test_a_battle_in_a_village_is_fought_not_a_raid(first_event, lang, text):
    ev = first_event(text, lang)
    assert (ev.sub_event_type, ev.tactic) == ("Armed clash", "armed_clash")


@pytest.mark.parametrize("lang,text", [
    ("en", "Unidentified gunmen killed eleven civilians on a farm near Tamou on Tuesday night."),
    ("fr", "L'attaque menée mardi par des hommes armés contre des civils près de Tamou a fait onze morts."),
])
def test_an_armed_groups_mass_killing_of_civilians_is_a_raid(first_event, lang, text):
    ev = first_event(text, lang)
    assert (ev.sub_event_type, ev.tactic) == ("Attack", "raid_on_village")


@pytest.mark.parametrize("lang,text", [
    ("en", "Unidentified gunmen shot dead two traders near Tamou on Tuesday."),
])
def test_a_killing_of_few_is_no_raid(first_event, lang, text):
    assert first_event(text, lang).tactic != "raid_on_village"
