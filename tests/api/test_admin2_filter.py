"""The district (admin2) filter on the real ACLED Mali file, on DuckDB and on PostgreSQL: the totals of every route
that takes the selection equal a count made with pandas on the source file; any spelling of a cercle (accents,
case, an alias of the admin-name table, "cercle de ...") selects the same events; an unknown district selects
nothing, as an unknown region does."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest


def _count(df: pd.DataFrame, admin2: list[str], since: str | None = None) -> tuple[int, int]:
    m = df["admin2"].isin(admin2)
    if since:
        m &= df["date"] >= pd.Timestamp(since)
    return int(m.sum()), int(df.loc[m, "fatalities"].sum())


@pytest.mark.parametrize("view, spelled", [
    ({"admin2": "Douentza"}, ["Douentza"]),
    ({"admin2": ["Gao", "Kidal"]}, ["Gao", "Kidal"]),
    ({"admin2": "Tessalit", "since": "2013-01-01"}, ["Tessalit"]),
])
def test_district_totals_equal_a_count_on_the_source_file(client, source_rows, view, spelled):
    body = client.get("/api/v1/events", params={**view, "limit": 3}).json()
    n, fatalities = _count(source_rows, spelled, view.get("since"))
    assert n > 0
    assert body["total"] == n and body["fatalities"]["best"] == fatalities
    assert {e["admin2"] for e in body["events"]} <= set(spelled)


@pytest.mark.parametrize("written, source_spelling", [
    ("Ténenkou", "Tenenkou"),          # the canonical spelling with its accent; ACLED writes it without
    ("TENENKOU", "Tenenkou"),          # case
    ("Ké-Macina", "Macina"),           # an alias in the admin-name table
    ("Rharous", "Gourma-Rharous"),     # another alias
    ("cercle de Bandiagara", "Bandiagara"),  # the unit words a French text puts around the name
])
def test_every_spelling_of_a_cercle_selects_the_same_events(client, source_rows, written, source_spelling):
    n, _ = _count(source_rows, [source_spelling])
    assert n > 0
    assert client.get("/api/v1/events", params={"admin2": written, "limit": 0}).json()["total"] == n


def test_an_unknown_district_selects_nothing_as_an_unknown_region_does(client):
    for name, value in (("admin1", "Atlantide"), ("admin2", "Atlantide")):
        r = client.get("/api/v1/events", params={name: value, "limit": 0})
        assert r.status_code == 200 and r.json()["total"] == 0
    # a district outside the region asked for selects nothing either
    assert client.get("/api/v1/events", params={"admin1": "Gao", "admin2": "Douentza"}).json()["total"] == 0


def test_aggregates_trends_and_exports_hold_only_the_district(client, source_rows):
    view = {"admin2": "Ansongo"}
    n, fatalities = _count(source_rows, ["Ansongo"])
    rows = client.get("/api/v1/aggregates", params={**view, "place": "admin2", "period": "month"}).json()["rows"]
    assert {r["key"]["admin2_norm"] for r in rows} == {"ansongo"}
    assert sum(r["events"] for r in rows) == n and sum(r["fatalities"] for r in rows) == fatalities
    assert sum(r["events"] for r in client.get("/api/v1/trends", params={**view, "freq": "year"}).json()["rows"]) == n
    csv = pd.read_csv(io.StringIO(client.get("/api/v1/events.csv", params=view).text))
    assert len(csv) == n and set(csv["admin2"]) == {"Ansongo"}
    feats = client.get("/api/v1/events.geojson", params=view).json()["features"]
    assert len(feats) == n and {f["properties"]["admin2"] for f in feats} == {"Ansongo"}


def test_alerts_and_hotspots_look_only_at_the_district(client):
    every = client.get("/api/v1/alerts", params={"date": "2018-12-30"}).json()["rows"]
    assert any("/Ansongo" in a["unit"] for a in every) and any("/Ansongo" not in a["unit"] for a in every)
    mine = client.get("/api/v1/alerts", params={"date": "2018-12-30", "admin2": "Ansongo"}).json()["rows"]
    assert mine and all("/Ansongo" in a["unit"] for a in mine)
    cells = {r["key"]["grid"] for r in client.get("/api/v1/aggregates", params={"admin2": "Douentza",
                                                                               "place": "grid"}).json()["rows"]}
    hot = client.get("/api/v1/hotspots", params={"admin2": "Douentza"}).json()["rows"]
    assert hot and {str(r["priogrid_gid"]) for r in hot} <= cells


def test_the_situation_report_names_the_district_it_covers(client):
    html = client.get("/api/v1/report", params={"admin2": "Douentza", "lang": "fr",
                                                "since": "2018-01-01", "until": "2018-12-31"})
    assert html.status_code == 200 and html.headers["x-sahelwatch-report-filters"] == "all"
    assert "cercle, province ou département" in html.text and "Douentza" in html.text


def test_the_openapi_document_describes_the_district_filter(client):
    doc = client.get("/api/v1/openapi.json").json()
    for path in ("/api/v1/events", "/api/v1/aggregates", "/api/v1/events.csv", "/api/v1/alerts",
                 "/api/v1/forecasts"):
        params = {p["name"]: p for p in doc["paths"][path]["get"]["parameters"]}
        assert "admin2" in params, path
        assert "district" in json.dumps(params["admin2"]).lower(), path


def test_a_region_is_found_by_its_alias_as_a_district_is(client, source_rows):
    n = int((source_rows["admin1"] == "Tombouctou").sum())
    assert n > 0
    for written in ("Tombouctou", "Timbuktu", "TOMBOUCTOU", "région de Tombouctou"):
        assert client.get("/api/v1/events", params={"admin1": written, "limit": 0}).json()["total"] == n, written
