"""Variation grammar of the toll told across a short story: a toll quoted, a toll revised by its noun, a family or a
vehicle's passengers as the dead, a figure in a date or an age beside the dead, and what is said of people who did not
die (escaped, threatened, missing, orphaned).

Conventions as in test_grammar_tolls.py (docs/extraction.md). Every sentence is invented; the villages are invented or
towns of the shipped gazetteer.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_grammar_tolls import check_toll
from tests.extraction.variations import expand, params

PLACE = ["Kobou", "Sonkoro", "Djibo", "Ansongo"]
FR = {"lang": "fr"}
EN = {"lang": "en"}

CASES = []

# a toll in a quote, the speaker after it
CASES += expand("Des hommes armés ont attaqué mardi le village de {place}. {quote}", tag="fr-quote", limit=12,
                expect=FR, place=PLACE,
                quote=[("« Nous avons enterré 14 corps », a déclaré un élu local.", {"fatalities": 14}),
                       ("« Ils ont tué 14 personnes sous nos yeux », raconte un habitant.", {"fatalities": 14}),
                       ("« Il y a eu 14 morts », selon un responsable local.", {"fatalities": 14})])
CASES += expand("Gunmen attacked the village of {place} on Tuesday. {quote}", tag="en-quote", limit=12, expect=EN,
                place=PLACE,
                quote=[("\"We buried 14 bodies,\" a local official said.", {"fatalities": 14}),
                       ("\"They killed 14 people in front of us,\" a resident said.", {"fatalities": 14}),
                       ("\"There are 14 dead,\" according to a local official.", {"fatalities": 14})])

# a toll revised by its noun in a later sentence (a new toll: a plain "selon un bilan" only sources a figure)
CASES += expand("Des jihadistes ont tué 12 personnes mardi à {place}. {rev}", tag="fr-rev2", limit=12, expect=FR,
                place=PLACE,
                rev=[("Le bilan, initialement de 12 morts, a été revu à la hausse à 20.", {"fatalities": 20}),
                     ("Un nouveau bilan fait état de 20 morts.", {"fatalities": 20}),
                     ("Selon un nouveau bilan publié mercredi, 20 personnes ont été tuées.", {"fatalities": 20})])
CASES += expand("Jihadists killed 12 people in {place} on Tuesday. {rev}", tag="en-rev2", limit=12, expect=EN,
                place=PLACE,
                rev=[("The death toll, initially 12, was revised up to 20.", {"fatalities": 20}),
                     ("A new toll put the number of dead at 20.", {"fatalities": 20}),
                     ("According to an updated toll released on Wednesday, 20 people were killed.", {"fatalities": 20})])

# a family, companions or a vehicle's passengers as the dead
CASES += expand("{dead} mardi près de {place} par des hommes armés.", tag="fr-group", limit=16, expect=FR, place=PLACE,
                dead=[("Un homme et ses deux fils ont été tués", {"fatalities": 3}),
                      ("Le maire et son adjoint ont été abattus", {"fatalities": 2}),
                      ("Les 12 passagers d'un minibus ont été tués", {"fatalities": 12}),
                      ("Trois enfants âgés de 8 à 12 ans ont été tués", {"fatalities": 3}),
                      ("Des civils ont été tués", {"fatalities": 2}),
                      ("Plusieurs soldats ont été tués", {"fatalities": 2}),
                      ("Une douzaine de villageois ont été tués", {"fatalities": 12})])
CASES += expand("{dead} near {place} on Tuesday by gunmen.", tag="en-group", limit=16, expect=EN, place=PLACE,
                dead=[("A man and his two sons were killed", {"fatalities": 3}),
                      ("The mayor and his deputy were shot dead", {"fatalities": 2}),
                      ("All 12 passengers of a minibus were killed", {"fatalities": 12}),
                      ("Three children aged 8 to 12 were killed", {"fatalities": 3}),
                      ("Civilians were killed", {"fatalities": 2}),
                      ("Several soldiers were killed", {"fatalities": 2}),
                      ("A dozen villagers were killed", {"fatalities": 12})])

# a figure of a date, a time or a means beside the dead
CASES += expand("{when}, {dead} à {place}.", tag="fr-when", limit=16, expect=FR, place=PLACE,
                when=["Le 11 juin", "Vers 5 heures du matin", "Mardi 11 juin 2024", "Dans la nuit du 10 au 11 juin"],
                dead=[("7 soldats ont été tués dans une embuscade", {"fatalities": 7}),
                      ("un engin explosif a tué 3 soldats", {"fatalities": 3}),
                      ("un drone de l'armée a tué 9 terroristes", {"fatalities": 9}),
                      ("des hommes armés ont tué cinq personnes, dont deux enfants", {"fatalities": 5})])
CASES += expand("{when}, {dead} in {place}.", tag="en-when", limit=16, expect=EN, place=PLACE,
                when=["On June 11", "At around 5 am", "On Tuesday, June 11, 2024", "Overnight on June 10"],
                dead=[("7 soldiers were killed in an ambush", {"fatalities": 7}),
                      ("an explosive device killed 3 soldiers", {"fatalities": 3}),
                      ("an army drone killed 9 militants", {"fatalities": 9}),
                      ("gunmen killed five people, including two children", {"fatalities": 5})])

# French only: a place told between the killing verb and its object ("ont tué mardi à Kobou huit personnes")
CASES += expand("Des hommes armés ont {verb} {where} {place} {n} civils.", tag="fr-inserted", limit=16, expect=FR,
                verb=["tué", "abattu", "massacré"], where=["mardi à", "dans le village de", "près de"], place=PLACE,
                n=[("huit", {"fatalities": 8}), ("au moins 11", {"fatalities": 11}),
                   ("une vingtaine de", {"fatalities": 20})])

# people who did not die: escaped, threatened, missing, orphaned, no one killed
CASES += expand("Des hommes armés ont attaqué mardi le village de {place}. {alive}", tag="fr-alive", limit=16,
                expect={**FR, "fatalities": 0}, place=PLACE,
                alive=["Personne n'a été tué.", "Une dizaine d'habitants ont échappé de justesse à la mort.",
                       "Ils ont menacé de tuer les 20 otages.", "Quatre soldats sont portés disparus.",
                       "L'attaque a fait 3 blessés légers."])
CASES += expand("Gunmen attacked the village of {place} on Tuesday. {alive}", tag="en-alive", limit=16,
                expect={**EN, "fatalities": 0}, place=PLACE,
                alive=["No one was killed.", "About ten residents narrowly escaped death.",
                       "They threatened to kill the 20 hostages.", "Four soldiers are missing.",
                       "The attack left 3 people lightly injured."])

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, GAPS))
def test_toll(extractor, case):
    check_toll(extractor, case)
