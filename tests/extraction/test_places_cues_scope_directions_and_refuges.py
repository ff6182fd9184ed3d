"""How far the round's place rules reach: an armed group's or force's name only chooses between places of the
same name and never moves a place known only in another country; a direction of the country places the event
only from the event's own clause; a refuge told of the victims does not make the event's place "near".

Sentences written for these tests (not taken from any evaluation set)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.places import resolve_location
from sahelwatch.folding import fold_aligned as fold


def _where(text: str, lang: str):
    return resolve_location(text, fold(text), lang, [(0, len(text))])


@pytest.mark.parametrize("lang, text, name, country, admin1", [
    ("en", "A convoy of the CMA was ambushed on Sunday near Tillabéri, killing ten fighters.",
     "Tillabéri", "Niger", "Tillaberi"),
    ("fr", "Des soldats de l'EUTM ont été pris pour cible dimanche à Agadez.", "Agadez", "Niger", "Agadez"),
    ("fr", "Des combattants du MNLA ont attaqué dimanche un poste à Tahoua.", "Tahoua", "Niger", "Tahoua"),
    ("fr", "Des VDP ont repoussé dimanche une attaque à Tahoua, tuant dix assaillants.", "Tahoua", "Niger", "Tahoua"),
    ("en", "A FAMa delegation was attacked on Sunday in Niamey, killing two soldiers.", "Niamey", "Niger", "Niamey"),
    ("fr", "Des éléments de la MINUSMA ont été attaqués dimanche près de Ayorou, tuant deux casques bleus.",
     "Ayorou", "Niger", "Tillaberi"),
])
def test_a_forces_name_never_moves_a_place_known_only_in_another_country(lang, text, name, country, admin1):
    loc = _where(text, lang)
    assert (loc.name, loc.country, loc.admin1) == (name, country, admin1)
    assert loc.latitude is not None


def test_a_text_naming_a_neighbour_reads_no_cue():
    loc = _where("Koglweogo fighters were ambushed on Sunday near Kara in northern Togo, killing two.", "en")
    assert (loc.name, loc.country) == ("Kara", "Togo")


def test_an_unknown_place_is_never_exact_without_coordinates():
    # Dapaong is a town of Togo, which the text does not name: its name is kept, the cue gives no country
    loc = _where("Koglweogo fighters were ambushed on Sunday near Dapaong, killing two.", "en")
    assert loc.name == "Dapaong" and loc.latitude is None
    assert loc.precision != "exact" and loc.country is None
    loc = _where("Raiders burned the hamlet of Zorbélégou on Sunday, the mayor said.", "en")
    assert loc.latitude is None and loc.precision != "exact"


def test_the_forces_name_still_chooses_between_two_places_of_the_same_name():
    loc = _where("A FAMa patrol came under fire at Kabara on Tuesday night; two soldiers were hurt.", "en")
    assert (loc.country, loc.admin1) == ("Mali", "Tombouctou")


@pytest.mark.parametrize("text", [
    "Au Burkina Faso, des hommes armés ont tué trois civils dimanche, deux jours après une attaque dans l'est du pays.",
    "Au Burkina Faso, des hommes armés ont tué trois civils dimanche. L'est du pays est le plus touché, selon un rapport.",
    "Au Burkina Faso, des hommes armés ont tué trois civils dimanche, comme souvent dans l'est du pays depuis 2019.",
])
def test_a_direction_of_an_earlier_attack_or_a_background_remark_does_not_place_the_event(text):
    loc = _where(text, "fr")
    assert (loc.country, loc.admin1, loc.precision) == ("Burkina Faso", None, "country")


@pytest.mark.parametrize("lang, text, name", [
    ("en", "Gunmen attacked displaced families who had fled to Barsalogho on Sunday, killing five.", "Barsalogho"),
    ("fr", "Des hommes armés ont attaqué dimanche des déplacés qui avaient fui vers Djibo, tuant cinq personnes.", "Djibo"),
])
def test_where_the_victims_had_fled_to_earlier_is_the_events_own_place(lang, text, name):
    loc = _where(text, lang)
    assert (loc.name, loc.precision) == (name, "exact")
