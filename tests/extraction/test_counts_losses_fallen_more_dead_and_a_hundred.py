"""Dead told by other words than a killing verb: a force's loss of its people ("la perte de six militaires", "the loss
of four policemen"), soldiers who "sont tombés" with nothing after it but a pause or the event, "N autres décès" / "N
more bodies", the nominal killing of armed men ("l'élimination de 18 terroristes"), the ways of killing told
"to death" ("strangled to death"), "more than a hundred" (101), and victims joined by a repeated preposition ("a coûté
la vie à un X et à un Y"). Their negatives: things lost or neutralised, soldiers who fell into an ambush (own
sentences, both languages)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.counts import sentence_fatalities


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Le chef du détachement a confirmé à la radio la perte de trois de ses gendarmes à Kolondo.", 3),
    ("fr", "L'état-major regrette la perte de six militaires dans les combats de Foo.", 6),
    ("fr", "Lors de la défense du poste de Kolondo, au moins 14 militaires sont tombés.", 14),
    ("fr", "Huit gendarmes sont tombés lors de l'assaut contre le poste de Foo.", 8),
    ("fr", "Trois commerçants ont été tués à Foo ; on signale aussi deux autres décès à Kolondo.", 5),
    ("fr", "L'armée revendique l'élimination de 18 terroristes dans la forêt de Foo.", 18),
    ("fr", "L'opération a abouti à la neutralisation de trois terroristes à Kolondo.", 3),
    ("fr", "L'embuscade a coûté la vie à un commerçant et à un policier sur la route de Foo.", 2),
    ("fr", "Dimanche soir, les tirs ont coûté la vie au gardien du dispensaire ainsi qu'à trois patients.", 4),
    ("en", "The police chief confirmed the loss of four policemen at the Kolondo checkpoint.", 4),
    ("en", "Three shepherds found in a ravine near Foo had been strangled to death.", 3),
    ("en", "Nine more bodies were recovered near Kolondo on Friday.", 9),
    ("en", "More than a hundred rebels were killed in the fighting around Kolondo, a military source said.", 101),
])
def test_dead_told_by_a_loss_a_fall_a_noun_or_a_manner_are_counted(lang, text, want):
    r = sentence_fatalities(text, lang)
    assert r is not None and r.best == want


@pytest.mark.parametrize("lang,text", [
    ("fr", "L'unité a déploré la perte de deux véhicules et d'un drone près de Foo."),
    ("fr", "Une patrouille de gendarmes est tombée dans une embuscade près de Kolondo."),
    ("fr", "La frappe a permis la neutralisation de deux engins explosifs sur la route de Foo."),
    ("en", "The unit reported the loss of two vehicles near Kolondo."),
])
def test_things_lost_and_a_fall_into_an_ambush_count_no_dead(lang, text):
    r = sentence_fatalities(text, lang)
    assert r is None or not r.best
