"""Victims counted in a toll told, announced or found ("un rapport fait état de 23 victimes", "la préfecture annonçait
41 victimes", "there had been 19 victims"): a toll's victims are its dead, as they already are after "a fait" /
"left". Wounded victims and victims with no count are none (own sentences, both languages)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.counts import sentence_fatalities


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Un rapport des secouristes fait état de 23 victimes après la fusillade du marché de Foo.", 23),
    ("fr", "Mardi, la préfecture de Kolondo annonçait 41 victimes.", 41),
    ("fr", "Les secouristes ont dénombré huit victimes sur le site d'orpaillage de Foo.", 8),
    ("en", "Residents said there had been 19 victims in Foo by nightfall.", 19),
    ("en", "After the raid, volunteers in Kolondo counted 27 victims.", 27),
])
def test_victims_of_a_toll_told_are_its_dead(lang, text, want):
    r = sentence_fatalities(text, lang)
    assert r is not None and r.best == want


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le ministre annonce des mesures pour les victimes de Foo."),
    ("fr", "Le centre de santé de Kolondo recense 14 victimes blessées."),
])
def test_wounded_victims_and_victims_without_a_count_are_no_toll(lang, text):
    r = sentence_fatalities(text, lang)
    assert r is None or not r.best


def test_victims_of_a_toll_told_with_no_figure_are_a_plural_floor():
    r = sentence_fatalities("There were many victims, officials in Foo said.", "en")
    assert r is not None and (r.low, r.best) == (2, 2)
