"""An attack whose object is a post, a unit or a convoy of soldiers is a battle (ACLED's Armed clash) also where that
object is told in another sentence of the event ("... during the attack. Gunmen had attacked an army unit that
guarded the site"), unless the main sentence names its dead as civilians. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "Two foreign workers were killed and a third was kidnapped during a terrorist attack in the Tinfa region on "
           "Monday, their embassy said. The embassy gave no other detail. According to local media, gunmen attacked "
           "an army unit that guarded the building site."),
    ("fr", "Deux ouvriers étrangers ont été tués et un troisième enlevé lors d'une attaque terroriste lundi dans la "
           "région de Tinfa, a indiqué leur ambassade. L'ambassade n'a pas donné d'autre détail. Selon des médias "
           "locaux, des hommes armés ont attaqué une patrouille militaire qui gardait le chantier."),
])
def test_an_armed_object_told_in_another_sentence_makes_a_battle(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Armed clash"


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen killed seven civilians at a market near Tinfa on Monday, residents said. The attackers later "
           "attacked an army post outside the town."),
])
def test_civilians_named_as_the_dead_keep_the_attack(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Attack"
