"""A short form in brackets right after an actor ("des individus armés non identifiés (IANI)") is the text's
name for that actor, never another organisation that NER found: the event's perpetrator stays the actor the
words before it name. (It was kept out before only when the gazetteer happened to hold a hamlet of that name.)"""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.extraction.actors import ActorMention, restates_actor_before
from sahelwatch.extraction.pipeline import Document, Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _perpetrators(extractor: Extractor, text: str) -> list[str | None]:
    r = extractor.extract(Document(id="t", text=text, lang="fr", published=dt.date(2025, 6, 5)))
    return [e.perpetrator.name if e.perpetrator else None for e in r.events]


@pytest.mark.parametrize("text", [
    "Lundi 2 juin 2025, des individus armés non identifiés (IANI) ont attaqué le village de Sorotou, où quatre "
    "habitants ont été tués.",
    "Le dimanche 1er juin 2025, des groupes armés terroristes (GAT) ont incendié le marché de Sorotou et tué deux "
    "commerçants.",
    "Dimanche 1er juin 2025, des hommes armés non identifiés (HANI) ont tué trois civils à Sorotou.",
])
def test_the_short_form_of_an_unnamed_group_is_that_group(extractor, text):
    assert _perpetrators(extractor, text) == ["Unidentified armed group"]


def test_the_short_form_of_a_named_group_keeps_the_group(extractor):
    text = ("Le 4 juin 2025, le Front de libération de l'Azawad (FLA) a revendiqué une attaque contre un camp "
            "militaire près de Sorotou.")
    assert _perpetrators(extractor, text) == ["Azawad Liberation Front"]


def test_only_a_bracket_right_after_an_actor_restates_it():
    text = "des hommes armés (XYZ) ont tiré ; plus tard, (XYZ) a publié un texte"
    known = [ActorMention(4, 16, "hommes armés", "hommes armes", None, "generic", "generic")]
    first = text.index("XYZ")
    second = text.index("XYZ", first + 1)
    assert restates_actor_before(text, first, first + 3, known)
    assert not restates_actor_before(text, second, second + 3, known)  # no actor right before its bracket
    assert not restates_actor_before("des hommes armés XYZ ont tiré", 17, 20, known)  # no bracket
