"""The sahelwatch hurdle model: its predictive law, and that it learns from a real signal."""

from __future__ import annotations

import numpy as np
import pytest

from sahelwatch.forecasting.backtest import run_backtest
from sahelwatch.forecasting.baselines import baselines
from sahelwatch.forecasting.distribution import linear_pool
from sahelwatch.forecasting.models import HurdleGBM, hurdle_draws
from sahelwatch.forecasting.neighbours import neighbours_from_centroids
from sahelwatch.forecasting.panel import build_panel

from .conftest import synthetic_frame


def test_hurdle_draws_by_hand():
    # p = 0.25 on a 4-point grid (0.125, 0.375, 0.625, 0.875): three zeros, then the
    # positive part's quantile at v = (0.875 - 0.75) / 0.25 = 0.5 -> the middle of
    # log1p quantiles [log1p(4), log1p(9)] at levels (0.25, 0.75) -> log1p(4) + (log1p(9)-log1p(4))/2
    lq = np.log1p(np.array([[4.0, 9.0]]))
    d = hurdle_draws(np.array([0.25]), lq, 4)
    assert d[0, :3].tolist() == [0, 0, 0]
    assert d[0, 3] == np.rint(np.expm1((np.log1p(4) + np.log1p(9)) / 2))
    # a positive month is at least one death, whatever the regressor says
    assert hurdle_draws(np.array([1.0]), np.array([[-3.0, -1.0]]), 10).min() == 1
    assert hurdle_draws(np.array([0.0]), lq, 10).max() == 0


def test_linear_pool_by_hand():
    # 0.75 x (four draws 0, 0, 10, 20) + 0.25 x (two draws 0, 100): P(0) = 0.75 * 0.5 + 0.25 * 0.5 = 0.5,
    # P(10) = P(20) = 0.1875, P(100) = 0.125; on an 8-point grid (levels 1/16, 3/16, ..., 15/16):
    # four zeros, then 10 for levels 9/16 and 11/16 (cdf 0.6875), 20 for 13/16 (cdf 0.875), 100 for 15/16
    pooled = linear_pool(np.array([[0.0, 0.0, 10.0, 20.0]]), np.array([[0.0, 100.0]]), 0.25, 8)
    assert pooled.tolist() == [[0, 0, 0, 0, 10, 10, 20, 100]]
    # weight 0 and weight 1 give back each ensemble's own law
    a, b = np.array([[1.0, 2.0, 3.0, 4.0]]), np.array([[7.0, 9.0]])
    assert linear_pool(a, b, 0.0, 4).tolist() == [[1, 2, 3, 4]]
    assert linear_pool(a, b, 1.0, 4).tolist() == [[7, 7, 9, 9]]
    with pytest.raises(ValueError):
        linear_pool(a, b, 1.5, 4)


@pytest.fixture(scope="module")
def synthetic():
    p = build_panel(synthetic_frame(n_units=16, n_months=120, seed=11))
    return p, neighbours_from_centroids(p.unit_ids, p.lat, p.lon, k=2)


def test_forecast_is_a_consistent_distribution(synthetic):
    p, nb = synthetic
    m = HurdleGBM(neighbours=nb, n_draws=500)
    fs = m.forecast(p, [1, 3])
    for h, f in fs.items():
        assert f.model == "sahelwatch" and f.horizon == h
        assert f.draws.shape == (p.n_units, 500)
        assert np.all(f.draws == np.rint(f.draws))
        assert np.abs((f.draws > 0).mean(axis=1) - f.p_any).max() <= 1 / 500 + 1e-9
        assert np.all(f.quantile(0.1) <= f.quantile(0.5)) and np.all(f.quantile(0.5) <= f.quantile(0.9))
        assert np.all(np.isfinite(f.events_mean)) and np.all(f.events_mean >= 0)
    imp = m.mean_importance()[1]
    assert sum(imp.values()) == pytest.approx(1.0)


def test_pool_mixes_in_the_units_recent_months(synthetic):
    """The pooled forecast is the plain hurdle law mixed with the unit's last 12 counts:
    its P(any) is the weighted mean of both, and a recent peak far above the model's
    range keeps about the pool weight / 12 of the probability mass."""
    p, nb = synthetic
    plain = HurdleGBM(
        neighbours=nb, n_draws=600, with_events=False, pool_weight=0.0, positive_weight_power=0.0
    ).forecast(p, [1])[1]
    pooled = HurdleGBM(neighbours=nb, n_draws=600, with_events=False, pool_weight=0.3).forecast(p, [1])[1]
    recent = p.fatalities[:, -12:].astype(float)
    assert np.allclose(pooled.p_any, 0.7 * plain.p_any + 0.3 * (recent > 0).mean(axis=1))
    assert np.abs((pooled.draws > 0).mean(axis=1) - pooled.p_any).max() <= 1 / 600 + 1e-9
    for i in range(p.n_units):
        peak = recent[i].max()
        mass_at_or_above = (pooled.draws[i] >= peak).mean()
        assert mass_at_or_above >= 0.3 / 12 - 1 / 600, p.unit_ids[i]


def test_refits_follow_the_schedule(synthetic):
    p, nb = synthetic
    m = HurdleGBM(neighbours=nb, refit_every=3, n_draws=100, with_events=False)
    for k in range(7):
        m.forecast(p.upto(p.months[80 + k]), [1])
    assert [f.origin_index for f in m.fits[1]] == [80, 83, 86]


def test_learns_persistence_and_spillover_better_than_baselines(synthetic):
    """On a panel driven by last month's counts and the neighbours', the model must
    beat every baseline's CRPS and average precision (floors, not exact values)."""
    p, nb = synthetic
    models = baselines(500) + [HurdleGBM(neighbours=nb, n_draws=500, with_events=False)]
    r = run_backtest(p, "2016-01", "2018-12", (1,), models=models)
    s = r.scores()
    mine = s["sahelwatch"]["h1"]
    for b in ("zero", "no_change", "hist_mean_12", "bootstrap_12", "poisson_last"):
        assert mine["crps"] < s[b]["h1"]["crps"], b
        assert mine["ap_any_fatal"] > s[b]["h1"]["ap_any_fatal"], b


def test_bagged_members_give_one_consistent_forecast(synthetic):
    p, nb = synthetic
    one = HurdleGBM(neighbours=nb, n_draws=200, with_events=False).forecast(p, [1])[1]
    bag = HurdleGBM(neighbours=nb, n_draws=200, with_events=False, n_members=2).forecast(p, [1])[1]
    assert bag.draws.shape == one.draws.shape
    assert np.abs((bag.draws > 0).mean(axis=1) - bag.p_any).max() <= 1 / 200 + 1e-9
    # the second member changes the forecast a little, not wholesale
    assert not np.array_equal(bag.p_any, one.p_any)
    assert np.abs(bag.p_any - one.p_any).max() < 0.2


def test_a_later_fit_never_serves_an_earlier_origin(synthetic):
    p, nb = synthetic
    m = HurdleGBM(neighbours=nb, refit_every=12, n_draws=100, with_events=False)
    m.forecast(p.upto(p.months[90]), [1])
    m.forecast(p.upto(p.months[85]), [1])
    assert [f.origin_index for f in m.fits[1]] == [90, 85]
