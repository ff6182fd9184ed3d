"""A plural unit word after a count ("deux départements de Tahoua", "three districts of Tahoua") counts units of the
first-level unit named after it: that name is the region holding them, never a second-level unit of the same
name (Niger's regions and their seat departments share their names). Without a count, the plural unit word
still names each unit ("les départements de Téra et de Gothèye"), and the singular names the one unit.

Sentences written for these tests, in our own words (not taken from any evaluation set)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.places import text_places
from sahelwatch.folding import fold_aligned as fold


def _mentions(text: str, lang: str) -> dict[str, object]:
    return {m.surface: m for m in text_places(text, fold(text), lang)}


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'armée a mené des patrouilles dans deux départements de Tahoua la semaine dernière."),
    ("fr", "Les écoles de plusieurs départements de Tahoua restent fermées."),
    ("en", "Army patrols swept three districts of Tahoua last week."),
])
def test_counted_units_name_the_region_that_holds_them(lang, text):
    unit = _mentions(text, lang)["Tahoua"]
    assert unit.role == "admin1" and unit.entry.level == "admin1"


@pytest.mark.parametrize("lang, text, surface", [
    ("fr", "Des hommes armés ont attaqué un poste dans le département de Tahoua mardi.", "Tahoua"),
    ("fr", "Les patrouilles ont sillonné les départements de Téra et de Gothèye.", "Gothèye"),
    # a count before the list of the units themselves: each listed name is one of the units counted
    ("fr", "Une épidémie de rougeole touche depuis mars les deux départements de Téra et de Gothèye.", "Téra"),
    ("fr", "Une épidémie de rougeole touche depuis mars les deux départements de Téra et de Gothèye.", "Gothèye"),
    ("fr", "Le convoi a traversé les deux départements de Tillabéri et d'Ouallam sans incident.", "Tillabéri"),
    ("fr", "Le convoi a traversé les deux départements de Tillabéri et d'Ouallam sans incident.", "Ouallam"),
    ("en", "Vaccination teams reached the two departments of Tera and Gotheye in May.", "Gotheye"),
    ("en", "Gunmen struck a post in the department of Tahoua on Tuesday.", "Tahoua"),
])
def test_a_unit_not_counted_keeps_its_second_level_reading(lang, text, surface):
    unit = _mentions(text, lang)[surface]
    assert unit.role == "admin2" and unit.entry.level == "admin2"
