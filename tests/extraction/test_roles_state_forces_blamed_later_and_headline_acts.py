"""Unnamed attackers in the main sentence and state forces or auxiliaries in a later one: the later sentence that
blames them or tells they did it names the doers, the one that tells their answer (pursuit, a sweep, attackers
killed later) does not; a headline's doer is lent to the first event only when the headline tells that act (the
victims' category, else the place or day). Own sentences with invented places, both languages."""

from __future__ import annotations

import datetime as dt

import pytest

UNIDENTIFIED = "Unidentified armed group"


@pytest.mark.parametrize("lang,text,doer", [
    # state forces or auxiliaries blamed, or told as the doers, in a later sentence
    ("en", "Armed men killed 30 civilians in Foo near Kaya on Monday. Human Rights Watch said Burkinabe soldiers "
           "carried out the killings.", "Burkinabe army"),
    ("fr", "Des hommes armés ont tué 30 civils lundi à Foo, près de Kaya. Des survivants accusent des militaires et "
           "des VDP d'avoir commis le massacre.", "VDP"),
    ("en", "Gunmen killed 14 villagers in Bar near Dori on Tuesday. Residents blamed Burkinabe soldiers for the "
           "attack.", "Burkinabe army"),
    ("fr", "Des individus armés ont abattu 11 personnes jeudi à Zed, près de Ouahigouya. Selon des habitants, le "
           "massacre a été perpétré par des soldats burkinabè.", "Burkinabe army"),
    # their answer told later: the attackers stay unnamed
    ("en", "Gunmen attacked a village near Dori on Tuesday, killing 9 civilians. Burkinabe soldiers later killed "
           "four of the attackers.", UNIDENTIFIED),
    ("fr", "Des hommes armés ont attaqué un village près de Dori mardi, tuant 9 civils. L'armée burkinabè a lancé "
           "une opération de ratissage dans la zone.", UNIDENTIFIED),
    ("en", "Gunmen raided a hamlet near Bar on Friday and shot dead 7 herders. Six of the raiders were killed by "
           "Nigerien troops who pursued them.", UNIDENTIFIED),
    ("fr", "Des assaillants ont tué huit villageois vendredi à Zed. Cinq d'entre eux ont été neutralisés par les "
           "soldats maliens lancés à leur poursuite.", UNIDENTIFIED),
    # a blame of a whole year's violence that falls on another group before the army
    ("en", "Gunmen killed 12 villagers in Foo near Dori on Sunday. A monitoring group blamed most of the year's "
           "violence on jihadist fighters, followed by the Burkinabe army.", UNIDENTIFIED),
    # a headline that tells a raid on soldiers over a body that tells a killing of civilians elsewhere
    ("en", "JNIM claims deadly raid on army post\nGunmen killed six civilians at a market in Foo near Kaya on "
           "Monday, residents said.", UNIDENTIFIED),
    ("fr", "Le JNIM revendique l'attaque contre le camp militaire de Zed\nDes hommes armés ont tué quatre civils "
           "lundi au marché de Bar, près de Dori.", UNIDENTIFIED),
    # the headline's victims, or its place
    ("en", "JNIM claims attack on army post\nGunmen attacked an army post in Foo near Kaya on Monday, killing five "
           "soldiers.", "JNIM"),
    ("en", "JNIM claims deadly raid on army post in Bar\nGunmen killed six civilians at a market in Bar near Kaya "
           "on Monday, residents said.", "JNIM"),
    ("fr", "Le JNIM revendique l'assassinat de civils à Zed\nDes hommes armés ont tué quatre villageois lundi à "
           "Zed, près de Dori.", "JNIM"),
])
def test_a_later_blame_names_state_forces_and_a_headline_names_the_doer_of_its_own_act(first_event, lang, text,
                                                                                       doer):
    e = first_event(text, lang, dt.date(2024, 6, 12))
    assert e.perpetrator is not None and e.perpetrator.name == doer
