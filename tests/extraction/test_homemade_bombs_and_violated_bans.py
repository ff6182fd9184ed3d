"""Word senses of the means (sentences written for these tests): a homemade or makeshift bomb, and a vehicle that ran
over a bomb, are explosive devices; 'viole' with a rule, a ban or a law as its object ('viole l'interdiction', 'a violé
le cessez-le-feu') is a breach, not sexual violence, while people raped still are."""

import pytest


@pytest.mark.parametrize("text", [
    "Three gendarmes died on Tuesday when their pickup ran over a makeshift bomb on the road to Kolo.",
    "A homemade bomb hidden in a cart killed two traders at the Sibo market on Friday.",
])
def test_a_homemade_bomb_is_an_explosive_device(first_event, text):
    assert first_event(text, "en").sub_event_type == "Remote explosive/landmine/IED"


def test_a_ban_violated_by_marchers_is_no_sexual_violence(first_event):
    text = ("Les gendarmes ont dispersé mardi à Kolo un sit-in contre la hausse des prix à coups de gaz lacrymogène. "
            "Selon le préfet, les organisateurs ont violé l'interdiction de manifester.")
    assert first_event(text, "fr").sub_event_type == "Protest with intervention"


def test_women_raped_are_still_sexual_violence(first_event):
    text = "Des hommes armés ont violé quatre femmes lundi soir près du village de Kolo."
    assert first_event(text, "fr").sub_event_type == "Sexual violence"
