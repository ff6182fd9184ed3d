"""An approximating noun ("une quarantaine", "a dozen") says about so many: a precise count of the same side told
further on, no less than three quarters of it, is its count; a smaller one is no part of it. Later figures that add up
to the toll told first are its breakdown, so "others" among them (other people, other victims) are not more dead,
while "others" beyond a toll they do not add up to are still added (own texts, both languages)."""

from __future__ import annotations

import pytest


def toll(first_event, text, lang):
    return first_event(text, lang).fatalities["best"]


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Les gendarmes ont abattu une quarantaine de bandits lors d'accrochages autour de Foo dimanche. Selon le "
           "rapport de la gendarmerie, 33 bandits ont été tués au cours des accrochages.", 33),
    ("en", "Vigilantes killed a dozen bandits in the hills above Foo on Sunday. According to the police, the vigilantes "
           "shot dead ten bandits who had raided the herds.", 10),
])
def test_a_precise_count_near_an_approximation_is_its_count(first_event, lang, text, want):
    assert toll(first_event, text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Les gendarmes ont abattu une quarantaine de bandits lors d'accrochages autour de Foo dimanche. Plus tard, "
           "12 bandits ont été tués près d'un autre village.", 40),
])
def test_a_count_well_below_an_approximation_does_not_replace_it(first_event, lang, text, want):
    assert toll(first_event, text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Fifteen civilians died in Sunday's raid on Foo, the prefect said. The gunmen killed nine herders as they "
           "arrived. Four other people were shot dead as they left the village, and two were burned alive in a hut.", 15),
    ("fr", "Quinze civils sont morts dimanche lors du raid contre Foo, selon le préfet. Les assaillants ont abattu neuf "
           "éleveurs à leur arrivée. Quatre autres personnes ont été tuées alors qu'elles quittaient le village et deux "
           "ont été brûlées vives dans une case.", 15),
    # "others" beyond a toll they do not add up to are more dead
    ("en", "Six gendarmes were killed on Thursday when their convoy hit a mine near Kolondo. Three others later died of "
           "their wounds.", 9),
])
def test_others_among_a_breakdown_of_the_toll_are_no_more_dead(first_event, lang, text, want):
    assert toll(first_event, text, lang) == want
