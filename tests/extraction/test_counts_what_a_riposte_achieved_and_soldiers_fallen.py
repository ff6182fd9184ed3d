"""The dead a riposte achieved ("ont pu neutraliser", "sont parvenus à abattre", "managed to neutralise"), killing verbs
in a gerund, between quote marks or before a day set off by commas, and soldiers fallen in combat ("tombés les armes à
la main", "fell in combat"): each a count of dead, added to the other side's (own sentences, both languages)."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.extraction import Document
from sahelwatch.extraction.counts import sentence_fatalities


@pytest.fixture(scope="module")
def x(rules_only):
    """The conftest's one rules-only extractor."""
    return rules_only


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Les gendarmes ont pu neutraliser au moins 17 assaillants près de Kolondo.", 17),
    ("fr", "Les militaires étaient parvenus à abattre neuf bandits avant l'arrivée des renforts.", 9),
    ("fr", "Selon l'armée, les soldats ont ainsi réussi à neutraliser au moins trente-deux terroristes.", 32),
    ("fr", "L'unité a repoussé l'assaut, neutralisant au moins 26 terroristes.", 26),
    ("fr", "L'état-major dit avoir « neutralisé » au moins quarante-quatre « terroristes » mardi.", 44),
    ("fr", "L'armée affirme avoir tué, ce samedi 4 mars 2028, au moins 19 jihadistes près de Kolondo.", 19),
    ("fr", "Jeudi, quinze militaires sont tombés les armes à la main près de Kolondo, d'après le communiqué.", 15),
    ("en", "\u201cThey managed to neutralize at least thirty-one fighters,\u201d the statement said.", 31),
    ("en", "Troops were able to kill eleven militants before reinforcements arrived.", 11),
    ("en", "Nine of our soldiers unfortunately fell in combat, the army said.", 9),
])
def test_the_dead_a_riposte_achieved_and_soldiers_fallen_are_counted(lang, text, want):
    r = sentence_fatalities(text, lang)
    assert r is not None and r.best == want


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les blessés ont pu rejoindre le centre de santé de Kolondo."),
    ("fr", "Les habitants sont parvenus à fuir vers la ville voisine."),
    ("en", "Prices fell in the market of Kolondo last week."),
    ("en", "The convoy managed to reach the town of Kolondo."),
])
def test_no_dead_without_a_killing(lang, text):
    assert sentence_fatalities(text, lang) is None


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "L'état-major annonce que vingt et un soldats ont péri jeudi lors de l'assaut du poste de Kolondo. "
           "L'armée précise que les militaires ont pu neutraliser au moins 30 terroristes avant l'arrivée des renforts.", 51),
    ("en", "Twenty-one soldiers were killed on Thursday in an attack on the post of Kolondo, the army said. \u201cThey "
           "managed to neutralize at least thirty terrorists before reinforcements arrived,\u201d the statement added.", 51),
])
def test_the_attackers_a_riposte_killed_add_to_the_soldiers(x, lang, text, want):
    res = x.extract(Document("t", text, lang, dt.date(2028, 3, 10)))
    assert [e.fatalities["best"] for e in res.events][:1] == [want]
