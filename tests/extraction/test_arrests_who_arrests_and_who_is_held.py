"""Arrests: the state forces making them are the perpetrator (none when the report names no one making them),
the people held the target; journalists, activists and politicians out of office are civilians
(sentences written for these tests)."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "Two radio reporters detained over a broadcast critical of the transition were still held in Ouagadougou "
           "on Thursday, their union said."),
    ("fr", "À Bamako, un ancien ministre a été arrêté jeudi puis placé en garde à vue après des propos hostiles aux "
           "autorités de la transition."),
    ("fr", "Deux journalistes ont été interpellés lundi à Niamey après la diffusion d'un reportage sur l'armée."),
    ("en", "Police arrested three opposition activists at their homes in Bamako on Saturday, a lawyer for the men said."),
])
def test_people_arrested_for_what_they_said_are_civilians(first_event, lang, text):
    e = first_event(text, lang)
    assert e.sub_event_type == "Arrests"
    assert e.target_category == "civilians"


@pytest.mark.parametrize("lang,text", [
    ("en", "Two radio reporters detained over a broadcast critical of the transition were still held in Ouagadougou "
           "on Thursday, their union said."),
    ("fr", "À Bamako, un ancien ministre a été arrêté jeudi puis placé en garde à vue après des propos hostiles aux "
           "autorités de la transition."),
])
def test_an_arrest_naming_no_one_making_it_has_no_perpetrator(first_event, lang, text):
    e = first_event(text, lang)
    assert e.sub_event_type == "Arrests"
    assert e.perpetrator is None


@pytest.mark.parametrize("lang,text,police", [
    ("en", "Police detained two radio reporters over a broadcast critical of the transition in Ouagadougou on "
           "Thursday, their union said.", "bf_police"),
    ("fr", "À Bamako, un ancien ministre a été arrêté jeudi par la police après des propos hostiles aux autorités "
           "de la transition.", "mali_police"),
])
def test_an_arrest_by_the_police_unnamed_is_the_countrys_police(first_event, lang, text, police):
    e = first_event(text, lang)
    assert e.perpetrator.canonical_id == police


def test_an_arrest_by_the_army_stays_the_armys(first_event):
    e = first_event("Soldiers arrested twelve suspected jihadists near Djibo on Monday, the army said.", "en")
    assert e.sub_event_type == "Arrests"
    assert e.perpetrator.canonical_id != "bf_police"
    assert e.target_category == "armed_group"


@pytest.mark.parametrize("lang,text,army", [
    ("en", "Four men suspected of smuggling fuel to the insurgents were detained during a military operation around "
           "Djibo on Friday.", "bf_army"),
    ("fr", "Cinq suspects ont été interpellés par des soldats mercredi près de Boni, selon une source locale.", "fama"),
    ("fr", "Trois hommes ont été arrêtés lors d'une opération militaire dans les environs de Tillabéri samedi.",
     "niger_army"),
])
def test_an_arrest_made_by_soldiers_or_in_a_military_operation_is_the_armys(first_event, lang, text, army):
    e = first_event(text, lang)
    assert e.sub_event_type == "Arrests"
    assert e.perpetrator.canonical_id == army


def test_an_arrest_of_people_who_spoke_about_the_army_is_not_the_armys(first_event):
    e = first_event("Deux blogueurs ont été interpellés jeudi à Niamey après une vidéo critiquant l'armée.", "fr")
    assert e.sub_event_type == "Arrests"
    assert e.perpetrator is None


@pytest.mark.parametrize("lang,text,army", [
    ("fr", "La junte au pouvoir à Kidal a annoncé jeudi avoir arrêté une trentaine de personnes soupçonnées de préparer "
           "un complot.", "fama"),
    ("en", "The military government said on Friday it had arrested about forty people accused of plotting against it "
           "in Niamey.", "niger_army"),
])
def test_a_military_ruler_that_says_it_made_the_arrests_is_their_author(first_event, lang, text, army):
    e = first_event(text, lang)
    assert e.sub_event_type == "Arrests"
    assert e.perpetrator.canonical_id == army
