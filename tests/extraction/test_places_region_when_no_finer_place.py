"""An event its sentences place only in a region: by a unit named elsewhere in the text, or by a direction of
the country that names one region.

Sentences written for these tests (not taken from any evaluation set)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.places import resolve_location
from sahelwatch.folding import fold_aligned as fold


def _first_sentence(text: str, lang: str):
    end = text.index(".") + 1
    return resolve_location(text, fold(text), lang, [(0, end)])


@pytest.mark.parametrize("lang, text", [
    ("fr", "Au Burkina Faso, des assaillants ont tué une vingtaine de civils dans l'est du pays. Le bilan reste provisoire."),
    ("en", "Gunmen killed some twenty civilians in eastern Burkina Faso on Sunday. The toll may rise."),
    ("en", "Burkina Faso: raiders killed twenty herders in the east of the country. The toll may rise."),
])
def test_the_east_of_burkina_faso_is_its_est_region(lang, text):
    loc = _first_sentence(text, lang)
    assert (loc.country, loc.admin1, loc.precision) == ("Burkina Faso", "Est", "admin1")


@pytest.mark.parametrize("lang, text", [
    ("en", "Gunmen killed some twenty civilians in northern Burkina Faso on Sunday. The toll may rise."),
    ("fr", "Au Mali, des assaillants ont tué dix civils dans l'est du pays. Le bilan reste provisoire."),
])
def test_a_direction_that_names_no_single_region_places_only_the_country(lang, text):
    loc = _first_sentence(text, lang)
    assert loc.admin1 is None and loc.precision == "country"


def test_the_one_region_a_later_sentence_frames_places_the_event():
    text = ("Au Burkina Faso, des hommes armés ont attaqué un détachement militaire à l'aube. "
            "Des renforts ont été envoyés dans la province du Sanmatenga, selon l'état-major.")
    loc = _first_sentence(text, "fr")
    assert (loc.country, loc.admin1, loc.precision) == ("Burkina Faso", "Centre-Nord", "admin1")


def test_units_of_two_regions_place_nothing():
    text = ("Au Burkina Faso, des hommes armés ont attaqué un détachement militaire à l'aube. "
            "L'armée opère dans la province du Sanmatenga et dans la province du Soum.")
    loc = _first_sentence(text, "fr")
    assert loc.admin1 is None
