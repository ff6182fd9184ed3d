"""Variation grammar of a toll's source and of what a figure near the dead counts: a later toll that revises the
event's own and a tally over a period, a wider area or of another cause that does not; a figure inside a place or a
night skipped before the object; the companions of one owner or of several; a device made safe, no one dead.

Conventions as in test_grammar_tolls.py (docs/extraction.md): a plural told with no figure counts two. Every sentence
is invented; the villages are invented or towns of the shipped gazetteer.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_grammar_tolls import check_toll
from tests.extraction.variations import expand, params

PLACE = ["Kobou", "Sonkoro", "Djibo", "Ansongo"]
FR = {"lang": "fr"}
EN = {"lang": "en"}

CASES = []

# a later sentence told as a new toll of the event replaces its figure, whichever adjective says it is newer
CASES += expand("Des hommes armés ont tué 12 villageois lundi à {place}. {src}, {dead}.", tag="fr-newer", limit=16,
                expect={**FR, "fatalities": 19}, place=PLACE,
                src=["Selon un nouveau bilan", "Selon le dernier bilan", "D'après un bilan actualisé",
                     "Selon un bilan revu mercredi"],
                dead=["19 personnes ont été tuées", "19 villageois ont été tués dans l'attaque"])
CASES += expand("Gunmen killed 12 villagers in {place} on Monday. {src}, {dead}.", tag="en-newer", limit=16,
                expect={**EN, "fatalities": 19}, place=PLACE,
                src=["According to a new toll", "According to the latest toll", "According to an updated death toll",
                     "According to a revised tally"],
                dead=["19 people were killed", "19 villagers were killed in the attack"])

# near misses: the same source words before a tally over a period, a wider area or of another cause; the event keeps
# its own figure
CASES += expand("Des hommes armés ont tué 7 commerçants mardi à {place}. {src}, {tally}.", tag="fr-tally", limit=20,
                expect={**FR, "fatalities": 7}, place=PLACE,
                src=["Selon le dernier bilan des Nations unies", "Selon un nouveau bilan du ministère"],
                tally=["plus de 2 300 civils ont été tués dans la région depuis janvier",
                       "860 personnes ont été tuées dans le pays cette année",
                       "1 100 civils ont été tués au premier trimestre",
                       "410 personnes sont mortes du choléra depuis le début de l'année",
                       "96 personnes ont péri dans les inondations"])
CASES += expand("Gunmen killed 7 traders in {place} on Tuesday. {src}, {tally}.", tag="en-tally", limit=20,
                expect={**EN, "fatalities": 7}, place=PLACE,
                src=["According to the latest toll from the United Nations", "According to an updated toll by the ministry"],
                tally=["more than 2,300 civilians have been killed in the region since January",
                       "860 people have been killed across the country this year",
                       "1,100 civilians were killed in the first quarter",
                       "410 people have died of cholera so far",
                       "96 people died in the floods"])

# a toll released on a day of its own ("un bilan officiel publié mercredi", "an official toll released on Wednesday")
# after the event's own figure is the newer toll, whatever its adjective
CASES += expand("Des jihadistes ont tué 12 personnes mardi à {place}. {rev}", tag="fr-plain", expect=FR,
                place=PLACE[:2],
                rev=[("Selon un bilan officiel publié mercredi, 20 personnes ont été tuées.", {"fatalities": 20})])
CASES += expand("Jihadists killed 12 people in {place} on Tuesday. {rev}", tag="en-plain", expect=EN,
                place=PLACE[:2],
                rev=[("According to an official toll released on Wednesday, 20 people were killed.", {"fatalities": 20}),
                     ("The toll, initially 12, was revised up to 20.", {"fatalities": 20})])
CASES += expand("Des jihadistes ont tué 12 personnes mardi à {place}. {src}, 20 personnes ont été tuées.",
                tag="fr-released", limit=8, expect={**FR, "fatalities": 20}, place=PLACE,
                src=["Selon un bilan communiqué mercredi par l'armée", "D'après le bilan rendu public jeudi",
                     "Selon un bilan diffusé par les autorités le lendemain"])
CASES += expand("Jihadists killed 12 people in {place} on Tuesday. {src}, 20 people were killed.",
                tag="en-released", limit=8, expect={**EN, "fatalities": 20}, place=PLACE,
                src=["According to a toll released by the army on Wednesday", "According to the toll issued on Thursday",
                     "According to a tally published the next day"])
# near misses: a source that names no day only sources its figure (which may count another event): the event keeps
# its own; a tally over a period released on a day is no toll of the event
CASES += expand("Des jihadistes ont tué 12 personnes mardi à {place}. {src}.", tag="fr-released-miss", limit=8,
                expect={**FR, "fatalities": 12}, place=PLACE,
                src=["Selon un bilan communiqué par les autorités, 20 personnes ont été tuées",
                     "Selon un bilan officiel publié mercredi, 860 personnes ont été tuées dans le pays cette année"])
CASES += expand("Jihadists killed 12 people in {place} on Tuesday. {src}.", tag="en-released-miss", limit=8,
                expect={**EN, "fatalities": 12}, place=PLACE,
                src=["According to a toll released by the army, 20 people were killed",
                     "According to an official toll released on Wednesday, 860 people have been killed across the "
                     "country this year"])

# French only: a figure inside the place or the night told between the killing verb and its object is no toll
CASES += expand("Des hommes armés ont {verb} {where} {n} civils.", tag="fr-skip", limit=24, expect=FR,
                verb=["tué", "abattu"],
                where=["dans la zone des trois frontières", "dans la nuit du 9 au 10 juin à Kobou",
                       "dans la nuit du 9 au 10 juin", "près du puits des trois bergers",
                       "au cours de la nuit du 30 au 31 mai"],
                n=[("huit", {"fatalities": 8}), ("au moins 11", {"fatalities": 11}),
                   ("une dizaine de", {"fatalities": 10})])

# the companions of one owner are one more; those of a plural owner are two more, as a bare plural counts
CASES += expand("{dead} {how} près de {place} lundi.", tag="fr-owner", limit=16, expect=FR, place=PLACE,
                how=["ont été tués", "ont été abattus"],
                dead=[("Le chef du village et ses trois fils", {"fatalities": 4}),
                      ("Un commerçant et ses deux apprentis", {"fatalities": 3}),
                      ("Les gendarmes et leurs deux guides", {"fatalities": 4}),
                      ("Les assaillants et leurs trois complices", {"fatalities": 5})])
CASES += expand("{dead} {how} near {place} on Monday.", tag="en-owner", limit=16, expect=EN, place=PLACE,
                how=["were killed", "were shot dead"],
                dead=[("The village chief and his three sons", {"fatalities": 4}),
                      ("A trader and his two apprentices", {"fatalities": 3}),
                      ("The gendarmes and their two guides", {"fatalities": 4}),
                      ("The attackers and their three accomplices", {"fatalities": 5})])

# a device made safe is no one dead; the men who laid it are
CASES += expand("{act} {where} {place} {day}.", tag="fr-device", limit=16, expect=FR, place=PLACE,
                where=["sur l'axe menant à", "près de"], day=["lundi", "dimanche"],
                act=[("Les démineurs de l'armée ont neutralisé un engin explosif improvisé", {"fatalities": 0}),
                     ("Les soldats ont découvert et neutralisé trois mines artisanales", {"fatalities": 0}),
                     ("L'armée a neutralisé deux terroristes qui posaient une mine", {"fatalities": 2})])
CASES += expand("{act} {where} {place} on {day}.", tag="en-device", limit=16, expect=EN, place=PLACE,
                where=["on the road to", "near"], day=["Monday", "Sunday"],
                act=[("Army deminers neutralised an improvised explosive device", {"fatalities": 0}),
                     ("Soldiers found and neutralised three landmines", {"fatalities": 0}),
                     ("The army neutralised two militants who were planting a mine", {"fatalities": 2})])

# near misses: a device's noun that names people's work ("mine employees", "les agents de la mine") counts people
CASES += expand("{who} {place} on {day}, {killing}.", tag="en-mine-staff", limit=12, expect=EN, place=PLACE,
                who=["Gunmen raided a gold mine near", "Attackers stormed a mining site outside"], day=["Monday", "Sunday"],
                killing=[("killing one guard and one mine employee", {"fatalities": 2}),
                         ("killing three mine workers", {"fatalities": 3})])
CASES += expand("{who} {place} {day}, tuant {killing}.", tag="fr-mine-staff", limit=12, expect=FR, place=PLACE,
                who=["Des hommes armés ont attaqué une mine d'or près de", "Des assaillants ont pris d'assaut un site minier près de"],
                day=["lundi", "dimanche"],
                killing=[("un vigile et un employé de la mine", {"fatalities": 2}),
                         ("trois ouvriers de la mine", {"fatalities": 3})])

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, GAPS))
def test_toll(extractor, case):
    check_toll(extractor, case)
