"""`forecast prune` on DuckDB and on PostgreSQL: old stored runs and backtests go, by count and by age, never one
that /api/v1/forecasts serves (the latest of each kind, unit, model and horizon); it says what it removed, a
dry run removes nothing, and a failure halfway removes nothing either."""

from __future__ import annotations

import datetime as dt
import json

import pyarrow as pa
import pytest

from sahelwatch.forecasting.stored import prune
from sahelwatch.store import open_store
from sahelwatch.store.forecasts import RUN_FIELDS, VALUE_SCHEMA
from tests.api.forecast_store import CHRONOLOGY
from tests.conftest import run_cli
from tests.store.pg import _pg_template, backend_store, pg_cluster, pg_url  # noqa: F401

NOW = dt.datetime(2026, 12, 6, 8, 0, tzinfo=dt.timezone.utc)
#: run id: (kind, unit, days before NOW it was stored, horizons, units)
RUNS = {
    "r-old": ("run", "admin1", 30, (1, 2), 3),
    "r-mid": ("run", "admin1", 20, (1, 2), 3),
    "r-new": ("run", "admin1", 10, (1,), 3),     # holds no horizon 2: r-mid stays the latest at horizon 2
    "r-district": ("run", "admin2", 25, (1,), 4),
    "b-old": ("backtest", "admin1", 40, (1,), 3),
    "b-new": ("backtest", "admin1", 5, (1,), 3),
}


def _save(store, run_id: str) -> None:
    kind, unit, days, horizons, n_units = RUNS[run_id]
    row = {f: None for f in RUN_FIELDS if f != "n_values"}
    row.update(run_id=run_id, kind=kind, created_at=NOW - dt.timedelta(days=days), model="sahelwatch",
               model_version="test", config_hash="c", config="{}", unit=unit, period="month", first_origin="2018-01",
               last_origin="2018-01", horizons=",".join(map(str, horizons)), panel_source="store:events",
               panel_sha256="p", n_units=n_units)
    cells = [(h, u) for h in horizons for u in range(n_units)]
    cols = {f.name: [None] * len(cells) for f in VALUE_SCHEMA}
    cols.update(model=["sahelwatch"] * len(cells), origin=["2018-01"] * len(cells), horizon=[h for h, _ in cells],
                target_month=[f"2018-{1 + h:02d}" for h, _ in cells], unit_id=[f"MLI|u{u}" for _, u in cells],
                unit_name=[f"u{u}" for _, u in cells], iso3=["MLI"] * len(cells),
                **{q: [float(u) for _, u in cells] for q in ("q05", "q10", "q25", "q50", "q75", "q90", "q95",
                                                           "p_any_fatal", "fatalities_mean")})
    store.forecasts.save(row, pa.table(cols, schema=VALUE_SCHEMA))


@pytest.fixture
def stored(backend_store):  # noqa: F811
    for run_id in RUNS:
        _save(backend_store, run_id)
    return backend_store


def _left(store) -> tuple[set, int]:
    return ({r["run_id"] for r in store.forecasts.runs()},
            store.con.execute("SELECT count(*) FROM forecast_values").fetchall()[0][0])


def _values(run_ids) -> int:
    return sum(len(RUNS[r][3]) * RUNS[r][4] for r in run_ids)


def test_keep_removes_the_older_runs_but_never_one_the_api_serves(stored):
    assert stored.forecasts.served() == {"r-mid", "r-new", "r-district", "b-new"}
    out = stored.forecasts.prune(keep=1)
    assert [r["run_id"] for r in out["removed"]] == ["r-old", "b-old"]  # newest first
    assert out["runs"] == 2 and out["values"] == _values(["r-old", "b-old"]) and out["kept"] == 4
    assert {r["run_id"]: r["n_values"] for r in out["removed"]} == {"r-old": 6, "b-old": 3}
    assert _left(stored) == ({"r-mid", "r-new", "r-district", "b-new"}, _values(["r-mid", "r-new", "r-district",
                                                                                "b-new"]))
    assert stored.forecasts.prune(keep=1)["runs"] == 0, "pruning again finds nothing more"


