"""The anchor of relative dates: a wire dateline filed before the publication date, never a date the story writes
(it may be history, a future meeting or a report's day), and never the clock (sentences written for these tests)."""

import datetime as dt

import pytest

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
    assert anchor(page, dt.date(2029, 3, 1)) == dt.date(2029, 3, 1)


def test_a_dateline_on_the_publication_day_changes_nothing():
    text = "GAO, 2 janvier 2029 (AFP) - Des hommes armés ont tué hier deux bergers près d'Ansongo."
    page = layout(text, "fr", dt.date(2029, 1, 2))
    assert anchor(page, dt.date(2029, 1, 2)) == dt.date(2029, 1, 2)


@pytest.mark.parametrize("lang,text", [
    # a history date in the lead, a future meeting, a date a period starts from, a report's day: none is the day the
    # story was written, so with no publication date and no dateline the relative day stays unknown
    ("fr", "Il y a vingt ans, ce 4 avril 2009, des rebelles prenaient la ville de Kidal.\n"
           "Hier, des hommes armés ont tué deux éleveurs près d'Anefis."),
    ("fr", "Depuis ce 9 février 2014, jour de la mutinerie, le camp reste fermé.\n"
           "Samedi, des jihadistes ont attaqué un poste de douane près de Hombori, tuant un douanier."),
    ("fr", "Les chefs d'état-major se retrouveront ce mardi 7 octobre 2031 à Bamako.\n"
           "Hier, des hommes armés ont tué cinq civils près de Bankass."),
    ("en", "The appeal hearing will resume this Thursday, October 9, 2031, in Niamey.\n"
           "On Sunday, gunmen killed three farmers near Ayorou."),
    ("en", "Amnesty International said on 3 February 2028 that troops had killed detainees in the north.\n"
           "On Friday, gunmen killed two traders near Gossi."),
])
def test_with_no_publication_date_and_no_dateline_a_relative_day_stays_unknown(rules_only, lang, text):
    events = rules_only.extract(Document("t", text, lang, None)).events
    told = [ev for ev in events if ev.date_precision != "unknown" or ev.event_date is not None]
    assert events
    for ev in told:
        # only a date the text writes in full may stand (a report's day as a bound), never a day counted from it
        assert ev.event_date in ("2009-04-04", "2014-02-09", "2031-10-07", "2031-10-09", "2028-02-03"), ev.event_date


def test_with_no_publication_date_and_no_dateline_an_undated_event_has_no_date(rules_only):
    text = ("Il y a vingt ans, ce 4 avril 2009, des rebelles prenaient la ville de Kidal.\n"
            "Des hommes armés ont tué deux éleveurs près d'Anefis.")
    evs = [ev for ev in rules_only.extract(Document("t", text, "fr", None)).events if ev.location and ev.location["name"] == "Anefis"]
    assert evs
    assert all((ev.event_date, ev.date_precision) == (None, "unknown") for ev in evs)


def test_an_undated_text_without_a_dateline_has_no_anchor():
    text = "Le gouverneur s'est rendu ce vendredi 9 mars 2029 à Konna. Mercredi, des hommes armés y ont tué trois pêcheurs."
    assert anchor(layout(text, "fr", None), None) is None


def test_the_article_des_before_a_year_does_not_make_it_a_period():
    from sahelwatch.extraction.dates import text_years

    assert text_years("Le bilan a été donné par des élus.\nEn mars 2023, le marché avait brûlé.") == {2023}
    assert text_years("L'armée est présente dès 2012 dans la zone.") == set()
