"""Variation grammar of the event's kind, second part: the kind told across two sentences (a toll or a target first,
the means after), killings of civilians by state forces, and the nominal "the attack on X" told with its toll.

Written from the ACLED codebook's definitions and the two languages' news style, never from an evaluation text;
places invented or of the shipped gazetteer.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_grammar_types import AIR, AMBUSH, CLASH, IED, RAID, SHELL, SUICIDE, V, check_kind
from tests.extraction.variations import expand, params

CASES = []
# the dead told first, the means in the next sentence ("Cinq civils ont péri mardi. Leur véhicule avait sauté sur une mine.")
CASES += expand("{dead} {when} près de {place}. {means}", tag="fr-means-after", limit=16,
                dead=["Cinq civils ont perdu la vie", "Quatre soldats ont été tués", "Trois personnes sont mortes"],
                when=["mardi", "lundi soir"], place=["Kobou", "Tiengo"],
                means=[("Leur véhicule a sauté sur une mine.", IED),
                       ("Un engin explosif improvisé a explosé au passage de leur véhicule.", IED),
                       ("Ils ont été touchés par une frappe de drone.", AIR),
                       ("Des obus sont tombés sur leur position.", SHELL)])
CASES += expand("{dead} near {place} {when}. {means}", tag="en-means-after", limit=16,
                dead=["Five civilians were killed", "Four soldiers died", "Three people lost their lives"],
                place=["Kobou", "Tiengo"], when=["on Tuesday", "on Monday night"],
                means=[("Their vehicle struck a landmine.", IED),
                       ("A roadside bomb went off as their truck passed.", IED),
                       ("They were hit by a drone strike.", AIR),
                       ("Mortar shells landed on their position.", SHELL)])
# the nominal attack on a place with its toll, the kind told by its adjective or complement
CASES += expand("{frame} {place} {when} a fait {n} morts.", tag="fr-nominal", limit=12,
                frame=[("L'attentat-suicide contre le marché de", SUICIDE),
                       ("La frappe aérienne sur le marché de", AIR),
                       ("L'embuscade tendue à une patrouille militaire près de", AMBUSH),
                       ("L'attaque à l'engin explosif contre un convoi près de", IED),
                       ("L'attaque du village de", RAID)],
                place=["Kobou", "Sonkoro"], when=["mardi", "lundi"], n=["sept", "onze"])
CASES += expand("{frame} {place} {when} left {n} dead.", tag="en-nominal", limit=12,
                frame=[("The suicide bombing of the market in", SUICIDE), ("The airstrike on the market in", AIR),
                       ("The ambush of an army patrol near", AMBUSH), ("The roadside bombing of a convoy near", IED),
                       ("The raid on the village of", RAID)],
                place=["Kobou", "Sonkoro"], when=["on Tuesday", "on Monday"], n=["seven", "11"])
# civilians killed by the state's forces: an attack on civilians (ACLED), not a battle
CASES += expand("{who} {verb} {n} civils {when} dans le village de {place}.", tag="fr-state-civilians", limit=8,
                expect={"event_type": V, "sub_event_type": "Attack"},
                who=["Des militaires", "Des soldats de l'armée", "Des éléments des forces de défense"],
                verb=["ont exécuté", "ont tué"], n=["six", "douze"], when=["mardi", "lundi"], place=["Kobou", "Sonkoro"])
CASES += expand("{who} {verb} {n} civilians in the village of {place} {when}.", tag="en-state-civilians", limit=8,
                expect={"event_type": V, "sub_event_type": "Attack"},
                who=["Soldiers", "Army troops", "Members of the security forces"],
                verb=["executed", "killed"], n=["six", "12"], place=["Kobou", "Sonkoro"], when=["on Tuesday", "on Monday"])
# a clash told as a fight, then its toll on both sides in the next sentence
CASES += expand("{fight} {when} près de {place}. {toll}", tag="fr-clash-toll-after", limit=6, expect=CLASH,
                fight=["Des combats ont opposé l'armée à des jihadistes", "L'armée a affronté des terroristes"],
                when=["mardi", "lundi soir"], place=["Kobou", "Tiengo"],
                toll=["Le bilan fait état de trois soldats et dix assaillants tués.", "Deux militaires ont été tués."])

# an armed place targeted with one or two dead: an assault on the post, not the targeting of a person (no assassination)
CASES += expand("{dead} when gunmen targeted {post} in {place} {when}.", tag="en-post-targeted", limit=6, expect=CLASH,
                dead=["Two police officers were killed", "A soldier was killed"],
                post=["a police station", "an army post", "a gendarmerie checkpoint"], place=["Kobou", "Sonkoro"],
                when=["on Tuesday", "on Monday night"])
CASES += expand("{post} de {place} a été la cible de tirs d'hommes armés {when} ; {dead}.", tag="fr-post-targeted",
                limit=6, expect=CLASH, post=["Le poste de police", "Le poste de gendarmerie", "Le camp militaire"],
                place=["Kobou", "Sonkoro"], when=["mardi soir", "lundi"],
                dead=["deux policiers ont été tués", "un soldat a été tué"])

GAPS = {}


@pytest.mark.parametrize("case", params(CASES, GAPS))
def test_the_kind_told_across_sentences_and_by_its_noun(extractor, case):
    check_kind(extractor, case)
