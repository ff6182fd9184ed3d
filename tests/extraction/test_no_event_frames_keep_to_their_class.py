"""The rules that type an event or send a text to the no-event route keep to their class (sentences written for
these tests).

- A disaster's deaths carry over only to the very next sentence when it names no new place or day, or to a later
  one that points back to them ("les corps", "the bodies"); a killing told after it with another place or day, or
  after another sentence, is an event.
- A strike of mortars, rockets, shells or artillery ("une frappe de roquettes") is shelling, not an air strike; an
  unattributed air strike on the state's own soldiers is not put down to its army.
- A place's state of violence told in a relative clause or an apposition ("où les violences se multiplient",
  ", a region plagued by attacks") or beside an act of violence ("le théâtre d'une attaque contre") leaves the
  attack an event.
- "The mine" / "la mine" planted by militants is a landmine; a mine as a site ("la mine de Sadiola", "at the mine",
  "the gold mine's owner") is no weapon.

The texts these rules leave without an event are in test_no_event_states_coups_mine_sites.py.
"""

import pytest


def _subs(events, text, lang):
    return [e.sub_event_type for e in events(text, lang)]


@pytest.mark.parametrize("lang,text,sub,dead", [
    ("fr", "Des inondations ont fait vingt morts à Niamey samedi. Trois civils ont été tués dimanche à Tillabéri.",
     "Attack", 3),
    ("en", "Floods killed twelve people in Niamey on Saturday. Five villagers were killed in Tillaberi on Sunday.",
     "Attack", 5),
    ("fr", "Un bus a chaviré dans le fleuve près de Gao mardi, faisant neuf morts. Quatre bergers ont été tués jeudi "
           "près de Ménaka.", "Attack", 4),
    ("en", "A bus plunged into the river near Gao on Tuesday, and nine people drowned. Two herders were shot dead "
           "near Menaka.", "Attack", 2),
    # a sentence between: the disaster is no longer the one just told
    ("en", "Floods killed twelve people in Niamey on Saturday. Officials met on Sunday. Five villagers died in "
           "Niamey.", "Attack", 5),
])
def test_a_killing_told_after_a_disaster_with_a_new_place_or_day_is_an_event(events, lang, text, sub, dead):
    got = events(text, lang)
    assert [e.sub_event_type for e in got] == [sub]
    assert got[0].fatalities["best"] == dead


@pytest.mark.parametrize("text", [
    "Des frappes de mortier ont visé le camp de Tessit lundi, blessant quatre soldats.",
    "Deux soldats ont été blessés lundi à Tessit lors d'une frappe de roquettes contre leur camp.",
    "Une frappe d'artillerie a touché le camp militaire de Tessit mardi, tuant deux soldats.",
    "Des frappes d'obus ont visé mercredi la base de Gao sans faire de victimes.",
])
def test_a_strike_of_mortars_rockets_or_shells_is_shelling(events, text):
    got = events(text, "fr")
    assert [e.sub_event_type for e in got] == ["Shelling/artillery/missile attack"]
    assert not [a for a in got[0].actors if a.role == "perpetrator" and a.name.startswith("Military Forces")]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un drone a frappé lundi le camp militaire de Tessit, blessant quatre soldats."),
    ("en", "A drone struck the army camp in Tessit on Monday, wounding four soldiers."),
])
def test_an_unattributed_strike_on_the_army_is_not_put_down_to_the_army(events, lang, text):
    got = events(text, lang)
    assert [e.sub_event_type for e in got] == ["Air/drone strike"]
    assert not any(a.role == "perpetrator" for a in got[0].actors)


def test_an_unattributed_strike_on_fighters_is_still_the_army_s(events):
    got = events("An air strike killed ten militants near Tessit on Monday.", "en")
    assert [e.sub_event_type for e in got] == ["Air/drone strike"]
    assert [a.name for a in got[0].actors if a.role == "perpetrator"] == ["Military Forces of Mali"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "La région de Mopti, où les violences se multiplient, a été le théâtre d'une attaque contre un poste de "
           "police."),
    ("fr", "Le cercle de Djenné, en proie aux violences, a été le théâtre mardi d'une attaque contre une patrouille "
           "de gendarmes."),
    ("fr", "Dans le centre, où les violences se multiplient, des hommes armés ont attaqué un poste de police."),
    ("en", "The Mopti region, where attacks have become frequent, saw an attack on a police post."),
    ("en", "Gunmen attacked a police post in Mopti, a region plagued by attacks."),
])
def test_a_state_of_violence_beside_an_attack_leaves_it_an_event(events, lang, text):
    assert _subs(events, text, lang) == ["Armed clash"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Three soldiers were killed on Monday when their truck drove over the mine planted by militants near "
           "Boni."),
    ("fr", "Trois soldats ont été tués lundi près de Boni par la mine posée par les terroristes sur la route."),
    ("fr", "Un camion de l'armée a sauté sur la mine posée par les jihadistes près de Boni mardi, tuant deux "
           "soldats."),
    ("en", "Two soldiers were killed on Tuesday when the mine exploded under their vehicle near Boni."),
    ("fr", "Une mine de fabrication artisanale a tué deux civils près de Boni mardi."),
])
def test_the_mine_planted_on_a_road_is_a_landmine(events, lang, text):
    assert _subs(events, text, lang) == ["Remote explosive/landmine/IED"]
