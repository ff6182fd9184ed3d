"""Tolls given as a total and its breakdown, as a rough figure and a precise one, or spread over sentences with a
figure of another attack further on (own sentences, both languages)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.counts import sentence_fatalities


def toll(first_event, text: str, lang: str) -> int | None:
    """The toll of the first event the rules alone code from ``text``."""
    return first_event(text, lang).fatalities["best"]


def best(text: str, lang: str) -> int | None:
    r = sentence_fatalities(text, lang)
    return None if r is None else r.best


@pytest.mark.parametrize("lang,text,want", [
    # a total, then its breakdown with no comma before "dont": the total
    ("fr", "Vingt-deux personnes dont quinze bergers, cinq soldats et deux gendarmes ont été tuées lundi.", 22),
    ("fr", "Treize personnes dont huit commerçants ont été tuées près de la frontière.", 13),
    ("en", "Twelve people including seven traders and five drivers were killed on the road.", 12),
    # a breakdown with no total still adds up
    ("fr", "Cinq soldats et trois civils ont été tués lundi.", 8),
])
def test_a_total_before_its_breakdown_is_the_count(lang, text, want):
    assert best(text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    # the items of a toll add up, "et de" included
    ("fr", "Le bilan officiel fait état de sept policiers et de trois civils tués.", 10),
    ("fr", "Le bilan provisoire est de 21 militaires et cinq supplétifs tués.", 26),
    # a participle after the first item closes it: the next figure is no death
    ("fr", "Le bilan est de plusieurs soldats tués et quatre faits prisonniers.", 2),
])
def test_the_items_of_a_toll_add_up_until_a_participle_closes_one(lang, text, want):
    assert best(text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Nine soldiers were killed at the post, while one assailant was killed.", 10),
    ("fr", "Huit gendarmes ont été tués, tandis qu'un assaillant a été tué.", 9),
])
def test_a_single_victim_after_a_subordinating_conjunction_counts(lang, text, want):
    assert best(text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    # "at least a dozen" is rough: a precise count of the same side replaces it
    ("fr", "Au moins une dizaine de soldats ont été tués mardi lors de l'attaque du poste de Kelbo. Selon une source "
           "militaire, 13 soldats ont été tués dans les combats.", 13),
    ("en", "At least a dozen soldiers were killed on Tuesday in an attack on a post near Tahoua. Officials later said "
           "14 soldiers were killed in the fighting.", 14),
])
def test_a_precise_count_replaces_a_rough_floor(first_event, lang, text, want):
    assert toll(first_event, text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    # "près de vingt" is at most 20: a later count of 17 is this attack's, a later 45 is a cumulative toll
    ("fr", "Près de vingt éleveurs ont été tués mardi dans le village de Fitili. Dix-sept éleveurs ont été tués dans "
           "les pâturages. En un mois, 45 éleveurs ont été tués dans la commune.", 17),
    ("en", "Nearly thirty herders were killed on Tuesday in the village of Fitili. Twenty-eight herders were killed "
           "in the pastures. Over a month, 61 herders were killed in the district.", 28),
])
def test_a_precise_count_replaces_a_rough_one_only_within_its_range(first_event, lang, text, want):
    assert toll(first_event, text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    # the main sentence counts no dead: the first figure of the event is its toll, not the largest one further on
    ("fr", "Le poste militaire de Kelbo a été attaqué lundi par des hommes armés. Au moins 11 militaires ont été tués. "
           "Jeudi, 36 militaires avaient été tués dans une embuscade entre Djibo et Arbinda, non loin de là.", 11),
    ("en", "An army post near Kelbo came under attack on Monday. At least 11 soldiers were killed. Last week, 36 "
           "soldiers were killed in an ambush between Djibo and Arbinda.", 11),
])
def test_with_no_figure_in_the_main_sentence_the_first_figure_is_the_toll(first_event, lang, text, want):
    assert toll(first_event, text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Un chef de village a été tué lundi près de Kaya avec deux autres notables.", 3),
    ("en", "A trader was killed on Monday near Kaya along with three others.", 4),
    # "avec" that gives no companions adds nothing
    ("fr", "Un soldat a été tué lundi avec une arme blanche près de Kaya.", 1),
])
def test_companions_given_as_others_add_to_the_dead(lang, text, want):
    assert best(text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    # a comma before "et" keeps the coordination of the subject's counts
    ("fr", "Mardi, quatre employés d'une société minière, et un gendarme, ont été tués près de Kayes.", 5),
])
def test_counts_coordinated_across_a_comma_add_up(lang, text, want):
    assert best(text, lang) == want
