"""A mine named as a place that is dug (a gold mine, "the Kobou mine" disputed, reopened or handed back), with no
blast, hit, death, wound or attack told in its sentence, is no explosive device and opens no event; a mine a vehicle
hits or that kills stays remote violence.

Written from the two languages' news style, never from an evaluation text; places invented.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_grammar_types import IED, _events, check_kind
from tests.extraction.variations import expand, params

NEAR = []
NEAR += expand("{who} said {when} that {what}.", tag="en-mine-named", limit=10,
               who=["The mining company", "The Canadian miner", "The government"],
               when=["on Monday", "on Friday"],
               what=["the Kobou mine would be returned to its operator", "the dispute over the Sonkoro mine was settled",
                     "the Tiengo mine had resumed production", "its stake in the Kobou gold mine would rise",
                     "the mine would leave state administration"])
NEAR += expand("{what} {when}.", tag="en-mine-named-plain", limit=4,
               what=["Work at the Kobou mine stopped", "The Sonkoro mine reopened", "Shares rose after the Tiengo mine deal"],
               when=["on Monday", "last week"])

CASES = []
# near misses: the device a vehicle hits, or that kills, stays an IED
CASES += expand("{what} near {place} {when}.", tag="en-mine-hit", limit=8, expect=IED,
                what=["An army truck hit a mine", "A bus struck a landmine", "Three soldiers were killed when their vehicle ran over a mine",
                      "Two civilians died when their cart hit the mine"],
                place=["Kobou", "Sonkoro"], when=["on Tuesday", "on Monday"])
CASES += expand("{what} {when} près de {place}.", tag="fr-mine-hit", limit=6, expect=IED,
                what=["Un camion a heurté une mine", "Un véhicule militaire a sauté sur une mine",
                      "Trois soldats ont été tués par une mine"],
                when=["mardi", "lundi"], place=["Kobou", "Sonkoro"])

GAPS = {}
NEAR_GAPS = {}


@pytest.mark.parametrize("case", params(NEAR, NEAR_GAPS))
def test_a_mine_named_as_a_place_opens_no_event(extractor, case):
    assert [e.sub_event_type for e in _events(extractor, case.text, "en")] == []


@pytest.mark.parametrize("case", params(CASES, GAPS))
def test_a_mine_hit_stays_a_device(extractor, case):
    check_kind(extractor, case)
