"""Variation grammar of the protest's kind: what makes a demonstration violent is the protesters' own violence
(property looted, burnt or destroyed, stones thrown), not looting only feared or foreseen by a bystander, nor a
flag, an effigy or a portrait burnt as a gesture (ACLED: a protest with no violence of its own is peaceful, one met
with dispersal a protest with intervention).

Written from the ACLED codebook's definitions and the two languages' news style, never from an evaluation text;
places invented or of the shipped gazetteer.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_grammar_types import INTERVENED, MOB, PEACEFUL, VIOLENT_DEMO, check_kind
from tests.extraction.variations import expand, params

FR_PLACE = ["Kobou", "Niamey", "Bamako", "Sonkoro"]
EN_PLACE = ["Kobou", "Niamey", "Bamako", "Sonkoro"]
CASES = []
# looting feared, prevented or foreseen beside a protest: none done
CASES += expand("{crowd} {when} à {place}. {fear}", tag="fr-protest-looting-feared", limit=12,
                crowd=[("Des manifestants ont été dispersés au gaz lacrymogène", INTERVENED),
                       ("Des centaines de jeunes en colère ont manifesté dans le calme", PEACEFUL),
                       ("Des milliers de manifestants en colère ont défilé", PEACEFUL)],
                when=["samedi", "lundi matin"], place=FR_PLACE,
                fear=["Les boutiques sont restées fermées par crainte de pillages.",
                      "Les commerçants ont baissé leurs rideaux de peur d'éventuels saccages.",
                      "Selon un témoin, cette répression va pousser les jeunes au vandalisme.",
                      "La police a renforcé sa présence pour éviter les pillages."])
CASES += expand("{crowd} in {place} {when}. {fear}", tag="en-protest-looting-feared", limit=12,
                crowd=[("Police fired tear gas to disperse protesters", INTERVENED),
                       ("Hundreds of angry youths marched peacefully", PEACEFUL),
                       ("Thousands of demonstrators rallied", PEACEFUL)],
                place=EN_PLACE, when=["on Saturday", "on Monday morning"],
                fear=["Shops stayed shut for fear of looting.",
                      "Traders closed their stalls fearing that the crowd would loot them.",
                      "A resident said the crackdown could lead to vandalism.",
                      "Extra officers were deployed to prevent looting."])
# protesters told angry, and nothing violent done: peaceful
CASES += expand("{crowd} {verb} {when} à {place} {why}.", tag="fr-protest-angry", limit=8, expect=PEACEFUL,
                crowd=["Des jeunes en colère", "Des manifestants en colère", "Des habitants en furie"],
                verb=["ont manifesté", "ont marché jusqu'à la mairie", "se sont rassemblés devant le gouvernorat"],
                when=["samedi", "lundi"], place=FR_PLACE,
                why=["pour dénoncer l'insécurité", "contre la vie chère", "pour réclamer le départ du préfet"])
CASES += expand("{crowd} {verb} in {place} {when} {why}.", tag="en-protest-angry", limit=8, expect=PEACEFUL,
                crowd=["Angry youths", "An angry crowd", "Angry residents"],
                verb=["protested", "marched to the town hall", "staged a demonstration"],
                place=EN_PLACE, when=["on Saturday", "on Monday"],
                why=["to denounce insecurity", "against rising prices", "to demand the prefect's departure"])
# near misses: an angry crowd that lynches or throws stones is violent
CASES += expand("{crowd} {act} {when} à {place}.", tag="fr-protest-angry-violent", limit=4,
                crowd=["Des manifestants en colère", "Des jeunes en colère qui manifestaient"],
                act=[("ont jeté des pierres sur les policiers", VIOLENT_DEMO), ("ont saccagé la mairie", VIOLENT_DEMO)],
                when=["samedi"], place=FR_PLACE)
# an angry crowd named with no protest word, that gathers, voices or demands and does nothing violent: a protest
CASES += expand("{crowd} {verb} {when} à {place} {why}.", tag="fr-angry-crowd", limit=8, expect=PEACEFUL,
                crowd=["Une foule en colère", "Des jeunes en colère", "Des habitants en furie"],
                verb=["s'est rassemblée devant le commissariat", "ont bloqué la route nationale",
                      "se sont réunis devant le gouvernorat"],
                when=["samedi", "lundi"], place=FR_PLACE,
                why=["pour réclamer la libération d'un commerçant", "pour exiger plus de sécurité"])
CASES += expand("{crowd} {verb} in {place} {when} {why}.", tag="en-angry-crowd", limit=8, expect=PEACEFUL,
                crowd=["An angry crowd", "Angry youths", "Angry residents"],
                verb=["gathered outside the police station", "blocked the main road", "assembled outside the governor's office"],
                place=EN_PLACE, when=["on Saturday", "on Monday"],
                why=["to demand the release of a trader", "to demand more security"])
# near misses: an angry crowd that burns or lynches stays a mob
CASES += expand("{crowd} {act} {when} à {place}.", tag="fr-angry-crowd-mob", limit=4, expect=MOB,
                crowd=["Une foule en colère"], act=["a lynché un voleur présumé", "a incendié le commissariat"],
                when=["samedi", "lundi"], place=FR_PLACE)
# a symbol burnt: a gesture, no property destroyed
CASES += expand("{crowd} {burnt} {when} à {place}.", tag="fr-protest-symbol-burnt", limit=10, expect=PEACEFUL,
                crowd=["Des manifestants", "Des milliers de manifestants en colère", "Des manifestants hostiles à la France"],
                burnt=["ont brûlé des drapeaux français", "ont brûlé le drapeau de la CEDEAO",
                       "ont incendié une effigie du président", "ont brûlé des portraits du Premier ministre"],
                when=["samedi", "dimanche"], place=FR_PLACE)
CASES += expand("{crowd} {burnt} in {place} {when}.", tag="en-protest-symbol-burnt", limit=10, expect=PEACEFUL,
                crowd=["Demonstrators", "Thousands of angry protesters", "Protesters supporting the junta"],
                burnt=["burned a French flag", "burned flags of the regional bloc", "set fire to an effigy of the president",
                       "burned posters of the prime minister"],
                when=["on Saturday", "on Sunday"], place=EN_PLACE)
# near misses that stay violent: the protesters' own burning or looting of property
CASES += expand("{crowd} {act} {when} à {place}.", tag="fr-protest-property", limit=8, expect=VIOLENT_DEMO,
                crowd=["Des manifestants", "Des manifestants en colère"],
                act=["ont brûlé des pneus et saccagé la mairie", "ont pillé des boutiques", "ont incendié le commissariat",
                     "ont brûlé des drapeaux puis pillé des magasins"],
                when=["samedi", "dimanche"], place=FR_PLACE)
CASES += expand("{crowd} {act} in {place} {when}.", tag="en-protest-property", limit=8, expect=VIOLENT_DEMO,
                crowd=["Demonstrators", "Angry protesters"],
                act=["burned tyres and ransacked the town hall", "looted shops", "torched the police station",
                     "burned flags and then looted stores"],
                place=EN_PLACE, when=["on Saturday", "on Sunday"])

GAPS = {}


@pytest.mark.parametrize("case", params(CASES, GAPS))
def test_the_protest_is_violent_only_by_its_own_violence(extractor, case):
    check_kind(extractor, case)
