"""GET /api/v1/forecasts, on DuckDB and on PostgreSQL: the latest stored run with its intervals, and the last
backtest's latest month against what happened (counted again from the source file), narrowed by country and
admin1; 422 on bad parameters."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.api.forecast_store import build, observed_fatalities


@pytest.fixture(scope="module", params=["duckdb", "postgresql"])
def made(request, tmp_path_factory):
    from tests.api.conftest import new_backend_db

    d = tmp_path_factory.mktemp("api_forecasts")
    return build(d, new_backend_db(request.param, d, request))


@pytest.fixture(scope="module")
def api(made):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    with TestClient(create_app(made.db)) as c:
        yield c


def test_without_a_stored_forecast_the_route_says_so(tmp_path):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app
    from sahelwatch.store import open_store

    open_store(tmp_path / "empty.duckdb").close()
    with TestClient(create_app(tmp_path / "empty.duckdb")) as c:
        body = c.get("/api/v1/forecasts").json()
    assert body["available"] is False and "forecast run" in body["reason"]
    assert body["run"] is None and body["backtest"] is None


def test_the_latest_run_is_served_with_the_intervals_it_was_stored_with(api, made):
    body = api.get("/api/v1/forecasts", params={"horizon": 1}).json()
    assert body["available"] is True
    run = body["run"]
    assert run["run"]["run_id"] == made.run["stored"]["run_id"] and run["run"]["intervals"] == {
        "50": [0.25, 0.75], "90": [0.05, 0.95]}
    table = pd.read_csv(made.run_csv)
    first = table[table["target_month"] == "2018-07"].set_index("unit_id")
    assert sorted(u["unit_id"] for u in run["units"]) == sorted(first.index)
    for u in run["units"]:
        row = first.loc[u["unit_id"]]
        assert (u["target_month"], u["horizon"]) == ("2018-07", 1)
        assert u["median"] == row["fatalities_q50"] and u["p_any_fatal"] == pytest.approx(row["p_any_fatal"])
        (lo50, hi50), (lo90, hi90) = u["intervals"]["50"], u["intervals"]["90"]
        assert lo90 <= lo50 <= u["median"] <= hi50 <= hi90
        assert lo90 <= row["fatalities_q10"] and row["fatalities_q90"] <= hi90  # 5-95% holds the 10-90%
    assert any(u["intervals"]["90"][1] > 0 for u in run["units"])
    keys = {u["unit_name"]: u["area_key"] for u in run["units"]}  # the map's key among the bundled boundaries
    assert keys["Mopti"] == "MLI|mopti" and keys["Tillabéri"] == "NER|tillaberi"


def test_last_months_forecast_is_shown_against_what_happened(api):
    check = api.get("/api/v1/forecasts").json()["backtest"]
    assert (check["origin"], check["target_month"], check["horizon"], check["model"]) == ("2018-05", "2018-06", 1,
                                                                                         "sahelwatch")
    happened = observed_fatalities("2018-06")
    units = check["units"]
    assert len(units) == check["summary"]["n"] > 10
    for u in units:
        assert u["observed"] == happened.get(u["unit_id"], 0), u["unit_id"]
        for k, (lo, hi) in u["intervals"].items():
            assert u["inside"][k] == (lo <= u["observed"] <= hi)
    s = check["summary"]
    assert s["observed_fatalities"] == sum(happened.values()) > 0
    assert s["coverage_90"] == pytest.approx(sum(u["inside"]["90"] for u in units) / len(units))
    assert s["coverage_50"] == pytest.approx(sum(u["inside"]["50"] for u in units) / len(units))
    assert s["crps"] == pytest.approx(sum(u["crps"] for u in units) / len(units))
    brier = sum((u["p_any_fatal"] - (u["observed"] > 0)) ** 2 for u in units) / len(units)
    assert s["brier_any_fatal"] == pytest.approx(brier)
    assert set(check["models"]) == {"zero", "no_change", "hist_mean_12", "bootstrap_12", "poisson_last",
                                    "sahelwatch"}
    assert check["models"]["sahelwatch"] == s
    whole = check["whole_backtest"]
    assert whole["coverage"]["sahelwatch"]["h1"]["n"] == 9 * len(units) and whole["origins"] == 9


def test_country_and_admin1_narrow_both_views(api):
    niger = api.get("/api/v1/forecasts", params={"country": "Niger"}).json()
    assert niger["run"]["units"] and {u["iso3"] for u in niger["run"]["units"]} == {"NER"}
    assert {u["iso3"] for u in niger["backtest"]["units"]} == {"NER"}
    assert niger["backtest"]["summary"]["n"] == len(niger["backtest"]["units"])
    mopti = api.get("/api/v1/forecasts", params=[("admin1", "mopti"), ("country", "MLI"), ("horizon", "2")]).json()
    assert [(u["unit_name"], u["horizon"]) for u in mopti["run"]["units"]] == [("Mopti", 2)]
    assert [u["unit_name"] for u in mopti["backtest"]["units"]] == ["Mopti"]
    other = api.get("/api/v1/forecasts", params={"unit": "admin2"}).json()
    assert other["available"] is False


@pytest.mark.parametrize("params,name", [({"country": "Atlantis"}, "country"), ({"horizon": "0"}, "horizon"),
                                         ({"horizon": "x"}, "horizon"), ({"unit": "county"}, "unit")])
def test_a_bad_parameter_is_a_422_naming_it(api, params, name):
    r = api.get("/api/v1/forecasts", params=params)
    assert r.status_code == 422 and r.json()["error"]["parameter"] == name


def test_no_generated_request_to_the_route_gets_a_server_error_with_forecasts_stored(made):
    from tests.conftest import require_module

    schemathesis = require_module("schemathesis")
    from hypothesis import HealthCheck, given, settings

    from sahelwatch.api import create_app

    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", create_app(made.db))
    (op,) = [r.ok() for r in schema.get_all_operations() if r.ok().path == "/api/v1/forecasts"]

    @given(case=op.as_strategy())
    @settings(max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def check(case):
        response = case.call()
        assert response.status_code < 500, f"{case.formatted_path} {case.query}: {response.text}"
        assert response.status_code in (200, 422)

    check()
