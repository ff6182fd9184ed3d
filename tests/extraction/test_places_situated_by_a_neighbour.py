"""A village written beside the place that situates it ("Kaka, Sofara", "Imboraghane (Bourem)") is read
where that place lies.

Sentences written for these tests (not taken from any evaluation set)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.places import resolve_location
from sahelwatch.folding import fold_aligned as fold


def _where(text: str, lang: str = "en"):
    return resolve_location(text, fold(text), lang, [(0, len(text))])


def test_a_village_alone_takes_its_first_reading():
    assert _where("Soldiers detained two herders near Kaka on Friday.").country == "Burkina Faso"


@pytest.mark.parametrize("lang, text", [
    ("en", "Soldiers detained two herders near Kaka, Sofara, on Friday."),
    ("en", "Soldiers detained two herders at Kaka in Sofara on Friday."),
    ("fr", "Des militaires ont arrêté deux bergers à Kaka (Sofara) vendredi."),
])
def test_the_place_beside_a_village_picks_its_homonym(lang, text):
    loc = _where(text, lang)
    assert (loc.name, loc.country, loc.admin1, loc.admin2) == ("Kaka", "Mali", "Mopti", "Djenne")


def test_a_village_read_abroad_beside_a_cercle_is_placed_by_the_cercle():
    # the only Imboraghane the gazetteer knows lies in Niger's Agadez; Bourem is a cercle of Gao
    assert _where("Gunmen raided an army post at Imboraghane at dawn.").country == "Niger"
    loc = _where("Gunmen raided an army post at Imboraghane (Bourem) at dawn.")
    assert (loc.country, loc.admin1, loc.admin2) == ("Mali", "Gao", "Bourem")
    assert loc.name == "Imboraghane"


def test_a_list_of_distant_towns_keeps_each_reading():
    loc = _where("Gunmen struck Gao, Kidal and Tombouctou at dawn.")
    assert (loc.name, loc.admin1) == ("Gao", "Gao")
