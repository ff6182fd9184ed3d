"""The target category is read from the victims, not from words that only look like them: a force's noun used as an
adjective ("une attaque armée", "les autorités militaires", "a military source"), the speaker who reports the event
("the mayor says", "a dit un élu"), the houses or motorbikes beside an attack on people, a name in quotes after its
hedge (sentences written for these tests, places invented or generic)."""

import pytest


@pytest.mark.parametrize("lang,text,category", [
    ("fr", "Mardi soir, une attaque armée contre son domicile a tué le maire de Sanbara, selon une source locale.",
     "government_officials"),
    ("fr", "Cinq bergers ont été tués jeudi près de Wolo, selon les autorités militaires de la région.", "civilians"),
    ("en", "Five herders were killed on Thursday near Wolo, a military source told reporters.", "civilians"),
])
def test_a_force_noun_used_as_an_adjective_names_no_victims(first_event, lang, text, category):
    assert first_event(text, lang).target_category == category


@pytest.mark.parametrize("lang,text", [
    ("en", "Insurgents killed a military spokesman and his driver on the Wolo road on Sunday."),
    ("en", "Two military officials died on Sunday when their vehicle was ambushed near Wolo."),
    ("fr", "Un haut responsable militaire et son chauffeur ont été abattus dimanche sur la route de Wolo par des hommes "
           "armés."),
    ("fr", "Des assaillants ont tué dimanche deux dirigeants militaires de la région près de Wolo."),
])
def test_a_force_s_people_named_by_their_office_are_security_forces(first_event, lang, text):
    # officials, leaders and spokesmen of the army are its personnel: "military" before them is no mere adjective
    assert first_event(text, lang).target_category == "security_forces"


@pytest.mark.parametrize("lang,text", [
    ("en", "Three military officials said gunmen killed eleven herders near Wolo on Sunday."),
    ("fr", "Onze éleveurs ont été tués dimanche près de Wolo, selon un responsable militaire."),
    ("fr", "Un porte-parole militaire a déclaré que des hommes armés avaient tué onze éleveurs dimanche près de Wolo."),
])
def test_a_force_s_official_who_reports_the_dead_is_not_among_them(first_event, lang, text):
    assert first_event(text, lang).target_category == "civilians"


@pytest.mark.parametrize("lang,text", [
    ("en", "The mayor of Sanbara says at least nine villagers died after gunmen raided the market on Sunday."),
    ("fr", "Dans un communiqué, le gouverneur de la province informe la population que onze corps de villageois ont été "
           "retrouvés lundi près de Wolo."),
    ("fr", "Le bilan est de huit morts parmi les habitants de Wolo, a dit un élu local joint par téléphone."),
])
def test_the_speaker_who_reports_the_dead_is_not_among_them(first_event, lang, text):
    assert first_event(text, lang).target_category == "civilians"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés à motos ont attaqué dimanche soir le hameau de Wolo, dans le centre du pays."),
    ("en", "Gunmen riding motorbikes and pickup vehicles attacked the hamlet of Wolo on Sunday night."),
    ("fr", "Un camion de la société des eaux et ses occupants ont été enlevés mardi par des individus armés près de Wolo."),
])
def test_an_attack_or_a_kidnapping_is_done_to_people_not_property(first_event, lang, text):
    assert first_event(text, lang).target_category == "civilians"


def test_the_civilian_victims_in_the_feminine(first_event):
    e = first_event("Une frappe de drone a fait douze victimes civiles samedi sur le marché de Wolo, selon des sources "
                    "locales.", "fr")
    assert e.target_category == "civilians"


def test_a_name_in_quotes_after_its_hedge_is_the_perpetrator(first_event):
    e = first_event("Six éleveurs ont été tués lundi à Wolo par des hommes armés \"appartenant à l'EIGS\", a indiqué "
                    "une source locale.", "fr")
    assert e.perpetrator is not None and e.perpetrator.canonical_id in ("isgs", "is_sahel")
