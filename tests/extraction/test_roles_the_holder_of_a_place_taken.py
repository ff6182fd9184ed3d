"""The holder of a place the deed took, both languages, with its near misses.

A camp, a town or a post a force captured or retook, told with who held it ("a capturé le camp de X, tenu par les
rebelles du CSP", "retook the town, occupied by JNIM"): the holder is the side struck, not the doer; a place held by a
group where people were killed stays the group's (see test_roles_forces_that_guard_what_was_attacked_are_not_its_agent).
"""

from __future__ import annotations

import pytest

from sahelwatch.extraction.evaluation import perpetrator_match
from sahelwatch.extraction.pipeline import Document
from tests.extraction.conftest import ANCHOR

CASES = [
    ("held-camp-fr", "fr", "Les FAMa ont capturé lundi le camp de Tinzaouatene, tenu par les rebelles du CSP.", "fama",
     "armed_group"),
    ("held-camp-en", "en", "The Malian army captured the Tinzaouatene camp, held by CSP rebels, on Monday.", "fama",
     "armed_group"),
    ("held-town-en", "en", "The army retook the town of Lere, occupied by JNIM since March, on Monday.", "fama",
     "armed_group"),
    # near misses: the rebels take the army's camp; the group storms an army-held town; an ambush laid by the group
    ("held-army-fr", "fr", "Les rebelles du CSP ont capturé lundi le camp de Ber, tenu par l'armée malienne.", "csp",
     "security_forces"),
    ("held-army-en", "en", "JNIM fighters stormed the town of Dogo, held by the army, on Monday, killing ten soldiers.",
     "jnim", "security_forces"),
    ("laid-fr", "fr", "Une embuscade tendue par le JNIM a tué dix soldats lundi près de Boni.", "jnim", "security_forces"),
]


@pytest.mark.parametrize("lang,text,gold,target", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_holder_of_a_place_taken_is_struck(extractor, lang, text, gold, target):
    evs = extractor.extract(Document("t", text, lang, ANCHOR)).events
    assert evs, "no event"
    e = evs[0]
    p = e.perpetrator
    name, cid = (p.name, p.canonical_id) if p else (None, None)
    assert perpetrator_match(gold, name, cid, ANCHOR), (name, cid)
    assert e.target_category == target
