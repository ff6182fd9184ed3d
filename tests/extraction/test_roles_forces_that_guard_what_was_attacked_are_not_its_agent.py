"""Forces named as the guard of what was attacked ("un convoi sécurisé par des FAMa", "a convoy guarded by troops") are
no agent of the attack, as forces that escort it are not: the unnamed attackers stay the perpetrators; forces that are
the agent of the violence ("tués par des soldats") still are, and a post held by an armed group ("tenu par le JNIM")
is the group's (sentences written for these tests, invented places)."""

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


@pytest.mark.parametrize("lang,text", [
    ("fr", "Deux transporteurs ont été tués jeudi à un barrage tenu par le JNIM sur la route de Wassoré."),
    ("en", "Two drivers were shot dead on Thursday at a roadblock manned by JNIM fighters near Lere Kouma."),
])
def test_a_post_held_by_a_group_is_the_groups(first_event, lang, text):
    # the guard verbs name the state's forces guarding what was attacked; a post held by an armed group is its own
    e = first_event(text, lang)
    assert e.perpetrator is not None and e.perpetrator.canonical_id == "jnim"
