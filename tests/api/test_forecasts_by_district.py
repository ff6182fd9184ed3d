"""GET /api/v1/forecasts narrowed to districts, on DuckDB and on PostgreSQL: an admin2 run and backtest made by the
forecasting service on the project's own chronology, read back for one cercle under any spelling."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.api.forecast_store import CHRONOLOGY


@pytest.fixture(scope="module", params=["duckdb", "postgresql"])
def api(request, tmp_path_factory):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app
    from sahelwatch.forecasting.service import backtest_report, forecast_run
    from sahelwatch.ingest import ingest_files
    from sahelwatch.store import open_store
    from tests.api.conftest import new_backend_db

    d = tmp_path_factory.mktemp("district_forecasts")
    db = new_backend_db(request.param, d, request)
    with open_store(db) as store:
        ingest_files(store, [CHRONOLOGY], today=dt.date(2026, 11, 24), quarantine_dir=d / "q")
    forecast_run(unit="admin2", origin="2018-06", horizons="1..2", out=d / "run.csv", db=db, source="events")
    backtest_report(unit="admin2", start="2018-03", end="2018-05", horizons="1", db=db, source="events")
    with TestClient(create_app(db)) as c:
        yield c


def test_a_district_narrows_the_run_and_the_backtest_to_its_own_units(api):
    whole = api.get("/api/v1/forecasts").json()
    assert whole["run"]["run"]["unit"] == "admin2"
    expected = [u for u in whole["run"]["units"] if u["unit_name"] == "Douentza"]
    assert len(expected) == 2 and len(whole["run"]["units"]) > len(expected)
    body = api.get("/api/v1/forecasts", params={"admin2": "Douentza"}).json()
    assert body["run"]["units"] == expected
    assert [u["unit_name"] for u in body["backtest"]["units"]] == ["Douentza"]
    assert body["backtest"]["summary"]["n"] == 1


@pytest.mark.parametrize("written", ["Djenne", "DJENNÉ", "MLI|Mopti|Djenné"])
def test_a_district_is_found_by_any_spelling_or_its_unit_id(api, written):
    units = api.get("/api/v1/forecasts", params={"admin2": written, "horizon": "1"}).json()["run"]["units"]
    assert [(u["unit_id"], u["horizon"]) for u in units] == [("MLI|Mopti|Djenné", 1)]


def test_an_unknown_district_has_no_forecast_and_another_unit_is_a_422(api):
    body = api.get("/api/v1/forecasts", params={"admin2": "Atlantide"}).json()
    assert body["available"] is True and body["run"]["units"] == [] and body["backtest"]["units"] == []
    r = api.get("/api/v1/forecasts", params={"admin2": "Douentza", "unit": "admin1"})
    assert r.status_code == 422 and r.json()["error"]["parameter"] == "admin2"
