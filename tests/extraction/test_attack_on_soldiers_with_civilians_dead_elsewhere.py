"""An attack on soldiers whose dead are told in another sentence (sentences written for these tests).

ACLED: an attack by an armed group on soldiers, peacekeepers or another armed group is an armed clash, and civilians
killed in it died in that battle. When the event's main sentence tells the attack on an armed target and no death,
victims named as civilians in its other sentences do not make it violence against civilians; where the main sentence
itself names the dead as civilians, it stays an attack on civilians.
"""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "L'assaut, lancé vendredi à l'aube, visait un détachement de l'armée qui gardait le pont de Dialakoro. "
           "Un élu de la commune évoque une vingtaine de morts, dont des civils."),
    ("en", "Gunmen attacked soldiers guarding a bridge near Sokoura early on Friday. "
           "Residents said about twenty people, civilians among them, died."),
])
def test_civilians_dead_told_after_an_attack_on_soldiers_make_a_clash(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Armed clash"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés ont tué douze civils vendredi dans le village de Dialakoro."),
    ("en", "Gunmen killed twelve civilians in the village of Sokoura on Friday."),
])
def test_civilians_killed_in_the_main_sentence_stay_an_attack(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Attack"


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen attacked the village of Sokoura, near an army post, on Friday. Seven civilians were killed, "
           "residents said."),
    ("fr", "Des hommes armés ont attaqué vendredi le village de Dialakoro, non loin d'un camp militaire. Sept civils "
           "ont été tués, selon des habitants."),
])
def test_a_post_that_only_places_the_village_leaves_an_attack_on_civilians(first_event, lang, text):
    # the army post situates the village: it is not what was attacked, and the dead are civilians
    assert first_event(text, lang).sub_event_type == "Attack"
