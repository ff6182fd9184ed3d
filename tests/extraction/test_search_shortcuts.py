"""The shortcuts that spare a regular-expression pass give the answers of the pass itself."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sahelwatch.extraction.dates import _pattern_guards, _patterns
from sahelwatch.extraction.places import _holds_word
from sahelwatch.extraction.roles import _MEMBER_BEFORE, _member_before


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="tog ,-'\n", max_size=30), st.sampled_from(["togo", "to", "go", "t-o"]))
def test_a_name_is_found_where_it_occurs_as_by_a_search_of_the_whole_text(text, name):
    rx = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    assert _holds_word(text, name, rx) == bool(rx.search(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="dueslaof '\n", max_size=40))
def test_the_words_before_a_name_are_read_as_by_the_bare_search(left):
    got, want = _member_before(left), _MEMBER_BEFORE.search(left)
    assert (got.span() if got else None) == (want.span() if want else None)


def test_the_member_words_before_a_name_are_found_after_a_final_newline_too():
    assert _member_before("des combattants du \n").group(0) == "des combattants du "
    assert _member_before("trois soldats tues hier") is None


def test_one_pass_over_a_sentence_lets_through_every_date_pattern_that_matches_it():
    sentences = ["l'attaque a eu lieu dans la nuit du 4 au 5 mars 2024 pres de la frontiere",
                 "hier soir, des hommes armes ont tue deux bergers, il y a trois jours un autre",
                 "on sunday, march 3, gunmen killed ten villagers; two days ago another raid",
                 "le marche a rouvert"]
    for lang in ("fr", "en"):
        guards = _pattern_guards(lang)
        for s in sentences:
            maybe = guards.possible(s)
            for i, (_, pat) in enumerate(_patterns(lang)):
                if pat.search(s):
                    assert i in maybe


def test_a_cue_of_many_patterns_answers_as_its_patterns_searched_one_by_one():
    from sahelwatch.extraction.resources import CueSet, Provenance, _literals_of

    pats = tuple(re.compile(p) for p in (r"\btue(?:s|es)?\b", r"\babattu\w*", r"\bmorts?\b", r"\bblesses\b",
                                         r"\d+ victimes", r"\bpar balle\b", r"(?:et|ou)\s+"))
    many = CueSet("test", "fr", pats, Provenance("own test", "2026-12-06"), tuple(_literals_of(p) for p in pats))
    assert many.guards is not None
    for text in ("deux civils tues par balle et trois blesses", "le marche a rouvert", "12 victimes, 3 morts ou plus", ""):
        spans = [m.span() for p in pats for m in p.finditer(text)]
        assert [m.span() for m in many.finditer(text)] == spans
        first = min((m for p in pats if (m := p.search(text))), key=lambda m: m.start(), default=None)
        got = many.search(text)
        assert (got.span() if got else None) == (first.span() if first else None)
