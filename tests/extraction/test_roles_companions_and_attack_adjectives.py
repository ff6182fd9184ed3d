"""The companions of the dead are victims, not attackers ("killed along with members of the VDP"), and an
attack described by its attackers ("une embuscade jihadiste", "a militant raid") names unidentified
perpetrators (sentences written for these tests)."""

import pytest

UNIDENTIFIED = "Unidentified armed group"


@pytest.mark.parametrize("lang,text", [
    ("en", "Two soldiers were killed on Monday along with three members of the VDP in a militant ambush near Djibo."),
    ("fr", "Deux gendarmes ont été tués lundi près de Djibo, ainsi que trois membres des VDP qui les escortaient, "
           "lors d'une embuscade jihadiste."),
])
def test_members_killed_beside_the_victims_are_no_perpetrators(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator.name == UNIDENTIFIED
    assert e.target_category == "security_forces"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un chef de village a été tué jeudi soir lors d'une incursion terroriste à Tin-Akoff."),
    ("en", "A village chief was shot dead on Thursday night in a jihadist raid on Tin-Akoff."),
])
def test_an_attack_described_by_its_attackers_names_them(first_event, lang, text):
    assert first_event(text, lang).perpetrator.name == UNIDENTIFIED


def test_a_named_group_before_its_members_stays_the_perpetrator(first_event):
    e = first_event("Five traders were killed on Monday in a Boko Haram jihadist attack on a market near Diffa.", "en")
    assert e.perpetrator.canonical_id == "boko_haram"


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Trois gendarmes ont été tués mardi près de Kaya quand leur véhicule a sauté sur un engin explosif posé par "
           "des terroristes.", None),
    ("fr", "Trois gendarmes ont été tués mardi près de Kaya quand leur véhicule a sauté sur un engin explosif posé par "
           "le GSIM.", "jnim"),
])
def test_a_mine_no_one_named_planted_has_no_perpetrator(first_event, lang, text, want):
    e = first_event(text, lang)
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert (e.perpetrator.canonical_id if e.perpetrator else None) == want


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un camion de la gendarmerie a heurté une mine puis a été pris pour cible par des individus armés près "
           "de Kaya mardi, tuant trois gendarmes."),
    ("en", "A roadside bomb hit a police convoy near Kaya on Tuesday before gunmen opened fire on the survivors, "
           "killing three officers."),
])
def test_attackers_who_fire_on_the_victims_of_a_blast_stay_its_perpetrator(first_event, lang, text):
    e = first_event(text, lang)
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert e.perpetrator is not None and e.perpetrator.canonical_id == "unidentified_armed_group"
