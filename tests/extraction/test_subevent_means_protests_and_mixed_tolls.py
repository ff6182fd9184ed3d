"""Sub-event types by ACLED's definitions where the main sentence does not say it all (sentences written for
these tests).

- An attack that killed no one is typed by what it did, told in the event's other sentences: people taken away
  make an abduction, property burnt or looted with no one hurt a looting/property destruction event.
- A main sentence that tells only deaths takes the weapon told later ("hit by a drone strike"); a weapon told
  after an attack is a means of the fight and does not retype it.
- "Une frappe" (a strike) is an air or drone strike; "la force de frappe" is no weapon used.
- Protests: demonstrators who burn, loot or clash with the police make a violent demonstration, even when the
  police kill; the police killing peaceful demonstrators is excessive force. "Protestant" is no protest.
- A toll whose head names no kind ("douze personnes, dont neuf soldats") takes the kind its subset names; a subset
  naming both civilians and soldiers is a mixed toll, left to the roles.
"""

import pytest


def _sub(events, text, lang):
    got = events(text, lang)
    assert got, text
    return got[0].sub_event_type


@pytest.mark.parametrize("lang,text,sub", [
    ("fr", "Des hommes armés ont attaqué mardi soir un chantier routier près de Kayes. Trois ouvriers étrangers "
           "ont été enlevés par les assaillants.", "Abduction/forced disappearance"),
    ("en", "Gunmen attacked a road construction site near Kayes on Tuesday night. Three foreign workers were "
           "abducted by the assailants.", "Abduction/forced disappearance"),
    ("fr", "Des jihadistes ont attaqué samedi le dépôt d'une société minière près de Kéniéba. Des camions et des "
           "entrepôts ont été incendiés.", "Looting/property destruction"),
    ("en", "Militants attacked the depot of a mining company near Kenieba on Saturday. Trucks and warehouses were "
           "set on fire.", "Looting/property destruction"),
])
def test_an_attack_that_killed_no_one_is_typed_by_what_it_did(events, lang, text, sub):
    assert _sub(events, text, lang) == sub


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des jihadistes ont attaqué samedi le dépôt d'une société minière près de Kéniéba. Trois ouvriers ont "
           "été tués et des camions ont été incendiés."),
    ("en", "Militants attacked the depot of a mining company near Kenieba on Saturday. Three workers were killed "
           "and trucks were set on fire."),
])
def test_an_attack_that_killed_stays_an_attack_whatever_it_burnt(events, lang, text):
    assert _sub(events, text, lang) == "Attack"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Huit combattants ont été tués lundi près de Tessalit, selon l'armée. Ils ont été visés par une frappe "
           "de drone alors qu'ils circulaient à moto."),
    ("en", "Eight fighters were killed near Tessalit on Monday, the army said. They were hit by a drone strike "
           "while riding motorbikes."),
    ("fr", "Une frappe de l'armée a tué cinq personnes jeudi près de Léré, selon des habitants."),
])
def test_deaths_take_the_strike_that_caused_them(events, lang, text):
    assert _sub(events, text, lang) == "Air/drone strike"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des jihadistes ont attaqué dimanche le poste militaire de Boni. Des drones de l'armée ont survolé la "
           "zone pendant les combats."),
    ("en", "Jihadists attacked the army post at Boni on Sunday. Army drones flew over the area during the fighting."),
])
def test_a_weapon_told_after_an_attack_on_soldiers_leaves_it_a_clash(events, lang, text):
    assert _sub(events, text, lang) == "Armed clash"


def test_a_striking_force_is_no_strike(events):
    assert events("Le ministre a vanté mardi à Bamako la force de frappe de l'armée nationale.", "fr") == ()


@pytest.mark.parametrize("lang,text,sub", [
    # demonstrators who burn or clash: a violent demonstration, even when the police kill
    ("fr", "Lundi à Bougouni, des manifestants ont incendié le commissariat pour dénoncer la mort d'un livreur, tué "
           "par un agent la veille.", "Violent demonstration"),
    ("en", "In Bougouni on Monday, demonstrators burnt the police station down in anger at the death of a delivery "
           "rider killed by an officer the day before.", "Violent demonstration"),
    ("fr", "Des manifestants se sont affrontés samedi aux gendarmes devant la mairie de Zinder.", "Violent demonstration"),
    ("en", "Demonstrators clashed with gendarmes outside the town hall in Zinder on Saturday.", "Violent demonstration"),
    # the police killing peaceful demonstrators
    ("fr", "La police a tué trois manifestants samedi lors d'une marche pacifique contre la vie chère à Zinder.",
     "Excessive force against protesters"),
    ("en", "Nigerien police shot dead three demonstrators on Saturday during a peaceful march in Zinder.",
     "Excessive force against protesters"),
    # a Protestant church is no protest
    ("fr", "Des hommes armés ont tué six fidèles dimanche dans un temple protestant de Djibo.", "Attack"),
    ("en", "Gunmen killed six worshippers at a Protestant church in Djibo on Sunday.", "Attack"),
])
def test_a_protest_is_typed_by_what_the_demonstrators_and_the_forces_did(events, lang, text, sub):
    assert _sub(events, text, lang) == sub


@pytest.mark.parametrize("lang,text,sub", [
    ("fr", "Douze personnes, dont neuf soldats, ont été tuées mardi près de Djibo.", "Armed clash"),
    ("en", "Twelve people, including nine soldiers, were killed near Djibo on Tuesday.", "Armed clash"),
    ("fr", "Mardi, l'attaque de deux villages des environs de Djibo a fait vingt morts, parmi lesquels des civils et "
           "des militaires.", "Attack"),
    ("fr", "Neuf civils, dont deux supplétifs, ont été tués mardi près de Djibo.", "Attack"),
])
def test_a_subset_names_the_kind_of_a_toll_whose_head_names_none(events, lang, text, sub):
    assert _sub(events, text, lang) == sub
