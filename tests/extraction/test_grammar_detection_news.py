"""Variation grammar of detection, part three: sentences that tell no new event beside a text's news, and the near
misses that do.

- Two acts told by their days, each opens its event: an older act within a month of the newer one (two acts of the
  same weeks), and two old acts with no news after them (a belated report: "Le 2 avril ... Le 4 avril, l'armée a
  riposté ..."). (An older act told as history before the news, more than a month before it, still opens an event:
  a rule by the days alone also took events a text reports as news.)
- An attack told only as an aim (a plan, a move towards it, a threat) on a day after the event's: no act done, no
  second event ("Le 11 juin, les terroristes s'apprêtaient à attaquer le camp de Djibo", "the group threatened to carry
  out new attacks"). Near misses: an attack done whose sentence tells its own aim after it ("ont attaqué le camp pour
  s'emparer d'armes", "stormed the camp in order to free prisoners"), and an aim beside dead of its own.

Written for this grammar from general knowledge of French and English news; places are real towns of the shipped
gazetteer or invented villages. Texts are published on the tests' anchor (Wednesday 12 June 2024).
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import ANCHOR
from tests.extraction.variations import expand, params

ONE, TWO = {"events": 1}, {"events": 2}

CASES = []

# ---------------------------------------------------------------- acts of the same weeks and a belated report
OLD_FR = [("Le 20 mai", TWO), ("Le 25 mai", TWO)]
CASES += expand("{old}, {oldact}. {bridge}{news}", old=OLD_FR,
                oldact=["une attaque d'hommes armés a fait cinq morts dans le village de Kobou, près de Djibo",
                        "des jihadistes ont tué douze villageois à Tindirma, dans le cercle de Bankass"],
                bridge=["", "Depuis, la peur règne dans la zone. "],
                news=["Ce dimanche 9 juin, des hommes armés ont enlevé trois enseignants à Sonkoro, près de Douentza.",
                      "Dimanche, des assaillants ont attaqué le marché de Boussouma-Peulh, tuant sept commerçants."],
                tag="hist-first-fr", expect={"lang": "fr"})
OLD_EN = [("On May 20", TWO), ("On May 25", TWO)]
CASES += expand("{old}, {oldact}. {bridge}{news}", old=OLD_EN,
                oldact=["an attack by gunmen killed five people in the village of Kobou, near Djibo",
                        "jihadists killed twelve villagers in Tindirma, in the Bankass area"],
                bridge=["", "Since then, fear has gripped the area. "],
                news=["On Sunday, June 9, gunmen abducted three teachers in Sonkoro, near Douentza.",
                      "On Sunday, attackers stormed the market in Boussouma-Peulh, killing seven traders."],
                tag="hist-first-en", expect={"lang": "en"})
# near misses: two old acts and no news after them (a belated report) are both told
CASES += expand("{old}, {oldact}. {reply}", old=["Le 2 avril", "Le 14 mars 2024"],
                oldact=["une attaque d'hommes armés a fait cinq morts dans le village de Kobou, près de Djibo",
                        "des jihadistes ont tué douze villageois à Tindirma, dans le cercle de Bankass"],
                reply=["Le 4 avril, l'armée a mené des frappes aériennes près de Sonkoro, tuant vingt assaillants."],
                tag="hist-belated-fr", expect={"lang": "fr", **TWO})
CASES += expand("{old}, {oldact}. {reply}", old=["On April 2", "On 14 March 2024"],
                oldact=["an attack by gunmen killed five people in the village of Kobou, near Djibo",
                        "jihadists killed twelve villagers in Tindirma, in the Bankass area"],
                reply=["On April 4, the army carried out air strikes near Sonkoro, killing twenty attackers."],
                tag="hist-belated-en", expect={"lang": "en", **TWO})

# ---------------------------------------------------------------- an attack told only as an aim
CASES += expand("{lead} {aim}",
                lead=["L'armée a frappé une colonne de jihadistes le 8 juin près de Kobou, tuant une vingtaine de combattants.",
                      "Des soldats ont repoussé samedi 8 juin des assaillants près du poste de Kobou, tuant dix d'entre eux."],
                aim=[("Selon l'armée, les terroristes projetaient d'attaquer le camp de Djibo le 11 juin.", ONE),
                     ("Le 11 juin, les terroristes s'apprêtaient à attaquer le camp de Djibo.", ONE),
                     ("Le 11 juin, le groupe a menacé de mener de nouvelles attaques contre Djibo.", ONE),
                     ("Le 11 juin, les combattants se dirigeaient vers Djibo en vue d'une attaque d'envergure.", ONE),
                     # near misses: an attack done, its aim told after it; an aim beside dead of its own
                     ("Le 11 juin, des jihadistes ont attaqué le camp de Djibo pour s'emparer d'armes.", TWO),
                     ("Le 11 juin, des hommes armés ont attaqué le camp de Djibo afin de libérer des détenus.", TWO),
                     ("Le 11 juin, des hommes armés ont tué trois soldats à Djibo en vue d'une attaque plus large.", TWO)],
                tag="aim-fr", expect={"lang": "fr"})
CASES += expand("{lead} {aim}",
                lead=["The army struck a column of jihadists on June 8 near Kobou, killing about twenty fighters.",
                      "Soldiers repelled assailants near the Kobou post on Saturday, June 8, killing ten of them."],
                aim=[("According to the army, the terrorists were planning to attack the camp in Djibo on June 11.", ONE),
                     ("On June 11, the terrorists were about to attack the camp in Djibo.", ONE),
                     ("On June 11, the group threatened to carry out new attacks on the camp in Djibo.", ONE),
                     ("On June 11, the fighters were heading for Djibo to launch a large-scale attack.", ONE),
                     ("On June 11, jihadists attacked the camp in Djibo to seize weapons.", TWO),
                     ("On June 11, gunmen stormed the camp in Djibo in order to free prisoners.", TWO),
                     ("On June 11, gunmen killed three soldiers in Djibo in preparation for a larger attack.", TWO)],
                tag="aim-en", expect={"lang": "en"})

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, GAPS))
def test_history_and_aims_open_no_event_beside_the_news(rules_only, case):
    from sahelwatch.extraction.pipeline import Document

    res = rules_only.extract(Document(case.id, case.text, case.expect["lang"], ANCHOR))
    assert len(res.events) == case.expect["events"], [(e.sub_event_type, e.event_date) for e in res.events]
