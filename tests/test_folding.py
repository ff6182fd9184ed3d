"""The name-folding rules: one key for a name, whoever reads it."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sahelwatch.folding import compact, fold, fold_aligned, join_key, words

# Names as they come: Latin letters with and without accents, ligatures, apostrophes, dashes,
# ampersands, spaces of every kind, digits, some other scripts.
ALPHABET = st.sampled_from(list(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    "éèêëàâäîïôöùûüçÉÈÊÀÂÎÔÛÇñÑãõåÅ"
    "œŒæÆßẞøØłŁđĐıİðþﬁ"
    "'’‘ʼ`´-–—‐&.,;:()/_ \u00a0\u202f\t"
    "«»“”\"ىبتαβЖж\u0301\u0327"
))
NAMES = st.text(ALPHABET, max_size=30)


@given(NAMES)
def test_folding_twice_changes_nothing(s):
    assert fold(fold(s)) == fold(s)
    assert words(words(s)) == words(s)
    assert compact(compact(s)) == compact(s)
    assert fold_aligned(fold_aligned(s)) == fold_aligned(s)


@given(NAMES)
def test_case_does_not_change_the_key(s):
    assert words(s.upper()) == words(s.lower()) == words(s)


@given(NAMES)
def test_accents_do_not_change_the_key(s):
    bare = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    assert words(bare) == words(s)
    assert words(unicodedata.normalize("NFC", s)) == words(unicodedata.normalize("NFD", s))


@given(NAMES)
def test_words_are_lower_case_letters_and_digits_separated_by_single_spaces(s):
    w = words(s)
    assert w == w.strip()
    assert "  " not in w
    assert all(part.isalnum() for part in w.split(" ") if w)
    assert w == w.lower()
    assert not any(unicodedata.combining(c) for c in w)


@given(NAMES)
def test_aligned_folding_keeps_every_offset(s):
    f = fold_aligned(s)
    assert len(f) == len(s)
    # where a character folds to one character, both foldings agree
    for c, a in zip(s, f):
        if len(fold(c)) == 1:
            assert a == fold(c)


@given(NAMES, NAMES)
def test_separators_between_words_do_not_matter(a, b):
    for sep in (" ", "-", "'", "’", " - ", "_", "\u00a0"):
        assert words(a + sep + b) == words(f"{a} {b}")
    assert compact(a + "-" + b) == compact(a + b)


@pytest.mark.parametrize("a, b", [
    ("Ségou", "SEGOU"),
    ("N'Tillit", "N’Tillit"),
    ("Œuvre", "oeuvre"),
    ("Cœur", "COEUR"),
    ("Ætna", "aetna"),
    ("Straße", "STRASSE"),
    ("Tombouctou", "tombouctou "),
    ("Boucle du Mouhoun & Nord", "boucle du mouhoun and nord"),
    ("Côte d'Ivoire", "Cote d Ivoire"),
    ("Gourma-Rharous", "gourma rharous"),
    ("Ménaka\u00a0ville", "Menaka ville"),
    ("ﬁrst", "first"),
])
def test_spellings_of_one_name_share_one_key(a, b):
    assert words(a) == words(b)


@pytest.mark.parametrize("a, b", [("Ségou", "Sévaré"), ("Gao", "Goa"), ("Nara", "Niara"), ("In-Délimane", "In Tillit")])
def test_different_names_keep_different_keys(a, b):
    assert words(a) != words(b)
    assert compact(a) != compact(b)


def test_compact_key_ignores_separators():
    assert compact("In-Délimane") == compact("In Delimane") == compact("indelimane") == "indelimane"


def test_fold_keeps_spacing_and_unifies_marks():
    assert fold("L’État  «islamique» – EIGS") == "l'etat  \"islamique\" - eigs"


def test_nothing_has_no_key():
    for v in (None, float("nan"), "", "  ", "-'-", 3):
        assert words(v) == ""
        assert join_key(v) is None
    assert join_key("Mopti") == "mopti"


def test_every_key_of_the_project_is_built_from_the_same_rules():
    from sahelwatch.actors.normalise import normalise
    from sahelwatch.analytics._frame import norm_name
    from sahelwatch.folding import fold_aligned as text_fold
    from sahelwatch.folding import words as fold_key
    from sahelwatch.geo.gazetteer_names import fold as gazetteer_fold
    from sahelwatch.geo.gazetteer_names import name_key
    from sahelwatch.geo.names import fold_name
    from sahelwatch.sources.context import norm_admin

    name = "Cœur-de-Ségou & N’Tillit"
    w = "coeur de segou and n tillit"
    assert fold_name(name) == norm_name(name) == norm_admin(name) == gazetteer_fold(name) == fold_key(name) == w
    assert name_key(name) == w.replace(" ", "")
    assert normalise("les " + name) == w
    assert text_fold(name) == "cour-de-segou & n'tillit"
