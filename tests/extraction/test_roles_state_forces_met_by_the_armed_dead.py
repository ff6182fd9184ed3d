"""The dead of an armed group told as killed in a fight "with" the state's forces: those forces are the perpetrator
and the armed group the target (not an unnamed group attacking the forces); the forces' own dead keep the old reading.

Sentences written for these tests, with invented or generic places."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une quinzaine de jihadistes ont été tués mercredi au cours d'un combat avec l'armée près de Tokala, dans le "
           "cercle de Kalo."),
    ("fr", "Dix-huit terroristes ont été neutralisés jeudi lors d'un accrochage avec les FAMa non loin de Tokala."),
    ("en", "Twelve militants were killed on Wednesday in a firefight with soldiers near Tokala in the Segou region."),
    ("en", "About twenty jihadists died on Thursday in clashes with the army outside the village of Tokala."),
])
def test_the_forces_an_armed_groups_dead_fought_are_the_perpetrator(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator.canonical_id == "fama" or e.perpetrator.name.startswith("Military Forces of")
    assert e.target_category == "armed_group"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Six soldats ont été tués mercredi lors d'un accrochage avec des hommes armés près de Tokala."),
    ("en", "Six soldiers were killed on Wednesday in a firefight with gunmen near Tokala in the Segou region."),
])
def test_soldiers_killed_in_a_fight_with_gunmen_are_still_the_target(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator.canonical_id == "unidentified_armed_group"
    assert e.target_category == "security_forces"
