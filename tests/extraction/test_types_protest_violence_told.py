"""Readings the protest, looting and mine rules must keep: looting watched helplessly is looting done (a modal's
words stop at a new clause); symbols burnt with other property, or a shop named by a symbol ("the photo studio"),
is property destroyed; an angry crowd that chases, stones, besieges or comes armed is violent though told angry; a
mine that damaged a vehicle is a device.

Written from the two languages' news style, never from an evaluation text; places invented.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_grammar_types import _events, check_kind
from tests.extraction.variations import expand, params

LOOT = {"sub_event_type": "Looting/property destruction"}
VD = {"sub_event_type": "Violent demonstration"}
MOB = {"sub_event_type": "Mob violence"}
IED = {"sub_event_type": "Remote explosive/landmine/IED"}
PEACE = {"sub_event_type": "Peaceful protest"}

CASES = []
CASES += expand("{who} {could} as {doers} looted {what} in {place} on Sunday.", tag="en-loot-watched", limit=6,
                expect=LOOT, who=["Residents said they", "Villagers"], could=["could only watch", "could do nothing"],
                doers=["bandits", "gunmen"], what=["shops", "the granaries"], place=["Tessit", "Kourou"])
CASES += expand("{symbols} {rest} {place} lundi.", tag="fr-burnt-with-property", limit=6, expect=VD,
                symbols=["Des manifestants ont brûlé des drapeaux", "Des manifestants ont incendié des banderoles"],
                rest=[", des pneus et deux voitures devant le gouvernorat de", "et le siège du parti au pouvoir à"],
                place=["Djibo", "Kaya"])
CASES += expand("Protesters {burnt} in {place} on Tuesday.", tag="en-burnt-with-property", limit=6, expect=VD,
                burnt=["burned flags and two police cars", "set fire to the posters office and a police car",
                       "burned down the photo studio of a local official during a march against the mayor"],
                place=["Zinder", "Maradi"])
CASES += expand("Des jeunes ont incendié le studio photo du {who} lors d'une marche à {place} mardi.",
                tag="fr-symbol-shop", limit=4, expect=VD, who=["maire", "député"], place=["Kaya", "Téra"])
CASES += expand("{crowd} {act} {when}.", tag="en-angry-crowd-acts", limit=6, expect=VD,
                crowd=["Angry youths", "Angry residents"],
                act=["chased the mayor out of the town of Bankilaré, Tillaberi region,",
                     "armed with machetes and sticks besieged the gendarmerie of Gaya, Dosso region,"],
                when=["on Thursday", "on Friday"])
CASES += expand("{crowd} {act} {when}.", tag="fr-angry-crowd-acts", limit=6, expect=VD,
                crowd=["Des jeunes en colère"],
                act=["ont chassé le préfet de Bankilaré, région de Tillabéri,",
                     "ont manifesté à Téra et ont chassé le maire de la ville",
                     "armés de gourdins ont assiégé la gendarmerie de Gaya"],
                when=["jeudi", "lundi"])
CASES += expand("An angry crowd stoned the car of the {who} in {place}, Tahoua region, on Saturday.",
                tag="en-angry-mob-stones", limit=2, expect=MOB, who=["prefect", "mayor"], place=["Bouza", "Keita"])
CASES += expand("{mine} {when}.", tag="mine-damaged", limit=4, expect=IED,
                mine=["La mine a endommagé le véhicule de tête du convoi militaire entre Boni et Hombori",
                      "The mine damaged the lead vehicle of an army convoy between Boni and Hombori"],
                when=["lundi", "on Monday"])

# near misses that must not change: symbols only, a crowd only told angry that gathers
NEAR = []
NEAR += expand("{doers} {act} à {place} {when}.", tag="fr-symbols-only", limit=4, expect=PEACE,
               doers=["Des manifestants"], act=["ont brûlé des drapeaux français et des effigies du président",
                                                "ont brûlé le portrait du ministre"],
               place=["Niamey", "Dori"], when=["lundi", "vendredi"])
NEAR += expand("{crowd} gathered outside the governor's office in {place} {when}.", tag="en-angry-gathers", limit=2,
               expect=PEACE, crowd=["Angry youths", "An angry crowd"], place=["Tahoua"], when=["on Monday"])

GAPS = {}
NEAR_GAPS = {}


def _lang(case):
    return "fr" if case.id.startswith("fr-") or " lundi" in case.text or "mardi" in case.text or "jeudi" in case.text \
        else "en"


@pytest.mark.parametrize("case", params(CASES, GAPS))
def test_violence_told_stays_violence(extractor, case):
    events = _events(extractor, case.text, _lang(case))
    assert events, "no event"
    assert {k: getattr(events[0], k) for k in case.expect} == case.expect


@pytest.mark.parametrize("case", params(NEAR, NEAR_GAPS))
def test_symbols_and_mood_stay_a_protest(extractor, case):
    check_kind(extractor, case)


# a crowd that dispersed of its own is no intervention; one dispersed by the police is
SELF = []
SELF += expand("Protesters burned an effigy of the {who} in {place} on Friday but dispersed {how}.", tag="en-self-dispersed",
               limit=4, expect=PEACE, who=["governor", "minister"], place=["Zinder", "Maradi"],
               how=["peacefully", "without incident"])
SELF += expand("Les manifestants ont brûlé une effigie du {who} à {place} vendredi puis se sont dispersés {how}.",
               tag="fr-self-dispersed", limit=4, expect=PEACE, who=["gouverneur", "ministre"], place=["Zinder", "Dori"],
               how=["dans le calme", "sans incident"])
SELF += expand("{what} à {place} vendredi.", tag="fr-dispersed-by-police", limit=2,
               expect={"sub_event_type": "Protest with intervention"}, place=["Zinder", "Dori"],
               what=["La police a dispersé les manifestants", "Les manifestants ont été dispersés dans le calme"])
SELF += expand("{what} in {place} on Friday.", tag="en-dispersed-by-police", limit=2,
               expect={"sub_event_type": "Protest with intervention"}, place=["Zinder", "Maradi"],
               what=["Police dispersed the protesters", "The protest was dispersed peacefully by police"])


@pytest.mark.parametrize("case", params(SELF, {}))
def test_a_crowd_that_dispersed_of_its_own_met_no_intervention(extractor, case):
    check_kind(extractor, case)
