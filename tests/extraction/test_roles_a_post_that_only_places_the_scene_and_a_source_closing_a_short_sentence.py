"""Whom an attack was on, read from its victims (sentences written for these tests, places invented).

A camp, post or base named only to say where the attacked place lies ("the hamlet of X, close to a military base",
"non loin d'un camp militaire") is a landmark: no security forces are among the victims, and the attack on the hamlet
and its people stays an attack on civilians. "Près d'une trentaine de gendarmes" counts people, it places nothing.
A source that closes a short sentence after a comma (", residents said", ", a dit un témoin") is cut off at that comma:
the victims the sentence names before it are still read.
"""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "Armed men stormed the hamlet of Tonka, close to a military base, on Sunday night. Six farmers were killed, "
           "a local councillor said."),
    ("en", "Armed men stormed the hamlet of Tonka, close to a military base, on Sunday night."),
    ("fr", "Des hommes armés ont attaqué dimanche soir le hameau de Tonka, à proximité d'un poste de gendarmerie."),
])
def test_a_post_that_only_places_the_hamlet_is_not_the_target(first_event, lang, text):
    e = first_event(text, lang)
    assert (e.sub_event_type, e.target_category) == ("Attack", "civilians")


@pytest.mark.parametrize("lang,text", [
    ("en", "Jihadists attacked an army post near Tonka on Sunday. Six civilians were killed, residents said."),
    ("fr", "Lundi, près d'une trentaine de gendarmes ont été tués dans une embuscade tendue près de Tonka."),
])
def test_an_attacked_post_and_a_count_of_gendarmes_are_still_security_forces(first_event, lang, text):
    e = first_event(text, lang)
    assert (e.sub_event_type, e.target_category) == ("Armed clash", "security_forces")


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen opened fire in Tonka on Sunday. Two aid workers died, witnesses said."),
    ("en", "Armed men arrived in Tonka on Sunday evening. Two aid workers were kidnapped, residents said."),
])
def test_the_victims_before_a_source_that_closes_a_short_sentence(first_event, lang, text):
    assert first_event(text, lang).target_category == "humanitarian"
