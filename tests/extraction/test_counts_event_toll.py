"""The toll of an event across its sentences: both sides' dead, a figure restated once, parts of a toll,
and the English killing verbs whose victim is a definite noun phrase (own sentences, both languages)."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.extraction import Document
from sahelwatch.extraction.counts import sentence_fatalities


@pytest.fixture(scope="module")
def x(rules_only):
    """The conftest's one rules-only extractor."""
    return rules_only


def toll(x, text: str, lang: str) -> int | None:
    res = x.extract(Document("t", text, lang, dt.date(2024, 3, 14)))
    assert res.events, text
    return res.events[0].fatalities["best"]


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Neuf gendarmes ont été tués mardi dans une embuscade près de Gossi. L'état-major ajoute que quatorze "
           "assaillants ont été neutralisés lors de la riposte.", 23),
    ("fr", "Six soldats ont été tués lundi lors de l'attaque d'un poste près de Tessit. Côté ennemi, douze morts "
           "ont été dénombrés sur le terrain.", 18),
    ("en", "Gunmen killed seven herders near Tillia on Monday. Troops who pursued them killed nine attackers, the "
           "regional governor said.", 16),
])
def test_the_dead_of_the_armed_side_add_to_the_other_dead(x, lang, text, want):
    assert toll(x, text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Onze civils ont été tués mercredi dans l'attaque d'un marché près de Djibo. Des témoins racontent que "
           "les assaillants ont tué onze civils et blessé cinq autres avant de fuir.", 11),
    ("en", "Militants killed eight soldiers on Tuesday in an ambush near Diffa. Residents said the fighters had "
           "come on motorbikes, killing eight soldiers and wounding four others.", 8),
])
def test_a_toll_restated_with_other_wounded_counts_once(x, lang, text, want):
    assert toll(x, text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Cinq soldats et deux assaillants ont été tués jeudi près de Ménaka. Les deux assaillants ont été tués "
           "par une patrouille.", 7),
    ("en", "The clash on Friday killed five soldiers and three attackers near Kidal. The three attackers were "
           "killed as they fled.", 8),
])
def test_a_sentence_with_both_sides_is_not_added_to_again(x, lang, text, want):
    assert toll(x, text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Quinze villageois ont été tués samedi dans l'attaque de leur hameau près de Bankass. Parmi eux, quatre "
           "femmes ont été tuées dans leur maison.", 15),
    ("en", "Fifteen villagers were killed on Saturday when gunmen stormed their hamlet near Bankass. Among the dead, "
           "four women were killed in their homes.", 15),
])
def test_a_sentence_giving_part_of_a_toll_adds_nothing(x, lang, text, want):
    assert toll(x, text, lang) == want


@pytest.mark.parametrize("text,want", [
    ("Gunmen shot dead the deputy mayor of a rural commune near Bandiagara.", 1),
    ("Unknown assailants assassinated the head of a local transport union in Gao.", 1),
    ("Gunmen killed the two chiefs of rival clans outside the mosque.", 2),
    ("The operation resulted in the death of six militants near the border.", 6),
])
def test_an_english_killing_of_a_definite_victim_counts_it(text, want):
    assert sentence_fatalities(text, "en").best == want


@pytest.mark.parametrize("text,want", [
    ("Gunmen attacked a camp near Ansongo, two herders killed and three others wounded.", 2),
    ("Gunmen killed at least 14 people in a raid on a market.", 14),
    ("Militants killed as many as 14 people in a raid on a market.", 14),
])
def test_killed_before_a_preposition_or_a_conjunction_is_a_participle(text, want):
    assert sentence_fatalities(text, "en").best == want


@pytest.mark.parametrize("lang,text,want", [
    ("en", "A truck hit a mine on the road (located at precision level 2), four drivers were killed and three "
           "others were wounded.", 4),
    ("fr", "Un camion a sauté sur une mine (zone 3), quatre chauffeurs ont été tués et trois autres blessés.", 4),
])
def test_a_figure_in_parentheses_is_not_coordinated_with_the_victims(lang, text, want):
    assert sentence_fatalities(text, lang).best == want


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Nine people, seven farmers and two traders, were killed in the raid.", 9),
    ("fr", "Neuf personnes, sept cultivateurs et deux commerçants, ont été tuées lors du raid.", 9),
    ("en", "Four farmers, three traders and one herder were killed in the raid.", 8),
])
def test_a_breakdown_in_apposition_restates_the_total(lang, text, want):
    assert sentence_fatalities(text, lang).best == want


