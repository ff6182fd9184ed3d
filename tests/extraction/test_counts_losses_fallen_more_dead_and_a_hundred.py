"""Dead told by other words than a killing verb: a force's loss of its people ("la perte de cinq hommes", "the loss of
six soldiers"), soldiers who "sont tombés" with nothing after it but a pause or the event, "N autres décès" / "N more
bodies", the nominal killing of armed men ("l'élimination d'une dizaine de combattants"), the ways of killing told
"to death" ("strangled to death"), "more than a hundred" (101), and victims joined by a repeated preposition ("a coûté
la vie à un X et à un Y"). Their negatives: things lost or neutralised, soldiers who fell into an ambush (own
sentences, both languages)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.counts import sentence_fatalities


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "« Nous déplorons la perte de quatre hommes et une dizaine de blessés », a dit un officier à Kolondo.", 4),
    ("fr", "Le communiqué évoque la perte de six de nos braves soldats près de Foo.", 6),
    ("fr", "D'après des sources locales, au moins 70 soldats sont tombés, selon un élu de Kolondo.", 70),
    ("fr", "Huit gendarmes sont tombés lors de l'assaut contre le poste de Foo.", 8),
    ("fr", "Trois commerçants ont été tués à Foo et deux autres décès ont été enregistrés à Kolondo.", 5),
    ("fr", "Les frappes ont conduit à l'élimination d'une quinzaine de combattants près de Foo.", 15),
    ("fr", "L'opération a abouti à la neutralisation de trois terroristes à Kolondo.", 3),
    ("fr", "L'embuscade a coûté la vie à un commerçant et à un policier sur la route de Foo.", 2),
    ("fr", "L'attaque a coûté la vie au chef de canton ainsi qu'à deux de ses gardes.", 3),
    ("en", "The army mourned the loss of six soldiers in the raid on Kolondo.", 6),
    ("en", "Four herders were strangled to death by the gunmen near Foo.", 4),
    ("en", "Nine more bodies were recovered near Kolondo on Friday.", 9),
    ("en", "The ministry added that more than a hundred militants were neutralized near Foo.", 101),
])
def test_dead_told_by_a_loss_a_fall_a_noun_or_a_manner_are_counted(lang, text, want):
    r = sentence_fatalities(text, lang)
    assert r is not None and r.best == want


@pytest.mark.parametrize("lang,text", [
    ("fr", "L'unité a déploré la perte de deux véhicules et d'un drone près de Foo."),
    ("fr", "Les soldats sont tombés dans une embuscade près de Kolondo."),
    ("fr", "La frappe a permis la neutralisation de deux engins explosifs sur la route de Foo."),
    ("en", "The unit reported the loss of two vehicles near Kolondo."),
])
def test_things_lost_and_a_fall_into_an_ambush_count_no_dead(lang, text):
    r = sentence_fatalities(text, lang)
    assert r is None or not r.best
