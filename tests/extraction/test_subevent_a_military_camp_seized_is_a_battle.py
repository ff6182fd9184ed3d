"""A military camp, a base or a post seized by an armed group in an attack or a fight the event tells is a battle
(ACLED's Armed clash, as the sets label it), where a town or a village taken stays Non-state actor overtakes territory,
as does a base only told overrun; a post the army takes back stays Government regains territory. Sentences written
for these tests."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés se sont emparés lundi du camp militaire de Tinfa, après des combats avec les soldats, "
           "selon des élus locaux."),
    ("en", "Militants attacked and took control of the army base in Tinfa on Monday after heavy fighting, local "
           "officials said."),
])
def test_a_military_camp_seized_in_an_attack_is_an_armed_clash(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Armed clash"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des combattants jihadistes ont pris le contrôle de la ville de Tinfa lundi, selon des sources locales."),
    ("en", "Rebels seized control of the town of Tinfa on Monday, residents said."),
    ("en", "Militants overran the army post at Tinfa on Monday, residents said."),
])
def test_a_town_taken_stays_territory_overtaken(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Non-state actor overtakes territory"


def test_a_camp_the_army_takes_back_is_regained(first_event):
    text = "Les forces armées ont repris le contrôle du camp militaire de Tinfa lundi, selon l'état-major."
    assert first_event(text, "fr").sub_event_type == "Government regains territory"
