"""The French "arrêté" is also "fixed, set": "le budget est arrêté à 900 milliards", "le bilan, arrêté au 3 juin", a figure
fixed at an amount (with its unit: francs, milliards, %) or as of a day (a month's name), is no arrest, where "arrêté à
Foo", "arrêté au domicile de", "arrêté à deux reprises", "à 6h15", "à 800 mètres" or "à deux pas" still is. Sentences
and places written for these tests."""

import pytest

from sahelwatch.extraction.pipeline import Document


@pytest.mark.parametrize("text", [
    "Le Conseil des ministres a adopté le projet de loi de finances. Le budget est arrêté en recettes à 900 milliards "
    "de francs et en dépenses à 1 000 milliards.",
    "Le bilan des pluies, arrêté au dix juin, fait état de onze morts et de trois cents maisons effondrées à Doukoro.",
    "Le montant de l'aide est arrêté à 40 millions de francs pour la commune de Doukoro.",
    "Le taux de croissance de la commune de Doukoro est arrêté à 5,4 % pour l'an prochain.",
    "La liste des élèves admis à Doukoro a été arrêtée à la date du 30 avril.",
    "Le budget de la mairie de Doukoro a été arrêté à hauteur de 12 milliards de FCFA.",
    "Selon le bilan arrêté au vingt-et-un mai, la crue a emporté quatre personnes et trente cases à Doukoro.",
])
def test_a_figure_fixed_at_an_amount_or_a_day_is_no_arrest(rules_only, text):
    assert rules_only.extract(Document("t", text, "fr", None)).events == ()


@pytest.mark.parametrize("text", [
    "Mardi, les gendarmes ont arrêté à Doukoro trois hommes soupçonnés de vol de bétail.",
    "Le militant a été arrêté à deux reprises à Doukoro cette semaine, selon son avocat.",
    "Le maire de Doukoro a été arrêté au domicile de son frère lundi par la police.",
    "Lundi, un commerçant a été arrêté à un poste de contrôle à l'entrée de Doukoro par les gendarmes.",
    "Deux suspects ont été arrêtés à 10 km de Doukoro mardi par l'armée.",
    # a figure after "à/au" that is no amount nor a day: an hour, a distance, a rank, "à deux pas"
    "Quatre bergers ont été arrêtés à 6h15 mercredi à Doukoro par les gendarmes.",
    "Un passeur a été arrêté à 800 mètres du pont de Doukoro jeudi.",
    "Deux trafiquants présumés ont été arrêtés à deux pas de la gare routière de Doukoro.",
    "Trois jeunes ont été arrêtés au 2e poste de contrôle de Doukoro vendredi.",
])
def test_people_arrested_at_a_place_or_twice_are_still_an_arrest(first_event, text):
    e = first_event(text, "fr")
    assert e.sub_event_type == "Arrests"
