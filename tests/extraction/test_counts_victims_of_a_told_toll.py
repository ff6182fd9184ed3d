"""Victims counted in a toll told, announced or found ("le bilan fait état de 37 victimes", "le gouvernement annonce
plus de trente victimes recensées", "there were about twelve victims"): a toll's victims are its dead, as they already
are after "a fait" / "left". Wounded victims and victims with no count are none (own sentences, both languages)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.counts import sentence_fatalities


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Le bilan provisoire dressé par la mairie de la commune de Foo fait état de 37 victimes et de plusieurs "
           "blessés.", 37),
    ("fr", "Le soir, le gouvernement annonce plus de trente victimes recensées dans les trois villages.", 31),
    ("fr", "Sur place, on dénombre douze victimes parmi les orpailleurs de Kolondo.", 12),
    ("en", "Unfortunately, there were about twelve victims in Kolondo.", 12),
    ("en", "The local hospital counted 23 victims after the raid on Foo.", 23),
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
