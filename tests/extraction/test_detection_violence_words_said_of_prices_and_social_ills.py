"""Violence words said of an economic trend or a social ill are no event: a demand or a price that "a explosé" (since
a year, by 40 %), a "combat contre la vie chère" or "contre les inégalités". A device that "a explosé" on a day, under a
truck or in a market, and a fight against armed men, stay events. Sentences and places written for these tests."""

import pytest

from sahelwatch.extraction.pipeline import Document


@pytest.mark.parametrize("text", [
    "La demande de carburant a explosé depuis deux ans à Doukoro, selon la société publique.",
    "Le prix du mil a explosé de 40 % en un an sur le marché de Doukoro.",
    "La consommation d'électricité « a explosé » depuis l'été, explique le directeur de l'agence de Doukoro.",
    "La militante a fait du combat contre la vie chère son thème favori sur les réseaux sociaux à Doukoro.",
    "Le maire de Doukoro a fait du combat contre les inégalités la priorité de son mandat.",
    # the economic noun heads the subject a few words before the verb
    "Le prix du sac de sorgho a explosé sur les étals de Doukoro.",
    "La demande en eau potable a explosé cet été dans la commune de Doukoro.",
    "Le nombre de déplacés à Doukoro a explosé, selon une ONG.",
])
def test_a_price_that_soars_or_a_fight_against_a_social_ill_is_no_event(rules_only, text):
    assert rules_only.extract(Document("t", text, "fr", None)).events == ()


@pytest.mark.parametrize("text, sub", [
    ("Un engin a explosé lundi au passage d'un convoi près de Doukoro, tuant deux soldats.",
     "Remote explosive/landmine/IED"),
    ("Une bombe artisanale a explosé sous un camion de commerçants à Doukoro, blessant trois civils.",
     "Remote explosive/landmine/IED"),
    ("Après la hausse du prix du carburant, une charge a explosé lundi au marché de Doukoro, tuant deux civils.",
     "Remote explosive/landmine/IED"),
    ("Le prix payé est lourd quand une mine a explosé lundi sous un car près de Doukoro, tuant cinq passagers.",
     "Remote explosive/landmine/IED"),
])
def test_a_device_that_exploded_is_still_an_explosion(first_event, text, sub):
    assert first_event(text, "fr").sub_event_type == sub


def test_a_fight_against_armed_men_is_still_a_clash(first_event):
    e = first_event("Mardi, le combat contre les assaillants a duré trois heures près de Doukoro, faisant six morts "
                    "parmi les soldats.", "fr")
    assert e.event_type == "Battles"
