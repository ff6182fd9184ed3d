"""The forecast commands, end to end through the CLI, on a panel file."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from sahelwatch.errors import UsageError
from sahelwatch.forecasting.service import RUN_COLUMNS, parse_horizons
from tests.conftest import run_cli

from .conftest import synthetic_frame


@pytest.fixture(scope="module")
def panel_csv(tmp_path_factory):
    path = tmp_path_factory.mktemp("panel") / "panel.csv"
    synthetic_frame(n_units=8, n_months=84).to_csv(path, index=False)  # 2010-01 to 2016-12
    return path


def test_backtest_writes_the_interface_json(panel_csv, tmp_path, capsys):
    out = tmp_path / "bt.json"
    plot = tmp_path / "calibration.png"
    card = tmp_path / "card.md"
    code, stdout, _ = run_cli(
        ["--json", "forecast", "backtest", "--unit", "admin2", "--start", "2016-01", "--end", "2016-12",
         "--horizons", "1,3", "--panel", str(panel_csv), "--out", str(out), "--plot", str(plot),
         "--card", str(card)], capsys)
    assert code == 0
    report = json.loads(out.read_text())
    assert json.loads(stdout)["models"] == report["models"]
    assert report["unit"] == "admin2" and report["origins"] == 12
    assert report["skipped"] == {"h1": 1, "h3": 3}
    assert set(report["models"]) == {"zero", "no_change", "hist_mean_12", "bootstrap_12", "poisson_last",
                                     "sahelwatch"}
    assert report["neighbours"] == "given"  # derived from the panel's lat/lon
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = card.read_text()
    assert "nb_fat_sum3" in text and "Limitations" in text


def test_run_writes_one_row_per_unit_and_horizon(panel_csv, tmp_path, capsys):
    out = tmp_path / "fc.csv"
    code, stdout, _ = run_cli(
        ["--json", "forecast", "run", "--unit", "admin2", "--origin", "2016-12", "--horizons", "1..6",
         "--panel", str(panel_csv), "--out", str(out)], capsys)
    assert code == 0
    table = pd.read_csv(out, dtype={"unit_id": str})
    assert tuple(table.columns) == RUN_COLUMNS
    assert len(table) == 8 * 6
    assert sorted(table["target_month"].unique()) == [f"2017-0{m}" for m in range(1, 7)]
    assert (table["origin"] == "2016-12").all()
    assert table["p_any_fatal"].between(0, 1).all()
    assert (table["fatalities_q10"] <= table["fatalities_q50"]).all()
    assert (table["fatalities_q50"] <= table["fatalities_q90"]).all()
    assert json.loads(stdout)["rows"] == 48


def test_origin_after_the_data_is_a_usage_error(panel_csv, tmp_path, capsys):
    code, _, err = run_cli(
        ["forecast", "run", "--origin", "2017-03", "--panel", str(panel_csv), "--out", str(tmp_path / "x.csv")],
        capsys)
    assert code == 2 and "after the last month" in err
    assert not (tmp_path / "x.csv").exists()


def test_unknown_unit_is_a_usage_error(panel_csv, capsys):
    code, _, _ = run_cli(["forecast", "backtest", "--unit", "county", "--start", "2016-01", "--end", "2016-02",
                          "--panel", str(panel_csv)], capsys)
    assert code == 2


def test_horizon_lists():
    assert parse_horizons("1,3,6") == (1, 3, 6)
    assert parse_horizons("1..6") == (1, 2, 3, 4, 5, 6)
    assert parse_horizons("6,1..2") == (1, 2, 6)
    for bad in ("", "0", "3..1", "a,b"):
        with pytest.raises(UsageError):
            parse_horizons(bad)


def test_missing_database_is_an_input_error_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "fc.csv"
    code, _, err = run_cli(["--db", str(tmp_path / "absent.duckdb"), "forecast", "run", "--origin", "2016-12",
                            "--out", str(out)], capsys)
    assert code == 2 and "no such database file" in err
    assert not out.exists()
