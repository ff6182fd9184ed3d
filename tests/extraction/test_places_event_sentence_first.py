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
    # (the north of Togo is its Savanes region: test_places_compass_words_and_the_north_of_togo)
    loc = _where(text, lang)
    assert (loc.name, loc.country, loc.admin1) == ("Savanes", "Togo", "Savanes")


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


@pytest.mark.parametrize("lang, text", [
    ("en", "Gunmen killed ten civilians on Monday in Burkina Faso's restive Sahel region."),
    ("en", "Gunmen killed ten civilians on Monday in the restive Sahel region of Burkina Faso."),
    ("en", "Jihadists killed twelve villagers on Saturday in the volatile Sahel region of northern Burkina Faso."),
    ("en", "Attackers killed nine soldiers on Friday in Burkina's troubled Sahel region."),
    ("fr", "Des hommes armés ont tué huit civils dimanche dans la région du Sahel au Burkina Faso."),
    ("fr", "Des hommes armés ont tué huit civils dimanche dans le Sahel burkinabè, une région instable."),
])
def test_the_sahel_region_owned_by_burkina_faso_in_its_clause_is_its_region_whatever_its_epithet(lang, text):
    loc = _where(text, lang)
    assert (loc.country, loc.admin1) == ("Burkina Faso", "Sahel")
    assert loc.name == "Sahel"  # the owner's name is no place ("Burkina Faso's" read as a village)


@pytest.mark.parametrize("text", [
    "Gunmen killed ten civilians on Monday in West Africa's Sahel region.",
    "Gunmen killed ten civilians on Monday in the vast Sahel region.",
    "Gunmen killed ten civilians on Monday in the restive Sahel region, where Burkina Faso's army is stretched.",
])
def test_the_sahel_region_without_burkina_faso_in_its_clause_stays_the_wider_sahel(text):
    assert _where(text, "en").admin1 is None


def test_the_reviewers_wire_sentences_on_burkina_faso_sahel_region_are_placed_in_its_region(first_event):
    for text in ("Gunmen killed ten civilians on Monday in Burkina Faso's restive Sahel region.",
                 "Gunmen killed ten civilians on Monday in the restive Sahel region of Burkina Faso."):
        loc = first_event(text, "en").location
        assert (loc["country"], loc["admin1"]) == ("Burkina Faso", "Sahel")


@pytest.mark.parametrize("lang, text, where", [
    ("fr", "Gao : deux soldats ont été tués lundi dans une embuscade tendue par des jihadistes.", ("Gao", "Gao")),
    ("fr", "Tessalit - trois soldats ont été tués samedi lors d'une attaque contre leur camp.", ("Tessalit", "Kidal")),
    ("en", "Douentza: gunmen killed four herders on Tuesday, a local official said.", ("Douentza", "Mopti")),
])
def test_a_line_opening_place_stands_in_when_nothing_else_places_the_event(lang, text, where):
    loc = _where(text, lang)
    assert (loc.name, loc.admin1) == where
    assert loc.precision == "near" and loc.confidence < 0.85  # where the line is about, not the exact spot


def test_each_item_of_a_roundup_is_placed_by_its_own_opening_place():
    text = ("Ménaka - Trois civils ont été tués lundi par des hommes armés.\n"
            "Tombouctou - Un engin explosif a blessé deux soldats mardi.")
    first, second = (m.span() for m in re.finditer(r"[^\n]+", text))
    assert resolve_location(text, fold(text), "fr", [first]).name == "Ménaka"
    assert resolve_location(text, fold(text), "fr", [second]).name == "Tombouctou"


def test_the_reviewers_line_opening_place_reaches_the_coded_event(first_event):
    ev = first_event("Gao : deux soldats ont été tués lundi dans une embuscade tendue par des jihadistes.", "fr")
    assert (ev.location["name"], ev.location["admin1"]) == ("Gao", "Gao")


def test_a_line_opening_place_never_overrides_a_place_of_the_events_sentence():
    loc = _where("Gao : des hommes armés ont tué trois civils mardi près de Douentza.", "fr")
    assert (loc.admin1, loc.precision) == ("Mopti", "near")
    assert loc.name == "Douentza"


@pytest.mark.parametrize("lang, text", [
    ("fr", "NIAMEY (AFP) - Des hommes armés ont tué cinq villageois dimanche, a indiqué une source locale."),
    ("fr", "BAMAKO - Des hommes armés ont tué cinq villageois dimanche, a indiqué une source locale."),
    ("fr", "Bamako, 12 mars - Des hommes armés ont tué cinq villageois dimanche, selon une source locale."),
    ("en", "NIAMEY, Niger (Reuters) - Gunmen killed five villagers on Sunday, a local source said."),
])
def test_an_agency_dateline_never_stands_in_for_the_events_place(lang, text):
    assert _where(text, lang).admin1 is None


def test_a_resolver_failing_inside_its_lookup_is_not_read_as_no_such_place():
    from sahelwatch.extraction.places import FallbackGazetteer

    class Failing:
        """Knows no place by its name alone; fails when asked with the units around it."""

        def lookup(self, name, admin1=None, admin2=None, level=None, country=None):
            if admin1 or admin2:
                raise TypeError("a fault inside the resolver")
            return None

    text = "Des hommes armés ont tué trois civils à Ansongo, dans le cercle d'Ansongo, jeudi."
    spans = [(0, len(text))]
    with pytest.raises(TypeError, match="a fault inside the resolver"):
        resolve_location(text, fold(text), "fr", spans, gazetteers=[Failing(), FallbackGazetteer()])
