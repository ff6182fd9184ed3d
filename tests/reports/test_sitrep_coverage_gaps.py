"""A report over sources that do not cover the same years compares like with like.

The store holds the shared ACLED Mali export (events up to the end of 2018) and a small file of our
own field reports dated 2026. Over 2019 to mid-2026, against the seven and a half years before, no
source covers both periods: the headline states no overall change, each source is set against itself,
the quarters no source covers are "no data" in the chart data (None, never 0), and the report says
so in its first lines, in English and in French.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
import subprocess

import pandas as pd
import pytest

from sahelwatch.reports import Locale, build_situation_report, write_situation_report
from sahelwatch.reports.render import coverage_first, render_html
from tests.conftest import data_file

ACLED = "acled/acled_mali_dyadic_1997-2018.csv"
SINCE, UNTIL = dt.date(2019, 1, 1), dt.date(2026, 6, 30)
TODAY = dt.date(2026, 11, 24)

# Our own reports (written for this test): a field team's notes of the first half of 2026.
FIELD = [
    ("FN-001", "2026-01-09", "Mopti", "Bandiagara", "Battles", "Armed clash", "JNIM", "Military Forces of Mali", 4),
    ("FN-002", "2026-01-27", "Segou", "Niono", "Violence against civilians", "Attack", "JNIM", "Civilians", 7),
    ("FN-003", "2026-02-14", "Gao", "Ansongo", "Battles", "Armed clash", "ISGS", "Military Forces of Mali", 11),
    ("FN-004", "2026-03-02", "Menaka", "Menaka", "Violence against civilians", "Attack", "ISGS", "Civilians", 15),
    ("FN-005", "2026-03-21", "Timbuktu", "Niafunke", "Explosions/Remote violence",
     "Remote explosive/landmine/IED", "JNIM", "Military Forces of Mali", 3),
    ("FN-006", "2026-04-06", "Mopti", "Djenne", "Violence against civilians", "Attack", "Dan Na Ambassagou",
     "Civilians", 9),
    ("FN-007", "2026-04-30", "Kayes", "Nioro", "Battles", "Armed clash", "JNIM", "Military Forces of Mali", 6),
    ("FN-008", "2026-05-18", "Segou", "Macina", "Violence against civilians", "Attack", "JNIM", "Civilians", 2),
    ("FN-009", "2026-06-03", "Gao", "Bourem", "Battles", "Armed clash", "ISGS", "JNIM", 21),
    ("FN-010", "2026-06-25", "Mopti", "Douentza", "Explosions/Remote violence",
     "Remote explosive/landmine/IED", "JNIM", "Military Forces of Mali", 5),
]
HEADER = ["report_id", "dataset", "event_date", "date_precision", "country", "admin1", "admin2", "event_type",
          "sub_event_type", "actor1", "actor2", "fatalities_best"]


@pytest.fixture(scope="module")
def gap_db(tmp_path_factory):
    """ACLED's Mali export (to 2018) and our 2026 field reports in one real DuckDB store."""
    from sahelwatch.ingest import ingest_files
    from sahelwatch.store import open_store

    acled = data_file(ACLED)
    d = tmp_path_factory.mktemp("gap-db")
    field = d / "field-2026.csv"
    with open(field, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for rid, date, a1, a2, et, sub, x1, x2, f in FIELD:
            w.writerow([rid, "field-notes", date, "day", "Mali", a1, a2, et, sub, x1, x2, f])
    db = d / "gap.duckdb"
    with open_store(db) as st:
        summary = ingest_files(st, [acled, field], today=TODAY, quarantine_dir=d / "quarantine")
    assert summary.as_dict()["rejected"] == 0
    return db, acled


@pytest.fixture(scope="module")
def gap_report(gap_db):
    from sahelwatch.store import open_store

    db, _ = gap_db
    with open_store(db, read_only=True) as st:
        report, _ = build_situation_report(st, since=SINCE, until=UNTIL, today=TODAY)
    return report


def test_headline_states_no_change_across_the_gap(gap_report):
    h = gap_report.headline
    assert h.events.current == len(FIELD) and h.events.previous > 1000  # ACLED's 2011-2018 events
    for change in (h.events, h.fatalities_best, h.civilian_events, h.countries, h.admin1):
        assert not change.comparable
        assert change.percent is None and change.absolute is None
        assert change.to_dict()["change_pct"] is None
    assert not gap_report.comparison.comparable
    assert all(not r.events.comparable for r in gap_report.regions)


def test_each_source_is_compared_only_with_itself_where_it_covers(gap_report, gap_db):
    _, acled = gap_db
    raw = pd.read_csv(acled, usecols=["event_date"])
    dates = pd.to_datetime(raw["event_date"], format="mixed").dt.date
    prev = gap_report.period.previous
    cmp = gap_report.comparison
    by = {s.source: s for s in cmp.sources}
    assert set(by) == {"acled", "field-notes"}
    a, f = by["acled"], by["field-notes"]
    assert (cmp.covers(a, "previous"), cmp.covers(a, "current")) == ("full", "none")
    assert (cmp.covers(f, "previous"), cmp.covers(f, "current")) == ("none", "partial")
    assert a.records.previous == int(((dates >= prev.since) & (dates <= prev.until)).sum())
    assert a.records.current == 0 and f.records.current == len(FIELD) and f.records.previous == 0
    assert f.fatalities_best.current == sum(r[-1] for r in FIELD)
    assert not a.records.comparable and not f.records.comparable
    # the days no source covers: from the start of the period to the day before the first field report
    assert [(g.since, g.until) for g in cmp.no_data] == [(SINCE, dt.date(2026, 1, 8)), (dt.date(2026, 6, 26), UNTIL)]
    assert cmp.partial == ()  # one source alone has data in the period: no bin lacks another


def test_quarters_without_data_are_missing_not_zero(gap_report):
    assert gap_report.granularity == "quarter"
    for bins in (gap_report.by_family, gap_report.by_target):
        starts = sorted({b.start for b in bins})
        assert starts[0] == dt.date(2019, 1, 1) and starts[-1] == dt.date(2026, 4, 1)
        for b in bins:
            if b.start < dt.date(2026, 1, 1):
                assert b.no_data and b.events is None and b.fatalities is None, b
            else:
                assert not b.no_data and b.events is not None
        assert sum(b.events for b in bins if not b.no_data) == len(FIELD)


@pytest.mark.parametrize("lang, words", [
    ("en", ("Not every source covers both the period and the previous period", "No source has data from 1 January 2019",
            "acled has events from")),
    ("fr", ("Les sources ne couvrent pas toutes la période", "Aucune source n'a de données du 1er janvier 2019",
            "acled a des événements du")),
])
def test_the_first_lines_say_what_the_sources_cover(gap_report, lang, words):
    loc = Locale(lang)
    lines = coverage_first(gap_report, loc)
    assert all(any(w in line for line in lines) for w in words), lines
    html = render_html(gap_report, loc)
    header = html[html.index("<header"):html.index("</header>")]
    assert 'id="coverage-first"' in header and words[0].replace("'", "&#39;") in header
    # no change is stated in the key figures: every change cell says "not compared", none holds a %
    table = html[html.index('<table class="figures">'):html.index("</table>")]
    assert table.count(loc.t("change_not_compared")) == 7
    assert not re.search(r"[−+-]\d+(\u00a0)?%", table)
    assert 'id="by-source"' in html


def test_the_pdf_leads_with_the_coverage_note(gap_db, tmp_path):
    from sahelwatch.reports.render import pdf_available
    from sahelwatch.store import open_store

    if pdf_available() or not shutil.which("pdftotext"):
        pytest.skip("PDF rendering or pdftotext (poppler-utils) unavailable")
    db, _ = gap_db
    with open_store(db, read_only=True) as st:
        files = write_situation_report(st, since=SINCE, until=UNTIL, lang="en", out_dir=tmp_path, today=TODAY)
    page1 = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(files.pdf), "-"], check=True,
                           capture_output=True, text=True).stdout
    head = re.sub(r"\s+", " ", " ".join(page1.splitlines()[:14]))
    assert "No source has data from 1 January 2019" in head
    assert "no overall change is given" in head
    assert not re.search(r"[−-]\d+% events", re.sub(r"\s+", " ", page1))
