"""Tolls that restate people counted elsewhere ("they were killed"), a vague figure of the armed side beside a
count, dead called martyrs, and a killing an event is said to come after (sentences written for these tests)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.counts import sentence_fatalities

from .test_counts_event_toll import toll


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Troops came under fire near Ayorou on Tuesday. They were killed when their truck stopped at a ford, and "
           "some 12 assailants were neutralised in the fighting. The ministry said 9 soldiers died in the ambush.", 21),
    ("fr", "Une patrouille est tombée dans une embuscade mardi près d'Ayorou. Ils ont été tués au passage d'un gué, et "
           "environ 12 assaillants ont été neutralisés. Le ministère indique que 9 soldats sont morts dans l'embuscade.",
     21),
])
def test_a_pronoun_killed_points_back_to_the_dead_counted_elsewhere(rules_only, lang, text, want):
    assert toll(rules_only, text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    ("en", "They were killed in the ambush, and about 12 militants were neutralised.", 12),
    ("en", "They were killed in the ambush.", 2),
])
def test_a_pronoun_killed_adds_nothing_to_a_figure_of_its_sentence(lang, text, want):
    assert sentence_fatalities(text, lang).best == want


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Au total 14 gendarmes sont morts, ainsi que plusieurs dizaines de terroristes, mardi près de Banibangou "
           "selon l'armée.", 14),
    ("fr", "Au total 14 gendarmes sont morts, ainsi que 6 terroristes, mardi près de Banibangou selon l'armée.", 20),
])
def test_a_vague_plural_of_attackers_is_not_added_to_a_count(lang, text, want):
    assert sentence_fatalities(text, lang).best == want


@pytest.mark.parametrize("lang,text,want", [
    ("en", "The army said the raid on its camp near Tahoua left \"14 martyrs\" and five wounded.", 14),
    ("fr", "L'armée annonce que l'attaque de son camp près de Tahoua a fait 14 martyrs et cinq blessés.", 14),
    ("en", "The ministry said \"several dozen\" of the assailants were killed in the counter-attack.", 24),
])
def test_martyrs_are_dead_and_a_quoted_figure_keeps_its_side(lang, text, want):
    r = sentence_fatalities(text, lang)
    assert r is not None and r.best == want


def test_a_quoted_figure_of_the_attackers_is_the_armed_sides():
    r = sentence_fatalities("The ministry said \"several dozen\" of the assailants were killed.", "en")
    assert r.side == "armed"


@pytest.mark.parametrize("lang,text", [
    ("en", "The kidnappings come days after eleven traders were killed at a market near Dori by men on motorbikes."),
    ("fr", "Ces enlèvements interviennent quelques jours après l'assassinat de onze commerçants près de Dori."),
])
def test_a_killing_an_event_comes_after_is_an_earlier_one(lang, text):
    assert sentence_fatalities(text, lang) is None


def test_a_killing_after_a_time_of_day_is_still_counted():
    r = sentence_fatalities("The raid came after midnight, and gunmen killed four farmers in their fields.", "en")
    assert r is not None and r.best == 4


@pytest.mark.parametrize("lang,text,want", [
    ("en", "On May 2, at least 20 people were killed in two attacks in Bankass and Djenne. In Bankass, gunmen killed "
           "12 civilians.", 12),
    ("fr", "Le 2 mai, au moins 20 personnes ont été tuées dans deux attaques près de Bankass et de Djenné. À Bankass, "
           "des hommes armés ont tué 12 civils.", 12),
    ("en", "On May 2, at least 20 people were killed in two attacks in Bankass and Djenne.", 20),
])
def test_a_total_over_several_attacks_gives_way_to_one_attacks_count(rules_only, lang, text, want):
    assert toll(rules_only, text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Le 2 mai, une dizaine de villageois ont été tués près de Bankass. Le maire indique que 14 corps ont été "
           "retrouvés au matin.", 14),
    ("en", "On May 2, about a dozen villagers were killed near Bankass. Rescuers recovered 14 bodies the next morning.",
     14),
])
def test_bodies_counted_are_dead_and_refine_a_rough_toll(rules_only, lang, text, want):
    assert toll(rules_only, text, lang) == want


def test_an_army_corps_counts_no_dead():
    assert sentence_fatalities("Un soldat a été tué lundi ; depuis, deux corps d'armée sont déployés dans la zone des "
                               "trois frontières.", "fr").best == 1
