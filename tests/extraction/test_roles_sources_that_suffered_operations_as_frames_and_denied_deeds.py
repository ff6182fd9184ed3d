"""Three readings of the roles narrowed, both languages, with their near misses.

A jihadist group as the bare source closing an agentless report ("..., selon le JNIM", "..., according to JNIM") is
its claim only when the report tells what it did: a strike from the air or a drone, a death in custody or the group's
own dead ("ses chefs", "its fighters", "jihadists") are what it suffered, and the state's strike keeps its agent.

A force's operation as the frame of deaths ("lors d'une opération de l'armée burkinabè", "during a Malian army
operation") makes the force their agent only when the dead are not its own men, no doer or cause is told after it
("when their vehicle hit a mine", "when jihadists ambushed their convoy"), no attackers before it, and the operation is
no time mark ("deux jours après une opération de l'armée").

The men of the group the sentence before names ("Ses combattants", "Its fighters") carry no deed that is denied, in
their sentence or the one before.
"""

from __future__ import annotations

import pytest

from sahelwatch.extraction.evaluation import perpetrator_match
from sahelwatch.extraction.pipeline import Document
from tests.extraction.conftest import ANCHOR

UNID = "Unidentified armed group"
NOT_STATED = None  # no perpetrator, or an unidentified one

CASES = [
    # the group as the source of what it suffered: the state's strike, not its claim
    ("src-air-fr", "fr", "Trente jihadistes ont été tués lors de frappes aériennes près de Nampala lundi, selon le JNIM.",
     "fama", False),
    ("src-air-en", "en", "Dozens of its fighters were killed in air strikes near Tessit on Monday, according to JNIM.",
     "fama", False),
    ("src-drone-fr", "fr", "Vingt civils ont été tués lors d'une frappe de drone près de Ségou lundi, selon le JNIM.",
     "fama", False),
    ("src-drone-en", "en", "Ten civilians were killed in a drone strike on a wedding near Kidal on Monday, according to "
     "JNIM.", "fama", False),
    ("src-own-fr", "fr", "Deux de ses chefs ont été tués dans une frappe de drone près de Ménaka lundi, selon l'EIGS.",
     "fama", False),
    ("src-dapres-fr", "fr", "Au moins douze personnes ont été tuées lundi dans une frappe aérienne près de Djibo, d'après "
     "le JNIM.", "bf_army", False),
    ("src-custody-en", "en", "Two suspected militants died in custody at a military camp near Dori on Monday, according "
     "to JNIM.", NOT_STATED, False),
    # near misses: the group's claim of the forces' dead stays its claim
    ("src-claim-fr", "fr", "Quinze soldats ont été tués près de Ségou lundi, selon le JNIM.", "jnim", True),
    ("src-claim-en", "en", "Seven soldiers were killed near Boni on Monday, according to JNIM.", "jnim", True),
    # a force's operation: its own dead, a cause or a doer after it, attackers before it, a time mark
    ("op-mine-en", "en", "Four soldiers died during a Malian army operation near Boni on Monday when their vehicle hit a "
     "mine.", NOT_STATED, False),
    ("op-ambush-en", "en", "Two soldiers were killed during a Malian army operation near Boni on Monday, when jihadists "
     "ambushed their convoy.", NOT_STATED, False),
    ("op-own-en", "en", "Six soldiers were killed during a Burkinabe army operation near Djibo on Monday.",
     NOT_STATED, False),
    ("op-gunmen-en", "en", "Four soldiers were wounded and two killed during a Nigerien army operation near Tillaberi on "
     "Monday, when their convoy was ambushed by gunmen.", NOT_STATED, False),
    ("op-own-fr", "fr", "Six soldats ont été tués lors d'une opération de l'armée burkinabè près de Djibo mardi.",
     NOT_STATED, False),
    ("op-own-fr-2", "fr", "Trois militaires ont été tués lors d'une opération de l'armée nigérienne près de Tillabéri "
     "lundi.", NOT_STATED, False),
    ("op-mine-fr", "fr", "Quatre soldats sont morts lors d'une opération de l'armée malienne près de Boni lundi, lorsque "
     "leur véhicule a sauté sur une mine.", NOT_STATED, False),
    ("op-mark-fr", "fr", "Des jihadistes ont tué 15 villageois deux jours après une opération de l'armée malienne dans la "
     "zone de Bankass.", UNID, False),
    ("op-before-fr", "fr", "Quatre civils ont été tués lundi lors d'une attaque jihadiste près de Djibo, deux jours après "
     "une opération de l'armée burkinabè.", UNID, False),
    # near misses: the operation is the deaths' agent; the armed dead told before it
    ("op-agent-en", "en", "Twelve people were killed during a Nigerien army operation near Tillaberi on Monday.",
     "niger_army", False),
    ("op-against-en", "en", "Twelve people were killed during a Malian army operation against jihadists near Boni on "
     "Monday.", "fama", False),
    ("op-fighters-en", "en", "Eight JNIM fighters were killed during a Malian army operation near Nampala on Monday.",
     "fama", False),
    ("op-agent-fr", "fr", "Douze civils ont été tués lors d'une opération de l'armée malienne près de Boni lundi.",
     "fama", False),
    ("op-armed-fr", "fr", "Quinze terroristes ont été neutralisés lors d'une opération de l'armée malienne près de Boni "
     "lundi.", "fama", False),
    # a denial: the group's men carry no deed
    ("its-denied-fr", "fr", "Le JNIM a démenti toute implication lundi. Ses combattants n'ont tué aucun civil à Ségou, "
     "affirme le groupe.", NOT_STATED, False),
    ("its-denied-en", "en", "JNIM denied any role on Monday. Its fighters did not kill civilians in Dogo, the group said.",
     NOT_STATED, False),
    # near misses: the men's deed told plainly
    ("its-deed-fr", "fr", "Le JNIM a attaqué un poste lundi. Ses combattants ont tué dix soldats près de Ségou.", "jnim",
     False),
    ("its-deed-en", "en", "JNIM attacked a post on Monday. Its fighters killed ten soldiers near Dogo.", "jnim", False),
]


@pytest.mark.parametrize("lang,text,gold,claimed", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_source_the_operation_and_the_groups_men(extractor, lang, text, gold, claimed):
    evs = extractor.extract(Document("t", text, lang, ANCHOR)).events
    assert evs, "no event"
    e = evs[0]
    p = e.perpetrator
    name, cid = (p.name, p.canonical_id) if p else (None, None)
    if gold is NOT_STATED:
        assert p is None or perpetrator_match(UNID, name, cid, ANCHOR), (name, cid)
    else:
        assert perpetrator_match(gold, name, cid, ANCHOR), (name, cid)
    assert (e.attribution == "claimed") == claimed, e.attribution
