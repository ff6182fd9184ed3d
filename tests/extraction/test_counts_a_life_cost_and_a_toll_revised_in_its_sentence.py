"""The life an attack cost a named victim ("a coûté la vie au maire"), and a toll revised further on in its own
sentence, which replaces the first figure instead of adding to it or being dropped as another source's (sentences
written for these tests, places invented or generic)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.counts import sentence_fatalities


def best(text, lang):
    r = sentence_fatalities(text, lang)
    return None if r is None else r.best


@pytest.mark.parametrize("text,n", [
    ("L'incursion a coûté la vie au gardien du forage de Foo.", 1),
    ("L'embuscade a coûté la vie à la conductrice du car.", 1),
    ("L'explosion a coûté la vie aux quatre passagers du véhicule.", 4),
    ("L'attaque de Foo a coûté la vie à au moins sept civils.", 7),
])
def test_the_life_an_attack_cost_is_counted(text, n):
    assert best(text, "fr") == n


def test_a_life_cost_to_a_place_is_no_victim():
    assert best("L'attaque a coûté la vie au poste de Foo, disent les habitants.", "fr") is None


@pytest.mark.parametrize("lang,text,n", [
    ("en", "Officials first put the toll at 14 dead, but residents now speak of a far heavier toll, 37 dead.", 37),
    ("en", "Eight soldiers were killed in the ambush near Foo, and the toll later rose to 11 dead.", 11),
    ("fr", "Les autorités ont d'abord annoncé 14 morts, mais des sources locales font état d'un bilan plus lourd : "
           "37 morts.", 37),
])
def test_a_toll_revised_further_on_replaces_the_first(lang, text, n):
    assert best(text, lang) == n


@pytest.mark.parametrize("lang,text,n", [
    # another source's figure for the same dead, not a revision: the first stands
    ("en", "The army said 14 soldiers were killed, but a local official said 20 died.", 14),
    # the other side's dead are added, whatever the word between
    ("en", "Gunmen killed six villagers near Foo, and a higher number of attackers, nine, were killed by troops.", 15),
])
def test_no_revision_without_a_revised_toll_of_the_same_dead(lang, text, n):
    assert best(text, lang) == n


@pytest.mark.parametrize("lang,sentences,n", [
    ("en", ["Gunmen killed five herders near Foo on Monday.", "In the same district, three guards were also killed last week."], 5),
    ("fr", ["Des hommes armés ont tué cinq éleveurs à Foo lundi.", "Deux autres gardes ont péri la semaine dernière près de Bar."], 5),
    # later deaths of the same event are still added
    ("en", ["Gunmen killed five herders near Foo on Monday.", "Two more died in hospital overnight."], 7),
    ("fr", ["Des hommes armés ont tué cinq éleveurs à Foo lundi.", "Deux autres ont succombé à leurs blessures."], 7),
])
def test_more_dead_told_at_another_time_are_another_events(event_toll, lang, sentences, n):
    assert event_toll(sentences, lang).best == n


@pytest.mark.parametrize("text,n", [
    ("La frappe a détruit un pick-up, neutralisant simultanément quatre occupants.", 4),
    ("Les assaillants ont froidement abattu trois bergers près de Foo.", 3),
])
def test_a_french_adverb_between_the_verb_and_its_object_keeps_the_count(text, n):
    assert best(text, "fr") == n
