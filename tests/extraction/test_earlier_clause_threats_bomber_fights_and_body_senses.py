"""A toll told after a relative clause naming an earlier event, a threat to kill during an abduction, a fight told
apart from a suicide bombing, and "corps"/"bodies" in senses other than the dead (sentences written for these tests)."""

import pytest

from sahelwatch.extraction.counts import sentence_fatalities


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Fighting that came after a dawn raid killed ten soldiers and two civilians near Boni on Sunday.", 12),
    ("en", "Clashes that came days after the killings of four herders killed seven militiamen near Djibo.", 7),
    ("fr", "L'embuscade, qui est survenue après un raid à l'aube, a tué six gendarmes près de Boni dimanche.", 6),
])
def test_a_relative_clause_naming_an_earlier_event_leaves_the_main_toll_counted(lang, text, want):
    assert sentence_fatalities(text, lang).best == want


@pytest.mark.parametrize("lang,text", [
    ("en", "The kidnappings come two days after gunmen killed six traders on the road to Boni."),
    ("fr", "Cet enlèvement intervient trois jours après l'assassinat de deux élus locaux près de Djibo."),
])
def test_the_killing_an_event_comes_after_is_still_not_counted(lang, text):
    r = sentence_fatalities(text, lang)
    assert r is None or r.best == 0


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés ont enlevé dimanche trois commerçants près de Boni et ont menacé de les tuer."),
    ("en", "Gunmen abducted three traders near Boni on Sunday and threatened to kill them."),
    ("en", "Militants kidnapped two teachers near Djibo on Monday and vowed to execute them unless a ransom is paid."),
    ("fr", "Des inconnus ont enlevé un chef de village près de Douentza lundi, menaçant de l'exécuter sous huit jours."),
    ("fr", "Des hommes armés ont enlevé cinq bergers près de Ménaka mardi et menacent d'en tuer deux."),
    ("en", "Gunmen seized five herders near Menaka on Tuesday and threatened to kill two of them."),
])
def test_a_threat_to_kill_leaves_an_abduction_an_abduction(first_event, lang, text):
    e = first_event(text, lang)
    assert (e.sub_event_type, e.fatalities["best"]) == ("Abduction/forced disappearance", 0)


def test_an_abduction_then_a_killing_told_in_the_past_is_still_an_attack(first_event):
    e = first_event("Gunmen abducted three traders near Boni on Sunday and killed them the next day.", "en")
    assert e.sub_event_type == "Attack"


@pytest.mark.parametrize("lang,text", [
    ("en", "A suicide bomber blew himself up at a checkpoint near Boni on Sunday, killing five soldiers; fighting later "
           "resumed elsewhere."),
    ("fr", "Un kamikaze s'est fait exploser dimanche à un poste de contrôle près de Boni, tuant cinq soldats ; des "
           "combats ont repris plus tard ailleurs."),
])
def test_a_fight_told_apart_from_the_bombing_leaves_a_suicide_bomb(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Suicide bomb"


def test_a_bombing_that_opens_an_assault_told_as_a_fight_stays_a_clash(first_event):
    e = first_event("A suicide car bomb hit the army base at Boni on Sunday, then gunmen stormed it and heavy fighting "
                    "with the soldiers went on for hours.", "en")
    assert e.sub_event_type == "Armed clash"


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Les deux corps, armée et gendarmerie, ont mené dimanche une opération conjointe près de Boni, tuant trois "
           "assaillants.", 3),
    ("en", "The two bodies, the army and the gendarmerie, led a joint operation near Boni on Sunday, killing three "
           "assailants.", 3),
    ("fr", "Dix corps ont été retrouvés dimanche dans un puits près de Boni.", 10),
    ("en", "Villagers recovered eight bodies from the riverbed near Djibo on Monday.", 8),
])
def test_corps_and_bodies_count_the_dead_only_in_a_body_sense(lang, text, want):
    assert sentence_fatalities(text, lang).best == want
