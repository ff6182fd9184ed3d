"""The armed side named after its dead without an article ("9 morts côté assaillants", "côtés terroristes") is the armed
side: its toll adds to the soldiers' (own sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.extraction import Document
from sahelwatch.extraction.counts import sentence_fatalities


@pytest.mark.parametrize("text", [
    "Le bilan provisoire fait aussi état de 9 morts côté assaillants.",
    "Le bilan provisoire fait également état de 9 morts côtés terroristes.",
])
def test_the_armed_side_named_after_its_dead(text):
    r = sentence_fatalities(text, "fr")
    assert r is not None and r.best == 9 and r.side == "armed"


def test_the_armed_sides_toll_adds_to_the_soldiers(rules_only):
    text = ("Quatre gendarmes ont été tués mardi dans une attaque contre leur poste près de Kolondo, a annoncé le "
            "ministre. Le bilan provisoire fait également état de 9 morts côtés assaillants.")
    res = rules_only.extract(Document("t", text, "fr", dt.date(2028, 3, 10)))
    assert [e.fatalities["best"] for e in res.events][:1] == [13]
