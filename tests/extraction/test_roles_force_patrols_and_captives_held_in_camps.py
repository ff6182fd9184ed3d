"""Two constructions of the roles, both languages, with their near misses.

A unit of the forces named by its men or its force ("une patrouille de soldats", "une patrouille militaire", "a patrol
of soldiers", "an army patrol") that kills is the country's state forces, not an unidentified group; the same unit
attacked stays the target.

Fighters a force captured and then brought to a camp or a base ("conduits dans un camp militaire", "took them to a
military camp"): the captives are the target (an armed group), the camp is where they are held, not who they are;
civilians arrested and brought there stay civilians.
"""

from __future__ import annotations

import pytest

from sahelwatch.extraction.evaluation import perpetrator_match
from sahelwatch.extraction.pipeline import Document
from tests.extraction.conftest import ANCHOR

UNID = "Unidentified armed group"

PATROLS = [
    ("fr", "Sept civils ont été tués mardi près de Niono par une patrouille de soldats.", "fama"),
    ("fr", "Une patrouille de soldats a tué sept civils mardi près de Niono.", "fama"),
    ("fr", "Sept civils ont été tués mardi près de Djibo par une patrouille militaire.", "bf_army"),
    ("fr", "Une unité de militaires a abattu trois bergers mardi près de Djibo.", "bf_army"),
    ("en", "Seven civilians were killed near Niono on Tuesday by an army patrol.", "fama"),
    ("en", "An army patrol killed seven civilians near Niono on Tuesday.", "fama"),
    ("en", "A patrol of soldiers shot dead seven civilians near Niono on Tuesday.", "fama"),
    ("en", "A military unit killed three herders near Djibo on Tuesday.", "bf_army"),
    # (already read: the unit "de l'armée", the agent "by a patrol of soldiers")
    ("fr", "Sept civils ont été tués mardi près de Niono par une patrouille de l'armée.", "fama"),
    ("en", "Seven civilians were killed near Djibo on Tuesday by a patrol of soldiers.", "bf_army"),
    # near misses: the unit attacked, the unit only a time mark of the gunmen's deed
    ("fr", "Des hommes armés ont attaqué une patrouille de soldats mardi près de Niono, tuant sept militaires.", UNID),
    ("en", "Gunmen ambushed an army patrol near Niono on Tuesday, killing seven soldiers.", UNID),
    ("fr", "Sept civils ont été tués mardi près de Niono par des hommes armés, peu avant le passage d'une patrouille "
           "de soldats.", UNID),
    ("en", "Seven civilians were killed near Niono on Tuesday by gunmen who fled before an army patrol arrived.", UNID),
]


@pytest.mark.parametrize("lang,text,gold", PATROLS, ids=[f"patrol-{i}" for i in range(len(PATROLS))])
def test_a_unit_of_soldiers_that_kills_is_the_state_forces(extractor, lang, text, gold):
    evs = extractor.extract(Document("t", text, lang, ANCHOR)).events
    assert evs, "no event"
    p = evs[0].perpetrator
    name, cid = (p.name, p.canonical_id) if p else (None, None)
    assert perpetrator_match(gold, name, cid, ANCHOR), (name, cid)


PATROL_TARGETS = [
    ("fr", "Une patrouille militaire a été prise pour cible mardi près de Niono ; sept soldats ont été tués.",
     "security_forces"),
    ("en", "An army patrol was ambushed near Niono on Tuesday; seven soldiers were killed.", "security_forces"),
    ("fr", "Une patrouille de soldats a tué sept civils mardi près de Niono.", "civilians"),
    ("en", "An army patrol killed seven civilians near Niono on Tuesday.", "civilians"),
]

CAPTIVES = [
    ("fr", "L'armée a capturé cinq terroristes mardi près de Niono, avant de les conduire dans un camp militaire.",
     "armed_group"),
    ("fr", "L'armée a capturé cinq combattants du JNIM mardi près de Niono, avant de les conduire dans un camp "
           "militaire.", "armed_group"),
    ("en", "Soldiers captured five militants near Niono on Tuesday and took them to a military camp.", "armed_group"),
    ("en", "Troops captured five JNIM fighters near Niono on Tuesday and took them to an army base.", "armed_group"),
    # (already read: the passive and its camp)
    ("fr", "Cinq combattants du JNIM ont été capturés mardi près de Niono et conduits dans un camp militaire.",
     "armed_group"),
    ("en", "Five suspected jihadists were arrested near Niono on Tuesday and taken to a military camp.", "armed_group"),
    # near misses: civilians arrested and brought to the camp stay civilians; the group capturing soldiers
    ("fr", "L'armée a arrêté cinq bergers mardi près de Niono, avant de les conduire dans un camp militaire.",
     "civilians"),
    ("en", "Soldiers arrested five herders near Niono on Tuesday and took them to a military camp.", "civilians"),
    ("fr", "Le JNIM a capturé cinq soldats mardi près de Niono.", "security_forces"),
    ("en", "JNIM fighters captured five soldiers near Niono on Tuesday.", "security_forces"),
]


@pytest.mark.parametrize("lang,text,target", PATROL_TARGETS + CAPTIVES,
                         ids=[f"patrol-target-{i}" for i in range(len(PATROL_TARGETS))]
                         + [f"captive-{i}" for i in range(len(CAPTIVES))])
def test_the_target_of_a_patrol_and_of_captives_held_in_a_camp(extractor, lang, text, target):
    evs = extractor.extract(Document("t", text, lang, ANCHOR)).events
    assert evs, "no event"
    assert evs[0].target_category == target


def test_captives_held_in_a_camp_keep_their_captor_as_the_perpetrator(extractor):
    text = "Soldiers captured five JNIM fighters near Niono on Tuesday and took them to a military camp."
    p = extractor.extract(Document("t", text, "en", ANCHOR)).events[0].perpetrator
    assert p is not None and perpetrator_match("fama", p.name, p.canonical_id, ANCHOR), p
