"""Numbers, dates and messages in each language of the report."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from sahelwatch.errors import UsageError
from sahelwatch.reports.i18n import LANGUAGES, Locale


def test_english_and_french_number_formats():
    en, fr = Locale("en"), Locale("fr")
    assert en.number(1234567) == "1,234,567"
    assert fr.number(1234567) == "1\u202f234\u202f567"
    assert en.number(1234.5, 1) == "1,234.5" and fr.number(1234.5, 1) == "1\u202f234,5"
    assert en.percent(12.0) == "+12%" and fr.percent(-3.0) == "\u22123\u00a0%"
    assert en.signed(0) == "0" and en.number(None) == "–"


def test_dates_use_each_language_month_names():
    en, fr = Locale("en"), Locale("fr")
    d = dt.date(2024, 8, 24)
    assert en.date(d) == "24 August 2024" and fr.date(d) == "24 août 2024"
    assert fr.date(dt.date(2019, 1, 1)) == "1er janvier 2019"
    assert fr.short_date(dt.date(2022, 2, 3)) == "3 févr. 2022"


def test_every_message_exists_in_every_language():
    from importlib import resources

    doc = yaml.safe_load((resources.files("sahelwatch.reports") / "data" / "messages.yaml").read_text("utf-8"))
    for key, entry in doc["messages"].items():
        for lang in LANGUAGES:
            assert entry.get(lang), f"{key} lacks {lang}"
    assert doc["messages"]["months"]["fr"][7] == "août"


def test_an_unknown_language_is_a_usage_error():
    with pytest.raises(UsageError):
        Locale("de")
