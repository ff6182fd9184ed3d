"""A compass word is a part of a country, not the unit of that name: "le Nord-Ouest" is never cut to Burkina
Faso's Nord region, and "le Nord du pays", "the North of Togo" name no unit (the unit is "la région du Nord",
"the Nord region"). The north of Togo, in any of its spellings ("northern Togo", "Togo's far northwest", "le
nord du pays" in a text on Togo), is its Savanes region, and a direction given alone in a text on the country
("in the far northwest, by the border", "dans l'est") is read too; the direction may come from any of the event's
sentences, not only the first.

Sentences written for these tests, with invented villages (not taken from any evaluation set)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.places import resolve_location, text_places
from sahelwatch.folding import fold_aligned as fold


def _mentions(text: str, lang: str) -> dict[str, object]:
    return {m.surface: m.entry for m in text_places(text, fold(text), lang)}


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for i, c in enumerate(text):
        if c == "." and (i + 1 == len(text) or text[i + 1] == " "):
            spans.append((start, i + 1))
            start = i + 2
    return spans


@pytest.mark.parametrize("lang, text, surface", [
    ("fr", "L'armée a repoussé mardi une attaque dans le Nord-Ouest, selon un communiqué.", "Nord-Ouest"),
    ("fr", "Des tirs ont visé un poste militaire dans le Nord du pays dans la nuit de lundi.", "Nord"),
    ("en", "Raiders struck a checkpoint in the North of Togo overnight, the ministry said.", "North"),
])
def test_a_compass_word_is_no_unit(lang, text, surface):
    entry = _mentions(text, lang).get(surface)
    assert entry is None


@pytest.mark.parametrize("lang, text", [
    ("fr", "Au Burkina Faso, des hommes armés ont tué deux bergers dans la région du Nord, selon le gouverneur."),
    ("en", "Gunmen killed two herders in Burkina Faso's Nord region on Monday, the governor said."),
])
def test_a_compass_word_with_its_unit_word_is_the_unit(lang, text):
    entry = _mentions(text, lang).get("Nord")
    assert entry is not None and (entry.country, entry.admin1) == ("Burkina Faso", "Nord")


@pytest.mark.parametrize("lang, text", [
    ("en", "Soldiers of Togo fought off raiders at a post near Kwabelo in Togo's far northwest on Friday."),
    ("en", "Togo's army said an air patrol had wrongly struck herders near Sanfoudi in northern Togo."),
    ("fr", "L'armée togolaise a repoussé des assaillants près de Kwabelo, dans le nord du pays, samedi."),
    ("en", "On Friday soldiers of Togo drove off raiders in the far northwest, by the border with Burkina Faso."),
])
def test_the_north_of_togo_is_its_savanes_region(lang, text):
    loc = resolve_location(text, fold(text), lang, _sentences(text))
    assert (loc.country, loc.admin1) == ("Togo", "Savanes")


def test_a_later_sentence_of_the_event_may_give_the_direction():
    text = ("Togo's army said that raiders had struck a post at dawn on Friday. "
            "The post lies near Kwabelo, in the far north of Togo, the army said.")
    loc = resolve_location(text, fold(text), "en", _sentences(text))
    assert (loc.country, loc.admin1) == ("Togo", "Savanes")


def test_a_direction_of_another_place_is_not_the_countrys():
    text = "Au Burkina Faso, des hommes armés ont attaqué un convoi dans le nord de Kwabelo, selon une source."
    loc = resolve_location(text, fold(text), "fr", _sentences(text))
    assert loc.admin1 is None


@pytest.mark.parametrize("lang, text", [
    ("fr", "Au Niger, des assaillants ont tué le maire de Torodi et trois gardes lundi. Les autorités nigériennes "
           "accusent un groupe actif dans la région du Sahel, entre le Niger, le Mali et le Burkina Faso."),
    ("en", "Gunmen killed the mayor of Torodi and three guards in Niger on Monday. Niger's government blamed a group "
           "active across the Sahel region, where Niger, Mali and Burkina Faso meet."),
])
def test_a_unit_with_a_generic_name_is_only_of_the_texts_country(lang, text):
    loc = resolve_location(text, fold(text), lang, _sentences(text))
    assert (loc.country, loc.admin1) == ("Niger", "Tillaberi")
    assert _mentions(text, lang).get("Sahel") is None


def test_burkinas_own_sahel_region_is_still_read_in_a_text_on_burkina_faso():
    text = "Au Burkina Faso, des hommes armés ont tué six civils dans la région du Sahel, selon le gouverneur."
    entry = _mentions(text, "fr").get("Sahel")
    assert entry is not None and (entry.country, entry.admin1) == ("Burkina Faso", "Sahel")


@pytest.mark.parametrize("lang, text", [
    ("en", "Five gendarmes died on Sunday when raiders ambushed their convoy in central-eastern Burkina Faso."),
    ("fr", "Des hommes armés ont attaqué un poste de Kwabelo, localité située dans l'est de Burkina Faso."),
])
def test_more_spellings_of_a_direction_of_burkina_faso(lang, text):
    loc = resolve_location(text, fold(text), lang, _sentences(text))
    assert loc.country == "Burkina Faso" and loc.admin1 in ("Centre-Est", "Est")
    assert loc.admin1 == ("Centre-Est" if lang == "en" else "Est")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Trois bergers ont été tués près d'un puits de la wilaya du Hodh Ech Chargui, selon des élus."),
    ("en", "Three herders were shot near a well in the wilaya of Hodh Ech Chargui, local officials said."),
])
def test_a_wilaya_is_a_first_level_unit(lang, text):
    roles = {m.surface: m.role for m in text_places(text, fold(text), lang)}
    assert roles.get("Hodh Ech Chargui") == "admin1"


@pytest.mark.parametrize("lang, text, admin1, admin2", [
    ("en", "Police officers fought raiders near a hamlet in the province of Culpelogo, the army said.",
     "Centre-Est", "Koulpélogo"),
    ("en", "Gunmen killed five herders in the Tilabari region of Niger on Monday.", "Tillaberi", None),
])
def test_an_english_transliteration_of_a_unit_framed_by_its_unit_word(lang, text, admin1, admin2):
    loc = resolve_location(text, fold(text), lang, _sentences(text))
    assert loc.admin1 == admin1
    if admin2:
        assert loc.admin2 == admin2


def test_a_near_spelling_of_a_unit_before_area_is_that_unit():
    text = "Gunmen killed four villagers on Sunday in the Tahuwa area of Niger, officials said."
    loc = resolve_location(text, fold(text), "en", _sentences(text))
    assert (loc.country, loc.admin1) == ("Niger", "Tahoua")


def test_a_known_town_before_area_is_near_it():
    text = "Gunmen killed four villagers on Sunday in the Djibo area, officials said."
    roles = {m.surface: m.role for m in text_places(text, fold(text), "en")}
    loc = resolve_location(text, fold(text), "en", _sentences(text))
    assert roles.get("Djibo") == "near" and (loc.country, loc.admin1) == ("Burkina Faso", "Sahel")
