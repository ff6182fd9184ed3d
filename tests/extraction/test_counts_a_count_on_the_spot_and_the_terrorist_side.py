"""A count of the dead made on the spot ("we counted 15 dead", "on a dénombré 15 corps") tells the toll again: the precise
figure replaces the floor given first; the dead "on the terrorist side" are the armed side's, added to the soldiers'
(own sentences, both languages)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Gunmen have killed at least 10 villagers in an attack near Kolondo, officials said on Friday. \"This morning "
           "we counted 15 dead,\" the mayor said.", 15),
    ("fr", "Des hommes armés ont tué au moins 10 villageois près de Kolondo, selon des élus. « Ce matin, nous avons "
           "dénombré 15 morts », a déclaré le maire.", 15),
])
def test_a_count_on_the_spot_replaces_the_floor(first_event, lang, text, want):
    assert first_event(text, lang).fatalities["best"] == want


def test_the_dead_on_the_terrorist_side_add_to_the_soldiers(first_event):
    text = ("Four soldiers were killed on Sunday in an attack on an army post near Kolondo, the army said. The troops "
            "were able to neutralize \"some twenty people on the terrorist side\", it added.")
    assert first_event(text, "en").fatalities["best"] == 24
