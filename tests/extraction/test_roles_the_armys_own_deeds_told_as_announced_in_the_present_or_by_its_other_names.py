"""The army as the doer of its own blow, told in ways the rules missed (sentences written for these tests, with invented
places): its announcement with a day or its country between it and the deed ("l'armée du Mali indique ce dimanche
avoir neutralisé ..."), a strike it "carried out" ("a conduit une série de frappes"), the deed in a headline's present
("les forces armées neutralisent ..."), and the press's other words for it ("les Forces combattantes", "des vecteurs aériens")."""

import pytest

UNIDENTIFIED = "Unidentified armed group"


@pytest.mark.parametrize("text", [
    "L'armée du Mali indique ce dimanche avoir neutralisé une dizaine d'assaillants près de Kobadié.",
    "L'armée malienne a affirmé jeudi dernier avoir tué une quinzaine de jihadistes lors d'une opération près de Wassoré.",
    "L'armée malienne a conduit, tôt jeudi, une série de frappes contre des combattants ennemis retranchés près de "
    "Tiébélé-Nord.",
    "Les forces armées maliennes neutralisent une colonne de terroristes près de Wassoré.",
    "Les Forces combattantes ont abattu une vingtaine de terroristes dans la zone de Kobadié, selon des sources sécuritaires.",
    "Des vecteurs aériens ont neutralisé mardi plusieurs terroristes qui avaient attaqué un hameau près de Kobadié.",
])
def test_the_army_is_the_doer_of_its_own_blow(first_event, text):
    e = first_event(text, "fr")
    assert e.perpetrator is not None and e.perpetrator.name != UNIDENTIFIED
    assert e.perpetrator.name.startswith("Military Forces") or e.perpetrator.canonical_id in ("fama", "niger_army", "bf_army")


@pytest.mark.parametrize("text", [
    # the army reports the attackers' deed: they stay its doers
    "L'armée malienne a indiqué lundi que des terroristes ont attaqué le poste de Wassoré, tuant deux soldats.",
    # a call is no operation
    "Des hommes armés ont tué trois civils à Kobadié ; l'armée a lancé un appel à la vigilance.",
    # a participle after the dead, not a present
    "Trois terroristes neutralisés par des jihadistes rivaux près de Tiébélé-Nord, un civil tué.",
    # a present whose subject is another noun phrase, after a comma: not the army's
    "Niger : cinq gendarmes de l'armée tués, les jihadistes attaquent à nouveau Kobadié.",
    "Mali : l'armée en alerte, les assaillants incendient un marché près de Wassoré.",
])
def test_the_nearest_constructions_keep_the_attackers(first_event, text):
    e = first_event(text, "fr")
    assert e.perpetrator is not None and e.perpetrator.name == UNIDENTIFIED
