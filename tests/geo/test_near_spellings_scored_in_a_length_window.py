"""A misspelt name is scored only against names whose length lets ``fuzz.ratio`` reach the cutoff: the same near
spellings, scores and order as a scan of every name."""

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from sahelwatch.geo.gazetteer import FUZZY_CUTOFF, FUZZY_CUTOFF_LONG, KeysByLength, fuzzy_names, length_window

# a small alphabet: many names within a few edits of each other, and many ties of score
NAMES = st.text(alphabet="abko", min_size=1, max_size=24)
CUTOFFS = st.sampled_from([FUZZY_CUTOFF, FUZZY_CUTOFF_LONG]) | st.integers(min_value=1, max_value=99)


@settings(max_examples=300, deadline=None)
@given(NAMES, NAMES, CUTOFFS)
def test_a_name_outside_the_window_never_reaches_the_cutoff(a, b, cutoff):
    shortest, longest = length_window(len(a), cutoff)
    if fuzz.ratio(a, b, score_cutoff=cutoff) >= cutoff:
        assert shortest <= len(b) <= longest
    assert shortest <= len(a) <= longest


@settings(max_examples=300, deadline=None)
@given(NAMES, st.lists(NAMES, max_size=80), CUTOFFS, st.integers(min_value=1, max_value=10))
def test_the_window_finds_what_a_full_scan_finds(key, names, cutoff, limit):
    full = process.extract(key, names, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)
    assert fuzzy_names(key, KeysByLength(names), cutoff, limit) == [(k, sim) for k, sim, _ in full]


def test_ties_keep_the_names_first_order():
    # against "kobako", "kobakooob" (9 letters, 3 edits) and "koba" (4 letters, 2 edits) both score 80: the longer,
    # listed first, comes first, as in a scan of every name, though the window holds the shorter first
    names = ["kobakooob", "xxxxxxxxxxxxxxx", "koba", "kobak"]
    full = process.extract("kobako", names, scorer=fuzz.ratio, score_cutoff=70, limit=8)
    assert [k for k, _, _ in full] == ["kobak", "kobakooob", "koba"] and full[1][1] == full[2][1]
    assert fuzzy_names("kobako", KeysByLength(names), 70, 8) == [(k, sim) for k, sim, _ in full]
