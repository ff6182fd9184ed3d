"""A news agency's name in brackets marks a wire's dateline for the dates (the day the story was filed) and for the
places (where it was filed) alike: both read one list (sentences written for these tests, places invented or
generic)."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.extraction.dates import find_dates, report_dates
from sahelwatch.extraction.places import text_places
from sahelwatch.extraction.structure import NEWS_AGENCIES
from sahelwatch.folding import fold_aligned as fold

TUESDAY = dt.date(2031, 3, 11)


@pytest.mark.parametrize("agency", NEWS_AGENCIES)
def test_a_date_before_any_agency_is_a_reports_day(agency):
    text = f"Gunmen kill three herders Foo, March 10 ({agency}) Mar 10, 2031 Three herders were killed near a well."
    found = report_dates(find_dates(text, TUESDAY, "en"), text, "en")
    assert found and all(d.kind == "report" for d in found)


@pytest.mark.parametrize("agency", NEWS_AGENCIES)
def test_a_place_before_any_agency_is_a_dateline(agency):
    text = f"Gunmen kill three herders near a well Parakou, March 10 ({agency}) Three herders were killed on Sunday."
    assert {m.surface: m.role for m in text_places(text, fold(text), "en")}["Parakou"] == "dateline"
