"""A paragraph break ends a sentence even when the line has no full stop (own texts, both languages)."""

from __future__ import annotations

from sahelwatch.extraction.counts import sentence_fatalities
from sahelwatch.extraction.sentences import split_sentences


def parts(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_a_title_line_without_a_full_stop_is_its_own_sentence():
    text = "Mali : une vingtaine d'assaillants tués près de Boni\nAu moins vingt assaillants ont été tués jeudi."
    assert parts(text) == ["Mali : une vingtaine d'assaillants tués près de Boni", "Au moins vingt assaillants ont été tués jeudi."]


def test_a_line_wrapped_inside_a_sentence_stays_one_sentence():
    text = "Gunmen killed nine herders near\nthe border on Monday. Troops arrived later."
    assert parts(text) == ["Gunmen killed nine herders near\nthe border on Monday.", "Troops arrived later."]


def test_counts_of_two_lines_are_not_coordinated_across_the_break():
    text = "Niger: some twenty attackers killed near Ayorou\nAt least twenty attackers were killed on Sunday."
    assert [sentence_fatalities(text[a:b], "en").best for a, b in split_sentences(text)] == [20, 20]


def test_several_dozen_is_dozens():
    assert sentence_fatalities("The raid killed several dozen villagers.", "en").best == 24
