"""French date phrasing: abbreviated months, "dernier" weekdays, weekends and ends of weeks (sentences written for
these tests)."""

import datetime as dt

import pytest

from sahelwatch.extraction.dates import find_dates

WEDNESDAY = dt.date(2030, 5, 8)


def dates(text, lang="fr", anchor=WEDNESDAY):
    return [(m.date, m.precision) for m in find_dates(text, anchor, lang)]


@pytest.mark.parametrize("text,want", [
    ("Le convoi a sauté sur une mine le 12 janv. 2029 près de Boni.", dt.date(2029, 1, 12)),
    ("Les assaillants sont revenus le 3 févr. 2030 à l'aube.", dt.date(2030, 2, 3)),
    ("Un poste a été visé le 9 fév. 2030 au soir.", dt.date(2030, 2, 9)),
    ("Un marché a été incendié le 21 avr. 2029.", dt.date(2029, 4, 21)),
    ("Deux bergers ont été enlevés le 30 juil. 2029.", dt.date(2029, 7, 30)),
    ("La patrouille est tombée dans une embuscade le 7 sept. 2029.", dt.date(2029, 9, 7)),
    ("Le camp a été pilonné le 2 déc. 2029 vers minuit.", dt.date(2029, 12, 2)),
])
def test_abbreviated_french_months_are_read_as_months(text, want):
    assert dates(text)[0] == (want, "day")


def test_an_abbreviated_month_without_a_year_takes_the_anchor_s_year():
    assert dates("Le pont a été détruit le 14 avr. par des hommes armés.") == [(dt.date(2030, 4, 14), "day")]


def test_sept_is_the_number_seven_unless_a_dot_or_a_year_follows():
    assert dates("Le 4 mai, sept soldats ont été tués près de Tessit.") == [(dt.date(2030, 5, 4), "day")]
    assert dates("Les 3 sept villages du secteur ont été évacués.") == []


def test_english_sept_abbreviation_is_september():
    assert dates("Gunmen raided the market on Sept. 14, 2029.", "en") == [(dt.date(2029, 9, 14), "day")]


@pytest.mark.parametrize("text,want", [
    ("Des hommes armés ont attaqué le poste mardi dernier.", dt.date(2030, 5, 7)),
    ("Le village a été vidé de ses habitants dimanche passé.", dt.date(2030, 5, 5)),
    # said on a Wednesday, "mercredi dernier" is a week back, not the day itself
    ("Les deux gendarmes ont été tués mercredi dernier.", dt.date(2030, 5, 1)),
])
def test_a_weekday_said_to_be_past_is_strictly_before_the_anchor(text, want):
    assert dates(text) == [(want, "day")]


@pytest.mark.parametrize("text,want", [
    ("Le marché a été attaqué au cours du week-end.", dt.date(2030, 5, 4)),
    ("Les affrontements du week-end ont fait douze morts.", dt.date(2030, 5, 4)),
    ("Le camp a été visé le week-end passé.", dt.date(2030, 5, 4)),
    ("Trois villages ont été attaqués en fin de semaine.", dt.date(2030, 5, 3)),
    ("Un car a sauté sur une mine en fin de semaine dernière.", dt.date(2030, 5, 3)),
    ("Un car a sauté sur une mine en début de semaine dernière.", dt.date(2030, 4, 29)),
    ("Une embuscade a été tendue en début de semaine.", dt.date(2030, 5, 5)),
])
def test_weekends_and_parts_of_weeks_give_a_day_of_that_week(text, want):
    assert dates(text) == [(want, "week")]


def test_a_weekend_to_come_is_no_date_of_the_event():
    assert dates("Les pourparlers reprendront le week-end prochain à Niamey.") == []


def test_without_an_anchor_the_weekend_stays_unknown():
    assert dates("Le marché a été attaqué au cours du week-end.", anchor=None) == [(None, "unknown")]
