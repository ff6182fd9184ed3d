"""A threat to attack is no attack, even where the sentence also names attacks as a state of violence ("a
resurgence in attacks", "une recrudescence des attaques"); an attack told as done beside such a phrase stays an event.
Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "In an audio message its commander vowed to attack the camps of the militia, which the government set up to "
           "counter a resurgence in militant attacks."),
    ("fr", "Dans un message audio, son chef a juré d'attaquer les camps de la milice, créée par le gouvernement pour "
           "contrer une recrudescence des attaques des insurgés."),
])
def test_a_threat_beside_a_state_of_violence_is_no_event(events, lang, text):
    assert not events(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen attacked a village near Tinfa on Sunday amid a spate of attacks in the region, killing four people."),
    ("fr", "Des hommes armés ont attaqué un village près de Tinfa dimanche, tuant quatre personnes, dans un contexte de "
           "recrudescence des attaques."),
])
def test_an_attack_done_beside_a_state_of_violence_is_an_event(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Attack"
