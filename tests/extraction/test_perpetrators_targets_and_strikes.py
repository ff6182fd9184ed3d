"""Perpetrator against target in French and English: state forces striking civilians, claims and self-declared
membership, victims of unarmed categories, air strikes without ground fighting (sentences written for these tests)."""

import pytest


@pytest.mark.parametrize("lang,text,perp", [
    ("fr", "Quatre chauffeurs de camion ont été tués par des hommes armés se réclamant du JNIM lundi près de Kayes.", "jnim"),
    ("en", "Four truck drivers were killed by gunmen claiming to belong to JNIM near Kayes on Monday.", "jnim"),
    ("en", "Three herders were shot dead near Kidal on Monday by men believed to belong to the JNIM.", "jnim"),
])
def test_gunmen_who_claim_membership_give_the_group_as_suspected_perpetrator(first_event, lang, text, perp):
    e = first_event(text, lang)
    assert e.perpetrator.canonical_id == perp
    assert e.attribution == "suspected"
    assert e.target_category == "civilians"


@pytest.mark.parametrize("lang,text,dead", [
    ("fr", "L'État islamique au Sahel a revendiqué l'assassinat du chef du village de Tessit, abattu lundi devant sa "
           "maison.", 1),
    ("fr", "Des hommes armés ont abattu le maire adjoint de Boni lundi soir.", 1),
])
def test_a_definite_singular_victim_of_a_french_killing_counts_one(first_event, lang, text, dead):
    assert first_event(text, lang).fatalities["best"] == dead


@pytest.mark.parametrize("lang,text", [
    ("fr", "L'armée a annoncé avoir neutralisé une trentaine de terroristes lors de frappes aériennes près de Boulkessi."),
    ("en", "The army said its aircraft had neutralised about thirty terrorists near Boulkessi on Monday."),
])
def test_an_air_strike_that_neutralised_fighters_is_an_air_strike_not_a_clash(first_event, lang, text):
    e = first_event(text, lang)
    assert e.sub_event_type == "Air/drone strike"
    assert e.target_category == "armed_group"


def test_an_air_strike_during_ground_fighting_is_a_clash(first_event):
    e = first_event("Des combats ont opposé l'armée à des jihadistes près de Boni lundi, avec l'appui de frappes aériennes, "
                 "faisant douze morts.", "fr")
    assert e.sub_event_type == "Armed clash"


@pytest.mark.parametrize("lang,text,perp_kind", [
    ("fr", "Une frappe de drone de l'armée malienne a tué au moins huit civils, dont des enfants, lors d'une foire "
           "hebdomadaire à Amasrakad dimanche.", "Air/drone strike"),
    ("en", "A Burkinabe army drone struck a funeral in the village of Bidi on Monday, killing at least 30 mourners, "
           "witnesses said.", "Air/drone strike"),
    ("en", "Nigerien soldiers killed 12 civilians in the village of Bangui on Monday, the local mayor said.", "Attack"),
    ("fr", "Des militaires burkinabè ont exécuté une vingtaine de civils dans le village de Nodin lundi, selon des "
           "survivants.", "Attack"),
])
def test_state_forces_that_kill_civilians_are_the_perpetrators_and_civilians_the_target(first_event, lang, text, perp_kind):
    e = first_event(text, lang)
    assert e.sub_event_type == perp_kind
    assert e.target_category == "civilians"
    assert e.perpetrator is not None and e.perpetrator.canonical_id not in (None, "unidentified_armed_group")
    assert "Military Forces" in e.perpetrator.name or e.perpetrator.canonical_id in ("fama", "bf_army", "niger_army")


@pytest.mark.parametrize("lang,text,category,sub", [
    ("fr", "Un enseignant a été abattu lundi par des individus armés devant son école à Djibo.", "civilians", "Attack"),
    ("fr", "Un imam et deux fidèles ont été tués lundi par des hommes armés dans une mosquée de Tahoua.", "civilians",
     "Attack"),
    ("fr", "Trois travailleurs humanitaires d'une ONG locale ont été enlevés lundi entre Gao et Ansongo.", "humanitarian",
     "Abduction/forced disappearance"),
    ("fr", "Le maire de Djenné a été enlevé lundi par des hommes armés.", "government_officials",
     "Abduction/forced disappearance"),
    ("en", "The mayor of Djenne was abducted by gunmen on Monday.", "government_officials",
     "Abduction/forced disappearance"),
    ("fr", "Des tirs d'obus ont visé lundi le camp de la Minusma à Tessalit, sans faire de victime.", "peacekeepers",
     "Shelling/artillery/missile attack"),
    ("en", "Unidentified gunmen attacked a gold mining site near Kidal on Monday, killing 15 miners.", "civilians", "Attack"),
])
def test_target_categories_of_unarmed_and_protected_victims(first_event, lang, text, category, sub):
    e = first_event(text, lang)
    assert (e.target_category, e.sub_event_type) == (category, sub)


@pytest.mark.parametrize("lang,text,sub,dead", [
    ("fr", "Les forces de l'ordre ont tiré à balles réelles sur des manifestants à Niamey lundi, tuant deux personnes.",
     "Excessive force against protesters", 2),
    ("en", "Security forces fired live rounds at protesters in Niamey on Monday, killing two.",
     "Excessive force against protesters", 2),
    ("fr", "Des manifestants ont incendié la mairie de Dori lundi.", "Violent demonstration", 0),
    ("en", "Protesters set fire to the town hall in Dori on Monday.", "Violent demonstration", 0),
])
def test_protests_met_with_lethal_force_or_turning_violent(first_event, lang, text, sub, dead):
    e = first_event(text, lang)
    assert (e.sub_event_type, e.fatalities["best"]) == (sub, dead)


@pytest.mark.parametrize("lang,text,perp,category", [
    ("fr", "Dans un communiqué relayé par l'agence Az-Zallaqa, le JNIM affirme avoir tué douze soldats lundi près de Boni.",
     "jnim", "security_forces"),
    ("fr", "Selon un communiqué du GSIM diffusé sur les réseaux sociaux, ses combattants ont tué neuf militaires lundi près "
           "de Dori.", "jnim", "security_forces"),
    ("en", "In a message relayed by its news agency, JNIM said its fighters killed 11 soldiers near Boni on Monday.",
     "jnim", "security_forces"),
])
def test_a_claim_relayed_by_an_intermediary_keeps_its_claimant_and_the_victims_after_the_source_clause(
        first_event, lang, text, perp, category):
    e = first_event(text, lang)
    assert (e.perpetrator.canonical_id, e.attribution, e.target_category) == (perp, "claimed", category)
    assert e.sub_event_type == "Armed clash"


@pytest.mark.parametrize("lang,text", [
    ("en", "Four teachers kidnapped near Tenenkou on Monday were later released unharmed."),
    ("fr", "Quatre enseignants enlevés lundi près de Ténenkou ont été libérés sains et saufs mercredi."),
])
def test_abductees_released_alive_are_no_deaths(first_event, lang, text):
    e = first_event(text, lang)
    assert (e.sub_event_type, e.fatalities["best"]) == ("Abduction/forced disappearance", 0)
