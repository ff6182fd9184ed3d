"""The API's totals over several filtered views equal a count made with pandas on the source file itself."""

from __future__ import annotations

import pandas as pd
import pytest

VIEWS = [
    {},
    {"country": "Mali", "since": "2012-01-01", "until": "2015-12-31"},
    {"event_type": "Battles"},
    {"admin1": "Mopti", "since": "2016-01-01"},
    {"admin1": "Gao", "event_type": "Violence against civilians", "until": "2017-06-30"},
    {"country": "MLI", "event_type": ["Battles", "Explosions/Remote violence"], "since": "2018-01-01"},
]


def _independent(df: pd.DataFrame, view: dict) -> tuple[int, int]:
    m = pd.Series(True, index=df.index)
    if "country" in view:
        c = view["country"].lower()
        m &= (df["country"].str.lower() == c) | (df["iso3"].str.lower() == c)
    if "admin1" in view:
        m &= df["admin1"].str.lower() == view["admin1"].lower()
    if "event_type" in view:
        types = [view["event_type"]] if isinstance(view["event_type"], str) else view["event_type"]
        m &= df["event_type"].str.lower().isin([t.lower() for t in types])
    if "since" in view:
        m &= df["date"] >= pd.Timestamp(view["since"])
    if "until" in view:
        m &= df["date"] <= pd.Timestamp(view["until"])
    return int(m.sum()), int(df.loc[m, "fatalities"].sum())


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: "&".join(f"{k}={v[k]}" for k in v) or "all")
def test_event_totals_equal_a_count_on_the_source_file(client, source_rows, view):
    body = client.get("/api/v1/events", params={**view, "limit": 5}).json()
    n, fatalities = _independent(source_rows, view)
    assert n > 0
    assert body["total"] == n
    assert body["fatalities"]["best"] == fatalities
    assert len(body["events"]) == min(5, n)


def test_paging_walks_the_whole_selection_once(client, source_rows):
    view = {"admin1": "Kidal", "since": "2014-01-01"}
    n, _ = _independent(source_rows, view)
    seen = []
    for offset in range(0, n, 400):
        seen += [e["event_id"] for e in client.get("/api/v1/events", params={**view, "limit": 400,
                                                                           "offset": offset}).json()["events"]]
    assert len(seen) == len(set(seen)) == n


def test_monthly_aggregates_add_up_to_the_total(client, source_rows):
    view = {"admin1": "Tombouctou"}
    rows = client.get("/api/v1/aggregates", params={**view, "place": "admin2", "period": "month"}).json()["rows"]
    n, fatalities = _independent(source_rows, view)
    assert sum(r["events"] for r in rows) == n
    assert sum(r["fatalities"] for r in rows) == fatalities


def test_csv_export_holds_every_selected_event(client, source_rows):
    import io

    view = {"admin1": "Segou"}
    text = client.get("/api/v1/events.csv", params=view).text
    assert len(pd.read_csv(io.StringIO(text))) == _independent(source_rows, view)[0]


def test_geojson_never_draws_an_admin_coded_event_as_a_point(client):
    feats = client.get("/api/v1/events.geojson", params={"admin1": "Mopti"}).json()["features"]
    assert feats
    for f in feats:
        if f["properties"]["geo_precision"] in ("exact", "near"):
            assert f["geometry"]["type"] == "Point"
        else:
            assert f["geometry"] is None


def test_trends_and_actor_activity_add_up_to_the_event_totals(client):
    view = {"admin1": "Mopti"}
    total = client.get("/api/v1/events", params={**view, "limit": 0}).json()["total"]
    rows = client.get("/api/v1/trends", params={**view, "freq": "year"}).json()["rows"]
    assert sum(r["events"] for r in rows) == total
    by_actor = client.get("/api/v1/events", params={"actor": "jnim", "limit": 0}).json()["total"]
    actor = client.get("/api/v1/actors/GSIM").json()
    assert actor["id"] == "jnim" and "GSIM" in actor["aliases"]
    assert by_actor > 0 and sum(r["events"] for r in actor["activity"]) == by_actor
