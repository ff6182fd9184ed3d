"""Readers' comments under a story are page furniture: their dates never anchor the story, their words never tell
an event (pages written for these tests)."""

import pytest

from sahelwatch.extraction.pipeline import Document
from sahelwatch.extraction.structure import layout

STORY = ("Des hommes armés ont tué samedi huit villageois près de Bankass.\n"
         "Les assaillants sont arrivés à moto avant l'aube.\n")


@pytest.mark.parametrize("heading", ["Commentaires", "Commentaires (2)", "12 réactions", "Laisser un commentaire",
                                     "Leave a Reply", "Réagissez :"])
def test_the_comments_heading_and_all_after_it_are_furniture(heading):
    page = STORY + heading + "\nAwa - 18 mars 2029 à 09h14\nQue la paix revienne au village.\n"
    kinds = layout(page, "fr").kinds(page)
    assert kinds["comments"][0].startswith(heading.split()[0])
    assert kinds["body"] == ["Les assaillants sont arrivés à moto avant l'aube."]
    assert layout(page, "fr").dateline is None


def test_a_comment_date_does_not_date_an_undated_story(rules_only):
    page = STORY + "Commentaires\nAwa - 18 mars 2029 à 09h14\nQue la paix revienne au village.\n"
    ev = rules_only.extract(Document("t", page, "fr", None)).events
    assert len(ev) == 1 and ev[0].event_date is None and ev[0].date_precision == "unknown"


def test_a_section_heading_that_is_not_about_comments_keeps_the_story():
    page = STORY + "Réactions\nLe gouverneur a condamné l'attaque et promis des renforts.\n"
    kinds = layout(page, "fr").kinds(page)
    assert "comments" not in kinds
    assert "Le gouverneur a condamné l'attaque et promis des renforts." in kinds["body"]


def test_a_comments_heading_before_the_story_begins_is_not_read_as_comments():
    page = "Commentaires\n" + STORY
    assert "comments" not in layout(page, "fr").kinds(page)
