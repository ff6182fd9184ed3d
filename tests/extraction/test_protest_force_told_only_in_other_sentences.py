"""Force told only in another sentence of a protest's event (sentences written for these tests).

ACLED's excessive force against protesters is force that kills or seriously wounds at that protest; a protest
dispersed, or whose people were hurt with no such force reported of it, is a protest with intervention. Force that
kills or maims named only in the event's other sentences, with none of the protesters told dead there, is a wound's
detail, another day's shooting or a reaction quoted ("the UN condemned the use of lethal force"), not this
protest's force: the protest is one with intervention. Force told in the protest's own sentence, or protesters told
dead, keeps it excessive force.
"""

import pytest


@pytest.mark.parametrize("lang,text", [
    # dispersed in the main sentence; lethal force only in a reaction or another day's story
    ("en", "Police fired tear gas to disperse a student protest in Maradi on Tuesday. The day before, the rights "
           "league had condemned the use of live ammunition against marchers elsewhere in the country."),
    ("fr", "Les gendarmes ont tiré des grenades lacrymogènes pour disperser les manifestants mardi à Dori. "
           "La semaine dernière, la police avait ouvert le feu lors d'un autre rassemblement dans le pays."),
    # protesters hurt in the main sentence, the kind of wound told in the next one
    ("en", "Five demonstrators were injured by soldiers on Friday in Tanout during a sit-in against a convoy. "
           "Doctors at the district clinic treated three men for gunshot wounds."),
    ("fr", "Trois manifestants ont été blessés samedi à Téra lors d'un sit-in devant la mairie. "
           "Deux d'entre eux ont été blessés par balles, selon le dispensaire."),
])
def test_force_told_only_elsewhere_with_no_protester_dead_is_an_intervention(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Protest with intervention"


@pytest.mark.parametrize("lang,text", [
    # the force in the protest's own sentence
    ("en", "Soldiers opened fire on demonstrators in Tanout on Friday during a sit-in against a convoy."),
    ("fr", "Samedi à Téra, la police a tiré à balles réelles sur des manifestants devant la mairie."),
    # protesters told dead
    ("en", "Police broke up a march in Maradi on Tuesday. Two of the protesters were killed by gunfire."),
])
def test_force_in_the_protest_sentence_or_protesters_dead_stays_excessive_force(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Excessive force against protesters"
