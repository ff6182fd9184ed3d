"""An assault told as an attempt ("ont tenté de prendre le camp", "tried to storm the base") is the attackers' deed as
much as the defenders' blow told in an infinitive ("sont parvenus à abattre", "managed to kill") is theirs: the group
that attempted it stays the perpetrator, the forces that held the camp its target (sentences written for these tests,
with invented places)."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Jeudi soir, des combattants du JNIM ont tenté de prendre la garnison de Sanabougou, mais les FAMa ont "
           "réussi à abattre quinze assaillants."),
    ("fr", "Des éléments du JNIM ont essayé de s'emparer du poste avancé de Sanabougou vendredi ; les FAMa ont pu "
           "neutraliser neuf assaillants."),
    ("fr", "Des jihadistes du JNIM ont cherché à pénétrer dans le camp militaire de Sanabougou mardi, et les FAMa ont réussi à "
           "tuer six de leurs hommes."),
    ("en", "JNIM fighters tried to storm the army garrison at Lere Kouma on Friday night, but troops managed to kill fifteen "
           "of them."),
    ("en", "On Tuesday JNIM militants attempted to overrun an army outpost in Lere Kouma; soldiers were able to kill "
           "nine of the raiders."),
])
def test_the_group_whose_assault_was_an_attempt_is_the_perpetrator(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator is not None and e.perpetrator.canonical_id == "jnim"
    assert e.target_category == "security_forces"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les soldats sont parvenus à neutraliser onze terroristes mercredi près de Sanabougou."),
    ("en", "Soldiers managed to kill eleven militants near Lere Kouma on Wednesday."),
])
def test_forces_whose_blow_is_an_infinitive_stay_its_doer(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator is not None and e.perpetrator.name != "Unidentified armed group"
    assert e.target_category == "armed_group"
