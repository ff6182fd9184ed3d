"""A protest told by its verb in French ("ont marché pacifiquement", "ont marché pour exiger", "ont battu le pavé") is
a protest; walking onto a mine is not, nor armed men marching through a town with no purpose or manner of a protest
told (in English either: "gunmen marched through ..."). Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text", [
    "Des centaines de personnes ont marché pacifiquement lundi à Tinfa pour réclamer plus de sécurité.",
    "Des milliers d'habitants ont battu le pavé samedi à Tinfa contre la vie chère.",
    "Des femmes ont marché pour exiger la libération de leurs maris lundi à Tinfa.",
    # the route told before the purpose or the manner
    "Des centaines de femmes ont marché dans les rues de Tinfa lundi pour réclamer la libération de leurs fils.",
    "Des milliers de jeunes ont marché en silence à travers la ville de Tinfa dimanche.",
])
def test_a_march_told_by_its_verb_is_a_protest(first_event, text):
    assert first_event(text, "fr").sub_event_type == "Peaceful protest"


def test_a_soldier_who_walked_onto_a_mine_is_no_protest(first_event):
    text = "Deux soldats ont été tués lundi lorsque l'un d'eux a marché sur une mine près de Tinfa."
    assert first_event(text, "fr").sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des jihadistes ont marché dans les rues de Foo lundi en tirant en l'air, près de Kaya, selon des habitants."),
    ("fr", "Une colonne de terroristes a marché dans les rues de Tinfa samedi soir avant de repartir vers la brousse."),
    ("fr", "Des hommes armés ont marché à travers la ville de Tinfa dimanche, selon des témoins."),
    ("en", "Jihadists marched through the streets of Tinfa on Monday, firing into the air, residents said."),
    ("en", "Dozens of armed men marched through Tinfa on Sunday before leaving for the bush, witnesses said."),
])
def test_armed_men_marching_through_a_town_make_no_protest(events, lang, text):
    found = events(text, lang)
    assert not any(e.event_type in ("Protests", "Riots") for e in found)
    assert not any(a.name == "Protesters" for e in found for a in e.actors)


def test_residents_who_marched_still_protest(first_event):
    text = "Thousands of residents marched through Tinfa on Saturday to demand better security."
    assert first_event(text, "en").sub_event_type == "Peaceful protest"