@pytest.mark.parametrize("lang,text,side", [
    ("fr", "Vingt terroristes ont été neutralisés lors de la riposte.", "armed"),
    ("fr", "Dans les rangs des assaillants, on compte neuf morts.", "armed"),
    ("en", "Soldiers killed four suspected militants near the border.", "armed"),
    ("en", "Gunmen killed four farmers near the border.", "other"),
    ("en", "The army said it killed three soldiers' attackers and lost two soldiers: three attackers and two soldiers "
           "were killed.", "mixed"),
])
def test_whose_dead_a_reading_counts(lang, text, side):
    assert sentence_fatalities(text, lang).side == side


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Plus d'une vingtaine de personnes ont été tuées dans le raid.", 21),
    ("en", "More than a dozen people were killed in the raid.", 13),
    ("fr", "Plus de 40 soldats ont été tués dans le raid.", 41),
])
def test_more_than_a_round_figure_is_just_above_it(lang, text, want):
    assert sentence_fatalities(text, lang).best == want


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "L'assaut contre le hameau a fait plus de 60 victimes selon le maire.", 61),
    ("fr", "Les tirs ont éclaté au marché, faisant dix-sept victimes civiles.", 17),
    ("en", "The raids on three hamlets left more than 60 civilian victims, the mayor said.", 61),
    ("fr", "Le bus a heurté une mine, faisant trois victimes blessées.", None),
])
def test_the_victims_of_a_toll_are_its_dead(lang, text, want):
    r = sentence_fatalities(text, lang)
    assert (r.best if r is not None else None) == want


@pytest.mark.parametrize("text,want", [
    ("Des hommes armés ont encerclé le poste et tué six gendarmes.", 6),
    ("L'armée dit avoir perdu trois soldats mais tué quinze assaillants.", 18),
    ("Les assaillants ont blessé trois soldats mais tué deux civils.", 2),
])
def test_a_second_verb_sharing_the_auxiliary_reports_deaths(text, want):
    assert sentence_fatalities(text, "fr").best == want


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Douze gendarmes ont été tués vendredi près de Boni. L'armée affirme que plusieurs dizaines de terroristes "
           "ont été tués lors de la riposte.", 12),
    ("en", "Twelve gendarmes were killed on Friday near Boni. The army said dozens of attackers were killed as "
           "troops fought back.", 12),
])
def test_a_vague_plural_of_the_other_side_is_not_added_to_a_count(x, lang, text, want):
    assert toll(x, text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    ("en", "A shell hit the camp, wounding a herder and killing eleven goats.", None),
    ("fr", "Un obus est tombé sur le campement, tuant onze chèvres.", None),
    ("en", "A mine hit a cart near Gao (located at precision 2), one killed and two wounded.", 1),
    ("en", "Militiamen raided a camp, killing six militants and one wounded in their own ranks.", 6),
    ("en", "Gunmen raided a hamlet, killing five herders, four others were later abducted.", 5),
    ("en", "A militiaman shot dead his cousin at the market.", 1),
])
def test_only_people_killed_are_counted(lang, text, want):
    r = sentence_fatalities(text, lang)
    assert (r.best if r is not None else None) == want


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Le gouverneur a rapporté jeudi la mort d'une trentaine de bergers près de Tillia.", 30),
    ("fr", "« Nous avons perdu cinq hommes », a déclaré un officier.", 5),
    ("en", "The army said it had lost five soldiers in the fighting.", 5),
    ("en", "The insurgency has caused the death of over 2,000 people.", 2001),
])
def test_deaths_read_from_losses_and_from_the_death_of(lang, text, want):
    assert sentence_fatalities(text, lang).best == want


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Plusieurs gendarmes ont été tués jeudi dans une embuscade près de Boni. « Nous avons perdu sept hommes », "
           "a dit un officier.", 7),
    ("en", "About a dozen villagers were killed on Thursday near Boni. The mayor said 14 villagers were killed.", 14),
    ("fr", "Une vingtaine de villageois ont été tués jeudi près de Boni. Trois enfants ont été tués dans leur maison.", 20),
])
def test_a_rough_main_figure_gives_way_to_a_precise_count(x, lang, text, want):
    assert toll(x, text, lang) == want
