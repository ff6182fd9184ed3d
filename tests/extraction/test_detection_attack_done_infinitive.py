"""An attack told with an infinitive under a verb that tells it done, tried or chosen ("sont parvenus à mener une
attaque", "ont pu mener", "ont tenté de mener", "ont choisi de lancer") is an act, not an aim: its sentence opens
its own event; an attack told as a plan or a threat ("projetaient de mener une attaque") opens none.

Written from French news style, never from an evaluation text; places invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction.variations import expand, params

FIRST = "Le 2 mars, des jihadistes ont tué cinq civils à Boni, région de Mopti. "
CASES = expand(FIRST + "Le 6 mars, des jihadistes {verb} une attaque contre le poste de {place}{tail}.",
               tag="fr-attack-done-infinitive", limit=10,
               verb=["sont parvenus à mener", "ont pu mener", "ont tenté de mener", "ont choisi de lancer",
                     "ont réussi à lancer"],
               place=["Hombori", "Gossi"], tail=["", ", dans le cercle de Douentza"])
NEAR = expand(FIRST + "Le 6 mars, des jihadistes {verb} une attaque contre le poste de {place}.",
              tag="fr-attack-aim", limit=4, verb=["projetaient de mener", "menaçaient de lancer"],
              place=["Hombori", "Gossi"])


def _events(extractor, text):
    from sahelwatch.extraction.pipeline import Document

    return extractor.extract(Document("g", text, "fr", dt.date(2024, 3, 12))).events


@pytest.mark.parametrize("case", params(CASES, {}))
def test_an_attack_done_with_an_infinitive_opens_its_event(extractor, case):
    events = _events(extractor, case.text)
    assert [str(e.event_date) for e in events] == ["2024-03-02", "2024-03-06"]


@pytest.mark.parametrize("case", params(NEAR, {}))
def test_an_attack_planned_opens_no_event(extractor, case):
    assert [str(e.event_date) for e in _events(extractor, case.text)] == ["2024-03-02"]
