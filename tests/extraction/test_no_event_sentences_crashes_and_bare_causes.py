"""No event: a court sentence told with its object before the penalty ("a condamné trois hommes à mort"), a road
crash told by "percuter" or "sortie de route", and an act taken because of attacks named as a bare noun ("closed
because of attacks", "à cause des attaques"). An attack told as done stays an event. Sentences written for these
tests."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un tribunal de Tinfa a condamné trois hommes à mort lundi pour une attaque contre un hôtel en 2019."),
    ("fr", "Un camion a percuté un car lundi sur la route de Tinfa, faisant neuf morts."),
    ("fr", "Un minibus a fait une sortie de route lundi près de Tinfa, faisant sept morts."),
    ("en", "Schools in Tinfa reopened on Monday after being closed for two years because of attacks."),
    ("fr", "Les écoles de Tinfa ont rouvert lundi après deux ans de fermeture à cause des attaques."),
])
def test_a_sentence_a_crash_or_an_act_because_of_attacks_is_no_event(events, lang, text):
    assert not events(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés ont attaqué un car lundi près de Tinfa, tuant onze passagers."),
    ("en", "Gunmen attacked a school in Tinfa on Monday, killing two teachers."),
])
def test_an_attack_told_as_done_is_still_an_event(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Attack"
