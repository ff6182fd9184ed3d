"""The toll of the event among other figures: a figure over two acts told together ("lors d'une riposte ... et d'une
opération", "in an ambush ... and an air strike") gives way to the figure of one of them; a vague count of the dead and
the wounded together ("plusieurs dizaines de morts et de blessés") gives way to a count of the dead, even a smaller one;
the dead of another group of victims told in a sentence that adds them ("Côté militaire, ...", "In addition, ...") add to
the toll (own sentences, both languages)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "L'armée a dit avoir neutralisé au moins trente terroristes samedi lors d'une riposte à une attaque près de "
           "Kolondo et d'une opération aérienne vers Sorobéré. À Kolondo, l'unité a repoussé l'attaque et tué au moins 20 "
           "assaillants.", 20),
    ("en", "The army said it killed at least thirty militants on Saturday in an ambush near Kolondo and an air strike "
           "near Sorobere. Near Kolondo, troops repelled the ambush, killing at least 20 attackers.", 20),
])
def test_a_figure_over_two_acts_gives_way_to_one_acts(first_event, lang, text, want):
    assert first_event(text, lang).fatalities["best"] == want


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Le poste de Kolondo a été visé mardi par un assaut qui aurait causé plusieurs dizaines de morts et de "
           "blessés. D'après un conseiller municipal, six civils y ont été tués.", 6),
    ("en", "An attack on the post of Kolondo on Tuesday left dozens dead and wounded, residents said. Six civilians "
           "were killed there, a local official said.", 6),
])
def test_a_count_of_the_dead_and_the_wounded_gives_way_to_the_dead(first_event, lang, text, want):
    assert first_event(text, lang).fatalities["best"] == want


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Mardi, des hommes armés ont attaqué la ville de Kolondo et tué neuf civils, selon des élus. Côté militaire, "
           "une source sécuritaire indique que douze soldats ont été tués dans l'assaut.", 21),
    ("fr", "Mardi, des hommes armés ont attaqué la ville de Kolondo et tué neuf civils, selon des élus. En outre, les "
           "pertes de l'armée sont lourdes, avec douze soldats tués.", 21),
    ("en", "Gunmen attacked the town of Kolondo on Tuesday and killed nine civilians, officials said. In addition, "
           "twelve soldiers were killed in the assault, a security source said.", 21),
])
def test_the_dead_of_another_group_told_as_added_add_to_the_toll(first_event, lang, text, want):
    assert first_event(text, lang).fatalities["best"] == want


@pytest.mark.parametrize("lang,text,want", [
    # the same group again is the same dead, not more
    ("fr", "Mardi, des hommes armés ont attaqué la ville de Kolondo et tué neuf civils, selon des élus. En outre, un "
           "témoin affirme que neuf civils ont été tués dans l'assaut.", 9),
    # no adding opener: a later figure of another group is not added by this rule
    ("en", "Gunmen killed nine civilians in Kolondo on Tuesday, officials said. Twelve soldiers were killed in "
           "Sorobere last month.", 9),
])
def test_no_group_is_added_twice_or_without_an_opener(first_event, lang, text, want):
    assert first_event(text, lang).fatalities["best"] == want
