"""Region names read by the country the text is about, and containing-unit cues.

Sentences written for these tests (not taken from any evaluation set)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.places import resolve_location
from sahelwatch.folding import fold_aligned as fold


def _where(text: str, lang: str):
    return resolve_location(text, fold(text), lang, [(0, len(text))])


@pytest.mark.parametrize("lang, text", [
    ("en", "Gunmen killed twelve soldiers in the Sahel region on Sunday, Mali's army said."),
    ("en", "Twenty villagers died when raiders struck the war-torn Sahel state on Sunday."),
    ("fr", "Au Mali, des djihadistes ont tué dix civils dans la région du Sahel, selon un élu local."),
    ("en", "Across the Sahel, armed groups have stepped up attacks on convoys this year."),
])
def test_the_sahel_is_burkina_fasos_region_only_in_a_text_about_burkina_faso(lang, text):
    loc = _where(text, lang)
    assert not (loc.country == "Burkina Faso" and loc.admin1 == "Sahel")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Des hommes armés ont attaqué un poste de gendarmerie dans la région du Sahel, au Burkina Faso."),
    ("en", "Gunmen attacked a market in Djibo, in Burkina Faso's Sahel region, killing nine."),
    ("fr", "Une embuscade a visé un convoi près de Dori, dans la région du Sahel."),
])
def test_the_sahel_region_resolves_when_the_text_is_about_burkina_faso(lang, text):
    loc = _where(text, lang)
    assert (loc.country, loc.admin1) == ("Burkina Faso", "Sahel")


@pytest.mark.parametrize("lang, text", [
    ("en", "Jihadists attacked a gendarmerie post in the Fada district of Agadez, Niger's interior ministry said."),
    ("fr", "Des assaillants ont attaqué le village de Fada, dans la région d'Agadez, au Niger."),
])
def test_a_containing_unit_constrains_the_place_it_contains(lang, text):
    loc = _where(text, lang)
    assert (loc.country, loc.admin1) == ("Niger", "Agadez")
    assert loc.name == "Fada"


def test_a_place_that_lies_in_its_containing_unit_keeps_its_reading():
    loc = _where("Soldiers repelled an attack in the Koro district of Mopti on Friday.", "en")
    assert (loc.country, loc.admin1, loc.admin2) == ("Mali", "Mopti", "Koro")


def test_fada_ngourma_still_resolves_in_burkina_faso():
    loc = _where("Soldiers were killed near Fada N'Gourma in eastern Burkina Faso.", "en")
    assert (loc.country, loc.admin1) == ("Burkina Faso", "Est")


def test_a_country_named_in_the_text_is_never_the_events_place():
    loc = _where("Des hommes armés ont tué trois bergers près de Ouallam, au Niger.", "fr")
    assert loc.name == "Ouallam" and loc.country == "Niger"


def test_a_stoplisted_word_is_no_place_without_a_unit_word():
    loc = _where("Some gunmen killed the Mayor on Sunday, officials in Mali said.", "en")
    assert loc.name is None and loc.country == "Mali"


@pytest.mark.parametrize("lang, text, country, admin1", [
    ("fr", "Des hommes armés ont attaqué Boni, au Mali, dimanche soir.", "Mali", "Mopti"),
    ("en", "Gunmen attacked Boni in Burkina Faso on Sunday.", "Burkina Faso", "Hauts-Bassins"),
])
def test_a_village_name_is_read_in_the_country_the_text_is_about(lang, text, country, admin1):
    loc = _where(text, lang)
    assert (loc.name, loc.country, loc.admin1) == ("Boni", country, admin1)


def test_a_short_first_part_of_a_hyphenated_name_is_no_village():
    loc = _where("Des assaillants ont frappé à Ti-n-Zouraten, près de Kidal, au Mali.", "fr")
    assert loc.country == "Mali" and loc.admin1 == "Kidal"


@pytest.mark.parametrize("lang, text", [
    ("en", "Soldiers rounded up dozens of men in Moura on Sunday. Residents of Moura said the market "
           "stayed shut, and Mali's army confirmed the operation."),
    ("fr", "Des soldats ont arrêté des dizaines d'hommes à Moura dimanche. À Moura, le marché est resté "
           "fermé, a confirmé l'armée du Mali."),
])
def test_a_name_repeated_in_the_text_does_not_vouch_for_its_own_foreign_reading(lang, text):
    # Moura is a village of Niger's Diffa region and (as GeoNames' "Mora") of Mali's Djenné cercle:
    # in a text about Mali, its second mention must not make the text about Niger
    loc = _where(text, lang)
    assert (loc.country, loc.admin1, loc.admin2) == ("Mali", "Mopti", "Djenne")


def test_a_unit_named_in_another_sentence_does_not_override_this_sentences_region():
    text = ("Des assaillants ont tué onze villageois dans la région de Dosso. "
            "Le mois dernier, une attaque avait visé la commune de Banibangou.")
    loc = resolve_location(text, fold(text), "fr", [(0, 66), (66, len(text))])
    assert (loc.country, loc.admin1) == ("Niger", "Dosso")


def test_a_neighbourhood_of_a_town_lies_in_that_town():
    # Etambar is first read as a village of Gao; "the X neighbourhood of Kidal" puts it in Kidal
    loc = _where("A roadside bomb hit a patrol in the Etambar neighbourhood of Kidal on Monday.", "en")
    assert (loc.country, loc.admin1) == ("Mali", "Kidal")
