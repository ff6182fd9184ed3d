"""Texts with no publication date: explicit dates stand, a dateline anchors relative dates, and
nothing is ever dated by the machine's clock. All sentences here are invented for the tests."""

import datetime as dt
import json

import pytest

from sahelwatch.extraction import Document, extract_file
from sahelwatch.extraction.dates import find_dates


def events(extractor, text, lang="fr", published=None):
    return extractor.extract(Document("u", text, lang, published)).events


def test_an_old_event_in_an_undated_note_is_still_an_event(extractor):
    ev = events(extractor, "Le 3 juin 2016, des hommes armés ont tué quatre commerçants sur la route de Léré.")
    assert len(ev) == 1
    assert ev[0].event_date == "2016-06-03" and ev[0].date_precision == "day"


def test_an_undated_note_in_english_keeps_its_event_and_explicit_date(extractor):
    ev = events(extractor, "On 21 September 2014, militants ambushed a supply convoy near Aguelhok, killing two drivers.", "en")
    assert len(ev) == 1 and ev[0].event_date == "2014-09-21"


@pytest.mark.parametrize("text,lang", [
    ("Mardi, des hommes armés ont incendié des greniers et tué deux villageois près de Bankass.", "fr"),
    ("Gunmen killed three traders on Tuesday on the road out of Gossi.", "en"),
    ("Le 14 août, des assaillants ont tué cinq éleveurs près de Nampala.", "fr"),  # no year, no anchor
])
def test_a_relative_or_yearless_date_with_no_anchor_is_unknown(extractor, text, lang):
    ev = events(extractor, text, lang)
    assert len(ev) == 1
    assert ev[0].event_date is None and ev[0].date_precision == "unknown"


def test_a_dateline_anchors_relative_dates(extractor):
    text = ("MOPTI, 9 février 2021 (AFP) - Des hommes armés ont tué lundi six pêcheurs sur le fleuve près de "
            "Konna, ont indiqué des élus locaux.")
    ev = events(extractor, text)
    assert len(ev) == 1 and ev[0].event_date == "2021-02-08"


def test_a_dateline_on_its_own_line_anchors_relative_dates(extractor):
    text = "Published: 17 May 2022\nSoldiers repelled an attack on their base in Boulkessi on Sunday, killing four assailants."
    ev = events(extractor, text, "en")
    assert len(ev) == 1 and ev[0].event_date == "2022-05-15"


def test_with_no_date_and_no_anchor_the_event_is_undated(extractor):
    ev = events(extractor, "Des hommes armés ont enlevé un infirmier au centre de santé de Tonka.")
    assert len(ev) == 1 and ev[0].event_date is None and ev[0].date_precision == "unknown"


@pytest.mark.parametrize("text,lang,expected", [
    ("Des hommes armés ont attaqué mardi 14 mars 2023 le poste de Niono.", "fr", dt.date(2023, 3, 14)),
    ("le jeudi 2 juin 2022 au matin", "fr", dt.date(2022, 6, 2)),
    ("on Tuesday, March 14, 2023, gunmen", "en", dt.date(2023, 3, 14)),
    ("on Thursday 2 June 2022", "en", dt.date(2022, 6, 2)),
])
def test_a_full_date_wins_over_the_weekday_beside_it(text, lang, expected):
    # the weekday's resolution against this anchor would be another day: the full date must win
    for anchor in (None, dt.date(2024, 1, 10)):
        found = find_dates(text, anchor, lang)
        assert len(found) == 1 and found[0].date == expected


@pytest.mark.parametrize("text,anchor,expected", [
    ("le 28 décembre", dt.date(2023, 1, 4), dt.date(2022, 12, 28)),  # the most recent one not after the anchor
    ("le 3 janvier", dt.date(2023, 1, 4), dt.date(2023, 1, 3)),
    ("le 5 janvier", dt.date(2023, 1, 4), dt.date(2022, 1, 5)),
    ("le 5 janvier", None, None),
])
def test_a_yearless_date_takes_the_year_of_its_anchor(text, anchor, expected):
    found = find_dates(text, anchor, "fr")
    assert len(found) == 1 and found[0].date == expected


def test_numeric_dates_are_read(extractor):
    assert find_dates("publié le 07/03/2021", None, "fr")[0].date == dt.date(2021, 3, 7)
    assert find_dates("updated 2021-03-07", None, "en")[0].date == dt.date(2021, 3, 7)
    assert find_dates("on 03/04/2021", None, "en") == []  # day and month cannot be told apart


def test_extract_file_never_fills_a_missing_publication_date(tmp_path, extractor):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Hier, des hommes armés ont tué deux gardiens de troupeaux près "
                                                  "de Dioura.", "lang": "fr", "published": None}) + "\n",
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    extract_file(src, out, extractor)
    ev = json.loads(out.read_text(encoding="utf-8"))["events"]
    assert len(ev) == 1 and ev[0]["event_date"] is None and ev[0]["date_precision"] == "unknown"
