"""The bundled reference chronology is sound: every row sourced, ids, dates, places and ranges valid."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import numpy as np
import pytest

from sahelwatch.actors import load_registry
from sahelwatch.geo import country_to_iso3, points_in_country
from sahelwatch.model import (
    EVENT_TYPE_NAMES,
    SUB_EVENT_TO_TYPE,
    Attribution,
    Tactic,
    TargetCategory,
)

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted((ROOT / "data" / "chronology").glob("events-*.csv"))
SEP = " | "


@pytest.fixture(scope="module")
def rows():
    out = []
    for f in FILES:
        with open(f, encoding="utf-8", newline="") as fh:
            for i, r in enumerate(csv.DictReader(fh), 2):
                out.append((f.name, i, r))
    return out


def test_there_are_at_least_150_events_across_2012_to_2026(rows):
    assert len(FILES) >= 2
    assert len(rows) >= 150
    years = {r["event_date"][:4] for _, _, r in rows}
    assert min(years) == "2012" and max(years) >= "2025"
    countries = {r["country"] for _, _, r in rows}
    assert {"Mali", "Burkina Faso", "Niger"} <= countries


def test_ids_are_unique_and_follow_the_pattern(rows):
    ids = [r["report_id"] for _, _, r in rows]
    assert len(ids) == len(set(ids))
    for f, line, r in rows:
        m = re.fullmatch(r"SWC-(\d{4})-(\d{3})", r["report_id"])
        assert m, f"{f}:{line}: bad id {r['report_id']!r}"
        assert m.group(1) == r["event_date"][:4], f"{f}:{line}: id year differs from event_date"


def test_every_row_cites_a_complete_source(rows):
    for f, line, r in rows:
        urls = r["source_url"].split(SEP)
        pubs = r["source_publisher"].split(SEP)
        dates = r["source_date"].split(SEP)
        titles = r["source_title"].split(SEP)
        assert len(urls) == len(pubs) == len(dates) == len(titles), f"{f}:{line}: source columns not aligned"
        assert all(u.strip().startswith(("http://", "https://")) for u in urls), f"{f}:{line}: a source has no URL"
        assert all(p.strip() for p in pubs), f"{f}:{line}: a source has no publisher"
        complete = [k for k in range(len(urls)) if dates[k].strip() and titles[k].strip()]
        assert complete, f"{f}:{line}: no source has both a date and a title"
        for d in dates:
            if d.strip():
                assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d.strip()), f"{f}:{line}: source date {d!r}"


def test_dates_precisions_and_ranges_are_valid(rows):
    today = dt.date(2026, 11, 24)
    for f, line, r in rows:
        d = dt.date.fromisoformat(r["event_date"])
        assert dt.date(2012, 1, 1) <= d <= today, f"{f}:{line}"
        if r["date_end"]:
            assert dt.date.fromisoformat(r["date_end"]) >= d, f"{f}:{line}: date_end before event_date"
        assert r["date_precision"] in ("day", "week", "month", "year"), f"{f}:{line}"
        vals = [int(r[k]) if r[k] else None for k in ("fatalities_low", "fatalities_best", "fatalities_high")]
        assert all(v is None or v >= 0 for v in vals), f"{f}:{line}"
        known = [v for v in vals if v is not None]
        assert known == sorted(known), f"{f}:{line}: fatalities not low <= best <= high: {vals}"


def test_taxonomy_values_are_valid(rows):
    for f, line, r in rows:
        assert r["event_type"] in EVENT_TYPE_NAMES, f"{f}:{line}"
        if r["sub_event_type"]:
            assert SUB_EVENT_TO_TYPE[r["sub_event_type"]].value == r["event_type"], f"{f}:{line}"
        if r["tactic"]:
            Tactic(r["tactic"])
        if r["target_category"]:
            TargetCategory(r["target_category"])
        assert r["attribution"] in {a.value for a in Attribution}, f"{f}:{line}: attribution missing"


def test_actors_are_registry_ids(rows):
    reg = load_registry()
    for f, line, r in rows:
        for col in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
            for aid in filter(None, (x.strip() for x in r[col].split(SEP))):
                assert aid in reg, f"{f}:{line}: {col} {aid!r} is not a registry id"
        assert r["actor1"], f"{f}:{line}: no perpetrator"


def test_coordinates_lie_in_the_stated_country(rows):
    pts = [(r["country"], float(r["latitude"]), float(r["longitude"]), f, line)
           for f, line, r in rows if r["latitude"]]
    assert len(pts) >= 100
    iso3 = country_to_iso3(np.array([p[0] for p in pts], dtype=object))
    # the same rule as ingest: within the outline, or within its 10 km tolerance (border towns)
    ok = points_in_country(iso3, np.array([p[2] for p in pts]), np.array([p[1] for p in pts]))
    bad = [f"{p[3]}:{p[4]} {p[0]} ({p[1]}, {p[2]})" for p, good in zip(pts, ok) if not good]
    assert not bad, bad


def test_the_chronology_ingests_without_a_single_reject(store, ingest):
    s = ingest(*FILES)
    assert s.total("rejected") == 0
    n_rows = sum(len(list(csv.DictReader(open(f, encoding="utf-8", newline="")))) for f in FILES)
    assert store.events.count() == n_rows
