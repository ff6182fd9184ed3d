"""A regular expression guarded by the literals its matches hold answers exactly as the bare one."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sahelwatch.extraction.prefilter import Guarded, GuardSet, guard, holds_one, required_literals


@pytest.mark.parametrize("pattern, want", [
    (r"\b(?:a|ont)\s+(?:ete\s+)?(?:tue|abattu)e?s?\b", {"tue", "abattu"}),
    (r"\bmorts?\b", {"mort"}),
    # a look-ahead's words are in the text too
    (r"(?=\s+(?:de\s+)?(?:morts?|victimes? mortelles?|deces)\b)", {"mort", "deces"}),
    # a literal across a zero-width assertion is one string
    (r"a(?!b)c", {"ac"}),
    # the longer strings of an alternation that hold a shorter one add nothing
    (r"tu(?:e|es|ees|ant)\b", {"tue", "tuant"}),
    # a class of a few plain characters is read as those characters ("l'armee" or "l’armee")
    (r"\bl['’]armee\b", {"l'armee", "l’armee"}),
    # a class with a range or a negation is not: the letters around it stand
    (r"\bsoldat[a-z]\b", {"soldat"}),
    (r"[^x]tues\b", {"tues"}),
])
def test_required_literals_are_read_from_the_pattern(pattern, want):
    assert required_literals(pattern) == want


@pytest.mark.parametrize("pattern", [r"\d+", r"(?i)killed", r"(?:killed)?\s+"])
def test_a_pattern_with_no_required_literal_has_none_and_is_not_guarded(pattern):
    assert required_literals(pattern) is None
    assert isinstance(guard(pattern), re.Pattern)


SENTENCES = [
    "Des hommes armés ont abattu trois bergers près du puits.",
    "Deux gendarmes ont été tués et un autre blessé lors de l'embuscade.",
    "Le marché a rouvert ce matin après deux semaines de fermeture.",
    "Gunmen were killed at dawn; the survivors fled east.",
    "Selon l’armée, l'armee du secteur a riposté à la tombée de la nuit.",
    "",
]
PATTERNS = [
    r"\b(?:a|ont)\s+(?:ete\s+)?(?:tue|abattu)e?s?\b",
    r"\b(?:were|was)\s+(?:\S+\s+)?killed\b",
    r",\s*(?:dont|including)\b[^,;]*(?:,|$)",
    r"(?=\s+(?:morts?|tues)\b)",
    r"^\s*(?:\S+\s+){0,2}?(?:tues|blesses?)\b",
    r"\bl['’]arm[ée]e\b",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_guarded_search_match_finditer_and_sub_answer_as_the_bare_pattern(pattern):
    bare, g = re.compile(pattern), Guarded(re.compile(pattern))
    for s in SENTENCES:
        s = s.lower().replace("é", "e")
        assert (m.span() if (m := g.search(s)) else None) == (m2.span() if (m2 := bare.search(s)) else None)
        assert bool(g.match(s)) == bool(bare.match(s))
        assert [m.span() for m in g.finditer(s)] == [m.span() for m in bare.finditer(s)]
        assert g.sub(lambda m: " " * len(m.group()), s) == bare.sub(lambda m: " " * len(m.group()), s)


def test_a_text_without_the_literals_is_not_searched():
    g = Guarded(re.compile(r"\bont\s+ete\s+tues\b"))
    assert not g.possible("le marche a rouvert ce matin")
    assert g.possible("trois civils ont ete tues")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abtuesmor ,;.'", max_size=40), st.sampled_from(PATTERNS + [r"\bmort(?:e|s)?\b(?! de)"]))
def test_on_any_text_a_guard_never_hides_a_match(text, pattern):
    bare, g = re.compile(pattern), Guarded(re.compile(pattern))
    assert [m.span() for m in g.finditer(text)] == [m.span() for m in bare.finditer(text)]


@pytest.mark.parametrize("literals", [("tue",), ("tue", "abattu"), tuple(f"mot{i}" for i in range(20)) + ("tue",)])
def test_the_literal_test_answers_as_a_substring_test_whatever_the_number_of_literals(literals):
    holds = holds_one(literals)
    for text in ["trois civils ont ete tues", "le marche a rouvert", "", "un mot19 ici", "abattue hier"]:
        assert holds(text) == any(lit in text for lit in literals)


def test_a_pattern_without_literals_is_always_searched():
    assert holds_one(None)("anything at all")
    assert Guarded(re.compile(r"\w+")).possible("")


def test_a_pattern_with_many_literals_is_guarded_and_answers_as_the_bare_pattern():
    words = [f"mot{i}x" for i in range(30)]
    pattern = r"\b(?:" + "|".join(words) + r")\b"
    g = guard(pattern)
    assert isinstance(g, Guarded) and len(g.literals) == 30
    for text in ["rien ici", "un mot7x et un mot29x", "mot30x n'en est pas un", "mot7xy"]:
        assert [m.span() for m in g.finditer(text)] == [m.span() for m in re.finditer(pattern, text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abtuesmor ,;.'", max_size=40))
def test_a_guard_set_tells_in_one_pass_what_each_guard_tells(text):
    guards = [guard(p) for p in PATTERNS + [r"\d+", r"\bmort(?:e|s)?\b(?! de)"]]
    maybe = GuardSet(guards).possible(text)
    for i, g in enumerate(guards):
        assert (i in maybe) == (g.possible(text) if isinstance(g, Guarded) else True)
        if i not in maybe:
            assert g.search(text) is None


def test_a_guard_set_finds_a_literal_inside_another_ones_occurrence():
    guards = [guard(r"\bsoldats?\b"), guard(r"\bdats\b"), guard(r"\bcivils\b")]
    assert GuardSet(guards).possible("trois soldats tues") == {0, 1}
