"""An approximating noun ("une trentaine", "a dozen") says about so many: a precise count of the same side told
further on within three quarters of it is its count ("une trentaine" ... "28 assaillants neutralisés"), a smaller one
is no part of it. Later figures that add up to the toll told first are its breakdown: "others" among them are not
more dead ("between 12 and 14 were killed" ... "seven died at the market and three by the well" ... "two others died
later" is 12), while "others" beyond a toll they do not add up to are still added (own texts, both languages)."""

from __future__ import annotations

import pytest


def toll(first_event, text, lang):
    return first_event(text, lang).fatalities["best"]


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Une trentaine d'assaillants ont été abattus mardi par l'armée près de Kolondo. L'opération menée dans les "
           "environs de Kolondo a permis de neutraliser 27 assaillants.", 27),
    ("en", "A dozen militants were killed on Tuesday in air strikes near Foo. The strikes near Foo killed "
           "11 militants, the army said.", 11),
])
def test_a_precise_count_near_an_approximation_is_its_count(first_event, lang, text, want):
    assert toll(first_event, text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Une trentaine d'assaillants ont été abattus mardi par l'armée près de Kolondo. Plus tard, 9 assaillants ont "
           "été tués dans un village voisin.", 30),
])
def test_a_count_well_below_an_approximation_does_not_replace_it(first_event, lang, text, want):
    assert toll(first_event, text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Between 9 and 11 people were killed on Tuesday in the village of Foo, residents said. Four died in the "
           "market and three died near the well. Two others died later in hospital.", 9),
    ("fr", "Onze personnes ont été tuées mardi dans le village de Foo. Six ont péri au marché et trois ont péri près "
           "du puits. Deux autres ont succombé plus tard à l'hôpital.", 11),
    # "others" beyond a toll they do not add up to are more dead
    ("en", "Five soldiers were killed on Tuesday in an ambush near Foo. Two others later died of their wounds.", 7),
])
def test_others_among_a_breakdown_of_the_toll_are_no_more_dead(first_event, lang, text, want):
    assert toll(first_event, text, lang) == want
