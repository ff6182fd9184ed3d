"""A text that names no country is read in the country whose own forces or armed groups it names.

Sentences written for these tests (not taken from any evaluation set)."""

from __future__ import annotations

from sahelwatch.extraction.places import resolve_location
from sahelwatch.folding import fold_aligned as fold


def _where(text: str, lang: str = "en"):
    return resolve_location(text, fold(text), lang, [(0, len(text))])


def test_a_homonym_abroad_yields_to_the_country_whose_army_the_note_names():
    # Kabara is a village of Niger's Maradi region too; the FAMa fight in Mali only
    loc = _where("A FAMa patrol came under fire at Kabara on Tuesday night; two soldiers were hurt.")
    assert (loc.country, loc.admin1) == ("Mali", "Tombouctou")


def test_an_armed_group_of_one_country_tells_the_country_too():
    # Boni is first read as the Malian village; the Koglweogo are Burkina Faso's own vigilantes
    assert _where("Gunmen clashed with a patrol near Boni on Monday.").country == "Mali"
    loc = _where("Koglweogo fighters clashed with gunmen near Boni on Monday.")
    assert loc.country == "Burkina Faso"


def test_without_any_cue_the_homonym_keeps_its_first_reading():
    loc = _where("Gunmen on motorbikes looted the market at Kabara on Tuesday.")
    assert loc.country == "Niger"


def test_a_named_country_outweighs_the_cues():
    # the text names Niger: the Malian army's name does not move the village to Mali
    loc = _where("Near Kabara in Niger, soldiers said FAMa units had crossed the border in pursuit.")
    assert loc.country == "Niger"


def test_cues_of_two_countries_decide_nothing():
    a = _where("Gunmen on motorbikes looted the market at Kabara on Tuesday.")
    b = _where("Gunmen on motorbikes looted the market at Kabara on Tuesday; FAMa and VDP units gave chase.")
    assert (b.country, b.admin1) == (a.country, a.admin1)
