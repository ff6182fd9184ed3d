"""Rolling-origin backtests: skipping, shape of the report, and no leakage of the future."""

from __future__ import annotations

import json

import numpy as np
import pytest

from sahelwatch.errors import UsageError
from sahelwatch.forecasting.backtest import run_backtest
from sahelwatch.forecasting.baselines import baselines
from sahelwatch.forecasting.models import HurdleGBM
from sahelwatch.forecasting.neighbours import neighbours_from_centroids
from sahelwatch.forecasting.panel import build_panel

from .conftest import synthetic_frame


@pytest.fixture(scope="module")
def frame():
    return synthetic_frame()


@pytest.fixture(scope="module")
def panel(frame):
    return build_panel(frame)  # 2010-01 to 2017-12


def test_origins_whose_target_is_beyond_the_data_are_skipped_and_counted(panel):
    r = run_backtest(panel, "2017-06", "2017-12", (1, 3, 6), models=baselines())
    # 7 origins; h1 can score 2017-06..2017-11, h3 up to 2017-09, h6 only 2017-06
    assert len(r.origins) == 7
    assert r.skipped == {1: 1, 3: 3, 6: 6}
    s = r.scores()
    assert s["zero"]["h1"]["origins"] == 6 and s["zero"]["h3"]["origins"] == 4 and s["zero"]["h6"]["origins"] == 1
    assert s["zero"]["h1"]["n"] == 6 * panel.n_units
    out = r.to_json()
    assert out["origins"] == 7 and out["skipped"] == {"h1": 1, "h3": 3, "h6": 6}


def test_origins_entirely_beyond_the_data_are_skipped_at_every_horizon(panel):
    r = run_backtest(panel, "2017-11", "2018-02", (1,), models=baselines())
    assert r.skipped == {1: 3}
    assert set(r.records["origin"]) == {"2017-11"}


def test_report_has_the_interface_shape(panel):
    r = run_backtest(panel, "2016-01", "2016-06", (1, 3), models=baselines())
    out = json.loads(json.dumps(r.to_json()))
    assert out["unit"] == "admin2"
    for name in ("zero", "no_change", "hist_mean_12", "bootstrap_12", "poisson_last"):
        for h in ("h1", "h3"):
            assert {"crps", "brier_any_fatal", "ap_any_fatal", "mse_log1p"} <= set(out["models"][name][h])
    assert len(out["per_origin"]["zero"]["h1"]) == 6


def test_the_zero_baseline_crps_is_the_mean_observed_count(panel):
    r = run_backtest(panel, "2016-01", "2016-12", (1,), models=baselines())
    y = panel.fatalities[:, panel.index_of("2016-02"): panel.index_of("2017-01") + 1]
    assert r.scores()["zero"]["h1"]["crps"] == pytest.approx(y.mean())


def test_too_early_origin_or_bad_range_is_a_usage_error(panel):
    with pytest.raises(UsageError, match="history"):
        run_backtest(panel, "2010-06", "2011-01", (1,), models=baselines())
    with pytest.raises(UsageError, match="before"):
        run_backtest(panel, "2016-06", "2016-01", (1,), models=baselines())
    with pytest.raises(UsageError, match="horizons"):
        run_backtest(panel, "2016-01", "2016-02", (0,), models=baselines())


def test_poisoned_future_does_not_change_any_forecast(frame, panel):
    """Every model sees only its past: wrecking the months after the last origin's
    data changes none of the forecasts made up to it (and the poison is real: it
    changes the outcomes that are scored after it)."""
    nb = neighbours_from_centroids(panel.unit_ids, panel.lat, panel.lon, k=2)
    last_origin = "2016-09"

    def models():
        return baselines(200) + [HurdleGBM(neighbours=nb, refit_every=2, n_draws=200, n_quantiles=5,
                                           classifier_params={"n_estimators": 40},
                                           regressor_params={"n_estimators": 30})]

    clean = run_backtest(panel, "2016-04", last_origin, (1, 3), models=models())
    poisoned_frame = frame.copy()
    later = poisoned_frame["month"] > "2016-09-01"
    poisoned_frame.loc[later, "fatalities"] = 5_000
    poisoned_frame.loc[later, "events"] = 300
    poisoned = run_backtest(build_panel(poisoned_frame), "2016-04", last_origin, (1, 3), models=models())
    cols = ["p_any", "mean", "elog1p", "q10", "q50", "q90"]
    a = clean.records.sort_values(["model", "origin", "horizon", "unit_id"]).reset_index(drop=True)
    b = poisoned.records.sort_values(["model", "origin", "horizon", "unit_id"]).reset_index(drop=True)
    assert (a["model"] == "sahelwatch").any()
    np.testing.assert_array_equal(a[cols].to_numpy(), b[cols].to_numpy())
    # targets after 2016-09 were poisoned, so their outcomes (not their forecasts) differ
    assert (a["y"] != b["y"]).any()
