"""Sub-event type from what the main sentence says of the victims and the weapon: civilians killed with no
fighting is violence against civilians whoever the roles read as the target; an explosion that kills is a
remote explosive in French as in English (sentences written for these tests)."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Au Niger, neuf civils, dont deux supplétifs de l'armée, ont été tués samedi dans l'attaque de deux "
           "hameaux de la région de Tillabéri."),
    ("fr", "Des militaires ont exécuté dix-huit villageois lundi près de Djenné, selon des témoins."),
    ("en", "Soldiers executed eighteen villagers near Djenne on Monday, witnesses said."),
    ("en", "Militants stormed a market near Gao on Friday and killed 14 traders, the army said."),
])
def test_civilians_killed_without_fighting_are_an_attack(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Attack"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Deux soldats et un civil ont été tués lundi dans l'attaque d'un poste militaire près de Boni."),
    ("en", "Two soldiers and a civilian were killed on Monday when militants attacked an army post near Boni."),
    ("en", "Three civilians died in crossfire as troops clashed with militants near Boni on Monday."),
])
def test_soldiers_among_the_dead_or_fighting_keep_a_clash(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Armed clash"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une explosion a tué quatre casques bleus mardi au passage de leur convoi près de Douentza."),
    ("fr", "Trois gendarmes ont péri dans une attaque à la bombe contre leur véhicule lundi près de Boni."),
    ("en", "An explosion killed four peacekeepers as their convoy passed near Douentza on Tuesday."),
])
def test_an_explosion_that_kills_is_a_remote_explosive(first_event, lang, text):
    e = first_event(text, lang)
    assert (e.sub_event_type, e.tactic) == ("Remote explosive/landmine/IED", "ied")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une vingtaine de personnes, notamment des civils et des gendarmes, ont été tuées mardi lors de l'attaque de "
           "trois hameaux près de Seytenga."),
    ("en", "About twenty people, including civilians and two gendarmes, were killed on Tuesday when gunmen raided three "
           "hamlets near Seytenga."),
])
def test_people_killed_with_armed_victims_named_only_as_a_subset_are_an_attack(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Attack"
