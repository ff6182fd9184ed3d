"""The attackers a state force killed: when their attack was on the forces, the forces answered it (the attackers are
the perpetrators, the forces the target); when the clause tells whom they struck and it is not the forces ("des
agresseurs qui braquaient un commerçant"), or the forces killed them in an operation of their own ("au cours d'une
opération de ratissage"), the forces answered no attack on themselves.

Written from general knowledge of the two languages (tests/extraction/variations.py); no sentence or phrase comes from
an evaluation text.
"""

from __future__ import annotations

import pytest

from sahelwatch.extraction.evaluation import perpetrator_match
from sahelwatch.extraction.pipeline import Document
from tests.extraction.conftest import ANCHOR
from tests.extraction.variations import Case, expand, params

UNID = "Unidentified armed group"
CIV, SEC, ARM = "civilians", "security_forces", "armed_group"
FR, EN = {"lang": "fr"}, {"lang": "en"}
PLACE = ["Kaya", "Djibo", "Douentza"]

CASES: list[Case] = []
# -- the attackers' clause names other victims: no attack on the forces (they are its doers, not its target)
CASES += expand("{force} {verb} {n} {men} qui {act} {when} à {place}.", tag="fr-struck-others", expect={**FR, "not_target": SEC},
                limit=16, force=["L'armée a", "Les gendarmes ont", "Les FDS ont"], verb=["abattu", "neutralisé"],
                n=["deux", "quatre"], men=["agresseurs", "assaillants"],
                act=["attaquaient des civils au marché", "braquaient un commerçant", "rançonnaient des passagers",
                     "s'en prenaient à des villageois"], when=["mardi", "dans la nuit"], place=PLACE)
CASES += expand("{force} killed {n} {men} who were {act} in {place} on Tuesday.", tag="en-struck-others",
                expect={**EN, "not_target": SEC}, limit=8, force=["Troops", "Police officers"], n=["two", "four"],
                men=["attackers", "assailants"], act=["robbing a trader", "attacking civilians at the market"], place=PLACE)
# -- the forces' own operation: they are the doers, the dead the armed men
CASES += expand("{force} {n}{men} au cours d'une opération de {op} près de {place}.", tag="fr-own-operation",
                expect={**FR, "target": ARM}, limit=12,
                force=[("L'armée burkinabè a neutralisé", {"perpetrator": "bf_army"}),
                       ("Les FAMa ont abattu", {"perpetrator": "fama"}),
                       ("L'armée malienne a neutralisé", {"perpetrator": "fama"})],
                n=["trois ", "une dizaine d'", "quatre "], men=["assaillants"], op=["ratissage", "sécurisation"],
                place=PLACE)
# -- fighters killed while attacking the forces' own post (any noun for them), the elided "d'" glued to the noun
CASES += expand("{force} {n} {men} lors de l'attaque de {poss} {post} à {place}.", tag="fr-attack-on-post",
                expect={**FR, "perpetrator": UNID, "target": SEC}, limit=12,
                force=["L'armée a neutralisé", "Les soldats ont abattu", "La gendarmerie a tué"],
                n=["dix", "plusieurs"], men=["terroristes", "jihadistes", "hommes armés"], poss=["son", "leur"],
                post=["poste", "camp", "position"], place=PLACE)
CASES += expand("{force} {n}{men} qui {act} {post} de {place}.", tag="fr-tried-to-take",
                expect={**FR, "perpetrator": UNID, "target": SEC}, limit=10,
                force=["Les FAMa ont abattu", "L'armée a neutralisé", "Les soldats ont tué"],
                n=["une vingtaine d'", "une dizaine d'", "plusieurs "], men=["assaillants", "attaquants"],
                act=["tentaient de prendre le", "ont attaqué le", "avaient attaqué la"], post=["camp", "base"],
                place=PLACE)
CASES += expand("{force} killed {n} {men} who {act} their {post} in {place} on Sunday.", tag="en-attacked-their-post",
                expect={**EN, "perpetrator": UNID, "target": SEC}, limit=10, force=["Troops", "The army", "Soldiers"],
                n=["seven", "several"], men=["gunmen", "militants", "jihadists"], act=["attacked", "stormed"],
                post=["base", "camp", "post"], place=PLACE)


@pytest.mark.parametrize("case", params(CASES, {}))
def test_the_attackers_the_forces_killed(extractor, case):
    evs = extractor.extract(Document("t", case.text, case.expect["lang"], ANCHOR)).events
    assert evs, "no event"
    ev = evs[0]
    if "target" in case.expect:
        assert ev.target_category == case.expect["target"], ev.target_category
    if "not_target" in case.expect:
        # the forces answered no attack: they are not its target, and the doers are no unnamed attackers
        ps = [a for a in ev.actors if a.role == "perpetrator"]
        assert ev.target_category != case.expect["not_target"], ev.target_category
        assert ps and ps[0].canonical_id != "unidentified_armed_group", [(a.name, a.role) for a in ev.actors]
    if "perpetrator" in case.expect:
        ps = [a for a in ev.actors if a.role == "perpetrator"]
        name, cid = (ps[0].name, ps[0].canonical_id) if ps else (None, None)
        assert perpetrator_match(case.expect["perpetrator"], name, cid, ANCHOR), (name, cid)
