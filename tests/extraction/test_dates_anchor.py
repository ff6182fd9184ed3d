"""The anchor of relative dates: a wire dateline filed before the publication date, the day an undated text names as
its own, and never the clock (sentences written for these tests)."""

import datetime as dt

import pytest

from sahelwatch.extraction.dates import present_date
from sahelwatch.extraction.pipeline import Document
from sahelwatch.extraction.structure import anchor, layout


def first(x, text, lang="fr", published=None):
    res = x.extract(Document("t", text, lang, published))
    assert res.events, text
    return res.events[0]


def test_a_dateline_filed_the_day_before_publication_anchors_yesterday(rules_only):
    text = ("SEVARE, 9 février 2029 (AFP) - Des hommes armés ont tué hier quatre commerçants sur la route de "
            "Bandiagara, a-t-on appris auprès d'un élu local.")
    ev = first(rules_only, text, published=dt.date(2029, 2, 10))
    assert ev.event_date == "2029-02-08"


def test_a_weekday_counts_from_the_dateline_when_publication_came_later(rules_only):
    text = ("NIAMEY, March 4, 2029 (Reuters) - Gunmen killed seven soldiers on Sunday in an ambush near Banibangou, "
            "the defence ministry said.")
    ev = first(rules_only, text, "en", published=dt.date(2029, 3, 6))  # a Tuesday; the dateline is a Sunday
    assert ev.event_date == "2029-03-04"


def test_a_dateline_long_before_the_publication_date_does_not_anchor():
    text = "GAO, 2 janvier 2029 (AFP) - Des hommes armés ont tué hier deux bergers près d'Ansongo."
    page = layout(text, "fr", dt.date(2029, 3, 1))
    assert anchor(page, text, "fr", dt.date(2029, 3, 1)) == dt.date(2029, 3, 1)


def test_a_dateline_on_the_publication_day_changes_nothing():
    text = "GAO, 2 janvier 2029 (AFP) - Des hommes armés ont tué hier deux bergers près d'Ansongo."
    page = layout(text, "fr", dt.date(2029, 1, 2))
    assert anchor(page, text, "fr", dt.date(2029, 1, 2)) == dt.date(2029, 1, 2)


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Le maire a été reçu ce jeudi 8 mars 2029 par le gouverneur.", dt.date(2029, 3, 8)),
    ("fr", "En ce 3 juin 2029, la ville reste sous couvre-feu.", dt.date(2029, 6, 3)),
    ("en", "The convoy left the town this Monday, April 2, 2029, under escort.", dt.date(2029, 4, 2)),
    ("fr", "Le 8 mars 2029, le maire a été reçu par le gouverneur.", None),  # a date, not the text's own day
    ("fr", "Le maire a été reçu ce jeudi 8 mars par le gouverneur.", None),  # no year: no day of its own
])
def test_the_day_a_text_names_as_its_own(lang, text, want):
    assert present_date(text, lang) == want


@pytest.mark.parametrize("text", [
    "Des hommes armés ont tué mercredi trois pêcheurs près de Konna, a annoncé ce vendredi 9 mars 2029 le gouverneur.",
    "Le gouverneur de Mopti s'est rendu ce vendredi 9 mars 2029 à Konna. Mercredi, des hommes armés y ont tué trois "
    "pêcheurs.",
])
def test_an_undated_text_counts_its_weekdays_from_the_day_it_names_as_its_own(rules_only, text):
    ev = first(rules_only, text)
    assert (ev.event_date, ev.date_precision) == ("2029-03-07", "day")


def test_an_undated_text_without_a_day_of_its_own_leaves_weekdays_unknown(rules_only):
    text = ("Le 8 mars 2029, un chef d'autodéfense a été inculpé à Mopti. "
            "Des hommes armés ont tué mercredi trois pêcheurs près de Konna.")
    for ev in rules_only.extract(Document("t", text, "fr", None)).events:
        assert ev.event_date in (None, "2029-03-08")
