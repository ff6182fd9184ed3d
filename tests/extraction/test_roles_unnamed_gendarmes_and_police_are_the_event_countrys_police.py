"""Gendarmes and police a text names with no country ("les gendarmes", "des policiers", "gendarmes") are the police
of the country the event takes place in (ACLED files a gendarmerie with its country's police), as unnamed soldiers
are its army: never Mali's whatever the country; with no country known they stay unnamed (sentences written for these
tests, with invented villages in real regions)."""

import pytest


@pytest.mark.parametrize("lang,text,police", [
    ("fr", "Mardi, les gendarmes ont arrêté quatre passeurs présumés à Kourfa, dans la région de Tillabéri, au Niger.",
     "niger_police"),
    ("en", "Gendarmes detained four suspected smugglers at Kourfa, in Niger's Tillaberi region, on Tuesday.",
     "niger_police"),
    ("fr", "Jeudi, la gendarmerie a interpellé trois voleurs de bétail près de Zinkoré, dans la région du Sahel, au "
           "Burkina Faso.", "bf_police"),
    ("fr", "Lundi, des policiers ont arrêté cinq suspects à Zinkoré, dans la région du Sahel, au Burkina Faso.",
     "bf_police"),
    ("fr", "Vendredi, les gendarmes ont arrêté deux trafiquants d'armes à Tiébala, dans la région de Ségou, au Mali.",
     "mali_police"),
])
def test_unnamed_gendarmes_or_police_who_arrest_are_the_event_countrys(first_event, lang, text, police):
    e = first_event(text, lang)
    assert e.perpetrator is not None and e.perpetrator.canonical_id == police


@pytest.mark.parametrize("lang,text,police", [
    ("fr", "Des hommes armés ont tué trois gendarmes lundi à Zinkoré, dans la région du Sahel, au Burkina Faso.",
     "bf_police"),
    ("en", "Gunmen killed three gendarmes at a checkpoint in Kourfa, in Niger's Tillaberi region, on Monday.",
     "niger_police"),
])
def test_unnamed_gendarmes_attacked_are_the_event_countrys(first_event, lang, text, police):
    e = first_event(text, lang)
    assert police in [a.canonical_id for a in e.actors if a.role == "target"]
    assert not any(a.canonical_id == "mali_police" for a in e.actors)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés ont tué trois gendarmes lundi."),
    ("en", "Gunmen killed three gendarmes on Monday."),
])
def test_gendarmes_of_no_known_country_are_no_countrys(first_event, lang, text):
    e = first_event(text, lang)
    assert e.target_category == "security_forces"
    assert not any(a.canonical_id == "mali_police" for a in e.actors)


def test_a_country_named_with_the_force_keeps_it(first_event):
    e = first_event("Mardi, des gendarmes maliens ont arrêté deux passeurs présumés à Kourfa, dans la région de "
                    "Tillabéri, au Niger.", "fr")
    assert e.perpetrator is not None and e.perpetrator.canonical_id == "mali_police"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Lundi, des jihadistes ont attaqué les soldats et les gendarmes d'un poste à Kandéro, au Bénin, tuant quatre "
           "militaires."),
    ("en", "Jihadists attacked soldiers and police officers at a post in Kandero, in northern Benin, on Monday, "
           "killing four."),
])
def test_police_read_as_the_army_of_a_country_with_no_police_known_are_one_actor_with_it(first_event, lang, text):
    e = first_event(text, lang)
    targets = [a.canonical_id for a in e.actors if a.role == "target"]
    assert len(targets) == len(set(targets)) >= 1
