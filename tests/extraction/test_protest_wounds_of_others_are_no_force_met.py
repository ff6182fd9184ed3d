"""A wound told in a protest's sentence is force met only when it is the protesters' (sentences written for these
tests).

ACLED's protest with intervention is a protest met with force that disperses or hurts its people. The wounded are the
protest's people when they are named as its protesters ("trois manifestants ont été blessés", "wounding four
marchers"), or when the wound is told as done at the protest or by the police or soldiers who met it. A wound the
protest is about (an ambush that wounded soldiers it denounces) or of others it stands for (villagers wounded in a raid)
is no force met: with nothing else told, the protest is peaceful.
"""

import pytest


@pytest.mark.parametrize("lang,text", [
    # the wound is of the people the protest stands for (a wound it denounces is its grievance:
    # test_subevent_protest_force_and_gatherings.py)
    ("en", "Residents held a peaceful march in Boulsa on Sunday for the villagers wounded in last week's raid."),
    ("fr", "Des centaines de femmes ont manifesté dimanche à Boulsa en soutien aux villageois blessés lors du raid de "
           "la semaine dernière."),
    ("en", "Students rallied in Kossi on Monday in solidarity with the soldiers wounded at the front."),
    ("fr", "Des élèves ont manifesté samedi à Kossi par solidarité avec les soldats blessés au front."),
])
def test_a_wound_of_others_leaves_the_protest_peaceful(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("lang,text", [
    # the protesters named as the wounded
    ("en", "Gendarmes injured four marchers in Boulsa on Sunday at a sit-in outside the prefecture."),
    ("fr", "Deux protestataires ont été blessés jeudi à Kossi pendant un sit-in devant le gouvernorat."),
    # people hurt by the force that met the protest, or at the protest itself
    ("fr", "Quatre personnes ont été blessées par les forces de l'ordre lors d'une marche dimanche à Boulsa."),
    ("en", "Several people were wounded by police at a rally in Bankass on Thursday."),
    ("en", "Seven people were hurt during the march in Bankass on Thursday, organisers said."),
])
def test_the_protesters_wounded_make_an_intervention(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Protest with intervention"


def test_a_wound_only_named_beside_a_protest_is_no_force_met():
    from sahelwatch.extraction.classify import classify

    kw = dict(perp_kind="state", target_category="civilians", fatalities=0)
    assert classify({"protest": (0, 9), "injury": (20, 28)}, {}, **kw).sub_event_type == "Peaceful protest"
    assert classify({"protest": (0, 9), "injury": (20, 28), "_protesters_hurt": (20, 28)}, {}, **kw).sub_event_type \
        == "Protest with intervention"
