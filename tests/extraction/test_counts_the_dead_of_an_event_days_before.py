"""The dead of an event the reported one comes days or weeks after ("less than a week after gunmen killed 37 herders",
"trois jours après la mort de 37 bergers") are an earlier event's, not added; a toll given days after the event ("Two
days after the raid, the toll rose to 30") is still its own (own sentences, both languages)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.counts import sentence_fatalities


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Gunmen killed at least 14 civilians near Kolondo, less than a week after gunmen killed 37 herders in the "
           "same area.", 14),
    ("fr", "Des hommes armés ont tué 14 civils près de Kolondo, trois jours après la mort de 37 bergers dans la même "
           "zone.", 14),
    ("en", "Two days after the raid, the toll rose to 30 dead.", 30),
    ("fr", "Deux semaines après l'attaque, le bilan est passé à 30 morts.", 30),
    ("en", "Three soldiers died two days after the attack.", 3),
])
def test_the_dead_of_an_event_days_before_are_not_added(lang, text, want):
    r = sentence_fatalities(text, lang)
    assert r is not None and r.best == want
