"""Who arrests. People "arrêtés ... par des hommes armés" are abducted (ACLED's Arrests are the state's), but only where
the armed men are the arrest verb's own agent: a passive arrest whose "par"/"by" phrase follows it in its clause,
whatever place or time stands between. A state force that is the active verb's subject arrests, and armed men named
further on as the agent of another act (an ambush "tendue par", fuel "utilisé par", an ambush "staged by") are not
the arrest's agent. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Mercredi à Doukoro, la gendarmerie a arrêté quatre jeunes, suspectés d'avoir renseigné les auteurs de "
           "l'embuscade tendue par des jihadistes aux convoyeurs."),
    ("fr", "Les militaires ont arrêté mercredi deux commerçants de Doukoro qui auraient vendu du carburant utilisé par "
           "des groupes armés."),
    ("en", "Gendarmes arrested four young men in Doukoro on Wednesday, suspected of tipping off the militants behind "
           "the ambush staged by jihadists on a convoy."),
    ("en", "On Wednesday soldiers detained two fuel sellers in Doukoro whose stock had been bought by armed groups."),
])
def test_armed_men_who_are_another_acts_agent_leave_the_arrest_an_arrest(first_event, lang, text):
    e = first_event(text, lang)
    assert (e.sub_event_type, e.tactic) == ("Arrests", "arrest")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Deux enseignants ont été arrêtés mercredi à l'entrée de Doukoro, sur la piste menant au marché, par des "
           "hommes armés."),
    ("en", "Two teachers were stopped and detained at the entrance of Doukoro on Wednesday by unidentified gunmen."),
    # a verb coordinated with the arrest shares its agent
    ("en", "Three herders were arrested and taken away by gunmen near Doukoro on Wednesday."),
])
def test_people_arrested_by_armed_men_as_the_verbs_agent_are_abducted(first_event, lang, text):
    e = first_event(text, lang)
    assert (e.sub_event_type, e.tactic) == ("Abduction/forced disappearance", "abduction")
