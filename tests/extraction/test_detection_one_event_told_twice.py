"""Event detection: one event told twice (its toll restated on a later day, a week named then its day, a fact
added with "moreover") stays one event; a mine named as a mining site is no blast, and troops named as "fighting
jihadists" are no fight, and an earlier attack recalled as "one day after" in a clause is context (sentences written
for these tests)."""

import pytest

from sahelwatch.extraction.classify import no_event_reason, signals
from sahelwatch.folding import fold_aligned as fold


@pytest.mark.parametrize("lang,text", [
    ("en", "The state took a 40% stake in the Kobada mine on Tuesday, the mining minister said."),
    ("en", "The Tassiga mine holds an estimated 80 tonnes of gold, enough for twenty years."),
    ("en", "The junta nationalised the mine run by the French group and handed its output to a state firm."),
    ("fr", "L'État a pris 40 % du capital de la mine mardi, selon le ministre de l'Économie."),
    ("fr", "Le gouvernement a retiré le permis de la mine et confié son exploitation à une société publique."),
    ("en", "The company has been shut out since the junta seized control of the mine last year."),
])
def test_a_mine_named_as_a_mining_site_gives_no_event(events, lang, text):
    folded = fold(text)
    assert no_event_reason(folded, signals(folded, lang), lang) == "mine"
    assert events(text, lang) == ()


@pytest.mark.parametrize("lang,text", [
    ("en", "A supply truck struck a mine near Boni on Monday, the army said."),
    ("en", "Two soldiers were wounded when a mine went off under their vehicle near Hombori on Sunday."),
    ("en", "Engineers cleared three mines from the Douentza road on Monday, the army said."),
    ("fr", "Un camion de ravitaillement a sauté sur une mine lundi près de Boni, a indiqué l'armée."),
    ("fr", "Deux soldats ont été blessés par une mine dimanche près d'Hombori."),
])
def test_a_mine_that_blasts_or_is_cleared_is_still_an_event(events, lang, text):
    assert len(events(text, lang)) == 1


@pytest.mark.parametrize("lang,text", [
    ("fr", "Au moins 45 villageois ont été tués samedi dans l'attaque de Kassa, dans le nord du pays. Une mission "
           "d'enquête envoyée sur place mardi a fait état d'au moins 45 morts."),
    ("en", "At least 45 villagers were killed on Saturday in an attack on Kassa in the north. A fact-finding team sent "
           "there on Tuesday counted at least 45 dead."),
])
def test_a_toll_restated_on_a_later_day_is_the_same_event(events, lang, text):
    got = events(text, lang)
    assert len(got) == 1
    assert got[0].fatalities["best"] == 45


@pytest.mark.parametrize("lang,text", [
    ("en", "Nine herders were killed last week in the east of the country, residents said on Tuesday. Gunmen on "
           "Saturday attacked a camp near Diapaga and shot the herders, one of them said."),
])
def test_a_day_inside_the_week_the_lead_names_is_the_same_event(events, lang, text):
    assert len(events(text, lang)) == 1


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des assaillants ont attaqué mardi le poste de Kassa, tuant six gendarmes. En outre, deux véhicules de la "
           "brigade ont été incendiés."),
])
def test_a_fact_added_with_moreover_belongs_to_the_event(events, lang, text):
    assert len(events(text, lang)) == 1


@pytest.mark.parametrize("lang,text", [
    ("en", "The minister accused the radio of spreading lies to demoralise troops fighting jihadists."),
    ("en", "The new law grants tax relief to the families of soldiers fighting the insurgents."),
])
def test_a_fight_named_only_as_what_someone_does_gives_no_event(events, lang, text):
    folded = fold(text)
    assert no_event_reason(folded, signals(folded, lang), lang) == "state"
    assert events(text, lang) == ()


@pytest.mark.parametrize("lang,text", [
    ("en", "Troops fighting jihadists near Boni killed ten militants on Monday."),
    ("en", "Soldiers fighting the insurgents clashed with them near Boni on Monday."),
])
def test_troops_fighting_on_a_day_or_with_dead_are_an_event(events, lang, text):
    assert len(events(text, lang)) == 1


@pytest.mark.parametrize("lang,text", [
    ("en", "About 20 people were killed on Sunday in an attack on a market in eastern Burkina Faso, just one day after "
           "nearly 80 soldiers were killed in another attack in the north of the country."),
    ("fr", "Au moins 20 personnes ont été tuées dimanche dans l'attaque d'un marché dans l'est du Burkina Faso, deux "
           "jours après la mort de 80 soldats dans une autre attaque dans le nord."),
])
def test_an_earlier_attack_recalled_as_days_before_is_context_not_this_event(events, lang, text):
    got = events(text, lang)
    assert len(got) == 1
    assert got[0].fatalities["best"] == 20


def test_a_sentence_opening_with_days_after_an_attack_still_tells_its_act(events):
    got = events("Two days after the ambush, soldiers killed 20 militants near Boni on Sunday.", "en")
    assert len(got) == 1 and got[0].fatalities["best"] == 20


def test_a_toll_added_with_en_outre_and_no_act_of_its_own_is_the_same_event(events):
    # the other side's dead of the same attack, added with "en outre" (sentences written for this test)
    text = ("Des jihadistes ont attaqué dimanche la ville de Tinfa, tuant sept civils, selon des sources locales. "
            "En outre, les pertes militaires sont lourdes, avec une vingtaine de soldats tués.")
    assert len(events(text, "fr")) == 1


def test_a_toll_added_with_en_outre_beside_an_act_of_its_own_is_another_event(events):
    text = ("Des jihadistes ont attaqué dimanche la ville de Tinfa, tuant sept civils, selon des sources locales. "
            "En outre, une embuscade contre une patrouille a fait douze morts parmi les soldats.")
    assert len(events(text, "fr")) == 2
