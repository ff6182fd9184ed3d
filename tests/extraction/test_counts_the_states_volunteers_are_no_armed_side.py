"""The state's volunteers killed are not the armed side's dead ("combattants volontaires pour la défense de la patrie",
"volunteer fighters"), so the attackers' dead told beside them add to theirs (sentences written for these tests, places
invented or generic)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.counts import event_fatalities, sentence_fatalities
from sahelwatch.folding import fold_aligned as fold


@pytest.mark.parametrize("lang,text", [
    ("fr", "Au moins sept combattants volontaires ont été tués lors d'un raid sur Foo."),
    ("en", "At least seven volunteer fighters were killed near Foo."),
])
def test_the_states_volunteers_are_not_the_armed_side(lang, text):
    assert sentence_fatalities(text, lang).side == "other"


def test_the_attackers_dead_add_to_the_volunteers_dead():
    sentences = ["Au moins sept combattants volontaires ont été tués lors d'un raid sur Foo.",
                 "L'armée dit avoir ensuite abattu une dizaine d'assaillants."]
    text = " ".join(sentences)
    f = fold(text)
    a = len(sentences[0]) + 1
    readings = [sentence_fatalities(sentences[0], "fr", 0, f[: a - 1]), sentence_fatalities(sentences[1], "fr", a, f[a:])]
    assert event_fatalities(readings, a - 1, f).best == 17


def test_armed_fighters_stay_the_armed_side():
    assert sentence_fatalities("Huit combattants ont été tués par l'armée près de Foo.", "fr").side == "armed"
