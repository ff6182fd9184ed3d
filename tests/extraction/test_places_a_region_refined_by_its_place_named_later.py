"""An event the lead places by its region alone is placed in the admin2 unit of the region's place the text names
further on (a department, a town, a village the gazetteer knows), when the text's places of that region all lie in
one unit; places of several units, of a sentence about another year, or of another region refine nothing.

Sentences written for these tests, with generic places."""

import pytest

from sahelwatch.extraction.places import resolve_location
from sahelwatch.folding import fold_aligned


def _lead_only(text, lang):
    return resolve_location(text, fold_aligned(text), lang, [(0, text.index(". ") + 1)])


@pytest.mark.parametrize("text,lang,admin2", [
    ("Sept civils ont été tués dimanche dans la région de Tillabéri. Les assaillants ont frappé le marché de "
     "Bankilaré, selon un élu local.", "fr", "Bankilare"),
    ("Gunmen killed seven civilians in the Dosso region on Sunday. The raid hit a market in Dogondoutchi, a local "
     "official said.", "en", "Dogondoutchi"),
])
def test_the_regions_place_named_later_gives_the_unit(text, lang, admin2):
    assert _lead_only(text, lang).admin2 == admin2


@pytest.mark.parametrize("text,lang", [
    # places of two units
    ("Sept civils ont été tués dimanche dans la région de Tillabéri. Des renforts sont venus de Téra et de Filingué.",
     "fr"),
    # a place of another year
    ("Sept civils ont été tués dimanche dans la région de Tillabéri. En 2021, une attaque avait déjà frappé "
     "Bankilaré.", "fr"),
    # a place of another region
    ("Gunmen killed seven civilians in the Dosso region on Sunday. Officials in Tahoua condemned the raid.", "en"),
])
def test_no_single_place_of_the_region_keeps_the_capitals_unit(text, lang):
    loc = _lead_only(text, lang)
    assert loc.precision == "admin1"
    assert loc.admin2 == loc.admin1  # the region's capital's unit: Tillabéri, Dosso
