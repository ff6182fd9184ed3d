"""A protest told by its verb in French ("ont marché pacifiquement", "ont marché pour exiger", "ont battu le pavé") is
a protest; walking onto a mine is not. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text", [
    "Des centaines de personnes ont marché pacifiquement lundi à Tinfa pour réclamer plus de sécurité.",
    "Des milliers d'habitants ont battu le pavé samedi à Tinfa contre la vie chère.",
    "Des femmes ont marché pour exiger la libération de leurs maris lundi à Tinfa.",
])
def test_a_march_told_by_its_verb_is_a_protest(first_event, text):
    assert first_event(text, "fr").sub_event_type == "Peaceful protest"


def test_a_soldier_who_walked_onto_a_mine_is_no_protest(first_event):
    text = "Deux soldats ont été tués lundi lorsque l'un d'eux a marché sur une mine près de Tinfa."
    assert first_event(text, "fr").sub_event_type == "Remote explosive/landmine/IED"
