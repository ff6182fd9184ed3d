"""Scores against values computed by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from sahelwatch.forecasting.scores import (
    average_precision,
    brier,
    crps_ensemble,
    mse_log1p,
    summarize,
)
from tests.conftest import require_module


def test_crps_of_a_point_forecast_is_the_absolute_error():
    assert crps_ensemble(np.array([[3.0], [0.0]]), np.array([5, 0])).tolist() == [2.0, 0.0]


def test_crps_of_a_two_point_ensemble_by_hand():
    # X uniform on {0, 2}, y = 1: E|X - y| = 1, E|X - X'| = (0 + 2 + 2 + 0) / 4 = 1 -> 1 - 0.5 = 0.5
    assert crps_ensemble(np.array([[0.0, 2.0]]), np.array([1.0]))[0] == pytest.approx(0.5)
    # y = 2: E|X - y| = 1 -> 1 - 0.5 = 0.5 ; y = 5: E|X - 5| = 4 -> 3.5
    assert crps_ensemble(np.array([[2.0, 0.0], [0.0, 2.0]]), np.array([2.0, 5.0])).tolist() == pytest.approx([0.5, 3.5])


def test_crps_matches_scoringrules_energy_estimator():
    sr = require_module("scoringrules")
    rng = np.random.default_rng(3)
    draws = rng.poisson(rng.gamma(1.0, 3.0, (40, 1)), (40, 200)).astype(float)
    y = rng.poisson(3.0, 40).astype(float)
    theirs = np.asarray(sr.crps_ensemble(y, draws, estimator="nrg", backend="numpy"))
    assert crps_ensemble(draws, y) == pytest.approx(theirs, rel=1e-9, abs=1e-12)


def test_brier_by_hand():
    assert brier(np.array([1.0, 0.5, 0.0]), np.array([1, 0, 1])) == pytest.approx((0 + 0.25 + 1) / 3)


def test_average_precision_by_hand():
    # ranking 0.9 (pos), 0.8 (neg), 0.7 (pos): precision at each positive 1 and 2/3 -> AP = 5/6
    assert average_precision(np.array([0.9, 0.8, 0.7]), np.array([1, 0, 1])) == pytest.approx(5 / 6)
    assert math.isnan(average_precision(np.array([0.2, 0.4]), np.array([0, 0])))


def test_mse_log1p_by_hand():
    e = np.array([math.log1p(3), 0.0])
    assert mse_log1p(e, np.array([3, 1])) == pytest.approx(math.log(2) ** 2 / 2)


def test_summary_has_the_four_scores():
    s = summarize(np.array([1.0, 3.0]), np.array([0.5, 0.5]), np.array([0.0, 0.0]), np.array([0, 2]))
    assert set(s) == {"crps", "brier_any_fatal", "ap_any_fatal", "mse_log1p"}
    # tied probabilities rank nothing: AP falls to the share of positives
    assert s["crps"] == 2.0 and s["brier_any_fatal"] == 0.25 and s["ap_any_fatal"] == 0.5
