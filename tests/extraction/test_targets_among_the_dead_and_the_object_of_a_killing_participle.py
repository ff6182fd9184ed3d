"""Two constructions of the victims, both languages, with their near misses.

The subject told among the dead ("Members of the national guard were among the 15 dead", "des membres des VDP
figurent parmi les personnes tuées", "des combattants du JNIM figurent parmi les morts") is the victims, as the subject
of a passive: not the doers.

The object of a participle of killing after the deed's clause ("..., tuant six terroristes", "..., neutralisant huit
terroristes") is the victims, whatever the clause before it took: weapons or motorbikes a force captured are no target.
"""

from __future__ import annotations

import pytest

from sahelwatch.extraction.evaluation import perpetrator_match
from sahelwatch.extraction.pipeline import Document
from tests.extraction.conftest import ANCHOR

UNID = "Unidentified armed group"

CASES = [
    # among the dead: the victims, not the doers
    ("among-guard-en", "en", "Members of the national guard were among the 15 dead in the attack near Tahoua on Monday.",
     "security_forces", UNID),
    ("among-police-en", "en", "Police officers were among those killed in the attack on Tahoua on Monday.",
     "security_forces", UNID),
    ("among-fighters-en", "en", "JNIM fighters were among the 20 killed near Boni on Monday.", "armed_group", UNID),
    ("among-vdp-fr", "fr", "Des membres des VDP figurent parmi les 12 personnes tuées lundi près de Djibo.",
     "security_forces", UNID),
    ("among-jnim-fr", "fr", "Des combattants du JNIM figurent parmi les morts de l'affrontement près de Boni lundi.",
     "armed_group", UNID),
    # near misses: the victims' noun among the dead already read; among the first to arrive; the dead told after the deed
    ("among-soldiers-en", "en", "Three soldiers were among the dead in the attack near Djibo on Monday.", "security_forces",
     UNID),
    ("among-gendarmes-fr", "fr", "Des gendarmes figurent parmi les victimes de l'attaque de Tahoua lundi.",
     "security_forces", UNID),
    ("among-first-en", "en", "Soldiers were among the first to reach Dogo after gunmen killed 12 villagers on Monday.",
     "civilians", UNID),
    ("among-after-en", "en", "JNIM fighters killed 12 villagers near Boni on Monday; two children were among the dead.",
     "civilians", "jnim"),
    # the participle's object after a capture of goods
    ("part-captured-fr", "fr", "Les FAMa ont capturé des armes et des motos lors d'une opération près de Léré lundi, "
     "tuant six terroristes.", "armed_group", "fama"),
    ("part-vehicles-fr", "fr", "L'armée a capturé des armes et des véhicules près de Léré lundi, neutralisant huit "
     "terroristes.", "armed_group", "fama"),
    # near misses: the participle's victims already read
    ("part-civilians-en", "en", "Gunmen attacked the village on Monday, killing six civilians.", "civilians", UNID),
    ("part-soldiers-fr", "fr", "Les jihadistes ont attaqué le poste de Boni lundi, tuant six soldats.", "security_forces",
     UNID),
    ("part-seized-en", "en", "Troops seized weapons and motorbikes near Lere on Monday, killing six militants.",
     "armed_group", "fama"),
]


@pytest.mark.parametrize("lang,text,target,gold", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_victims_among_the_dead_and_of_a_killing_participle(extractor, lang, text, target, gold):
    evs = extractor.extract(Document("t", text, lang, ANCHOR)).events
    assert evs, "no event"
    e = evs[0]
    p = e.perpetrator
    name, cid = (p.name, p.canonical_id) if p else (None, None)
    assert e.target_category == target
    assert perpetrator_match(gold, name, cid, ANCHOR), (name, cid)
