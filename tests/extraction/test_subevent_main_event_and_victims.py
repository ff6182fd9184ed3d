"""Sub-event types follow ACLED's definitions and the main event decides (sentences written for these tests).

- Armed clash needs two organised armed sides: a target of soldiers, peacekeepers or an armed group, victims
  named as soldiers or fighters, or fighting told anywhere in the event. An assault is one side's act
  ("L'assaut a duré deux heures"): it does not arm the victims of an attack on a village.
- The victims are read where the killing is told, also after a noun of death ("la mort de", "morts parmi"),
  and never among the attackers ("menée par des jihadistes") or an attack's adjective ("attaques jihadistes").
- A suicide bomber or a seizure told only in a later sentence does not replace the attack or fight the main
  sentence reports.
"""

import pytest


@pytest.mark.parametrize("lang,text,sub", [
    # victims after a noun of death
    ("fr", "La gendarmerie a confirmé jeudi la mort de dix-huit villageois lors d'assauts d'hommes armés près de Kaya.",
     "Attack"),
    ("fr", "Les attaques de dimanche ont fait au moins 17 morts parmi les soldats du poste de Tessit.", "Armed clash"),
    ("en", "The army reported the deaths of 12 civilians in raids by gunmen near Fada on Sunday.", "Attack"),
    # the attackers and an attack's adjective are no victims
    ("fr", "Une attaque menée par des jihadistes a fait une soixantaine de morts dans un hameau de la Kossi.", "Attack"),
    ("en", "An assault led by militants left some 40 dead in a farming hamlet near Seytenga on Friday.", "Attack"),
    # victims named in a later sentence when the main sentence tells no death
    ("fr", "Trois hameaux de la commune de Bourzanga ont subi des attaques jihadistes vendredi soir. "
           "Vingt-deux habitants ont été tués, selon le maire.", "Attack"),
    ("en", "Three hamlets near Bourzanga came under attack by militants on Friday night. "
           "Twenty-two residents were killed, the mayor said.", "Attack"),
])
def test_victims_decide_between_attack_and_armed_clash(events, lang, text, sub):
    got = events(text, lang)
    assert got and got[0].sub_event_type == sub


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés ont tué une trentaine de villageois mardi à Kiembara. L'assaut a duré près de deux heures."),
    ("en", "Gunmen killed about thirty villagers at Kiembara on Tuesday. The assault lasted nearly two hours."),
])
def test_an_assault_told_in_a_later_sentence_does_not_make_a_massacre_a_clash(events, lang, text):
    assert events(text, lang)[0].sub_event_type == "Attack"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le groupe a revendiqué l'attaque de mardi contre le camp militaire de Tarkint, qui a coûté la vie à "
           "neuf soldats. Un véhicule piégé conduit par un kamikaze a ouvert la voie aux assaillants."),
    ("en", "The group claimed Tuesday's attack on the army camp at Tarkint, which cost the lives of nine soldiers. "
           "A car bomb driven by a suicide bomber opened the way for the assailants."),
])
def test_a_suicide_bomber_told_after_the_main_attack_leaves_it_a_clash(events, lang, text):
    assert events(text, lang)[0].sub_event_type == "Armed clash"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un kamikaze s'est fait exploser mercredi à l'entrée d'une caserne d'Ansongo, tuant trois soldats."),
    ("en", "A suicide bomber blew himself up at the gate of a barracks in Ansongo on Wednesday, killing three soldiers."),
])
def test_a_suicide_bombing_in_the_main_sentence_is_a_suicide_bomb(events, lang, text):
    assert events(text, lang)[0].sub_event_type == "Suicide bomb"


def test_a_seizure_told_after_the_main_attack_leaves_it_the_attack(events):
    text = ("Le JNIM revendique des attaques contre l'armée jeudi à Léré et Dioura. "
            "Les soldats ont dû se replier sur Niono après de violents combats.")
    assert events(text, "fr")[0].sub_event_type == "Armed clash"


@pytest.mark.parametrize("lang,text", [
    # the armed side named as another clause's subject, or as a side of the crossfire, is no victim
    ("en", "Militiamen seized three herders near Macina on Monday, they were killed a few hours later."),
    ("en", "A shepherd was killed in crossfire between soldiers and militants near Boni on Friday."),
    ("fr", "Des miliciens ont enlevé trois bergers lundi près de Macina, ils ont été tués quelques heures plus tard."),
])
def test_armed_men_outside_the_killing_clause_are_not_its_victims(events, lang, text):
    assert events(text, lang)[0].sub_event_type == "Attack"


@pytest.mark.parametrize("lang,text", [
    ("en", "A rebel assault on an army post near Anefis was repelled on Sunday."),
    ("en", "A patrol came under a complex attack (IED and armed assault) near Tabankort on Monday."),
    ("fr", "Une patrouille a subi une attaque complexe lundi près de Tabankort, a indiqué l'armée."),
])
def test_an_assault_on_an_armed_post_or_a_complex_attack_is_an_armed_clash(events, lang, text):
    assert events(text, lang)[0].sub_event_type == "Armed clash"
