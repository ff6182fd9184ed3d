"""A toll told as a state rather than an act ("eleven people are dead", "two were dead"): those are deaths,
and "dead set", "dead end" are not (sentences written for these tests)."""

import pytest

from sahelwatch.extraction.counts import sentence_fatalities


@pytest.mark.parametrize("text,want", [
    ("Local officials say eleven people are dead after gunmen raided a cattle market near Tera.", 11),
    ("By nightfall at least 14 villagers were dead and dozens had fled toward Dori.", 14),
])
def test_people_said_to_be_dead_are_the_toll(text, want):
    r = sentence_fatalities(text, "en")
    assert r is not None and r.best == want


@pytest.mark.parametrize("text", [
    "Twelve drivers are dead set against using the road after the attack.",
    "The three convoys were at a dead end on the track north of Kidal.",
])
def test_dead_in_an_idiom_counts_no_one(text):
    r = sentence_fatalities(text, "en")
    assert r is None or not r.best
