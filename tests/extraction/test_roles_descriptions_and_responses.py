"""Who is the perpetrator when a report describes rather than names: parent organisations named to
describe the armed groups, state forces answering an attack on them, governments and armies that only
report, claims stated with "par"/"by" (sentences written for these tests)."""

import datetime as dt

import pytest

UNIDENTIFIED = "Unidentified armed group"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Six bergers ont été tués lundi près de Djibo par des hommes armés; la région est le terrain de "
           "combattants affiliés à al-Qaïda et à l'État islamique."),
    ("en", "Gunmen killed six herders near Djibo on Monday in an area where groups linked to al Qaeda and the "
           "Islamic State roam."),
])
def test_two_parents_named_to_describe_the_armed_groups_are_no_perpetrator(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator.name == UNIDENTIFIED
    assert not any(a.role == "perpetrator" and a.canonical_id in ("al_qaeda", "islamic_state", "jnim", "is_sahel")
                   for a in e.actors)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Douze éleveurs ont été tués le 3 mars 2024 à Djibo par des combattants islamistes liés à al-Qaïda."),
    ("en", "Twelve herders were killed in Djibo on 3 March 2024 by al Qaeda-linked militants."),
])
def test_one_parent_describing_the_attackers_stands_for_its_sahel_branch(first_event, lang, text):
    e = first_event(text, lang, dt.date(2024, 3, 4))
    assert e.location["country"] == "Burkina Faso"
    assert e.perpetrator.canonical_id == "jnim"
    assert e.attribution == "suspected"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Lundi, une attaque a visé le poste militaire de Boni. En riposte, les soldats burkinabè ont neutralisé une "
           "dizaine d'assaillants."),
    ("en", "Responding to an assault on their base near Ayorou on Monday, Nigerien soldiers killed ten attackers, "
           "the ministry said."),
])
def test_state_forces_answering_an_attack_on_them_are_its_target(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator.name == UNIDENTIFIED
    assert e.target_category == "security_forces"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Cinq cultivateurs ont été tués mardi près de Bankass, a indiqué le gouvernement malien dans un communiqué."),
    ("en", "Five farmers were killed near Bankass on Tuesday, the Malian government said in a statement."),
    ("en", "The Malian army announced on Tuesday that four traders were kidnapped near Nioro."),
])
def test_a_government_or_army_that_reports_the_violence_is_not_its_perpetrator(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator is None or e.perpetrator.name == UNIDENTIFIED


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés ont attaqué le camp de Boni mardi. L'attaque a été revendiquée par le JNIM."),
    ("en", "Gunmen stormed the camp at Boni on Tuesday. The assault was later claimed by JNIM."),
])
def test_a_claim_stated_with_its_agent_names_the_claimant(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator.canonical_id == "jnim"
    assert e.attribution == "claimed"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les rebelles ont affirmé avoir tué une dizaine de soldats près de Tinzaouaten. Le Front de libération de "
           "l'Azawad (FLA) a publié un communiqué."),
    ("en", "The separatists said they had killed a dozen soldiers near Tinzaouaten. The Azawad Liberation Front (FLA) "
           "issued a statement."),
])
def test_unnamed_rebels_are_the_one_rebel_movement_the_report_names(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator is not None and e.perpetrator.name != UNIDENTIFIED
    assert e.perpetrator.canonical_id is not None


@pytest.mark.parametrize("lang,text,perp", [
    ("en", "A French air strike destroyed a pick-up and killed four fighters near Inaghalawass on Tuesday.", "french_forces"),
    ("fr", "Un drone malien a tué six bergers mardi près de Léré, selon des habitants.", "fama"),
    ("en", "A Nigerien drone strike killed five smugglers near Tahoua on Tuesday, residents said.", "niger_army"),
])
def test_a_strike_named_by_its_nation_is_that_nations_forces(first_event, lang, text, perp):
    e = first_event(text, lang, dt.date(2021, 6, 2))
    assert e.sub_event_type == "Air/drone strike"
    assert e.perpetrator.canonical_id == perp
