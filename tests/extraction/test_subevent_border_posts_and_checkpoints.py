"""A border post, a customs post or a checkpoint is a post of the security forces: an attack on one is a battle
(ACLED's Armed clash), as an attack on an army post is. Dead named only as people of no stated kind in the main
sentence ("four people were killed at a checkpoint") name no side, so the post attacked in another sentence of the
event arms it; dead named as civilians, a village raided or a toll summed over several attacks keep the attack.
Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Mardi, un commando a pris d'assaut le poste frontalier de Tinfa au lever du jour. D'après des "
           "habitants, l'assaut a coûté la vie à deux civils."),
    ("fr", "Des individus armés ont pris pour cible un poste de douane à la sortie de Tinfa dans la nuit de lundi, "
           "faisant deux morts."),
    ("en", "Four people were killed by gunmen at a checkpoint near Tinfa on Monday, an official said. At dawn, an armed "
           "group attacked the Tinfa checkpoint north of the town, he added."),
    ("en", "Militants attacked a border post near Tinfa overnight, killing three people, officials said."),
])
def test_an_attack_on_a_border_post_or_a_checkpoint_is_a_battle(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Armed clash"


@pytest.mark.parametrize("lang,text", [
    # the dead named as civilians in the main sentence
    ("en", "Gunmen killed seven civilians at a market near Tinfa on Monday, residents said. The attackers later "
           "attacked the Tinfa checkpoint."),
    # people killed in a village the main sentence names: the post attacked later is another act
    ("en", "Four people were killed by gunmen in a village near Tinfa on Monday, an official said. The attackers later "
           "attacked an army post outside the town, he added."),
    # a checkpoint the attackers set up themselves is no post of the state
    ("fr", "Des jihadistes ont érigé un poste de contrôle sur la route de Tinfa et ont tué quatre passagers d'un car "
           "lundi."),
])
def test_civilians_a_village_or_the_attackers_own_checkpoint_keep_the_attack(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Attack"


def test_a_toll_summed_over_several_attacks_keeps_the_attack(first_event):
    text = ("Three separate raids around Tinfa have left eleven people dead since Sunday. On Monday, gunmen "
            "ambushed traders on the road to Koro and killed them. The next day, gunmen targeted a gendarmerie "
            "position near Sabou.")
    assert first_event(text, "en").sub_event_type == "Attack"
