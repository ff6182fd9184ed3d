"""A toll summed over several attacks that names no one side of its dead leaves the victims' side to the sentences that
tell the event's own attack; a toll over one attack with soldiers among its dead stays a battle (sentences written for
these tests)."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "Some 19 people, among them troops and villagers, died in three separate raids in the east of the country "
           "over the weekend, officials said. On Saturday, gunmen shot dead eleven villagers at a well near Kolo."),
    ("fr", "Le bilan d'une double attaque menée ce week-end dans l'est du pays s'élève à dix-neuf morts, selon une "
           "source locale. Samedi, des hommes armés ont tué onze villageois près d'un puits à Kolo."),
])
def test_a_toll_over_several_attacks_takes_the_side_of_the_attack_told_next(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Attack"


@pytest.mark.parametrize("lang,text", [
    ("en", "Some 19 people, among them troops and villagers, died in an attack on an army post near Kolo on Saturday. "
           "Gunmen had earlier shot dead eleven villagers at a well."),
    ("fr", "Au moins neuf personnes, dont quatre gendarmes et cinq civils, ont été tuées samedi lors d'une attaque contre "
           "le poste de Kolo. Des hommes armés avaient tué des villageois près d'un puits."),
])
def test_a_mixed_toll_over_one_attack_on_a_post_stays_a_battle(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Armed clash"
