"""A month that only some sources cover is marked as such, and a gap inside a source is no data for it.

The store holds the shared ACLED Mali export with one month taken out (May 2018: a whole month without a
single event, inside the source's first-to-last span) and the UCDP GED sample, whose few events in Mali,
Burkina Faso and Niger fall in scattered months. The report on the three countries over January 2018 to June
2019 (monthly bins) must say, month by month, which sources have data: a month where both have events is an
ordinary bar; a month where only one has events is hatched and named in the first lines, with the source
that lacks it; a month where neither has an event (the month taken out of ACLED, and the months of 2019
after ACLED's last event where UCDP has none) is "no data". The expectations are read from the two files
here, not from the store.
"""

from __future__ import annotations

import csv
import datetime as dt

import pandas as pd
import pytest

from sahelwatch.model import EventFilter
from sahelwatch.reports import Locale, build_situation_report
from sahelwatch.reports.render import coverage_first
from tests.conftest import data_file

ACLED = "acled/acled_mali_dyadic_1997-2018.csv"
UCDP = "ucdp/ged231_global_sample_1000.csv"
GAP = dt.date(2018, 5, 1)  # the month taken out of the ACLED export
SINCE, UNTIL = dt.date(2018, 1, 1), dt.date(2019, 6, 30)
TODAY = dt.date(2026, 11, 24)
COUNTRIES = ("Mali", "Burkina Faso", "Niger")
SAHEL = EventFilter(country=COUNTRIES)


def _month(d) -> dt.date:
    return dt.date(d.year, d.month, 1)


def _months_of_period() -> list[dt.date]:
    out, m = [], SINCE
    while m <= UNTIL:
        out.append(m)
        m = dt.date(m.year + (m.month == 12), m.month % 12 + 1, 1)
    return out


def _month_end(m: dt.date) -> dt.date:
    nxt = dt.date(m.year + (m.month == 12), m.month % 12 + 1, 1)
    return min(nxt - dt.timedelta(days=1), UNTIL)


@pytest.fixture(scope="module")
def expected():
    """For each month of the period: the sources with at least one event in the three countries dated in it, from
    the raw files."""
    acled = pd.read_csv(data_file(ACLED), usecols=["event_date", "country"])
    a = {_month(d) for d in pd.to_datetime(acled.loc[acled["country"].isin(COUNTRIES), "event_date"], format="mixed")}
    a.discard(GAP)
    ucdp = pd.read_csv(data_file(UCDP), usecols=["date_start", "country"])
    u = {_month(d) for d in pd.to_datetime(ucdp.loc[ucdp["country"].isin(COUNTRIES), "date_start"])}
    months = _months_of_period()
    have = {m: {s for s, ms in (("acled", a), ("ucdp-ged", u)) if m in ms} for m in months}
    # both sources have data somewhere in the period, so each counts for every month of the chart
    assert any("acled" in h for h in have.values()) and any("ucdp-ged" in h for h in have.values())
    states = {m: "none" if not h else "full" if h == {"acled", "ucdp-ged"} else "partial" for m, h in have.items()}
    # the case is the one this test is about: all three kinds of month occur, the gap among the "none"
    assert set(states.values()) == {"none", "full", "partial"} and states[GAP] == "none"
    return states, have


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    from sahelwatch.ingest import ingest_files
    from sahelwatch.store import open_store

    d = tmp_path_factory.mktemp("partial-cover")
    gappy = d / "acled_mali_without_may_2018.csv"
    with open(data_file(ACLED), encoding="utf-8", newline="") as src, \
            open(gappy, "w", encoding="utf-8", newline="") as out:
        rows = csv.reader(src)
        w = csv.writer(out)
        header = next(rows)
        w.writerow(header)
        at = header.index("event_date")
        for row in rows:
            if not row[at].startswith(GAP.strftime("%Y-%m")):
                w.writerow(row)
    db = d / "partial.duckdb"
    with open_store(db) as st:
        ingest_files(st, [gappy, data_file(UCDP)], today=TODAY, quarantine_dir=d / "quarantine")
    with open_store(db, read_only=True) as st:
        r, _ = build_situation_report(st, since=SINCE, until=UNTIL, event_filter=SAHEL, today=TODAY)
    return r


