"""Where people fled to and where a statement was made are places of the story, read as the event's place only
when nothing else places it.

Sentences written for these tests (not taken from any evaluation set)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.places import resolve_location
from sahelwatch.folding import fold_aligned as fold


def _where(text: str, lang: str):
    return resolve_location(text, fold(text), lang, [(0, len(text))])


@pytest.mark.parametrize("lang, text, name", [
    ("fr", "Des centaines de familles ont fui vers Dori après que des assaillants ont incendié Seytenga.", "Seytenga"),
    ("en", "Hundreds of families fled to Dori after raiders burned Seytenga on Sunday.", "Seytenga"),
    ("en", "The governor told reporters in Niamey that gunmen had killed nine herders near Ayorou.", "Ayorou"),
    ("fr", "Le ministre a déclaré à Bamako que des hommes armés avaient tué six civils à Boni.", "Boni"),
])
def test_the_place_of_the_event_wins_over_the_refuge_or_the_speakers_city(lang, text, name):
    assert _where(text, lang).name == name


def test_a_refuge_alone_places_the_event_near_it_with_little_confidence():
    loc = _where("Hundreds of families fled to Dori after raiders burned their village on Sunday.", "en")
    assert (loc.name, loc.admin1, loc.precision) == ("Dori", "Sahel", "near")
    assert loc.confidence < 0.5
