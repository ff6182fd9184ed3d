"""A village followed by the unit the text says it lies in ("X, dans la région de Y", "X (cercle de Z)") is read in that
unit: its homonym there, else an unknown village placed by the unit, never a homonym of another region or country.

Sentences written for these tests, with invented or generic villages."""

import pytest

from sahelwatch.extraction.places import resolve_location
from sahelwatch.folding import fold_aligned


def _where(text, lang="fr"):
    loc = resolve_location(text, fold_aligned(text), lang, [(0, len(text))])
    return loc.country, loc.admin1


@pytest.mark.parametrize("text,admin1", [
    # a village name the gazetteer also knows in another region or another country
    ("Des hommes armés ont tué cinq bergers jeudi près de Tokala, dans la région de Ségou.", "Segou"),
    ("Cinq bergers ont été tués jeudi à Sona, dans la région de Ségou.", "Segou"),
    ("Cinq bergers ont été tués jeudi à Sona, dans la région de Mopti.", "Mopti"),
    ("Cinq bergers ont été tués jeudi à Sona (région de Ségou), selon des élus.", "Segou"),
    ("Cinq bergers ont été tués jeudi à Sona, région de Ségou.", "Segou"),
])
def test_the_unit_the_text_states_places_the_village(text, admin1):
    assert _where(text) == ("Mali", admin1)


def test_a_village_already_in_its_stated_unit_keeps_its_reading():
    text = "Six soldats ont été tués jeudi à Boni, dans le cercle de Douentza."
    loc = resolve_location(text, fold_aligned(text), "fr", [(0, len(text))])
    assert (loc.admin1, loc.admin2) == ("Mopti", "Douentza")
