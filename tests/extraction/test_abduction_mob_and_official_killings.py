"""Killings after an abduction, mob violence, and attacks on civilian officials (sentences written for these tests)."""

import pytest

from sahelwatch.extraction.counts import sentence_fatalities


@pytest.mark.parametrize("lang,text,dead", [
    ("fr", "Trois commerçants enlevés lundi sur l'axe Boni-Hombori ont été retrouvés morts deux jours plus tard.", 3),
    ("fr", "Des hommes armés ont enlevé quatre bergers près de Djibo avant de les exécuter, selon des sources locales.", 4),
    ("fr", "Deux agents de santé ont été enlevés puis exécutés par des jihadistes présumés près de Bandiagara.", 2),
    ("en", "Five traders who were kidnapped near Boni on Monday were later found dead, local sources said.", 5),
    ("en", "Two aid workers kidnapped near Menaka were executed by their captors, a regional official said.", 2),
])
def test_an_abduction_that_ends_in_killings_is_an_attack_counting_the_abductees_once(first_event, lang, text, dead):
    e = first_event(text, lang)
    assert e.fatalities["best"] == dead
    assert e.sub_event_type == "Attack"


def test_an_abduction_with_no_killing_stays_an_abduction_with_no_deaths(first_event):
    e = first_event("Gunmen kidnapped three aid workers of a French NGO near Menaka on Monday.", "en")
    assert (e.sub_event_type, e.fatalities["best"], e.target_category) == (
        "Abduction/forced disappearance", 0, "humanitarian")


@pytest.mark.parametrize("lang,text,dead", [
    ("fr", "À Kayes, une foule en colère a lynché deux présumés voleurs de bétail dimanche.", 2),
    ("fr", "Un homme accusé de vol a été battu à mort par des habitants du quartier à Niamey samedi.", 1),
    ("fr", "Un présumé coupeur de route a été brûlé vif par la population à Dori vendredi.", 1),
    ("en", "An angry mob beat to death a suspected thief in Bamako on Saturday.", 1),
    ("en", "Residents lynched two men accused of cattle rustling near Dori on Tuesday, police said.", 2),
    ("en", "A suspected kidnapper was burned alive by a crowd in Maradi on Friday.", 1),
])
def test_lynching_and_popular_justice_are_mob_violence_with_their_dead(first_event, lang, text, dead):
    e = first_event(text, lang)
    assert (e.event_type, e.sub_event_type) == ("Riots", "Mob violence")
    assert e.fatalities["best"] == dead


@pytest.mark.parametrize("lang,text,dead", [
    ("fr", "Le préfet de Djibo a été tué mardi dans une embuscade tendue par des hommes armés sur l'axe Djibo-Ouahigouya.", 1),
    ("fr", "Un sous-préfet et son chauffeur ont été tués dans une embuscade près de Téra mardi.", 2),
    ("en", "The mayor of Tessit was killed in an ambush by suspected jihadists on Sunday.", 1),
    ("en", "Gunmen ambushed the convoy of the prefect of Ayorou on Monday, killing him and his driver.", 2),
])
def test_an_ambush_that_kills_a_civilian_official_is_an_attack_on_officials(first_event, lang, text, dead):
    e = first_event(text, lang)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert e.target_category == "government_officials"
    assert e.tactic == "ambush"
    assert e.fatalities["best"] == dead


@pytest.mark.parametrize("lang,text", [
    ("fr", "Lundi, des terroristes ont tendu une embuscade à un convoi de commerçants près de Sebba, tuant onze civils."),
    ("en", "Militants ambushed a convoy of traders near Sebba on Monday, killing eleven civilians."),
])
def test_an_ambush_of_a_civilian_convoy_is_an_attack(first_event, lang, text):
    e = first_event(text, lang)
    assert (e.sub_event_type, e.target_category, e.tactic, e.fatalities["best"]) == ("Attack", "civilians", "ambush", 11)


def test_an_ambush_of_soldiers_with_fighting_stays_an_armed_clash(first_event):
    e = first_event("Gunmen suspected to be members of JNIM ambushed an army patrol near Boni on Monday, killing seven "
                 "soldiers.", "en")
    assert (e.sub_event_type, e.tactic, e.target_category) == ("Armed clash", "ambush", "security_forces")


def test_a_kidnapping_followed_by_a_release_counts_no_deaths():
    r = sentence_fatalities("Four teachers kidnapped near Tenenkou on Monday were later released unharmed.", "en")
    assert r is None or r.best == 0