def test_a_month_inside_a_source_without_its_events_is_no_data_for_it(report, expected):
    states, _ = expected
    assert report.granularity == "month"
    for bins in (report.by_family, report.by_target):
        assert sorted({b.start for b in bins}) == list(states)
        for b in bins:
            assert b.no_data == (states[b.start] == "none"), b
            assert (b.events is None) == (states[b.start] == "none"), b
    by = {s.source: s for s in report.comparison.sources}
    # ACLED has events in every month of 2018 but May (whole months count, at the chart's unit), none in 2019
    assert by["acled"].current_days == 365 - 31
    assert report.comparison.covers(by["acled"], "current") == "partial"
    assert any(g.since <= GAP and g.until >= dt.date(2018, 5, 31) for g in report.comparison.no_data)


def test_a_month_only_some_sources_cover_is_marked_with_the_sources_it_lacks(report, expected):
    states, have = expected
    for bins in (report.by_family, report.by_target):
        for b in bins:
            assert b.partial == (states[b.start] == "partial"), b
    marked = [(p.since, p.until, p.missing) for p in report.comparison.partial]
    assert marked == [(m, _month_end(m), tuple(sorted({"acled", "ucdp-ged"} - have[m])))
                      for m in states if states[m] == "partial"]
    listed = report.comparison.to_dict()["partial"]
    assert [(x["since"], x["missing"]) for x in listed] == [(m.isoformat(), list(p)) for m, _, p in marked]


def _runs(months: list[dt.date]) -> list[tuple[dt.date, dt.date]]:
    out: list[list[dt.date]] = []
    for m in months:
        if out and _month(out[-1][1] + dt.timedelta(days=1)) == m:
            out[-1][1] = _month_end(m)
        else:
            out.append([m, _month_end(m)])
    return [(a, b) for a, b in out]


@pytest.mark.parametrize("lang, opening, lacks", [
    ("en", "Only some sources have data", "{source} has none"),
    ("fr", "Seules certaines sources ont des données", "{source} n'en a pas"),
])
def test_the_first_lines_name_the_months_a_source_lacks(report, expected, lang, opening, lacks):
    states, have = expected
    loc = Locale(lang)
    lines = coverage_first(report, loc)
    line = next((x for x in lines if x.startswith(opening)), None)
    assert line is not None, lines
    for source in ("acled", "ucdp-ged"):
        runs = _runs([m for m in states if states[m] == "partial" and source not in have[m]])
        assert runs, source
        named = lacks.format(source=source) + " " + ", ".join(
            loc.t("span_range", since=loc.date(a), until=loc.date(b)) for a, b in runs)
        assert named in line, (named, line)
    # the months no source covers stay in their own line
    assert any(loc.date(GAP) in x for x in lines if x is not line)


def test_the_chart_hatches_the_partly_covered_bars_and_says_so_in_its_legend(report, expected, monkeypatch):
    from sahelwatch.reports import charts

    states, _ = expected
    figures = []
    monkeypatch.setattr(charts, "_png", lambda fig: figures.append(fig) or b"")
    loc = Locale("en")
    charts.trend_by_family(report, loc)
    (fig,) = figures
    legend = [t.get_text() for lg in fig.legends for t in lg.get_texts()]
    assert loc.t("partial_data") in legend and loc.t("no_data") in legend
    months = list(states)
    for ax in fig.axes:
        bars = [p for c in ax.containers for p in c.patches]
        assert bars
        for p in bars:
            m = months[round(p.get_x() + p.get_width() / 2)]
            assert bool(p.get_hatch()) == (states[m] == "partial"), (m, p.get_hatch())
