import pytest

from sahelwatch.extraction.counts import find_numbers, sentence_fatalities
from sahelwatch.folding import fold_aligned as fold


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
    ("fr", "Le groupe a revendiqué l'embuscade, affirmant avoir tué dix-sept gardes et en avoir blessé neuf.", 17),
    ("fr", "Trois bergers ont été tués et deux autres blessés jeudi près du puits.", 3),
    ("fr", "Trois gendarmes et deux commerçants ont été tués dimanche lors de l'assaut.", 5),
    ("fr", "Un assaillant a actionné sa ceinture d'explosifs devant la mairie, faisant un mort.", 1),
    ("fr", "Au moins onze villageois interpellés lors d'une opération près du marché ont été exécutés.", 11),
    ("fr", "Au moins neuf passagers, dont quatre enfants, ont été tués mardi.", 9),
    ("fr", "Un troisième blessé est décédé à l'hôpital, ce qui porte le bilan à trois morts.", 3),
    ("fr", "Des affrontements ont fait une quinzaine de morts lundi.", 15),
    ("fr", "Seul l'auteur de l'attentat a été tué ; aucun soldat n'a été touché.", 1),
    ("fr", "Les corps de dix cultivateurs ont été découverts jeudi.", 10),
    ("fr", "Cinq roquettes se sont abattues sur le camp.", None),
    ("fr", "Le chauffeur enlevé n'a pas été tué.", None),
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
