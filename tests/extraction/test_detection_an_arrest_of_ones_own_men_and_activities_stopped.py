"""The French arrest verb with a possessive object. "Arrêter" is also "to stop": a group or a firm that "arrête ses
activités" or "son soutien" stops something and arrests no one; but the possessive alone tells nothing of the verb's
sense, and a force that "a arrêté ses informateurs" or "leurs guides" arrests them. Only the object noun (an
activity, a presence, support) makes the verb one of stopping. Sentences written for these tests."""

import pytest

from sahelwatch.extraction.pipeline import Document


@pytest.mark.parametrize("text", [
    "Mercredi, à Doukoro, les policiers ont arrêté son chauffeur, soupçonné de trafic d'armes.",
    "Les soldats ont arrêté leurs trois guides mercredi près de Doukoro pour intelligence avec l'ennemi.",
    "La gendarmerie a arrêté ses deux informateurs présumés mercredi à Doukoro.",
])
def test_people_arrested_with_a_possessive_before_them_are_an_arrest(first_event, text):
    e = first_event(text, "fr")
    assert (e.sub_event_type, e.tactic) == ("Arrests", "arrest")


@pytest.mark.parametrize("text", [
    "L'organisation humanitaire arrête ses activités dans le cercle de Doukoro faute de sécurité, selon un communiqué.",
    "Le bailleur arrête son soutien au programme de Doukoro après le coup d'État, a annoncé son porte-parole.",
])
def test_activities_or_support_stopped_are_no_arrest(rules_only, text):
    assert rules_only.extract(Document("t", text, "fr", None)).events == ()
