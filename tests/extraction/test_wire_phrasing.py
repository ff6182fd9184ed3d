"""Wire-service phrasing: relative dates, perpetrators, target categories (sentences written for these tests)."""

import datetime as dt

import pytest

from sahelwatch.extraction.dates import find_dates
from sahelwatch.extraction.pipeline import Document

ANCHOR = dt.date(2030, 5, 8)  # a Wednesday


@pytest.fixture(scope="module")
def x(rules_only):
    """The conftest's one rules-only extractor."""
    return rules_only


def first(x, text, lang="en", published=ANCHOR):
    return x.extract(Document("t", text, lang, published)).events[0]


@pytest.mark.parametrize("lang,text,expected,precision", [
    ("en", "a depot was raided overnight", dt.date(2030, 5, 7), "day"),
    ("en", "gunmen struck last night", dt.date(2030, 5, 7), "day"),
    ("fr", "cette nuit, un poste a ete attaque", dt.date(2030, 5, 7), "day"),
    ("en", "a patrol was hit last weekend", dt.date(2030, 5, 4), "week"),
    ("fr", "le week-end dernier", dt.date(2030, 5, 4), "week"),
    ("en", "earlier this week", dt.date(2030, 5, 5), "week"),
])
def test_relative_night_and_week_phrases_resolve_against_the_anchor(lang, text, expected, precision):
    m = find_dates(text, ANCHOR, lang)[0]
    assert (m.date, m.precision) == (expected, precision)


def test_overnight_with_named_nights_keeps_the_first_night(x):
    m = find_dates("overnight Monday to Tuesday", ANCHOR, "en")
    assert [d.date for d in m] == [dt.date(2030, 5, 6)]


def test_a_parent_organisation_naming_its_branch_gives_the_branch(x):
    e = first(x, "Fighters linked to al Qaeda's Sahel affiliate JNIM overran an army outpost near Diafarabe on Monday.")
    assert e.perpetrator.canonical_id == "jnim"


def test_a_vehicle_hitting_a_mine_is_not_the_attacker(x):
    e = first(x, "A MINUSMA truck struck a landmine outside Tessalit on Tuesday, wounding three peacekeepers.")
    assert e.perpetrator is None or e.perpetrator.canonical_id != "minusma"
    assert e.target_category == "peacekeepers"


def test_coordinated_state_perpetrators_leave_the_victims_as_target(x):
    e = first(x, "Russian mercenaries and Malian troops shot dead 12 herders near Dioura on Sunday, a local elected official said.")
    assert e.target_category == "civilians"
    assert e.sub_event_type == "Attack"


def test_at_least_after_a_group_name_is_not_a_victim_clause(x):
    e = first(x, "Gunmen from the Wagner group killed at least 9 traders on a road near Hombori on Monday.")
    assert e.perpetrator.canonical_id in ("wagner", "africa_corps")
    assert e.target_category == "civilians"


def test_volunteer_auxiliaries_killed_are_security_forces(x):
    e = first(x, "Six VDP auxiliaries were killed when their post came under fire near Titao on Sunday.")
    assert e.target_category == "security_forces"


def test_french_victim_of_the_verb_decides_the_category(x):
    e = first(x, "Mardi, un drone de l'armée a tué sept personnes près d'un puits au nord de Gossi.", "fr")
    assert e.target_category == "civilians"


def test_source_clause_is_not_read_as_the_target(x):
    e = first(x, "Armed men shot dead five shepherds near Tillia on Friday, a regional official told reporters.")
    assert e.target_category == "civilians"


def test_unnamed_state_forces_become_the_forces_of_the_events_country(x):
    e = first(x, "The army said on Tuesday it had killed about forty terrorists near Djibo in northern Burkina Faso.")
    assert e.perpetrator is not None and e.perpetrator.name == "Military Forces of Burkina Faso"


def test_french_unnamed_army_acting_is_the_perpetrator(x):
    e = first(x, "Lundi, l'armée a abattu une vingtaine de terroristes près de Tessit, dans la région de Gao.", "fr")
    assert e.perpetrator is not None and e.perpetrator.name == "Military Forces of Mali"
    assert e.target_category == "armed_group"


def test_soldiers_as_victims_stay_targets(x):
    e = first(x, "Gunmen on motorbikes killed eleven soldiers near Inates, in Niger's Tillaberi region, on Monday.")
    assert e.perpetrator.name != "Military Forces of Niger"
    assert e.target_category == "security_forces"


def test_an_unattributed_drone_strike_is_the_countrys_forces(x):
    e = first(x, "A drone strike hit a weekly market near Ansongo in the Gao region on Sunday, killing nine people.")
    assert e.sub_event_type == "Air/drone strike"
    assert e.perpetrator is not None and e.perpetrator.name == "Military Forces of Mali"


def test_possessive_country_army_is_named(x):
    e = first(x, "Niger's army said its troops killed 14 militants near Torodi on Saturday.")
    assert e.perpetrator.canonical_id == "ner_army" or e.perpetrator.name == "Nigerien army"


@pytest.mark.parametrize("text,sub_event", [
    ("Gunmen seized a dozen travellers from a minibus near Sebba on Monday and drove off with them.",
     "Abduction/forced disappearance"),
    ("Fighter jets pounded militant hideouts in the forest near Fada N'Gourma on Thursday.", "Air/drone strike"),
    ("A blast tore through a pickup carrying gendarmes near Barsalogho on Tuesday, killing three.",
     "Remote explosive/landmine/IED"),
    ("Missiles fired from the hills landed inside the camp at Aguelhok on Wednesday.",
     "Shelling/artillery/missile attack"),
    ("Raiders plundered the granaries of a hamlet outside Bourzanga on Saturday.", "Looting/property destruction"),
    ("Soldiers and jihadists exchanged fire for hours near Solenzo on Friday.", "Armed clash"),
    ("Government troops retook the town of Mansila on Sunday.", "Government regains territory"),
])
def test_english_wire_cues_give_the_acled_sub_event(x, text, sub_event):
    assert first(x, text).sub_event_type == sub_event


def test_the_army_recapturing_a_town_is_the_actor(x):
    e = first(x, "The army recaptured the town of Kidal from the rebels on Tuesday, the government said.")
    assert e.perpetrator is not None and e.perpetrator.name == "Military Forces of Mali"


def test_forces_that_repel_an_attack_are_its_target(x):
    e = first(x, "Mardi, les soldats ont repoussé une attaque contre le camp de Sofara, dans la région de Mopti.", "fr")
    assert e.perpetrator is None or e.perpetrator.name != "Military Forces of Mali"
    assert e.target_category == "security_forces"


def test_russian_auxiliaries_beside_the_army_leave_the_army_first(x):
    e = first(x, "Malian soldiers backed by Africa Corps fighters shot dead 25 villagers near Dioura on Friday.")
    assert e.perpetrator.canonical_id == "fama"
    assert e.target_category == "civilians"
