"""The target category comes from the people the main sentence says were hurt, not from an actor
named nearby: the subject of a passive killing, the object of "left ... dead", the state forces
attacked when only the attackers' losses are counted, never the body that reports the event
(sentences written for these tests)."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Neuf civils, dont deux supplétifs de l'armée, ont été tués lundi près de Titao, selon une source locale."),
    ("en", "Nine civilians, among them two army auxiliaries, were killed near Titao on Monday, a local source said."),
    ("en", "An air strike on a market near Gossi on Sunday left at least fifteen civilians dead, witnesses said."),
])
def test_the_victims_named_first_decide_the_target_category(first_event, lang, text):
    assert first_event(text, lang).target_category == "civilians"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une attaque a visé lundi le camp de l'armée à Boni. Les soldats ont riposté et neutralisé une vingtaine "
           "d'assaillants."),
    ("en", "Militants launched an attack on an army base in Boni on Monday; troops fought back and killed about twenty "
           "of the attackers."),
])
def test_the_attackers_losses_do_not_make_them_the_target_of_their_attack(first_event, lang, text):
    assert first_event(text, lang).target_category == "security_forces"


def test_the_army_that_announces_a_kidnapping_is_not_its_victim(first_event):
    e = first_event("The Malian army announced on Sunday that two engineers working on a road were kidnapped near Kayes.",
                    "en")
    assert e.target_category == "civilians"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des assaillants ont attaqué lundi la ville de Titao, tuant trois civils et cinq gendarmes."),
    ("en", "Gunmen stormed the town of Titao on Monday, killing three civilians and five gendarmes."),
])
def test_state_forces_killed_beside_civilians_make_them_the_target(first_event, lang, text):
    assert first_event(text, lang).target_category == "security_forces"


@pytest.mark.parametrize("lang,text", [
    ("en", "Nineteen people, soldiers and villagers alike, were killed over the weekend in three separate raids in the "
           "east, according to the army. Eleven farmers were shot dead on Friday by unknown gunmen near Koro."),
    ("fr", "Trois attaques distinctes ont tué 19 militaires et villageois dans l'est au cours du week-end, selon "
           "l'armée. Onze cultivateurs ont été abattus vendredi par des hommes armés non identifiés près de Koro."),
])
def test_a_toll_of_several_attacks_leaves_the_victims_to_the_next_sentence(first_event, lang, text):
    assert first_event(text, lang).target_category == "civilians"


@pytest.mark.parametrize("lang,text", [
    ("en", "A group of militants attacked positions near the town of Sanba before dawn on Tuesday; the fighting went on "
           "for two hours before they withdrew, a security source said."),
    ("fr", "Des terroristes ont attaqué mardi à l'aube le poste de Sanba; les combats ont duré deux heures avant leur "
           "repli, selon une source sécuritaire."),
])
def test_a_fight_started_by_an_armed_group_is_against_the_state_forces(first_event, lang, text):
    e = first_event(text, lang)
    assert e.sub_event_type == "Armed clash"
    assert e.target_category == "security_forces"


@pytest.mark.parametrize("lang,text", [
    ("en", "Jihadists ambushed and killed 14 members of a local militia near the village of Sanba on Friday, a mayor "
           "said."),
    ("fr", "Des terroristes ont tué vendredi quatorze membres d'une milice locale dans une embuscade près du village "
           "de Sanba, selon un élu."),
    ("fr", "Des combattants du MNLA et du MAA se sont affrontés samedi matin près de Kolo, selon des sources locales."),
])
def test_a_fight_against_a_militia_or_another_named_group_is_against_an_armed_group(first_event, lang, text):
    e = first_event(text, lang)
    assert e.sub_event_type == "Armed clash"
    assert e.target_category == "armed_group"
