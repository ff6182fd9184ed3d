"""An event the lead places by its region alone is placed in the admin2 unit of the region's place the text names
further on (a department, a town, a village the gazetteer knows), when the text's places of that region all lie in
one unit; places of several units, of a sentence about another year or of another event, of another region, or
where the wounded were taken refine nothing.

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


@pytest.mark.parametrize("text,lang", [
    ("Des jihadistes ont tué quatre gendarmes dimanche dans la région de Dosso. Les blessés ont été transportés à "
     "l'hôpital régional de Gaya.", "fr"),
    ("Des jihadistes ont tué quatre gendarmes dimanche dans la région de Dosso. Les blessés ont été évacués vers Gaya.",
     "fr"),
    ("Gunmen killed four gendarmes in the Dosso region on Sunday. The wounded were airlifted to a military hospital "
     "in Gaya.", "en"),
])
def test_where_the_wounded_were_taken_keeps_the_capitals_unit(text, lang):
    loc = _lead_only(text, lang)
    assert (loc.precision, loc.admin2) == ("admin1", "Dosso")


def test_a_place_of_another_events_sentence_keeps_the_capitals_unit():
    text = ("Samedi, des assaillants ont abattu cinq commerçants dans la région de Dosso. Dans la nuit, un autre groupe "
            "armé a incendié la mairie de Gaya.")
    second = text.index("Dans la nuit")
    loc = resolve_location(text, fold_aligned(text), "fr", [(0, second)], others=[(second, len(text))])
    assert (loc.precision, loc.admin2) == ("admin1", "Dosso")


@pytest.mark.parametrize("text,lang", [
    ("Samedi, des assaillants ont abattu cinq commerçants dans la région de Dosso. Par ailleurs, des soldats ont "
     "repoussé une attaque contre leur poste à Gaya.", "fr"),
    ("Gunmen shot dead five traders in the Dosso region on Saturday. In a separate attack, militants fired on an army "
     "post in Gaya, causing no casualties.", "en"),
])
def test_each_event_of_a_text_keeps_its_own_place(events, text, lang):
    found = events(text, lang)
    assert [(e.location["admin1"], e.location["admin2"]) for e in found] == [("Dosso", "Dosso"), ("Dosso", "Gaya")]