def test_age_and_count_remove_a_run_only_when_both_say_so(stored):
    db = stored.db
    stored.close()
    both = prune(db, keep=1, older_than_days=35, now=NOW)
    assert [r["run_id"] for r in both["removed"]] == ["b-old"]
    aged = prune(db, older_than_days=15, now=NOW)
    assert [r["run_id"] for r in aged["removed"]] == ["r-old"]  # r-mid and r-district are served
    with open_store(db, read_only=True) as store:
        assert _left(store)[0] == {"r-mid", "r-new", "r-district", "b-new"}


def test_a_dry_run_says_what_would_go_and_removes_nothing(stored):
    before = _left(stored)
    dry = stored.forecasts.prune(keep=1, dry_run=True)
    assert dry["dry_run"] is True and [r["run_id"] for r in dry["removed"]] == ["r-old", "b-old"]
    assert _left(stored) == before
    assert {**stored.forecasts.prune(keep=1), "dry_run": True} == dry


def test_a_failure_halfway_removes_nothing(stored, monkeypatch):
    from sahelwatch.store.forecasts import ForecastRuns

    before = _left(stored)
    real = ForecastRuns._delete

    def fail_on_runs(self, table, run_ids):
        real(self, table, run_ids)
        if table == "forecast_runs":
            raise RuntimeError("the disk went away")

    monkeypatch.setattr(ForecastRuns, "_delete", fail_on_runs)
    with pytest.raises(RuntimeError):
        stored.forecasts.prune(keep=1)
    assert _left(stored) == before


@pytest.mark.parametrize("args, message", [([], "--keep"), (["--keep", "0"], "--keep"),
                                           (["--older-than", "-3"], "--older-than")])
def test_prune_without_a_bound_or_with_a_bad_one_is_a_clear_error(stored, capsys, args, message):
    db = stored.db
    stored.close()
    code, _, err = run_cli(["--db", db, "forecast", "prune", *args], capsys)
    assert code == 2 and message in err and "Traceback" not in err


def test_the_api_answers_the_same_after_a_prune_of_real_runs(backend_store, tmp_path, capsys):  # noqa: F811
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app
    from sahelwatch.forecasting.service import backtest_report, forecast_run
    from sahelwatch.ingest import ingest_files

    db = backend_store.db
    ingest_files(backend_store, [CHRONOLOGY], today=dt.date(2026, 11, 24), quarantine_dir=tmp_path / "q")
    backend_store.close()
    for origin, horizons in (("2018-04", "1..2"), ("2018-05", "1..2"), ("2018-06", "1")):
        forecast_run(unit="admin1", origin=origin, horizons=horizons, out=tmp_path / "r.csv", db=db, source="events")
    forecast_run(unit="admin2", origin="2018-06", horizons="1", out=tmp_path / "r.csv", db=db, source="events")
    for start, end in (("2018-01", "2018-02"), ("2018-03", "2018-05")):
        backtest_report(unit="admin1", start=start, end=end, horizons="1", db=db, source="events")
    views = [{}, {"unit": "admin1"}, {"unit": "admin1", "horizon": "2"}, {"unit": "admin2"},
             {"admin2": "Douentza"}, {"country": "Niger", "unit": "admin1"}]

    def answers():
        with TestClient(create_app(db)) as c:
            return [c.get("/api/v1/forecasts", params=v).json() for v in views]

    before = answers()
    code, out, _ = run_cli(["--db", db, "forecast", "prune", "--keep", "1", "--json"], capsys)
    assert code == 0
    removed = json.loads(out)
    # the first admin1 run and the first backtest go; the second admin1 run is the latest at horizon 2
    assert removed["runs"] == 2 and [r["kind"] for r in removed["removed"]] == ["backtest", "run"]
    assert removed["values"] == sum(r["n_values"] for r in removed["removed"]) > 0
    assert answers() == before
    code, out, _ = run_cli(["--db", db, "forecast", "prune", "--keep", "1"], capsys)
    assert code == 0 and out.startswith("removed 0 stored runs (0 values); kept 4")
