"""Figures restated in digits, floors worded "a minimum of" or "greater than", and a subset given as "four of
them" (own sentences, both languages)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.counts import sentence_fatalities


def reading(text: str, lang: str):
    r = sentence_fatalities(text, lang)
    assert r is not None, text
    return r


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Le bilan fait état de huit (08) soldats tués à Kaya.", 8),
    ("fr", "L'attaque a fait au moins onze 11 morts parmi les orpailleurs.", 11),
    ("en", "Gunmen killed nine (9) traders on the market road.", 9),
])
def test_a_figure_restated_in_digits_counts_once(lang, text, want):
    assert reading(text, lang).best == want


@pytest.mark.parametrize("lang,text,best,high", [
    ("en", "Insurgents killed a minimum of 31 soldiers near the river.", 31, None),
    ("en", "Greater than 60 fighters were killed in the counter-attack.", 61, None),
    ("en", "In excess of 20 villagers were killed overnight.", 21, None),
    ("fr", "Un minimum de 14 civils ont été tués dans le raid.", 14, None),
])
def test_floor_wordings_are_floors_not_an_article(lang, text, best, high):
    r = reading(text, lang)
    assert (r.best, r.high) == (best, high)


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Seven farmers, three of them brothers, were killed in their fields on Sunday.", 7),
    ("en", "Gunmen killed eleven miners, two of whom were teenagers, at the gold site.", 11),
])
def test_a_subset_told_as_n_of_them_is_part_of_the_total(lang, text, want):
    assert reading(text, lang).best == want


@pytest.mark.parametrize("lang,text,want", [
    # a headline run into its lead: the breakdown told twice in one sentence counts once
    ("en", "Two gendarmes, six herders killed in Menaka ambush Gunmen killed two gendarmes and six herders on Thursday, "
           "the governor said.", 8),
    ("fr", "Des dizaines de morts à Seytenga Des dizaines de personnes ont été tuées mardi à Seytenga.", 20),
    # two bare figures of different victims in one sentence still add up
    ("en", "Two soldiers were killed in Kaya and two traders were killed in Dori.", 4),
])
def test_figures_told_twice_in_one_sentence_count_once(lang, text, want):
    assert reading(text, lang).best == want
