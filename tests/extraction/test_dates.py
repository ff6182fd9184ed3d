import datetime as dt

import pytest

from sahelwatch.extraction.dates import find_dates

PUB = dt.date(2018, 12, 7)  # a Friday


@pytest.mark.parametrize("text,lang,expected", [
    ("tués jeudi lors d'une attaque", "fr", dt.date(2018, 12, 6)),
    ("attaqué vendredi soir", "fr", dt.date(2018, 12, 7)),  # on or before publication: the same day
    ("dans la nuit de samedi à dimanche", "fr", dt.date(2018, 12, 1)),  # the night's first day
    ("hier", "fr", dt.date(2018, 12, 6)),
    ("avant-hier", "fr", dt.date(2018, 12, 5)),
    ("le 5 décembre", "fr", dt.date(2018, 12, 5)),
    ("le 30 décembre", "fr", dt.date(2017, 12, 30)),  # after publication: the year before
    ("le 1er août 2016", "fr", dt.date(2016, 8, 1)),
    ("on Tuesday", "en", dt.date(2018, 12, 4)),
    ("last Friday", "en", dt.date(2018, 11, 30)),  # "last" on that weekday: a week back
    ("on Friday", "en", dt.date(2018, 12, 7)),
    ("On December 30", "en", dt.date(2017, 12, 30)),
    ("yesterday", "en", dt.date(2018, 12, 6)),
    ("overnight Saturday to Sunday", "en", dt.date(2018, 12, 1)),
])
def test_dates_resolve_against_publication(text, lang, expected):
    found = find_dates(text, PUB, lang)
    assert found and found[0].date == expected


def test_offsets_point_into_the_text():
    text = "Sept personnes ont été tuées jeudi à Mamba."
    d = find_dates(text, PUB, "fr")[0]
    assert text[d.start:d.end] == "jeudi"
