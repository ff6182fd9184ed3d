"""`forecast run` and `forecast backtest` keep their result in the store: what is stored equals what the files
say, names the store snapshot and panel the model was trained on, is stored once however often it is run,
and is not stored when told not to (or, for a panel file, unless told to)."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pandas as pd
import pytest

from sahelwatch.store import open_store
from tests.api.forecast_store import BACKTEST, ORIGIN, build
from tests.conftest import run_cli

from .conftest import synthetic_frame


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    return build(tmp_path_factory.mktemp("stored_forecasts"))


def test_a_stored_run_equals_its_file_and_names_the_snapshot_it_was_trained_on(made):
    table = pd.read_csv(made.run_csv)
    with open_store(made.db, read_only=True) as store:
        run = store.forecasts.latest("run")
        values = pd.DataFrame(store.forecasts.values(run["run_id"]))
        last_ingest = store.ingest_log.entries()[-1]["ingest_id"]
    assert made.run["stored"]["run_id"] == run["run_id"] and run["n_values"] == len(table) == len(values)
    assert (run["unit"], run["first_origin"], run["horizons"], run["panel_source"]) == ("admin1", ORIGIN, "1,2",
                                                                                       "store:events")
    assert run["snapshot_ingest_id"] == last_ingest and len(run["panel_sha256"]) == 64
    assert json.loads(run["config"])["parameters"]["refit_every"] == 3 and len(run["config_hash"]) == 64
    merged = table.merge(values, on=["unit_id", "target_month"], validate="one_to_one")
    assert len(merged) == len(table)
    for col, stored_col in (("p_any_fatal_x", "p_any_fatal_y"), ("fatalities_mean_x", "fatalities_mean_y"),
                            ("fatalities_q10", "q10"), ("fatalities_q50", "q50"), ("fatalities_q90", "q90")):
        np.testing.assert_allclose(merged[col], merged[stored_col], atol=1e-9)
    assert (merged["q05"] <= merged["q25"]).all() and (merged["q25"] <= merged["q50"]).all()
    assert (merged["q50"] <= merged["q75"]).all() and (merged["q75"] <= merged["q95"]).all()
    assert (merged["q95"] > 0).any(), "every interval [0, 0] would show nothing"
    assert merged["observed"].isna().all() and set(merged["iso3"]) == {"MLI", "NER", "BFA"}


def test_a_stored_backtest_keeps_every_forecast_with_what_happened_and_the_scores(made):
    records = pd.read_csv(made.records)
    with open_store(made.db, read_only=True) as store:
        bt = store.forecasts.latest("backtest")
        values = pd.DataFrame(store.forecasts.values(bt["run_id"]))
    assert (bt["first_origin"], bt["last_origin"]) == BACKTEST and bt["n_values"] == len(records)
    merged = records.merge(values, on=["model", "origin", "horizon", "unit_id"], validate="one_to_one")
    assert len(merged) == len(records) and set(merged["model"]) >= {"zero", "no_change", "sahelwatch"}
    np.testing.assert_allclose(merged["y"], merged["observed"])
    np.testing.assert_allclose(merged["crps_x"], merged["crps_y"])
    np.testing.assert_allclose(merged["q90_x"], merged["q90_y"])
    summary = json.loads(bt["summary"])
    assert summary["scores"] == made.report["models"]
    mine = values[values["model"] == "sahelwatch"]
    inside_90 = ((mine["q05"] <= mine["observed"]) & (mine["observed"] <= mine["q95"])).mean()
    inside_50 = ((mine["q25"] <= mine["observed"]) & (mine["observed"] <= mine["q75"])).mean()
    assert summary["coverage"]["sahelwatch"]["h1"] == pytest.approx({"50": inside_50, "90": inside_90,
                                                                     "n": len(mine)})
    assert (mine["observed"] > 0).any() and inside_90 < 1.0, "a check that nothing could fail is no check"


def test_running_again_on_the_same_data_stores_one_run_and_no_store_stores_none(made, tmp_path, capsys):
    db = tmp_path / made.db.name
    shutil.copy(made.db, db)
    args = ["--db", str(db), "--json", "forecast", "run", "--source", "events", "--unit", "admin1", "--origin",
            ORIGIN, "--horizons", "1..2", "--out", str(tmp_path / "again.csv")]
    code, out, _ = run_cli(args, capsys)
    assert code == 0
    stored = json.loads(out)["stored"]
    assert stored == {"run_id": made.run["stored"]["run_id"], "kind": "run", "values": made.run["rows"],
                      "replaced": True}
    assert (tmp_path / "again.csv").read_text() == made.run_csv.read_text()
    code, out, _ = run_cli(args[:-1] + [str(tmp_path / "third.csv"), "--no-store", "--horizons", "1"], capsys)
    assert code == 0 and json.loads(out)["stored"] is None
    with open_store(db, read_only=True) as store:
        assert [r["kind"] for r in store.forecasts.runs()] == ["run", "backtest"]


def test_a_panel_file_run_is_stored_only_when_asked(made, tmp_path, capsys):
    panel = tmp_path / "panel.csv"
    synthetic_frame(n_units=5, n_months=60).to_csv(panel, index=False)
    db = tmp_path / made.db.name
    shutil.copy(made.db, db)
    base = ["--db", str(db), "--json", "forecast", "run", "--origin", "2014-12", "--horizons", "1", "--panel",
            str(panel), "--out", str(tmp_path / "p.csv")]
    code, out, _ = run_cli(base, capsys)
    assert code == 0 and json.loads(out)["stored"] is None
    code, out, _ = run_cli(base + ["--store"], capsys)
    assert code == 0 and json.loads(out)["stored"]["values"] == 5
    with open_store(db, read_only=True) as store:
        run = store.forecasts.latest("run")
    assert run["panel_source"] == "file:panel.csv" and run["snapshot_ingest_id"] is None
    code, _, err = run_cli(["--db", str(tmp_path / "missing.duckdb")] + base[2:] + ["--store"], capsys)
    assert code == 2 and "missing.duckdb" in err
    assert not (tmp_path / "missing.duckdb").exists()
