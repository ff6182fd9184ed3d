"""Roles read from the syntax of the act: the deed in an infinitive after its auxiliary ("ont réussi à neutraliser"),
a claim with a time or a bracket between the group and its verb, the author of a report or the agent of a verb of no
violence is no doer, the state forces heading the act they strike with, and unnamed men "from the group X"
(sentences written for these tests, with invented or generic places)."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Au cours d'une opération près de Bintagoungou, les FAMa ont réussi à neutraliser une dizaine de terroristes "
           "et à saisir des motos."),
    ("fr", "Les Forces armées maliennes ont pilonné mardi un camp de terroristes près de Bintagoungou, où sept "
           "combattants ont été tués."),
])
def test_state_forces_whose_deed_is_an_infinitive_or_a_shelling_are_the_doers(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator.canonical_id == "fama"
    assert e.target_category == "armed_group"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Mercredi, la ville de Bintagoungou a été le théâtre d'une attaque. Des terroristes ont pris pour cible un "
           "poste de l'armée. Le principal groupe jihadiste de la région (JNIM), a revendiqué ces attaques."),
    ("en", "Gunmen attacked an army post near Bintagoungou on Wednesday, killing four soldiers. JNIM on Thursday "
           "claimed responsibility for the attack."),
])
def test_a_claim_after_a_bracket_and_comma_or_a_day_names_the_claimant(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator.canonical_id == "jnim"
    assert e.attribution == "claimed"


def test_the_author_of_a_statement_is_no_perpetrator(first_event):
    e = first_event("The state police command has confirmed the deaths of nine farmers after an attack on Tungu village "
                    "on Sunday. A statement by the Police Public Relations Officer on Monday said the attack took place "
                    "at dusk.", "en")
    assert e.perpetrator is None or e.perpetrator.name == "Unidentified armed group"
    assert e.target_category == "civilians"


def test_the_agent_of_a_verb_of_no_violence_in_a_later_sentence_is_no_perpetrator(first_event):
    e = first_event("Twelve militants were killed in air strikes on camps near Tanout on Monday. The camps were used by "
                    "ISWAP fighters to store weapons, officials said.", "en")
    assert e.perpetrator is None or e.perpetrator.canonical_id != "iswap"
    assert e.target_category == "armed_group"


def test_state_forces_heading_a_strike_stay_its_doer_after_an_attack_they_repelled(first_event):
    e = first_event("Civilians were found dead after air strikes by the Malian army against fighters near "
                    "Bintagoungou on Friday. The army said it had first repelled an attack on its post there.", "en")
    assert e.perpetrator is not None and e.perpetrator.canonical_id == "fama"


@pytest.mark.parametrize("lang,text", [
    ("en", "Eleven soldiers were killed on Monday in an ambush near Tanout by armed men from the terrorist group ISGS."),
    ("fr", "Onze soldats ont été tués lundi dans une embuscade près de Tanout par des hommes armés du groupe terroriste "
           "EIGS."),
])
def test_unnamed_men_from_a_named_group_are_that_group(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator is not None and e.perpetrator.canonical_id in ("isgs", "is_sahel")
    assert e.target_category == "security_forces"


def test_a_claimant_named_in_brackets_after_its_long_name(first_event):
    e = first_event("Quatre gardes forestiers ont été tués lundi dans une attaque près de Toeni. L'attaque a été "
                    "revendiquée mardi par le Groupe de soutien pour la cause des musulmans (JNIM), lié à Al-Qaïda.", "fr")
    assert e.perpetrator.canonical_id == "jnim"
    assert e.attribution == "claimed"


def test_two_groups_listed_with_a_comma_after_an_affiliation_are_an_unidentified_group(first_event):
    e = first_event("Au moins huit bergers ont été enlevés mardi près de Toeni. Des sources soupçonnent des militants "
                    "affiliés à Ansaroul Islam, JNIM.", "fr")
    assert e.perpetrator.name == "Unidentified armed group"


def test_attackers_described_between_commas_and_a_hedged_group_name_the_doer(first_event):
    e = first_event("Residents of Tungu buried nine farmers on Sunday after an attack on the village. According to a "
                    "witness, the assailants, suspected to be members of the feared Lakurawa group, invaded the village "
                    "at dusk.", "en")
    assert e.perpetrator.canonical_id == "lakurawa"
    assert e.target_category == "civilians"


def test_a_police_command_that_confirms_the_deaths_is_no_victim(first_event):
    e = first_event("The state police command has confirmed the deaths of nine farmers after an attack on Tungu "
                    "village on Sunday.", "en")
    assert e.target_category == "civilians"


def test_vigilantes_killed_by_an_armed_group_are_an_armed_side(first_event):
    e = first_event("Gunmen attacked Tungu village on Sunday, killing at least eleven vigilantes who tried to stop "
                    "them from taking cattle.", "en")
    assert e.target_category == "armed_group"


def test_a_place_named_before_the_people_killed_is_not_their_category(first_event):
    e = first_event("A Kossa, un hameau situé dans le centre du pays, onze civils ont été tués mardi par des hommes "
                    "armés.", "fr")
    assert e.target_category == "civilians"


def test_forces_in_the_agent_of_the_killing_are_not_among_its_victims(first_event):
    e = first_event("Dans le centre du pays, à Kossa, neuf civils ont été tués lundi par l'armée et ses supplétifs.", "fr")
    assert e.target_category == "civilians"
