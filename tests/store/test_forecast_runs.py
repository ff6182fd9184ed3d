"""Forecast runs and backtests kept in the store, on DuckDB and on PostgreSQL: a run is stored whole with its
values, read back as stored, narrowed by country and admin1; storing the same run again keeps one; a run
that fails half-way leaves the store as it was."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

from sahelwatch.store.forecasts import RUN_FIELDS, VALUE_SCHEMA

UNITS = (("MLI|Mopti|Bandiagara", "Bandiagara", "MLI", "Mopti"), ("MLI|Gao|Ansongo", "Ansongo", "MLI", "Gao"),
         ("NER|Tillabéri|Ayorou", "Ayorou", "NER", "Tillabéri"))


def _run(run_id: str, kind: str = "run", created: int = 0) -> dict:
    row = {f: None for f in RUN_FIELDS if f != "n_values"}
    row.update(run_id=run_id, kind=kind, created_at=dt.datetime(2026, 12, 1, 8, created, tzinfo=dt.timezone.utc),
               model="sahelwatch", model_version="0.1.0", config_hash="c" * 64, config="{}", unit="admin2",
               period="month", first_origin="2018-06", last_origin="2018-06", horizons="1,2",
               panel_source="store:events", panel_sha256="p" * 64, n_units=len(UNITS))
    return row


def _values(scale: float = 1.0, observed: bool = False, broken: bool = False) -> pa.Table:
    rows = []
    for h in (1, 2):
        for k, (uid, name, iso3, admin1) in enumerate(UNITS):
            q = [scale * (k + h) * f for f in (0, 0.5, 1, 2, 3, 5, 8)]
            rows.append({"model": "sahelwatch", "origin": "2018-06", "horizon": h, "target_month": f"2018-0{6 + h}",
                         "unit_id": uid, "unit_name": name, "iso3": iso3, "admin1": admin1,
                         "p_any_fatal": None if broken and k == 2 and h == 2 else 0.1 * (k + 1),
                         "fatalities_mean": scale * (k + h) * 2.5,
                         **dict(zip(("q05", "q10", "q25", "q50", "q75", "q90", "q95"), q)),
                         "expected_log1p": 0.5, "events_mean": 1.5, "observed": float(k) if observed else None,
                         "crps": 0.25 if observed else None})
    return pa.Table.from_pylist(rows, schema=VALUE_SCHEMA)


def test_a_run_is_read_back_as_stored(backend_store):
    fc = backend_store.forecasts
    assert fc.latest("run") is None and fc.count() == 0
    assert fc.save(_run("run-a"), _values()) is False
    row = fc.latest("run")
    assert row["run_id"] == "run-a" and row["n_values"] == 6 and row["horizons"] == "1,2"
    assert row["created_at"] == dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.timezone.utc)
    got = fc.values("run-a", horizon=1)
    assert [v["unit_id"] for v in got] == sorted(u[0] for u in UNITS)
    ansongo = next(v for v in got if v["unit_name"] == "Ansongo")
    assert (ansongo["q05"], ansongo["q25"], ansongo["q75"], ansongo["q95"]) == (0.0, 2.0, 6.0, 16.0)
    assert ansongo["observed"] is None and ansongo["p_any_fatal"] == pytest.approx(0.2)


def test_values_narrow_to_countries_and_admin1_units(backend_store):
    fc = backend_store.forecasts
    fc.save(_run("run-a"), _values())
    assert {v["unit_name"] for v in fc.values("run-a", iso3=["ner"])} == {"Ayorou"}
    assert {v["unit_name"] for v in fc.values("run-a", admin1=["MOPTI", "gao"], horizon=2)} == {"Bandiagara",
                                                                                               "Ansongo"}
    assert fc.values("run-a", iso3=["MLI"], admin1=["Tillabéri"]) == []


def test_the_newest_run_of_a_kind_and_unit_is_the_latest(backend_store):
    fc = backend_store.forecasts
    fc.save(_run("run-old", created=0), _values())
    fc.save(_run("run-new", created=5), _values(scale=2))
    fc.save(_run("bt-1", kind="backtest", created=9), _values(observed=True))
    assert fc.latest("run")["run_id"] == "run-new"
    assert fc.latest("backtest")["run_id"] == "bt-1"
    assert fc.latest("run", unit="admin1") is None
    assert [r["run_id"] for r in fc.runs()] == ["bt-1", "run-new", "run-old"]
    assert fc.origins("bt-1", "sahelwatch", 1) == ["2018-06"]


def test_storing_the_same_run_again_keeps_one(backend_store):
    fc = backend_store.forecasts
    fc.save(_run("run-a"), _values())
    assert fc.save(_run("run-a"), _values(scale=3)) is True
    assert fc.count() == 1
    got = fc.values("run-a")
    assert len(got) == 6 and max(v["q95"] for v in got) == 3 * 4 * 8.0


def test_a_run_that_fails_half_way_leaves_the_store_as_it_was(backend_store):
    fc = backend_store.forecasts
    fc.save(_run("run-a"), _values())
    before = fc.values("run-a")
    for run_id in ("run-a", "run-b"):  # a replacement, and a new run, each with a value the table refuses
        with pytest.raises(Exception):
            fc.save(_run(run_id, created=7), _values(scale=5, broken=True))
        assert [r["run_id"] for r in fc.runs()] == ["run-a"]
        assert fc.values("run-a") == before
        assert fc.values("run-b") == []


def test_an_unknown_kind_is_refused(backend_store):
    with pytest.raises(ValueError, match="run or a backtest"):
        backend_store.forecasts.save(_run("x", kind="guess"), _values())
    assert backend_store.forecasts.count() == 0
