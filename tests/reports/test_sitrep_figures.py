"""The report's figures agree with an independent count over the same CSV files."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pandas as pd
import pytest
from report_checks import headline_by_hand

from sahelwatch.model import EventFilter
from sahelwatch.reports import Locale, Period, build_situation_report, one_row_per_event
from sahelwatch.reports.render import render_html

HEADLINE_KEYS = ("events", "fatalities_best", "fatalities_low", "fatalities_high", "civilian_events",
                 "civilian_fatalities", "countries", "admin1")


def _current(report) -> dict:
    return {k: getattr(report.headline, k).current for k in HEADLINE_KEYS}


def _previous(report) -> dict:
    return {k: getattr(report.headline, k).previous for k in HEADLINE_KEYS}


def test_headline_matches_an_independent_count_of_the_csv(chronology_store, chronology_raw):
    since = dt.date(2019, 1, 1)
    report, _ = build_situation_report(chronology_store, since=since, today=dt.date(2026, 11, 24))
    until = max(chronology_raw["event_date"])
    assert report.period == Period(since, until)  # --until defaults to the last event date
    assert _current(report) == headline_by_hand(chronology_raw, since, until)
    prev = report.period.previous
    assert prev.until == since - dt.timedelta(days=1) and prev.days == report.period.days
    assert _previous(report) == headline_by_hand(chronology_raw, prev.since, prev.until)
    assert report.headline.events.current > 50 and report.headline.events.previous > 50
    # the change is derived from the two figures (the chronology's quarters without a listed event are quiet
    # quarters at its own low rate, not gaps in its data: the periods compare)
    ev = report.headline.events
    assert ev.comparable and report.comparison.no_data == ()
    assert ev.absolute == ev.current - ev.previous
    assert ev.percent == pytest.approx(100 * (ev.current - ev.previous) / ev.previous)


def test_headline_figures_appear_in_the_html(chronology_store):
    report, _ = build_situation_report(chronology_store, since=dt.date(2019, 1, 1))
    html = render_html(report, Locale("en"))
    for key in ("events", "fatalities_best", "civilian_events", "civilian_fatalities", "countries", "admin1"):
        cell = re.search(rf'data-key="{key}">([^<]+)<', html)
        assert cell, key
        assert cell.group(1) == f"{getattr(report.headline, key).current:,}"
    h = report.headline
    assert f'data-key="fatalities_range">{h.fatalities_low.current:,}–{h.fatalities_high.current:,}<' in html


def test_country_filter_changes_the_figures_accordingly(chronology_store, chronology_raw):
    since = dt.date(2012, 1, 1)
    until = dt.date(2026, 2, 14)
    everything, _ = build_situation_report(chronology_store, since=since, until=until)
    bfa, _ = build_situation_report(chronology_store, since=since, until=until,
                                    event_filter=EventFilter(country=("BFA",)))
    assert _current(bfa) == headline_by_hand(chronology_raw, since, until, country="Burkina Faso")
    assert bfa.headline.countries.current == 1 and bfa.headline.country_codes == ("BFA",)
    assert 0 < bfa.headline.events.current < everything.headline.events.current
    assert all(e.country == "Burkina Faso" for e in bfa.top_events)
    assert bfa.filter.country == ("BFA",)


def test_an_empty_period_gives_a_report_that_says_so(chronology_store):
    report, _ = build_situation_report(chronology_store, since=dt.date(2030, 1, 1), until=dt.date(2030, 6, 30))
    assert report.empty
    assert _current(report) == dict.fromkeys(HEADLINE_KEYS, 0)
    assert report.top_events == () and report.mapped == ()
    for lang, words in (("en", "No event in the database matches"), ("fr", "Aucun événement de la base")):
        html = render_html(report, Locale(lang))
        assert 'id="no-events"' in html and words in html


def test_most_lethal_events_are_ranked_by_best_estimate_with_their_sources(chronology_store, chronology_raw):
    report, _ = build_situation_report(chronology_store, since=dt.date(2012, 1, 1))
    top = report.top_events
    assert len(top) == 10
    bests = [e.fatalities_best for e in top]
    assert bests == sorted(bests, reverse=True)
    assert bests[0] == int(chronology_raw["fatalities_best"].max())
    tenth = sorted(chronology_raw["fatalities_best"].dropna(), reverse=True)[9]
    assert bests[-1] == tenth
    assert all(e.sources and any(s.url and s.url.startswith("http") for s in e.sources) for e in top)


def test_linked_records_count_once_with_median_best_and_widest_range():
    base = dict(source="x", country="Mali", iso3="MLI", admin1="Mopti", admin1_norm=None, latitude=14.5,
                longitude=-4.2, target_category="civilians", date_precision="day", location="Sévaré")
    rows = pd.DataFrame([
        dict(base, event_id="a:1", cluster_id="c1", event_date=dt.date(2020, 3, 1), fatalities_low=10,
             fatalities_best=12, fatalities_high=20),
        dict(base, event_id="b:7", cluster_id="c1", event_date=dt.date(2020, 3, 2), fatalities_low=None,
             fatalities_best=17, fatalities_high=None),
        dict(base, event_id="a:2", cluster_id="c:a:2", event_date=dt.date(2020, 3, 5), fatalities_low=None,
             fatalities_best=None, fatalities_high=None),
    ])
    events = one_row_per_event(rows).set_index("cluster_id")
    assert len(events) == 2
    c1 = events.loc["c1"]
    assert c1["records"] == 2 and set(c1["event_ids"]) == {"a:1", "b:7"}
    assert (c1["f_low"], c1["f_best"], c1["f_high"]) == (10, 14, 20)  # median 14.5, halves to even
    assert c1["event_date"] == dt.date(2020, 3, 1)
    assert pd.isna(events.loc["c:a:2", "f_best"])


def test_families_unknown_everywhere_say_so_instead_of_a_chart(chronology_store):
    from sahelwatch.model import TargetCategory
    from sahelwatch.reports import compute_report
    from sahelwatch.reports.sitrep import load_period_events

    period = Period(dt.date(2019, 1, 1), dt.date(2026, 2, 14))
    cur, _ = load_period_events(chronology_store, EventFilter(since=period.since, until=period.until))
    cur = cur.assign(actor1_family=None, perpetrator_family=None)
    prev, _ = load_period_events(chronology_store, EventFilter(since=period.previous.since,
                                                               until=period.previous.until))
    report = compute_report(cur, prev, period, family_order=(),
                            target_order=tuple(t.value for t in TargetCategory))
    assert report.families_present == ("_unknown",)
    assert report.coverage.family_unknown == report.headline.events.current
    html = render_html(report, Locale("en"))
    assert "Not shown: the actor family is unknown for every event" in html
    assert "The perpetrator&#39;s family is unknown for" in html


def test_records_outside_the_period_are_refused(chronology_store):
    from sahelwatch.reports import compute_report
    from sahelwatch.reports.sitrep import load_period_events

    cur, _ = load_period_events(chronology_store, EventFilter(since=dt.date(2019, 1, 1)))
    with pytest.raises(ValueError, match="outside"):
        compute_report(cur, cur.iloc[:0], Period(dt.date(2020, 1, 1), dt.date(2020, 12, 31)),
                       family_order=(), target_order=())


def test_until_before_since_is_a_usage_error(chronology_store):
    from sahelwatch.errors import UsageError

    with pytest.raises(UsageError):
        build_situation_report(chronology_store, since=dt.date(2020, 1, 1), until=dt.date(2019, 1, 1))


def test_period_previous_has_the_same_length():
    p = Period(dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    assert p.previous == Period(dt.date(2024, 1, 30), dt.date(2024, 2, 29))
    assert dataclasses.asdict(p) == {"since": dt.date(2024, 3, 1), "until": dt.date(2024, 3, 31)}


def test_most_affected_regions_match_a_groupby_of_the_csv(chronology_store, chronology_raw):
    since, until = dt.date(2019, 1, 1), dt.date(2026, 2, 14)
    report, _ = build_situation_report(chronology_store, since=since, until=until)
    rows = chronology_raw[(chronology_raw["event_date"] >= since) & (chronology_raw["event_date"] <= until)]
    by_hand = rows.dropna(subset=["admin1"]).groupby(["country", "admin1"]).agg(
        events=("report_id", "size"), fatalities=("fatalities_best", "sum"))
    by_hand = by_hand.sort_values(["fatalities", "events"], ascending=False)
    assert len(report.regions) == min(8, len(by_hand))
    got = [(r.country, r.admin1, r.events.current, r.fatalities.current) for r in report.regions]
    want = [(c, a, int(r["events"]), int(r["fatalities"])) for (c, a), r in by_hand.head(len(got)).iterrows()]
    assert sorted(got, key=lambda x: (-x[3], -x[2])) == sorted(want, key=lambda x: (-x[3], -x[2]))
    html = render_html(report, Locale("en"))
    top = report.regions[0]
    assert f"Most affected region: {top.admin1} ({top.country})" in html


def test_coverage_note_warns_when_a_source_ends_before_the_period(chronology_store, chronology_raw):
    last = max(chronology_raw["event_date"])
    report, _ = build_situation_report(chronology_store, since=dt.date(2025, 1, 1), until=dt.date(2026, 12, 31))
    (src,) = report.coverage.sources
    assert src.source == "sahelwatch-chronology" and src.last_date == last
    assert src.rows_read == len(chronology_raw) and src.releases == ("2026-11",)
    html = render_html(report, Locale("en"))
    assert f"sahelwatch-chronology: its events in the database end on {Locale('en').date(last)}" in html
    fr = render_html(report, Locale("fr"))
    assert "s&#39;arrêtent le" in fr


def test_liptako_gourma_figure_matches_a_sql_count_of_the_flag(chronology_store):
    since, until = dt.date(2019, 1, 1), dt.date(2026, 2, 14)
    report, _ = build_situation_report(chronology_store, since=since, until=until)
    flagged, unknown = chronology_store.con.execute(
        "SELECT count(*) FILTER (WHERE liptako_gourma), count(*) FILTER (WHERE liptako_gourma IS NULL) "
        "FROM events WHERE event_date BETWEEN ? AND ?", [since, until]).fetchall()[0]
    assert report.headline.liptako_gourma.current == flagged > 0
    assert report.coverage.liptako_unknown == unknown
    assert 'data-key="liptako_gourma">' + f"{flagged:,}<" in render_html(report, Locale("en"))
