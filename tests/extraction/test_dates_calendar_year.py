"""A day and month written with its weekday but no year, in a text with no publication date and no dateline: the
calendar gives the year when the text names exactly one fitting year, else the date stays unknown. All sentences
here are invented for the tests.

Calendar facts used: 20 August is a Sunday in 2017 and 2023 (a Saturday in 2022, a Tuesday in 2024, a Friday in
2021); 4 March is a Tuesday in 2025 (a Monday in 2024, a Wednesday in 2026); 28 December 2023 is a Thursday."""

import datetime as dt

import pytest

from sahelwatch.extraction import Document
from sahelwatch.extraction.dates import calendar_year, find_dates, text_years


def events(extractor, text, lang="fr", published=None):
    return extractor.extract(Document("u", text, lang, published)).events


@pytest.mark.parametrize("years,expected", [
    ({2023}, 2023),  # the named year itself
    ({2024}, 2023),  # a year either side of it
    ({2022}, 2023),
    ({2021}, None),  # no year within one of 2021 puts 20 August on a Sunday
    ({2017, 2023}, None),  # two candidates: the text does not decide
    (set(), None),
])
def test_the_calendar_gives_a_year_only_when_one_candidate_remains(years, expected):
    assert calendar_year((20, 8, 6), years) == expected


def test_a_29_february_in_the_candidate_years_is_no_crash():
    assert calendar_year((29, 2, 3), {2024}) == 2024  # 29 February 2024 is a Thursday
    assert calendar_year((29, 2, 0), {2023}) is None


def test_the_years_a_text_names_as_its_own_time_leave_out_the_start_of_a_period():
    text = ("Le 3 mars 2021, la route était fermée. Le conflit dure depuis 2012 et depuis mars 2015 la ville est "
            "encerclée. In 2019, the camp grew; between 2016 and 2018 it was empty.")
    assert text_years(text) == {2021, 2019}


def test_a_weekday_beside_a_yearless_date_is_recorded_for_the_calendar():
    fr = find_dates("Samedi 14 juin, des tirs ont été entendus.", None, "fr")
    en = find_dates("Gunfire was heard on Saturday, June 14.", None, "en")
    assert fr[0].date is None and fr[0].calendar == (14, 6, 5)
    assert en[0].date is None and en[0].calendar == (14, 6, 5)
    assert find_dates("Le 14 juin, des tirs ont été entendus.", None, "fr")[0].calendar is None


def test_an_undated_text_naming_one_fitting_year_dates_the_event_by_the_calendar(extractor):
    text = ("Dimanche 20 août, des hommes armés ont tendu une embuscade à une patrouille près de Téra, tuant six "
            "soldats. Le 2 juillet 2023, un premier convoi avait été visé sur le même axe.")
    ev = events(extractor, text)
    assert ev and ev[0].event_date == "2023-08-20" and ev[0].date_precision == "day"


def test_an_english_weekday_date_takes_the_year_the_text_is_in(extractor):
    text = ("On Tuesday, March 4, militants ambushed a supply convoy near Aguelhok, killing three drivers. "
            "It was the deadliest attack on the road in 2025, a local official said.")
    ev = events(extractor, text, "en")
    assert ev and ev[0].event_date == "2025-03-04" and ev[0].date_precision == "day"


@pytest.mark.parametrize("text", [
    # two named years both put 20 August on a Sunday
    "Dimanche 20 août, des hommes armés ont tué quatre bergers près de Ménaka. Le 5 mai 2017 et le 9 mai 2023, "
    "d'autres bergers avaient été visés.",
    # the one named year puts no 20 August on a Sunday within a year of it: the weekday contradicts it
    "Dimanche 20 août, des hommes armés ont tué quatre bergers près de Ménaka. Le 5 mai 2021, d'autres bergers "
    "avaient été visés.",
    # a year that only opens a period does not count
    "Dimanche 20 août, des hommes armés ont tué quatre bergers près de Ménaka, où l'insécurité règne depuis 2023.",
    # no weekday: nothing narrows the year
    "Le 20 août, des hommes armés ont tué quatre bergers près de Ménaka. Le 5 mai 2023, d'autres bergers avaient "
    "été visés.",
])
def test_a_yearless_date_stays_unknown_unless_the_text_narrows_it_to_one_year(extractor, text):
    ev = events(extractor, text)
    assert ev and ev[0].event_date is None and ev[0].date_precision == "unknown"


def test_the_publication_date_wins_over_a_weekday_that_contradicts_it(extractor):
    # 28 December before 10 January 2024 is 28 December 2023, a Thursday: the weekday is a slip, the anchor stands
    text = "Dimanche 28 décembre, des hommes armés ont tué cinq civils près de Djibo."
    ev = events(extractor, text, published=dt.date(2024, 1, 10))
    assert ev and ev[0].event_date == "2023-12-28"


def test_a_dateline_still_gives_the_year_before_the_calendar_does(extractor):
    # the dateline's 2024 anchors the date; the calendar is never asked
    text = ("GAO, 22 août 2024 (AFP) - Dimanche 20 août, des hommes armés ont tué quatre bergers près de Ménaka. "
            "Le 5 mai 2017, d'autres bergers avaient été visés.")
    ev = events(extractor, text)
    assert ev and ev[0].event_date == "2024-08-20"


def test_a_weekday_that_a_nearby_full_date_contradicts_gives_no_year(extractor):
    # 8 October is a Saturday in 2022 but a Sunday in 2023, the year of the full date five days before it: the
    # calendar's one candidate (2022) is not taken against the text's own date
    text = ("Le camp de Tinzaouaten a été évacué le 3 octobre 2023 par l'armée. Samedi 8 octobre, des hommes armés "
            "ont tué trois gardes près de Kidal.")
    ev = events(extractor, text)
    assert ev and ev[-1].event_date is None and ev[-1].date_precision == "unknown"
