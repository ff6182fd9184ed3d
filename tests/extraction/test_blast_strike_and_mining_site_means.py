"""How an event's means are read (sentences written for these tests): a blast that names no device is the strike or
the shells a later sentence of the event tells as its cause; a later sentence that names the event back with a
demonstrative ("during those operations", "in the incident", "lors de cet incident") goes on telling it; a mine named
beside a mining site with no blast told is the site, not a device; "l'armée de l'air" is an air force."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "Five herders were killed in a blast near the village of Kolo on Thursday. "
           "The army said troops were hunting insurgents in the district at the time. "
           "In those operations, a military aircraft fired on the herders, taking them for fighters."),
    ("en", "Four farmers died in an explosion at a well outside Sibo, officials said. "
           "In the incident, a drone on patrol struck the group by mistake."),
    ("fr", "Six bergers ont été tués dans une explosion près du hameau de Kolo jeudi. "
           "L'armée menait alors des opérations contre des insurgés dans le secteur. "
           "Lors de ces opérations, un aéronef de l'armée de l'air a frappé le groupe par erreur."),
])
def test_a_blast_its_event_tells_as_a_strike_is_an_air_strike(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("lang,text", [
    ("en", "Five herders were killed in a blast near the village of Kolo on Thursday. Their cart had struck a landmine."),
    ("en", "A roadside bomb exploded under a bus near Kolo on Thursday, killing five passengers."),
    ("fr", "Six bergers ont été tués dans une explosion près de Kolo jeudi. Leur charrette a sauté sur une mine."),
])
def test_a_blast_told_as_a_device_stays_remote_violence(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen stormed the open-cast gold site near Sibo on Friday, killing two soldiers and a mine technician."),
    ("en", "Attackers raided the mining company's camp near Sibo on Friday, killing two soldiers who guarded the mine."),
])
def test_a_mine_beside_a_mining_site_is_the_site_not_a_device(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Armed clash"


def test_a_mine_that_went_off_near_a_gold_site_is_still_a_device(first_event):
    text = "A mine exploded under a truck near the gold mining town of Sibo on Friday, killing three soldiers."
    assert first_event(text, "en").sub_event_type == "Remote explosive/landmine/IED"


def test_a_mining_site_named_alone_is_still_no_event(events):
    assert events("The company raised its stake in the gold mine near Sibo to 80 percent on Monday.", "en") == ()


def test_the_french_air_force_pursuing_attackers_is_an_air_strike(first_event):
    text = ("Le 3 mai, l'armée de l'air a pourchassé des assaillants qui avaient attaqué le village de Kolo, "
            "tuant trois civils.")
    assert first_event(text, "fr").sub_event_type == "Air/drone strike"
