"""A means (a device, a strike, shells, a fight) named in a later sentence types the event only where that sentence
goes on telling it: it comes right after the main sentence, names the event back ("l'attaque", "the attackers"),
names back what the event's sentences brought in ("a passenger boat" ... "the boat"), or names their place or day;
"par ailleurs", "d'autre part" or "separately" before what is reported tell another story, but not after a report
verb ("the operator said separately"). Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "Six villagers were killed on Monday in Tinfa, a local official said. The official spoke by telephone from "
           "the regional capital. A roadside bomb had hit a bus on the main road, according to a security source."),
    ("fr", "Six villageois ont été tués lundi à Tinfa, a indiqué un responsable local. Le responsable s'exprimait par "
           "téléphone depuis le chef-lieu de la région. Un engin explosif a touché un car sur la route nationale, selon "
           "une source sécuritaire."),
])
def test_a_device_named_in_a_sentence_that_does_not_go_on_telling_the_event_is_not_its_means(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Attack"


@pytest.mark.parametrize("lang,text,sub", [
    # the event named back
    ("en", "Six villagers were killed on Monday in Tinfa, a local official said. The official spoke by telephone. "
           "The blast that killed them came from a mine buried on the road.", "Remote explosive/landmine/IED"),
    ("fr", "Six villageois ont été tués lundi à Tinfa, a indiqué un responsable local. Le responsable s'exprimait par "
           "téléphone. L'explosion a été provoquée par une mine enfouie sur la piste.", "Remote explosive/landmine/IED"),
    # what the main sentence brought in, named back; "separately"/"par ailleurs" qualifying the report verb
    ("en", "Militants attacked a passenger boat on the river near Tinfa on Thursday. The crew sent a call for help. "
           "The boat was hit by three rockets, the operator said separately.", "Shelling/artillery/missile attack"),
    ("fr", "Des jihadistes ont attaqué un bateau de passagers jeudi sur le fleuve près de Tinfa. L'équipage a lancé "
           "un appel à l'aide. Le bateau a été touché par trois roquettes, a indiqué par ailleurs la compagnie.",
     "Shelling/artillery/missile attack"),
])
def test_a_means_named_in_a_sentence_that_goes_on_telling_the_event_is_its_means(first_event, lang, text, sub):
    assert first_event(text, lang).sub_event_type == sub


@pytest.mark.parametrize("lang,told,text,next_to_main,goes_on", [
    # another story told before what is reported, not after the report verb
    ("fr", "", "Le quotidien a affirmé, d'autre part, qu'une frappe avait touché un dépôt.", True, False),
    ("fr", "", "Le car a été touché par une mine, a indiqué par ailleurs la compagnie.", True, True),
    ("en", "", "Separately, the army said it had struck a camp.", True, False),
    ("en", "", "The bus hit a mine, the company said separately.", True, True),
    ("en", "", "In another village, a mine hit a cart.", True, False),
    # what the event's sentences told, named back
    ("en", "Gunmen attacked a convoy near Tinfa.", "The convoy was hit by a mine.", False, True),
    ("en", "Gunmen attacked a convoy near Tinfa.", "Rockets were fired at the airport.", False, False),
    ("en", "Gunmen attacked a convoy on Monday.", "On Monday a drone also struck the area.", False, True),
    ("fr", "Des hommes armés ont attaqué un convoi près de Tinfa.", "Le convoi a sauté sur une mine.", False, True),
    ("fr", "Des hommes armés ont attaqué un convoi à Tinfa.", "Une mine a explosé à Tinfa.", False, True),
    ("fr", "Des hommes armés ont attaqué un convoi à Tinfa.", "Une mine a explosé au Mali.", False, False),
])
def test_a_later_sentence_goes_on_telling_the_event(lang, told, text, next_to_main, goes_on):
    from sahelwatch.extraction.classify import continues_event
    from sahelwatch.folding import fold_aligned as fold

    assert continues_event(text, fold(text), told, fold(told), lang, next_to_main=next_to_main) is goes_on
