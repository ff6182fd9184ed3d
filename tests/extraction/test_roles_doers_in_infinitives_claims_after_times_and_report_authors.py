"""Roles read from the syntax of the act: the deed in an infinitive after its auxiliary ("ont pu éliminer"), a claim
with a time or a bracket between the group and its verb, the author of a report or the agent of a verb of no violence
is no doer, the state forces heading the act they strike with, and unnamed men "from the group X" (sentences written
for these tests, with invented places)."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Lors d'un ratissage mené samedi autour de Fankodié, les FAMa ont pu neutraliser sept terroristes et "
           "récupérer un lot d'armes."),
    ("fr", "Samedi, les Forces armées maliennes ont pilonné des caches ennemies aux abords de Fankodié ; six "
           "combattants y sont morts."),
])
def test_state_forces_whose_deed_is_an_infinitive_or_a_shelling_are_the_doers(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator.canonical_id == "fama"
    assert e.target_category == "armed_group"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Deux gendarmes ont été tués lundi lors de l'assaut d'un poste de Tassinga par des hommes armés. Dans la "
           "soirée, la principale coalition jihadiste du Sahel (JNIM), a revendiqué l'opération."),
    ("en", "Four soldiers died when a checkpoint outside Ruwan Dinya came under fire on Saturday. JNIM late Sunday "
           "claimed the assault."),
])
def test_a_claim_after_a_bracket_and_comma_or_a_day_names_the_claimant(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator.canonical_id == "jnim"
    assert e.attribution == "claimed"


def test_the_author_of_a_statement_is_no_perpetrator(first_event):
    e = first_event("Six traders were killed on Sunday in a night raid on the market of Ruwan Dinya. A bulletin by the "
                    "state police late on Monday gave no further detail.", "en")
    assert e.perpetrator is None or e.perpetrator.name == "Unidentified armed group"
    assert e.target_category == "civilians"


def test_the_agent_of_a_verb_of_no_violence_in_a_later_sentence_is_no_perpetrator(first_event):
    e = first_event("Fighter jets killed fourteen militants in the hills east of Ruwan Dinya on Tuesday. Residents said "
                    "the hideouts had long been used by ISWAP commanders as a rest stop.", "en")
    assert e.perpetrator is None or e.perpetrator.canonical_id != "iswap"
    assert e.target_category == "armed_group"


def test_state_forces_heading_a_strike_stay_its_doer_after_an_attack_they_repelled(first_event):
    e = first_event("Five herders were among the dead of raids by the Malian army on militants near Fankodié on "
                    "Thursday. The army said its troops had repelled an assault on their camp earlier that day.", "en")
    assert e.perpetrator is not None and e.perpetrator.canonical_id == "fama"


@pytest.mark.parametrize("lang,text", [
    ("en", "Six gendarmes were killed on Tuesday at a checkpoint outside Gorondé by armed men of the jihadist "
           "movement ISGS."),
    ("fr", "Six gendarmes ont été tués mardi à un barrage près de Gorondé par des hommes armés du mouvement jihadiste "
           "EIGS."),
])
def test_unnamed_men_from_a_named_group_are_that_group(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator is not None and e.perpetrator.canonical_id in ("isgs", "is_sahel")
    assert e.target_category == "security_forces"


def test_a_claimant_named_in_brackets_after_its_long_name(first_event):
    e = first_event("Trois douaniers ont été tués vendredi à un poste frontalier près de Tassinga. L'opération a été "
                    "revendiquée le lendemain par l'alliance jihadiste la plus active de la zone (JNIM).", "fr")
    assert e.perpetrator.canonical_id == "jnim"
    assert e.attribution == "claimed"


def test_two_groups_listed_with_a_comma_after_an_affiliation_are_an_unidentified_group(first_event):
    e = first_event("Jeudi, onze éleveurs ont été enlevés près de Tassinga ; un élu local parle de combattants affiliés "
                    "au JNIM, EIGS.", "fr")
    assert e.perpetrator.name == "Unidentified armed group"


def test_attackers_described_between_commas_and_a_hedged_group_name_the_doer(first_event):
    e = first_event("Mourners in Ruwan Dinya buried seven herders on Tuesday after a raid on the hamlet. According to an "
                    "elder, the raiders, described as members of the banned Lakurawa sect, invaded the hamlet before "
                    "dawn.", "en")
    assert e.perpetrator.canonical_id == "lakurawa"
    assert e.target_category == "civilians"


def test_a_police_command_that_confirms_the_deaths_is_no_victim(first_event):
    e = first_event("The police department has announced the deaths of six traders in a bandit raid on a rural road "
                    "near Ruwan Dinya on Sunday.", "en")
    assert e.target_category == "civilians"


def test_vigilantes_killed_by_an_armed_group_are_an_armed_side(first_event):
    e = first_event("Bandits turned on a band of vigilantes chasing them in the bush outside Ruwan Dinya on Saturday, "
                    "killing eight of them.", "en")
    assert e.target_category == "armed_group"


def test_a_place_named_before_the_people_killed_is_not_their_category(first_event):
    e = first_event("Devant l'école de Fankodié, sept civils ont été tués mardi par des hommes armés.", "fr")
    assert e.target_category == "civilians"


def test_forces_in_the_agent_of_the_killing_are_not_among_its_victims(first_event):
    e = first_event("Près de Fankodié, huit civils ont été tués lundi par des soldats maliens et des volontaires.", "fr")
    assert e.target_category == "civilians"
