"""State forces as perpetrators or victims when the cue is elsewhere: acting in a later sentence about another
day, accused or implicated, named as a country's military; claims worded "said it was behind"; armed men who
target civilians (own sentences, both languages)."""

from __future__ import annotations

import datetime as dt

import pytest

UNIDENTIFIED = "Unidentified armed group"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Au moins neuf gendarmes ont été tués dans une embuscade près de Sebba dimanche. Vendredi, une unité de "
           "l'armée avait abattu trois chefs terroristes dans la même zone, selon le gouvernement."),
    ("en", "At least nine gendarmes were killed in an ambush near Sebba on Sunday. On Friday, an army unit killed "
           "three militant leaders in the same area, the government said."),
    # forces that fell into an ambush are its target
    ("fr", "Le mardi 4 juin 2024, un convoi formé de soldats de l'armée de terre et d'une unité de la gendarmerie "
           "nationale venue de Dori est tombé dans une embuscade près de Seytenga. Le bilan fait état de neuf "
           "soldats tués."),
    ("en", "On Tuesday a convoy of Nigerien army troops and a police escort from Tera fell into an ambush near "
           "Gotheye, and nine soldiers were killed."),
])
def test_state_forces_acting_later_or_ambushed_are_the_target_not_the_perpetrator(first_event, lang, text):
    e = first_event(text, lang, dt.date(2024, 6, 6))
    assert e.perpetrator.name == UNIDENTIFIED
    assert e.target_category == "security_forces"


@pytest.mark.parametrize("text", [
    "Nigerien soldiers have been accused of killing eight herders near Banibangou, a rights group said. In "
    "response, the defence ministry promised an inquiry.",
    "Burkinabe troops have been implicated in the killing of 15 villagers near Djibo, according to a report "
    "released on Monday.",
])
def test_state_forces_accused_or_implicated_are_the_perpetrator(first_event, text):
    e = first_event(text, "en", dt.date(2024, 5, 6))
    assert e.perpetrator is not None and e.perpetrator.name != UNIDENTIFIED
    assert e.perpetrator.canonical_id in ("niger_army", "bf_army")


def test_a_countrys_military_is_its_state_forces(first_event):
    e = first_event("Officials in Burkina Faso said the country's military had killed 14 insurgents near Arbinda "
                    "on Tuesday.", "en", dt.date(2024, 5, 9))
    assert e.perpetrator is not None and e.perpetrator.canonical_id == "bf_army"


def test_a_group_saying_it_was_behind_an_attack_is_its_claimant(first_event):
    e = first_event("Militants killed 12 soldiers at a border post in Benin last week. JNIM, an al Qaeda affiliate "
                    "active in the Sahel, said it was behind the attack.", "en", dt.date(2024, 5, 9))
    assert e.perpetrator.canonical_id == "jnim"
    assert e.attribution == "claimed"


def test_armed_men_targeting_civilians_outrank_state_forces_of_an_earlier_day(first_event):
    e = first_event("Mercredi, des hommes armés ont encerclé un hameau de cultivateurs aux environs de Gayéri. Le 3 avril "
                    "déjà, quatre terroristes y avaient été abattus par l'armée.", "fr", dt.date(2024, 5, 9))
    assert e.perpetrator.name == UNIDENTIFIED
    assert e.sub_event_type == "Attack"


@pytest.mark.parametrize("lang,text", [
    ("en", "Nine gendarmes died on Friday in an ambush near Tillabéri. Fighters loyal to IS or al-Qaeda roam the region."),
])
def test_a_parent_named_after_the_other_parents_short_name_describes_the_groups(first_event, lang, text):
    e = first_event(text, lang, dt.date(2024, 5, 9))
    assert e.perpetrator.name == UNIDENTIFIED


def test_is_in_lower_case_is_the_verb_never_the_islamic_states_short_name(first_event):
    e = first_event("Nine gendarmes died on Friday in an ambush near Tillabéri. Fighters loyal to is or al-Qaeda roam "
                    "the region.", "en", dt.date(2024, 5, 9))
    assert e.perpetrator.canonical_id == "jnim"



@pytest.mark.parametrize("lang,text", [
    ("fr", "Une frappe aérienne de l'armée a tué sept civils samedi soir près de Dapaong, dans le nord du Togo."),
    ("en", "Army soldiers detained five men near Dapaong in northern Togo on Monday after a raid on a market."),
])
def test_unnamed_forces_of_a_country_with_no_army_of_its_own_in_the_registry_are_its_military_forces(first_event, lang,
                                                                                                      text):
    e = first_event(text, lang)
    assert e.perpetrator is not None and e.perpetrator.name == "Military Forces of Togo"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Douze civils ont été tués dimanche à Kolo, dans le nord du Burkina Faso, par des supplétifs de l'armée, "
           "selon une association locale."),
    ("en", "Army auxiliaries killed twelve civilians in Kolo, northern Burkina Faso, on Sunday, a local association "
           "said."),
])
def test_the_armys_auxiliaries_are_the_vdp_not_the_army(first_event, lang, text):
    assert first_event(text, lang).perpetrator.canonical_id == "vdp"
