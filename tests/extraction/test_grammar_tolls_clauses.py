"""Variation grammar of the toll: clauses that decide whose dead a figure counts.

A negation reaches no further than its clause ("une foule sans arme, tuant trois villageois" kills three); a side's
heading ("côté des terroristes") covers the figures coordinated after it; a second death verb after a killing verb's
object ("the raid that killed two gunmen also killed ...") tells no more dead of that object; one of a pair that
died ("l'une a succombé, l'autre est blessée") is the dead told already; a sentence set before the event ("Avant
l'attaque", "Previously,") tells an earlier event's dead, and one that tells the event's cause ("triggered by a raid
that killed ...", "en représailles à") the cause's dead; a toll told after a sentence about another event's dead
is that event's. Conventions as in test_grammar_tolls.py (every death of the
event, all sides together). Every sentence is invented; the villages are invented or towns of the shipped gazetteer.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_grammar_tolls import check_toll
from tests.extraction.variations import expand, params

PLACE = ["Kobou", "Sonkoro", "Djibo"]
FR = {"lang": "fr"}
EN = {"lang": "en"}

CASES = []

# a negation of another phrase, before a comma, does not reach the killing after it
CASES += expand("Mardi à {place}, des jihadistes ont tiré {how}, tuant {n} civils.", tag="fr-neg-clause", limit=18,
                expect=FR, place=PLACE,
                how=["sans retenue sur des habitants sans arme", "sur une foule sans armes",
                     "sur des femmes sans protection"],
                n=[("six", {"fatalities": 6}), ("trois", {"fatalities": 3})])
CASES += expand("Gunmen in {place} on Tuesday fired on a crowd with no {what}, killing {n} civilians.",
                tag="en-neg-clause", limit=12, expect=EN, place=PLACE, what=["weapons", "warning"],
                n=[("six", {"fatalities": 6}), ("three", {"fatalities": 3})])
# near misses: the negation of the killing itself
CASES += expand("Des jihadistes ont attaqué mardi le village de {place} {neg}.", tag="fr-neg-own", limit=9,
                expect=FR, place=PLACE,
                neg=[("sans tuer personne", {"fatalities": 0}), ("sans faire de victime", {"fatalities": 0}),
                     ("mais n'ont tué aucun habitant", {"fatalities": 0})])

# a side's heading covers the figures coordinated after it
CASES += expand("Des jihadistes ont attaqué mardi le camp militaire de {place}, tuant quatre soldats. "
                "Côté {quote}des terroristes, {n} cadavres sont restés sur place et {m}, abattus{close}.",
                tag="fr-heading", limit=16, expect=FR, place=PLACE,
                quote=[("« ", {}), ("", {})], close=[(" »", {}), ("", {})],
                n=[("6", {"n": 6}), ("neuf", {"n": 9})],
                m=[("les hommes de deux pick-up, une dizaine", {"m": 10}),
                   ("une vingtaine de combattants", {"m": 20})])
# near miss: soldiers named after the heading's figures are soldiers
CASES += expand("Des jihadistes ont attaqué mardi le camp militaire de {place}. Côté ennemi, {n} terroristes "
                "ont été neutralisés, et deux soldats ont été tués.", tag="fr-heading-miss", limit=6, expect=FR,
                place=PLACE, n=[("12", {"fatalities": 14}), ("huit", {"fatalities": 10})])

# a second death verb after a killing verb's object tells no more dead of that object
CASES += expand("An army helicopter raid left {n} villagers dead near a well in {place} on Tuesday. The raid, "
                "in which two gunmen also died, drew protests. \u201cThe raid that killed two gunmen also killed "
                "{more} villagers,\u201d an elder said.", tag="en-also-object", limit=12, expect=EN, place=PLACE,
                n=[("at least 16", {"fatalities": 18}), ("nine", {"fatalities": 11})],
                more=["many", "a large number of"])
CASES += expand("Un raid d'hélicoptère a tué {n} villageois mardi près d'un puits de {place}, ainsi que deux "
                "assaillants. « Le raid qui a tué deux assaillants a également tué des villageois », a dit un notable.", tag="fr-also-object", limit=6, expect=FR, place=PLACE,
                n=[("au moins 16", {"fatalities": 18}), ("neuf", {"fatalities": 11})])
# a bare "succumbed" ("later succumbed", "succumbed in hospital") is a death; "succumbed to" pressure is none
CASES += expand("Gunmen killed {n} civilians in {place} on Tuesday. {more}", tag="en-succumbed", limit=9, expect=EN,
                place=PLACE, n=[("five", {"n": 5})],
                more=[("Two wounded soldiers later succumbed.", {"more": 2}),
                      ("Two more villagers succumbed in hospital on Wednesday.", {"more": 2}),
                      ("The local authorities succumbed to pressure and closed the market.", {"more": 0})])
# near misses: more dead told as more
CASES += expand("Gunmen killed {n} civilians in {place} on Tuesday. Three soldiers were also killed.",
                tag="en-also-more", limit=6, expect=EN, place=PLACE,
                n=[("five", {"fatalities": 8}), ("seven", {"fatalities": 10})])

# one of a pair that died is the dead told already
CASES += expand("Des hommes armés ont attaqué mardi un poste de {place}. Le bilan est de {toll}. Deux passagers "
                "d'un car ont reçu des balles. {pair}", tag="fr-pair", limit=12, expect=FR, place=PLACE,
                toll=[("un tué et un blessé", {"fatalities": 1}), ("une victime", {"fatalities": 1})],
                pair=["L'une a succombé ; l'autre est soignée au dispensaire.",
                      "L'un d'eux a succombé, l'autre a été évacué."])
CASES += expand("Gunmen attacked a post in {place} on Tuesday, leaving {toll}. Two drivers were hit. {pair}",
                tag="en-pair", limit=6, expect=EN, place=PLACE,
                toll=[("one dead and one wounded", {"fatalities": 1})],
                pair=["One of them succumbed and the other was wounded in the leg.",
                      "One succumbed, the other was evacuated."])
# near misses: another of the wounded who died is more dead
CASES += expand("Des hommes armés ont tué {n} civils mardi à {place}. {more}", tag="fr-pair-miss", limit=6,
                expect=FR, place=PLACE, n=[("deux", {"n": 2}), ("quatre", {"n": 4})],
                more=[("Un blessé a succombé plus tard à l'hôpital.", {"more": 1}),
                      ("Deux autres ont succombé à leurs blessures.", {"more": 2})])

# a sentence set before the event tells an earlier event's dead
CASES += expand("Des hommes armés ont tué {n} civils mardi à {place}. {before}, l'armée a neutralisé 13 "
                "terroristes dans la zone.", tag="fr-before", limit=12, expect=FR, place=PLACE,
                n=[("cinq", {"fatalities": 5}), ("sept", {"fatalities": 7})],
                before=["Auparavant", "Avant l'attaque", "Dans la semaine, avant cette attaque"])
CASES += expand("Gunmen killed {n} civilians in {place} on Tuesday. {before}, troops killed 13 militants in the "
                "area.", tag="en-before", limit=12, expect=EN, place=PLACE,
                n=[("five", {"fatalities": 5}), ("seven", {"fatalities": 7})],
                before=["Previously", "Before the attack", "Prior to the raid"])
# near misses: the armed side's dead during the event are added
CASES += expand("Gunmen killed {n} civilians in {place} on Tuesday. {during}, troops killed 13 militants.",
                tag="en-during", limit=6, expect=EN, place=PLACE,
                n=[("five", {"fatalities": 18}), ("seven", {"fatalities": 20})],
                during=["During the attack", "In the fighting that followed"])

# a later sentence that tells the event's cause: the dead after the cause's words are the cause's
CASES += expand("Bandits abducted {n} traders from a market in {place} on Tuesday. {lead} {cue} an army raid that "
                "killed {k} gang members.", tag="en-cause", limit=16, expect=EN, place=PLACE,
                n=[("12", {"fatalities": 0}), ("nine", {"fatalities": 0})],
                lead=["The abduction was", "Residents said the kidnapping was"],
                cue=["sparked by", "triggered by", "prompted by", "carried out in retaliation for",
                     "a revenge by gunmen angered by"],
                k=["five", "several"])
CASES += expand("Des bandits ont enlevé {n} commerçants mardi au marché de {place}. {lead} un ratissage de l'armée "
                "au cours duquel {k} bandits ont été tués.", tag="fr-cause", limit=16, expect=FR, place=PLACE,
                n=[("12", {"fatalities": 0}), ("neuf", {"fatalities": 0})],
                lead=["L'enlèvement a été provoqué par", "Selon des habitants, le rapt a été déclenché par",
                      "Les ravisseurs ont agi en représailles à"],
                k=["cinq", "plusieurs"])
# a cause that is itself a killing ("angered by the killing of", "en représailles au meurtre de")
CASES += expand("Bandits abducted {n} traders from a market in {place} on Tuesday. Residents said the gunmen were "
                "{cue} of {k} of their members by soldiers.", tag="en-cause-killing", limit=8, expect=EN, place=PLACE,
                n=[("12", {"fatalities": 0})], cue=["angered by the killing", "acting in revenge for the deaths"],
                k=["five", "several"])
CASES += expand("Des bandits ont enlevé {n} commerçants mardi au marché de {place}. Selon des habitants, ils ont agi "
                "en représailles {cue} de {k} des leurs par des soldats.", tag="fr-cause-killing", limit=8, expect=FR,
                place=PLACE, n=[("12", {"fatalities": 0})], cue=["au meurtre", "à l'assassinat"], k=["cinq", "plusieurs"])
# near misses: the dead of the abduction itself
CASES += expand("Bandits abducted 12 traders from a market in {place} on Tuesday. {dead}", tag="en-cause-miss",
                limit=6, expect=EN, place=PLACE,
                dead=[("Two guards were killed trying to stop them.", {"fatalities": 2}),
                      ("A driver who resisted was shot dead.", {"fatalities": 1})])
CASES += expand("Des bandits ont enlevé 12 commerçants mardi au marché de {place}. {dead}", tag="fr-cause-miss",
                limit=6, expect=FR, place=PLACE,
                dead=[("Deux gardiens ont été tués en tentant de les arrêter.", {"fatalities": 2}),
                      ("Un chauffeur qui résistait a été abattu.", {"fatalities": 1})])

# a toll told after a sentence about another event's dead is that event's toll
CASES += expand("Troops killed {n} militants in operations around {place} last week, the army said on Monday. "
                "Thousands have fled the area since a raid on a nearby village left at least 90 people dead in early "
                "May. {src} set the death toll at 120.", tag="en-toll-before", limit=12, expect=EN, place=PLACE,
                n=[("eight", {"fatalities": 8}), ("14", {"fatalities": 14})],
                src=["Local sources", "Aid workers"])
CASES += expand("L'armée a neutralisé {n} terroristes lors d'opérations autour de {place} la semaine dernière, "
                "a-t-elle indiqué lundi. Des milliers d'habitants ont fui la zone depuis qu'un raid contre un village "
                "voisin a fait au moins 90 morts début mai. {src} font état d'un bilan de 120 morts.",
                tag="fr-toll-before", limit=12, expect=FR, place=PLACE,
                n=[("huit", {"fatalities": 8}), ("14", {"fatalities": 14})],
                src=["Des sources locales", "Des humanitaires"])
# near misses: the event's own toll told again or revised
CASES += expand("Gunmen attacked the village of {place} on Tuesday, killing at least 20 people. {toll}",
                tag="en-toll-own", limit=6, expect=EN, place=PLACE,
                toll=[("Local sources set the death toll at 31.", {"fatalities": 31}),
                      ("The attack left 20 people dead. Local sources set the death toll at 31.", {"fatalities": 31})])

# near misses of the cause's words: a cause with no killing clause of its own names who did the event or what it
# brought about, and the figure after it is the event's own dead
CASES += expand("Des hommes armés ont attaqué lundi le village de {place}. {said}", tag="fr-cause-own", limit=12,
                expect=FR, place=PLACE,
                said=[("Selon un élu local, l'attaque, déclenchée par une cinquantaine d'assaillants à moto vers 5 "
                       "heures, a fait 12 morts.", {"fatalities": 12}),
                      ("Ce carnage, provoqué par des hommes venus à moto, a fait 11 morts, selon des habitants.",
                       {"fatalities": 11}),
                      ("L'incendie provoqué par les assaillants dans le marché a fait 3 morts, selon des habitants.",
                       {"fatalities": 3}),
                      ("En représailles au soutien des habitants aux VDP, ils ont exécuté 15 hommes, selon un élu.",
                       {"fatalities": 15})])
CASES += expand("Gunmen attacked the village of {place} on Monday. {said}", tag="en-cause-own", limit=12,
                expect=EN, place=PLACE,
                said=[("The attack, triggered by dozens of fighters on motorbikes at dawn, left 12 people dead, a "
                       "local official said.", {"fatalities": 12}),
                      ("A stampede sparked by the gunfire killed 4 people, witnesses said.", {"fatalities": 4}),
                      ("Angered by the villagers' support for the VDP, the fighters executed 15 men, an official said.",
                       {"fatalities": 15})])

# near misses of "before the event": a time span before it, a relative clause, a verb after it
CASES += expand("Un convoi militaire est tombé dans une embuscade jeudi près de {place}. {said}", tag="fr-before-own",
                limit=6, expect=FR, place=PLACE,
                said=[("Parti de la ville deux heures avant l'embuscade, le convoi a perdu 9 soldats tués, selon une "
                       "source sécuritaire.", {"fatalities": 9}),
                      ("Avant la fin de l'attaque, les assaillants avaient tué 14 villageois.", {"fatalities": 14})])
CASES += expand("A military convoy was ambushed on Thursday near {place}. {said}", tag="en-before-own", limit=9,
                expect=EN, place=PLACE,
                said=[("The convoy, which left the town two hours before the ambush, lost 9 soldiers killed, a "
                       "security source said.", {"fatalities": 9}),
                      ("Before the attack ended at dawn, the gunmen had killed 14 soldiers, residents said.",
                       {"fatalities": 14}),
                      ("Ahead of the assault that followed, the gunmen had killed 6 guards.", {"fatalities": 6})])

# a toll told after a sentence of the armed side's dead counts the other side: both add
CASES += expand("Jihadists attacked the village of {place} on Sunday, killing 25 civilians. The army said {k} attackers "
                "were killed in the fighting. The civilian death toll has risen to 32, a local official said.",
                tag="en-toll-sides", limit=6, expect=EN, place=PLACE,
                k=[("8", {"fatalities": 40}), ("five", {"fatalities": 37})])
# a toll revised, or told after a sentence of another time: the event's own
CASES += expand("Gunmen attacked the village of {place} on Tuesday, killing 20 people. In 2022, a similar raid left "
                "40 people dead. {toll}", tag="en-toll-history", limit=6, expect=EN, place=PLACE,
                toll=[("Local sources now set the death toll at 26.", {"fatalities": 26}),
                      ("The death toll has since risen to 26, officials said.", {"fatalities": 26})])
CASES += expand("Des hommes armés ont attaqué mardi le village de {place}, tuant 20 personnes. {hist} {toll}",
                tag="fr-toll-history", limit=6, expect=FR, place=PLACE,
                hist=["Une attaque semblable en 2022 avait fait 40 morts.",
                      "En 2022, un raid contre un village voisin avait fait 40 morts."],
                toll=[("Le bilan s'est depuis alourdi à 26 morts, selon des élus.", {"fatalities": 26})])
# the same, told with no word of a revision: the sentence before, set at another time (a year, "similar", "avait
# fait"), leaves the toll to the event
CASES += expand("Gunmen attacked the village of {place} on Tuesday, killing 20 people. {hist} Local sources set the "
                "death toll at 26.", tag="en-toll-history-plain", limit=6, expect={**EN, "fatalities": 26}, place=PLACE,
                hist=["In 2022, a similar raid left 40 people dead.", "A similar raid left 40 people dead in 2021."])
CASES += expand("Des hommes armés ont attaqué mardi le village de {place}, tuant 20 personnes. {hist} Des sources "
                "locales font état d'un bilan de 26 morts.", tag="fr-toll-history-plain", limit=6,
                expect={**FR, "fatalities": 26}, place=PLACE,
                hist=["Une attaque semblable en 2022 avait fait 40 morts.",
                      "En 2022, un raid contre un village voisin avait fait 40 morts."])
# a toll after another event's dead told with its verb before the figure, or in words: still the other event's
CASES += expand("Troops killed {n} militants in operations around {place} last week, the army said. Thousands have "
                "fled the area since a raid on a nearby village {dead} in May. Local sources set the death toll at "
                "120.", tag="en-toll-before-kin", limit=6, expect=EN, place=PLACE,
                n=[("8", {"fatalities": 8})],
                dead=["killed at least 90 people", "left at least ninety people dead"])

# the dead of a "depuis que" / "since" clause, or of the attack "depuis"/"since" names, are the earlier event's the
# time is counted from: in the event's own sentence or a later one, and a toll told after them is that event's too
CASES += expand("Des hommes armés ont tué {n} villageois mardi à {place}. Les habitants fuient la zone depuis {since}.",
                tag="fr-since", limit=12, expect=FR, place=PLACE,
                n=[("cinq", {"fatalities": 5}), ("12", {"fatalities": 12})],
                since=["qu'un raid a fait une centaine de morts en mars",
                       "qu'une attaque a tué une centaine de civils en mars",
                       "l'attaque qui a fait une centaine de morts en mars",
                       "qu'une centaine de personnes y ont été tuées en mars"])
CASES += expand("Des hommes armés ont tué {n} villageois mardi à {place}, {what} depuis {since}.",
                tag="fr-since-own", limit=12, expect=FR, place=PLACE,
                n=[("cinq", {"fatalities": 5}), ("12", {"fatalities": 12})],
                what=["la pire attaque dans la zone", "un secteur déserté"],
                since=["que des jihadistes y ont tué 40 soldats en mars",
                       "qu'une centaine de personnes y ont été tuées en mars",
                       "le massacre qui a fait une centaine de morts en mars"])
CASES += expand("Gunmen killed {n} villagers in {place} on Tuesday, {what} since {since}.",
                tag="en-since-own", limit=12, expect=EN, place=PLACE,
                n=[("five", {"fatalities": 5}), ("12", {"fatalities": 12})],
                what=["the deadliest attack in the area", "the worst toll"],
                since=["jihadists killed 40 soldiers there in March",
                       "a raid on a nearby village left about a hundred people dead",
                       "the massacre that killed a hundred herders in March"])
CASES += expand("Troops killed {n} militants in operations around {place} last week, the army said. Thousands have "
                "fled the area since a raid on a nearby village {dead} in May. Local sources set the death toll at "
                "120.", tag="en-since-toll", limit=6, expect=EN, place=PLACE, n=[("8", {"fatalities": 8})],
                dead=["killed about a hundred people", "left a hundred people dead"])
CASES += expand("L'armée a neutralisé {n} terroristes autour de {place} la semaine dernière, a-t-elle indiqué lundi. "
                "Des milliers d'habitants ont fui la zone depuis qu'un raid contre un village voisin {dead} en mai. "
                "Des sources locales font état d'un bilan de 120 morts.", tag="fr-since-toll", limit=6, expect=FR,
                place=PLACE, n=[("huit", {"fatalities": 8})],
                dead=["a fait une centaine de morts", "a tué une centaine de personnes"])
# near misses: the clause as the sentence's only act, the news itself ("in shock since gunmen killed ..."): its dead
# are the event's
CASES += expand("Les habitants de {place} sont {state} depuis que des hommes armés ont tué {n} villageois mardi.",
                tag="fr-since-news", limit=6, expect=FR, place=PLACE, state=["sous le choc", "en deuil"],
                n=[("12", {"fatalities": 12})])
CASES += expand("Residents of {place} have been {state} since gunmen killed {n} villagers on Tuesday.",
                tag="en-since-news", limit=6, expect=EN, place=PLACE, state=["in shock", "in mourning"],
                n=[("12", {"fatalities": 12})])
# near misses: "since" as an adverb ("has since risen"), a time after "since"/"depuis": the event's own dead
CASES += expand("Gunmen killed 12 villagers in {place} on Tuesday. {more}", tag="en-since-miss", limit=6,
                expect=EN, place=PLACE,
                more=[("The toll has since risen to 15, officials said.", {"fatalities": 15}),
                      ("Two more villagers have since died in hospital.", {"fatalities": 14})])
CASES += expand("Gunmen have killed {n} civilians in {place} since Tuesday, residents said.", tag="en-since-time",
                limit=6, expect=EN, place=PLACE, n=[("12", {"fatalities": 12}), ("seven", {"fatalities": 7})])

# a cause set before the main clause ("En représailles à ..., ils ont tué ...", "In retaliation for ..., they killed")
# ends at its comma: the killing after it is the event's own, even when the cause is a killing
CASES += expand("Des bandits ont enlevé 12 commerçants mardi au marché de {place}. En représailles {cause}, ils ont "
                "{kill}.", tag="fr-cause-fronted", limit=12, expect=FR, place=PLACE,
                cause=["à l'assassinat de deux des leurs", "au meurtre de leur chef par des soldats",
                       "à une opération de l'armée qui a tué cinq des leurs"],
                kill=[("tué trois gardiens", {"fatalities": 3}), ("abattu deux gendarmes", {"fatalities": 2})])
CASES += expand("Bandits abducted 12 traders from a market in {place} on Tuesday. In retaliation for {cause}, they "
                "{kill}.", tag="en-cause-fronted", limit=12, expect=EN, place=PLACE,
                cause=["the killing of two of their men", "an army raid that killed five of their members"],
                kill=[("shot dead three guards", {"fatalities": 3}), ("killed two policemen", {"fatalities": 2})])

# a place's noun set after the place ("à Kobou, un secteur ...", "a hamlet near the border") counts no one
CASES += expand("Des hommes armés ont tué {n} villageois mardi à {place}, {noun}.", tag="fr-place-noun", limit=9,
                expect=FR, place=PLACE, n=[("cinq", {"fatalities": 5}), ("12", {"fatalities": 12})],
                noun=["un secteur isolé", "un hameau proche de la frontière", "une zone difficile d'accès"])

# English: the wounded as the subject of their own death ("two wounded soldiers died") are the dead the figure counts;
# the wounded told apart from one of them who died keep the one
CASES += expand("Gunmen attacked a post in {place} on Tuesday. {n} {how} {who} {died}.", tag="en-wounded-died",
                limit=12, expect=EN, place=PLACE,
                n=[("Two", {"fatalities": 2}), ("Three", {"fatalities": 3})], how=["wounded", "seriously injured"],
                who=["soldiers", "guards"], died=["died on the way to hospital", "later succumbed to their wounds", "later succumbed"])
CASES += expand("Gunmen attacked a post in {place} on Tuesday. Two wounded soldiers were flown to the capital{one}.",
                tag="en-wounded-one", limit=6, expect={**EN, "fatalities": 1}, place=PLACE,
                one=[" and one died", ", where one of them died"])


def _settle(case):
    """Cases that give the parts of a toll ("n", "m", "more") expect their sum with the event's own dead."""
    e = dict(case.expect)
    if "m" in e:
        e["fatalities"] = 4 + e.pop("n") + e.pop("m")
    elif "more" in e:
        e["fatalities"] = e.pop("n") + e.pop("more")
    return type(case)(case.id, case.text, e)


CASES = [_settle(c) for c in CASES]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, GAPS))
def test_toll_clause(extractor, case):
    check_toll(extractor, case)
