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


@pytest.mark.parametrize("text,want", [
    # the lead says when its sources spoke: that day, with the year the text's other dates give by the calendar
    ("Douze éleveurs ont été tués dans la nuit de lundi à mardi près de Tillia, ont rapporté mardi 9 janvier des "
     "élus locaux.\nEn mars 2023, une attaque semblable avait visé le même marché.", dt.date(2024, 1, 9)),
    ("Six pêcheurs ont été tués lundi sur le fleuve, a annoncé le 18 mars 2029 le gouverneur de la région.",
     dt.date(2029, 3, 18)),
])
def test_the_day_a_lead_reports_with_its_year_is_the_text_s_own(text, want):
    assert present_date(text, "fr") == want


def test_a_report_further_down_the_text_is_no_day_of_its_own():
    text = ("Six pêcheurs ont été tués lundi sur le fleuve près de Konna.\n"
            "Un rapport publié le 2 février 2021 comptait déjà des dizaines de victimes dans la zone.")
    assert present_date(text, "fr") is None


def test_a_report_day_without_a_year_gives_no_day_of_its_own():
    assert present_date("Six pêcheurs ont été tués lundi, a annoncé mardi 9 janvier le gouverneur.", "fr") is None


def test_an_undated_lead_dates_its_night_from_the_day_its_sources_spoke(rules_only):
    text = ("Douze éleveurs ont été tués dans la nuit de lundi à mardi près de Tillia, ont rapporté mardi 9 janvier des "
            "élus locaux.\nEn mars 2023, une attaque semblable avait visé le même marché.")
    ev = first(rules_only, text)
    assert (ev.event_date, ev.date_precision) == ("2024-01-08", "day")


def test_the_article_des_before_a_year_does_not_make_it_a_period():
    from sahelwatch.extraction.dates import text_years

    assert text_years("Le bilan a été donné par des élus.\nEn mars 2023, le marché avait brûlé.") == {2023}
    assert text_years("L'armée est présente dès 2012 dans la zone.") == set()
