"""Kinds of event: residents who chase an official out, and an attack told as the purpose of an arrival.

- residents, villagers or youths who chase, drive out or expel an official ("des habitants en colère ont chassé le
  préfet", "angry residents chased the mayor out of town") make a violent demonstration, told angry or not (the
  French "en colère" reads as the English "angry residents"); a crowd named as such ("une foule en colère") stays a
  mob; residents who only demand the official's departure protest; armed men who drive residents out take territory;
- armed men who "came on motorbikes to attack the market" / "sont venus à moto pour attaquer le marché" made the attack
  (the purpose of an arrival tells what they came and did, also after another event's sentence); armed men stopped
  before it ("interceptés alors qu'ils venaient attaquer", "intercepted as they came to attack", "arrested before they
  could attack") made no attack.

Every sentence is written for these tests; places invented.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_grammar_types import check_kind
from tests.extraction.variations import expand, params

VD = {"sub_event_type": "Violent demonstration"}
MOB = {"sub_event_type": "Mob violence"}
PEACE = {"sub_event_type": "Peaceful protest"}
ATTACK = {"sub_event_type": "Attack"}
ARREST = {"sub_event_type": "Arrests"}
TERRITORY = {"sub_event_type": "Non-state actor overtakes territory"}

CHASE = []
CHASE += expand("{crowd} {act} {when}.", tag="fr-chase-official", limit=8, expect=VD,
                crowd=["Des habitants en colère", "Des villageois en colère", "Des habitants", "Les riverains"],
                act=["ont chassé le préfet de Kobou", "ont expulsé le maire de la commune de Sonkoro",
                     "ont chassé le sous-préfet de la ville"],
                when=["jeudi", "lundi matin"])
CHASE += expand("{crowd} {act} {when}.", tag="en-chase-official", limit=8, expect=VD,
                crowd=["Angry residents", "Angry villagers", "Residents", "Local youths"],
                act=["chased the mayor out of town", "drove the prefect out of Kobou",
                     "expelled the sub-prefect from Sonkoro"],
                when=["on Thursday", "on Monday morning"])
# kin: the particle before the object ("drove out the sub-prefect"), "pourchassé", protesters as the crowd, officials
# named by their office ("les agents des impôts"), an official forced to flee
CHASE += expand("{crowd} {act} {when}.", tag="fr-chase-kin", limit=6, expect=VD,
                crowd=["Des jeunes en colère", "Des manifestants en colère", "Les habitants en colère"],
                act=["ont pourchassé le préfet", "ont chassé les agents des impôts de Kobou"], when=["lundi"])
CHASE += expand("{crowd} {act} {when}.", tag="en-chase-kin", limit=4, expect=VD,
                crowd=["Angry villagers", "Protesters"],
                act=["drove out the sub-prefect", "forced the mayor to flee after stoning his house"], when=["on Monday"])
# near misses that must not change: a crowd named as such stays a mob; a demand is a protest; armed men who drive
# residents out take the town
NEAR = []
NEAR += expand("Une foule en colère a chassé le {who} de Kobou {when}.", tag="fr-crowd-mob", limit=2, expect=MOB,
               who=["maire", "préfet"], when=["lundi"])
NEAR += expand("Angry residents {verb} in Kobou {when} to demand the mayor's departure.", tag="en-demand", limit=2,
               expect=PEACE, verb=["marched", "gathered"], when=["on Monday"])
NEAR += expand("Des jihadistes ont chassé les habitants et le maire de la ville de {place} {when}.", tag="fr-taken",
               limit=2, expect=TERRITORY, place=["Kobou", "Sonkoro"], when=["lundi"])

# near misses: the crowd noun not the verb's subject (reported speech, a second verb joined, the victims of armed men),
# "drove", "forced", "ran" in no sense of expulsion
NOT_CHASE = [
    ("en", "Residents drove the injured mayor to the district hospital after the road accident."),
    ("en", "Residents of Kobou voted out the mayor, and youths ran the new governor's campaign."),
    ("en", "Youths forced the prefect to resign after weeks of peaceful protests."),
    ("en", "Villagers said soldiers drove the mayor out of Kobou on Monday."),
    ("en", "Armed men drove villagers out of Kobou and forced local officials to flee."),
    ("fr", "Les habitants affirment que le gouverneur a chassé le maire sans explication."),
    ("fr", "Des jihadistes ont chassé les villageois et ont expulsé le chef du village de Kobou."),
    ("fr", "Les jeunes de Kobou racontent que des soldats ont chassé le maire lundi."),
]

ARRIVAL = []
ARRIVAL += expand("{doers} {came} pour attaquer le marché de {place} {when}.", tag="fr-came-to-attack", limit=6,
                  expect=ATTACK, doers=["Des hommes armés", "Des individus armés"],
                  came=["sont venus à moto", "sont arrivés en nombre", "ont fait irruption dans le village"],
                  place=["Kobou", "Sonkoro"], when=["dimanche"])
ARRIVAL += expand("{doers} {came} to attack the market in {place} {when}.", tag="en-came-to-attack", limit=6,
                  expect=ATTACK, doers=["Armed men", "Gunmen"], came=["came on motorbikes", "arrived in numbers"],
                  place=["Kobou", "Sonkoro"], when=["on Sunday"])
# after another event's sentence, told apart: a second event, the attack
ARRIVAL_SECOND = []
ARRIVAL_SECOND += expand("Des jihadistes ont tué trois soldats samedi près de Boni. {apart}, {doers} sont venus à moto "
                         "pour attaquer le marché de {place} dimanche.", tag="fr-second", limit=4,
                         apart=["Par ailleurs", "Dans une autre localité"], doers=["des hommes armés", "des individus"],
                         place=["Kobou", "Sonkoro"])
ARRIVAL_SECOND += expand("Jihadists killed three soldiers near Boni on Saturday. {apart}, {doers} came on motorbikes "
                         "to attack the market in {place} on Sunday.", tag="en-second", limit=4,
                         apart=["Separately", "Elsewhere"], doers=["armed men", "gunmen"], place=["Kobou", "Sonkoro"])
# near misses: stopped before the attack
FOILED = []
FOILED += expand("{doers} ont été {stopped} {when} alors qu'ils {went} attaquer le marché de {place}.",
                 tag="fr-foiled", limit=6, doers=["Des hommes armés", "Des individus armés"],
                 stopped=["interceptés", "interpellés"], when=["dimanche"], went=["venaient", "s'apprêtaient à"],
                 place=["Kobou", "Sonkoro"])
FOILED += expand("{doers} were {stopped} {when} {before} attack the market in {place}.", tag="en-foiled", limit=6,
                 doers=["Armed men", "Gunmen"], stopped=["intercepted", "arrested"], when=["on Sunday"],
                 before=["as they came to", "before they could"], place=["Kobou", "Sonkoro"])


@pytest.mark.parametrize("case", params(CHASE + NEAR + ARRIVAL, {}))
def test_the_crowd_s_act_and_the_arrival_s_attack_are_coded(extractor, case):
    check_kind(extractor, case)


def _events(extractor, case):
    from sahelwatch.extraction.pipeline import Document
    from tests.extraction.conftest import ANCHOR

    return extractor.extract(Document(case.id, case.text, "fr" if case.id.startswith("fr-") else "en", ANCHOR)).events


@pytest.mark.parametrize("case", params(ARRIVAL_SECOND, {}))
def test_an_arrival_s_attack_after_another_event_is_a_second_event(extractor, case):
    assert [e.sub_event_type for e in _events(extractor, case)][1:] == ["Attack"]


@pytest.mark.parametrize("case", params(FOILED, {}))
def test_an_attack_its_doers_were_stopped_before_is_no_attack(extractor, case):
    assert "Attack" not in [e.sub_event_type for e in _events(extractor, case)]


@pytest.mark.parametrize(("lang", "text"), NOT_CHASE, ids=[f"not-chase-{i}" for i in range(len(NOT_CHASE))])
def test_a_crowd_that_is_not_the_chaser_makes_no_violent_demonstration(extractor, lang, text):
    from sahelwatch.extraction.pipeline import Document
    from tests.extraction.conftest import ANCHOR

    events = extractor.extract(Document("not-chase", text, lang, ANCHOR)).events
    assert "Violent demonstration" not in [e.sub_event_type for e in events]
