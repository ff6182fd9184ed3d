"""The event's place over the places a story names for other reasons: where it was filed, where a convoy
was heading, a region named in another sentence, the wider Sahel, a country's name.

Sentences written for these tests (not taken from any evaluation set)."""

from __future__ import annotations

import re

import pytest

from sahelwatch.extraction.places import resolve_location
from sahelwatch.folding import fold_aligned as fold


def _where(text: str, lang: str):
    """The place resolved from ``text``, each sentence a span in order (as the pipeline passes them)."""
    spans = [m.span() for m in re.finditer(r"[^.!?\n]+[.!?]?", text) if m.group().strip()]
    return resolve_location(text, fold(text), lang, spans)


@pytest.mark.parametrize("lang, text", [
    ("fr", "BAMAKO: Des hommes armés ont tué quatre civils mardi. L'attaque a eu lieu près de Douentza."),
    ("fr", "BAMAKO (AFP) - Des hommes armés ont tué quatre civils mardi. L'attaque a eu lieu près de Douentza."),
    ("en", "BAMAKO, Mali (AP) — Gunmen killed four civilians on Monday. It happened near Douentza, officials said."),
    ("en", "Bamako: gunmen killed four civilians on Monday. The attack happened near Douentza."),
    ("fr", "(Belga) Des assaillants ont tué six bergers près de Douentza mardi."),
])
def test_the_dateline_or_agency_is_not_where_the_event_happened(lang, text):
    loc = _where(text, lang)
    assert (loc.country, loc.admin1) == ("Mali", "Mopti")


def test_a_dash_inside_a_place_name_at_a_line_start_is_no_dateline():
    loc = _where("Gourma-Rharous a été attaquée jeudi par des hommes armés.", "fr")
    assert (loc.country, loc.admin1) == ("Mali", "Tombouctou")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Un convoi de camions en provenance de Kayes a été attaqué dimanche. L'embuscade a eu lieu près de Niono."),
    ("en", "A convoy of trucks heading to Kayes was ambushed on Sunday. The attack happened near Niono."),
])
def test_where_a_convoy_came_from_or_was_heading_is_not_the_events_place(lang, text):
    loc = _where(text, lang)
    assert (loc.country, loc.admin1) == ("Mali", "Segou")


def test_a_region_named_in_another_sentence_does_not_override_a_known_place():
    loc = _where("Des hommes armés ont tué trois civils à Ansongo jeudi. "
                 "Dans la région de Mopti, le couvre-feu a été prolongé.", "fr")
    assert (loc.country, loc.admin1) == ("Mali", "Gao")


def test_a_region_in_the_events_own_sentence_still_places_an_unknown_village():
    loc = _where("Des hommes armés ont attaqué le village de Zorkabougou, dans la région de Mopti.", "fr")
    assert (loc.country, loc.admin1) == ("Mali", "Mopti")


def test_an_unknown_place_without_context_gives_way_to_a_later_known_one():
    loc = _where("Les assaillants ont frappé à Zorkabougou mardi soir. Le hameau se trouve près de Tessalit.", "fr")
    assert (loc.country, loc.admin1) == ("Mali", "Kidal")


def test_an_unknown_place_without_context_is_kept_when_nothing_else_places_the_event():
    loc = _where("Les assaillants ont frappé à Zorkabougou mardi soir, au Mali.", "fr")
    assert loc.name == "Zorkabougou" and loc.admin1 is None


@pytest.mark.parametrize("text", [
    "Gunmen ambushed a patrol near Tongo Tongo in the restive Sahel region, close to Burkina Faso.",
    "Gunmen ambushed a patrol near Tongo Tongo in West Africa's Sahel region, Burkina Faso's neighbour.",
])
def test_the_wider_sahel_never_overrides_a_known_place(text):
    loc = _where(text, "en")
    assert (loc.country, loc.admin1) == ("Niger", "Tillaberi")


def test_the_wider_sahel_is_no_region_of_burkina_faso():
    loc = _where("Burkina Faso's army said jihadists are active across the vast Sahel region.", "en")
    assert loc.admin1 is None


@pytest.mark.parametrize("lang, text", [
    ("fr", "Des hommes armés ont tué deux soldats dans le nord du Togo, selon l'armée."),
    ("en", "Gunmen killed two soldiers in northern Togo, the army said."),
])
def test_a_neighbouring_countrys_name_is_never_read_as_a_village(lang, text):
    loc = _where(text, lang)
    assert loc.country != "Mali" and loc.admin1 is None


@pytest.mark.parametrize("lang, text", [
    ("en", "\"We ran into the bush,\" a villager said on Monday. Gunmen had attacked a market near Douentza."),
    ("fr", "Si les assaillants sont partis, la peur reste. Des hommes armés ont attaqué un marché près de Douentza."),
])
def test_a_capitalised_function_word_is_no_village(lang, text):
    loc = _where(text, lang)
    assert (loc.country, loc.admin1) == ("Mali", "Mopti")


@pytest.mark.parametrize("lang, text, where", [
    ("fr", "Deux soldats togolais ont été tués près de Mandouri, dans le nord du pays.", ("Togo", "Savanes")),
    ("en", "Gunmen killed five soldiers near Malanville in northern Benin.", ("Benin", "Alibori")),
])
def test_a_town_of_a_neighbouring_country_named_by_the_text_is_placed_there(lang, text, where):
    loc = _where(text, lang)
    assert (loc.country, loc.admin1) == where


def test_a_town_of_a_neighbouring_country_the_text_does_not_name_is_not_placed():
    loc = _where("Des hommes armés ont tué trois civils à Kandi mardi.", "fr")
    assert loc.admin1 is None


def test_a_neighbour_named_for_its_soldiers_does_not_move_a_malian_town():
    loc = _where("Trois Casques bleus tchadiens ont été tués à Kidal mardi.", "fr")
    assert (loc.country, loc.admin1) == ("Mali", "Kidal")
