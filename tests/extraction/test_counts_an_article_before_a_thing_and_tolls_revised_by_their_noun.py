"""An article before a noun that names no person (a report's word, an aircraft, an act) is no count of one; a toll
is revised only by its own noun ("le bilan est passé à", never a group "passé à l'attaque"); "au moins" or "au total"
between a life cost and its figure keeps the figure (sentences written for these tests, places invented)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.counts import sentence_fatalities


def reading(text, lang):
    r = sentence_fatalities(text, lang)
    return None if r is None else (r.best, r.high)


@pytest.mark.parametrize("lang,text,n", [
    ("fr", "Des bandits ont tué quatre bergers près de Foo, un bilan que la mairie juge encore incomplet.", 4),
    ("fr", "Les assaillants ont tué cinq commerçants, une attaque aussitôt imputée à un groupe armé.", 5),
    ("en", "Raiders killed five traders near Foo, a toll the mayor called provisional.", 5),
    ("fr", "Lundi, les soldats ont abattu un drone des assaillants et tué trois assaillants près de Foo.", 3),
    ("fr", "Un hélicoptère de l'armée a été abattu près de Foo ; ses deux pilotes ont été tués.", 2),
    ("en", "Militants shot down an army drone near Foo and killed two soldiers.", 2),
])
def test_an_article_before_a_thing_counts_no_one(lang, text, n):
    assert reading(text, lang)[0] == n


@pytest.mark.parametrize("lang,text,n", [
    ("fr", "Des bandits ont tué quatre bergers et un enfant près de Foo.", 5),
    ("fr", "Les jihadistes ont abattu un berger près de Foo.", 1),
    ("en", "Raiders killed two guards and a village chief near Foo.", 3),
    ("en", "Raiders shot dead a herder near Foo.", 1),
])
def test_an_article_before_a_person_still_counts_one(lang, text, n):
    assert reading(text, lang)[0] == n


@pytest.mark.parametrize("lang,text,n", [
    ("fr", "Trois gendarmes ont été tués près de Foo, puis le commando est passé à l'attaque d'un hameau voisin où il "
           "a tué deux éleveurs.", 5),
    ("fr", "Deux chauffeurs ont été tués à Foo, où un passant a été passé à tabac avant que trois autres chauffeurs soient "
           "abattus.", 5),
    ("en", "Six guards were killed near Foo, and the raiders then climbed to a hilltop where they shot dead two herders.", 8),
])
def test_a_verb_of_revision_without_the_tolls_noun_revises_nothing(lang, text, n):
    assert reading(text, lang)[0] == n


@pytest.mark.parametrize("lang,text,n", [
    ("fr", "Onze soldats ont été tués près de Foo, et le bilan est ensuite passé à quinze morts.", 15),
    ("en", "Nine guards were killed near Foo, and the number of dead later rose to 13 dead.", 13),
])
def test_a_toll_revised_by_its_noun_still_replaces_the_first(lang, text, n):
    assert reading(text, lang)[0] == n


@pytest.mark.parametrize("text,expected", [
    ("L'embuscade tendue près de Foo a coûté la vie au moins à huit gendarmes.", (8, None)),
    ("Les combats de Foo ont coûté la vie au total à dix villageois.", (10, 10)),
])
def test_at_least_or_in_all_before_a_life_costs_figure_keeps_it(text, expected):
    assert reading(text, "fr") == expected
