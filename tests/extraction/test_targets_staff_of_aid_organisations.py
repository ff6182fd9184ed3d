"""Target category: people named by their work (employees, staff members, drivers, "employés") are aid workers when
the employer the sentence gives them is an aid organisation ("two of its employees" of a charity, "employees of
the NGO") or the sentence names them with aid workers; the staff of another employer, a sentence whose only aid
organisation is its source or is only named in it, or a crisis or an access called humanitarian leave them civilians (sentences written for these tests, places and organisations invented)."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen killed two of its employees near Kourfa on Monday, the aid group Sahel Care said, suspending its "
           "work in the area."),
    ("en", "After gunmen kill three staff members, a medical charity pulls out of Tabandi."),
    ("en", "The killing of a driver of the NGO is the latest attack on aid workers around Tabandi."),
    ("fr", "Deux employés de l'ONG Terre Verte ont été tués mardi par des hommes armés près de Kourfa."),
    # staff named with the aid workers they are among
    ("en", "Two drivers were shot dead near Kourfa, the third deadly attack on aid workers in the province this year."),
    ("fr", "Trois chauffeurs ont été abattus près de Kourfa, nouvelle attaque contre les travailleurs humanitaires."),
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
    # "humanitarian" of a crisis, an access or aid, or aid groups only named in the sentence: no employer of theirs
    ("en", "Gunmen killed four workers near Tabandi on Friday, deepening the humanitarian emergency in the province."),
    ("en", "Gunmen shot dead two drivers near Tabandi, a road where humanitarian access has been blocked since May."),
    ("en", "Gunmen killed six workers near Tabandi, prompting aid agencies to suspend their convoys."),
    ("fr", "Des hommes armés ont tué quatre chauffeurs près de Tabandi, où l'accès humanitaire est coupé depuis mai."),
])
def test_other_staff_or_an_aid_organisation_as_the_source_stay_civilians(first_event, lang, text):
    e = first_event(text, lang)
    assert e.sub_event_type == "Attack"
    assert e.target_category == "civilians"
