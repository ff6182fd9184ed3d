"""Variation grammar of the toll, the rarer constructions: a toll told in apposition, in brackets, after a colon or
as a count of bodies; figures in large or compound number words; deaths told by rarer verbs; sides and parts of a
toll; and the figures of a story that count no dead (its attackers, its convoy, a force's name, a road's number).

Conventions as in test_grammar_tolls.py (docs/extraction.md: a vague figure is a floor, "plus d'une centaine" is 101,
the armed side's dead are added, an event with no dead codes 0). Every sentence is invented; the villages are
invented or towns of the shipped gazetteer.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_grammar_tolls import check_toll
from tests.extraction.variations import expand, params

FR_ACTOR = ["Des hommes armés", "Des jihadistes présumés", "Des individus armés non identifiés"]
EN_ACTOR = ["Gunmen", "Suspected jihadists", "Unidentified armed men"]
PLACE = ["Kobou", "Sonkoro", "Djibo", "Ansongo"]
FR = {"lang": "fr"}
EN = {"lang": "en"}

CASES = []

# a large or compound number word, or digits with a thousands separator, as the object of a killing verb
CASES += expand("{actor} ont tué {n} civils mardi à {place}.", tag="fr-bignum", limit=14, expect=FR,
                actor=FR_ACTOR, place=PLACE,
                n=[("vingt et un", {"fatalities": 21}), ("cent vingt", {"fatalities": 120}),
                   ("quarante-cinq", {"fatalities": 45}), ("plus d'une centaine de", {"fatalities": 101}),
                   ("une cinquantaine de", {"fatalities": 50}), ("une trentaine de", {"fatalities": 30}),
                   ("quatre-vingt-dix-huit", {"fatalities": 98})])
CASES += expand("{actor} killed {n} civilians in {place} on Tuesday.", tag="en-bignum", limit=12, expect=EN,
                actor=EN_ACTOR, place=PLACE,
                n=[("twenty-one", {"fatalities": 21}), ("one hundred and twenty", {"fatalities": 120}),
                   ("forty-five", {"fatalities": 45}), ("more than a hundred", {"fatalities": 101}),
                   ("half a dozen", {"fatalities": 6}), ("a couple of", {"fatalities": 2})])

# rarer death verbs and a singular victim
CASES += expand("{victim} mardi à {place}, lors d'une attaque attribuée à des jihadistes.", tag="fr-verbs", limit=20,
                expect=FR, place=PLACE,
                victim=[("Cinq bergers ont été égorgés", {"fatalities": 5}),
                        ("Trois otages ont été décapités", {"fatalities": 3}),
                        ("Quatre commerçants ont été fusillés", {"fatalities": 4}),
                        ("Deux gendarmes sont décédés", {"fatalities": 2}),
                        ("Le chef du village a été assassiné", {"fatalities": 1}),
                        ("Un enseignant a été tué par balle", {"fatalities": 1}),
                        ("Six soldats sont tombés au combat", {"fatalities": 6}),
                        ("Un policier a succombé à ses blessures", {"fatalities": 1}),
                        ("Sept civils ont été brûlés vifs", {"fatalities": 7}),
                        ("Un imam a été abattu devant sa mosquée", {"fatalities": 1})])
CASES += expand("{victim} in {place} on Tuesday in an attack blamed on jihadists.", tag="en-verbs", limit=20,
                expect=EN, place=PLACE,
                victim=[("Five herders had their throats slit", {"fatalities": 5}),
                        ("Three hostages were beheaded", {"fatalities": 3}),
                        ("Four traders were shot dead", {"fatalities": 4}),
                        ("Two gendarmes died", {"fatalities": 2}),
                        ("The village chief was assassinated", {"fatalities": 1}),
                        ("A teacher was shot and killed", {"fatalities": 1}),
                        ("Six soldiers fell in combat", {"fatalities": 6}),
                        ("A policeman succumbed to his wounds", {"fatalities": 1}),
                        ("Seven civilians were burned alive", {"fatalities": 7}),
                        ("An imam was gunned down outside his mosque", {"fatalities": 1})])

# a toll told apart from the verb: after a colon, in brackets, fronted, as bodies found, as a count "déploré"
CASES += expand("{actor} ont attaqué mardi le marché de {place}. {toll}", tag="fr-told", limit=24, expect=FR,
                actor=FR_ACTOR, place=PLACE,
                toll=[("Bilan : 12 morts et 5 blessés.", {"fatalities": 12}),
                      ("Le bilan humain est lourd : 23 morts.", {"fatalities": 23}),
                      ("On déplore 9 morts.", {"fatalities": 9}),
                      ("Le nombre de morts s'élève à 16.", {"fatalities": 16}),
                      ("Les corps de 14 personnes ont été retrouvés.", {"fatalities": 14}),
                      ("Au moins 20 civils, dont plusieurs femmes et un nourrisson, ont été tués.", {"fatalities": 20}),
                      ("Dix-neuf personnes, parmi lesquelles six enfants, ont perdu la vie.", {"fatalities": 19}),
                      ("L'attaque, qui a fait 8 morts, n'a pas été revendiquée.", {"fatalities": 8})])
CASES += expand("{actor} attacked the market in {place} on Tuesday. {toll}", tag="en-told", limit=24, expect=EN,
                actor=EN_ACTOR, place=PLACE,
                toll=[("Toll: 12 dead and 5 wounded.", {"fatalities": 12}),
                      ("The human cost is heavy: 23 dead.", {"fatalities": 23}),
                      ("Rescuers recovered 9 bodies.", {"fatalities": 9}),
                      ("The number of dead has climbed to 16.", {"fatalities": 16}),
                      ("The bodies of 14 people were found.", {"fatalities": 14}),
                      ("At least 20 civilians, including women and children, were killed.", {"fatalities": 20}),
                      ("Nineteen people, six of them children, lost their lives.", {"fatalities": 19}),
                      ("The attack, which left 8 dead, has not been claimed.", {"fatalities": 8})])

# sides: soldiers' dead with the attackers' (added), a force's own losses, the other side only vague
CASES += expand("{actor} ont attaqué mardi le camp militaire de {place}. {toll}", tag="fr-sides", limit=18,
                expect=FR, actor=FR_ACTOR, place=PLACE,
                toll=[("L'armée a perdu 7 hommes et neutralisé 15 terroristes.", {"fatalities": 22}),
                      ("Côté ami, 3 morts ; côté ennemi, 11 terroristes neutralisés.", {"fatalities": 14}),
                      ("Neuf soldats ont été tués ; plusieurs dizaines d'assaillants ont été neutralisés.",
                       {"fatalities": 9}),
                      ("Trois militaires ont été tués et un nombre indéterminé d'assaillants abattus.",
                       {"fatalities": 3}),
                      ("Le bilan fait état de 4 soldats tués et de 6 blessés.", {"fatalities": 4}),
                      ("Cinq soldats ont été tués. Deux autres ont succombé à leurs blessures à l'hôpital.",
                       {"fatalities": 7})])
CASES += expand("{actor} attacked the army camp in {place} on Tuesday. {toll}", tag="en-sides", limit=18,
                expect=EN, actor=EN_ACTOR, place=PLACE,
                toll=[("The army lost 7 men and neutralised 15 terrorists.", {"fatalities": 22}),
                      ("Seven soldiers were killed, and 15 assailants were killed in the fighting.", {"fatalities": 22}),
                      ("Nine soldiers were killed; dozens of attackers were also neutralised.", {"fatalities": 9}),
                      ("Three soldiers and an unknown number of attackers were killed.", {"fatalities": 3}),
                      ("The toll stood at 4 soldiers killed and 6 wounded.", {"fatalities": 4}),
                      ("Five soldiers were killed. Two more died later of their wounds in hospital.",
                       {"fatalities": 7})])

# figures of the story that count no dead: the attackers' number, a convoy, a force's name, a road, an ordinal
CASES += expand("{lead} mardi {place}{tail}.", tag="fr-figures", limit=24, expect=FR, place=PLACE,
                lead=[("Une cinquantaine d'hommes armés à moto ont attaqué", {}),
                      ("Un convoi de 40 camions a été attaqué près de", {}),
                      ("Des jihadistes ont attaqué une patrouille de 30 soldats à", {}),
                      ("Une patrouille de la force conjointe du G5 Sahel a été prise pour cible à", {})],
                tail=[("", {"fatalities": 0}), (", sur la route nationale 16", {"fatalities": 0}),
                      (", sans faire de victime", {"fatalities": 0}),
                      (" ; deux soldats ont été tués", {"fatalities": 2})])
CASES += expand("{lead} {place} on Tuesday{tail}.", tag="en-figures", limit=24, expect=EN, place=PLACE,
                lead=[("About fifty gunmen on motorbikes attacked", {}),
                      ("A convoy of 40 trucks was attacked near", {}),
                      ("Jihadists attacked a patrol of 30 soldiers in", {}),
                      ("A G5 Sahel joint force patrol came under fire in", {})],
                tail=[("", {"fatalities": 0}), (", on National Road 16", {"fatalities": 0}),
                      (", causing no casualties", {"fatalities": 0}),
                      ("; two soldiers were killed", {"fatalities": 2})])
# wounded, hostages, houses burnt, a ransom, a previous toll, told with this event's dead
CASES += expand("{actor} ont tué {n} à {place} mardi. {other}", tag="fr-others", limit=20, expect=FR,
                actor=FR_ACTOR, place=PLACE,
                n=[("deux civils", {"fatalities": 2}), ("un berger", {"fatalities": 1})],
                other=["Ils ont aussi fait 11 blessés graves.", "Ils ont pris 6 personnes en otage.",
                       "Une vingtaine de maisons ont été incendiées.",
                       "Ils réclament une rançon de 10 millions de francs CFA.",
                       "Le même village avait perdu 30 habitants dans une attaque en 2021.",
                       "Le chef du village, âgé de 70 ans, a pu s'enfuir."])
CASES += expand("{actor} killed {n} in {place} on Tuesday. {other}", tag="en-others", limit=20, expect=EN,
                actor=EN_ACTOR, place=PLACE,
                n=[("two civilians", {"fatalities": 2}), ("a herder", {"fatalities": 1})],
                other=["They also left 11 people seriously wounded.", "They took 6 people hostage.",
                       "Some twenty houses were set on fire.",
                       "They are demanding a ransom of 10 million CFA francs.",
                       "The same village had lost 30 residents in an attack in 2021.",
                       "The 70-year-old village chief managed to escape."])

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, GAPS))
def test_toll(extractor, case):
    check_toll(extractor, case)
