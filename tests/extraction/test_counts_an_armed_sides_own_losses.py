"""The losses an armed group is said to have suffered ("les terroristes ont perdu 12 hommes", "the militants have lost
15 men") are the armed side's dead: the same dead as "12 terroristes neutralisés", not added to them; a force's own
losses stay the other side's (own sentences, both languages)."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.extraction import Document
from sahelwatch.extraction.counts import sentence_fatalities


@pytest.mark.parametrize("lang,text,side", [
    ("fr", "Selon nos sources, les GAT ont perdu 9 hommes dans l'accrochage de Kolondo.", "armed"),
    ("fr", "Les assaillants ont perdu au moins quinze combattants près de Kolondo.", "armed"),
    ("fr", "L'armée a perdu six soldats près de Kolondo.", "other"),
    ("en", "The militants have lost at least 15 men in the fighting near Kolondo.", "armed"),
    ("en", "The army has lost six soldiers near Kolondo.", "other"),
])
def test_whose_losses(lang, text, side):
    r = sentence_fatalities(text, lang)
    assert r is not None and r.side == side


def test_an_armed_groups_losses_restate_its_dead_told_elsewhere(rules_only):
    text = ("Une embuscade tendue mardi au convoi de l'armée près de Kolondo a été repoussée. Selon nos sources, les "
            "groupes armés terroristes ont perdu 9 hommes.\nCONVOI ATTAQUÉ À KOLONDO : 9 TERRORISTES NEUTRALISÉS")
    res = rules_only.extract(Document("t", text, "fr", dt.date(2028, 3, 10)))
    assert [e.fatalities["best"] for e in res.events][:1] == [9]
