"""Protests and no-event texts (sentences written for these tests): supporters or protesters who gathered make a
protest; a rally named as where someone spoke is the setting of a speech, not a protest; deaths a protest's other
sentences only lament, with no force met told, leave it peaceful; a threat of attacks (the noun) is no attack; an
institution dismantled is no arrest, a cell or a network dismantled still is."""

import pytest


@pytest.mark.parametrize("text", [
    "Several hundred supporters of the transition council gathered in the main square of Sibo on Wednesday.",
    "Hundreds of demonstrators gathered outside the town hall in Kolo on Monday to demand the mayor's resignation.",
])
def test_supporters_or_protesters_who_gathered_make_a_protest(first_event, text):
    assert first_event(text, "en").sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("lang,text", [
    ("en", "The prime minister defended the new budget as he spoke at a party rally in Kolo on Sunday."),
    ("fr", "Le chef de l'État a pris la parole lors d'un rassemblement à Kolo, dimanche, pour présenter le budget."),
])
def test_a_rally_named_as_where_someone_spoke_is_no_protest(events, lang, text):
    assert events(text, lang) == ()


def test_deaths_a_protest_only_laments_leave_it_peaceful(first_event):
    text = ("Crowds rallied in Sibo on Friday to back the transition council. "
            "Marchers carried flags and sang songs. "
            "\u201cEvery week we bury relatives murdered by bandits,\u201d one of them said.")
    assert first_event(text, "en").sub_event_type == "Peaceful protest"


def test_deaths_beside_force_met_still_make_excessive_force(first_event):
    text = ("Crowds marched in Sibo on Friday against fuel prices. Police fired tear gas to disperse them. "
            "Two marchers were killed, hospital staff said.")
    assert first_event(text, "en").sub_event_type == "Excessive force against protesters"


def test_a_threat_of_attacks_is_no_attack(events):
    text = ("The government on Tuesday extended a curfew in its eastern provinces to help the army cope with "
            "the threat of militant raids.")
    assert events(text, "en") == ()


@pytest.mark.parametrize("lang,text", [
    ("en", "The cabinet has dismantled the national broadcasting council, handing its duties to a ministry."),
    ("fr", "Le gouvernement a démantelé le conseil national de la communication, dont les missions reviennent au ministère."),
])
def test_an_institution_dismantled_is_no_arrest(events, lang, text):
    assert events(text, lang) == ()


@pytest.mark.parametrize("lang,text", [
    ("en", "Police in Kolo dismantled a car theft ring on Monday."),
    ("fr", "La gendarmerie a démantelé mardi près de Kolo un réseau de trafiquants d'armes."),
])
def test_a_ring_or_a_network_dismantled_is_an_arrest(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Arrests"
