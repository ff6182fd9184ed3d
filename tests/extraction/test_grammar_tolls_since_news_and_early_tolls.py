"""Toll grammar: the news's own dead told in a "since"/"depuis que" clause, early tolls told after a newer one, a
toll told "then" after a sentence set at another time, and a bare "succumbed" said of a place.

A "since"/"depuis que" clause tells the earlier event an event's time is counted from only when the rest of the
sentence counts dead of its own ("killed five villagers ..., the deadliest attack since ..."): a feared new attack,
an apposition ("in the deadliest attack this year"), a toll that will rise, or "since" meaning because tell none, so
the clause's dead are the news. "Since dawn", "since the weekend" are periods. A later sentence's clause whose
killers are named back ("the attackers", "les assaillants") tells the same event. An initial, provisional or first
toll released on a day is no newer toll. A toll given "then" or "at the time" after a sentence set at another time is
that time's. A garrison, a town or a siege that "succumbed" fell: no one died. Every sentence is invented; the places
are towns of the shipped gazetteer.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_grammar_tolls import check_toll
from tests.extraction.variations import expand, params

PLACE = ["Djibo", "Solenzo", "Seytenga"]
FR = {"lang": "fr"}
EN = {"lang": "en"}

CASES = []

# the rest of the sentence counts no dead of its own: the clause's dead are the news
CASES += expand("Les habitants de {place} {what} depuis que des hommes armés ont tué {n} civils mardi au marché.",
                tag="fr-since-rest", limit=12, expect=FR, place=PLACE,
                what=["vivent dans la crainte d'une nouvelle attaque", "redoutent une autre attaque",
                      "qui ont survécu à l'attaque ont fui vers Kaya"],
                n=[("14", {"fatalities": 14}), ("vingt", {"fatalities": 20})])
CASES += expand("{what} since gunmen killed {n} civilians at the market on Tuesday{tail}.",
                tag="en-since-rest", limit=12, expect=EN,
                what=["Residents of Djibo fear a new attack", "Thousands have fled Solenzo",
                      "Police fear the toll will rise,"],
                n=[("14", {"fatalities": 14}), ("twenty", {"fatalities": 20})],
                tail=["", ", in the deadliest attack this year"])
CASES += expand("Des milliers d'habitants ont fui {place} depuis que des hommes armés y ont tué {n} personnes dimanche, "
                "dans l'attaque la plus meurtrière de l'année.", tag="fr-since-apposition", limit=6, expect=FR,
                place=PLACE, n=[("20", {"fatalities": 20}), ("douze", {"fatalities": 12})])
# "since" meaning because
CASES += expand("The attack near Gao on Tuesday was {how} since the gunmen killed {n} passengers who had been taken off "
                "the bus.", tag="en-since-because", limit=4, expect=EN, how=["particularly deadly", "shocking"],
                n=[("14", {"fatalities": 14}), ("nine", {"fatalities": 9})])
# a time after "since" is a period
CASES += expand("{what} since {time} {verb} killed at least {n} {who} in {place}, a local official said on Monday.",
                tag="en-since-period", limit=12, expect=EN, place=["Tessit", "Djibo"],
                what=["Fighting", "Heavy fighting"], verb=["has"], time=["dawn", "the weekend", "the morning"],
                n=[("30", {"fatalities": 30})], who=["people", "civilians"])
CASES += expand("Attacks on villages around {place} since {time} have killed at least {n} civilians, residents said.",
                tag="en-since-period-pl", limit=6, expect=EN, place=["Djibo"], time=["dawn", "the weekend"],
                n=[("40", {"fatalities": 40})])
# a later sentence's clause whose killers are named back tells the same event
CASES += expand("Des hommes armés ont attaqué dimanche le village de {place}. Les habitants ont fui depuis que "
                "{who} ont tué {n} personnes au marché.", tag="fr-since-back", limit=6, expect=FR, place=PLACE,
                who=["les assaillants", "les hommes armés"], n=[("12", {"fatalities": 12})])
CASES += expand("Gunmen attacked the village of {place} on Sunday. Residents have fled since {who} killed {n} people "
                "at the market.", tag="en-since-back", limit=6, expect=EN, place=PLACE,
                who=["the attackers", "the assailants"], n=[("12", {"fatalities": 12})])

# an initial, provisional or first toll released on a day, told after the newer toll, is the older one
CASES += expand("The toll from Sunday's attack on {place} {now} 30 dead, local sources said on Wednesday. According to "
                "{a} toll released on Monday, 12 people {were} killed.", tag="en-released-early", limit=12,
                expect={**EN, "fatalities": 30}, place=PLACE, now=["has risen to", "now stands at"],
                a=["a provisional", "a first", "an initial", "a preliminary"], were=["were", "had been"])
CASES += expand("Le bilan de l'attaque de dimanche contre {place} s'élève désormais à 30 morts, selon des sources "
                "locales. Selon un bilan {a} publié lundi, 12 personnes ont été tuées.", tag="fr-released-early",
                limit=9, expect={**FR, "fatalities": 30}, place=PLACE,
                a=["initial", "provisoire", "préliminaire"])

# a toll given "then" / "at the time" after a sentence set at another time is that time's
CASES += expand("Gunmen killed 12 villagers in {place} on Sunday. In June 2022, jihadists killed 86 people in the same "
                "town. The government {then} a toll of 100 dead.", tag="en-toll-then", limit=6,
                expect={**EN, "fatalities": 12}, place=PLACE, then=["then gave", "at the time gave"])

# a garrison, a town or a siege that "succumbed" fell: no one died
CASES += expand("{before}the {who} succumbed on Thursday and the jihadists took the town.", tag="en-succumbed-place",
                limit=8, expect={**EN, "fatalities": 0}, before=["After a three-day siege, ", "In Tin-Akoff, "],
                who=["army garrison", "garrison in Tin-Akoff", "army post", "town's defences"])
CASES += expand("Jihadists besieged Tin-Akoff for a week. The {who} {when}succumbed and the jihadists took the town.",
                tag="en-succumbed-place-later", limit=6, expect={**EN, "fatalities": 0},
                who=["army garrison", "garrison in Tin-Akoff", "town's defences"], when=["", "finally "])
# near misses: people of the garrison who succumbed died
CASES += expand("Jihadists attacked the garrison in {place} on Tuesday. {n} {who} later succumbed.",
                tag="en-succumbed-people", limit=6, expect=EN, place=["Tin-Akoff", "Djibo"],
                n=[("Two", {"fatalities": 2}), ("Three", {"fatalities": 3})],
                who=["soldiers of the garrison", "wounded soldiers", "men of the army post"])
# near misses: the French twin already kept the event's toll; a toll with no time word after the history is the event's
CASES += expand("Des hommes armés ont tué 12 villageois dimanche à {place}. En juin 2022, des jihadistes avaient tué 86 "
                "personnes dans la même ville. Le gouvernement {then} un bilan de 100 morts.", tag="fr-toll-then",
                limit=6, expect={**FR, "fatalities": 12}, place=PLACE,
                then=["avait alors annoncé", "avait à l'époque donné"])

# a fronted cause's own relative clause (", which killed 12 soldiers,", ", qui a tué 12 soldats,") is the cause's: the
# event's dead follow it; "To avenge" is a cause as "Pour venger" is
CASES += expand("In retaliation for {cause}, which killed {m} soldiers, the army struck militant positions near {place}, "
                "killing {n} fighters.", tag="en-cause-relative", limit=6, expect=EN, place=PLACE,
                cause=["Monday's attack", "the ambush on its convoy"], m=["12", "five"],
                n=[("30", {"fatalities": 30})])
CASES += expand("En représailles à {cause}, qui a tué {m} soldats, l'armée a frappé des positions jihadistes près de "
                "{place}, tuant {n} combattants.", tag="fr-cause-relative", limit=6, expect=FR, place=PLACE,
                cause=["l'attaque de lundi", "l'embuscade contre son convoi"], m=["12", "cinq"],
                n=[("30", {"fatalities": 30})])
CASES += expand("{avenge} the killing of two soldiers, troops executed {n} suspects in {place}.", tag="en-avenge",
                limit=6, expect=EN, place=PLACE, avenge=["To avenge", "Avenging"], n=[("10", {"fatalities": 10})])
# "succumbed to" wounds named with their kind or their cause is a death
CASES += expand("A policeman shot during the attack on the market in {place} succumbed to {what}.",
                tag="en-succumbed-wounds", limit=6, expect={**EN, "fatalities": 1}, place=PLACE,
                what=["his gunshot wounds on Tuesday", "injuries sustained in the attack", "his serious injuries"])

# "both" as the subject of a death counts two
CASES += expand("Gunmen {shot} two {who} in {place} on Monday{sep} {died}.", tag="en-both-died", limit=8,
                expect={**EN, "fatalities": 2}, place=PLACE, shot=["shot", "wounded"], who=["traders", "soldiers"],
                sep=["; both", ". Both"], died=["succumbed in hospital", "later died"])
CASES += expand("Jihadists ambushed a patrol near {place} on Monday, wounding two soldiers. Both {who} died on the way to "
                "hospital.", tag="en-both-wounded", limit=4, expect={**EN, "fatalities": 2}, place=PLACE,
                who=["wounded soldiers", "of them"])
# near misses: one of the two, or a figure told, is the count
CASES += expand("Gunmen shot two traders in {place} on Monday; {died}.", tag="en-both-miss", limit=6, expect=EN,
                place=PLACE, died=[("one of them later died", {"fatalities": 1}),
                                   ("three guards later died", {"fatalities": 3})])

# a toll released on a date, or late on a day, is the newer toll as one released on a day is
CASES += expand("Jihadists attacked an army post in {place} on Tuesday, killing at least 10 soldiers. {src}, 24 soldiers "
                "were killed.", tag="en-released-date", limit=6, expect={**EN, "fatalities": 24}, place=PLACE,
                src=["According to an official toll released on March 12", "According to an official toll released "
                     "late on Wednesday"])
CASES += expand("Des jihadistes ont attaqué mardi un poste de l'armée à {place}, tuant au moins 10 soldats. Selon un "
                "bilan officiel publié le {day}, 24 soldats ont été tués.", tag="fr-released-date", limit=6,
                expect={**FR, "fatalities": 24}, place=PLACE, day=["12 mars", "1er mars"])


def _cap(case):
    return type(case)(case.id, case.text[0].upper() + case.text[1:], case.expect)


CASES = [_cap(c) for c in CASES]
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, GAPS))
def test_toll_since_news_and_early_tolls(extractor, case):
    check_toll(extractor, case)
