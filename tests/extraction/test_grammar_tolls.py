"""Variation grammar of the toll: the ways French and English news tell how many died in one event.

Written from the two languages (number forms, death words, whose dead, breakdowns, revised and restated tolls)
and from the project's conventions (docs/extraction.md, "Vague counts" and the count rules: a vague figure is a
floor, "plus de 30" is 31, "une dizaine" 10, "des dizaines" 20, "dozens" 24, a range its low end; the attackers'
dead are added to the others, since ACLED counts every death of an event; an event with no dead codes 0). Every
sentence here is invented; the villages are invented or towns of the shipped gazetteer.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import ANCHOR
from tests.extraction.variations import expand, params

# ---------------------------------------------------------------- slot fillers (word families)

FR_NUM = [  # number forms, French: (surface, its toll)
    ("12", {"fatalities": 12}), ("douze", {"fatalities": 12}), ("trente-sept", {"fatalities": 37}),
    ("soixante et onze", {"fatalities": 71}), ("quatre-vingt-deux", {"fatalities": 82}),
    ("au moins 14", {"fatalities": 14}), ("au moins sept", {"fatalities": 7}), ("plus de 30", {"fatalities": 31}),
    ("près de 40", {"fatalities": 40}), ("environ 25", {"fatalities": 25}),
    ("une dizaine de", {"fatalities": 10}), ("une quinzaine de", {"fatalities": 15}),
    ("une vingtaine de", {"fatalities": 20}), ("une centaine de", {"fatalities": 100}),
    ("des dizaines de", {"fatalities": 20}), ("entre 10 et 15", {"fatalities": 10}),
    ("10 à 15", {"fatalities": 10}), ("quatre ou cinq", {"fatalities": 4}), ("deux", {"fatalities": 2}),
]
EN_NUM = [  # number forms, English
    ("12", {"fatalities": 12}), ("twelve", {"fatalities": 12}), ("thirty-seven", {"fatalities": 37}),
    ("at least 14", {"fatalities": 14}), ("at least seven", {"fatalities": 7}), ("more than 30", {"fatalities": 31}),
    ("nearly 40", {"fatalities": 40}), ("about 25", {"fatalities": 25}), ("some 60", {"fatalities": 60}),
    ("a dozen", {"fatalities": 12}), ("dozens of", {"fatalities": 24}), ("two dozen", {"fatalities": 24}),
    ("between 10 and 15", {"fatalities": 10}), ("a handful of", {"fatalities": 3}), ("two", {"fatalities": 2}),
    ("an estimated 50", {"fatalities": 50}),
]
FR_VICTIMS = ["civils", "villageois", "soldats", "personnes", "militaires", "orpailleurs"]
EN_VICTIMS = ["civilians", "villagers", "soldiers", "people", "troops", "gold miners"]
FR_ACTOR = ["des hommes armés", "des jihadistes présumés", "des assaillants non identifiés", "des terroristes"]
EN_ACTOR = ["Gunmen", "Suspected jihadists", "Unidentified assailants", "Armed men on motorbikes"]
FR_PLACE = ["Kobou", "Sonkoro", "Djibo", "Ansongo"]
EN_PLACE = ["Kobou", "Sonkoro", "Djibo", "Ansongo"]
FR = {"lang": "fr"}
EN = {"lang": "en"}

CASES = []

# ---------------------------------------------------------------- French

# an active killing verb with the figure as object: "X ont tué N civils"
CASES += expand("{actor} ont {verb} {n} {victims} mardi à {place}.", tag="fr-active", limit=24, expect=FR,
                actor=FR_ACTOR, verb=["tué", "abattu", "exécuté", "massacré"], n=FR_NUM, victims=FR_VICTIMS,
                place=FR_PLACE)
# a passive killing verb with the figure as subject: "N civils ont été tués"
CASES += expand("{n} {victims} ont été {verb} mardi lors d'une attaque contre le village de {place}.",
                tag="fr-passive", limit=20, expect=FR, n=FR_NUM, victims=FR_VICTIMS,
                verb=["tués", "abattus", "exécutés", "massacrés", "fauchés par des tirs"], place=FR_PLACE)
# an intransitive death phrase: "N civils ont péri / ont perdu la vie / ont trouvé la mort"
CASES += expand("{n} {victims} {died} mardi dans une attaque de {actor} à {place}.", tag="fr-died", limit=20,
                expect=FR, n=FR_NUM, victims=FR_VICTIMS,
                died=["ont péri", "ont perdu la vie", "ont trouvé la mort", "sont morts",
                      "ont succombé à leurs blessures"], actor=FR_ACTOR, place=FR_PLACE)
# a toll noun: "l'attaque a fait N morts", "faisant N morts", "un bilan de N morts", "a coûté la vie à N"
CASES += expand("{actor} ont attaqué mardi le village de {place}, {toll}.", tag="fr-noun", limit=24, expect=FR,
                actor=FR_ACTOR, place=FR_PLACE,
                toll=[("faisant 9 morts", {"fatalities": 9}), ("faisant au moins neuf victimes", {"fatalities": 9}),
                      ("un raid qui a fait 23 morts", {"fatalities": 23}),
                      ("pour un bilan de 17 morts", {"fatalities": 17}),
                      ("une attaque qui a coûté la vie à 11 civils", {"fatalities": 11}),
                      ("causant la mort de six personnes", {"fatalities": 6}),
                      ("provoquant le décès de 8 personnes", {"fatalities": 8}),
                      ("faisant une vingtaine de morts", {"fatalities": 20}),
                      ("tuant 13 personnes", {"fatalities": 13})])
# a toll told as the sentence's subject: "Le bilan est de N morts", "On dénombre N décès"
CASES += expand("{lead} {n} {noun} après l'attaque de {actor} mardi à {place}.", tag="fr-bilan", limit=20,
                expect=FR, lead=["Le bilan provisoire fait état de", "On dénombre", "Les secours ont compté"],
                n=[("15", {"fatalities": 15}), ("au moins 15", {"fatalities": 15}),
                   ("une trentaine de", {"fatalities": 30})],
                noun=["morts", "décès", "tués"], actor=FR_ACTOR, place=FR_PLACE)
# a bodies count: "N corps ont été retrouvés"
CASES += expand("{n} corps ont été retrouvés mardi à {place} après le passage de {actor}.", tag="fr-bodies",
                limit=8, expect=FR, n=[("Vingt", {"fatalities": 20}), ("Au moins 12", {"fatalities": 12})],
                place=FR_PLACE, actor=FR_ACTOR)
# the armed side's dead in an army statement ("neutralisés"): counted, ACLED counts every death of an event
CASES += expand("{lead} l'armée a {verb} {n} terroristes lors d'une opération mardi près de {place}.",
                tag="fr-army", limit=16, expect=FR,
                lead=["Selon un communiqué,", "D'après l'état-major,"], verb=["neutralisé", "abattu", "tué"],
                n=[("18", {"fatalities": 18}), ("une vingtaine de", {"fatalities": 20}),
                   ("au moins 9", {"fatalities": 9})], place=FR_PLACE)
# a breakdown by side: coordinated counts add up; "dont" gives a part of the total
CASES += expand("{actor} ont attaqué mardi un poste de l'armée à {place}. {toll}", tag="fr-breakdown", limit=24,
                expect=FR, actor=FR_ACTOR, place=FR_PLACE,
                toll=[("Cinq soldats et trois civils ont été tués.", {"fatalities": 8}),
                      ("L'attaque a fait 14 morts, dont 9 soldats.", {"fatalities": 14}),
                      ("Quatre militaires ont été tués et 12 assaillants neutralisés.", {"fatalities": 16}),
                      ("Six soldats ont perdu la vie ; côté ennemi, une dizaine de morts.", {"fatalities": 16}),
                      ("Au total, 21 personnes ont été tuées, dont sept femmes et trois enfants.",
                       {"fatalities": 21})])
# a toll revised: the later figure wins ("passé de 12 à 20", "s'est alourdi", "portant le bilan à")
CASES += expand("{actor} ont tué 12 civils mardi à {place}. {rev}", tag="fr-revised", limit=16, expect=FR,
                actor=FR_ACTOR, place=FR_PLACE,
                rev=[("Le bilan est passé de 12 à 20 morts mercredi.", {"fatalities": 20}),
                     ("Le bilan s'est alourdi à 20 morts.", {"fatalities": 20}),
                     ("Huit blessés ont succombé, portant le bilan à 20 morts.", {"fatalities": 20}),
                     ("Deux autres personnes ont succombé à leurs blessures.", {"fatalities": 14})])
# a toll restated in the headline and the lead: counted once
CASES += expand("{head}\n{actor} ont tué 12 civils mardi dans le village de {place}, selon des sources locales.",
                tag="fr-restated", limit=12, expect={**FR, "fatalities": 12}, actor=FR_ACTOR, place=FR_PLACE,
                head=["Mali : 12 morts dans une attaque", "Burkina : douze civils tués dans le nord",
                      "Attaque meurtrière : au moins 12 morts"])
# near-misses: figures that are not deaths (wounded, abducted, displaced, arrested, missing, ages, years,
# distances, vehicles, hours, dates, money), beside a death toll or with no dead at all
CASES += expand("{actor} ont attaqué mardi le village de {place}, {other}.", tag="fr-nodead", limit=16, expect=FR,
                actor=FR_ACTOR, place=FR_PLACE,
                other=[("blessant 12 personnes", {"fatalities": 0}),
                       ("enlevant 14 femmes", {"fatalities": 0}),
                       ("poussant 3 000 habitants à fuir", {"fatalities": 0}),
                       ("incendiant 12 véhicules et 40 cases", {"fatalities": 0}),
                       ("situé à 30 kilomètres de la frontière", {"fatalities": 0}),
                       ("vers 14 heures", {"fatalities": 0}),
                       ("emportant 5 millions de francs CFA", {"fatalities": 0}),
                       ("et 20 personnes sont portées disparues", {"fatalities": 0})])
CASES += expand("{actor} ont tué {victim} mardi à {place}{extra}.", tag="fr-nearmiss", limit=20, expect=FR,
                actor=FR_ACTOR, place=FR_PLACE,
                victim=[("trois civils", {"fatalities": 3}), ("un commerçant de 45 ans", {"fatalities": 1})],
                extra=[", à 25 km de la ville", ", vers 3 heures du matin", ", le 11 juin 2024",
                       " et blessé 17 autres personnes", " et enlevé 9 autres", ", emportant 40 têtes de bétail",
                       " et incendié 6 motos", "; l'armée a interpellé 15 suspects"])
# an earlier event's toll or a yearly tally is not this event's
CASES += expand("{actor} ont tué quatre civils mardi à {place}. {past}", tag="fr-past", limit=16,
                expect={**FR, "fatalities": 4}, actor=FR_ACTOR, place=FR_PLACE,
                past=["En 2019, 160 villageois y avaient été tués.",
                      "Depuis le début de l'année, plus de 800 civils ont été tués dans la région.",
                      "Le mois dernier, une attaque similaire avait fait 35 morts.",
                      "Les violences ont fait des milliers de morts depuis 2015."])

# ---------------------------------------------------------------- English

# an active killing verb: "X killed N civilians"
CASES += expand("{actor} {verb} {n} {victims} in {place} on Tuesday.", tag="en-active", limit=24, expect=EN,
                actor=EN_ACTOR, verb=["killed", "shot dead", "executed", "massacred", "gunned down"], n=EN_NUM,
                victims=EN_VICTIMS, place=EN_PLACE)
# a passive killing verb: "N civilians were killed / slain / gunned down"
CASES += expand("{n} {victims} were {verb} on Tuesday when gunmen attacked {place}.", tag="en-passive", limit=20,
                expect=EN, n=EN_NUM, victims=EN_VICTIMS,
                verb=["killed", "slain", "gunned down", "executed", "massacred", "shot dead"], place=EN_PLACE)
# an intransitive death phrase: "N people died / lost their lives / perished"
CASES += expand("{n} {victims} {died} in an attack by {actor} on {place} on Tuesday.", tag="en-died", limit=20,
                expect=EN, n=EN_NUM, victims=EN_VICTIMS,
                died=["died", "lost their lives", "perished", "were found dead", "died of their wounds"],
                actor=[a.lower() for a in EN_ACTOR], place=EN_PLACE)
# a toll noun: "left N dead", "claimed N lives", "killing N", "the death toll stood at N"
CASES += expand("{actor} attacked the village of {place} on Tuesday, {toll}.", tag="en-noun", limit=24, expect=EN,
                actor=EN_ACTOR, place=EN_PLACE,
                toll=[("leaving 9 dead", {"fatalities": 9}), ("killing at least nine people", {"fatalities": 9}),
                      ("in a raid that left 23 people dead", {"fatalities": 23}),
                      ("in an attack that claimed 17 lives", {"fatalities": 17}),
                      ("an assault that cost the lives of 11 civilians", {"fatalities": 11}),
                      ("causing the deaths of six people", {"fatalities": 6}),
                      ("leaving around 20 dead", {"fatalities": 20}),
                      ("killing 13", {"fatalities": 13})])
# a toll told as its own sentence: "The death toll stands at N"
CASES += expand("{actor} stormed {place} on Tuesday. {toll}", tag="en-bilan", limit=16, expect=EN,
                actor=EN_ACTOR, place=EN_PLACE,
                toll=[("The death toll stands at 15.", {"fatalities": 15}),
                      ("Officials put the death toll at 15.", {"fatalities": 15}),
                      ("At least 15 bodies were found.", {"fatalities": 15}),
                      ("Fifteen people were confirmed dead.", {"fatalities": 15})])
# the armed side's dead in an army statement ("neutralised"): counted
CASES += expand("{lead} the army {verb} {n} terrorists during an operation near {place} on Tuesday.",
                tag="en-army", limit=16, expect=EN, lead=["In a statement,", "According to the general staff,"],
                verb=["neutralised", "killed", "neutralized"],
                n=[("18", {"fatalities": 18}), ("about twenty", {"fatalities": 20}),
                   ("at least 9", {"fatalities": 9})], place=EN_PLACE)
# a breakdown by side; "including" gives a part of the total
CASES += expand("{actor} attacked an army post in {place} on Tuesday. {toll}", tag="en-breakdown", limit=20,
                expect=EN, actor=EN_ACTOR, place=EN_PLACE,
                toll=[("Five soldiers and three civilians were killed.", {"fatalities": 8}),
                      ("The attack left 14 dead, including 9 soldiers.", {"fatalities": 14}),
                      ("Four soldiers were killed and 12 attackers were neutralised.", {"fatalities": 16}),
                      ("Six soldiers died, and the army said 10 assailants were killed.", {"fatalities": 16}),
                      ("In all, 21 people were killed, among them seven women.", {"fatalities": 21})])
# a toll revised: the later figure wins
CASES += expand("{actor} killed 12 civilians in {place} on Tuesday. {rev}", tag="en-revised", limit=16, expect=EN,
                actor=EN_ACTOR, place=EN_PLACE,
                rev=[("The death toll rose from 12 to 20 on Wednesday.", {"fatalities": 20}),
                     ("The death toll later rose to 20.", {"fatalities": 20}),
                     ("Eight of the wounded later died, bringing the death toll to 20.", {"fatalities": 20}),
                     ("Two more people later died of their wounds.", {"fatalities": 14})])
# a toll restated in the headline and the lead: counted once
CASES += expand("{head}\n{actor} killed 12 civilians in the village of {place} on Tuesday, local sources said.",
                tag="en-restated", limit=12, expect={**EN, "fatalities": 12}, actor=EN_ACTOR, place=EN_PLACE,
                head=["Mali: 12 dead in attack", "Burkina Faso: twelve civilians killed in the north",
                      "At least 12 killed in deadly raid"])
# near-misses: figures that are not deaths
CASES += expand("{actor} attacked the village of {place} on Tuesday, {other}.", tag="en-nodead", limit=16,
                expect=EN, actor=EN_ACTOR, place=EN_PLACE,
                other=[("wounding 12 people", {"fatalities": 0}), ("abducting 14 women", {"fatalities": 0}),
                       ("forcing 3,000 residents to flee", {"fatalities": 0}),
                       ("torching 12 vehicles and 40 huts", {"fatalities": 0}),
                       ("30 kilometres from the border", {"fatalities": 0}),
                       ("at around 2 pm", {"fatalities": 0}),
                       ("stealing 5 million CFA francs", {"fatalities": 0}),
                       ("and 20 people are missing", {"fatalities": 0})])
CASES += expand("{actor} killed {victim} in {place} on Tuesday{extra}.", tag="en-nearmiss", limit=20, expect=EN,
                actor=EN_ACTOR, place=EN_PLACE,
                victim=[("three civilians", {"fatalities": 3}), ("a 45-year-old trader", {"fatalities": 1})],
                extra=[", 25 km from the town", " at around 3 am", ", June 11, 2024", " and wounded 17 others",
                       " and abducted 9 others", ", taking 40 head of cattle", " and burned 6 motorcycles",
                       "; troops later arrested 15 suspects"])
# an earlier event's toll or a yearly tally is not this event's
CASES += expand("{actor} killed four civilians in {place} on Tuesday. {past}", tag="en-past", limit=16,
                expect={**EN, "fatalities": 4}, actor=EN_ACTOR, place=EN_PLACE,
                past=["In 2019, 160 villagers had been killed there.",
                      "Since January, more than 800 civilians have been killed in the region.",
                      "Last month, a similar attack had left 35 dead.",
                      "The violence has killed thousands since 2015."])

# ---------------------------------------------------------------- both languages, one construction per filler

# a dead-and-wounded pair, a singular victim, a toll that "s'élève à", a told absence of dead
CASES += expand("{actor} ont attaqué mardi un convoi près de {place}. {toll}", tag="fr-more", limit=24, expect=FR,
                actor=FR_ACTOR, place=FR_PLACE,
                toll=[("L'attaque a fait 7 morts et 15 blessés.", {"fatalities": 7}),
                      ("Le bilan s'élève à 18 morts.", {"fatalities": 18}),
                      ("Un soldat a été tué et deux autres blessés.", {"fatalities": 1}),
                      ("L'attaque n'a fait aucune victime.", {"fatalities": 0}),
                      ("Il n'y a pas eu de pertes en vies humaines.", {"fatalities": 0}),
                      ("Neuf personnes ont été blessées, dont deux grièvement.", {"fatalities": 0}),
                      ("Le chauffeur a été tué par balle.", {"fatalities": 1}),
                      ("L'attaque a causé la mort d'au moins 11 personnes.", {"fatalities": 11}),
                      ("Onze morts sont à déplorer.", {"fatalities": 11}),
                      ("Les assaillants ont tué 6 civils avant de prendre la fuite.", {"fatalities": 6})])
CASES += expand("{actor} attacked a convoy near {place} on Tuesday. {toll}", tag="en-more", limit=24, expect=EN,
                actor=EN_ACTOR, place=EN_PLACE,
                toll=[("The attack left 7 dead and 15 wounded.", {"fatalities": 7}),
                      ("The death toll stands at 18.", {"fatalities": 18}),
                      ("One soldier was killed and two others were wounded.", {"fatalities": 1}),
                      ("No casualties were reported.", {"fatalities": 0}),
                      ("There were no deaths.", {"fatalities": 0}),
                      ("Nine people were injured, two of them seriously.", {"fatalities": 0}),
                      ("The driver was shot dead.", {"fatalities": 1}),
                      ("The assault killed at least 11 people, a local official said.", {"fatalities": 11}),
                      ("Eleven people died.", {"fatalities": 11}),
                      ("The assailants killed 6 civilians before fleeing.", {"fatalities": 6})])

GAPS: dict[str, str] = {}


def check_toll(extractor, case):
    """The main event the full pipeline codes from ``case`` (published on ANCHOR) has the expected toll."""
    from sahelwatch.extraction.pipeline import Document

    events = extractor.extract(Document("t", case.text, case.expect["lang"], ANCHOR)).events
    assert events, "no event coded"
    assert events[0].fatalities["best"] == case.expect["fatalities"]


@pytest.mark.parametrize("case", params(CASES, GAPS))
def test_toll(extractor, case):
    check_toll(extractor, case)
