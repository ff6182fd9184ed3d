"""One sentence splitter: the page's lines end as its sentences do, and a toll's sentence is the one the splitter cut
(an abbreviation's full stop ends no sentence), never a window cut by hand (own sentences, both languages)."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.extraction import Document
from sahelwatch.extraction.counts import sentence_fatalities
from sahelwatch.extraction.sentences import ends_sentence, split_sentences
from sahelwatch.extraction.structure import layout


@pytest.fixture(scope="module")
def x(rules_only):
    """The conftest's one rules-only extractor."""
    return rules_only


@pytest.mark.parametrize("line,want", [
    ("Deux gardes tués près de Kolondo", False),
    ("Deux gardes ont été tués près de Kolondo.", True),
    ("« Nous avons perdu deux hommes »", False),
    ("\"We lost two men.\"", True),
    ("Reported by Lt.", False),  # an abbreviation's stop
    ("Texte et photo : A.", False),  # an initial's
    ("Qui a tué les gardes de Kolondo ?", True),
])
def test_a_line_ends_as_a_sentence_of_the_splitter_does(line, want):
    assert ends_sentence(line) is want
    # the splitter agrees: a line that ends as a sentence does is cut from a sentence that follows it
    assert (len(split_sentences(line + " Deux autres sont morts.")) == 2) is want


def test_a_question_mark_alone_ends_no_title():
    assert ends_sentence("Qui a tué les gardes de Kolondo ?", question=False) is False
    page = layout("Qui a tué les gardes de Kolondo ?\nDeux gardes forestiers ont été tués lundi près de Kolondo.", "fr")
    assert [b.kind for b in page.blocks] == ["headline", "lead"]


def test_a_reading_keeps_the_span_of_its_sentence():
    text = "Trois bergers ont été tués mardi près de Sorobéré."
    r = sentence_fatalities(text, "fr", 120)
    assert r is not None and r.sentence == (120, 120 + len(text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Au moins dix soldats ont été tués lundi près de Kolondo, selon l'armée. Dans l'attaque du poste, selon le "
           "Lt. Sanou, quatorze soldats ont péri."),
    ("en", "At least ten soldiers were killed on Monday near Kolondo, the army said. In the raid on the post, according "
           "to Lt. Sanou, fourteen soldiers died."),
])
def test_a_toll_told_again_is_read_in_its_whole_sentence_across_an_abbreviation(x, lang, text):
    # the sentence names the event back before the abbreviation ("Dans l'attaque", "In the raid"): the precise toll
    # replaces the floor; a window cut at "Lt." saw only "Sanou, quatorze soldats ont péri"
    res = x.extract(Document("t", text, lang, dt.date(2024, 3, 14)))
    assert [e.fatalities["best"] for e in res.events] == [14]
