"""Event detection: a sentence opened by a separator ("Par ailleurs", "Separately") whose act is the event named
again by a definite noun ("l'attaque", "the attack"), on no day and at no place of its own, points back to the event
and opens no second one; an attack told by an indefinite noun ("une attaque", "an ambush") or at another place is
another event (sentences written for these tests)."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés ont attaqué lundi le poste de Kassa, tuant trois gendarmes. Par ailleurs, deux gardes "
           "forestiers venus en renfort pendant l'attaque ont été tués."),
    ("en", "Gunmen attacked a police post in Borvali on Monday, killing three officers. Separately, two rangers who "
           "tried to fend off the attack were killed."),
])
def test_the_event_named_again_opens_no_second_event(events, lang, text):
    got = events(text, lang)
    assert len(got) == 1
    assert got[0].fatalities["best"] == 3


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés ont attaqué lundi le poste de Kassa, tuant trois gendarmes. Par ailleurs, une attaque "
           "contre un convoi a fait deux morts près de Dounfa."),
    ("en", "Gunmen attacked a police post in Borvali on Monday, killing three officers. Separately, two soldiers were "
           "killed in an ambush near Dounfa."),
])
def test_another_attack_after_a_separator_is_another_event(events, lang, text):
    assert len(events(text, lang)) == 2


@pytest.mark.parametrize("lang,text", [
    ("en", "Militants killed four farmers in Kassa on Monday. Separately, the attack on a mining camp left nine "
           "diggers dead, officials said."),
    ("fr", "Des hommes armés ont tué quatre cultivateurs lundi à Kassa. Par ailleurs, l'attaque d'un campement "
           "d'orpailleurs a fait neuf morts."),
])
def test_the_attack_on_another_target_after_a_separator_is_another_event(events, lang, text):
    assert len(events(text, lang)) == 2


def test_the_attack_on_the_events_own_target_points_back(events):
    text = ("Gunmen attacked the police post of Borvali on Monday, killing three officers. Separately, two guards "
            "were killed during the attack on the post.")
    got = events(text, "en")
    assert len(got) == 1
    assert got[0].fatalities["best"] == 3
