"""Events in Togo and Benin, and English and French unit phrases: a dateline run into the text is where the
story was filed; the neighbour a text names most is its country; a neighbour's commune framed by its unit
word names its country; a village the gazetteer lacks takes the region (and prefecture) the text frames it
in, or the direction of the country the event's sentence gives; a unit word in the plural heads every name
it lists; a misspelt region is still the region.

Sentences written for these tests, with invented villages (not taken from any evaluation set)."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.extraction import Extractor
from sahelwatch.extraction.pipeline import Document
from sahelwatch.extraction.places import text_places
from sahelwatch.folding import fold_aligned as fold


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def _place(extractor, text: str, lang: str) -> dict:
    events = extractor.extract(Document("t", text, lang, dt.date(2024, 3, 12))).events
    assert events, "the text reports an event"
    return events[0].location


def _roles(text: str, lang: str) -> dict[str, str]:
    return {m.surface: m.role for m in text_places(text, fold(text), lang)}


def test_a_dateline_run_into_the_headline_is_not_the_events_place(extractor):
    text = ("Gunmen kill four soldiers at a border post Parakou, March 3 (AFP) Four soldiers were killed on "
            "Tuesday night when gunmen attacked an army post in Banikoara, in northern Benin, a security source said.")
    assert _roles(text, "en")["Parakou"] == "dateline"
    loc = _place(extractor, text, "en")
    assert (loc["country"], loc["admin1"]) == ("Benin", "Alibori")


def test_the_neighbour_a_text_names_most_is_its_country_not_the_one_the_insurgency_comes_from(extractor):
    text = ("Togo's army said on Sunday that gunmen had killed five civilians in an attack on a village, as "
            "jihadist violence spreads south from Burkina Faso. Togolese soldiers were sent to the area, "
            "and Togo's government promised help to the families.")
    assert _place(extractor, text, "en")["country"] == "Togo"


@pytest.mark.parametrize("text, lang, admin1", [
    ("Des hommes armés ont attaqué un poste de police dans l'extrême nord du Bénin, tuant deux agents.", "fr",
     "Alibori"),
    ("Gunmen killed three herders in north-western Benin on Monday, local officials said.", "en", "Atacora"),
    ("Gunmen killed seven people in an attack on a market in the north-east of Togo, the army said.", "en",
     "Savanes"),
])
def test_a_direction_of_togo_or_benin_that_names_one_unit_places_the_event_there(extractor, text, lang, admin1):
    assert _place(extractor, text, lang)["admin1"] == admin1


def test_an_unknown_village_takes_the_prefecture_and_region_the_lead_frames_it_in(extractor):
    text = ("Au Togo, la préfecture de Tône, dans la région des Savanes, a de nouveau été frappée cette nuit. "
            "Selon des sources locales, des hommes armés ont tué quatre personnes à Zibankoudi.")
    loc = _place(extractor, text, "fr")
    assert (loc["country"], loc["admin1"], loc["admin2"], loc["name"]) == ("Togo", "Savanes", "Tône", "Zibankoudi")


def test_a_neighbours_commune_framed_by_its_unit_word_names_its_country(extractor):
    text = "Le poste de gendarmerie de la commune de Banikoara a été attaqué mardi soir par des hommes armés."
    loc = _place(extractor, text, "fr")
    assert (loc["country"], loc["admin1"]) == ("Benin", "Alibori")


def test_a_name_of_mali_and_of_the_neighbour_the_text_is_about_is_the_neighbours(extractor):
    text = ("Benin's army said on Friday that gunmen had killed six farmers in the commune of Kérou. Benin has "
            "suffered attacks by groups based in Mali and Burkina Faso; Beninese troops patrol the border.")
    loc = _place(extractor, text, "en")
    assert (loc["country"], loc["admin1"], loc["admin2"]) == ("Benin", "Atacora", "Kérou")


def test_the_one_region_of_a_later_sentences_places_places_an_event_its_sentence_leaves_unplaced(extractor):
    text = ("Gunmen killed six people in a raid on a village in northern Togo on Friday, the army said. "
            "The army said the assailants came on motorbikes and struck near Mandouri.")
    loc = _place(extractor, text, "en")
    assert (loc["country"], loc["admin1"]) == ("Togo", "Savanes")


@pytest.mark.parametrize("text, lang, names, role", [
    ("Des attaques dans les provinces du Soum et du Loroum ont fait dix morts.", "fr", ("Soum", "Loroum"), "admin2"),
    ("Des hommes armés sont actifs dans les régions de Tahoua, de Maradi et de Dosso.", "fr",
     ("Tahoua", "Maradi", "Dosso"), "admin1"),
    ("Attacks in Tahoua and Tillaberi regions killed twelve soldiers last week.", "en", ("Tahoua", "Tillaberi"), "admin1"),
    ("Gunmen raided villages in the Kpendjal and Oti prefectures overnight.", "en", ("Kpendjal", "Oti"), "admin2"),
])
def test_a_unit_word_in_the_plural_heads_every_name_it_lists(text, lang, names, role):
    roles = _roles(text, lang)
    assert [roles.get(n) for n in names] == [role] * len(names)


def test_a_unit_word_still_finds_a_misspelt_region(extractor):
    text = "Des hommes armés ont tué trois bergers dans la région de Tombouctu, selon des élus locaux."
    loc = _place(extractor, text, "fr")
    assert (loc["country"], loc["admin1"]) == ("Mali", "Tombouctou")


def test_a_park_is_read_in_the_country_its_clause_places_it_not_in_those_it_borders(extractor):
    text = ("Rangers were ambushed on Sunday in Park W, on Benin's side, close to the border with Niger and "
            "Burkina Faso; nine of them were killed, Benin's army said.")
    loc = _place(extractor, text, "en")
    assert (loc["country"], loc["admin1"]) == ("Benin", "Alibori")


def test_a_unit_framing_a_later_place_of_the_sentence_does_not_contain_the_events_place(extractor):
    text = ("Trois soldats ont été tués par une mine sur la route de Kaya, au retour d'une escorte vers Djibo, "
            "chef-lieu de la province du Soum, a indiqué l'armée burkinabè.")
    loc = _place(extractor, text, "fr")
    assert (loc["country"], loc["admin1"]) == ("Burkina Faso", "Centre-Nord")


@pytest.mark.parametrize("text, lang, admin1", [
    ("Gunmen shot dead eleven traders in the town of Kaya, about 100 km north of Ouagadougou, on Sunday.", "en",
     "Centre-Nord"),
    ("Onze commerçants ont été abattus dimanche à Kaya, à une centaine de km au nord de Ouagadougou.", "fr",
     "Centre-Nord"),
    ("Onze commerçants ont été abattus dimanche à Kaya, à 100 km au nord de Ouagadougou.", "fr", "Centre-Nord"),
])
def test_a_distance_that_situates_a_place_leaves_the_place_the_events(extractor, text, lang, admin1):
    assert _place(extractor, text, lang)["admin1"] == admin1


def test_countries_named_only_as_borders_leave_a_region_in_its_own_country(extractor):
    text = "A landmine killed six soldiers in the Tahoua region near the border with Mali and Burkina Faso."
    loc = _place(extractor, text, "en")
    assert (loc["country"], loc["admin1"]) == ("Niger", "Tahoua")


def test_the_area_of_a_country_is_no_unit_of_that_name(extractor):
    text = "Suspected jihadists shot dead seven herders in the Tahoua area of Niger on Monday."
    loc = _place(extractor, text, "en")
    assert (loc["country"], loc["admin1"]) == ("Niger", "Tahoua")
