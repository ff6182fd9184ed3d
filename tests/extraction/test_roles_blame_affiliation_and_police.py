"""Perpetrators told by a blame, by a chain of affiliations, beside the army, and unnamed police (sentences
written for these tests)."""

import pytest

UNIDENTIFIED = "Unidentified armed group"
ATTACK = "On May 2, gunmen attacked a village near Bankass, killing twelve civilians. "


@pytest.mark.parametrize("lang,text,perp", [
    ("en", ATTACK + "Officials blamed the attack on JNIM.", "jnim"),
    ("en", ATTACK + "Officials accused JNIM of carrying out the attack.", "jnim"),
    ("en", ATTACK + "The mayor blamed ISGS militants for the killings.", "is_sahel"),
    ("fr", "Le 2 mai, des hommes armés ont attaqué un village près de Bankass, tuant douze civils. Les autorités "
           "accusent le GSIM d'avoir mené l'attaque.", "jnim"),
])
def test_a_statement_that_blames_a_group_names_the_perpetrator(first_event, lang, text, perp):
    ev = first_event(text, lang)
    assert ev.perpetrator is not None and ev.perpetrator.canonical_id == perp


@pytest.mark.parametrize("lang,text", [
    ("en", ATTACK + "JNIM denied any involvement in the attack."),
    ("fr", "Le 2 mai, des hommes armés ont attaqué un village près de Bankass, tuant douze civils. Le GSIM a démenti "
           "toute implication."),
])
def test_a_denial_names_no_perpetrator(first_event, lang, text):
    assert first_event(text, lang).perpetrator.name == UNIDENTIFIED


def test_a_group_named_after_an_affiliation_describes_the_group_before_it(first_event):
    ev = first_event("On May 2, twenty herders were killed near Djenne. Officials attributed the killings to fighters of "
                     "Katiba Macina, a unit of JNIM affiliated with AQIM.")
    assert ev.perpetrator.canonical_id in ("katiba_macina", "jnim")


def test_russian_auxiliaries_beside_an_army_unit_give_the_army(first_event):
    ev = first_event("On May 2, a Malian army unit accompanied by Wagner Group mercenaries executed nine herders in "
                     "the village of Dialloube.")
    assert ev.perpetrator.canonical_id == "fama"


@pytest.mark.parametrize("lang,text,perp", [
    ("fr", "Le 2 mai, la police a arrêté trois hommes soupçonnés de préparer un attentat à Bamako.", "mali_police"),
    ("en", "On May 2, the police arrested four suspects at the bus station in Ouagadougou, Burkina Faso.", "bf_police"),
    ("fr", "Le 2 mai, l'armée a arrêté trois hommes près de Mopti.", "fama"),
])
def test_unnamed_police_are_the_countrys_police_not_its_army(first_event, lang, text, perp):
    ev = first_event(text, lang)
    assert ev.perpetrator is not None and ev.perpetrator.canonical_id == perp


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le 2 mai, des jihadistes ont pris d'assaut le poste de gendarmerie de Boulkessi, tuant huit gendarmes."),
    ("en", "On May 2, jihadists overran a gendarmerie post in Boulkessi, killing eight gendarmes."),
])
def test_the_post_stormed_is_no_perpetrator_of_its_storming(first_event, lang, text):
    assert first_event(text, lang).perpetrator.name == UNIDENTIFIED


def test_a_group_called_into_question_is_blamed(first_event):
    ev = first_event("Le 2 mai, des hommes armés ont attaqué un village près de Bankass, tuant douze civils. Le maire a "
                     "mis en cause des miliciens de Dan Na Ambassagou.", "fr")
    assert ev.perpetrator.canonical_id == "dan_na_ambassagou"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le 2 mai, des hommes armés ont attaqué un village près de Bankass. Le maire accuse des chasseurs "
           "traditionnels dogons."),
    ("en", "On May 2, Dogon hunters attacked a Fulani hamlet near Bankass, killing six herders."),
])
def test_dogon_hunters_are_the_dogon_militia_not_the_dozo(first_event, lang, text):
    assert first_event(text, lang).perpetrator.canonical_id == "dogon_militia"


def test_a_claim_of_an_earlier_attack_told_in_the_pluperfect_names_no_perpetrator(first_event):
    ev = first_event("Le 2 mai, des hommes armés ont tué onze civils près de Ménaka. Revendiquée par le GSIM, l'attaque "
                     "de mars avait coûté la vie à deux soldats.", "fr")
    assert ev.perpetrator.name == UNIDENTIFIED


def test_peacekeepers_whose_camp_was_targeted_are_the_target_when_they_fire_back(first_event):
    ev = first_event("On May 2, a rocket and gun attack targeted the camp of the UN peacekeepers at Tessalit, leaving "
                     "four peacekeepers dead. "
                     "The peacekeepers killed several of the attackers, the mission said.")
    assert ev.perpetrator.name == UNIDENTIFIED
    assert any(a.canonical_id == "minusma" and a.role == "target" for a in ev.actors)
