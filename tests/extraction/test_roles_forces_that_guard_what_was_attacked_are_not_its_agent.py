"""Forces named as the guard of what was attacked ("un convoi sécurisé par des FAMa", "a convoy guarded by troops") are
no agent of the attack, as forces that escort it are not: the unnamed attackers stay the perpetrators; forces that are
the agent of the violence ("tués par des soldats") still are (sentences written for these tests, invented places)."""

import pytest

UNIDENTIFIED = "Unidentified armed group"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Près de Wassoré, un convoi de vivres sécurisé par des FAMa a subi lundi une attaque terroriste."),
    ("fr", "Une position tenue par l'armée a subi mardi une attaque terroriste près de Kobadié."),
    ("en", "A fuel convoy guarded by troops came under a jihadist attack near Lere Kouma on Monday."),
])
def test_forces_guarding_the_target_are_not_the_perpetrator(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator is not None and e.perpetrator.name == UNIDENTIFIED


@pytest.mark.parametrize("lang,text", [
    ("fr", "Trois bergers ont été tués par des FAMa lundi près de Wassoré."),
    ("en", "Three herders were shot dead by soldiers near Lere Kouma on Monday."),
])
def test_forces_that_are_the_agent_of_the_violence_stay_the_perpetrator(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator is not None and e.perpetrator.name != UNIDENTIFIED
