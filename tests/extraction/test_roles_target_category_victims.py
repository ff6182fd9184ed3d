"""The target category comes from the people the main sentence says were hurt, not from an actor
named nearby: the subject of a passive killing, the object of "left ... dead", the state forces
attacked when only the attackers' losses are counted, never the body that reports the event
(sentences written for these tests)."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Neuf civils, dont deux supplétifs de l'armée, ont été tués lundi près de Titao, selon une source locale."),
    ("en", "Nine civilians, among them two army auxiliaries, were killed near Titao on Monday, a local source said."),
    ("en", "An air strike on a market near Gossi on Sunday left at least fifteen civilians dead, witnesses said."),
])
def test_the_victims_named_first_decide_the_target_category(first_event, lang, text):
    assert first_event(text, lang).target_category == "civilians"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une attaque a visé lundi le camp de l'armée à Boni. Les soldats ont riposté et neutralisé une vingtaine "
           "d'assaillants."),
    ("en", "Militants launched an attack on an army base in Boni on Monday; troops fought back and killed about twenty "
           "of the attackers."),
])
def test_the_attackers_losses_do_not_make_them_the_target_of_their_attack(first_event, lang, text):
    assert first_event(text, lang).target_category == "security_forces"


def test_the_army_that_announces_a_kidnapping_is_not_its_victim(first_event):
    e = first_event("The Malian army announced on Sunday that two engineers working on a road were kidnapped near Kayes.",
                    "en")
    assert e.target_category == "civilians"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des assaillants ont attaqué lundi la ville de Titao, tuant trois civils et cinq gendarmes."),
    ("en", "Gunmen stormed the town of Titao on Monday, killing three civilians and five gendarmes."),
])
def test_state_forces_killed_beside_civilians_make_them_the_target(first_event, lang, text):
    assert first_event(text, lang).target_category == "security_forces"
