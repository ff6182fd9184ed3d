"""A month that only some sources cover is marked as such, and a gap inside a source is no data for it, while a
quiet month of a source is a real zero.

The store holds the shared ACLED Mali export with one month taken out (May 2018: a whole month without a
single event, inside the source's first-to-last span, where its own rate of dozens of events a month makes
zero improbable) and the UCDP GED sample, whose few events in Mali, Burkina Faso and Niger fall in scattered
months (at its own low rate an empty month is a quiet one, not a gap). The report on the three countries over
January 2018 to June 2019 (monthly bins) must say, month by month, which sources have data: a month both cover
is an ordinary bar; a month only one covers is hatched and named in the first lines, with the source that
lacks it; a month neither covers is "no data". The expectations are read from the two files here, not from
the store, with the rule of docs/reports.md: a source covers its first-to-last span, less each month inside it
without its events where the mean count of the 6 months on each side (inside the span) is ``lam`` and
``exp(-lam)`` < 0.01.
"""

from __future__ import annotations

import csv
import datetime as dt
import math

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


def _next(m: dt.date) -> dt.date:
    return dt.date(m.year + (m.month == 12), m.month % 12 + 1, 1)


def _has_data(dates: pd.Series) -> set[dt.date]:
    """The months a source with events on ``dates`` has data for: those of its span but the empty ones where its
    own rate (the mean of up to 6 months on each side, inside the span) gives a zero a chance below 1%."""
    counts = pd.Series([_month(d) for d in dates]).value_counts().to_dict()
    span, m = [], min(counts)
    while m <= max(counts):
        span.append(m)
        m = _next(m)
    out = set()
    for i, m in enumerate(span):
        around = span[max(0, i - 6):i] + span[i + 1:i + 7]
        if counts.get(m, 0) or math.exp(-sum(counts.get(x, 0) for x in around) / len(around)) >= 0.01:
            out.add(m)
    return out


def _acled_dates() -> pd.Series:
    acled = pd.read_csv(data_file(ACLED), usecols=["event_date", "country", "event_id_cnty"])
    acled = acled.loc[acled["country"].isin(COUNTRIES)].drop_duplicates("event_id_cnty")
    dates = pd.to_datetime(acled["event_date"], format="mixed")
    return dates[[_month(d) != GAP for d in dates]]


@pytest.fixture(scope="module")
def expected():
    """For each month of the period: the sources that have data for it (in the three countries), from the raw
    files."""
    a = _has_data(_acled_dates())
    ucdp = pd.read_csv(data_file(UCDP), usecols=["date_start", "country"])
    u = _has_data(pd.to_datetime(ucdp.loc[ucdp["country"].isin(COUNTRIES), "date_start"]))
    months = _months_of_period()
    have = {m: {s for s, ms in (("acled", a), ("ucdp-ged", u)) if m in ms} for m in months}
    # both sources have data somewhere in the period, so each counts for every month of the chart
    assert any("acled" in h for h in have.values()) and any("ucdp-ged" in h for h in have.values())
    states = {m: "none" if not h else "full" if h == {"acled", "ucdp-ged"} else "partial" for m, h in have.items()}
    # the month taken out is a gap of ACLED's, and the quiet months of UCDP inside its span count as data
    assert "acled" not in have[GAP]
    assert {"full", "partial"} <= set(states.values())
    return states, have


def _store(d, with_ucdp: bool):
    """A store of ACLED's export less the month taken out, with or without the UCDP sample."""
    from sahelwatch.ingest import ingest_files
    from sahelwatch.store import open_store

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
        ingest_files(st, [gappy] + ([data_file(UCDP)] if with_ucdp else []), today=TODAY,
                     quarantine_dir=d / "quarantine")
    return db


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return _store(tmp_path_factory.mktemp("partial-cover"), with_ucdp=True)


@pytest.fixture(scope="module")
def acled_only(tmp_path_factory):
    return _store(tmp_path_factory.mktemp("acled-only"), with_ucdp=False)


def _report(db, since, until, event_filter):
    from sahelwatch.store import open_store

    with open_store(db, read_only=True) as st:
        r, _ = build_situation_report(st, since=since, until=until, event_filter=event_filter, today=TODAY)
    return r


@pytest.fixture(scope="module")
def report(store_path):
    return _report(store_path, SINCE, UNTIL, SAHEL)


