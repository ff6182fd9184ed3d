"""Partial dates: parts of a month, a month alone, a weekday with its day, nights and weeks (sentences written for
these tests). A date the text cannot give is unknown, never the clock's."""

import datetime as dt

import pytest

from sahelwatch.extraction.dates import find_dates

from .conftest import ANCHOR


@pytest.mark.parametrize("lang,text,anchor,expected,precision", [
    ("fr", "à la mi-mai", ANCHOR, dt.date(2024, 5, 15), "week"),
    ("fr", "début juin", ANCHOR, dt.date(2024, 6, 5), "week"),
    ("fr", "fin mars 2023", None, dt.date(2023, 3, 25), "week"),
    ("fr", "en mars 2024", None, dt.date(2024, 3, 15), "month"),
    ("fr", "en mars dernier", ANCHOR, dt.date(2024, 3, 15), "month"),
    ("fr", "en juin dernier", ANCHOR, dt.date(2023, 6, 15), "month"),
    ("fr", "en septembre", ANCHOR, dt.date(2023, 9, 15), "month"),
    ("en", "in mid-March 2024", None, dt.date(2024, 3, 15), "week"),
    ("en", "in late May", ANCHOR, dt.date(2024, 5, 25), "week"),
    ("en", "in early June", ANCHOR, dt.date(2024, 6, 5), "week"),
    ("en", "in March", ANCHOR, dt.date(2024, 3, 15), "month"),
    ("en", "in the first half of April", ANCHOR, dt.date(2024, 4, 8), "week"),
])
def test_a_month_or_a_part_of_it_is_its_middle_day_at_the_right_precision(lang, text, anchor, expected, precision):
    m = find_dates(text, anchor, lang)[0]
    assert (m.date, m.precision) == (expected, precision)


def test_a_part_of_the_publication_month_is_never_after_the_publication_date():
    m = find_dates("à la mi-juin", ANCHOR, "fr")[0]
    assert m.date == ANCHOR and m.precision == "week"


@pytest.mark.parametrize("lang,text", [
    ("fr", "à la mi-juin"), ("fr", "en mars"), ("en", "in late May"), ("en", "on Tuesday night"),
    ("fr", "dans la nuit de samedi à dimanche"), ("en", "last week"),
])
def test_without_an_anchor_a_date_with_no_year_is_unknown(lang, text):
    m = find_dates(text, None, lang)[0]
    assert (m.date, m.precision) == (None, "unknown")


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "mardi 4", dt.date(2024, 6, 4)),
    ("fr", "vendredi 31", dt.date(2024, 5, 31)),
    ("en", "Friday the 31st", dt.date(2024, 5, 31)),
])
def test_a_weekday_with_its_day_of_month_is_that_day(lang, text, expected):
    m = find_dates(text, ANCHOR, lang)[0]
    assert (m.date, m.precision) == (expected, "day")


@pytest.mark.parametrize("lang,text,expected,precision", [
    ("fr", "Dans la nuit de samedi à dimanche, des hommes armés ont attaqué le village de Dinangourou, tuant cinq "
           "personnes.", "2024-06-08", "day"),
    ("en", "Gunmen killed five people in the village of Dinangourou on the night of Saturday to Sunday.", "2024-06-08", "day"),
    ("fr", "Des hommes armés ont tué cinq personnes à Dinangourou en mars dernier, selon un élu local.", "2024-03-15", "month"),
    ("en", "Gunmen killed five people in Dinangourou in late May, a local official said.", "2024-05-25", "week"),
])
def test_events_take_partial_dates_at_their_precision(first_event, lang, text, expected, precision):
    e = first_event(text, lang)
    assert (e.event_date, e.date_precision) == (expected, precision)


def test_an_undated_text_with_a_month_but_no_year_has_an_unknown_date(first_event):
    e = first_event("Gunmen killed five people in Dinangourou in mid-May.", "en", published=None)
    assert (e.event_date, e.date_precision) == (None, "unknown")


@pytest.mark.parametrize("lang,text,anchor,expected,precision", [
    ("fr", "dans la nuit du dimanche 9 au lundi 10 juin", ANCHOR, dt.date(2024, 6, 9), "day"),
    ("fr", "dans la nuit du 31 décembre au 1er janvier 2024", None, dt.date(2023, 12, 31), "day"),
    ("en", "on the night of June 9 to 10", ANCHOR, dt.date(2024, 6, 9), "day"),
    ("en", "on the night of 9-10 June 2024", None, dt.date(2024, 6, 9), "day"),
    ("fr", "il y a deux jours", ANCHOR, dt.date(2024, 6, 10), "day"),
    ("en", "three days ago", ANCHOR, dt.date(2024, 6, 9), "day"),
    ("fr", "le 9 courant", ANCHOR, dt.date(2024, 6, 9), "day"),
    ("fr", "le mois dernier", ANCHOR, dt.date(2024, 5, 15), "month"),
    ("en", "last month", ANCHOR, dt.date(2024, 5, 15), "month"),
    ("fr", "la semaine passée", ANCHOR, dt.date(2024, 6, 5), "week"),
])
def test_night_ranges_and_counted_back_dates(lang, text, anchor, expected, precision):
    m = find_dates(text, anchor, lang)[0]
    assert (m.date, m.precision) == (expected, precision)


@pytest.mark.parametrize("lang,text", [("fr", "il y a deux jours"), ("en", "last month"), ("fr", "le 9 courant")])
def test_counted_back_dates_without_an_anchor_are_unknown(lang, text):
    m = find_dates(text, None, lang)[0]
    assert (m.date, m.precision) == (None, "unknown")
