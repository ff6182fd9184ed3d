"""A day that dates the act a claim names ("a revendiqué l'embuscade du 6 mai", "the raid on Tuesday claimed nine
lives", "the ambush claimed by ...") is the act's, not the report's; an earlier sentence of the body lends its day to
an undated first event only when it tells an act (sentences written for these tests, places invented)."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.extraction.dates import find_dates, report_dates

SATURDAY = dt.date(2031, 5, 10)


def kinds(text, lang):
    return [d.kind for d in report_dates(find_dates(text, SATURDAY, lang), text, lang)]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un groupe armé a revendiqué l'embuscade du 6 mai contre une patrouille près de Foo."),
    ("fr", "Le groupe a revendiqué l'assaut de mardi contre le poste de Foo."),
    ("en", "A raid on Tuesday claimed at least nine lives in Foo."),
    ("en", "On Tuesday, a bombing claimed more than 20 lives in Foo."),
    ("en", "The ambush on Tuesday claimed by a militant group left four guards dead near Foo."),
])
def test_the_day_of_the_act_a_claim_names_is_no_report_day(lang, text):
    assert kinds(text, lang) and "report" not in kinds(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un groupe armé a revendiqué mardi l'embuscade contre une patrouille près de Foo."),
    ("en", "A militant group on Tuesday claimed the ambush on a patrol near Foo."),
])
def test_the_day_of_the_claim_itself_is_still_the_reports(lang, text):
    assert kinds(text, lang) == ["report"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les élus de la région se disent inquiets.\n\nLe 3 mai, le gouverneur a inauguré une nouvelle école à Bar.\n\n"
           "Des hommes armés ont tué quatre bergers près de Foo, selon des élus locaux."),
    ("en", "Local leaders say they are worried.\n\nOn 3 May, the governor opened a new school in Bar.\n\nGunmen killed four "
           "herders near Foo, local officials said."),
])
def test_a_day_of_something_else_told_before_is_not_the_events(first_event, lang, text):
    ev = first_event(text, lang, SATURDAY)
    assert ev.event_date != "2031-05-03" and ev.date_precision != "day"


def test_a_day_of_an_act_told_before_is_still_the_events(first_event):
    text = ("Les élus de la région se disent inquiets.\n\nLe 3 mai, un drame a frappé le hameau de Foo.\n\nDes hommes "
            "armés y ont tué quatre bergers, selon des élus locaux.")
    assert first_event(text, "fr", SATURDAY).event_date == "2031-05-03"
