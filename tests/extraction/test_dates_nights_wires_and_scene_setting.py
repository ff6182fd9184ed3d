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


def test_a_date_wrapped_between_its_month_and_its_year_is_one_date(rules_only):
    text = ("Une mine a tué trois soldats vendredi près de Foo.\nSelon l'armée, l'incident s'est produit ce vendredi "
            "7 mars\n2031 sur l'axe Foo-Bar lors d'une patrouille.")
    ev = rules_only.extract(Document("t", text, "fr", None)).events[0]
    assert ev.event_date == "2031-03-07"


def test_a_later_day_before_a_reports_day_that_stands_in_dates_the_event(rules_only):
    text = ("Over 40 travellers abducted by gunmen in the centre remain missing, local sources told AFP on Monday.\n"
            "The abduction took place on March 4 when two buses were stopped on the road to Foo.")
    ev = rules_only.extract(Document("t", text, "en", dt.date(2031, 3, 10))).events[0]
    assert ev.event_date == "2031-03-04"


def test_the_leads_scene_setting_sentence_dates_an_event_its_sentences_do_not(rules_only):
    text = ("Le 2 mars 2031, un drame a frappé le poste de Foo, dans le nord du pays. Selon l'armée, des assaillants "
            "ont tué six gendarmes au cours d'un violent accrochage.")
    ev = rules_only.extract(Document("t", text, "fr", None)).events[0]
    assert ev.event_date == "2031-03-02"


def test_a_history_line_before_the_event_paragraph_dates_nothing(rules_only):
    text = ("Il y a vingt ans, ce 4 avril 2011, des rebelles prenaient la ville de Foo.\n"
            "Des hommes armés ont tué deux éleveurs près d'Anefis.")
    ev = rules_only.extract(Document("t", text, "fr", None)).events[0]
    assert ev.event_date is None


def test_the_dead_of_a_sentence_dated_before_the_event_are_not_its_own(rules_only):
    text = ("Au moins neuf soldats ont été tués dimanche dans une attaque près de Foo, ont indiqué des sources "
            "sécuritaires. Samedi, une unité de l'armée a tué trois jihadistes dans la même zone.")
    ev = rules_only.extract(Document("t", text, "fr", TUESDAY)).events[0]
    assert ev.event_date == "2031-03-09" and ev.fatalities["best"] == 9


def test_a_statement_released_on_a_day_is_a_reports_day_and_a_release_of_hostages_is_not():
    text = "Troops killed 22 villagers, according to a statement released Tuesday by a rights group."
    assert dates(text, "en", TUESDAY) == [(TUESDAY, "report")]
    assert dates("The hostages were released on Tuesday.", "en", TUESDAY) == [(TUESDAY, "weekday")]


def test_yesterday_with_no_anchor_takes_the_full_date_the_events_sentences_give(rules_only):
    text = ("Deux voleurs présumés ont été lynchés hier à Foo par une foule en colère.\n"
            "Le samedi 8 mars 2031 vers 15h, les deux jeunes ont tenté de voler une moto au marché de Foo.")
    ev = rules_only.extract(Document("t", text, "fr", None)).events[0]
    assert ev.event_date == "2031-03-08"
