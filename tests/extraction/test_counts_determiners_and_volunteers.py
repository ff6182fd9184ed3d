"""Counts after a determiner, articles that are not approximations, and who counts as an armed volunteer
(sentences written for these tests)."""

import pytest


def test_an_article_before_a_noun_is_not_a_rough_figure(first_event):
    # "Une femme" is one exact victim: a larger figure of a later sentence must not replace it
    ev = first_event("Une femme a été tuée lundi à Boni par des hommes armés. Selon des sources locales, les "
                     "assaillants ont ensuite tué douze soldats près de Douentza.", "fr")
    assert ev.fatalities["best"] != 12


def test_a_rough_figure_still_gives_way_to_a_precise_count_of_its_side(first_event):
    ev = first_event("Plusieurs soldats ont été tués lundi près de Boni. L'armée a précisé avoir perdu six hommes.",
                     "fr")
    assert ev.fatalities["best"] == 6


@pytest.mark.parametrize("text,best", [
    ("Gunmen killed the three soldiers guarding the post near Djibo on Monday.", 3),
    ("Gunmen killed the village chief of Boni on Monday.", 1),
    ("Gunmen shot dead the deputy mayor of Djibo on Monday.", 1),
])
def test_english_definite_victims_are_counted_by_their_figure_or_as_one(first_event, text, best):
    assert first_event(text, "en").fatalities["best"] == best


def test_english_definite_plural_victims_give_a_floor_not_a_count(first_event):
    f = first_event("Gunmen killed the chiefs of two villages near Djibo on Monday.", "en").fatalities
    assert f["low"] == 2 and f["best"] is None


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen killed two health volunteers near Djibo on Monday."),
    ("en", "Gunmen killed two volunteers of the Red Cross near Djibo on Monday."),
    ("fr", "Des hommes armés ont tué deux volontaires d'une ONG près de Djibo lundi."),
    ("fr", "Des hommes armés ont tué deux volontaires de santé près de Djibo lundi."),
])
def test_aid_and_health_volunteers_are_not_security_forces(first_event, lang, text):
    ev = first_event(text, lang)
    assert ev.target_category in ("civilians", "humanitarian")
    assert ev.sub_event_type == "Attack"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des terroristes ont tué cinq volontaires pour la défense de la patrie (VDP) lundi près de Djibo."),
    ("en", "Jihadists killed five volunteers fighting alongside the army near Djibo on Monday."),
])
def test_defence_volunteers_are_security_forces(first_event, lang, text):
    assert first_event(text, lang).target_category == "security_forces"
