"""Event dates by class: a vague week refined by the day a later sentence gives, a report date restated in
brackets, a participle after an inserted breakdown, day-month-year dates with dashes. All sentences here are
invented for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.extraction import Document
from sahelwatch.extraction.dates import find_dates, report_dates

#: a Thursday
ANCHOR = dt.date(2025, 3, 6)


@pytest.fixture(scope="module")
def x(rules_only):
    return rules_only


def first(x, text: str, lang: str, published: dt.date | None = ANCHOR):
    res = x.extract(Document("t", text, lang, published))
    assert res.events, text
    return res.events[0]


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Gunmen killed six herders in an attack earlier this week near Tessit, local officials said.\n"
           "The attack on Monday targeted a watering point.", "2025-03-03"),
    ("en", "Six herders were killed this week near Tessit.\nResidents said the raid began on Tuesday at dawn.",
     "2025-03-04"),
    ("fr", "Six éleveurs ont été tués cette semaine près de Tessit.\nL'attaque de lundi visait un point d'eau.",
     "2025-03-03"),
])
def test_a_vague_week_takes_the_day_a_later_sentence_gives(x, lang, text, want):
    ev = first(x, text, lang)
    assert ev.event_date == want and ev.date_precision == "day"


def test_a_vague_week_keeps_its_week_when_no_later_day_falls_in_it(x):
    text = ("Six herders were killed this week near Tessit.\n"
            "In a similar attack on February 10, gunmen had stolen cattle in the same area.")
    ev = first(x, text, "en")
    assert ev.event_date == "2025-03-03" and ev.date_precision == "week"


@pytest.mark.parametrize("lang,text", [
    ("en", "A local official told reporters on Wednesday (March 5) that gunmen killed six herders on Monday."),
    ("fr", "Un élu a déclaré mercredi (5 mars) que des hommes armés avaient tué six éleveurs lundi."),
])
def test_a_report_date_restated_in_brackets_is_the_report_date(lang, text):
    found = report_dates(find_dates(text, ANCHOR, lang), text, lang)
    assert [d.kind for d in found] == ["report", "report", "weekday"]


def test_a_statement_sent_to_an_agency_dates_the_report(x):
    text = ("Gunmen killed six herders near Tessit, the herders' union said in a statement sent to the press "
            "on Wednesday.\nThe attack took place on Monday at a watering point.")
    assert first(x, text, "en").event_date == "2025-03-03"


def test_a_statement_published_on_a_later_day_opens_no_second_event(x):
    text = ("Gunmen killed six herders near Tessit on Monday, residents said.\n"
            "According to a statement published on Wednesday by a herders' union, the gunmen also attacked "
            "the market and burned stalls on Monday.")
    res = x.extract(Document("t", text, "en", ANCHOR))
    assert [e.event_date for e in res.events] == ["2025-03-03"]


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Monitors listed 40 villagers, among them a dozen herders, executed on March 1 near Tessit by armed "
           "men, a group said in a report issued on Wednesday.", "2025-03-01"),
    ("fr", "L'association a recensé 40 villageois, dont 12 femmes et 9 enfants, tués le 1er mars à Tessit par des "
           "hommes armés.", "2025-03-01"),
])
def test_a_participle_after_an_inserted_breakdown_dates_the_event(x, lang, text, want):
    assert first(x, text, lang).event_date == want


def test_a_participle_apposition_still_dates_something_else(x):
    text = ("Deux enseignants, enlevés le 2 février près de Tessit, ont été tués lundi par leurs ravisseurs.")
    assert first(x, text, "fr").event_date == "2025-03-03"


@pytest.mark.parametrize("text,want", [
    ("le 04-03-2025", dt.date(2025, 3, 4)),
    ("le 04/03/2025", dt.date(2025, 3, 4)),
    ("le 04.03.2025", dt.date(2025, 3, 4)),
])
def test_a_day_month_year_date_reads_with_slashes_dots_or_dashes(text, want):
    found = find_dates(text, None, "fr")
    assert len(found) == 1 and found[0].date == want


def test_mixed_separators_are_no_date():
    assert not [d for d in find_dates("le 04-03/2025", None, "fr") if d.kind == "absolute" and d.date is not None]
