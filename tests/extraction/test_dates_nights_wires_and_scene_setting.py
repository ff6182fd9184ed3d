"""A night told by its two weekdays and the morning's date, a wire's dateline run into the text, "la veille de" a
named day, a date wrapped across two lines, a report's day standing in for the event's, a lead that sets the
scene's date before the event sentence, and the dead of a sentence dated before the event (sentences written for
these tests, places invented or generic)."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.extraction.dates import find_dates, report_dates
from sahelwatch.extraction.pipeline import Document

TUESDAY = dt.date(2031, 3, 11)


def event(x, text, lang, published=None):
    """The first event the extractor ``x`` codes from ``text``."""
    return x.extract(Document("t", text, lang, published)).events[0]


def dates(text, lang, anchor=None):
    return [(d.date, d.kind) for d in report_dates(find_dates(text, anchor, lang), text, lang)]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Dans la nuit du dimanche à lundi 10 mars 2031, des bandits ont tué un berger à Foo."),
    ("fr", "Dans la nuit de dimanche à lundi 10 mars 2031, des bandits ont tué un berger à Foo."),
    ("en", "Overnight Sunday to Monday, March 10, 2031, gunmen killed a herder in Foo."),
    ("en", "In the night from Sunday into Monday, 10 March 2031, gunmen killed a herder in Foo."),
])
def test_a_night_of_two_weekdays_before_the_mornings_date_is_the_day_before_it(lang, text):
    assert dates(text, lang)[0][0] == dt.date(2031, 3, 9)


def test_a_night_of_two_weekdays_with_a_yearless_date_resolves_against_the_anchor():
    text = "Dans la nuit de dimanche à lundi 10 mars, des bandits ont tué un berger."
    assert dates(text, "fr", TUESDAY)[0][0] == dt.date(2031, 3, 9)
    assert dates(text, "fr")[0][0] is None  # no anchor: the year is not given


@pytest.mark.parametrize("lang,text", [
    ("en", "Attack in the east kills four soldiers Foo, March 11 (AFP) Mar 11, 2031 Four soldiers were killed."),
    ("fr", "Quatre soldats tués Foo, 11 mars (AFP) - Quatre soldats ont été tués."),
])
def test_a_wire_dateline_run_into_the_text_is_a_reports_day(lang, text):
    found = dates(text, lang, TUESDAY)
    assert found and all(k == "report" for _, k in found)


def test_la_veille_of_a_named_day_is_not_the_day_before_publication():
    assert dates("Un berger a été retrouvé mort à Foo la veille de la fête.", "fr", TUESDAY) == []
    assert dates("Un berger a été retrouvé mort à Foo la veille.", "fr", TUESDAY)[0][0] == dt.date(2031, 3, 10)


@pytest.mark.parametrize("lang,text,published,want", [
    # a date wrapped between its month and its year is one date
    ("fr", "Une mine a tué trois soldats vendredi près de Foo.\nSelon l'armée, l'incident s'est produit ce vendredi "
           "7 mars\n2031 sur l'axe Foo-Bar lors d'une patrouille.", None, "2031-03-07"),
    # a later day before a report's day that stands in for the event's dates the event
    ("en", "Over 40 travellers abducted by gunmen in the centre remain missing, local sources told AFP on Monday.\n"
           "The abduction took place on March 4 when two buses were stopped on the road to Foo.", dt.date(2031, 3, 10),
     "2031-03-04"),
    # the lead's scene-setting sentence dates an event its own sentences do not
    ("fr", "Le 2 mars 2031, un drame a frappé le poste de Foo, dans le nord du pays. Selon l'armée, des assaillants "
           "ont tué six gendarmes au cours d'un violent accrochage.", None, "2031-03-02"),
    # a history line before the event's paragraph dates nothing
    ("fr", "Il y a vingt ans, ce 4 avril 2011, des rebelles prenaient la ville de Foo.\n"
           "Des hommes armés ont tué deux éleveurs près d'Anefis.", None, None),
])
def test_the_day_an_event_takes_from_its_text(rules_only, lang, text, published, want):
    assert event(rules_only, text, lang, published).event_date == want


def test_the_dead_of_a_sentence_dated_before_the_event_are_not_its_own(rules_only):
    text = ("Au moins neuf soldats ont été tués dimanche dans une attaque près de Foo, ont indiqué des sources "
            "sécuritaires. Samedi, une unité de l'armée a tué trois jihadistes dans la même zone.")
    ev = event(rules_only, text, "fr", TUESDAY)
    assert ev.event_date == "2031-03-09" and ev.fatalities["best"] == 9


def test_a_statement_released_on_a_day_is_a_reports_day_and_a_release_of_hostages_is_not():
    text = "Troops killed 22 villagers, according to a statement released Tuesday by a rights group."
    assert dates(text, "en", TUESDAY) == [(TUESDAY, "report")]
    assert dates("The hostages were released on Tuesday.", "en", TUESDAY) == [(TUESDAY, "weekday")]


def test_yesterday_with_no_anchor_takes_the_full_date_the_events_sentences_give(rules_only):
    text = ("Deux voleurs présumés ont été lynchés hier à Foo par une foule en colère.\n"
            "Le samedi 8 mars 2031 vers 15h, les deux jeunes ont tenté de voler une moto au marché de Foo.")
    ev = event(rules_only, text, "fr", None)
    assert ev.event_date == "2031-03-08"
