"""Protests by ACLED's definitions, and gatherings hit by violence (sentences written for these tests).

- Peaceful demonstrators met with lethal force or force that wounds seriously: excessive force against
  protesters, whether or not the text names who used it.
- Demonstrators who riot, burn, throw stones or kill: a violent demonstration.
- Dispersed (tear gas, warning shots) or arrested, with no one killed: a protest with intervention.
- What a protest is against (its grievance) is no act of the event: a march against drone strikes is a protest.
- A gathering that a strike or gunmen hit is the target of that violence, not a protest.
"""

import pytest


@pytest.mark.parametrize("lang,text,sub", [
    # deaths at a protest with no violence of the protesters' own, killer named or not
    ("fr", "Deux lycéens sont morts jeudi à Ségou lors d'une marche contre les coupures d'électricité.",
     "Excessive force against protesters"),
    ("en", "Three marchers died in Fada N'Gourma on Saturday as police broke up a rally over fuel prices.",
     "Excessive force against protesters"),
    ("en", "Gendarmes shot at demonstrators in Tahoua on Monday, leaving nine of them with gunshot wounds.",
     "Excessive force against protesters"),
    ("fr", "Mercredi à Zinder, la police a tiré à balles réelles sur des manifestants qui bloquaient la route.",
     "Excessive force against protesters"),
    # the demonstrators' own violence
    ("fr", "Samedi à Kati, des manifestants ont lancé des jets de pierres contre le commissariat ; un policier "
           "a été blessé.", "Violent demonstration"),
    ("en", "On Sunday, demonstrators pelted a gendarmerie post with rocks in Dosso and a protester was killed.",
     "Violent demonstration"),
    # dispersed or arrested, no one killed
    ("en", "Riot police fired warning shots to scatter a student rally in Niamey on Tuesday.",
     "Protest with intervention"),
    ("fr", "Mardi, un sit-in d'enseignants a été empêché par les forces de l'ordre devant le rectorat de Mopti ; "
           "six grévistes ont été interpellés.", "Protest with intervention"),
])
def test_protest_subtypes_follow_acled_definitions(first_event, lang, text, sub):
    assert first_event(text, lang).sub_event_type == sub


@pytest.mark.parametrize("lang,text", [
    ("fr", "Mardi, des centaines d'habitants ont défilé à Djibo pour dénoncer les frappes de drones sur les marchés."),
    ("en", "Traders marched in Mopti on Thursday to protest against the abduction of two bus drivers."),
    ("en", "Students protested the arrest of their union leader in Bamako on Wednesday."),
    ("fr", "Des femmes ont manifesté lundi à Dori contre l'assassinat de trois bergers, tués dimanche près du "
           "barrage."),
    # a wound denounced is the grievance's, not force the protest met
    ("en", "Hundreds of young people marched in Bankass on Saturday to denounce an ambush that wounded six soldiers "
           "last week."),
    ("fr", "Des jeunes ont manifesté lundi à Kossi pour dénoncer l'embuscade qui a blessé cinq soldats la semaine "
           "dernière."),
])
def test_what_a_protest_is_against_is_no_act_of_its_own(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("lang,text,sub", [
    ("fr", "Vendredi, une frappe de drone a atteint un rassemblement de bergers près de Nampala, faisant onze "
           "morts.", "Air/drone strike"),
    ("en", "An air strike hit a gathering of villagers near Ansongo on Thursday, killing 14 people.",
     "Air/drone strike"),
    ("fr", "Jeudi, l'aviation a frappé un rassemblement près de Boulkessi, tuant une quinzaine de personnes.",
     "Air/drone strike"),
])
def test_a_gathering_hit_by_a_strike_is_an_air_strike(first_event, lang, text, sub):
    assert first_event(text, lang).sub_event_type == sub


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le gouvernement a interdit mardi toute manifestation à Niamey jusqu'à la fin du mois de ramadan."),
    ("en", "The junta banned all demonstrations in the capital on Friday, citing the security situation."),
    ("fr", "Lundi, Bamako a convoqué le chargé d'affaires d'Algérie pour protester contre des propos jugés hostiles."),
    ("en", "Niger summoned the Beninese ambassador on Wednesday to protest over the closing of the border."),
])
def test_a_ban_or_a_diplomatic_protest_is_no_protest_event(events, lang, text):
    assert events(text, lang) == ()


@pytest.mark.parametrize("lang,text", [
    ("fr", "L'ONU a renouvelé lundi le mandat de sa mission au Mali, qui a perdu plus de 150 casques bleus dans des attaques."),
    ("en", "The council extended the mission on Monday; the force has lost more than 150 peacekeepers in attacks."),
])
def test_a_cumulative_loss_beside_a_political_act_is_no_event(events, lang, text):
    assert events(text, lang) == ()


@pytest.mark.parametrize("lang,text,sub", [
    ("fr", "Malgré l'interdiction, des centaines de jeunes ont manifesté jeudi à Gao contre la vie chère.",
     "Peaceful protest"),
    ("en", "The army denied on Tuesday that its drone strike near Kidal on Sunday had killed eight civilians.",
     "Air/drone strike"),
])
def test_a_protest_despite_a_ban_and_a_denied_strike_are_still_events(first_event, lang, text, sub):
    assert first_event(text, lang).sub_event_type == sub


@pytest.mark.parametrize("lang,text", [
    ("en", "Washington imposed sanctions on two ministers on Thursday over the killing of villagers by the army."),
    ("fr", "Le chef d'état-major a été limogé vendredi après une série d'embuscades meurtrières contre l'armée."),
    ("fr", "Les autorités ont fermé lundi la frontière avec le Bénin à la suite de l'attaque d'un poste de douane."),
])
def test_a_political_act_taken_because_of_violence_is_no_event(events, lang, text):
    assert events(text, lang) == ()


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "Three soldiers were wounded near Boni on Sunday after their truck drove over a mine.",
     "Remote explosive/landmine/IED"),
    ("fr", "Deux gendarmes ont été tués samedi près de Kaya après l'attaque de leur poste par des jihadistes.",
     "Armed clash"),
    ("en", "Schools in Djibo closed on Monday after gunmen killed two teachers in the town on Sunday.", "Attack"),
])
def test_violence_told_beside_a_cause_phrase_is_still_an_event(first_event, lang, text, sub):
    assert first_event(text, lang).sub_event_type == sub
