"""An event whose own sentences name no place: the place of the headline, or of a later sentence that
points back at the event; never a place of background.

Sentences written for these tests (not taken from any evaluation set)."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.extraction import Extractor
from sahelwatch.extraction.pipeline import Document


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def _place(extractor, text: str, lang: str) -> dict:
    events = extractor.extract(Document("t", text, lang, dt.date(2024, 3, 12))).events
    assert events, "the text reports an event"
    return events[0].location


def test_the_headlines_place_places_an_event_whose_lead_names_none(extractor):
    text = ("Quatorze soldats tués près de Boni\n"
            "Quatorze soldats ont été tués lundi dans une embuscade tendue par des hommes armés dans le centre "
            "du pays, a annoncé l'armée malienne dans un communiqué.")
    loc = _place(extractor, text, "fr")
    assert (loc["country"], loc["admin1"], loc["name"]) == ("Mali", "Mopti", "Boni")
    assert loc["precision"] == "near"


def test_a_later_sentence_pointing_back_at_the_event_places_it(extractor):
    text = ("Neuf soldats maliens ont été tués lundi dans une attaque de jihadistes dans le nord du pays.\n"
            "Un premier bilan de l'armée sur cette attaque près de Tessalit avait fait état de deux blessés.")
    loc = _place(extractor, text, "fr")
    assert (loc["country"], loc["admin1"], loc["name"]) == ("Mali", "Kidal", "Tessalit")


def test_a_background_place_of_a_later_sentence_does_not_place_the_event(extractor):
    text = ("Dozens of gunmen on motorcycles killed nine soldiers on Monday, the army of Mali said. "
            "In 2019, a raid near Tessalit had cost the lives of many soldiers.")
    loc = _place(extractor, text, "en")
    assert loc["admin1"] is None


def test_the_event_sentences_own_place_wins_over_the_headlines(extractor):
    text = ("Attaque meurtrière près de Boni\n"
            "Des hommes armés ont tué six civils lundi à Ménaka, a indiqué un élu local.")
    loc = _place(extractor, text, "fr")
    assert loc["name"] == "Ménaka"


@pytest.mark.parametrize("text, lang", [
    ("Bamako : le gouvernement condamne une embuscade meurtrière\n"
     "Des hommes armés ont tué quinze soldats mardi dans une embuscade, selon un communiqué de l'armée.", "fr"),
    ("Ouagadougou dénonce l'attaque d'un convoi\n"
     "Des hommes armés ont tué douze civils mardi en attaquant un convoi, a indiqué le ministère.", "fr"),
    ("Niamey condemns attack on convoy\n"
     "Gunmen killed eleven soldiers when they attacked a convoy on Sunday, the defence ministry said.", "en"),
])
def test_a_headline_place_that_reacts_to_the_event_does_not_place_it(extractor, text, lang):
    assert _place(extractor, text, lang).get("admin1") is None


def test_a_headline_capital_does_not_place_an_event_the_lead_puts_in_a_part_of_the_country(extractor):
    text = ("Attaque meurtrière : Bamako en deuil\n"
            "Des jihadistes ont tué dix-huit soldats lundi dans le nord-est du pays, a annoncé l'armée.")
    assert _place(extractor, text, "fr").get("admin1") is None


def test_a_headline_place_followed_by_what_the_army_says_still_places_the_event(extractor):
    text = ("Tessit : l'armée annonce la mort de vingt soldats\n"
            "Vingt soldats ont été tués mardi dans une attaque de jihadistes contre leur camp, selon l'armée.")
    assert _place(extractor, text, "fr").get("name") == "Tessit"
