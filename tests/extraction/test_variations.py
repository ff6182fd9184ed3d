"""The variation grammars' helper (tests/extraction/variations.py) builds the cases it says it builds."""

import pytest

from tests.extraction.variations import expand, params


def test_every_combination_with_merged_expectations_in_slot_order():
    cases = expand("{who} a frappé {where}.", tag="g", expect={"lang": "fr"},
                   who=[("l'armée", {"perpetrator": "state"}), "un groupe"],
                   where=["Kobou", ("Sonkoro", {"perpetrator": "other"})])
    assert [c.text for c in cases] == ["L'armée a frappé Kobou.", "L'armée a frappé Sonkoro.",
                                      "Un groupe a frappé Kobou.", "Un groupe a frappé Sonkoro."]
    assert [c.id for c in cases] == ["g-0-0", "g-0-1", "g-1-0", "g-1-1"]
    assert cases[0].expect == {"lang": "fr", "perpetrator": "state"}
    assert cases[1].expect == {"lang": "fr", "perpetrator": "other"}  # the later slot's expectation wins
    assert cases[2].expect == {"lang": "fr"}


def test_a_sample_is_fixed_by_its_seed_and_smaller_than_the_product():
    fill = {"a": [str(i) for i in range(20)], "b": [str(i) for i in range(20)]}
    one = expand("{a} {b}", limit=15, seed=3, **fill)
    assert len(one) == 15 and len({c.id for c in one}) == 15
    assert [c.id for c in one] == [c.id for c in expand("{a} {b}", limit=15, seed=3, **fill)]
    assert [c.id for c in one] != [c.id for c in expand("{a} {b}", limit=15, seed=4, **fill)]


def test_a_slot_without_fillers_and_a_gap_naming_no_case_are_errors():
    with pytest.raises(ValueError, match="no fillers for b"):
        expand("{a} {b}", a=["x"])
    with pytest.raises(ValueError, match="slot 'a' has no fillers"):
        expand("{a}", a=[])
    with pytest.raises(ValueError, match="gaps name no case: t-9"):
        params(expand("{a}", a=["x"]), gaps={"t-9": "why"})
    with pytest.raises(ValueError, match="case ids repeated"):
        params(expand("{a}", a=["x"]) * 2)


def test_a_gap_is_a_strict_expected_failure():
    (kept, gap) = params(expand("{a}", a=["x", "y"]), gaps={"t-1": "not read yet"})
    assert not kept.marks
    (mark,) = gap.marks
    assert mark.name == "xfail" and mark.kwargs == {"strict": True, "reason": "not read yet"}
