"""The baselines on tiny panels whose forecasts are worked out by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from sahelwatch.forecasting.baselines import Baseline, baselines
from sahelwatch.forecasting.panel import build_panel

from .conftest import tiny_frame

# unit a: last 12 months 0,0,0,0,0,0,0,0,0,6,0,3 -> mean 0.75, last 3, 2 fatal months of 12
# unit b: always 0
# unit c: 13 months; the first (100) lies outside the 12-month window
SERIES = {
    "a": [9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 3],
    "b": [0] * 13,
    "c": [100, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
}
EVENTS = {"a": [1] * 12 + [4], "b": [0] * 13, "c": [5] * 13}


@pytest.fixture
def panel():
    return build_panel(tiny_frame(SERIES, events=EVENTS))


def one(panel, name, h=1):
    return Baseline(name).forecast(panel, [h])[h]


def test_zero_forecasts_no_death(panel):
    f = one(panel, "zero")
    assert f.p_any.tolist() == [0, 0, 0]
    assert f.mean().tolist() == [0, 0, 0]
    assert f.events_mean.tolist() == [0, 0, 0]


def test_no_change_repeats_the_origin_month(panel):
    f = one(panel, "no_change", h=3)
    assert f.p_any.tolist() == [1, 0, 1]
    assert f.mean().tolist() == [3, 0, 2]
    assert f.quantile(0.1).tolist() == [3, 0, 2] and f.quantile(0.9).tolist() == [3, 0, 2]
    assert f.events_mean.tolist() == [4, 0, 5]
    assert str(f.target_month) == "2021-04"


def test_hist_mean_12_is_poisson_with_the_12_month_mean(panel):
    f = one(panel, "hist_mean_12")
    assert f.p_any[0] == pytest.approx(1 - math.exp(-0.75))
    assert f.p_any[1] == 0
    assert f.p_any[2] == pytest.approx(1 - math.exp(-2))
    assert f.mean()[0] == pytest.approx(0.75, abs=0.01)
    assert f.mean()[2] == pytest.approx(2.0, abs=0.01)  # the 100 of 13 months ago is outside
    # the share of positive draws matches P(any) to the grid's resolution
    assert (f.draws[0] > 0).mean() == pytest.approx(f.p_any[0], abs=1e-3)
    assert f.events_mean.tolist() == pytest.approx([15 / 12, 0, 5])


def test_bootstrap_12_draws_from_the_last_12_months(panel):
    f = one(panel, "bootstrap_12")
    assert sorted(f.draws[0].tolist()) == [0] * 10 + [3, 6]
    assert f.p_any[0] == pytest.approx(2 / 12)
    assert f.mean()[0] == pytest.approx(0.75)
    assert f.quantile(0.5)[0] == 0 and f.quantile(0.9)[0] == 3
    assert f.draws[2].tolist() == [2] * 12


def test_poisson_last_uses_the_origin_month_as_rate(panel):
    f = one(panel, "poisson_last")
    assert f.p_any.tolist() == pytest.approx([1 - math.exp(-3), 0, 1 - math.exp(-2)])
    assert f.mean()[0] == pytest.approx(3.0, abs=0.01)
    # Poisson(3): median 3, 10% quantile 1, 90% quantile 5
    assert f.quantile(0.5)[0] == 3 and f.quantile(0.1)[0] == 1 and f.quantile(0.9)[0] == 5


def test_every_baseline_forecasts_the_same_law_at_every_horizon(panel):
    for b in baselines():
        fs = b.forecast(panel, [1, 6])
        assert np.array_equal(fs[1].draws, fs[6].draws)
        assert fs[6].horizon == 6


def test_short_history_uses_what_there_is():
    p = build_panel(tiny_frame({"a": [4, 0]}))
    f = one(p, "bootstrap_12")
    assert f.p_any[0] == 0.5 and f.mean()[0] == 2.0


def test_unknown_baseline_is_refused(panel):
    with pytest.raises(ValueError, match="unknown baseline"):
        Baseline("seer").forecast(panel, [1])
