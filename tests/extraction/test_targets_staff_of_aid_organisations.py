"""Target category: people named by their work (employees, staff members, drivers, "employés") are aid workers when
the employer the sentence gives them is an aid organisation ("two of its employees" of a charity, "employees of
the NGO"); the staff of another employer, or a sentence whose only aid organisation is its source, leave them
civilians (sentences written for these tests, places and organisations invented)."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen killed two of its employees near Kourfa on Monday, the aid group Sahel Care said, suspending its "
           "work in the area."),
    ("en", "After gunmen kill three staff members, a medical charity pulls out of Tabandi."),
    ("en", "The killing of a driver of the NGO is the latest attack on aid workers around Tabandi."),
    ("fr", "Deux employés de l'ONG Terre Verte ont été tués mardi par des hommes armés près de Kourfa."),
])
def test_the_staff_of_an_aid_organisation_are_aid_workers(first_event, lang, text):
    e = first_event(text, lang)
    assert e.sub_event_type == "Attack"
    assert e.target_category == "humanitarian"


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen killed two employees of a mining company near Kourfa, the Red Cross said."),
    ("fr", "Des hommes armés ont tué trois employés d'une société minière près de Kourfa, selon une ONG locale."),
    ("en", "Gunmen killed two workers near Kourfa on Monday, according to an NGO active in the area."),
    ("fr", "Des hommes armés ont tué deux travailleurs près de Kourfa, selon une ONG locale."),
])
def test_other_staff_or_an_aid_organisation_as_the_source_stay_civilians(first_event, lang, text):
    e = first_event(text, lang)
    assert e.sub_event_type == "Attack"
    assert e.target_category == "civilians"
