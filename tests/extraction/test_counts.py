import pytest

from sahelwatch.extraction._text import fold
from sahelwatch.extraction.counts import find_numbers, sentence_fatalities


@pytest.mark.parametrize("text,lang,expected", [
    ("douze", "fr", (12, 12, 12)),
    ("soixante et onze", "fr", (71, 71, 71)),
    ("quatre-vingt-dix-sept", "fr", (97, 97, 97)),
    ("au moins 12", "fr", (12, 12, None)),
    ("plus de 30", "fr", (31, 31, None)),
    ("une dizaine", "fr", (10, 10, None)),
    ("des dizaines", "fr", (20, 20, None)),
    ("plusieurs", "fr", (2, 2, None)),
    ("entre 20 et 50", "fr", (20, 20, 50)),
    ("près de 80", "fr", (None, 80, 80)),
    ("twenty-five", "en", (25, 25, 25)),
    ("more than 30", "en", (31, 31, None)),
    ("dozens", "en", (24, 24, None)),
    ("a dozen", "en", (12, 12, None)),
    ("1.000", "fr", (1000, 1000, 1000)),
])
def test_vague_counts_follow_the_stated_rule(text, lang, expected):
    n = find_numbers(fold(text), lang)[0]
    assert (n.low, n.best, n.high) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Aqmi a revendiqué l'attentat, affirmant qu'il avait tué seize soldats maliens et en avait blessé douze.", 16),
    ("fr", "Deux civils ont été tués et trois autres blessés mercredi.", 2),
    ("fr", "Deux policiers et deux civils ont été tués samedi lors d'une attaque.", 4),
    ("fr", "Un kamikaze s'est fait exploser samedi à un poste de contrôle, faisant un mort.", 1),
    ("fr", "Au moins dix hommes arrêtés par l'armée le 19 juin dans la zone de Gassel, commune de Mondoro, ont été exécutés.", 10),
    ("fr", "Au moins sept personnes, dont cinq femmes, ont été tuées vendredi.", 7),
    ("fr", "Un quatrième homme, blessé, a succombé le lendemain, portant le bilan à quatre morts.", 4),
    ("fr", "Des affrontements ont fait une quinzaine de morts lundi.", 15),
    ("fr", "Seul le kamikaze a été tué ; personne n'a été blessé.", 1),
    ("fr", "Les corps de dix cultivateurs ont été découverts jeudi.", 10),
    ("fr", "Cinq roquettes se sont abattues sur le camp.", None),
    ("fr", "La jeune fille n'a pas été tuée.", None),
    ("en", "Militants ambushed a patrol on Tuesday, killing five soldiers and two attackers.", 7),
    ("en", "At least 12 people were killed and 20 others wounded.", 12),
    ("en", "Two soldiers were wounded.", None),
    ("en", "A gendarme was killed on Monday.", 1),
    ("en", "A suicide bomber struck, killing two soldiers and a civilian.", 3),
    ("en", "The attack left dozens dead.", 24),
])
def test_sentence_fatalities(lang, text, expected):
    r = sentence_fatalities(text, lang)
    assert (r.best if r else None) == expected


def test_fatality_evidence_points_at_the_count():
    text = "Trois jihadistes ont été tués samedi."
    r = sentence_fatalities(text, "fr")
    s, e = r.spans[0]
    assert text[s:e] == "Trois"
