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