def test_a_month_inside_a_source_without_its_events_is_no_data_for_it(report, expected):
    states, have = expected
    assert report.granularity == "month"
    for bins in (report.by_family, report.by_target):
        assert sorted({b.start for b in bins}) == list(states)
        for b in bins:
            assert b.no_data == (states[b.start] == "none"), b
            assert (b.events is None) == (states[b.start] == "none"), b
    by = {s.source: s for s in report.comparison.sources}
    # ACLED covers 2018 from the period's start to its last event, but May (its gap), and nothing of 2019
    last = max(_acled_dates()).date()
    assert by["acled"].current_days == (last - SINCE).days + 1 - 31
    assert not any(g.overlap_days(GAP, dt.date(2018, 5, 31)) for g in by["acled"].covered)
    assert report.comparison.covers(by["acled"], "current") == "partial"
    # UCDP's sample has a few events a year here: its empty months are quiet ones, and it has data for them
    assert have[GAP] == {"ucdp-ged"} and states[GAP] == "partial"
    assert report.comparison.covers(by["ucdp-ged"], "current") == "full"


def test_the_gap_is_no_data_where_no_other_source_covers_it(acled_only):
    # ACLED alone (dozens of events a month in Mali): the month taken out is a gap, never a zero
    r = _report(acled_only, SINCE, max(_acled_dates()).date(), EventFilter(country=("Mali",)))
    assert [s.source for s in r.comparison.sources] == ["acled"]
    assert [(g.since, g.until) for g in r.comparison.no_data] == [(GAP, dt.date(2018, 5, 31))]
    assert [b.events for b in r.by_family if b.start == GAP] == [None] * len(r.families_present)
    assert not r.headline.events.comparable
    assert any(loc_line.startswith("No source has data") and "May 2018" in loc_line
               for loc_line in coverage_first(r, Locale("en")))


def test_a_quiet_month_of_a_lone_source_is_zero_not_no_data(acled_only):
    # October 2009 holds no ACLED event in Mali: at ACLED's rate then (a few events a month) that is a quiet
    # month, so the half-year still compares with the one before
    acled = pd.read_csv(data_file(ACLED), usecols=["event_date", "country"])
    dates = pd.to_datetime(acled.loc[acled["country"] == "Mali", "event_date"], format="mixed")
    assert not ((dates.dt.year == 2009) & (dates.dt.month == 10)).any()
    r = _report(acled_only, dt.date(2009, 7, 1), dt.date(2009, 12, 31), EventFilter(country=("Mali",)))
    cmp = r.comparison
    assert [s.source for s in cmp.sources] == ["acled"]
    assert cmp.comparable and cmp.no_data == () and cmp.partial == ()
    assert (r.headline.events.current, r.headline.events.previous, r.headline.events.absolute) == (5, 6, -1)
    f = r.headline.fatalities_best
    assert (f.current, f.previous, f.absolute) == (15, 61, -46)
    assert [b.events for b in r.by_family if b.start == dt.date(2009, 10, 1)] == [0] * len(r.families_present)


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
        if not runs:
            assert f"{lacks.format(source=source)} " not in line
            continue
        named = lacks.format(source=source) + " " + ", ".join(
            loc.t("span_range", since=loc.date(a), until=loc.date(b)) for a, b in runs)
        assert named in line, (named, line)
    assert loc.date(GAP) in line  # ACLED's gap, which UCDP covers


def test_the_chart_hatches_the_partly_covered_bars_and_says_so_in_its_legend(report, expected, monkeypatch):
    from sahelwatch.reports import charts

    states, _ = expected
    figures = []
    monkeypatch.setattr(charts, "_png", lambda fig: figures.append(fig) or b"")
    loc = Locale("en")
    charts.trend_by_family(report, loc)
    (fig,) = figures
    legend = [t.get_text() for lg in fig.legends for t in lg.get_texts()]
    assert loc.t("partial_data") in legend
    assert (loc.t("no_data") in legend) == ("none" in states.values())
    months = list(states)
    for ax in fig.axes:
        bars = [p for c in ax.containers for p in c.patches]
        assert bars
        for p in bars:
            m = months[round(p.get_x() + p.get_width() / 2)]
            assert bool(p.get_hatch()) == (states[m] == "partial"), (m, p.get_hatch())
