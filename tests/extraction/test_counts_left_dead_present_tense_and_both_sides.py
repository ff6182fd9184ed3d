"""Tolls told as what an act leaves ("which left three soldiers dead", "laissant quatre villageois sans vie"), a
French present of a headline or lead ("Une attaque tue douze civils"), a day between the verb and its object, the
toll of one side followed by the other side's dead, the figure of a report's sources, and the dead of a clause of
another month (sentences written for these tests, places invented or generic)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.counts import sentence_fatalities


def best(text: str, lang: str):
    r = sentence_fatalities(text, lang)
    return None if r is None else r.best


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Gunmen raided a checkpoint near Foo, which left three soldiers dead on Friday.", 3),
    ("en", "The ambush left a gendarme dead.", 1),
    ("en", "The raid, which left 11 herders dead, was blamed on bandits.", 11),
    ("en", "Fighters stormed the market, leaving five traders dead and eight injured.", 5),
    ("en", "The assault killed two soldiers and left three others dead near the well.", 5),
    ("fr", "Des assaillants ont mitraillé la foire hebdomadaire, laissant quatre villageois sans vie.", 4),
    ("fr", "L'embuscade a laissé trois gendarmes morts sur la piste.", 3),
    ("fr", "Les assaillants ont tiré sur le convoi, laissant six personnes mortes et dix blessées.", 6),
    ("fr", "L'attaque, ayant fait trois victimes parmi les bergers, a été condamnée.", 3),
    ("en", "The bombing in the town centre claimed nine lives.", 9),
])
def test_the_dead_an_act_leaves_are_its_toll(lang, text, want):
    assert best(text, lang) == want


@pytest.mark.parametrize("lang,text", [
    ("en", "The blast, which left four civilians injured, hit the bus station."),
    ("fr", "L'explosion a laissé sept passants blessés près de la gare."),
])
def test_the_wounded_an_act_leaves_are_no_dead(lang, text):
    assert best(text, lang) is None


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Un engin explosif tue quatre soldats près de Foo", 4),
    ("fr", "Une attaque tue douze orpailleurs dans l'Est", 12),
    ("fr", "Des hommes armés tuent 15 villageois au nord de Foo", 15),
    # the figure after a participle is no object when days or hours follow it
    ("fr", "Un gendarme tué deux jours après son enlèvement près de Foo", 1),
])
def test_a_french_present_of_killing_counts_its_object(lang, text, want):
    assert best(text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Les militaires disent avoir abattu la semaine passée 35 insurgés dans les collines de Foo.", 35),
    ("fr", "L'armée dit avoir abattu le week-end dernier une dizaine d'assaillants.", 10),
    ("en", "The army said it killed last week 40 militants in the forest.", 40),
])
def test_a_week_between_the_verb_and_its_object_is_skipped(lang, text, want):
    assert best(text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Selon l'état-major, le bilan est de 7 gardes tués, ainsi que de trois gardes enlevés et de 11 « bandits » "
           "tués au cours de l'accrochage.", 18),
    ("fr", "Le bilan est de 9 gendarmes tués, trois disparus et 14 assaillants neutralisés.", 23),
    # the same side's later figure is a part or an update of the toll, never added to it
    ("fr", "Le bilan s'élève à 12 morts après que deux blessés ont succombé.", 12),
    ("fr", "Le soir même, un nouveau bilan faisait état d'une quinzaine de bergers abattus.", 15),
])
def test_a_toll_of_one_side_and_the_other_sides_dead_add_up(lang, text, want):
    assert best(text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Raiders stormed a checkpoint at dawn, killing four guards, two military sources said.", 4),
    ("fr", "Quatre soldats ont été tués, ont indiqué deux sources sécuritaires.", 4),
])
def test_the_figure_of_a_reports_sources_is_no_victim(lang, text, want):
    assert best(text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Le ratissage s'est déroulé le 8 juin dans un secteur où onze gardes ont été tués en avril.", None),
    ("fr", "Les forces armées disent avoir abattu 45 insurgés, après l'assassinat de sept gardes en octobre.", 45),
    ("en", "Troops said they shot dead 45 insurgents following the murder of seven guards in October 2030.", 45),
    # a clause of the event's own act with a month keeps its dead
    ("en", "Twelve soldiers were killed after an ambush in March near the border.", 12),
    ("fr", "Au moins douze soldats ont été tués en mars dans une embuscade.", 12),
])
def test_the_dead_of_a_clause_of_another_month_are_an_earlier_events(lang, text, want):
    assert best(text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "L'assaut a été lourd, avec 30 soldats, dont le chef du poste, ayant perdu la vie.", 30),
    ("fr", "Six gendarmes ont été mortellement atteints lors de l'accrochage.", 6),
    ("fr", "Un passant a été mortellement blessé par balle.", 1),
    ("en", "Two police officers were fatally shot at the checkpoint.", 2),
    ("fr", "Les soldats ont éliminé 12 terroristes près de Foo.", 12),
    ("fr", "Le tir d'un drone a permis de repérer et d'abattre une trentaine de bandits.", 30),
    ("fr", "En se repliant vers la frontière, les assaillants ont abandonné cinq corps et deux pick-up.", 5),
])
def test_fatal_wounds_eliminations_what_a_riposte_allowed_and_bodies_left_behind_are_dead(lang, text, want):
    assert best(text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    # a figure followed by its own finite verb is that verb's subject, not one more object of the verb before it
    ("fr", "La contre-attaque a permis d'abattre trois bandits, 04 gendarmes ont été tués dans l'échange de tirs.", 7),
    ("en", "Gunmen killed two soldiers and one attacker died in the exchange.", 3),
    ("en", "The attackers killed five soldiers and two civilians were also killed.", 7),
])
def test_a_figure_with_its_own_verb_is_its_subject(lang, text, want):
    assert best(text, lang) == want


@pytest.mark.parametrize("lang,text,side", [
    ("fr", "On dénombre sept morts dans les rangs des terroristes après la riposte.", "armed"),
    ("fr", "On compte six tués côté ennemi.", "armed"),
    ("en", "There were five dead among the attackers.", "armed"),
    ("fr", "On dénombre sept morts dans le village après la riposte.", "other"),
])
def test_the_armed_side_named_after_the_dead(lang, text, side):
    assert sentence_fatalities(text, lang).side == side


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Le précédent raid contre ce hameau remonte à la mi-avril, quand cinq bergers ont été abattus.", None),
    ("en", "The previous raid dates back to March, when nine herders were killed.", None),
])
def test_a_recalled_attack_adds_no_dead(lang, text, want):
    assert best(text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    ("en", "A local official said that 45 herders were killed, but a militia spokesman stated that 30 herders were "
           "killed.", 45),
    ("fr", "Les autorités parlent de 12 morts, mais des sources locales évoquent 30 morts.", 12),
    # the other side's dead, or a source named after both figures, still add up
    ("en", "Five soldiers were killed, while the army said three attackers were killed.", 8),
    ("fr", "Trois soldats ont été tués, tandis que deux assaillants ont été abattus, selon l'armée.", 5),
])
def test_another_sources_figure_for_the_same_dead_is_not_added(lang, text, want):
    assert best(text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Le bilan provisoire est de trois gendarmes morts et un assaillant neutralisé.", 4),
    ("en", "The army said its aircraft eliminated 14 fighters near the river.", 14),
])
def test_neutralised_belongs_to_its_own_figure_and_eliminated_is_dead(lang, text, want):
    assert best(text, lang) == want


def test_a_total_over_two_operations_gives_way_to_one_operations_figure(events):
    text = ("Troops neutralised at least 38 insurgents in three separate raids in the north. The second raid, close to "
            "Foo, eliminated at least 22 fighters, and five soldiers were killed in the exchange.")
    assert events(text, "en")[0].fatalities["best"] == 27


@pytest.mark.parametrize("text,want", [
    # a floor gives way to the exact toll told further on, within twice its figure
    ("Gunmen killed at least 15 villagers in Foo on Sunday. Residents later said 19 villagers were killed in the "
     "raid.", 19),
    # an attacker's claim of a larger toll is a claim, not the toll
    ("Gunmen killed at least 15 soldiers in Foo on Sunday. The group later claimed it had killed 25 soldiers.", 15),
])
def test_a_floor_and_the_exact_toll_after_it(events, text, want):
    assert events(text, "en")[0].fatalities["best"] == want


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Mardi, près de Foo, une vingtaine de soldats sont morts au combat. Au cours de l'assaut, une dizaine de "
           "bergers ont également été tués.", 30),
    ("en", "Nine soldiers died in the assault on Foo on Monday. Four herders were also killed in the crossfire.", 13),
])
def test_dead_told_as_also_killed_add_to_the_toll(events, lang, text, want):
    assert events(text, lang)[0].fatalities["best"] == want


@pytest.mark.parametrize("lang,text,want", [
    ("en", "The prosecutor opened an inquiry after the discovery of 17 lifeless bodies outside Foo.", 17),
    ("en", "Herders found six charred corpses near the well.", 6),
    ("en", "The two bodies, the army and the police, met in Foo.", None),
])
def test_a_bodys_state_between_the_figure_and_bodies(lang, text, want):
    assert best(text, lang) == want
