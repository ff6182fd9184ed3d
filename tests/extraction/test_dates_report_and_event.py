"""The date of an event, not of its report: a reporting verb's date never dates the event while the
text gives another, and a mention the text cannot resolve gives way to a resolved one (own sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.extraction import Document
from sahelwatch.extraction.dates import find_dates, report_dates


@pytest.fixture(scope="module")
def x(rules_only):
    """The conftest's one rules-only extractor."""
    return rules_only


def first(x, text: str, lang: str, published: dt.date | None):
    res = x.extract(Document("t", text, lang, published))
    assert res.events, text
    return res.events[0]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Dans un communiqué publié ce jeudi 14 mars, l'armée indique que neuf soldats ont été tués mardi "
           "dans une embuscade près de Boni."),
    ("fr", "L'état-major a annoncé jeudi que neuf soldats avaient été tués mardi près de Boni."),
    ("en", "Nine soldiers were killed on Tuesday in an ambush near Boni, army officials told reporters on Thursday."),
    ("en", "The army said in a statement on Thursday that nine soldiers were killed on Tuesday near Boni."),
])
def test_the_day_of_the_report_gives_way_to_the_day_of_the_event(x, lang, text):
    e = first(x, text, lang, dt.date(2024, 3, 14))
    assert e.event_date == "2024-03-12"


@pytest.mark.parametrize("lang,text", [
    ("fr", "L'armée a indiqué jeudi soir que neuf soldats ont été tués près de Boni."),
    ("en", "Nine soldiers were killed near Boni, officials said on Thursday."),
])
def test_with_no_other_date_the_day_of_the_report_stands_in(x, lang, text):
    e = first(x, text, lang, dt.date(2024, 3, 16))
    assert e.event_date == "2024-03-14"
    assert e.date_precision == "week"  # the event is on or before that day: a bound, not its day


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Dans un message diffusé lundi, l'armée fait état d'une attaque contre le camp de Boni.\n\n"
           "« Ce lundi 4 mars 2024, des terroristes ont attaqué le camp de Boni et tué neuf soldats », précise le texte.",
     "2024-03-04"),
    ("fr", "Neuf soldats ont été tués dimanche 3 mars près de Boni.\n\n"
           "L'attaque a eu lieu le dimanche 3 mars 2024 vers midi, selon des témoins.", "2024-03-03"),
    ("en", "Nine soldiers were killed on Sunday near Boni, the army said.\n\n"
           "The attack took place on Sunday, March 3, 2024, around noon, witnesses said.", "2024-03-03"),
])
def test_an_undated_text_takes_the_first_date_it_can_resolve(x, lang, text, want):
    e = first(x, text, lang, None)
    assert e.event_date == want


@pytest.mark.parametrize("lang,text", [
    ("fr", "Neuf soldats ont été tués mardi près de Boni."),
    ("en", "Nine soldiers were killed on Tuesday near Boni."),
])
def test_an_undated_weekday_stays_unknown(x, lang, text):
    e = first(x, text, lang, None)
    assert e.event_date is None and e.date_precision == "unknown"


@pytest.mark.parametrize("lang,text,kinds", [
    ("fr", "Le gouvernement a annoncé lundi que l'attaque de samedi a fait dix morts.", ["report", "weekday"]),
    ("fr", "Dans un communiqué rendu public mardi, l'armée évoque des combats le 2 mars.", ["report", "absolute"]),
    ("en", "Officials said on Monday that the attack on Saturday killed ten people.", ["report", "weekday"]),
    ("en", "Clashes were reported on Monday near the town.", ["weekday"]),
    ("en", "Gunmen killed ten people on Saturday, residents said.", ["weekday"]),
])
def test_a_date_governed_by_a_reporting_verb_is_a_report_date(lang, text, kinds):
    found = report_dates(find_dates(text, dt.date(2024, 3, 5), lang), text, lang)
    assert [d.kind for d in found] == kinds


@pytest.mark.parametrize("lang,text", [
    ("fr", "Neuf soldats ont été tués lundi près de Boni.\n\n"
           "Le ministre s'est rendu à Boni le mercredi 6 mars 2024 pour les obsèques."),
    ("en", "Nine soldiers were killed on Monday near Boni.\n\n"
           "The minister travelled to Boni on Wednesday, March 6, 2024, for the funerals."),
])
def test_an_undated_weekday_never_resolves_against_another_day_of_the_text(x, lang, text):
    e = first(x, text, lang, None)
    assert e.event_date is None and e.date_precision == "unknown"
