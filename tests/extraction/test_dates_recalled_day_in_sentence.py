"""Event dates: a sentence that recalls an earlier event in a clause ("the men who carried out the attack of
3 March were arrested on 20 April") is dated by its own act, not by the day it recalls (sentences written for these
tests)."""

import datetime as dt

import pytest

from sahelwatch.extraction.pipeline import Document


@pytest.mark.parametrize("lang,text,day", [
    ("fr", "Quatre membres du groupe ayant perpétré l'attaque contre le marché de Gao, le 3 mars 2024, ont été arrêtés "
           "le 20 avril 2024, selon l'armée.", "2024-04-20"),
    ("fr", "À la suite de l'attaque survenue le 3 mars 2024 contre le marché de Gao, quatre suspects ont été arrêtés "
           "le 20 avril 2024.", "2024-04-20"),
    ("en", "Four men who carried out the attack on the Gao market on March 3, 2024 were arrested on April 20, 2024, "
           "the army said.", "2024-04-20"),
])
def test_a_day_recalled_in_a_clause_does_not_date_the_sentences_act(rules_only, lang, text, day):
    for published in (dt.date(2024, 4, 25), None):
        got = rules_only.extract(Document("t", text, lang, published)).events
        assert [e.event_date for e in got] == [day]


def test_a_sentence_with_one_day_keeps_it_even_in_a_clause(rules_only):
    text = "L'attaque survenue le 3 mars 2024 contre le marché de Gao a fait six morts, selon l'armée."
    got = rules_only.extract(Document("t", text, "fr", dt.date(2024, 3, 6))).events
    assert [e.event_date for e in got] == ["2024-03-03"]
