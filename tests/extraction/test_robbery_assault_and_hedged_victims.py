"""Robbery against assault, killings by named verbs, and hedged descriptions of victims (sentences written for these
tests)."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "Armed men robbed a group of traders on the road to Hombori on Monday; no one was hurt."),
    ("en", "Gunmen seized a car belonging to an NGO in Kidal on Monday."),
    ("fr", "Des bandits armés ont braqué lundi un car de voyageurs sur l'axe Gao-Ansongo, sans faire de victime."),
])
def test_a_robbery_without_violence_to_people_is_looting(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen assaulted and robbed traders on the road to Hombori on Monday."),
    ("fr", "Des hommes armés ont agressé et dépouillé des commerçants lundi sur la route de Hombori."),
])
def test_an_assault_on_people_is_an_attack_not_a_clash(first_event, lang, text):
    e = first_event(text, lang)
    assert (e.sub_event_type, e.target_category) == ("Attack", "civilians")


@pytest.mark.parametrize("text,dead", [
    ("Unknown gunmen assassinated a village chief and his two sons near Ansongo on Monday.", 3),
    ("Gunmen assassinated two traders in Gao on Monday.", 2),
    ("The corpses of 12 herders were found near Menaka on Monday.", 12),
])
def test_killings_named_by_assassination_or_corpses_are_counted(first_event, text, dead):
    e = first_event(text)
    assert e.fatalities["best"] == dead
    assert e.sub_event_type == "Attack"
    assert e.target_category == "civilians"


@pytest.mark.parametrize("lang,text,perp", [
    ("en", "French forces carried out airstrikes on Monday near Tessit, killing about ten militants believed to belong "
           "to the Islamic State in the Greater Sahara.", "french_forces"),
    ("fr", "L'armée a neutralisé lundi une dizaine de terroristes présumés membres de l'EIGS près de Ménaka.", "fama"),
    ("en", "Troops killed 12 suspected JNIM militants near Boni on Monday.", "fama"),
])
def test_a_hedge_that_describes_the_victims_does_not_make_them_perpetrators(first_event, lang, text, perp):
    e = first_event(text, lang)
    assert e.perpetrator.canonical_id == perp
    assert e.target_category == "armed_group"


@pytest.mark.parametrize("lang,text,perp", [
    ("en", "Nine soldiers were killed during an attack by suspected JNIM fighters near Boni on Monday.", "jnim"),
    ("fr", "Dix soldats ont été tués lundi lors d'une attaque de présumés membres du JNIM près de Boni.", "jnim"),
    ("en", "Ten civilians were killed on Monday near Boni by gunmen suspected of belonging to JNIM.", "jnim"),
])
def test_a_hedge_on_the_attackers_still_names_them(first_event, lang, text, perp):
    e = first_event(text, lang)
    assert (e.perpetrator.canonical_id, e.attribution) == (perp, "suspected")


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Gunmen killed four villagers in Dinangourou on 11-12 March 2024.", "2024-03-11"),
    ("en", "Gunmen killed four villagers near Boni on Monday, a week after an earlier raid back in March.", "2024-06-10"),
    ("en", "Police arrested nine people in Gao on Monday after three traders were killed there in February.", "2024-06-10"),
    ("fr", "Des hommes armés ont tué quatre villageois lundi près de Boni, en représailles à une attaque survenue en mars.",
     "2024-06-10"),
    ("en", "Gunmen killed four villagers near Boni on Monday. Residents said the village had been attacked in March.",
     "2024-06-10"),
])
def test_a_month_in_a_side_clause_or_later_sentence_does_not_date_the_event(first_event, lang, text, expected):
    assert first_event(text, lang).event_date == expected
