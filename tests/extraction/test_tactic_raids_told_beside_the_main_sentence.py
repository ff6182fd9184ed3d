"""Tactics. An armed group's attack on civilians is a raid on a village when the event names the village in the main
sentence or in any other sentence of the event; an ambush told beside a village the main sentence attacks is one of
the raid's moves. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("lang,text", [
    # the village named in another sentence of the event
    ("en", "Gunmen killed nine civilians in the Koro area on Friday, a local official said. The attackers stormed the "
           "village of Sanbala at dusk and set fire to the granaries."),
    ("fr", "Des hommes armés ont tué neuf civils vendredi dans la zone de Koro, selon un élu local. Les assaillants "
           "ont pris d'assaut le village de Sanbala au crépuscule et incendié les greniers."),
    # an ambush told beside the village the main sentence attacks
    ("en", "Armed bandits attacked the village of Dorabe on Monday, killing five residents. The attackers first "
           "ambushed two herders on a track outside it."),
    ("fr", "Des bandits armés ont attaqué le village de Dorabé lundi, tuant cinq habitants. Les assaillants ont "
           "d'abord tendu une embuscade à deux bergers sur une piste."),
])
def test_a_village_the_event_names_makes_a_raid_and_an_ambush_beside_it_one_of_its_moves(first_event, lang, text):
    e = first_event(text, lang)
    assert (e.sub_event_type, e.tactic) == ("Attack", "raid_on_village")


@pytest.mark.parametrize("lang,text", [
    ("en", "Militants ambushed a group of traders on the road to Dorabe on Monday, killing four. The traders were "
           "returning from the village market."),
    ("fr", "Des jihadistes ont tendu une embuscade à des commerçants sur la route de Dorabé lundi, tuant quatre "
           "d'entre eux. Les commerçants revenaient du marché du village."),
])
def test_an_ambush_told_in_the_main_sentence_stays_an_ambush(first_event, lang, text):
    assert first_event(text, lang).tactic == "ambush"
