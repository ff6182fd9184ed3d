"""The countries a text names are found in one pass over it, with the answers of a word-bounded search per name."""

from hypothesis import given, settings
from hypothesis import strategies as st

from sahelwatch.extraction.places import _RIVER_NIGER, _countries_named, _country_patterns, _Present, default_gazetteers
from sahelwatch.folding import fold_aligned as fold

WORDS = ["le", "burkina", "burkinabe", "faso", "niger", "nigerien", "fleuve", "mali", "maliens", "togo", "togolais",
         "benin", "beninois", "ghana", "au", "des", "soldats", "x"]


def _per_name(folded: str) -> set[str]:
    folded = _RIVER_NIGER.sub(" ", folded)
    return {name for name, names in _country_patterns() if any(rx.search(folded) for _, rx in names)}


def _neighbours_per_name(folded: str) -> set[str]:
    geo = default_gazetteers()[1]
    geo.neighbours_named("")  # builds its patterns
    return {name for name, rxs in geo._neighbours.items() if any(rx.search(folded) for _, rx in rxs)}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12), st.sampled_from([" ", "-", "", ", ", "'"]))
def test_countries_and_neighbours_named_answer_as_a_search_per_name(words, sep):
    folded = fold(sep.join(words))
    assert _countries_named(folded) == _per_name(folded)
    assert default_gazetteers()[1].neighbours_named(folded) == _neighbours_per_name(folded)


def test_a_name_inside_a_longer_one_and_overlapping_names_are_all_found():
    present = _Present(["burkina", "burkinabe", "nabe", "faso"])
    assert present("des soldats burkinabe") == {"burkina", "burkinabe", "nabe"}
    assert present("rien ici") == set()


def test_the_word_bounds_still_decide():
    assert "Togo" in default_gazetteers()[1].neighbours_named("des soldats au togo lundi")
    assert "Togo" not in default_gazetteers()[1].neighbours_named("le togolaisx est un mot")
