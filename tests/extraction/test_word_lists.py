"""The word lists several rules share live in cues.yaml, read once, and every rule built on them reads each word."""

import pytest

from sahelwatch.extraction.counts import sentence_fatalities
from sahelwatch.extraction.resources import ResourceError, word_list, word_lists, words_re


def test_every_shared_list_has_both_languages():
    names = {name for name, _ in word_lists()}
    assert {"report_verbs", "died"} <= names
    for name in names:
        assert word_list(name, "fr") and word_list(name, "en")


def test_a_list_reads_as_an_alternation_of_its_words():
    assert words_re("died", "en") == "|".join(word_list("died", "en"))
    assert words_re("report_verbs", "fr", "e").split("|") == [w + "e" for w in word_list("report_verbs", "fr")]


def test_an_unknown_list_is_an_error_naming_the_file():
    with pytest.raises(ResourceError, match="cues.yaml"):
        word_list("no_such_list", "fr")


@pytest.mark.parametrize("word", word_list("died", "fr"))
def test_each_french_word_of_dying_counts_its_subject_as_dead(word):
    r = sentence_fatalities(f"Trois bergers ont {word} près du puits, selon un élu.", "fr")
    assert r is not None and r.best == 3


@pytest.mark.parametrize("word", word_list("died", "en"))
def test_each_english_word_of_dying_counts_its_subject_as_dead(word):
    r = sentence_fatalities(f"Four traders {word} on the road to the market.", "en")
    assert r is not None and r.best == 4
