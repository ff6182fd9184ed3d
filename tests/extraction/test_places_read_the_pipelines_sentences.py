"""The places reader cuts a text into sentences as the pipeline does (sentences.split_sentences, the one
splitter): an abbreviation's full stop ("Gen.", "M.") ends no sentence, a line break before a capital does.

Sentences written for these tests (not taken from any evaluation set)."""

from __future__ import annotations

from sahelwatch.extraction.places import _sentence_at, resolve_location
from sahelwatch.extraction.sentences import split_sentences
from sahelwatch.folding import fold_aligned as fold


def test_a_place_is_read_in_the_pipelines_sentence():
    text = ("Gen. Kouma said the raid on Dalbo left five dead. M. Sidibé confirmed it\n"
            "Another sentence names no place")
    sents = split_sentences(text)
    for pos in (text.index("Dalbo"), text.index("Sidibé"), text.index("Another")):
        assert _sentence_at(text, pos) == next((a, b) for a, b in sents if a <= pos < b)
    # "Gen." opens the first sentence; it does not end one
    assert _sentence_at(text, text.index("raid"))[0] == 0


def test_a_direction_after_an_abbreviation_is_still_in_the_events_sentence():
    text = "Selon le col. Tassembedo, des hommes armés ont tué six civils dans l'est du pays au Burkina Faso."
    loc = resolve_location(text, fold(text), "fr", [(0, len(text))])
    assert (loc.country, loc.admin1) == ("Burkina Faso", "Est")


def test_a_region_stated_after_an_abbreviation_places_the_village_of_its_sentence():
    # "Sona" is a village of the Sud-Ouest too: the region stated in the same sentence, after "cdt." / "Lt. Col.",
    # places it (a full stop of an abbreviation used to cut the sentence there, and the Sud-Ouest reading stayed)
    for lang, text in (
        ("fr", "Des hommes armés ont tué six civils à Sona, d'après le cdt. Ouédraogo, dans le centre-est du Burkina."),
        ("en", "Gunmen killed six civilians in Sona, Lt. Col. Kabore said, in central-eastern Burkina Faso."),
    ):
        loc = resolve_location(text, fold(text), lang, [(0, len(text))])
        assert (loc.country, loc.admin1) == ("Burkina Faso", "Centre-Est")
